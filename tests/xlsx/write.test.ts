import { strFromU8, unzipSync } from 'fflate';
import type { WorkbookSpec } from '../../src/sheets/spec';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';

/** What the writer puts in the file, read straight from the XML — not through the library that wrote it. */

const spec: WorkbookSpec = {
  font: { name: 'Times New Roman', size: 11 },
  password: 'mật-khẩu',
  styles: { input: { unlocked: true, numFmt: '0.00' }, red: { fill: 'FFC7CE', color: '9C0006' }, text: { wrap: true } },
  sheets: [1, 2].map((n) => ({
    name: `Trang ${n}`,
    state: 'visible' as const,
    columns: [{ width: 10 }, { width: 30 }, { width: 10, hidden: true }],
    rows: [
      { cells: [{ value: 'Mã' }, { value: 'Tên' }, { value: 'Điểm' }], height: 30 },
      { cells: [{ value: '1' }, { value: '=1+1', style: 'text' }, { value: 2.5, style: 'input' }], outlineLevel: 1 },
      { cells: [{ value: '2' }, { value: 'Tổng' }, { value: 2.5, formula: 'SUM(C2:C2)' }] },
    ],
    merges: ['A5:B5'],
    freeze: { rows: 1, cols: 1 },
    conditionalFormats: [
      { ref: 'C2:C3', rules: [{ kind: 'expression' as const, formula: '$C2<1', style: 'red' }, { kind: 'dataBar' as const, color: 'F4B183', min: 0, max: null }] },
    ],
    validations: [{ ref: 'C2:C62', rule: { kind: 'decimal' as const, min: '0', max: '10', error: 'Từ 0 đến 10' } }],
    protect: true,
    print: {
      orientation: 'landscape' as const,
      fitToWidth: 1,
      titleRows: '1:1',
      printArea: 'A1:C3',
      header: '&LKế hoạch',
      footer: '&CTrang &P / &N',
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 },
    },
    outlineSummaryAbove: true,
  })),
};
spec.sheets.push({ ...spec.sheets[0]!, name: '_meta', state: 'veryHidden', protect: false, print: null, conditionalFormats: [], validations: [] });

let files: Record<string, string>;
let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await writeWorkbook(spec);
  const raw = unzipSync(bytes);
  files = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, strFromU8(v)]));
});

describe('writeWorkbook', () => {
  it('adds validation per range, once', () => {
    const sheet = files['xl/worksheets/sheet1.xml']!;
    expect(sheet.match(/<dataValidation /g)).toHaveLength(1);
    expect(sheet).toMatch(/<dataValidation [^>]*sqref="C2:C62"/);
  });

  it('writes conditional formats, and data bars that need no gradient block', () => {
    const sheet = files['xl/worksheets/sheet1.xml']!;
    expect(sheet).toContain('<conditionalFormatting sqref="C2:C3">');
    expect(sheet).toMatch(/<cfRule type="dataBar"/);
    expect(sheet).toMatch(/<cfvo type="num" val="0"\/>/);
    expect(sheet).not.toContain('gradient="1"');
  });

  it('hashes the password once and protects every protected sheet with the same hash', () => {
    const hashes = ['sheet1', 'sheet2'].map((s) => /<sheetProtection[^>]*hashValue="([^"]+)"[^>]*saltValue="([^"]+)"/.exec(files[`xl/worksheets/${s}.xml`]!)?.slice(1));
    expect(hashes[0]).toBeDefined();
    expect(hashes[1]).toEqual(hashes[0]);
    expect(files['xl/worksheets/sheet3.xml']).not.toContain('<sheetProtection');
    expect(files['xl/styles.xml']).toContain('<protection locked="0"/>');
  });

  it('sets up printing: A4 landscape fitted to one page wide, title rows, print area, header and footer', () => {
    const sheet = files['xl/worksheets/sheet1.xml']!;
    expect(sheet).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1"[^>]*fitToHeight="0"/);
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheet).toMatch(/<oddFooter>&amp;CTrang &amp;P \/ &amp;N<\/oddFooter>/);
    expect(files['xl/workbook.xml']).toMatch(/_xlnm.Print_Titles" localSheetId="0">&apos;Trang 1&apos;!\$1:\$1</);
    expect(files['xl/workbook.xml']).toMatch(/_xlnm.Print_Area" localSheetId="0">&apos;Trang 1&apos;!\$A\$?1:\$C\$?3</);
  });

  it('keeps very hidden sheets very hidden, outlines, frozen panes, hidden columns and row heights', () => {
    expect(files['xl/workbook.xml']).toMatch(/name="_meta"[^>]*state="veryHidden"/);
    const sheet = files['xl/worksheets/sheet1.xml']!;
    expect(sheet).toMatch(/<row r="2"[^>]*outlineLevel="1"/);
    expect(sheet).toMatch(/<row r="1"[^>]*ht="30"[^>]*customHeight="1"/);
    expect(sheet).toContain('state="frozen"');
    expect(sheet).toMatch(/<col [^>]*hidden="1"/);
    expect(sheet).toContain('<mergeCell ref="A5:B5"/>');
  });

  it('writes text that looks like a formula as inert text', () => {
    const sheet = files['xl/worksheets/sheet1.xml']!;
    expect(sheet).not.toContain('<f>1+1</f>');
    expect(files['xl/sharedStrings.xml']).toContain('=1+1');
    expect(sheet).toContain('<f>SUM(C2:C2)</f>');
  });

  it('reads back values, formulas with their cached results, number formats and states', async () => {
    const r = await readWorkbook(bytes);
    if (!r.ok) throw new Error(JSON.stringify(r.problem));
    const s1 = r.workbook.sheets[0]!;
    expect(s1.rows[1]![1]).toEqual({ value: '=1+1', formula: null, numFmt: null });
    expect(s1.rows[1]![2]).toMatchObject({ value: 2.5, numFmt: '0.00' });
    expect(s1.rows[2]![2]).toMatchObject({ value: 2.5, formula: 'SUM(C2:C2)' });
    expect(r.workbook.sheets.map((s) => s.state)).toEqual(['visible', 'visible', 'veryHidden']);
  });
});
