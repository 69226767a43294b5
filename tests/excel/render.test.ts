import { createExcelHost } from '../../src/excel/excel-host';
import { readPlan } from '../../src/plan-workbook/read';
import { createFakeExcel } from '../support/fake-excel';
import { seed } from './fixtures';

/** The seed's structured workbook rendered through Office.js (a recording fake) and read back. */

const { plan, spec } = seed();

describe('render into Excel', () => {
  const fake = createFakeExcel();
  const host = createExcelHost(fake);
  let result: Awaited<ReturnType<typeof host.render>>;

  beforeAll(async () => {
    result = await host.render(spec);
  });

  it('creates every sheet, _meta very hidden, in one names sync plus one payload sync', () => {
    expect(fake.workbook.sheetNames()).toEqual(spec.sheets.map((s) => s.name));
    expect(result.sheets).toEqual(spec.sheets.map((s) => ({ planned: s.name, actual: s.name })));
    expect(fake.workbook.sheet('_meta').visibility).toBe('VeryHidden');
    expect(fake.workbook.sheet('PL2 PAR INDEX').visibility).toBe('Visible');
    expect(result.syncs).toBe(2);
    expect(fake.stats.syncs).toBe(2);
  });

  it('writes values, text and live formulas', () => {
    const par = 'PL2 PAR INDEX';
    expect(fake.workbook.value(par, 'A4')).toBe('ID');
    expect(fake.workbook.value(par, 'A5')).toBe('PAR:1');
    expect(fake.workbook.value(par, 'E5')).toBe(9.5);
    // PAR INDEX in its own format (two decimals), whatever the plan wrote 9,5 with.
    expect(fake.workbook.numberFormat(par, 'E5')).toBe('0.00');
    expect(fake.workbook.formula(par, 'F5')).toBe('=IF(SUMPRODUCT(($B$5:$B$107=A5)*ISNUMBER($E$5:$E$107))=0,"",SUMIFS($E$5:$E$107,$B$5:$B$107,A5))');
    // Codes like '1' stay text: Excel would otherwise turn them into numbers.
    expect(fake.workbook.value(par, 'C5')).toBe('1');
    expect(fake.workbook.numberFormat(par, 'C5')).toBe('@');
    expect(fake.workbook.formula('Tổng quan', 'B10')).toBe("='PL2 PAR INDEX'!E107");
    expect(fake.workbook.value('Tổng quan', 'B10')).toBe(100);
    expect(fake.workbook.value('Tổng quan', 'B5')).toBe('09/06/2025');
  });

  it('formats cells: font, fill, borders, alignment, widths, heights, hidden ID columns, merges, freeze panes', () => {
    const par = fake.workbook.sheet('PL2 PAR INDEX');
    expect(fake.workbook.format('PL2 PAR INDEX', 'A4')).toMatchObject({
      font: { name: 'Times New Roman', size: 11, bold: true },
      fill: { color: '#DDEBF7' },
      horizontalAlignment: 'Center',
      verticalAlignment: 'Center',
      wrapText: true,
      borders: { EdgeTop: { style: 'Continuous', weight: 'Thin' } },
      style: 'chiso header',
    });
    expect(par.hiddenColumns).toEqual(['A', 'B', 'O', 'P', 'Q', 'R', 'S']);
    expect(par.columnWidths.D).toBeCloseTo((50 * 7 + 5) * 0.75);
    expect(par.rowHeights[1]).toBe(36);
    // Title, subtitle and the colour legend, each over the print area.
    expect(par.merges.length).toBe(3);
    expect(par.freeze).toEqual({ rows: 4, cols: 4 });
    expect(fake.workbook.sheet('Kiểm tra').freeze).toEqual({ rows: 4, cols: 0 });
  });

  it('adds conditional formats and validation over the used rows', () => {
    const par = fake.workbook.sheet('PL2 PAR INDEX');
    const cfs = par.conditionalFormats;
    expect(cfs.map((c) => [c.ref, c.type])).toEqual([
      ['I5:I107', 'Custom'],
      ['I5:I107', 'Custom'],
      ['K5:K107', 'Custom'],
      ['L5:L107', 'DataBar'],
    ]);
    // Red means action everywhere: a target above its max is shown as a flag is.
    expect(cfs[0]!.props).toEqual({ custom: { rule: { formula: '=AND(ISNUMBER($I5),ISNUMBER($E5),$I5>$E5)' }, format: { fill: { color: '#FFC7CE' }, font: { color: '#9C0006', bold: true } } } });
    expect(cfs[3]!.props).toMatchObject({ dataBar: { positiveFormat: { fillColor: '#F4B183' }, lowerBoundRule: { type: 'Number', formula: '0' }, upperBoundRule: { type: 'HighestValue' } } });
    expect(par.validations.map((v) => v.ref)).toEqual(['E5:E107', 'G5:G107', 'I5:I107']);
    expect(par.validations[1]!.props).toMatchObject({
      rule: { decimal: { formula1: 0, formula2: '=$E5', operator: 'Between' } },
      errorAlert: { showAlert: true, style: 'Stop', message: 'Kết quả phải là số từ 0 đến điểm tối đa.' },
    });
  });

  it('sets the page layout: landscape on the paper the file uses (A3 for the wide appendix), one page wide, title rows, print area, margins, header and footer', () => {
    const page = fake.workbook.sheet('PL2 PAR INDEX').pageLayout;
    expect(page).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A3',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$4:$4',
      printArea: 'A1:N107',
      margins: { unit: 'Points', top: 56.69, left: 85.04, right: 42.52 },
      headersFooters: { defaultForAllPages: { centerHeader: '&"Times New Roman,Regular"&11&P', leftFooter: '&"Times New Roman,Italic"&9Kế hoạch 159/KH-UBND' } },
    });
    expect(fake.workbook.sheet('_meta').pageLayout).toEqual({});
  });

  it('puts a page break where a table kept on one page starts (the five criteria of PAPI on the overview)', () => {
    const overview = spec.sheets.find((s) => s.name === 'Tổng quan')!;
    const breaks = overview.print?.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    // Above the row after each page's last.
    expect(fake.workbook.sheet('Tổng quan').pageLayout.pageBreaks).toEqual(breaks.map((r) => `A${r + 1}`));
    expect(fake.workbook.sheet('PL2 PAR INDEX').pageLayout.pageBreaks).toEqual([]);
  });

  it('groups criteria rows into outlines (ExcelApi 1.10)', () => {
    expect(fake.workbook.sheet('PL2 PAR INDEX').groups.length).toBeGreaterThan(0);
    expect(fake.workbook.sheet('PL2 PAR INDEX').groups.every((g) => g.by === 'ByRows')).toBe(true);
  });

  it('reads back the same Plan', async () => {
    fake.resetStats();
    const read = await host.readAll();
    expect(read.sheets.map((s) => [s.name, s.state])).toEqual(spec.sheets.map((s) => [s.name, s.state]));
    const back = readPlan(read);
    if (!back.ok) throw new Error(back.problem);
    expect(back.findings).toEqual([]);
    expect(back.plan).toEqual(plan);
    expect(fake.stats.syncs).toBe(3);
  });
});
