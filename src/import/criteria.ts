import { splitAgencies, type AgencyRef } from '../agencies/split';
import { agencyText } from './grid';
import { finding, type Subject } from '../plan/finding';
import { letterOrdinal, normalizeCode, NUMBER_IN_NAME, romanToInt, type NormalizedCode } from '../plan/codes';
import { parseViNumber, splitFootnote } from '../plan/numbers';
import { childrenAreSubset } from '../plan/partial';
import type { Criterion, Finding, IndexId } from '../plan/schema';
import { fold } from '../plan/text';
import { cellText } from './cell-text';
import { criterionId } from './ids';
import { knownMax } from './scales';
import type { RecognisedTable, TableRow } from './tables';
import { readTargetWords } from './target-text';

/** A criterion before agency names are made canonical. */
export interface CriterionDraft extends Omit<Criterion, 'lead'> {
  leadRefs: AgencyRef[];
}

export interface CriteriaRead {
  criteria: CriterionDraft[];
  /** Rows of the table not kept as criteria (each one reported). */
  skipped: number;
}

/** Names of an index's total row, written without a code: 'Tổng điểm', 'Tổng cộng', 'Chỉ số hài lòng chung', 'Chỉ số PAPI chung'. */
/** 'result/max' as written in one cell ('8,50/9', '41,933 / 80'). */
const FRACTION = /^([\d.,]+)\s*\/\s*([\d.,]+)$/;

/** A row that is a note to the table, not a criterion. */
const NOTE_ROW = /^(ghi chú|chú thích|chú giải|lưu ý|nguồn)\s*[:：]|^\(?\*+\)?\s/iu;

/** A criterion's own figures. */
const FIGURES = ['max', 'result', 'target'] as const;

/** Whether a row writes a figure of its own (max, result or target). */
function hasFigures(row: TableRow): boolean {
  return FIGURES.some((role) => {
    const c = row.get(role);
    return c.text.trim() !== '' && !c.spanned;
  });
}

/** A total-like row that names its area ('Cộng lĩnh vực I', 'Cộng mục II', 'Tổng điểm phần 3'): the area's subtotal, not the index's. */
const SUBTOTAL_NAME = /^(cong|tong cong|tong|tong diem)\s+(linh vuc|muc|phan|nhom|khia canh|noi dung)\b|^(cong|tong cong)\s+([ivx]+|\d+)$/;
// The index's own title as a row ('Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)') names its total too.
const TOTAL_NAME = /^(tong diem|tong cong|tong so|tong|diem tong|cong|chi so chung|chi so tong hop|diem tong hop)\b|^chi so\b.*\bchung\b|^(diem|chi so) (par index|papi|sipas|cchc)\b|^muc do hai long chung\b|^chi so\b.*\b(par index|papi|sipas)$/;

/**
 * Whether a row's text matches a total pattern, read with its diacritics where it has them: 'Cộng'
 * (sum) and 'Công' (public: 'Công khai…', 'Công bằng…') fold alike, and a criterion named 'Công …'
 * is no subtotal.
 */
function namesTotal(pattern: RegExp, text: string): boolean {
  return pattern.test(fold(text)) && text.normalize('NFC').trim().toLowerCase().split(/\s+/)[0] !== 'công';
}

/** Written in a number cell to mean 'nothing here': read as empty, not as a number gone wrong. */
const NOTHING = /^[-\u2013\u2014x/….]+$|^\.\.\.$/i;

/** How children of a roman area are numbered, decided per area from the rows themselves. */
type RomanMode =
  /** Children carry national codes starting with the area's number (II -> 2.1, 2.2): the area is '2'. */
  | 'national'
  /** Children restart at 1 under each area (II -> 1, 2): they are 2.1, 2.2 and the area is '2'. */
  | 'restart'
  /** Children are numbered across areas (SIPAS I: 1–4, II: 5–9): the area keeps its roman code. */
  | 'across';

/**
 * Rows of a criteria table -> criteria. `byCode` holds the codes already read for this index, so a
 * table met twice still yields unique ids. The hierarchy comes from the codes ('5.3.2' under
 * '5.3'), from roman areas (their numbering decided per area: national codes, restarts, or across
 * areas), from letters and dashes (a) b) or '-' under the row above: parent code + ordinal) and
 * from rows without a number under a numbered one.
 */
export function readCriteria(table: RecognisedTable, findings: Finding[], byCode = new Map<string, CriterionDraft>()): CriteriaRead {
  const index = table.index;
  if (!index) return { criteria: [], skipped: table.rows.length };
  const at = (row: TableRow, id: string | null = null) => ({ index, id, source: row.location });
  const noMax = table.header.columns.max === undefined;

  let numberedInName = 0;
  const lines = table.rows.map((row) => {
    let codeCell = row.get('code').text;
    let name = cellText(row, 'name', index, findings);
    let norm = normalizeCode(codeCell);
    // The number written at the head of the name ('1.2. Kiểm tra CCHC') with the number cell blank.
    const inName = norm.kind === 'empty' ? NUMBER_IN_NAME.exec(name) : null;
    if (inName && normalizeCode(inName[1]!).kind !== 'other') {
      codeCell = inName[1]!;
      norm = normalizeCode(codeCell);
      name = name.slice(inName[0].length).trim();
      numberedInName++;
    }
    // A total written across the number and name columns: its text sits in the number cell.
    if ((norm.kind === 'other' || norm.kind === 'empty') && !name && namesTotal(TOTAL_NAME, codeCell)) name = codeCell.trim();
    const isTotal = (norm.kind === 'empty' || norm.kind === 'other' || fold(codeCell) === fold(name)) && namesTotal(TOTAL_NAME, name);
    if (isTotal) norm = { code: '', repaired: false, kind: 'empty' };
    return { row, name, rawCode: codeCell, norm, isTotal };
  });
  const modes = romanModes(lines.map((l) => l.norm), index);
  const converted: string[] = [];

  const out: CriterionDraft[] = [];
  let skipped = 0;
  let romanGroup: { draft: CriterionDraft; mode: RomanMode; value: number } | null = null;
  let area: CriterionDraft | null = null; // current level-1 row: where agency inheritance stops
  let numbered: CriterionDraft | null = null; // parent of letter rows
  let lettered: CriterionDraft | null = null; // parent of dash rows when under a letter
  let dashParent: CriterionDraft | null = null;
  let dashCount = 0;
  let lastLead: AgencyRef[] = [];
  let areaLead: AgencyRef[] = [];
  let hasTotal = false;
  let inferredCodes = 0;
  let romanAt = -1;

  for (const { row, name, rawCode, norm, isTotal } of lines) {
    if (!name && norm.kind === 'empty' && row.cells.every((c) => !c.text.trim())) continue;

    let code: string;
    let parent: string | null;
    let level: number;
    let kind: 'total' | 'roman' | 'numbered' | 'letter' | 'dash' = 'numbered';
    // A sum of the areas ('Tổng cộng (I+II+…)') is the index's total, whatever it names.
    if (isTotal && area && area.code !== 'total' && !name.includes('+') && namesTotal(SUBTOTAL_NAME, name)) {
      // The area's subtotal, printed under its criteria: where the area row left its figures blank, they are these.
      skipped++;
      fillBlanks(area, { max: readNumber(row, 'max', index, area.id, findings), result: readNumber(row, 'result', index, area.id, findings), target: readTarget(row, index, area.id, findings, null, { value: null, decimals: 0 }) });
      findings.push(finding('import.subtotal-area', 'info', at(row), 'name', name, null, { area: area.code }));
      continue;
    }
    // A note written across the table under its rows ('Ghi chú: …', '(*) Điểm năm 2024 theo …'): no criterion, and no lead to inherit.
    const note = name || rawCode.trim();
    if ((norm.kind === 'empty' || norm.kind === 'other') && NOTE_ROW.test(note) && !hasFigures(row)) {
      skipped++;
      findings.push(finding('import.note-row', 'info', at(row), 'name', note, null, {}));
      continue;
    }
    if (isTotal && hasTotal) {
      // A second total-like row ('Cộng', a subtotal under an area): not the index's total, and not a criterion.
      skipped++;
      findings.push(finding('import.subtotal-skipped', 'info', at(row), 'name', name, null, {}));
      continue;
    }
    if (isTotal) {
      code = 'total';
      parent = null;
      level = 0;
      kind = 'total';
    } else if (norm.kind === 'letter') {
      // Groups lettered A, B (SIPAS groups in some plans): kept as written, children numbered across.
      code = norm.code;
      parent = 'total';
      level = 1;
      kind = 'roman';
    } else if (norm.kind === 'roman') {
      romanAt++;
      const value = romanToInt(norm.code) ?? 0;
      const mode = modes[romanAt] ?? 'across';
      code = mode === 'across' ? norm.code : String(value);
      if (mode !== 'across') converted.push(`${norm.code} → ${code}`);
      parent = 'total';
      level = 1;
      kind = 'roman';
    } else if (norm.kind === 'numeric' || norm.kind === 'roman-sub') {
      code = numberedCode(norm, romanGroup);
      const parts = code.split('.');
      const underRoman = romanGroup !== null && romanGroup.mode === 'across';
      if (parts.length === 1) {
        parent = underRoman ? romanGroup!.draft.code : 'total';
        level = underRoman ? 2 : 1;
      } else {
        parent = parts.slice(0, -1).join('.');
        level = parts.length + (underRoman ? 1 : 0);
        const expectedArea = area && area.code !== 'total' ? area.code : null;
        if (expectedArea && !underRoman && parts[0] !== expectedArea && norm.kind === 'numeric') {
          findings.push(finding('numbering.wrong-parent', 'warning', at(row, criterionId(index, code)), 'code', code, `${expectedArea}.${parts.slice(1).join('.')}`, { area: expectedArea }));
        }
      }
      // A number cell ('1,1' for 1.1) is as Excel shows it, not a code written oddly: nothing to say.
      const numberCell = row.get('code').numeric === true;
      const lostZero = numberCell ? zeroLost(code, out[out.length - 1]?.code ?? null, byCode) : null;
      if (lostZero) {
        findings.push(finding('numbering.number-cell', 'info', at(row, criterionId(index, lostZero)), 'code', rawCode, lostZero, { previous: out[out.length - 1]!.code }));
        code = lostZero;
      } else if (norm.repaired && !numberCell) findings.push(finding('numbering.code-repaired', 'info', at(row, criterionId(index, code)), 'code', rawCode, code, {}));
    } else if (norm.kind === 'sub-letter' && numbered) {
      code = `${numbered.code}.${letterOrdinal(norm.code)}`;
      parent = numbered.code;
      level = numbered.level + 1;
      kind = 'letter';
    } else if ((norm.kind === 'dash' || (norm.kind === 'empty' && name)) && (lettered ?? numbered)) {
      const p = (lettered ?? numbered)!;
      if (dashParent !== p) {
        dashParent = p;
        dashCount = 0;
      }
      dashCount += 1;
      code = `${p.code}.${dashCount}`;
      parent = p.code;
      level = p.level + 1;
      kind = 'dash';
      if (norm.kind === 'empty') inferredCodes++;
    } else {
      skipped++;
      findings.push(finding('import.row-unrecognised', 'error', at(row), 'code', rawCode, null, { name, kept: false }));
      continue;
    }

    if (code === 'total') hasTotal = true;
    let id = criterionId(index, code);
    const first = byCode.get(code);
    if (first && repeatOf(first, row, name, index, findings)) {
      // One criterion, read on as if this were its row: what follows belongs under it.
      skipped++;
      findings.push(finding('import.row-repeated', 'info', at(row, first.id), 'name', name, null, {}));
      if (first.level <= 1) {
        area = first;
        lastLead = [];
        areaLead = first.leadRefs;
      }
      if (kind === 'roman' || kind === 'numbered') {
        numbered = first;
        lettered = null;
      }
      continue;
    }
    if (byCode.has(code)) {
      let k = 2;
      while (byCode.has(`${code}~${k}`)) k++;
      findings.push(finding('numbering.duplicate', 'warning', at(row, id), 'code', code, `${code}~${k}`, {}));
      code = `${code}~${k}`;
      id = criterionId(index, code);
    }

    // Blank lead cells continue an agency above (merged cells), never across an area heading; the
    // area's own lead, when its row names one, comes before the previous row's.
    const opensArea = level <= 1;
    const written = splitAgencies(agencyText(row.get('lead')));
    if (opensArea) {
      lastLead = [];
      areaLead = written;
    }
    const continued = areaLead.length > 0 ? areaLead : lastLead;
    const inherited = written.length === 0 && !opensArea && continued.length > 0;
    const leadRefs = written.length > 0 ? written : inherited ? continued : [];
    if (written.length > 0) lastLead = written;

    const max = readNumber(row, 'max', index, id, findings);
    const maxWritten = max.value !== null;
    if (noMax && max.value === null) {
      const known = knownMax(index, code === 'total' ? 0 : level);
      if (known !== null) max.value = known;
    }
    const result = readNumber(row, 'result', index, id, findings);
    // The max given beside the result ('8,50/9') where no max column gives it.
    if (!maxWritten && result.outOf) [max.value, max.decimals] = [result.outOf.value, result.outOf.decimals];
    const target = readTarget(row, index, id, findings, max.value, result);
    const draft: CriterionDraft = {
      id,
      index,
      code,
      parent,
      level,
      name,
      max: max.value,
      result: result.value,
      target: target.value,
      decimals: { max: max.decimals, result: result.decimals, target: target.decimals },
      leadRefs,
      leadInherited: inherited || (written.length > 0 && row.get('lead').spanned === true),
      source: row.location,
      ...(target.text !== null ? { targetText: target.text } : {}),
    };
    out.push(draft);
    byCode.set(code, draft);
    if (kind === 'roman') romanGroup = norm.kind === 'letter' ? { draft, mode: 'across', value: 0 } : { draft, mode: modes[romanAt] ?? 'across', value: romanToInt(norm.code) ?? 0 };
    if (level === 1 || code === 'total') area = draft;
    if (kind === 'roman' || kind === 'numbered') {
      numbered = draft;
      lettered = null;
    }
    if (kind === 'letter') lettered = draft;
  }

  // A partial list may skip a level (area 2, then 2.4.1 without 2.4): the row sits under the nearest row printed.
  const lifted: string[] = [];
  for (const c of out) {
    if (c.parent === null || c.parent === 'total' || byCode.has(c.parent)) continue;
    let up: string | null = c.parent;
    while (up !== null && !byCode.has(up)) up = up.includes('.') ? up.slice(0, up.lastIndexOf('.')) : null;
    lifted.push(`${c.code} → ${up ?? 'total'}`);
    c.parent = up ?? 'total';
  }
  if (lifted.length > 0) {
    findings.push(finding('import.parent-not-printed', 'info', { index, id: null, source: table.location }, 'code', lifted[0]!, null, { rows: lifted }));
  }
  if (converted.length > 0) {
    findings.push(finding('import.roman-areas', 'info', { index, id: null, source: table.location }, 'code', converted[0]!, null, { areas: converted }));
  }
  if (numberedInName > 0) {
    findings.push(finding('import.codes-in-names', 'info', { index, id: null, source: table.location }, 'code', null, numberedInName, {}));
  }
  if (inferredCodes > 0) {
    findings.push(finding('import.codes-inferred', 'info', { index, id: null, source: table.location }, 'code', null, inferredCodes, {}));
  }
  if (noMax && out.length > 0) {
    findings.push(finding('import.max-assumed', 'info', { index, id: null, source: table.location }, 'max', null, null, { scale: scaleName(index) }));
  }
  const partial = partialParents(out);
  if (partial.length > 0) {
    findings.push(finding('import.partial-list', 'info', { index, id: null, source: table.location }, null, null, partial.length, { parents: partial }));
  }
  if (!hasTotal && out.length > 0 && partial.length === 0) {
    findings.push(finding('import.total-missing', 'info', { index, id: null, source: out[0]!.source }, null, null, null, {}));
  }
  return { criteria: out, skipped };
}

/** The code of a numbered row inside a roman area whose numbering restarts: 'II' then '1' -> '2.1'. */
function numberedCode(norm: NormalizedCode, group: { mode: RomanMode; value: number } | null): string {
  if (norm.kind === 'roman-sub') {
    const [, ...rest] = norm.code.split('.');
    return group && group.mode !== 'across' ? [String(group.value), ...rest].join('.') : norm.code;
  }
  if (group && group.mode === 'restart') return `${group.value}.${norm.code}`;
  return norm.code;
}

/**
 * Per roman area, how its children are numbered. An area whose first numbered child carries a
 * national code starting with its own number is 'national'; one whose children start again at 1
 * 'restart' — unless another area continues the numbering (SIPAS I: 1–4, II: 5–9), in which case
 * the table numbers across areas. A single area starting at 1 restarts, except in SIPAS, whose
 * groups keep their roman codes as the bundled plan does.
 */
function romanModes(codes: NormalizedCode[], index: IndexId): RomanMode[] {
  const firsts: { value: number; first: NormalizedCode | null }[] = [];
  for (const c of codes) {
    if (c.kind === 'roman') firsts.push({ value: romanToInt(c.code) ?? 0, first: null });
    else if (firsts.length > 0 && !firsts[firsts.length - 1]!.first && (c.kind === 'numeric' || c.kind === 'roman-sub' || c.kind === 'dash' || c.kind === 'sub-letter')) {
      firsts[firsts.length - 1]!.first = c;
    }
  }
  const raw = firsts.map(({ value, first }): RomanMode | 'starts-at-1' => {
    if (!first || first.kind === 'dash' || first.kind === 'sub-letter') return 'restart';
    if (first.kind === 'roman-sub') return 'national';
    const parts = first.code.split('.');
    if (parts.length > 1 && Number(parts[0]) === value && value !== 1) return 'national';
    if (parts[0] === '1') return parts.length > 1 && value === 1 && firsts.some((g) => g.value !== 1 && g.first?.code.startsWith(`${g.value}.`)) ? 'national' : 'starts-at-1';
    return parts.length > 1 && Number(parts[0]) === value ? 'national' : 'across';
  });
  const across = raw.includes('across');
  return raw.map((m) => {
    if (m !== 'starts-at-1') return m;
    if (across) return 'across';
    if (raw.length === 1 && index === 'SIPAS') return 'across';
    return 'restart';
  });
}

/** '5,3184 điểm', '86,5 %': the unit says nothing the column does not. */
function numberIn(text: string) {
  return parseViNumber(text) ?? parseViNumber(text.replace(/\s*(điểm|%)$/iu, ''));
}

/** A figure's footnote mark ('5,2210 (*)') points at a note in the plan's text: the figure is read, the mark said. */
function sayFootnote(mark: string | null, at: Subject, role: 'max' | 'result' | 'target', written: string, value: number | null, findings: Finding[]): void {
  if (mark) findings.push(finding('import.value-footnote', 'info', at, role, written, value, { mark }));
}

function readNumber(row: TableRow, role: 'max' | 'result', index: IndexId, id: string, findings: Finding[]): { value: number | null; decimals: number; outOf?: { value: number; decimals: number } } {
  const written = row.get(role).text.trim();
  if (!written || NOTHING.test(written)) return { value: null, decimals: 0 };
  const { text, mark } = splitFootnote(written);
  // A result written as a fraction of its max ('8,50/9'): the result, and the max it is out of.
  const fraction = role === 'result' ? FRACTION.exec(text) : null;
  if (fraction) {
    const [got, of] = [numberIn(fraction[1]!), numberIn(fraction[2]!)];
    if (got && of) return { value: got.value, decimals: got.decimals, outOf: { value: of.value, decimals: of.decimals } };
  }
  const n = numberIn(text);
  const at = { index, id, source: row.location };
  if (!n) {
    findings.push(finding('import.number-unreadable', 'error', at, role, written, null, {}));
    return { value: null, decimals: 0 };
  }
  sayFootnote(mark, at, role, written, n.value, findings);
  return { value: n.value, decimals: n.decimals };
}

/** A target as a number, or in words kept as written (a floor, the max, a gain on last year, or a rank). */
function readTarget(
  row: TableRow,
  index: IndexId,
  id: string,
  findings: Finding[],
  max: number | null,
  result: { value: number | null; decimals: number },
): { value: number | null; decimals: number; text: string | null } {
  const written = row.get('target').text.trim();
  if (!written || NOTHING.test(written)) return { value: null, decimals: 0, text: null };
  const { text, mark } = splitFootnote(written);
  const at = { index, id, source: row.location };
  const n = numberIn(text);
  if (n) {
    sayFootnote(mark, at, 'target', written, n.value, findings);
    return { value: n.value, decimals: n.decimals, text: null };
  }
  const words = readTargetWords(text);
  let value: number | null = null;
  let decimals = 0;
  if (words.kind === 'floor') [value, decimals] = [words.value, words.decimals];
  else if (words.kind === 'max') [value, decimals] = [max, 2];
  else if (words.kind === 'hold') [value, decimals] = [result.value, result.decimals];
  else if (words.kind === 'delta' && result.value !== null) {
    decimals = Math.max(words.decimals, result.decimals);
    value = Number((result.value + words.value).toFixed(decimals));
  }
  if (words.kind === 'unreadable') {
    findings.push(finding('import.number-unreadable', 'error', at, 'target', written, null, {}));
    return { value: null, decimals: 0, text: written };
  }
  sayFootnote(mark, at, 'target', written, value, findings);
  if (words.kind === 'rank' || value === null) {
    findings.push(finding('import.target-rank', 'info', at, 'target', text, null, { kind: words.kind }));
    return { value: null, decimals: 0, text };
  }
  findings.push(finding('import.target-words', 'info', at, 'target', text, value, { kind: words.kind }));
  return { value, decimals, text };
}

function scaleName(index: IndexId): string {
  return index === 'PAPI' ? 'PAPI: 8 × 10 = 80' : index === 'SIPAS' ? 'SIPAS: 100%' : 'PAR INDEX: 100';
}

/** Parents whose children are visibly a subset of theirs (their max adds to less). */
function partialParents(list: CriterionDraft[]): string[] {
  const children = new Map<string, CriterionDraft[]>();
  for (const c of list) {
    if (c.parent === null) continue;
    const l = children.get(c.parent) ?? [];
    l.push(c);
    children.set(c.parent, l);
  }
  return list.filter((p) => childrenAreSubset(p, children.get(p.code) ?? [])).map((p) => p.code);
}

/**
 * The code a number cell meant when Excel dropped its last zero: 5.1 read again right after 5.9 is
 * 5.10 (and 5.2 after 5.19 is 5.20). Null unless the code is taken already and the row before is
 * exactly the one the longer code follows.
 */
function zeroLost(code: string, previous: string | null, byCode: ReadonlyMap<string, unknown>): string | null {
  if (!byCode.has(code) || previous === null) return null;
  const parts = code.split('.');
  const last = Number(parts[parts.length - 1]);
  const before = previous.split('.');
  if (before.length !== parts.length || before.slice(0, -1).join('.') !== parts.slice(0, -1).join('.')) return null;
  if (Number(before[before.length - 1]) !== last * 10 - 1) return null;
  const meant = [...parts.slice(0, -1), String(last * 10)].join('.');
  return byCode.has(meant) ? null : meant;
}

/**
 * The row prints again, with the same number and name, a criterion already read (a summary sheet
 * and the sheet of its area both print area 2): the blanks of the first are filled from it. Not a
 * repeat when a figure differs — then the two rows are two, and the plan is told (numbering.duplicate).
 */
function repeatOf(first: CriterionDraft, row: TableRow, name: string, index: IndexId, findings: Finding[]): boolean {
  if (fold(first.name) !== fold(name)) return false;
  const quiet: Finding[] = [];
  const max = readNumber(row, 'max', index, first.id, quiet);
  const result = readNumber(row, 'result', index, first.id, quiet);
  const again = { max, result, target: readTarget(row, index, first.id, quiet, max.value, result) };
  if (FIGURES.some((k) => again[k].value !== null && first[k] !== null && Math.abs(again[k].value - first[k]) > 1e-9)) return false;
  fillBlanks(first, again);
  // A number of the repeated row that could not be read is still said.
  for (const f of quiet) findings.push(f);
  return true;
}

/** The figures a draft left blank, taken from another row that states them (its subtotal, its repeat). */
function fillBlanks(draft: CriterionDraft, from: Record<(typeof FIGURES)[number], { value: number | null; decimals: number }>): void {
  for (const k of FIGURES) {
    if (draft[k] !== null || from[k].value === null) continue;
    draft[k] = from[k].value;
    draft.decimals[k] = from[k].decimals;
  }
}
