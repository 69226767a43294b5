import { parseCommuneList } from '../agencies/communes';
import { withBundledCommunes } from '../agencies/members';
import { runChecks } from '../checks';
import { importPlan, type ImportOptions, type PlanSource, type TableOverride, type TableReport } from '../import';
import { readAppendixWorkbook, type SourceNote } from '../import/source-read';
import { finding } from '../plan/finding';
import type { Finding, Plan } from '../plan/schema';
import { SHEET } from '../plan-workbook/layout';
import { readPlan } from '../plan-workbook/read';
import type { ReadWorkbook } from '../workbook-kit/read-model';
import type { ReadNote } from '../xlsx/read';
import { isAnotherKindOfFile } from '../xlsx/guard';
import { FORMATS, formatOf, looksLikeHtml, type LoadFailure, type PlanFormat, type ReadIo } from './formats';

/**
 * Loading a plan, the same in both shells: from a file of any supported format, from pasted text,
 * from a range or from the sheets of a workbook; every finding about it (what the import repaired,
 * what the guard cut back, what the checks found).
 */

/**
 * `notes`: what the file's reader did to its text (a legacy font converted, a PDF's page headers dropped), said to the user.
 * `source`: what the importer read, kept so the plan can be read again with other column roles (loadAgain).
 */
export type Loaded = { ok: true; plan: Plan; findings: Finding[]; tables?: TableReport[]; notes?: SourceNote[]; source?: PlanSource } | LoadFailure;
export type LoadedPlan = Extract<Loaded, { ok: true }>;

/** A source the importer reads (text, HTML, a range's values), imported and checked. */
export function loadSource(source: PlanSource, options: ImportOptions = {}): Loaded {
  const r = importPlan(source, options);
  if (!r.ok) {
    const { code, line } = r.error;
    return { ok: false, problem: code === 'cut-off' || code === 'space-aligned' ? { kind: code, line } : { kind: code } };
  }
  return { ok: true, plan: r.plan, findings: withChecks(r.findings, r.plan), tables: r.tables, source };
}

/**
 * The same source read again with the user's column roles (issue #10: the pane's preview lets a
 * user pick the other year's results before anything is written). The file reader's notes still
 * hold; null when the plan did not come from a source the importer read (a plan workbook).
 */
export function loadAgain(loaded: LoadedPlan, columns: readonly TableOverride[]): Loaded | null {
  if (!loaded.source) return null;
  const again = loadSource(loaded.source, { columns });
  return again.ok && loaded.notes ? { ...again, notes: loaded.notes } : again;
}

/** Pasted text: HTML or the flattened text, by the same rule as a file. */
export function loadText(text: string): Loaded {
  return loadSource(looksLikeHtml(text) ? { kind: 'html', html: text } : { kind: 'text', text });
}

/** A plan workbook as read (from a file or the live sheets); what the guard cut back and the reader could not take is said as findings. */
export function loadWorkbook(workbook: ReadWorkbook, notes: readonly ReadNote[] = []): Loaded {
  const r = readPlan(workbook);
  if (!r.ok) return { ok: false, problem: { kind: r.problem, made: r.made } };
  // Said where the row sits in this workbook ('PL2 PAR INDEX', row 52), not in the plan it was first
  // read from, which the row keeps as its source: the user is checking the workbook in hand.
  // A finding already placed on a sheet (a repeated id, a cell the reader refused) stays where it is.
  const rowOf = rowsById(workbook);
  const sheets = new Set(workbook.sheets.map((s) => s.name));
  const findings = withChecks([...readerFindings(notes), ...r.findings], r.plan).map((f) => {
    const at = f.id && !sheets.has(f.location?.table ?? '') ? rowOf.get(f.id) : undefined;
    return at ? { ...f, location: { table: at.sheet, line: null, row: at.row, col: f.location?.col ?? null } } : f;
  });
  return { ok: true, plan: r.plan, findings };
}

/** Each id in a workbook's first column ('PAR:1.1', 'TASK:A.13') and where it sits: the pane goes to it, the checks place findings at it. */
export function rowsById(workbook: ReadWorkbook): Map<string, { sheet: string; row: number }> {
  const out = new Map<string, { sheet: string; row: number }>();
  for (const s of workbook.sheets)
    for (const r of s.rows) {
      const first = r.cells[0];
      if (first?.col === 1 && typeof first.value === 'string' && /^[A-Z]+:\S/.test(first.value) && !out.has(first.value)) out.set(first.value, { sheet: s.name, row: r.row });
    }
  return out;
}

/** What the guard cut back and the workbook reader could not take, as findings. */
function readerFindings(notes: readonly ReadNote[]): Finding[] {
  return notes.map((n) =>
    n.kind === 'clamped'
      ? finding('workbook.clamped', 'info', { index: null, id: null, source: { table: n.sheet, line: null, row: null, col: null } }, null, n.from, n.to, { sheet: n.sheet })
      : // A value the reader could not take (a formula without its result, a value under a merge): the plan may miss it.
        finding(`workbook.${n.kind}`, 'warning', { index: null, id: null, source: { table: n.sheet, line: null, row: null, col: null } }, null, n.cell, null, { sheet: n.sheet }),
  );
}

/** A file's bytes, by its name and content (see formats.ts). */
export async function loadFile(name: string, bytes: Uint8Array, io: ReadIo = {}, formats: readonly PlanFormat[] = FORMATS): Promise<Loaded> {
  if (bytes.length === 0) return { ok: false, problem: { kind: 'empty' } };
  const named = formatOf(name, bytes, formats);
  let read = await named.read(bytes, io);
  // Named as a workbook or a .docx but plainly another kind (a PDF, a web page, a Word file saved
  // with an .xlsx name): read as what it is; a picture or a zip then says it is no text.
  if (!read.ok && isAnotherKindOfFile(read.problem.kind)) {
    const byContent = formatOf('', bytes, formats);
    const again = byContent !== named ? await byContent.read(bytes, io) : read;
    // An OpenDocument spreadsheet read as text is no text: that it is one, and how to save it as .xlsx, says more.
    if (again.ok || read.problem.kind !== 'opendocument' || again.problem.kind !== 'binary') read = again;
  }
  if (!read.ok) return read;
  if (read.kind === 'workbook') {
    const asPlanWorkbook = loadWorkbook(read.workbook, read.notes);
    // Not chiso's workbook but a province's own (its appendices kept in Excel): its sheets read as tables.
    if (asPlanWorkbook.ok || asPlanWorkbook.problem.kind !== 'not-a-plan-workbook' || asPlanWorkbook.problem.made) return asPlanWorkbook;
    const sheets = readAppendixWorkbook(read.workbook);
    const loaded = loadSource(sheets.source);
    // A formula the program that saved the file never calculated is said first: the blank it leaves is not the plan's.
    if (loaded.ok) return { ...loaded, findings: [...readerFindings(read.notes), ...loaded.findings], notes: sheets.notes };
    // A workbook chiso made whose sheets lost their layout is told so; any other has no table chiso knows.
    return read.workbook.sheets.some((s) => s.name === SHEET.meta) ? asPlanWorkbook : loaded;
  }
  const loaded = loadSource(read.source);
  return loaded.ok ? { ...loaded, notes: read.notes } : loaded;
}

/**
 * The bundled list of Hà Nội's communes as members of "UBND cấp xã" when the plan lists none
 * (and says so in a finding); a plan that lists its own members keeps them.
 */
export function withCommunes(loaded: LoadedPlan, communeList: string): LoadedPlan {
  const members = withBundledCommunes(loaded.plan, parseCommuneList(communeList).units);
  return { ...loaded, plan: members.plan, findings: [...members.findings, ...loaded.findings] };
}

/** Findings by severity: `check` fails on any warning or error. */
export function severityCounts(findings: readonly Finding[]): Record<Finding['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/**
 * The reader's findings, then the checks'. A max the reader could not read as a number is blank in
 * the plan it made: the reader has said so, and the plan is not also told its max cell is empty.
 */
function withChecks(read: Finding[], plan: Plan): Finding[] {
  const unreadMax = new Set(read.filter((f) => f.rule.endsWith('.number-unreadable') && f.field === 'max').map((f) => f.id));
  return [...read, ...runChecks(plan).filter((f) => !(f.rule === 'sum.max-missing' && unreadMax.has(f.id)))];
}
