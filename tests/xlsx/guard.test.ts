import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
import { archiveEntries, inspectXlsx, worthConverting } from '../../src/xlsx/guard';
import { readWorkbook, type ReadResult } from '../../src/xlsx/read';
import { readWorkbookExceljs } from '../../src/xlsx/read-exceljs';
import { gridOf } from '../support/grid';

/** Text as UTF-16 in either byte order (a BOM only where the text starts with one). */
function utf16(order: 'le' | 'be', text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = c & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = c >> 8;
  }
  return out;
}

/** An OLE compound file's signature and a directory naming the given streams (UTF-16LE, as OLE writes them). */
function ole(...streams: string[]): Uint8Array {
  const names = streams.flatMap((n) => [...n].flatMap((ch) => [ch.charCodeAt(0), 0]).concat(new Array(128 - n.length * 2).fill(0)));
  return new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0), ...names]);
}

/** Workbooks from outside: each bad kind answered with what is wrong, never a hang or a crash. */

const SHEET = 'xl/worksheets/sheet1.xml';

async function smallWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tiêu chí');
  ws.addRow(['ID', 'Điểm']);
  ws.addRow(['PAR:1', 9.5]);
  // exceljs's typings omit dataValidations, which its runtime has.
  (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations.add('B2:B3', { type: 'decimal', operator: 'between', formulae: [0, 10] } as ExcelJS.DataValidation);
  wb.definedNames.add("'Tiêu chí'!$A$1:$B$2", 'bang');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Rewrites one part of a zip. */
function withPart(bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files[part] = strToU8(edit(strFromU8(files[part]!)));
  return zipSync(files);
}

const addMerge = (ref: string) => (xml: string) => xml.replace('</sheetData>', `</sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`);

/** Each bad kind is answered, never a hang: jest's time limit stands guard, and speed is for `npm run bench`. */
async function answered<T>(f: () => Promise<T> | T): Promise<T> {
  return f();
}

function okRead(r: ReadResult): Extract<ReadResult, { ok: true }> {
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r;
}

/** Sets an entry's declared uncompressed size in the central directory and its local header. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
  }
  return out;
}

/** Sets one entry's declared uncompressed size, in the central directory and its local header. */
function declareEntrySize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = strToU8(entry);
  const named = (at: number) => name.every((b, i) => out[at + i] === b);
  for (let i = 0; i + 46 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x02014b50 && view.getUint16(i + 28, true) === name.length && named(i + 46)) view.setUint32(i + 24, size, true);
    if (sig === 0x04034b50 && view.getUint16(i + 26, true) === name.length && named(i + 30)) view.setUint32(i + 22, size, true);
  }
  return out;
}

/** A zip of one big all-zero entry next to the workbook parts, deflated as a stream (the test never holds the zeros). */
function zerosZip(name: string, size: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  for (const [n, text] of [['[Content_Types].xml', '<Types/>'], ['xl/workbook.xml', '<workbook/>']] as const) {
    const f = new ZipDeflate(n);
    zip.add(f);
    f.push(strToU8(text), true);
  }
  const big = new ZipDeflate(name, { level: 1 });
  zip.add(big);
  const step = new Uint8Array(1 << 20);
  for (let left = size; left > 0; left -= step.length) big.push(left > step.length ? step : step.subarray(0, left), left <= step.length);
  zip.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) out.set(p, (o += p.length) - p.length);
  return out;
}

describe('reading workbooks from outside', () => {
  let good: Uint8Array;
  beforeAll(async () => {
    good = await smallWorkbook();
  });

  it('passes a normal workbook through untouched', async () => {
    const g = inspectXlsx(good);
    expect(g.ok && g.bytes).toBe(good);
    expect(g.ok && g.notes).toEqual([]);
    const r = okRead(await answered(() => readWorkbook(good)));
    expect(gridOf(r.workbook.sheets[0]!)[1]![1]!.value).toBe(9.5);
  });

  it.each([
    ['random bytes', () => new Uint8Array(2048).map((_, i) => (i * 7919) % 251), 'not-zip'],
    ['a PDF renamed .xlsx', () => strToU8('%PDF-1.7\n1 0 obj << >> endobj\n'), 'pdf'],
    ['a PDF whose header follows other bytes (readers accept up to 1 KB)', () => strToU8(`${' '.repeat(300)}%PDF-1.4\n`), 'pdf'],
    ['an empty file', () => new Uint8Array(0), 'empty'],
    ['a PNG (the add-in\'s own icon)', () => new Uint8Array(readFileSync(join(__dirname, '../../assets/icon-32.png'))), 'image'],
    ['a JPEG photo', () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...strToU8('JFIF'), 0, ...new Array(64).fill(0)]), 'image'],
    ['a scanner\'s TIFF', () => new Uint8Array([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0, ...new Array(64).fill(0)]), 'image'],
    ['an HTML table with a workbook\'s name, as web systems export "Excel"', () => strToU8('\ufeff<html xmlns:x="urn:schemas-microsoft-com:office:excel">\n<body><TABLE border=1><tr><td>STT</td></tr></TABLE></body></html>'), 'web-page'],
    ['a bare HTML table', () => strToU8('\r\n<Table><TR><TD>1</TD></TR></Table>'), 'web-page'],
    ['a web page Word saved in Unicode (UTF-16LE with its BOM)', () => utf16('le', '\ufeff<html xmlns:o="urn:schemas-microsoft-com:office:office">\r\n<head><meta http-equiv=Content-Type content="text/html; charset=unicode"></head><body><table><tr><td>Tình trạng</td></tr></table></body></html>'), 'web-page'],
    ['a web page in UTF-16BE', () => utf16('be', '\ufeff<!DOCTYPE html><html><body><table><tr><td>Điểm</td></tr></table></body></html>'), 'web-page'],
    ['an HTML table in UTF-16LE without a BOM', () => utf16('le', '<table><tr><td>Đạt</td></tr></table>'), 'web-page'],
    ['Excel\'s "Unicode Text" (tab-separated UTF-16LE)', () => utf16('le', '\ufeffID\tTình trạng\r\nTASK:A.1\tĐã hoàn thành\r\n'), 'not-zip'],
    ['an Excel 2003 XML spreadsheet', () => strToU8('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Sheet1"/></Workbook>'), 'web-page'],
    ['XML that is no web page or spreadsheet', () => strToU8('<?xml version="1.0"?><note>xin chào</note>'), 'not-zip'],
    ['a CSV export', () => strToU8('ID,Tình trạng\nTASK:A.1,Đã hoàn thành\n'), 'not-zip'],
    ['a bitmap', () => new Uint8Array([...strToU8('BM'), 70, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0, 40, 0, 0, 0, ...new Array(48).fill(0)]), 'image'],
    ['text that starts like a bitmap', () => strToU8('BMI 2024 tinh (Ha Noi): 12,5\n'), 'not-zip'],
    ['a Word document (.docx)', () => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }), 'word-document'],
    ['a Word document in Word\'s old format (.doc)', () => ole('WordDocument', '1Table', 'SummaryInformation'), 'word-document'],
    ['a LibreOffice text document (.odt)', () => zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<office:document-content/>') }), 'opendocument'],
    ['a LibreOffice spreadsheet (.ods)', () => zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<office:document-content/>'), 'META-INF/manifest.xml': strToU8('<manifest/>') }), 'opendocument'],
    ['a password-protected (OLE encrypted) workbook', () => ole('EncryptionInfo', 'EncryptedPackage'), 'encrypted'],
    ['an old .xls workbook (OLE, no encrypted package)', () => ole('Workbook', 'SummaryInformation'), 'old-format'],
    ['a zip that is no workbook', () => zipSync({ 'readme.txt': strToU8('xin chào') }), 'not-xlsx'],
    ['a zip with [Content_Types].xml but no xl/workbook.xml', () => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/worksheets/sheet1.xml': strToU8('<worksheet/>') }), 'not-xlsx'],
  ])('answers %s', async (_name, make, kind) => {
    const r = await answered(() => readWorkbook(make()));
    expect(r.ok ? null : r.problem.kind).toBe(kind);
  });

  it('answers a workbook cut in half as truncated', async () => {
    const r = await answered(() => readWorkbook(good.slice(0, Math.floor(good.length / 2))));
    expect(r.ok ? null : r.problem).toEqual({ kind: 'truncated' });
  });

  it('answers a zip whose entry is encrypted', async () => {
    const zip = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    const view = new DataView(zip.buffer);
    for (let i = 0; i + 4 <= zip.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint16(i + 8, view.getUint16(i + 8, true) | 1, true);
    expect((await readWorkbook(zip)).ok ? null : 'refused').toBe('refused');
    const r = inspectXlsx(zip);
    expect(r.ok ? null : r.problem).toEqual({ kind: 'encrypted' });
  });

  it('refuses a 300 MB zip bomb by its declared size, before inflating it', async () => {
    // The sizes are forged: a real 300 MB of zeros would cost the test seconds to deflate, and the
    // guard reads only the declared sizes (a header that lies low is the next test's).
    const bomb = declareEntrySize(zerosZip(SHEET, 1024 * 1024), SHEET, 300 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(64 * 1024);
    const r = await answered(() => readWorkbook(bomb));
    expect(r.ok ? null : r.problem).toEqual({ kind: 'too-large', entry: SHEET, size: 300 * 1024 * 1024 });
  });

  it('refuses an entry over a smaller per-entry limit', async () => {
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>'), [SHEET]: new Uint8Array(5 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(100_000);
    const r = await answered(() => readWorkbook(bomb, { maxEntryBytes: 1024 * 1024 }));
    expect(r.ok ? null : r.problem).toEqual({ kind: 'too-large', entry: SHEET, size: 5 * 1024 * 1024 });
  });

  it('refuses entries that are each small but too large together', () => {
    const files: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') };
    for (let i = 1; i <= 4; i++) files[`xl/media/image${i}.png`] = new Uint8Array(400_000);
    const r = inspectXlsx(zipSync(files), { maxEntryBytes: 500_000, maxTotalBytes: 1_000_000 });
    expect(r.ok ? null : r.problem).toMatchObject({ kind: 'too-large', entry: 'xl/media/image3.png' });
  });

  it('stops inflating an entry whose header lies about its size', async () => {
    // 20 MB of zeros declared as 1 KB: fflate alone would quietly return the first kilobyte.
    const liar = declareSize(zerosZip(SHEET, 20 * 1024 * 1024), 1024);
    const r = inspectXlsx(liar);
    expect(r.ok ? null : r.problem).toEqual({ kind: 'corrupt', entry: '[Content_Types].xml' });
    // With every size a lie but the big one's, the big one is found out too.
    const onlyBig = zerosZip(SHEET, 20 * 1024 * 1024);
    const view = new DataView(onlyBig.buffer);
    let central = 0;
    for (let i = 0; i + 4 <= onlyBig.length; i++) if (view.getUint32(i, true) === 0x02014b50 && ++central === 3) view.setUint32(i + 24, 1024, true);
    const r2 = inspectXlsx(onlyBig);
    expect(r2.ok ? null : r2.problem).toEqual({ kind: 'corrupt', entry: SHEET });
  });

  it('answers an entry that does not inflate as corrupt', async () => {
    const files = unzipSync(good);
    const zip = zipSync(files);
    // Scramble the start of the sheet's deflate stream (found after its local header's name).
    const name = strToU8(SHEET);
    let at = -1;
    for (let i = 0; i < zip.length && at < 0; i++) if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 3 && zip[i + 3] === 4 && strFromU8(zip.subarray(i + 30, i + 30 + name.length)) === SHEET) at = i + 30 + name.length + (zip[i + 28]! | (zip[i + 29]! << 8));
    zip.fill(0xff, at, at + 16);
    const r = await answered(() => readWorkbook(zip));
    expect(r.ok ? null : r.problem).toEqual({ kind: 'corrupt', entry: SHEET });
  });

  it('refuses a zip with too many parts', () => {
    const files: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') };
    for (let i = 0; i < 50; i++) files[`x/${i}.xml`] = strToU8('<a/>');
    const r = inspectXlsx(zipSync(files), { maxEntries: 20 });
    expect(r.ok ? null : r.problem).toEqual({ kind: 'too-many-entries', count: 52 });
  });

  it('answers a sheet whose XML is broken as malformed, naming the part, without throwing', async () => {
    const broken = withPart(good, SHEET, (xml) => xml.replace('<sheetData>', '<sheetData><row r="1"><c r="A1"><v>1</c></row>'));
    const r = await answered(() => readWorkbook(broken));
    expect(r.ok ? null : r.problem).toMatchObject({ kind: 'malformed', part: SHEET });
  });

  // The clamping protects exceljs's reader (kept to compare against); the streaming reader never expands a range.
  describe('ranges covering the whole sheet', () => {
    it('clamps a whole-sheet validation and a whole-sheet merge near the used area, and reads quickly', async () => {
      const huge = withPart(good, SHEET, (xml) => addMerge('A1:XFD1048576')(xml.replace('sqref="B2:B3"', 'sqref="A1:XFD1048576"')));
      expect(huge.length).toBeLessThan(16 * 1024);
      const r = okRead(await answered(() => readWorkbookExceljs(huge)));
      expect(r.notes).toEqual([
        { kind: 'clamped', sheet: SHEET, from: 'A1:XFD1048576', to: 'A1:AZ502' },
        { kind: 'clamped', sheet: SHEET, from: 'A1:XFD1048576', to: 'A1:AZ502' },
      ]);
      // The merge's first cell keeps its value; the others read empty, as in Excel.
      expect(gridOf(r.workbook.sheets[0]!)).toEqual([[{ value: 'ID', formula: null, numFmt: null }]]);
      const g = inspectXlsx(huge);
      const xml = g.ok ? strFromU8(unzipSync(g.bytes)[SHEET]!) : '';
      expect(xml).toContain('<mergeCell ref="A1:AZ502"/>');
      expect(xml).toMatch(/<dataValidation [^>]*sqref="A1:AZ502"/);
    });

    it.each([
      ['reversed corners', 'XFD1048576:A1'],
      ['character references', 'A1:&#88;FD&#x31;048576'],
      ['a sheet prefix', "'Tiêu_chí'!A1:XFD1048576"],
      ['absolute references', '$A$1:$XFD$1048576'],
    ])('sees through %s', async (_name, ref) => {
      const huge = withPart(good, SHEET, (xml) => addMerge(ref)(xml.replace('sqref="B2:B3"', `sqref='B2:B3 ${ref.replace(/'/g, '&apos;')}'`)));
      const r = okRead(await answered(() => readWorkbookExceljs(huge)));
      expect(r.notes.map((n) => (n.kind === 'clamped' ? n.to : null))).toEqual(['A1:AZ502', 'A1:AZ502']);
    });

    it('reads a merge ref whole, as exceljs does, but a sqref piece by piece', () => {
      const spaced = withPart(good, SHEET, (xml) => addMerge("'Tiêu chí'!A1:XFD1048576")(xml.replace('sqref="B2:B3"', `sqref="B2:B3 'Tiêu chí'!A1:XFD1048576"`)));
      const g = inspectXlsx(spaced);
      expect(g.ok && g.notes.map((n) => [n.from, n.to])).toEqual([
        ["'Tiêu chí'!A1:XFD1048576", 'A1:AZ502'],
        ["chí'!A1:XFD1048576", null],
      ]);
    });

    it('drops what it cannot read strictly, and ranges starting beyond the used area', async () => {
      const odd = withPart(good, SHEET, (xml) =>
        xml
          .replace('sqref="B2:B3"', 'sqref="B2:B3 x-A1:XFD1048576 C9000:D9100"')
          .replace('</sheetData>', '</sheetData><mergeCells count="2"><mergeCell ref="A1:B1"></mergeCell><mergeCell ref="A700:B9000"></mergeCell></mergeCells>'),
      );
      const g = inspectXlsx(odd);
      if (!g.ok) throw new Error(g.problem.kind);
      expect(g.notes).toEqual([
        { kind: 'clamped', sheet: SHEET, from: 'A700:B9000', to: null },
        { kind: 'clamped', sheet: SHEET, from: 'x-A1:XFD1048576', to: null },
        { kind: 'clamped', sheet: SHEET, from: 'C9000:D9100', to: null },
      ]);
      const xml = strFromU8(unzipSync(g.bytes)[SHEET]!);
      expect(xml).toContain('<mergeCell ref="A1:B1"></mergeCell>');
      expect(xml).not.toContain('A700');
      expect(xml).toMatch(/sqref="B2:B3"/);
      okRead(await answered(() => readWorkbookExceljs(odd)));
    });

    it('holds to a budget of cells when the sheet lies about its dimension', async () => {
      const liar = withPart(good, SHEET, (xml) => addMerge('A1:XFD1048576')(xml.replace(/<dimension ref="[^"]*"/, '<dimension ref="A1:XFD1048576"')));
      const r = okRead(await answered(() => readWorkbookExceljs(liar)));
      expect(r.notes).toEqual([{ kind: 'clamped', sheet: SHEET, from: 'A1:XFD1048576', to: null }]);
    });

    it('uses 2,000 rows × 200 columns when the sheet gives no dimension', () => {
      const bare = withPart(good, SHEET, (xml) => addMerge('A1:XFD1048576')(xml.replace(/<dimension [^>]*\/>/, '')));
      const g = inspectXlsx(bare);
      expect(g.ok && g.notes.map((n) => n.to)).toEqual(['A1:GR2000']);
    });

    it('drops a defined name covering the whole sheet (exceljs walks its every cell) and keeps normal ones', async () => {
      const huge = withPart(good, 'xl/workbook.xml', (xml) =>
        xml.replace('</definedNames>', `<definedName name="all">'Tiêu chí'!$A$1:$XFD$1048576</definedName><definedName name="col">'Tiêu chí'!$A:$A</definedName></definedNames>`),
      );
      const r = okRead(await answered(() => readWorkbookExceljs(huge)));
      expect(r.notes).toEqual([{ kind: 'clamped', sheet: 'xl/workbook.xml', from: "'Tiêu chí'!$A$1:$XFD$1048576", to: null }]);
      const g = inspectXlsx(huge);
      const xml = g.ok ? strFromU8(unzipSync(g.bytes)['xl/workbook.xml']!) : '';
      expect(xml).toContain('<definedName name="bang">');
      expect(xml).toContain('<definedName name="col">');
    });

    it('clamps by content, whatever the entry is called', () => {
      const zip = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), '/xl/workbook.xml': strToU8('<workbook/>'), 'odd/place.xml': strToU8('<worksheet><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>') });
      const g = inspectXlsx(zip);
      expect(g.ok && g.notes).toEqual([{ kind: 'clamped', sheet: 'odd/place.xml', from: 'A1:XFD1048576', to: 'A1:GR2000' }]);
    });
  });
});

describe("a zip's entry names, as their makers wrote them", () => {
  /** A zip whose one entry's name is the given bytes, written as zip tools write it (no UTF-8 flag unless said). */
  const zipNamed = (raw: Uint8Array, extra?: Record<number, Uint8Array>) => {
    // fflate writes an ASCII name of the same length, which is then replaced byte for byte in both headers.
    const placeholder = 'n'.repeat(raw.length);
    const zip = zipSync({ [placeholder]: [strToU8('x'), extra ? { extra } : {}] });
    const mark = strToU8(placeholder);
    for (let i = 0; i + mark.length <= zip.length; i++) if (mark.every((c, k) => zip[i + k] === c)) zip.set(raw, i);
    return zip;
  };
  const nameOf = (zip: Uint8Array) => {
    const r = archiveEntries(zip);
    return r?.ok ? r.entries.map((e) => e.name) : r;
  };
  /** "Sở Nội vụ.xlsx" as Windows' compressed folder writes it on a Vietnamese system: code page 1258, tones as combining marks. */
  const cp1258 = new Uint8Array([0x53, 0xf5, 0xd2, 0x20, 0x4e, 0xf4, 0xf2, 0x69, 0x20, 0x76, 0x75, 0xf2, ...strToU8('.xlsx')]);

  it("reads a name in Windows' Vietnamese code page as the Vietnamese it is", () => {
    expect(nameOf(zipNamed(cp1258))).toEqual(['Sở Nội vụ.xlsx']);
  });

  it('reads code-page bytes under a UTF-8 flag they do not fit as the code page', () => {
    const zip = zipNamed(cp1258);
    // The flag (bit 11 of the general-purpose flags) set in the local header and the central directory.
    for (const [signature, at] of [[0x04034b50, 6], [0x02014b50, 8]] as const) {
      for (let i = 0; i + 4 <= zip.length; i++) if (new DataView(zip.buffer).getUint32(i, true) === signature) zip[i + at + 1]! |= 0x08;
    }
    expect(nameOf(zip)).toEqual(['Sở Nội vụ.xlsx']);
  });

  it('reads a UTF-8 name written without the UTF-8 flag (as macOS does) as UTF-8', () => {
    expect(nameOf(zipNamed(strToU8('Phường Tây Tựu.xlsx')))).toEqual(['Phường Tây Tựu.xlsx']);
  });

  it("prefers the UTF-8 name Info-ZIP and WinRAR keep beside the code page's (extra field 0x7075) while it matches", () => {
    const utf8 = strToU8('Xã Đông Anh.xlsx');
    const field = (crc: number) => new Uint8Array([1, crc & 0xff, (crc >>> 8) & 0xff, (crc >>> 16) & 0xff, crc >>> 24, ...utf8]);
    // Code page 437 cannot hold the name: the tool wrote '?' for what it could not.
    const dos = strToU8('X? ?ong Anh.xlsx');
    expect(nameOf(zipNamed(dos, { 28789: field(crc32Of(dos)) /* 0x7075 */ }))).toEqual(['Xã Đông Anh.xlsx']);
    // Renamed since by a tool that did not know the field: its checksum no longer matches, and the name itself decides.
    expect(nameOf(zipNamed(dos, { 28789: field(crc32Of(dos) ^ 1) }))).toEqual(['X? ?ong Anh.xlsx']);
  });
});

/** CRC-32 as zip computes it (written out here so the test does not lean on the code it checks). */
function crc32Of(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe('worthConverting: what the CLI hands LibreOffice to save as .docx/.xlsx', () => {
  const fixtures = join(__dirname, '../fixtures/plans');
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const u16 = (s: string) => [...s].flatMap((ch) => [ch.charCodeAt(0), 0]);

  it('takes a whole Word 97 or Excel 97 file and an OpenDocument one', () => {
    for (const f of ['haiphong-merged-column.doc', 'angiang-appendix.xls', 'angiang-appendix.ods']) expect([f, worthConverting(new Uint8Array(readFileSync(join(fixtures, f))))]).toEqual([f, true]);
  });

  it('refuses a damaged header and a password-protected file, which LibreOffice would try for seconds and fail', () => {
    expect(worthConverting(new Uint8Array([...ole, ...u16('WordDocument'), ...new Array(4096).fill(7)]))).toBe(false);
    expect(worthConverting(new Uint8Array([...ole, ...new Array(20).fill(0), 0xfe, 0xff, 9, 0, ...u16('EncryptedPackage')]))).toBe(false);
    expect(worthConverting(new TextEncoder().encode('%PDF-1.7'))).toBe(false);
  });
});
