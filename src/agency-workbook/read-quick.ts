import type { ReturnExtract } from '../agencies/compile';
import type { Assignment } from '../agencies/recipients';
import type { Plan } from '../plan/schema';
import { LEGEND_WORDS } from '../workbook-kit/legend';
import type { PlacedCell, QuickBook, QuickSheet, ReadRow, ReadSheet } from '../workbook-kit/read-model';
import { headerTexts } from '../workbook-kit/header-row';
import { AGENCY_FORMAT } from './layout';
import { cellNamer, identify, layoutIndex, lockedTexts, newReading, planIndex, readRowInputs, rowId, tableOn, type Field, type FoundTable, type Reading } from './read';

/**
 * The quick path of reading a return (issue #11): the same reading as returnReader, over a
 * QuickBook, for a return as its template made it — every row, column and locked word where the
 * template put it, with only the inputs filled in (what nearly every return is). The plan's words
 * are compared with the cells' undecoded text, and no workbook of objects is made. Anything
 * returnReader would refuse a cell or a row for, other than an input it cannot read, gives the
 * return up (null): the general reader then reads it and says why. The two give the same values
 * and refusals for every return this one reads (tests/agency-workbook/read-quick.test.ts).
 */
export function quickReturnReader(plan: Plan, assignments: Assignment[], round: { period: string | null } = { period: null }): (file: string, modified: number, book: QuickBook) => ReturnExtract | null {
  const byKey = new Map(assignments.map((a) => [a.recipient.key, a]));
  const index = planIndex(plan);
  return (file, modified, book) => {
    const metaLike = new Set(book.sheets.filter(hasFormatRow));
    const found = identify(quickMeta(book, metaLike), byKey, plan, round);
    if ('refused' in found) return { file, modified, refused: found.refused };
    const { agency, layout } = found;
    const tables = layoutIndex(index, layout);
    const reading = newReading(index, agency, layout, file, modified, book.date1904);
    const { rows } = reading;
    let foundTasks = false;
    let foundCriteria = false;
    for (const sheet of book.sheets) {
      if (metaLike.has(sheet)) continue;
      const table = tableOn(topRows(sheet, headerTextsOf(tables.headers)), tables);
      if (!table) {
        // The agency's own sheet: its values are listed, by the general reader.
        if (sheet.name !== layout.sheets.guide) return null;
        continue;
      }
      if (table.kind === 'task') foundTasks = true;
      else foundCriteria = true;
      if (!quickTable(reading, sheet, table)) return null;
    }
    // A table or a row missing is said by the general reader.
    if ((!foundTasks && rows.tasks.size > 0) || (!foundCriteria && rows.criteria.size > 0)) return null;
    if (reading.seen.task.includes(false) || reading.seen.criterion.includes(false)) return null;
    const rejected = reading.rejected.done();
    // As returnReader says them: a formula saved without its value, unless it is the template's own sum.
    for (const { sheet, cell } of book.uncached) if (!reading.templateFormulas.has(`${sheet}!${cell}`)) rejected.push({ file, sheet, cell: `${sheet}!${cell}`, reason: 'formula-without-value' });
    return { file, modified, refused: null, agency: agency.recipient.key, values: reading.values, rejected };
  };
}

/** The texts the header search matches, kept by the layout's headers. */
const HEADER_TEXTS = new WeakMap<object, ReturnType<typeof headerTexts>>();
function headerTextsOf(headers: Parameters<typeof headerTexts>[0]): ReturnType<typeof headerTexts> {
  let known = HEADER_TEXTS.get(headers);
  if (!known) {
    known = headerTexts(headers);
    HEADER_TEXTS.set(headers, known);
  }
  return known;
}

/** Each row of a sheet as the range of its cells [start, end). */
function eachRow(sheet: QuickSheet, f: (row: number, start: number, end: number) => boolean | undefined): boolean {
  for (let s = 0; s < sheet.count; ) {
    const row = sheet.row(s);
    let e = s + 1;
    while (e < sheet.count && sheet.row(e) === row) e++;
    if (f(row, s, e) === false) return false;
    s = e;
  }
  return true;
}

/** Whether a row's column A says 'format', as `_meta`'s first row does (isFormatRow). */
function isFormatCell(sheet: QuickSheet, i: number): boolean {
  return sheet.col(i) === 1 && sheet.isString(i) && sheet.textIs(i, 'format');
}

function hasFormatRow(sheet: QuickSheet): boolean {
  for (let i = 0; i < sheet.count; i++) if (isFormatCell(sheet, i)) return true;
  return false;
}

/** The key/value rows of the `_meta` sheet, as returnMeta reads them. */
function quickMeta(book: QuickBook, metaLike: ReadonlySet<QuickSheet>): Map<string, string> | null {
  const textAt = (sheet: QuickSheet, start: number, end: number, col: number) => {
    for (let i = start; i < end; i++) if (sheet.col(i) === col) return sheet.text(i);
    return '';
  };
  const sheet = book.sheets.find((s) => metaLike.has(s) && !eachRow(s, (_r, a, b) => !(isFormatCell(s, a) && textAt(s, a, b, 2) === AGENCY_FORMAT)));
  if (!sheet) return null;
  const meta = new Map<string, string>();
  eachRow(sheet, (_r, a, b) => {
    meta.set(textAt(sheet, a, b, 1), textAt(sheet, a, b, 2));
    return true;
  });
  return meta;
}

/**
 * The first 20 rows as a ReadSheet: all the header search looks at. A cell whose text surely
 * matches no header (a task's title) is left out, undecoded: the search passes over such a cell.
 */
function topRows(sheet: QuickSheet, { texts, infix }: { texts: ReadonlySet<string>; infix: string }): ReadSheet {
  const rows: ReadRow[] = [];
  eachRow(sheet, (row, a, b) => {
    if (row > 20) return false;
    const cells: PlacedCell[] = [];
    for (let i = a; i < b; i++) if (sheet.mayBe(i, texts, infix)) cells.push(sheet.cell(i));
    rows.push({ row, cells });
    return true;
  });
  return { name: sheet.name, state: sheet.state, rows, hiddenRows: [] };
}

/**
 * readTable's reading of a table, for a table as the template made it: false (give the return
 * up) at the first cell or row readTable would refuse for anything but an input it cannot read.
 */
function quickTable(reading: Reading, sheet: QuickSheet, table: FoundTable): boolean {
  const { index, layout, rows } = reading;
  const { blockTitles, indexByName } = layoutIndex(index, layout);
  const { kind, col } = table;
  for (const c of table.columns) if (col[c.key] === undefined) return false;
  const place = cellNamer(sheet.name);
  const tableCols = [...new Set(Object.values(col).filter((j): j is number => j !== undefined))];
  const inTable: boolean[] = [];
  for (const j of tableCols) inTable[j] = true;
  // The cell of the row at hand in each table column (0-based), or -1.
  const at: number[] = [];
  const textAt = (j: number | undefined) => (j === undefined || (at[j] ?? -1) < 0 ? '' : sheet.text(at[j]!));
  const expected = kind === 'task' ? rows.tasks : rows.criteria;
  const seen = reading.seen[kind];
  const inputs: Field[] = table.inputs.filter((f) => col[f] !== undefined);
  const typed: string[] = new Array(inputs.length);
  const scoresAreSums = kind === 'criterion' && layout.leavesOnly === true;
  return eachRow(sheet, (row, a, b) => {
    const r = row - 1;
    if (r < table.row) {
      // Above the header: the titles and the legend, each the first cell of its row.
      let first = -1;
      for (let i = a; i < b && first < 0; i++) if (sheet.text(i) !== '') first = i;
      const title = r < 2 || (r === 2 && first >= 0 && sheet.text(first).startsWith(LEGEND_WORDS.lead)) ? first : -1;
      for (let i = a; i < b; i++) if (i !== title && sheet.text(i) !== '') return false;
      return true;
    }
    if (r === table.row) {
      for (let i = a; i < b; i++) if (inTable[sheet.col(i) - 1] !== true && sheet.text(i) !== '') return false;
      return true;
    }
    for (let k = 0; k < tableCols.length; k++) at[tableCols[k]!] = -1;
    for (let i = a; i < b; i++) {
      const c = sheet.col(i) - 1;
      if (inTable[c] === true) at[c] = i;
      else if (sheet.text(i) !== '') return false;
    }
    const id = rowId(table, indexByName, textAt);
    let anyInput = false;
    for (let i = 0; i < inputs.length; i++) {
      typed[i] = textAt(col[inputs[i]!]);
      if (typed[i] !== '') anyInput = true;
    }
    if (!id) {
      // Only the template's block labels are rows without an id.
      const words = tableCols.filter((j) => textAt(j) !== '');
      return words.length === 0 || (kind === 'task' && words.length === 1 && words[0] === col.title && blockTitles.has(textAt(words[0])));
    }
    const slot = expected.get(id);
    if (slot === undefined || seen[slot]) {
      if (anyInput) return false;
      if (col.id === undefined) for (const key of ['number', 'index', 'code']) if (col[key] !== undefined && textAt(col[key]) !== '') return false;
      return true;
    }
    seen[slot] = true;
    const locked = lockedTexts(index, rows, layout, kind, id);
    for (let k = 0; k < locked.length; k++) {
      const j = col[locked[k]!.key];
      if (j !== undefined && !((at[j] ?? -1) >= 0 ? sheet.textIs(at[j]!, locked[k]!.want) : locked[k]!.want === '')) return false;
    }
    const sumOfLeaves = scoresAreSums && index.parents.has(id);
    if (sumOfLeaves && col.selfAssessment !== undefined) reading.templateFormulas.add(place(r, col.selfAssessment));
    if (anyInput) readRowInputs(reading, sheet.name, kind, r, id, inputs, typed, col, (j) => ((at[j] ?? -1) >= 0 ? sheet.cell(at[j]!) : null), place, sumOfLeaves);
    return true;
  });
}
