import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadFile, type LoadedPlan } from '../../src/app/load';
import { importPlan, tableFigures } from '../../src/import';
import { textToGrid } from '../../src/import/text-source';
import { GRID_CELL_BUDGET, workbookToGrid } from '../../src/import/workbook-source';
import type { Plan } from '../../src/plan/schema';
import { vi } from '../../src/strings/vi';
import { denseCells, type ReadSheet, type ReadWorkbook } from '../../src/workbook-kit/read-model';
import { readWorkbook } from '../../src/xlsx/read';

/**
 * A province keeps its appendices in its own Excel workbook, not in chiso's template: its sheets
 * are read as tables, as the same tables saved as a web page are. The documents under
 * tests/fixtures/plans/ come from an outsider's trial, with keys written by hand before chiso ran
 * (their README); the seed's tables written into a workbook must give the seed's plan.
 */

const fixtures = join(__dirname, '../fixtures/plans');
const load = async (file: string): Promise<LoadedPlan> => {
  const l = await loadFile(file, new Uint8Array(readFileSync(join(fixtures, file))));
  if (!l.ok) throw new Error(`${file}: ${JSON.stringify(l.problem)}`);
  return l;
};
const figures = (plan: Plan) => plan.criteria.map((c) => [c.code, c.max, c.result, c.target]);
const alarms = (l: LoadedPlan) => l.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.id ?? ''} ${f.field ?? ''}`.trim());

describe('a province’s appendix kept in Excel (An Giang, by hand)', () => {
  const key = [
    ['total', 100, 86.35, 89.6],
    ['1', 9, 8.75, 9],
    ['1.1', 3, 3, 3],
    ['1.2', 3, 2.75, 3],
    ['1.3', 3, 3, 3],
    ['2', 7, 6.5, 6.75],
    ['2.1', 4, 3.5, 3.75],
    ['2.1.1', 2, 1.75, 2],
    ['2.1.2', 2, 1.75, 1.5],
    ['2.2', 3, 3, 3],
    ['3', 13, 11.6, 12.2],
    ['4', 8, 7.5, 7.75],
    ['5', 14, 12.4, 13],
    ['6', 10, 8.9, 9.2],
    ['7', 13, 10.2, 11],
    ['8', 26, 20.5, 21.7],
  ];

  it.each(['angiang-appendix.xlsx', 'angiang-appendix.html', 'angiang-appendix.tsv'])('reads every criterion of %s, the numbers written at the head of the names, and finds the three planted errors and nothing else', async (file) => {
    const l = await load(file);
    expect(figures(l.plan)).toEqual(key);
    expect(l.plan.criteria.find((c) => c.code === '1.1')?.name).toBe('Kế hoạch CCHC năm');
    expect(l.plan.criteria.find((c) => c.code === '7')?.lead).toEqual(['Sở Khoa học và Công nghệ']);
    expect(alarms(l).sort()).toEqual(['sum.children PAR:2.1 target', 'sum.children PAR:total target', 'target.below-result PAR:2.1.2 target'].sort());
  });

  it.each([
    ['angiang-appendix.xls', 'old-format'],
    ['angiang-appendix.ods', 'opendocument'],
  ])('names %s for what it is, a spreadsheet to save as .xlsx, not as a file that is no text', async (file, kind) => {
    const l = await loadFile(file, new Uint8Array(readFileSync(join(fixtures, file))));
    expect(l.ok ? null : l.problem).toEqual({ kind });
  });

  it('takes the plan’s number and issuer from the caption when the appendix has no heading of its own', async () => {
    const l = await load('angiang-appendix.xlsx');
    expect(l.plan.meta).toMatchObject({ number: '120/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh An Giang', date: '2025-03-18', resultYear: 2024, targetYear: 2025 });
    expect(l.findings.map((f) => f.rule)).not.toContain('meta.number-missing');
  });
});

describe('a column merged down the whole table (Hải Phòng, by hand)', () => {
  it('reads the names from the column each row writes, not from the merged cell, and finds the planted errors and nothing else', async () => {
    const l = await load('haiphong-merged-column.docx');
    const par = l.plan.criteria.filter((c) => c.index === 'PAR');
    expect(par).toHaveLength(36);
    expect(par.filter((c) => c.name.startsWith('Chỉ số cải cách hành chính'))).toEqual([]);
    expect(par.find((c) => c.code === '1.1')?.name).toBe('Kế hoạch cải cách hành chính năm');
    expect(figures({ ...l.plan, criteria: par.filter((c) => /^(\d|total)$/.test(c.code)) })).toEqual([
      ['1', 9, 8.25, 8.75],
      ['2', 7, 6.25, 6.75],
      ['3', 13, 10.85, 12],
      ['4', 8, 7, 7.75],
      ['5', 14, 11.5, 12.75],
      ['6', 10, 8.5, 9.5],
      ['7', 13, 10.15, 11],
      ['8', 26, 20.91, 22.4],
      ['total', 100, 83.41, 90.9],
    ]);
    expect(alarms(l).sort()).toEqual(['bounds.target-above-max PAR:6.3 target', 'sum.children PAR:3 result', 'sum.children PAR:7 target']);
  });
});

describe('an STT column numbered by Word’s automatic list (Vĩnh Long, key by hand)', () => {
  interface Key {
    criteria: { index: string; code: string; parent: string | null; max: number; result: number; target: number }[];
    tasks: { number: string }[];
  }
  const key = JSON.parse(readFileSync(join(fixtures, 'vinhlong-word-numbering.key.json'), 'utf8')) as Key;

  it('reads the numbers Word shows ("1." … "10.", "I." … "VIII."), which are in numbering.xml and not in the text, and finds the planted error and nothing else', async () => {
    const l = await load('vinhlong-word-numbering.docx');
    expect(l.plan.tasks.map((t) => t.number)).toEqual(key.tasks.map((t) => t.number));
    expect(l.plan.tasks.map((t) => t.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const par = l.plan.criteria.filter((c) => c.index === 'PAR');
    expect(par.filter((c) => c.parent === 'total').map((c) => c.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(par.find((c) => c.code === 'total')).toMatchObject({ name: 'TỔNG ĐIỂM', max: 100, result: 90.95, target: 95.4 });
    // The total is printed last, the key lists it first: compared by code.
    const byCode = (rows: unknown[][]) => [...rows].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(byCode(figures({ ...l.plan, criteria: par }))).toEqual(byCode(key.criteria.map((c) => [c.code, c.max, c.result, c.target])));
    expect(Object.fromEntries(par.map((c) => [c.code, c.parent ?? null]))).toEqual(Object.fromEntries(key.criteria.map((c) => [c.code, c.parent])));
    expect(alarms(l).filter((a) => a.startsWith('sum.children'))).toEqual([]);
    expect(alarms(l)).toEqual(['bounds.target-above-max PAR:8.6 target']);
  });
});

/** A sheet as an adapter reads it: only the cells present. */
function sheet(name: string, cells: Record<string, string | number>, more: Partial<ReadSheet> = {}, formats: Record<string, string> = {}): ReadSheet {
  const rows = new Map<number, ReadSheet['rows'][number]>();
  for (const [ref, value] of Object.entries(cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(m[2]);
    if (!rows.has(row)) rows.set(row, { row, cells: [] });
    rows.get(row)!.cells.push({ col, value, formula: null, numFmt: formats[ref] ?? null });
  }
  const sorted = [...rows.values()].sort((a, b) => a.row - b.row);
  for (const r of sorted) r.cells.sort((a, b) => a.col - b.col);
  return { name, state: 'visible', rows: sorted, hiddenRows: [], ...more };
}

describe('a workbook’s sheets as the importer’s grid', () => {
  it('carries a merged cell down the rows it covers, as a web page’s rowspan, and leaves a merge across a row in its first cell', () => {
    const book: ReadWorkbook = { sheets: [sheet('PL3', { A1: 'PHỤ LỤC III', A2: 'Khía cạnh 1', B2: '1.1', B3: '1.2' }, { merges: ['A1:C1', 'A2:A3'] })] };
    const rows = workbookToGrid(book).grid.blocks[0]!.rows;
    expect(rows.map((r) => r.cells.map((c) => (c.spanned ? `(${c.text})` : c.text)))).toEqual([
      ['PHỤ LỤC III', '', ''],
      ['Khía cạnh 1', '1.1', ''],
      ['(Khía cạnh 1)', '1.2', ''],
    ]);
  });

  it('gives each value as a reader sees it: a percentage times a hundred, a date day first, one agency per line', () => {
    const book: ReadWorkbook = { sheets: [sheet('S', { A1: 0.8345, B1: 12.5, C1: '2025-09-15', D1: 'Sở Nội vụ\nSở Tư pháp' }, {}, { A1: '0.00%' })] };
    const [a, b, c, d] = workbookToGrid(book).grid.blocks[0]!.rows[0]!.cells;
    expect([a!.text, b!.text, c!.text, d!.text]).toEqual(['83,45%', '12,5', '15/09/2025', 'Sở Nội vụ Sở Tư pháp']);
    expect(d!.lines).toEqual(['Sở Nội vụ', 'Sở Tư pháp']);
  });

  it('says which sheets it did not read because they are hidden, and which cells lie past any table’s width', () => {
    const book: ReadWorkbook = { sheets: [sheet('PL2', { A1: 'x', ZZ9: 'stray' }), { ...sheet('DanhMuc', { A1: 'Sở Nội vụ' }), state: 'hidden' }] };
    const { grid, notes } = workbookToGrid(book);
    expect(grid.blocks.map((b) => b.caption)).toEqual([['PL2']]);
    expect(notes).toEqual([
      { kind: 'sheets-hidden', sheets: ['DanhMuc'] },
      { kind: 'cells-beyond-table', sheet: 'PL2', cell: 'ZZ9', count: 1 },
    ]);
  });

  // Its time is measured by the bench's bad files (`chiso import` of each), not here.
  it('lays out a merge over a million rows only up to its budget, and says where it cut the sheet', () => {
    const book: ReadWorkbook = { sheets: [sheet('S', { A1: 'x', B4294967295: 'far' }, { merges: ['A1:Z1048576'] })] };
    const { grid, notes } = workbookToGrid(book);
    const laidOut = grid.blocks[0]!.rows.reduce((n, r) => n + r.cells.length, 0);
    expect(laidOut).toBeLessThanOrEqual(GRID_CELL_BUDGET);
    expect(notes).toContainEqual(expect.objectContaining({ kind: 'sheet-cut', sheet: 'S' }));
  });

  it('carries a merge down only to the last row that holds a cell: below it there is only the merge', () => {
    // A one-row table under a merge down to the sheet's last row: 26 × 1,048,576 carried cells,
    // 5 s and 570 MB for `chiso import`, before.
    const book: ReadWorkbook = { sheets: [sheet('S', { A1: 'STT', B2: 'x' }, { merges: ['A1:Z1048576'] })] };
    const { grid, notes } = workbookToGrid(book);
    expect(grid.blocks[0]!.rows.map((r) => [r.row, r.cells[0]!.text, r.cells[0]!.spanned === true])).toEqual([
      [1, 'STT', false],
      [2, 'STT', true],
    ]);
    expect(notes).toEqual([]);
  });
});

describe('the seed’s tables kept in a workbook of the province’s own', () => {
  /** Each appendix on a sheet of its own, its caption in the rows above the header, as people keep them. */
  async function seedAsWorkbook(): Promise<Uint8Array> {
    const { grid } = textToGrid(readFileSync(join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt'), 'utf8'));
    const wb = new ExcelJS.Workbook();
    grid.blocks.forEach((block, i) => {
      const ws = wb.addWorksheet(`PL${i + 1}`);
      // The first caption holds the plan's heading too.
      for (const line of block.caption) ws.addRow([line]);
      for (const row of block.rows) ws.addRow(row.cells.map((c) => c.text));
    });
    // A hidden sheet of lookups, as many keep: not the plan's.
    const lists = wb.addWorksheet('DanhMuc', { state: 'hidden' });
    lists.addRow(['STT', 'Nhiệm vụ', 'Cơ quan chủ trì']);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('gives the plan the published text gives, and says it left the hidden sheet', async () => {
    const fromText = importPlan({ kind: 'text', text: readFileSync(join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt'), 'utf8') });
    if (!fromText.ok) throw new Error('seed');
    const l = await loadFile('ke-hoach.xlsx', await seedAsWorkbook());
    if (!l.ok) throw new Error(JSON.stringify(l.problem));
    // Where a row was read differs (a line of text, a row of a sheet); nothing else may.
    const strip = (p: Plan) => ({ ...p, criteria: p.criteria.map(({ source: _s, ...c }) => c), tasks: p.tasks.map(({ source: _s, ...t }) => t), groups: p.groups.map(({ source: _s, ...g }) => g) });
    expect(strip(l.plan)).toEqual(strip(fromText.plan));
    expect(l.notes).toContainEqual({ kind: 'sheets-hidden', sheets: ['DanhMuc'] });
  });

  it('says a workbook with no appendix table has none, rather than that it is not chiso’s', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['Danh sách cán bộ', 'Chức vụ']);
    const l = await loadFile('danh-sach.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(l.ok ? null : l.problem).toEqual({ kind: 'no-table' });
  });
});

describe('groups labelled in a column merged down each group (held-out corpus 18, Quảng Ngãi PAPI)', () => {
  const file = join(__dirname, '../corpus/18-quangngai-sipas-papi-2025/source.xlsx');

  it('numbers the same criteria from the sheet’s cells pasted as a range, where the merges are lost', async () => {
    const fromFile = await loadFile('source.xlsx', new Uint8Array(readFileSync(file)));
    if (!fromFile.ok) throw new Error('corpus 18');
    const read = await readWorkbook(new Uint8Array(readFileSync(file)));
    if (!read.ok) throw new Error('corpus 18');
    const papi = read.workbook.sheets.find((sh) => sh.name === 'PAPI')!;
    // What a selection gives: values only, the label in the first row of its merge and empty below.
    const values: unknown[][] = [];
    for (const r of papi.rows) values[r.row - 1] = denseCells(r).map((c) => c?.value ?? null);
    const pasted = importPlan({ kind: 'range', values: Array.from(values, (r) => r ?? []) });
    if (!pasted.ok) throw new Error('range');
    const papiOf = (p: Plan) => figures({ ...p, criteria: p.criteria.filter((c) => c.index === 'PAPI') });
    expect(papiOf(pasted.plan)).toEqual(papiOf(fromFile.plan));
    expect(papiOf(pasted.plan)).toHaveLength(37);
  });
});

describe('workbooks from an outsider’s second trial (tests/fixtures/plans/README.md, keys by hand)', () => {
  it('Kon Tum: reads the issuer beside the national motto, a code Excel kept as a number (5.10 as 5.1) by the row before it, and the rows of a collapsed group', async () => {
    const l = await load('kontum-number-codes.xlsx');
    expect(l.plan.meta).toMatchObject({ number: '85/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh Kon Tum', date: '2025-04-18' });
    const at = (code: string) => figures({ ...l.plan, criteria: l.plan.criteria.filter((c) => c.code === code) })[0];
    expect(l.plan.criteria).toHaveLength(54);
    expect([at('5.1'), at('5.10')]).toEqual([
      ['5.1', 1, 1, 1],
      ['5.10', 1, 0.5, 0.75],
    ]);
    expect(['2.4.1', '2.4.2', '2.4.3', '2.4.4'].map((c) => at(c)?.[0])).toEqual(['2.4.1', '2.4.2', '2.4.3', '2.4.4']);
    expect(l.findings.find((f) => f.rule === 'numbering.number-cell')).toMatchObject({ id: 'PAR:5.10', stated: '5,1', computed: '5.10', details: { previous: '5.9' } });
    // A number cell shown as '1,1' is how Excel shows 1.1: not a code written oddly.
    expect(l.findings.filter((f) => f.rule === 'numbering.code-repaired')).toEqual([]);
    expect(alarms(l).sort()).toEqual(['bounds.target-above-max PAR:7.3 target', 'sum.children PAR:6 result', 'sum.children PAR:7 target', 'target.below-result PAR:4.1 target']);
  });

  it('Kon Tum, written out and checked again: each finding is placed at its row in the workbook in hand, not in the plan it came from', async () => {
    const l = await load('kontum-number-codes.xlsx');
    const { buildWorkbook } = await import('../../src/plan-workbook/write');
    const { workbookWords } = await import('../../src/strings');
    const { vi } = await import('../../src/strings/vi');
    const { writeWorkbook } = await import('../../src/xlsx/write');
    const bytes = await writeWorkbook(buildWorkbook(l.plan, l.findings, workbookWords(vi)));
    const again = await loadFile('ke-hoach.xlsx', bytes);
    if (!again.ok) throw new Error('written workbook');
    const read = await readWorkbook(bytes);
    if (!read.ok) throw new Error('read');
    const sheet = read.workbook.sheets.find((s) => s.name === 'PL2 PAR INDEX')!;
    const rowOf73 = sheet.rows.find((r) => r.cells[0]?.value === 'PAR:7.3')!.row;
    expect(again.findings.find((f) => f.rule === 'bounds.target-above-max')?.location).toMatchObject({ table: 'PL2 PAR INDEX', row: rowOf73 });
    expect(rowOf73).not.toBe(58);
    // A finding the workbook's reader placed itself (an id written twice) stays at the row it names.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('PL2 PAR INDEX')!;
    ws.getCell(`A${rowOf73 + 1}`).value = 'PAR:7.3';
    const twice = await loadFile('ke-hoach.xlsx', new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    if (!twice.ok) throw new Error('edited workbook');
    expect(twice.findings.find((f) => f.rule === 'sheet.duplicate-id')?.location).toMatchObject({ table: 'PL2 PAR INDEX', row: rowOf73 + 1 });
  });

  it('Khánh Hòa (tasks only): leaves the hidden rows of last year’s tasks out and says so, reads the days as provinces write them in the caption’s year, and asks no group for criteria', async () => {
    const l = await load('khanhhoa-tasks-hidden-rows.xlsx');
    expect(l.plan.tasks.map((t) => t.id)).toEqual(['A.1', 'A.2', 'A.3', 'A.4', 'A.5', 'A.6', 'A.7', 'A.8', 'B.9', 'B.10', 'C.11', 'C.12', 'C.13', 'C.14'].map((n) => `TASK:${n}`));
    expect(l.notes).toContainEqual({ kind: 'rows-hidden', sheet: 'PL1 nhiem vu', rows: [10, 25], count: 2 });
    const when = (id: string) => l.plan.tasks.find((t) => t.id === id)!.deadline;
    expect([when('TASK:A.2'), when('TASK:A.6'), when('TASK:A.7')].map((d) => [d.text, d.from, d.to])).toEqual([
      ['Trước 30/9', null, '2025-09-30'],
      ['01/7 - 30/9/2025', '2025-07-01', '2025-09-30'],
      ['Từ 01/7/2025 đến 31/12/2025', '2025-07-01', '2025-12-31'],
    ]);
    // The two planted errors, and nothing else.
    expect(alarms(l).sort()).toEqual(['task.deadline-unparsed TASK:B.10 deadline', 'task.no-lead TASK:A.4 lead']);
  });

  it('Bình Phước: reads two tables set side by side on one sheet as two, each with its own columns, and finds the two planted errors and nothing else', async () => {
    const l = await load('binhphuoc-side-by-side.xlsx');
    const of = (index: string) => figures({ ...l.plan, criteria: l.plan.criteria.filter((c) => c.index === index) });
    expect(of('SIPAS')).toHaveLength(12);
    expect(of('PAPI')).toHaveLength(16);
    expect(of('PAPI').slice(0, 3)).toEqual([
      ['total', 80, 41.6294, 43.3],
      ['1', 10, 4.5305, 4.8],
      ['2', 10, 4.8436, 5.2],
    ]);
    // A count of questionnaires beside the SIPAS scores is no score; a '-' target is none.
    expect(of('SIPAS').find((c) => c[0] === '4')).toEqual(['4', 100, 84.4, null]);
    expect(alarms(l).sort()).toEqual(['sum.children PAPI:8 result', 'target.below-result SIPAS:6 target']);
  });

  it('Bình Định: reads each cell in the font it was typed in — .VnTime, VNI or Unicode side by side — so one agency is one, and says so', async () => {
    const l = await load('binhdinh-legacy-fonts.xlsx');
    expect(l.plan.meta).toMatchObject({ number: '97/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh Bình Định', date: '2025-05-20' });
    expect(l.plan.criteria).toHaveLength(37);
    expect(l.plan.criteria[0]).toMatchObject({ code: 'total', max: 80, result: 43.4681, target: 45.8 });
    const agencies = l.plan.agencies.map((a) => a.name);
    expect(agencies).toContain('Sở Nội vụ');
    expect(agencies).toContain('Sở Tư pháp');
    expect(agencies).toContain('Sở Văn hóa, Thể thao và Du lịch');
    expect(agencies.filter((a) => /[§©¸ö]|Së|Sôû/.test(a))).toEqual([]);
    expect(l.notes?.map((n) => n.kind)).toEqual(['legacy-converted', 'legacy-converted', 'legacy-mixed']);
    expect(alarms(l).sort()).toEqual(['bounds.target-above-max PAPI:6.4 target', 'target.below-result PAPI:7.3 target']);
  });

  it('Gia Lai (calculated): reads an area printed on the summary sheet and again on its own sheet as one criterion, and finds the two planted errors', async () => {
    const l = await load('gialai-area-sheets.xlsx');
    expect(l.plan.criteria.filter((c) => c.code.includes('~'))).toEqual([]);
    expect(l.plan.criteria).toHaveLength(31);
    expect(l.findings.filter((f) => f.rule === 'import.row-repeated').map((f) => f.id)).toEqual(['PAR:2', 'PAR:5', 'PAR:7']);
    // The summary and its areas' sheets make one appendix, said once as information (the rows printed
    // twice agree, and are merged); the warnings are only what was planted.
    expect(l.findings.filter((f) => f.rule === 'import.table-repeated').map((f) => f.severity)).toEqual(['info']);
    expect(alarms(l).sort()).toEqual(['bounds.target-above-max PAR:5.5 target', 'sum.children PAR:7 result']);
    // Each table's card in the pane counts its own rows, not the whole appendix's.
    const counts = (l.tables ?? []).filter((t) => t.kind === 'criteria').map((t) => tableFigures(l.plan, t)!.criteria);
    expect(counts.length).toBeGreaterThan(1);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(31);
  });

  it('Quảng Trị (saved by LibreOffice): names a #REF! left where a number should be as a broken formula, not as a word to rewrite', async () => {
    const l = await load('quangtri-ref-error.xlsx');
    const broken = l.findings.filter((f) => f.rule === 'import.number-unreadable' && f.stated === '#REF!');
    expect(broken.map((f) => f.id)).toEqual(['PAR:3', 'PAR:total']);
    expect(vi.finding(broken[0]!)).toMatch(/lỗi công thức “#REF!”.*Sửa công thức/);
  });

  it('Gia Lai: says first that formulas were saved without their results, before the blanks they leave', async () => {
    const l = await load('gialai-uncalculated.xlsx');
    const rules = l.findings.map((f) => f.rule);
    expect(rules[0]).toBe('workbook.formula-without-value');
    expect(rules.filter((r) => r === 'workbook.formula-without-value').length).toBeGreaterThan(5);
  });
});


describe('outsider trial 5 (keys by hand)', () => {
  interface Key {
    criteria: { index: string; code: string; max: number | null; result: number | null; target: number | null }[];
    tasks: { number: string }[];
  }
  const keyOf = (name: string) => JSON.parse(readFileSync(join(fixtures, `${name}.key.json`), 'utf8')) as Key;
  const byId = (rows: unknown[][]) => [...rows].sort((a, b) => String(a[0]).localeCompare(String(b[0])));

  it('reads a portal page whose article sits in a layout table, takes the points and not the share of the same year, and finds the planted two (Ninh Bình)', async () => {
    const key = keyOf('ninhbinh-portal-layout');
    const l = await load('ninhbinh-portal-layout.html');
    expect(l.plan.meta.number).toBe('118/KH-UBND');
    expect(l.plan.tasks.map((t) => t.number)).toEqual(key.tasks.map((t) => t.number));
    const got = l.plan.criteria.map((c) => [`${c.index}:${c.code}`, c.max, c.result, c.target]);
    expect(byId(got)).toEqual(byId(key.criteria.map((c) => [`${c.index}:${c.code}`, c.max, c.result, c.target])));
    expect(alarms(l).sort()).toEqual(['bounds.target-above-max PAR:5.6 target', 'sum.children PAR:4.3 result']);
  });

  it('reads a task table’s “Kết quả” as the product, and a target in words against the groups’ mean as information (Lạng Sơn, Google Docs)', async () => {
    const key = keyOf('langson-gdocs');
    const l = await load('langson-gdocs.html');
    expect(l.plan.tasks.map((t) => t.number)).toEqual(key.tasks.map((t) => t.number));
    expect(l.plan.tasks[0]!.output).toBe('Hội nghị đối thoại');
    expect(l.plan.tasks.every((t) => t.output !== '')).toBe(true);
    expect(alarms(l)).toEqual(['target.below-result PAPI:6 target']);
  });
});

describe('a plan printed to PDF with cells wrapping onto several lines (Đắk Lắk, outsider trial 5, key by hand)', () => {
  interface Key {
    criteria: { index: string; code: string; max: number | null; result: number | null; target: number | null; lead: string[] }[];
    tasks: { number: string; lead: string[] }[];
  }
  const key = JSON.parse(readFileSync(join(fixtures, 'daklak-printed.key.json'), 'utf8')) as Key;
  const byId = (rows: unknown[][]) => [...rows].sort((a, b) => String(a[0]).localeCompare(String(b[0])));

  it('reads the SIPAS total named by the index’s title, keeps a wrapped “Văn phòng / UBND tỉnh” one agency, and matches the key', async () => {
    const l = await load('daklak-printed.pdf');
    expect(l.plan.criteria.find((c) => c.id === 'SIPAS:total')).toMatchObject({ result: 84.12, target: 86.08 });
    const rows = (cs: { index: string; code: string; max: number | null; result: number | null; target: number | null; lead: string[] }[]) =>
      byId(cs.map((c) => [`${c.index}:${c.code}`, c.max, c.result, c.target, [...c.lead].sort().join('; ')]));
    expect(rows(l.plan.criteria)).toEqual(rows(key.criteria));
    expect(l.plan.tasks.map((t) => [t.number, [...t.lead].sort().join('; ')])).toEqual(key.tasks.map((t) => [t.number, [...t.lead].sort().join('; ')]));
    expect(l.plan.agencies.map((a) => a.name)).not.toContain('Văn phòng');
    expect(alarms(l)).toEqual(['sum.children PAR:7.3 result']);
  });
});

describe('criteria named “Công …” (public) are not “Cộng …” (sum) rows (Bình Thuận, outsider trial 7, keys by hand)', () => {
  interface Key {
    criteria: { index: string; code: string; max: number | null; result: number | null; target: number | null }[];
  }
  const byId = (rows: unknown[][]) => [...rows].sort((a, b) => String(a[0]).localeCompare(String(b[0])));

  it.each(['binhthuan-cong-names', 'binhthuan-cong-names-total-last'])('%s: every criterion as the key has it, both planted errors and nothing else', async (name) => {
    const key = JSON.parse(readFileSync(join(fixtures, `${name}.key.json`), 'utf8')) as Key;
    const l = await load(`${name}.docx`);
    const got = l.plan.criteria.map((c) => [`${c.index}:${c.code}`, c.max, c.result, c.target]);
    expect(byId(got)).toEqual(byId(key.criteria.map((c) => [`${c.index}:${c.code}`, c.max, c.result, c.target])));
    expect(l.plan.criteria.find((c) => c.id === 'PAPI:2.2')?.name).toBe('Công khai danh sách hộ nghèo');
    expect(alarms(l).sort()).toEqual(['sum.children PAPI:2 result', 'target.below-result PAPI:5.2 target']);
  });
});

describe('tasks split into a), b) rows and a task merged over two rows (Tiền Giang, outsider trial 7, key by hand)', () => {
  interface Key {
    tasks: { number: string; title: string; lead: string[] }[];
  }
  const key = JSON.parse(readFileSync(join(fixtures, 'tiengiang-task-subrows.key.json'), 'utf8')) as Key;

  it('reads a) and b) under their heading as two tasks, the merged task as one number for two agencies, and blames the plan for nothing', async () => {
    const l = await load('tiengiang-task-subrows.xlsx');
    expect(l.plan.tasks.map((t) => [t.title, t.lead.join('; ')])).toEqual(key.tasks.map((t) => [t.title, t.lead.join('; ')]));
    expect(l.plan.tasks.map((t) => t.number)).toEqual(['1', 'a', 'b', '3', '4', '5', '5', '6', '7', '8']);
    // Only the planted error, and the deadlines chiso cannot read yet (said as its own limit, kept as written).
    expect(alarms(l).filter((a) => !a.startsWith('task.deadline-unparsed'))).toEqual(['bounds.target-above-max PAR:8 target']);
  });
});
