import { splitAgencies, type AgencyRef } from '../agencies/split';
import { agencyText, type Cell } from './grid';
import { finding } from '../plan/finding';
import { letterOrdinal, normalizeCode } from '../plan/codes';
import { parseDeadline } from '../plan/deadlines';
import type { Finding, IndexId, Task, TaskGroup } from '../plan/schema';
import { fold } from '../plan/text';
import { cellText } from './cell-text';
import { groupId, taskId } from './ids';
import { captionTail, indexNamedIn, onlyIndexNamedIn, type RecognisedTable, type TableRow } from './tables';

export interface TaskDraft extends Omit<Task, 'lead' | 'support' | 'id'> {
  leadRefs: AgencyRef[];
  supportRefs: AgencyRef[];
  part: string;
  area: string | null;
  /** What the id numbers the task by, when not its number: '1.2' for the second '-' under heading 1. */
  key?: string;
  /** Its number cell is the one above, merged down: the same task again for other agencies, not a number written twice. */
  continues?: boolean;
}

export interface TasksRead {
  tasks: TaskDraft[];
  groups: TaskGroup[];
  /** Rows of the table not kept as tasks or groups (each one reported). */
  skipped: number;
}

/**
 * Phụ lục 1 -> tasks and their groups: parts A/B/C (one index each), roman areas,
 * sub-areas (I.1). A sub-area row that also carries a deadline or agency is a task too.
 * A plan for one index has no parts: its tasks belong to the index its caption names, or the
 * plan's only index (`planIndex`), said once as a finding.
 */
export function readTasks(given: RecognisedTable, targetYear: number | null, findings: Finding[], planIndex: IndexId | null = null): TasksRead {
  const table: RecognisedTable = { ...given, rows: given.rows.map((r) => letterApart(codeApart(r))) };
  const tasks: TaskDraft[] = [];
  const groups: TaskGroup[] = [];
  let skipped = 0;
  let part: { code: string; index: IndexId; group: TaskGroup } | null = null;
  const hasParts = table.rows.some((r) => normalizeCode(r.get('code').text).kind === 'letter' && indexNamedIn(fold(r.get('task').text)));
  // A caption naming all three indices ('… các Chỉ số PAR INDEX, SIPAS, PAPI') says nothing of one part.
  const captionIndex = onlyIndexNamedIn(fold(captionTail(table.caption).join(' ')));
  // Without letters, group rows naming one index each are the parts: roman (I. CHỈ SỐ PAR INDEX, II. CHỈ SỐ PAPI)
  // or top-level numbers (1. Nhóm nhiệm vụ … PAPI, 2. … SIPAS). Numbered ones must name two indices between
  // them: in a one-index plan, '1. Nâng cao Chỉ số PAPI ở cấp xã' is a heading inside the part.
  const romanParts = !hasParts && partRows(table.rows, 'roman').length >= 2;
  const numberedParts = !hasParts && !romanParts && new Set(partRows(table.rows, 'numeric').map(namedIndex)).size >= 2;
  const partKind = romanParts ? 'roman' : numberedParts ? 'numeric' : null;
  const opensPart = (r: TableRow) => partKind !== null && isPartRow(r, partKind);
  const impliedIndex = hasParts || partKind ? null : captionIndex ?? planIndex;
  let area: TaskGroup | null = null;
  let sub: TaskGroup | null = null;

  const addGroup = (path: string[], code: string, title: string, parent: TaskGroup | null, row: TableRow, index: IndexId): TaskGroup => {
    const g: TaskGroup = { id: groupId(path), index, path, code, title, parent: parent?.id ?? null, criteria: [], source: row.location };
    if (groups.some((x) => x.id === g.id)) {
      findings.push(finding('numbering.duplicate', 'warning', { index, id: g.id, source: row.location }, 'code', code, null, {}));
      g.id = `${g.id}~${groups.filter((x) => x.id.startsWith(g.id)).length + 1}`;
    }
    groups.push(g);
    return g;
  };

  if (impliedIndex && table.rows.length > 0) {
    const first = table.rows[0]!;
    // The part is named after its index ('PAPI'), so ids stay meaningful: TASK:PAPI.II.3.
    part = { code: impliedIndex, index: impliedIndex, group: addGroup([impliedIndex], impliedIndex, impliedIndex, null, first, impliedIndex) };
    findings.push(
      finding('import.part-inferred', 'info', { index: impliedIndex, id: null, source: table.location }, 'task', null, impliedIndex, {
        from: captionIndex ? 'caption' : 'plan',
      }),
    );
  }

  const rows = table.rows;
  let heading: { code: string; items: number } | null = null;
  let lastNumber: string | null = null;
  let itemCount = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const rawCode = row.get('code').text;
    const norm = normalizeCode(rawCode);
    const title = cellText(row, 'task', part?.index ?? null, findings);
    const hasTaskData = hasData(row);
    if (!title && !hasTaskData && norm.kind === 'empty') continue;

    if (norm.kind === 'letter' || opensPart(row)) {
      const index = norm.kind === 'letter' ? indexNamedIn(fold(title)) : onlyIndexNamedIn(fold(title));
      if (!index) {
        findings.push(finding('import.part-unknown', 'error', { index: null, id: null, source: row.location }, 'task', title, null, { part: norm.code }));
        part = null;
        skipped++;
        continue;
      }
      // A part numbered '1.' is named after its index, as an implied part is: 'TASK:PAPI.1.6', not 'TASK:1.1.6'.
      const partCode = norm.kind === 'numeric' ? index : norm.code;
      part = { code: partCode, index, group: addGroup([partCode], norm.code, title, null, row, index) };
      area = null;
      sub = null;
      continue;
    }
    if (!part) {
      findings.push(finding('import.row-outside-part', 'error', { index: null, id: null, source: row.location }, 'code', rawCode, null, { title }));
      skipped++;
      continue;
    }
    if (norm.kind === 'roman') {
      area = addGroup([part.code, norm.code], norm.code, title, part.group, row, part.index);
      sub = null;
      heading = null;
      if (!hasTaskData) continue;
    } else if (norm.kind === 'roman-sub') {
      const areaCode = area?.code ?? norm.code.split('.')[0]!;
      sub = addGroup([part.code, areaCode, norm.code], norm.code, title, area ?? part.group, row, part.index);
      if (!hasTaskData) continue;
    } else if (norm.kind === 'numeric' && !hasOwnData(row) && opensList(rows, r)) {
      // '1. Công tác chỉ đạo' with no deadline or agency, its tasks below marked '-' or a), b): a heading.
      // A lead merged down from the task above runs through it (Word's rowspan) without being its own.
      sub = addGroup([...(area ? [part.code, area.code] : [part.code]), norm.code], norm.code, title, area ?? part.group, row, part.index);
      heading = { code: norm.code, items: 0 };
      continue;
    } else if (norm.kind === 'numeric' && heading && !norm.code.startsWith(`${heading.code}.`)) {
      // A numbered task after a heading's items is back at the area's level.
      sub = null;
      heading = null;
    } else if (norm.kind !== 'numeric' && norm.kind !== 'dash' && norm.kind !== 'sub-letter') {
      findings.push(finding('import.row-unrecognised', 'warning', { index: part.index, id: null, source: row.location }, 'code', rawCode, null, { title, kept: true }));
    }

    const group = sub ?? area ?? part.group;
    const deadlineText = row.get('deadline').text;
    let key: string | undefined;
    if (norm.kind === 'dash' || norm.kind === 'sub-letter') {
      itemCount = heading ? ++heading.items : itemCount + 1;
      key = `${heading?.code ?? lastNumber ?? '0'}.${norm.kind === 'sub-letter' ? letterOrdinal(norm.code) : heading ? heading.items : itemCount}`;
    }
    const continues = norm.kind === 'numeric' && row.get('code').spanned === true && lastNumber === norm.code;
    if (norm.kind === 'numeric') {
      lastNumber = norm.code;
      itemCount = 0;
    }
    tasks.push({
      index: part.index,
      path: group.path.slice(),
      number: norm.code,
      title,
      deadline: parseDeadline(deadlineText, { year: targetYear }),
      leadRefs: splitAgencies(agencyText(row.get('lead'))),
      supportRefs: splitAgencies(agencyText(row.get('support'))),
      output: cellText(row, 'output', part.index, findings),
      group: group.id,
      source: row.location,
      part: part.code,
      area: area?.code ?? null,
      ...(key ? { key } : {}),
      ...(continues ? { continues } : {}),
    });
  }
  return { tasks, groups, skipped };
}

/** A task's letter written at the head of its title, its number cell empty: 'a) Báo cáo CCHC quý …'. */
const LETTER_IN_TITLE = /^([a-zđ])\)\s+(\S.*)$/su;

/** A row whose number cell is empty and whose title opens with 'a)': read as the letter in the number column, as when written there. */
function letterApart(row: TableRow): TableRow {
  const code = row.get('code');
  const m = code.text.trim() === '' && !code.spanned ? LETTER_IN_TITLE.exec(row.get('task').text.trim()) : null;
  if (!m) return row;
  const letter: Cell = { ...code, text: `${m[1]})` };
  const title: Cell = { ...row.get('task'), text: m[2]! };
  return { ...row, get: (role) => (role === 'code' ? letter : role === 'task' ? title : row.get(role)) };
}

/** A group row's number and title written in one cell across the row ('A. CHỈ SỐ HÀI LÒNG (SIPAS)'). */
const CODE_AND_TITLE = /^([A-ZĐ]|[IVX]{1,6}|\d{1,2})[.)]\s+(\S.*)$/u;

/**
 * A row whose number cell holds the number and the title together, the title cell empty (one cell
 * merged across the row): read as the number in its column and the title in its own, as when
 * they are written apart. Any other row is as it is.
 */
function codeApart(row: TableRow): TableRow {
  const code = row.get('code');
  const m = row.get('task').text.trim() === '' ? CODE_AND_TITLE.exec(code.text.trim()) : null;
  if (!m) return row;
  const number: Cell = { ...code, text: `${m[1]}.` };
  const title: Cell = { ...row.get('task'), text: m[2]!, spanned: false };
  return { ...row, get: (role) => (role === 'code' ? number : role === 'task' ? title : row.get(role)) };
}

/** A row that can open a part without a letter: a group row of that numbering, no data, naming one index. */
function isPartRow(row: TableRow, kind: 'roman' | 'numeric'): boolean {
  const norm = normalizeCode(row.get('code').text);
  // Only top-level numbers: '1.2 … PAPI' is a task or heading inside a part.
  return norm.kind === kind && (kind === 'roman' || !norm.code.includes('.')) && !hasData(row) && namedIndex(row) !== null;
}

function partRows(rows: TableRow[], kind: 'roman' | 'numeric'): TableRow[] {
  return rows.filter((r) => isPartRow(r, kind));
}

function namedIndex(row: TableRow): IndexId | null {
  return onlyIndexNamedIn(fold(row.get('task').text));
}

const DATA_ROLES = ['deadline', 'lead', 'support', 'output'] as const;

function hasData(row: TableRow): boolean {
  return DATA_ROLES.some((r) => row.get(r).text.trim());
}

/** Data the row writes itself, not a merged cell's text carried down from a row above. */
function hasOwnData(row: TableRow): boolean {
  return DATA_ROLES.some((r) => {
    const c = row.get(r);
    return c.text.trim() !== '' && !c.spanned;
  });
}

/** The rows after r are its items: unnumbered ('-', a), b)) or numbered below it (1 -> 1.1). */
function opensList(rows: TableRow[], r: number): boolean {
  const next = rows[r + 1];
  if (!next) return false;
  const here = normalizeCode(rows[r]!.get('code').text).code;
  const norm = normalizeCode(next.get('code').text);
  return norm.kind === 'dash' || norm.kind === 'sub-letter' || (norm.kind === 'numeric' && norm.code.startsWith(`${here}.`));
}

/** Ids: the area is left out where a part numbers its tasks once through (A), kept where numbering restarts (B, C). */
export function assignTaskIds(tasks: TaskDraft[], findings: Finding[]): (TaskDraft & { id: string })[] {
  const restarts = new Set<string>();
  const seen = new Map<string, Set<string>>();
  for (const t of tasks) {
    const numbers = seen.get(t.part) ?? new Set<string>();
    const n = t.key ?? t.number;
    if (numbers.has(n) && !t.continues) restarts.add(t.part);
    numbers.add(n);
    seen.set(t.part, numbers);
  }
  const used = new Set<string>();
  return tasks.map((t) => {
    let id = taskId(t.part, restarts.has(t.part) ? t.area : null, t.key ?? t.number);
    if (used.has(id)) {
      let k = 2;
      while (used.has(`${id}~${k}`)) k++;
      // A number merged down over the rows of one task is written once: its other rows are no duplicate.
      if (!t.continues) findings.push(finding('numbering.duplicate', 'warning', { index: t.index, id, source: t.source }, 'number', t.number, `${id}~${k}`, {}));
      id = `${id}~${k}`;
    }
    used.add(id);
    return { ...t, id };
  });
}
