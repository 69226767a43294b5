import { parseViNumber } from '../plan/numbers';
import { LEGEND_WORDS } from '../workbook-kit/legend';
import type { Criterion, IndexId, Plan, Task } from '../plan/schema';
import { compiler, type CompiledValue, type Compiled, type ReturnExtract } from '../agencies/compile';
import type { FileProblem, FileRefusal, RefusalOf } from '../agencies/refusal';
import type { Assignment } from '../agencies/recipients';
import { criterionChildren, lockedCriterionCells, lockedTaskCells } from './write';
import { AGENCY_FORMAT, AGENCY_TEMPLATE_VERSION, layoutOf, type AgencyLayout, type CriterionInput, type TaskInput } from './layout';
import { likeliestHeaderRows } from '../workbook-kit/header-row';
import { cappedRefusals } from '../agencies/refusals';
import type { Column } from '../workbook-kit/table';
import { columnLetter } from '../workbook-kit/spec';
import { cellOf, cellText as text, isPercentFormat, rowAt, type PlacedCell, type ReadCell, type ReadRow, type ReadSheet, type ReadWorkbook } from '../workbook-kit/read-model';

/** A returned file as read: the workbook, or why it could not be read (worded by the shell). */
export interface Return {
  file: string;
  /** Modification time: of two returns from one agency, the later one counts. */
  modified: number;
  /** The workbook as read, or why it could not be read (worded by the shell). */
  workbook: ReadWorkbook | null;
  problem: FileProblem | null;
  /**
   * What the reader wants said. 'clamped': a range cut back (`part` the file's part, `from` the range
   * as written); 'formula-without-value', 'hidden-by-merge': a cell (`part` the sheet, `from` the cell).
   */
  notes?: { kind?: 'clamped' | 'formula-without-value' | 'hidden-by-merge'; part: string; from: string }[];
}

/** Every return read and merged in one call (the shells stream instead; see compiler). */
export function compile(plan: Plan, assignments: Assignment[], returns: Return[]): Compiled {
  const c = compiler(plan, assignments);
  const read = returnReader(plan, assignments);
  for (const r of returns) c.add(read(r));
  return c.result();
}

/**
 * A function that reduces returns of one plan to their ReturnExtracts: refused with a reason, or
 * the agency and the values and refusals it holds. Each return is read by the layout of the
 * template version that produced it (src/agency-workbook/layout.ts). Compiling a round (`round.period`),
 * a return stamped with another round is refused.
 */
export function returnReader(plan: Plan, assignments: Assignment[], round: { period: string | null } = { period: null }): (ret: Return) => ReturnExtract {
  const byKey = new Map(assignments.map((a) => [a.recipient.key, a]));
  const index = planIndex(plan);
  return (ret) => {
    const { file, modified } = ret;
    const refuse = (refused: FileRefusal): ReturnExtract => ({ file, modified, refused });
    if (!ret.workbook) return refuse({ reason: ret.problem ?? 'unreadable' });
    // `_meta`, and any sheet that looks like it, is not read as a table (looked for once, on every row).
    const metaLike = new Set(ret.workbook.sheets.filter((s) => s.rows.some(isFormatRow)));
    const meta = returnMeta(ret.workbook, metaLike);
    if (!meta) return refuse({ reason: 'not-an-agency-workbook' });
    const version = meta.get('version') ?? '';
    const layout = layoutOf(version);
    if (!layout) {
      // A later version is a newer chiso's; no version, or one no chiso writes, is an edited _meta.
      const newer = /^\d+$/.test(version) && Number(version) > AGENCY_TEMPLATE_VERSION;
      return refuse(newer ? { reason: 'version-unknown', version, newest: AGENCY_TEMPLATE_VERSION } : { reason: 'version-missing' });
    }
    if ((meta.get('plan') ?? '') !== (plan.meta.number ?? '')) return refuse({ reason: 'other-plan', plan: meta.get('plan') ?? '' });
    // A return of another round is not mixed in; one made for no particular round (before periods) still reads.
    const period = meta.get('period') ?? '';
    if (round.period !== null && period !== '' && period !== round.period) return refuse({ reason: 'other-period', period, expected: round.period });
    const agency = byKey.get(meta.get('recipient') ?? '');
    if (!agency) return refuse({ reason: 'unknown-agency', recipient: meta.get('recipient') ?? '' });
    const read = readReturn(index, agency, layout, ret.workbook, metaLike, file, modified);
    // Said, not hidden: the file still reads, but the agency should know its sheet was damaged.
    for (const n of ret.notes ?? []) {
      // The template's own live sums (a parent's score in a leaves-only layout) are never read: a
      // program that saved them without computing them has lost nothing of the agency's.
      if (n.kind === 'formula-without-value' && read.templateFormulas.has(`${n.part}!${n.from}`)) continue;
      if (n.kind === undefined || n.kind === 'clamped') read.rejected.push({ file, sheet: n.part, cell: null, reason: 'range-clamped', range: n.from });
      else read.rejected.push({ file, sheet: n.part, cell: `${n.part}!${n.from}`, reason: n.kind });
    }
    return { file, modified, refused: null, agency: agency.recipient.key, values: read.values, rejected: read.rejected };
  };
}

/** The key/value rows of a return's `_meta` sheet (the sheet that names the agency format), or null when it has none. */
function returnMeta(wb: ReadWorkbook, metaLike: ReadonlySet<ReadSheet>): Map<string, string> | null {
  const sheet = wb.sheets.find((s) => metaLike.has(s) && s.rows.some((r) => isFormatRow(r) && text(cellOf(r, 2)) === AGENCY_FORMAT));
  return sheet ? new Map(sheet.rows.map((r) => [firstText(r), text(cellOf(r, 2))])) : null;
}

/** The text in column A of a row (cells are in ascending column order, so column A, when present, is the first). */
function firstText(row: ReadRow): string {
  const first = row.cells[0];
  return first !== undefined && first.col === 1 ? text(first) : '';
}

/** Whether column A of a row says 'format', as `_meta`'s first row does. Only a text cell can: no text is made for the others. */
function isFormatRow(row: ReadRow): boolean {
  const first = row.cells[0];
  const v = first !== undefined && first.col === 1 ? first.value : null;
  return typeof v === 'string' && v.trim() === 'format';
}

/** What reading a return looks up for every row, built once per plan: every return asks again for the same things. */
interface PlanIndex {
  criteria: Map<string, Criterion>;
  tasks: Map<string, Task>;
  resultYear: number | null;
  targetYear: number | null;
  /** Criteria with children: in a leaves-only layout their score is the sum of the children's. */
  parents: ReadonlySet<string>;
  layouts: Map<AgencyLayout, LayoutIndex>;
  agencies: Map<Assignment, AgencyRows>;
}

/** What a layout looks for, with this plan's years. */
interface LayoutIndex {
  /** The kinds of table, in the order they are tried. */
  kinds: readonly TableKind[];
  /** Their headers, in the same order (one array, kept: the header search keeps its lookup by it). */
  headers: readonly (readonly Column<string>[])[];
  blockTitles: ReadonlySet<string>;
  /** The index a Chỉ số cell names, by its text (the first, should two indexes share a name). */
  indexByName: ReadonlyMap<string, IndexId>;
  /** lockedTexts already worked out, by row id: a task's for a lead and for a support row apart. */
  locked: { lead: Map<string, LockedText[]>; support: Map<string, LockedText[]>; criterion: Map<string, LockedText[]> };
}

interface TableKind {
  kind: 'task' | 'criterion';
  /** The headers looked for (a criterion header that names a year matches any year). */
  match: readonly Column<string>[];
  /** The template's columns, with the headers as written for this plan. */
  columns: readonly Column<string>[];
  inputs: readonly Field[];
}

/** The rows an agency's return holds, as the template wrote them, each with its number in the list (to tick it off when found). */
interface AgencyRows {
  leads: ReadonlySet<string>;
  tasks: ReadonlyMap<string, number>;
  criteria: ReadonlyMap<string, number>;
}

function planIndex(plan: Plan): PlanIndex {
  const parents = new Set(plan.criteria.filter((c) => criterionChildren(plan, c).length > 0).map((c) => c.id));
  return { criteria: new Map(plan.criteria.map((c) => [c.id, c])), tasks: new Map(plan.tasks.map((t) => [t.id, t])), resultYear: plan.meta.resultYear, targetYear: plan.meta.targetYear, parents, layouts: new Map(), agencies: new Map() };
}

function layoutIndex(index: PlanIndex, layout: AgencyLayout): LayoutIndex {
  let known = index.layouts.get(layout);
  if (!known) {
    const indexByName = new Map<string, IndexId>();
    for (const k of Object.keys(layout.indexNames) as IndexId[]) if (!indexByName.has(layout.indexNames[k])) indexByName.set(layout.indexNames[k], k);
    const kinds: TableKind[] = [
      { kind: 'task', match: layout.taskColumns, columns: layout.taskColumns, inputs: layout.taskInputs },
      { kind: 'criterion', match: layout.criterionColumns(null, null), columns: layout.criterionColumns(index.resultYear, index.targetYear), inputs: layout.criterionInputs },
    ];
    known = {
      kinds,
      headers: kinds.map((k) => k.match),
      blockTitles: new Set([layout.taskBlocks.lead.title, layout.taskBlocks.support.title]),
      indexByName,
      locked: { lead: new Map(), support: new Map(), criterion: new Map() },
    };
    index.layouts.set(layout, known);
  }
  return known;
}

function agencyRows(index: PlanIndex, agency: Assignment): AgencyRows {
  let known = index.agencies.get(agency);
  if (!known) {
    const criteria = index.criteria;
    const numbered = (ids: string[]) => new Map([...new Set(ids)].map((id, i) => [id, i]));
    known = {
      leads: new Set(agency.leads),
      tasks: numbered([...agency.leads, ...agency.supports]),
      // As the template wrote them: an index's total is never a row to fill in.
      criteria: numbered(agency.criteria.filter((id) => criteria.has(id) && criteria.get(id)!.code !== 'total')),
    };
    index.agencies.set(agency, known);
  }
  return known;
}

/** A locked cell of a row: its column key and its text as the template wrote it. */
interface LockedText {
  key: string;
  want: string;
}

/** The locked cells of a row as the template wrote them, as text, by column key. */
function lockedTexts(index: PlanIndex, rows: AgencyRows, layout: AgencyLayout, kind: 'task' | 'criterion', id: string): LockedText[] {
  // A task's locked cells depend on the agency only through its role (lead or support).
  const lead = kind === 'task' && rows.leads.has(id);
  const { locked } = layoutIndex(index, layout);
  const byId = kind === 'criterion' ? locked.criterion : lead ? locked.lead : locked.support;
  let texts = byId.get(id);
  if (!texts) {
    texts = Object.entries(lockedTextsOnce(index, lead, layout, kind, id)).map(([key, want]) => ({ key, want }));
    byId.set(id, texts);
  }
  return texts;
}

function lockedTextsOnce(index: PlanIndex, lead: boolean, layout: AgencyLayout, kind: 'task' | 'criterion', id: string): Record<string, string> {
  const asText = (v: string | number | null) => (v === null ? '' : String(v));
  if (kind === 'task') {
    const t = index.tasks.get(id);
    return t ? Object.fromEntries(Object.entries(lockedTaskCells(t, lead ? layout.taskBlocks.lead.role : layout.taskBlocks.support.role, layout)).filter((e): e is [string, string] => e[1] !== undefined)) : {};
  }
  const c = index.criteria.get(id);
  return c ? Object.fromEntries(Object.entries(lockedCriterionCells(c, layout)).map(([k, v]) => [k, asText(v)])) : {};
}

type Field = TaskInput | CriterionInput;

/** A table of the return as found: which kind, its header row and where each column it still has sits (0-based). */
interface FoundTable extends TableKind {
  row: number;
  /** In the order of the kind's columns. */
  col: Partial<Record<string, number>>;
}

/**
 * The table on a sheet, found by header text: the kind whose headers it holds most of (three at
 * least, so a stray word is not a table). Columns may be moved or deleted; each is found wherever it is.
 */
function tableOn(sheet: ReadSheet, { kinds, headers: match }: LayoutIndex): FoundTable | null {
  let best: FoundTable | null = null;
  let bestFound = 0;
  const headers = likeliestHeaderRows(sheet, match, 3);
  for (let i = 0; i < kinds.length; i++) {
    const k = kinds[i]!;
    const found = headers[i];
    if (!found || found.found <= bestFound) continue;
    const col = Object.fromEntries(Object.entries(found.col).map(([key, v]) => [key, (v as number) - 1]));
    best = { ...k, row: found.row - 1, col };
    bestFound = found.found;
  }
  return best;
}

/**
 * A row's id: its hidden ID cell, or, when the agency deleted the ID column, the plan-given cells
 * that name the row (TT for a task; Chỉ số and Mã for a criterion).
 */
function rowId(t: FoundTable, indexByName: ReadonlyMap<string, IndexId>, textAt: (j: number | undefined) => string): string {
  if (t.col.id !== undefined) return textAt(t.col.id);
  if (t.kind === 'task') {
    const number = textAt(t.col.number);
    return number ? `TASK:${number}` : '';
  }
  const indexId = indexByName.get(textAt(t.col.index));
  const code = textAt(t.col.code);
  return indexId && code ? `${indexId}:${code}` : '';
}

/** One return being read: what it is read by, and what it has given so far. */
interface Reading {
  index: PlanIndex;
  agency: Assignment;
  layout: AgencyLayout;
  rows: AgencyRows;
  file: string;
  values: CompiledValue[];
  // Listed up to a cap per sheet, then counted: one return can hold a million refused cells.
  rejected: ReturnType<typeof cappedRefusals>;
  templateFormulas: Set<string>;
  /** The expected rows found, by their number in AgencyRows. */
  seen: { task: boolean[]; criterion: boolean[] };
  /** The workbook counts days from 1904 (see ReadWorkbook). */
  date1904: boolean;
  /** The day the file was saved and the last day a completion date can name ('YYYY-MM-DD'); null when that time is unknown. */
  saved: { day: string; lastDay: string } | null;
}

/** A file time before 2000 is none (a test's 0, a copy that lost it): no date is judged by it. */
const KNOWN_TIME = Date.UTC(2000, 0, 1);

/** A day's slack for time zones: 06:00 on the 2nd in Hà Nội is still the 1st in UTC. */
function savedOn(modified: number): Reading['saved'] {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return modified >= KNOWN_TIME ? { day: day(modified), lastDay: day(modified + 86_400_000) } : null;
}

function readReturn(index: PlanIndex, agency: Assignment, layout: AgencyLayout, wb: ReadWorkbook, metaLike: ReadonlySet<ReadSheet>, file: string, modified: number): { values: CompiledValue[]; rejected: Compiled['rejected']; templateFormulas: Set<string> } {
  const tables = layoutIndex(index, layout);
  const rows = agencyRows(index, agency);
  const reading: Reading = {
    index,
    agency,
    layout,
    rows,
    file,
    values: [],
    rejected: cappedRefusals(file),
    templateFormulas: new Set(),
    seen: { task: new Array<boolean>(rows.tasks.size).fill(false), criterion: new Array<boolean>(rows.criteria.size).fill(false) },
    date1904: wb.date1904 === true,
    saved: savedOn(modified),
  };
  const { rejected, seen } = reading;
  let foundTasks = false;
  let foundCriteria = false;

  for (const sheet of wb.sheets) {
    if (metaLike.has(sheet)) continue;
    const table = tableOn(sheet, tables);
    if (!table) {
      // The agency's own extra sheet, or the guide: values there are listed, never merged.
      if (sheet.name !== layout.sheets.guide) {
        let count = 0;
        eachValue(sheet, 0, () => count++);
        rejected.extraSheet(sheet.name, count, (f) => eachValue(sheet, 0, f));
      }
      continue;
    }
    if (table.kind === 'task') foundTasks = true;
    else foundCriteria = true;
    readTable(reading, sheet, table);
  }
  if (!foundTasks && rows.tasks.size > 0) rejected.push({ file, sheet: layout.sheets.tasks, cell: null, reason: 'sheet-missing' });
  if (!foundCriteria && rows.criteria.size > 0) rejected.push({ file, sheet: layout.sheets.criteria, cell: null, reason: 'sheet-missing' });
  // A row the agency deleted: nothing was reported for it, and the master says so rather than leave a silent gap.
  for (const [found, ids, seenIds, sheet] of [[foundTasks, rows.tasks, seen.task, layout.sheets.tasks], [foundCriteria, rows.criteria, seen.criterion, layout.sheets.criteria]] as const) {
    if (found) for (const [id, slot] of ids) if (!seenIds[slot]) rejected.push({ file, sheet, cell: null, reason: 'row-missing', id });
  }
  return { values: reading.values, rejected: rejected.done(), templateFormulas: reading.templateFormulas };
}

/**
 * Names a cell of a sheet by 0-based row and column ('Nhiệm vụ!G7'): every value and refusal names
 * its cell. The names are kept by sheet name, across returns (one template's rows are at the same
 * places in all its returns): a name is made once, not once per value.
 */
function cellNamer(sheetName: string): (r: number, c: number) => string {
  let names = CELL_NAMES.get(sheetName);
  if (!names) {
    if (CELL_NAMES.size >= 64) {
      CELL_NAMES.clear();
      keptNames = 0;
    }
    names = new Map();
    CELL_NAMES.set(sheetName, names);
  }
  const known = names;
  return (r, c) => {
    const key = r * 16_384 + c;
    let name = known.get(key);
    if (name === undefined) {
      name = `${sheetName}!${columnLetter(c + 1)}${r + 1}`;
      // The templates' places are a few thousand; a hostile return's million refused cells are
      // named, not kept (the pane's worker lives through many compiles).
      if (keptNames < MAX_KEPT_NAMES) {
        known.set(key, name);
        keptNames++;
      }
    }
    return name;
  };
}

const CELL_NAMES = new Map<string, Map<number, string>>();
const MAX_KEPT_NAMES = 50_000;
let keptNames = 0;

/** The values and refusals of one table of a return. */
function readTable(reading: Reading, sheet: ReadSheet, table: FoundTable): void {
  const { index, agency, layout, rows, file, values, rejected, templateFormulas } = reading;
  const { blockTitles, indexByName } = layoutIndex(index, layout);
  const { kind, col } = table;
  const sheetName = sheet.name;
  // A template column the agency deleted (or whose header it changed) is said once, by its header; the others still read.
  for (const c of table.columns) if (col[c.key] === undefined) rejected.push({ file, sheet: sheetName, cell: null, reason: 'column-missing', header: c.header });
  const place = cellNamer(sheetName);
  /** A cell refused for a reason that carries no more facts. */
  const refuse = (r: number, c: number, reason: PlainReason) => rejected.push({ file, sheet: sheetName, cell: place(r, c), reason });
  // The table's columns, each once, in the order of the kind's columns (the order row-without-id lists them).
  const tableCols = [...new Set(Object.values(col).filter((j): j is number => j !== undefined))];
  const inTable: boolean[] = [];
  for (const j of tableCols) inTable[j] = true;
  // The table's cells of the row at hand, by 0-based column (a row lists its cells, it does not
  // place them, and each column is asked for once or twice): filled as its other cells are refused.
  const inRow: (PlacedCell | undefined)[] = [];
  const textAt = (j: number | undefined) => (j === undefined ? '' : text(inRow[j]));
  // Above the header only the template's title, subtitle and colour legend (each the first cell
  // of its row, the legend known by its opening words); anything else typed there is listed.
  for (const { row: r1, cells } of sheet.rows) {
    if (r1 - 1 >= table.row) break;
    const first = cells.findIndex((c) => text(c) !== '');
    const title = r1 - 1 < 2 || (r1 - 1 === 2 && first >= 0 && text(cells[first]!).startsWith(LEGEND_WORDS.lead)) ? first : -1;
    cells.forEach((c, j) => j !== title && text(c) !== '' && refuse(r1 - 1, c.col - 1, 'outside-table'));
  }
  for (const c of rowAt(sheet, table.row + 1)?.cells ?? []) if (inTable[c.col - 1] !== true && text(c) !== '') refuse(table.row, c.col - 1, 'outside-table');
  const expected = kind === 'task' ? rows.tasks : rows.criteria;
  const seen = reading.seen[kind];
  const inputs = table.inputs.filter((f) => col[f] !== undefined);
  // Each input's text in the row at hand, in the order of `inputs` (made once per row, read twice).
  const typedInputs: string[] = new Array(inputs.length);
  const scoresAreSums = kind === 'criterion' && layout.leavesOnly === true;
  // Only rows that hold a cell: a row numbered in the billions costs one step, not billions.
  // Indexed loops below: the first returns are read before the JIT has optimised this, where a
  // for-of or a destructuring costs an iterator each time.
  for (let n = 0; n < sheet.rows.length; n++) {
    const sheetRow = sheet.rows[n]!;
    const r = sheetRow.row - 1;
    if (r <= table.row) continue;
    for (let k = 0; k < tableCols.length; k++) inRow[tableCols[k]!] = undefined;
    for (let k = 0; k < sheetRow.cells.length; k++) {
      const c = sheetRow.cells[k]!;
      if (inTable[c.col - 1] === true) inRow[c.col - 1] = c;
      else if (text(c) !== '') refuse(r, c.col - 1, 'outside-table');
    }
    const id = rowId(table, indexByName, textAt);
    let anyInput = false;
    for (let i = 0; i < inputs.length; i++) {
      typedInputs[i] = textAt(col[inputs[i]!]);
      if (typedInputs[i] !== '') anyInput = true;
    }
    if (!id) {
      // A row the agency added: every word in it is listed (the block label rows are the template's own).
      const typed = tableCols.filter((j) => textAt(j) !== '');
      const blockLabel = kind === 'task' && typed.length === 1 && typed[0] === col.title && blockTitles.has(textAt(typed[0]));
      if (!blockLabel) for (const j of typed) refuse(r, j, 'row-without-id');
      continue;
    }
    const slot = expected.get(id);
    if (slot === undefined || seen[slot]) {
      const reason = slot === undefined ? 'row-not-in-template' : 'row-repeated';
      if (anyInput) for (let i = 0; i < inputs.length; i++) if (typedInputs[i] !== '') refuse(r, col[inputs[i]!]!, reason);
      // Without the ID column the row is named by its plan-given cells: one typed over is listed, not lost.
      if (col.id === undefined) for (const key of ['number', 'index', 'code']) if (col[key] !== undefined && textAt(col[key]) !== '') refuse(r, col[key]!, reason);
      continue;
    }
    seen[slot] = true;
    // The values carry the plan's own id string and status words: the ones read are cut from the
    // file's shared-string text, and a value holding one would keep that whole text (every return's)
    // alive until the compile ends.
    const planId = (kind === 'task' ? index.tasks.get(id)?.id : index.criteria.get(id)?.id) ?? id;
    const sumOfLeaves = scoresAreSums && index.parents.has(id);
    if (sumOfLeaves && col.selfAssessment !== undefined) templateFormulas.add(place(r, col.selfAssessment));
    // Locked cells hold the plan's own words: an edit is reported, and the plan's version kept.
    const locked = lockedTexts(index, rows, layout, kind, id);
    for (let k = 0; k < locked.length; k++) {
      const { key, want } = locked[k]!;
      const j = col[key];
      if (j !== undefined && textAt(j) !== want) rejected.push({ file, sheet: sheetName, cell: place(r, j), reason: 'locked-cell-edited', original: want });
    }
    if (!anyInput) continue;
    for (let i = 0; i < inputs.length; i++) {
      if (typedInputs[i] === '') continue;
      const field = inputs[i]!;
      const j = col[field]!;
      const cell = inRow[j] ?? null;
      if (field === 'selfAssessment' && sumOfLeaves) {
        // A parent's score is the live sum of its leaves, which are taken one by one: the sum
        // itself is not a value, and a number typed over it is said and left out.
        if (!/\bSUM\(/i.test(cell?.formula ?? '')) rejected.push({ file, sheet: sheetName, cell: place(r, j), reason: 'parent-score-typed', typed: typedInputs[i]! });
        continue;
      }
      const read = readInput(layout, field, cell, typedInputs[i]!, kind === 'criterion' ? index.criteria.get(id)?.max ?? null : null, reading.date1904);
      // A task finished on a day after the file was last saved had not finished when the unit said so (2052 for 2025?).
      if (read.ok && field === 'completedOn' && reading.saved !== null && String(read.value) > reading.saved.lastDay)
        rejected.push({ file, sheet: sheetName, cell: place(r, j), reason: 'date-after-saved', date: String(read.value), saved: reading.saved.day });
      else if (read.ok) values.push({ id: planId, agency: agency.recipient.name, field, value: read.value, file, cell: place(r, j) });
      // The status as typed is said: a word that only looks like one on the list is found by its reader.
      else if (read.reason === 'status-not-in-list') rejected.push({ file, sheet: sheetName, cell: place(r, j), reason: read.reason, typed: typedInputs[i]! });
      else refuse(r, j, read.reason);
    }
  }
}

/** The reasons a cell is refused for that need nothing beside the cell. */
type PlainReason = RefusalOf<'outside-table' | 'row-without-id' | 'row-not-in-template' | 'row-repeated' | Exclude<Extract<Read, { ok: false }>['reason'], 'status-not-in-list'>>['reason'];

function eachValue(sheet: ReadSheet, fromRow: number, f: (cell: string) => void): void {
  for (const r of sheet.rows) if (r.row > fromRow) for (const c of r.cells) if (text(c) !== '') f(`${sheet.name}!${columnLetter(c.col)}${r.row}`);
}

type Read = { ok: true; value: string | number } | { ok: false; reason: 'status-not-in-list' | 'not-a-date' | 'not-a-number' | 'out-of-range' };

/** One input cell, as the template asks for it. */
function readInput(layout: AgencyLayout, field: Field, cell: ReadCell | null, typed: string, max: number | null, date1904: boolean): Read {
  const v = cell?.value ?? null;
  if (field === 'status') {
    // The list's own string (see planId in readTable), found as a person reads it: whatever the
    // case, the spaces, or the Unicode form (Unikey's "tổ hợp" and macOS write tones as separate marks).
    // As the list writes it (nearly every cell, picked from the drop-down), else as a person reads it.
    const exact = layout.statusValues.indexOf(typed);
    const at = exact >= 0 ? exact : statusKeys(layout).indexOf(statusKey(typed));
    return at >= 0 ? { ok: true, value: layout.statusValues[at]! } : { ok: false, reason: 'status-not-in-list' };
  }
  if (field === 'completedOn') {
    const d = toDate(v, date1904);
    return d ? { ok: true, value: d } : { ok: false, reason: 'not-a-date' };
  }
  if (field === 'selfAssessment') {
    // A number shown as a percentage ('87,50%', kept as 0.875) is the number shown: SIPAS scores are per cent.
    const shown = typeof v === 'number' && isPercentFormat(cell?.numFmt ?? null) ? Number((v * 100).toPrecision(15)) : v;
    const n = typeof shown === 'number' ? shown : typeof shown === 'string' ? parseViNumber(shown)?.value ?? null : null;
    if (n === null || !Number.isFinite(n)) return { ok: false, reason: 'not-a-number' };
    if (n < 0 || (max !== null && n > max)) return { ok: false, reason: 'out-of-range' };
    return { ok: true, value: n };
  }
  // Free text: kept as text whatever it starts with ('=', '+', '-', '@' never become formulas).
  return { ok: true, value: typed };
}

/** A status as compared: NFC, spaces (no-break ones too) collapsed, lower case. */
function statusKey(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

const STATUS_KEYS = new WeakMap<AgencyLayout, string[]>();
function statusKeys(layout: AgencyLayout): string[] {
  let keys = STATUS_KEYS.get(layout);
  if (!keys) {
    keys = layout.statusValues.map(statusKey);
    STATUS_KEYS.set(layout, keys);
  }
  return keys;
}

/**
 * 'YYYY-MM-DD' from a date cell, a day number, or text written dd/mm/yyyy. A day number's date is
 * its whole part (a time after noon is still that day), counted from 1904 where the workbook does.
 */
function toDate(v: ReadCell['value'], date1904: boolean): string | null {
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  if (typeof v === 'number' && v > 30000 - (date1904 ? 1462 : 0) && v < 80000) return new Date(Date.UTC(1899, 11, 30) + (Math.floor(v) + (date1904 ? 1462 : 0)) * 86_400_000).toISOString().slice(0, 10);
  const m = typeof v === 'string' ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v.trim()) : null;
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date.toISOString().slice(0, 10) : null;
}

