import { createExcelHost } from '../../src/excel/excel-host';
import { cellRef, type WorkbookSpec } from '../../src/workbook-kit/spec';
import { readPlan } from '../../src/plan-workbook/read';
import { missedTargetMarks } from '../../src/plan-workbook/marks';
import { createFakeExcel } from '../support/fake-excel';
import { seed, specOf } from './fixtures';
import { gridOf } from '../support/grid';

const { plan, spec } = seed();

/** Where a spec holds a value: sheet name and A1 address. */
function find(s: WorkbookSpec, value: string): { sheet: string; address: string }[] {
  const out: { sheet: string; address: string }[] = [];
  for (const sheet of s.sheets) sheet.rows.forEach((row, r) => row.cells.forEach((c, k) => c?.value === value && !c.formula && out.push({ sheet: sheet.name, address: cellRef(r + 1, k + 1) })));
  return out;
}

describe('the fake behaves like Excel where it matters', () => {
  it('turns typed =, +, -, @ text into live formulas and "1.1" into a number, unless the cell is text', async () => {
    const fake = createFakeExcel();
    fake.setCell('S', 'A1', '=HYPERLINK("http://evil","x")');
    fake.setCell('S', 'A2', '+1+1');
    fake.setCell('S', 'A3', '1.1');
    expect(fake.workbook.formula('S', 'A1')).toBe('=HYPERLINK("http://evil","x")');
    expect(fake.workbook.value('S', 'A1')).toBe('x');
    expect(fake.workbook.formula('S', 'A2')).toBe('=+1+1');
    expect(fake.workbook.value('S', 'A3')).toBe(1.1);
  });

  it('throws PropertyNotLoaded before the sync, counts syncs and payload', async () => {
    const fake = createFakeExcel();
    fake.setCell('S', 'A1', 'x');
    await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1');
      r.load('values');
      expect(() => r.values).toThrow(/not available/);
      r.numberFormat = [['@']];
      await context.sync();
      expect(r.values).toEqual([['x']]);
    });
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.payloads[0]).toBeGreaterThan(0);
  });
});

describe('untrusted text', () => {
  it.each(['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(1)', '=1+1'])('a task titled %s is written as text', async (title) => {
    const hostile = structuredClone(plan);
    hostile.tasks[0]!.title = title;
    const s = specOf(hostile);
    const fake = createFakeExcel();
    await createExcelHost(fake).render(s);
    const places = find(s, title);
    expect(places.length).toBeGreaterThan(0);
    for (const p of places) {
      expect([p, fake.workbook.numberFormat(p.sheet, p.address), fake.workbook.formula(p.sheet, p.address), fake.workbook.value(p.sheet, p.address)]).toEqual([p, '@', null, title]);
    }
    const back = readPlan(await createExcelHost(fake).readAll());
    if (!back.ok) throw new Error(back.problem);
    expect(back.plan.tasks[0]!.title).toBe(title);
  });
});

describe('a second render', () => {
  it("goes to new sheets ('PL2 PAR INDEX (2)'), leaves the user's sheets alone, and points its formulas at its own sheets", async () => {
    const fake = createFakeExcel();
    fake.setCell('PL2 PAR INDEX', 'A1', 'của tôi');
    fake.setCell('PL2 PAR INDEX', 'E107', 7);
    const host = createExcelHost(fake);
    const result = await host.render(spec);
    expect(result.sheets.find((s) => s.planned === 'PL2 PAR INDEX')?.actual).toBe('PL2 PAR INDEX (2)');
    expect(result.sheets.find((s) => s.planned === 'PL1 Nhiệm vụ')?.actual).toBe('PL1 Nhiệm vụ');
    expect(fake.workbook.value('PL2 PAR INDEX', 'A1')).toBe('của tôi');
    expect(fake.workbook.cellCount('PL2 PAR INDEX')).toBe(2);
    expect(fake.workbook.value('PL2 PAR INDEX (2)', 'A5')).toBe('PAR:1');
    expect(fake.workbook.formula('Tổng quan', 'B10')).toBe("='PL2 PAR INDEX (2)'!E107");
    expect(fake.workbook.value('Tổng quan', 'B10')).toBe(100);

    const again = await host.render(spec);
    expect(again.sheets.map((s) => s.actual)).toEqual(spec.sheets.map((s) => (s.name === 'PL2 PAR INDEX' ? 'PL2 PAR INDEX (3)' : `${s.name} (2)`)));
    expect(fake.workbook.formula('Tổng quan (2)', 'B10')).toBe("='PL2 PAR INDEX (3)'!E107");
    expect(fake.workbook.sheet('_meta (2)').visibility).toBe('VeryHidden');
  });
});

describe('requirement sets', () => {
  it('ExcelApi 1.9 without 1.10: ok, outline groups missing, and render still works without group calls', async () => {
    const fake = createFakeExcel({ apiVersion: '1.9' });
    const host = createExcelHost(fake);
    expect(host.requirements()).toEqual({ ok: true, missingOptional: ['ExcelApi 1.10'] });
    await host.render(spec);
    expect(fake.workbook.sheetNames()).toContain('PL2 PAR INDEX');
    expect(fake.workbook.sheet('PL2 PAR INDEX').groups).toEqual([]);
  });

  it('ExcelApi 1.8 is not enough', () => {
    expect(createExcelHost(createFakeExcel({ apiVersion: '1.8' })).requirements()).toEqual({ ok: false, missingOptional: ['ExcelApi 1.10'] });
  });

  it('the fake itself refuses Range.group below 1.10, so the test above means something', async () => {
    const fake = createFakeExcel({ apiVersion: '1.9' });
    fake.addSheet('S');
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('2:3').group('ByRows');
        await context.sync();
      }),
    ).rejects.toThrow(/1\.10/);
  });
});

describe('reading, selecting, marking, printing', () => {
  it('reads hidden rows, sheet states and formulas', async () => {
    // The fake does not calculate: it is told what the live sum of the children gives.
    const fake = createFakeExcel({ evaluate: (f) => (f.includes('SUMIFS(') && !f.includes('Lệch') ? 9.5 : '') });
    const host = createExcelHost(fake);
    await host.render(spec);
    fake.hideRows('PL2 PAR INDEX', [6, 7, 20]);
    const wb = await host.readAll();
    const par = wb.sheets.find((s) => s.name === 'PL2 PAR INDEX')!;
    expect(par.hiddenRows).toEqual([6, 7, 20]);
    // In the column's one format (PAR INDEX: two decimals).
    expect(gridOf(par)[4]![5]).toEqual({ value: 9.5, formula: 'IF(SUMPRODUCT(($B$5:$B$107=A5)*ISNUMBER($E$5:$E$107))=0,"",SUMIFS($E$5:$E$107,$B$5:$B$107,A5))', numFmt: '0.00' });
    expect(gridOf(par)[4]![2]).toEqual({ value: '1', formula: null, numFmt: '@' });
    expect(wb.sheets.find((s) => s.name === '_meta')!.state).toBe('veryHidden');
    expect(await host.sheetNames()).toEqual(spec.sheets.map((s) => s.name));
  });

  it('reads the selection in the sheet', async () => {
    const fake = createFakeExcel();
    fake.setCell('S', 'B2', 'STT');
    fake.setCell('S', 'C2', 'Nhiệm vụ');
    fake.setCell('S', 'B3', 1);
    fake.select('S', 'B1:C100');
    expect(await createExcelHost(fake).readSelection()).toEqual([
      ['', ''],
      ['STT', 'Nhiệm vụ'],
      [1, ''],
    ]);
  });

  it('selects a cell and brings it into view', async () => {
    const fake = createFakeExcel();
    const host = createExcelHost(fake);
    await host.render(spec);
    await host.select('PL2 PAR INDEX', 'G12');
    expect(fake.workbook.selection()).toEqual({ sheet: 'PL2 PAR INDEX', address: 'G12' });
  });

  it('marks the rows that miss their targets on top of the sheet\'s own rules, and clearing leaves nothing of chiso\'s behind', async () => {
    const fake = createFakeExcel();
    const host = createExcelHost(fake);
    await host.render(spec);
    const own = fake.workbook.sheet('PL2 PAR INDEX').conditionalFormats.map((cf) => cf.id);
    const { marks, missed } = missedTargetMarks(await host.readAll());
    expect(marks.map((m) => m.sheet)).toEqual(['PL2 PAR INDEX', 'PL3 SIPAS', 'PL4 PAPI']);
    // As many as the plan itself has criteria below target: the sheets read back the plan's numbers.
    const expected = plan.criteria.filter((c) => c.result !== null && c.target !== null && c.result < c.target).length;
    expect(expected).toBeGreaterThan(0);
    expect(missed).toBe(expected);
    await host.markRows(marks);
    const par = fake.workbook.sheet('PL2 PAR INDEX').conditionalFormats;
    // First in priority, so its fill wins over the sheet's own fills on the same cells.
    expect(par[0]).toMatchObject({ ref: marks[0]!.ref, type: 'Custom', props: { priority: 0, custom: { format: { fill: { color: '#F8CBAD' } } } } });
    expect((par[0]!.props.custom as { rule: { formula: string } }).rule.formula).toMatch(/^=AND\(N\("chiso-mark"\)=0,AND\(ISNUMBER\(\$G\d+\)/);
    // Marking again replaces the marks instead of stacking them.
    await host.markRows(marks);
    expect(fake.workbook.sheet('PL2 PAR INDEX').conditionalFormats.filter((cf) => JSON.stringify(cf.props).includes('chiso-mark'))).toHaveLength(1);
    // A pane opened later (a reload) finds the marks by their tag: its switch shows them on.
    expect(await createExcelHost(fake).countMarks()).toBe(3);
    expect(await host.clearMarks()).toBe(3);
    expect(await host.countMarks()).toBe(0);
    for (const name of fake.workbook.sheetNames()) expect(JSON.stringify(fake.workbook.sheet(name).conditionalFormats)).not.toContain('chiso-mark');
    // The sheet's own rules are all still there, and the log shows each mark written and cleared.
    expect(fake.workbook.sheet('PL2 PAR INDEX').conditionalFormats.map((cf) => cf.id)).toEqual(own);
    const log = fake.workbook.formatLog().filter((e) => JSON.stringify(e.props).includes('chiso-mark'));
    expect(log.filter((e) => e.op === 'add')).toHaveLength(6);
    expect(log.filter((e) => e.op === 'delete')).toHaveLength(6);
    expect(await host.clearMarks()).toBe(0);
  });

  it('says whether a copy can be opened: Excel.createWorkbook needs ExcelApi 1.8', () => {
    expect(createExcelHost(createFakeExcel({ apiVersion: '1.7' })).canOpenCopy()).toBe(false);
    expect(createExcelHost(createFakeExcel({ apiVersion: '1.9' })).canOpenCopy()).toBe(true);
  });

  it('applies print setup to a sheet rendered under another name', async () => {
    const fake = createFakeExcel();
    fake.addSheet('PL3 SIPAS');
    const host = createExcelHost(fake);
    await host.render({ ...spec, sheets: spec.sheets.map((s) => ({ ...s, print: null })) });
    expect(fake.workbook.sheet('PL3 SIPAS (2)').pageLayout).toEqual({});
    await host.applyPrintSetup(spec, ['PL3 SIPAS (2)', 'Không có']);
    expect(fake.workbook.sheet('PL3 SIPAS (2)').pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A3', printArea: 'A1:N16' });
    expect(fake.workbook.sheet('PL3 SIPAS').pageLayout).toEqual({});
  });

  it('opens a copy through Excel.createWorkbook', async () => {
    const fake = createFakeExcel();
    await createExcelHost(fake).openCopy(new Uint8Array([80, 75, 3, 4, 255]));
    expect(fake.workbook.created()).toEqual(['UEsDBP8=']);
  });

  it('stops between syncs when aborted', async () => {
    const fake = createFakeExcel();
    const controller = new AbortController();
    controller.abort();
    await expect(createExcelHost(fake).render(spec, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reports progress up to 1', async () => {
    const fake = createFakeExcel();
    const seen: number[] = [];
    await createExcelHost(fake).render(spec, { onProgress: (p) => seen.push(p.fraction) });
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
