import { strFromU8, unzipSync } from 'fflate';
import type { SheetSpec, WorkbookSpec } from '../../src/workbook-kit/spec';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';

/** What the writer puts in the file, read straight from the XML — not through the library that wrote it. */

function sheet(n: number): SheetSpec {
  return {
    name: `Trang ${n}`,
    state: 'visible',
    columns: [{ width: 10 }, { width: 30, style: 'text' }, { width: 10, hidden: true }, { width: 12 }],
    rows: [
      { cells: [{ value: 'Mã', style: 'head' }, { value: 'Tên', style: 'head' }, { value: 'Điểm', style: 'head' }, { value: 'Tự đánh giá', style: 'head' }], height: 30 },
      { cells: [{ value: '1' }, { value: '=1+1' }, { value: 2.5, style: 'input' }, { value: 'Đạt', style: 'input' }], outlineLevel: 1 },
      { cells: [{ value: '2' }, { value: 'Tổng' }, { value: 2.5, formula: 'SUM(C2:C2)', style: 'num' }, null], outlineLevel: 2 },
      { cells: [{ value: 0, formula: '=C2-C2' }, { value: false, formula: 'C2>9' }, { value: '', formula: 'IF(C2>9,"x","")' }, { value: '+cmd|calc', style: 'text' }] },
    ],
    merges: ['A6:B6'],
    freeze: { rows: 1, cols: 1 },
    conditionalFormats: [
      {
        ref: 'C2:C3',
        rules: [
          { kind: 'expression', formula: '$C2<1', style: 'red' },
          { kind: 'dataBar', color: 'F4B183', min: 0, max: null },
        ],
      },
      { ref: 'D2:D3', rules: [{ kind: 'expression', formula: 'ISBLANK($D2)', style: 'red', priority: 9 }, { kind: 'dataBar', color: '5B9BD5', min: 0, max: 10 }] },
    ],
    validations: [
      { ref: 'C3:C62', rule: { kind: 'decimal', min: '0', max: '$E$1', prompt: 'Từ 0 đến tối đa', error: 'Từ 0 đến 10' } },
      { ref: 'D2:D62', rule: { kind: 'list', values: ['Đạt', 'Không đạt', 'Nói "có"'], error: 'Chọn trong danh sách' } },
    ],
    protect: true,
    print: {
      orientation: 'landscape',
      fitToWidth: 1,
      titleRows: '1:1',
      printArea: 'A1:D4',
      header: '&LKế hoạch',
      footer: '&CTrang &P / &N',
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 },
    },
    outlineSummaryAbove: true,
    tabColor: '70AD47',
  };
}

const spec: WorkbookSpec = {
  font: { name: 'Times New Roman', size: 12 },
  password: 'mật-khẩu',
  styles: {
    head: { bold: true, fill: 'D9E1F2', hAlign: 'center', vAlign: 'middle', wrap: true, border: true },
    input: { unlocked: true, numFmt: '0.00', fill: 'FFF2CC' },
    num: { numFmt: '0.0', italic: true, size: 11 },
    red: { fill: 'FFC7CE', color: '9C0006', bold: true },
    text: { wrap: true, indent: 1 },
  },
  sheets: [sheet(1), sheet(2), { ...sheet(3), name: 'Ẩn', state: 'hidden', protect: false, print: null }, { ...sheet(4), name: '_meta', state: 'veryHidden', protect: false, print: null, conditionalFormats: [], validations: [] }],
};

let files: Record<string, string>;
let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await writeWorkbook(spec);
  files = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
});
const sheetXml = (n: number) => files[`xl/worksheets/sheet${n}.xml`]!;

/** The cellXfs entries of styles.xml, each with its font's attributes. */
function cellFormats(): { xf: string; font: string }[] {
  const styles = files['xl/styles.xml']!;
  const fonts = [.../<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)![1]!.matchAll(/<font>([\s\S]*?)<\/font>|<font\/>/g)].map((m) => m[1] ?? '');
  const xfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!.matchAll(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  return xfs.map((xf) => ({ xf, font: fonts[Number(/fontId="(\d+)"/.exec(xf)?.[1] ?? 0)] ?? '' }));
}

describe('writeWorkbook', () => {
  it('adds each validation once, per range', () => {
    const xml = sheetXml(1);
    expect(xml.match(/<dataValidation /g)).toHaveLength(2);
    expect(xml).toMatch(/<dataValidation [^>]*type="decimal"[^>]*sqref="C3:C62"/);
    expect(xml).toMatch(/<formula1>0<\/formula1><formula2>\$E\$1<\/formula2>/);
    expect(xml).toMatch(/<dataValidation [^>]*prompt="Từ 0 đến tối đa"/);
    expect(xml).toMatch(/<dataValidation [^>]*type="list"[^>]*sqref="D2:D62"/);
    expect(xml).toContain('<formula1>&quot;Đạt,Không đạt,Nói &quot;&quot;có&quot;&quot;&quot;</formula1>');
  });

  it('writes conditional formats, and data bars with cfvo and colour but no gradient block', () => {
    const xml = sheetXml(1);
    expect(xml).toContain('<conditionalFormatting sqref="C2:C3">');
    expect(xml).toMatch(/<cfRule type="expression" dxfId="\d+" priority="1"><formula>\$C2&lt;1<\/formula>/);
    expect(xml).toMatch(/<cfRule type="expression" dxfId="\d+" priority="9">/);
    expect(xml.match(/<cfRule type="dataBar"/g)).toHaveLength(2);
    expect(xml).toMatch(/<dataBar><cfvo type="num" val="0"\/><cfvo type="max"\/><color rgb="FFF4B183"\/><\/dataBar>/);
    expect(xml).toMatch(/<cfvo type="num" val="0"\/><cfvo type="num" val="10"\/><color rgb="FF5B9BD5"\/>/);
    expect(xml).not.toContain('gradient="1"');
    expect(files['xl/styles.xml']).toMatch(/<dxfs count="\d+"><dxf><font><b\/><color rgb="FF9C0006"\/><\/font><fill><patternFill patternType="solid"><bgColor rgb="FFFFC7CE"\/>/);
  });

  it('hashes the password once and gives every protected sheet the same protection', () => {
    const prot = [1, 2].map((n) => /<sheetProtection [^>]*\/>/.exec(sheetXml(n))?.[0]);
    expect(prot[0]).toMatch(/sheet="1"/);
    expect(prot[0]).toMatch(/algorithmName="SHA-512" hashValue="[^"]{20,}" saltValue="[^"]+" spinCount="100000"/);
    expect(prot[1]).toEqual(prot[0]);
    expect(sheetXml(3)).not.toContain('<sheetProtection');
    expect(sheetXml(4)).not.toContain('<sheetProtection');
  });

  it('protects without a password when there is none', async () => {
    const open = await writeWorkbook({ ...spec, password: null });
    const xml = strFromU8(unzipSync(open)['xl/worksheets/sheet2.xml']!);
    expect(xml).toMatch(/<sheetProtection sheet="1"/);
    expect(xml).not.toContain('hashValue');
  });

  it('unlocks input cells and only them', () => {
    const xml = sheetXml(1);
    const s = /<c r="C2" s="(\d+)"/.exec(xml)![1]!;
    const formats = cellFormats();
    expect(formats[Number(s)]!.xf).toContain('<protection locked="0"/>');
    expect(formats[Number(/<c r="D2" s="(\d+)"/.exec(xml)![1])]!.xf).toContain('<protection locked="0"/>');
    expect(formats[Number(/<c r="C3" s="(\d+)"/.exec(xml)![1])]!.xf).not.toContain('locked="0"');
  });

  it("sets the workbook's font on every cell style and column style, under the named styles", () => {
    const used = new Set([...sheetXml(1).matchAll(/ s="(\d+)"/g)].map((m) => Number(m[1])));
    const formats = cellFormats();
    for (const id of used) expect(formats[id]!.font).toMatch(/<name val="Times New Roman"\/>/);
    const head = formats[Number(/<c r="A1" s="(\d+)"/.exec(sheetXml(1))![1])]!;
    expect(head.font).toMatch(/<b\/>/);
    expect(head.font).toMatch(/<sz val="12"\/>/);
    expect(head.xf).toMatch(/<alignment [^>]*horizontal="center"[^>]*vertical="center"[^>]*wrapText="1"/);
    const num = formats[Number(/<c r="C3" s="(\d+)"/.exec(sheetXml(1))![1])]!;
    expect(num.font).toMatch(/<i\/>/);
    expect(num.font).toMatch(/<sz val="11"\/>/);
    expect(files['xl/styles.xml']).toContain('formatCode="0.0"');
  });

  it('sets up printing: A4 landscape fitted to one page wide, margins in inches, title rows, print area, header and footer', () => {
    const xml = sheetXml(1);
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1"[^>]*fitToHeight="0"/);
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).toMatch(/<pageMargins left="1.181" right="0.591" top="0.787" bottom="0.787" header="0.315" footer="0.315"\/>/);
    expect(xml).toMatch(/<printOptions [^>]*horizontalCentered="1"/);
    expect(xml).toContain('<headerFooter><oddHeader>&amp;LKế hoạch</oddHeader><oddFooter>&amp;CTrang &amp;P / &amp;N</oddFooter></headerFooter>');
    const book = files['xl/workbook.xml']!;
    expect(book).toMatch(/name="_xlnm.Print_Titles" localSheetId="0">&apos;Trang 1&apos;!\$1:\$1</);
    expect(book).toMatch(/name="_xlnm.Print_Area" localSheetId="0">&apos;Trang 1&apos;!\$A\$1:\$D\$4</);
    expect(book).toMatch(/name="_xlnm.Print_Area" localSheetId="1">&apos;Trang 2&apos;!\$A\$1:\$D\$4</);
    expect(sheetXml(4)).not.toContain('paperSize');
  });

  it('doubles apostrophes of sheet names in print names', async () => {
    const out = await writeWorkbook({ ...spec, password: null, sheets: [{ ...sheet(1), name: "Tổ 'A' xã" }] });
    const book = strFromU8(unzipSync(out)['xl/workbook.xml']!);
    expect(book).toContain('localSheetId="0">&apos;Tổ &apos;&apos;A&apos;&apos; xã&apos;!$A$1:$D$4<');
    expect(book).toContain('localSheetId="0">&apos;Tổ &apos;&apos;A&apos;&apos; xã&apos;!$1:$1<');
  });

  it('keeps sheet states, outlines, frozen panes, columns, row heights, merges and tab colours', () => {
    const book = files['xl/workbook.xml']!;
    expect(book).toMatch(/name="Ẩn" state="hidden"/);
    expect(book).toMatch(/name="_meta" state="veryHidden"/);
    const xml = sheetXml(1);
    // The schema's order (exceljs puts pageSetUpPr first, which Excel calls corrupt: exceljs #1348).
    expect(xml).toContain('<sheetPr><tabColor rgb="FF70AD47"/><outlinePr summaryBelow="0" summaryRight="1"/><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheetXml(4)).toContain('<sheetPr><tabColor rgb="FF70AD47"/><outlinePr summaryBelow="0" summaryRight="1"/></sheetPr>');
    // Groups are open: no row claims to be folded.
    expect(xml).not.toContain('collapsed=');
    expect(xml).toMatch(/<sheetFormatPr [^>]*outlineLevelRow="2"/);
    expect(xml).toMatch(/<row r="2"[^>]*outlineLevel="1"/);
    expect(xml).toMatch(/<row r="3"[^>]*outlineLevel="2"/);
    expect(xml).toMatch(/<row r="1"[^>]*ht="30"[^>]*customHeight="1"/);
    expect(xml).toMatch(/<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"\/>/);
    expect(xml).toMatch(/<col min="2" max="2" width="30" style="\d+" customWidth="1"\/>/);
    expect(xml).toMatch(/<col min="3" max="3" width="10" style="\d+" hidden="1" customWidth="1"\/>/);
    expect(xml).toContain('<mergeCell ref="A6:B6"/>');
  });

  it('writes text that looks like a formula as inert text, and formulas with their cached results', () => {
    const xml = sheetXml(1);
    const strings = files['xl/sharedStrings.xml']!;
    const shared = [...strings.matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
    expect(xml).toMatch(new RegExp(`<c r="B2" s="\\d+" t="s"><v>${shared.indexOf('=1+1')}</v></c>`));
    expect(xml).toMatch(new RegExp(`<c r="D4" s="\\d+" t="s"><v>${shared.indexOf('+cmd|calc')}</v></c>`));
    expect(xml).not.toContain('<f>1+1</f>');
    expect(xml).toMatch(/<c r="C3" s="\d+"><f>SUM\(C2:C2\)<\/f><v>2.5<\/v><\/c>/);
    // A leading '=' would make Excel refuse the file.
    expect(xml).toContain('<f>C2-C2</f>');
  });

  it('reads back values, cached results (0, false and empty too), formulas, number formats and states', async () => {
    const r = await readWorkbook(bytes);
    if (!r.ok) throw new Error(JSON.stringify(r.problem));
    expect(r.notes).toEqual([]);
    const s1 = r.workbook.sheets[0]!;
    expect(s1.name).toBe('Trang 1');
    expect(s1.rows[0]!.map((c) => c?.value)).toEqual(['Mã', 'Tên', 'Điểm', 'Tự đánh giá']);
    expect(s1.rows[1]![1]).toEqual({ value: '=1+1', formula: null, numFmt: null });
    expect(s1.rows[1]![2]).toEqual({ value: 2.5, formula: null, numFmt: '0.00' });
    expect(s1.rows[2]![2]).toEqual({ value: 2.5, formula: 'SUM(C2:C2)', numFmt: '0.0' });
    expect(s1.rows[3]!.slice(0, 3)).toEqual([
      { value: 0, formula: 'C2-C2', numFmt: null },
      { value: false, formula: 'C2>9', numFmt: null },
      // exceljs cannot tell an empty cached text from none: it reads as an empty cell's value.
      { value: null, formula: 'IF(C2>9,"x","")', numFmt: null },
    ]);
    expect(s1.rows[5]).toBeUndefined();
    expect(r.workbook.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Trang 1', 'visible'],
      ['Trang 2', 'visible'],
      ['Ẩn', 'hidden'],
      ['_meta', 'veryHidden'],
    ]);
  });

  it('writes and reads back 1,000 styled, validated, protected rows (their speed: npm run bench)', async () => {
    const big: SheetSpec = {
      ...sheet(1),
      rows: [
        sheet(1).rows[0]!,
        ...Array.from({ length: 1000 }, (_, i) => ({
          cells: [{ value: `PAR:${i + 1}` }, { value: `Tiêu chí thành phần số ${i + 1} về cải cách hành chính`, style: 'text' }, { value: (i % 100) / 10, style: 'input' }, { value: i % 7, formula: `MOD(${i},7)`, style: 'num' }],
          outlineLevel: i % 3,
        })),
      ],
      validations: [{ ref: 'C2:C1001', rule: { kind: 'decimal', min: '0', max: '10', error: 'Từ 0 đến 10' } }],
    };
    const out = await writeWorkbook({ ...spec, sheets: [big, { ...big, name: 'Bản sao' }] });
    const r = await readWorkbook(out);
    expect(r.ok && r.workbook.sheets[1]!.rows[1000]![3]).toEqual({ value: 5, formula: 'MOD(999,7)', numFmt: '0.0' });
  });
});
