import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAgain, loadFile, loadSource, loadWorkbook, type LoadedPlan } from '../../src/app/load';
import { choiceKey, choicesPending, overridesFrom, rolesOffered, tableFigures, tablesLost, type ColumnChoices } from '../../src/import/column-choices';
import type { ColumnRole } from '../../src/import';
import { pastedSource } from '../../src/import/paste';
import { seedText } from '../support/seed-docx';
import { buildWorkbook } from '../../src/plan-workbook/write';
import { workbookWords, stringsFor } from '../../src/strings';
import { HEADER_ROW } from '../../src/workbook-kit/table';
import { cellOf, denseCells, rowAt } from '../../src/workbook-kit/read-model';
import { specToRead } from '../support/spec-to-read';

/**
 * The pane's preview lets a user give a column another role (issue #10, "Never silent"): which
 * roles each table offers, how the choices become importPlan's overrides, and that the plan read
 * again carries them. Thanh Hóa's PAPI appendix (corpus 10, pasted from Excel) has results of 2023
 * and 2024 side by side under one 'Kết quả' header; chiso takes 2024, the latest before 2025.
 */

const tsv = readFileSync(join(__dirname, '../corpus/10-thanhhoa-papi-2025/source.tsv'), 'utf8');

function read(columns: Parameters<typeof overridesFrom>[1] = new Map()): LoadedPlan {
  const first = loadSource(pastedSource(tsv));
  if (!first.ok) throw new Error(JSON.stringify(first.problem));
  if (columns.size === 0) return first;
  const again = loadAgain(first, overridesFrom(first.tables!, columns));
  if (!again?.ok) throw new Error('not read again');
  return again;
}

const choose = (...pairs: [string, number, ColumnRole | null][]): ColumnChoices => new Map(pairs.map(([t, col, role]) => [choiceKey(t, col), role]));
const criterion = (l: LoadedPlan, code: string) => l.plan.criteria.find((c) => c.code === code)!;

describe('which roles a column may be given', () => {
  it('offers each kind of table only the roles it reads, and an unread block none', () => {
    expect(rolesOffered('criteria')).toEqual(expect.arrayContaining(['code', 'name', 'max', 'result', 'target', 'lead']));
    expect(rolesOffered('criteria')).not.toContain('deadline');
    expect(rolesOffered('criteria')).not.toContain('support');
    expect(rolesOffered('tasks')).toEqual(expect.arrayContaining(['code', 'task', 'deadline', 'lead', 'support', 'output']));
    expect(rolesOffered('tasks')).not.toContain('result');
    expect(rolesOffered('unread')).toEqual([]);
  });
});

describe('choices become overrides', () => {
  const first = read();
  const tables = first.tables!;

  it('reads the table as the document heads it: 2024 taken, 2023 left as another year', () => {
    const cols = tables[0]!.columns;
    expect(tables[0]!.label).toBe('PL2');
    expect(cols[2]).toMatchObject({ col: 3, header: 'Kết quả / Năm 2023', role: null, claimed: 'result', status: 'other-year' });
    expect(cols[3]).toMatchObject({ col: 4, header: 'Kết quả / Năm 2024', role: 'result', year: 2024 });
  });

  it('sends nothing when nothing is chosen, or when a choice is how the column is read already', () => {
    expect(overridesFrom(tables, new Map())).toEqual([]);
    expect(overridesFrom(tables, choose(['PL2', 4, 'result'], ['PL2', 5, null]))).toEqual([]);
    expect(choicesPending(tables, choose(['PL2', 4, 'result']))).toBe(false);
  });

  it('sends the other year as the result, by the table label and the 0-based column', () => {
    const choices = choose(['PL2', 3, 'result']);
    expect(choicesPending(tables, choices)).toBe(true);
    expect(overridesFrom(tables, choices)).toEqual([{ table: 'PL2', col: 2, role: 'result' }]);
  });

  it('does not send a role the table does not read (a deadline beside criteria), nor choices for tables that are not there', () => {
    expect(overridesFrom(tables, choose(['PL2', 8, 'deadline'], ['PL9', 3, 'result']))).toEqual([]);
  });
});

describe('the plan read again with the choices', () => {
  it('takes the 2023 results everywhere: the criteria, the plan year, the figures shown and the sheets written', () => {
    const before = read();
    const after = read(choose(['PL2', 3, 'result']));
    // Figures from the document's 2023 and 2024 columns.
    expect(criterion(before, 'total').result).toBe(44.8708);
    expect(criterion(after, 'total').result).toBe(44.2042);
    expect(criterion(after, '1').result).toBe(5.7695);
    expect(criterion(after, '7.3').result).toBe(0.7735);
    // 'Tăng 0,1 điểm' is read on top of the result taken.
    expect(criterion(after, '8.1').target).toBeCloseTo(0.3785 + 0.1, 6);
    expect(after.plan.meta.resultYear).toBe(2023);
    const table = after.tables![0]!;
    expect(table.resultYear).toBe(2023);
    expect(table.columns[2]).toMatchObject({ role: 'result', overridden: true, status: 'mapped' });
    expect(table.columns[3]).toMatchObject({ role: null, status: 'other-year', overridden: false });
    expect(tableFigures(before.plan, before.tables![0]!)).toEqual({ criteria: 15, withResult: 15, totalResult: 44.8708, totalTarget: null });
    expect(tableFigures(after.plan, table)).toEqual({ criteria: 15, withResult: 15, totalResult: 44.2042, totalTarget: null });

    const spec = buildWorkbook(after.plan, after.findings, workbookWords(stringsFor('vi')));
    const sheet = specToRead(spec).sheets.find((s) => s.name.endsWith('PAPI'))!;
    const header = denseCells(rowAt(sheet, HEADER_ROW)).map((c) => String(c?.value ?? ''));
    const resultCol = header.findIndex((h) => h.startsWith('Kết quả'));
    expect(header[resultCol]).toBe('Kết quả năm 2023');
    const totalRow = sheet.rows.find((r) => cellOf(r, 1)?.value === 'PAPI:total')!;
    expect(cellOf(totalRow, resultCol + 1)?.value).toBe(44.2042);
  });

  it('keeps earlier choices when more are made, and reads as at first with none', () => {
    const once = read(choose(['PL2', 3, 'result']));
    const more = overridesFrom(once.tables!, choose(['PL2', 7, null]));
    expect(more).toEqual(expect.arrayContaining([{ table: 'PL2', col: 2, role: 'result' }, { table: 'PL2', col: 6, role: null }]));
    const twice = loadAgain(once, more);
    if (!twice?.ok) throw new Error('not read again');
    expect(criterion(twice, 'total').result).toBe(44.2042);
    expect(twice.plan.criteria.every((c) => c.lead.length === 0)).toBe(true);
    expect(twice.tables![0]!.columns[6]).toMatchObject({ role: null, overridden: true });

    const reset = loadAgain(twice, []);
    if (!reset?.ok) throw new Error('not read again');
    expect(criterion(reset, 'total').result).toBe(44.8708);
    expect(reset.tables![0]!.columns.some((c) => c.overridden)).toBe(false);
  });

  it('says which tables a choice would lose: a criteria table without its name column is no table', () => {
    // The only table of this plan: nothing is left to import at all.
    const first = read();
    expect(loadAgain(first, overridesFrom(first.tables!, choose(['PL2', 2, null])))).toEqual({ ok: false, problem: { kind: 'no-table' } });
    // One table of four: the others still read, and the one lost is named.
    const seed = loadSource({ kind: 'text', text: seedText });
    if (!seed.ok) throw new Error('seed not read');
    const par = seed.tables!.find((t) => t.index === 'PAR')!;
    const name = par.columns.find((c) => c.role === 'name')!;
    const again = loadAgain(seed, overridesFrom(seed.tables!, choose([par.label, name.col, null])));
    if (!again?.ok) throw new Error('not read again');
    expect(tablesLost(seed.tables!, again.tables!)).toEqual([par.label]);
    expect(tablesLost(seed.tables!, seed.tables!)).toEqual([]);
  });

  it('cannot read again a plan that came from workbook sheets (there is no source to read)', () => {
    const first = read();
    const spec = buildWorkbook(first.plan, first.findings, workbookWords(stringsFor('vi')));
    const fromSheets = loadWorkbook(specToRead(spec));
    if (!fromSheets.ok) throw new Error('not read');
    expect(fromSheets.tables).toBeUndefined();
    expect(loadAgain(fromSheets, [])).toBeNull();
  });
});

describe('reading the same source again', () => {
  const corpus = join(__dirname, '../corpus');
  // One document per reader: HTML, .docx, PDF (with page notes), cells pasted from Excel, a legacy-encoded text.
  const docs = ['01-laichau-papi-2025', '03-quangninh-sipas-2024', '09-haiphong-papi-2024', '10-thanhhoa-papi-2025', '11-sonla-papi-cp1258-2024'];

  // The source is kept and read again: a reader that changed it in place would give another plan the second time.
  it.each(docs)('%s: read again without choices, the same plan, findings, tables and reader notes', async (doc) => {
    const file = readdirSync(join(corpus, doc)).find((f) => f.startsWith('source.'))!;
    const first = await loadFile(file, new Uint8Array(readFileSync(join(corpus, doc, file))));
    if (!first.ok) throw new Error(`${doc} not read`);
    const again = loadAgain(first, []);
    if (!again?.ok) throw new Error(`${doc} not read again`);
    expect(again.plan).toEqual(first.plan);
    expect(again.findings).toEqual(first.findings);
    expect(again.tables).toEqual(first.tables);
    expect(again.notes).toEqual(first.notes);
    if (doc.startsWith('09')) expect(first.notes?.length).toBeGreaterThan(0);
  });
});
