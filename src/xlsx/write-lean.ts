import { Zip, ZipDeflate, strToU8 } from 'fflate';
import type { CellSpec, CellStyle, SheetSpec, WorkbookSpec } from '../workbook-kit/spec';
import { columnLetter, eachRow } from '../workbook-kit/spec';

/**
 * WorkbookSpec -> .xlsx in one pass, straight into the zip: each row's XML is deflated as it is
 * made and let go, text that repeats goes to a shared-string table and text written once inline
 * (so the table grows with the distinct repeated texts, not with the rows), and every part is
 * deflated once, by fflate or by a faster deflater the shell brings (Node's zlib). For listing workbooks — the master of a compile — that need
 * values, styles and number formats (dates), widths, merges, frozen panes, outlines, hyperlinks,
 * AutoFilters and print setup (A4 or A3). A spec that asks for anything else — sheet protection,
 * validations, conditional formats, or a field this writer does not know (added to the spec
 * later) — goes to exceljs's writer instead: leanGaps names what is missing, so nothing a spec
 * asks for is silently dropped. Its XML matches what the exceljs writer emits for the same
 * features, so both read back alike.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MM_PER_INCH = 25.4;
/** Row XML gathered before it is handed to the deflater: large enough to keep the calls few. */
const FLUSH_AT = 64 * 1024;

/**
 * The fields of the spec this writer renders, level by level. A field outside these lists is a
 * feature it does not know: the workbook then goes to exceljs (see leanGaps).
 */
const KNOWN: Record<'workbook' | 'sheet' | 'row' | 'column' | 'cell' | 'style' | 'print', ReadonlySet<string>> = {
  workbook: new Set(['styles', 'sheets', 'font', 'password']),
  sheet: new Set(['name', 'state', 'columns', 'rows', 'more', 'merges', 'freeze', 'conditionalFormats', 'validations', 'protect', 'print', 'outlineSummaryAbove', 'tabColor', 'autoFilter']),
  row: new Set(['cells', 'height', 'outlineLevel']),
  column: new Set(['width', 'hidden', 'style']),
  cell: new Set(['value', 'formula', 'style', 'hyperlink']),
  style: new Set(['bold', 'italic', 'size', 'color', 'fill', 'hAlign', 'vAlign', 'wrap', 'indent', 'numFmt', 'border', 'unlocked']),
  print: new Set(['orientation', 'fitToWidth', 'titleRows', 'printArea', 'header', 'footer', 'firstPageHeader', 'margins', 'paperSize', 'rowBreaks']),
};

/** What one pass over a spec finds: what it asks for that this writer does not render, and its repeated text. */
export interface LeanSurvey {
  /** 'Tổng hợp: validations', 'cell.comment': empty when the lean writer covers everything. */
  gaps: string[];
  /** Text that occurs more than once, each with its index in the shared-string table. */
  shared: Map<string, number>;
}

/**
 * One pass over every row (streamed rows made once for it): the gaps, by their keys only, and
 * the text that repeats. The master repeats a task's words on a row for every unit and a unit's
 * name on a row for every task: written once, the sheet's XML is a third as long, and so is its
 * deflating. Text written once stays inline, so the table grows with the distinct repeated texts
 * (the plan's), not with the rows.
 */
export function leanSurvey(spec: WorkbookSpec): LeanSurvey {
  const gaps = new Set<string>();
  const unknown = (level: keyof typeof KNOWN, o: object | null | undefined) => {
    if (!o) return;
    for (const k in o) if (!KNOWN[level].has(k) && (o as Record<string, unknown>)[k] !== undefined) gaps.add(`${level}.${k}`);
  };
  const seen = new Map<string, number>();
  unknown('workbook', spec);
  for (const style of Object.values(spec.styles)) unknown('style', style);
  for (const s of spec.sheets) {
    unknown('sheet', s);
    if (s.protect) gaps.add(`${s.name}: protection`);
    if (s.validations.length > 0) gaps.add(`${s.name}: validations`);
    if (s.conditionalFormats.length > 0) gaps.add(`${s.name}: conditional formats`);
    if (s.print && !['A4', 'A3', undefined].includes(s.print.paperSize)) gaps.add(`${s.name}: paper ${s.print.paperSize}`);
    unknown('print', s.print);
    for (const c of s.columns) unknown('column', c);
    eachRow(s, (r) => {
      unknown('row', r);
      for (const c of r.cells) {
        if (!c) continue;
        unknown('cell', c);
        // A value of a kind the spec does not declare (a Date object, say) is exceljs's to write.
        const v: unknown = c.value;
        if (v !== null && v !== undefined && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') gaps.add(`cell value of type ${typeof v}`);
        if (typeof v !== 'string' || c.formula || v === '') continue;
        const at = seen.get(v);
        if (at === undefined) seen.set(v, -1);
        else if (at === -1) seen.set(v, 0);
      }
    });
  }
  const shared = new Map<string, number>();
  for (const [v, at] of seen) if (at === 0) shared.set(v, shared.size);
  return { gaps: [...gaps], shared };
}

/** What `spec` asks for that the lean writer does not render: empty when it covers everything. */
export function leanGaps(spec: WorkbookSpec): string[] {
  return leanSurvey(spec).gaps;
}

/** Whether the lean writer covers everything `spec` asks for. */
export function canWriteLean(spec: WorkbookSpec): boolean {
  return leanGaps(spec).length === 0;
}

/**
 * A zip entry deflated by something other than fflate (Node's native zlib in the CLI): fflate's
 * Zip asks only for these fields, and reads `crc` and `size` after the last chunk.
 */
export interface DeflatedEntry {
  filename: string;
  compression: 8;
  crc: number;
  size: number;
  ondata?: (err: Error | null, data: Uint8Array, final: boolean) => void;
  terminate(): void;
  /** Text of the part, in order; the last call says so. */
  push(chunk: Uint8Array, final: boolean): void;
}

/** Makes the zip entry of one part: fflate's own deflate unless the shell brings a faster one. */
export type EntryDeflater = (filename: string) => DeflatedEntry;

const fflateEntry: EntryDeflater = (filename) => new ZipDeflate(filename, { level: 6 }) as unknown as DeflatedEntry;

/** The workbook's bytes, handed to `sink` chunk by chunk as they are deflated; `surveyed`: leanSurvey(spec), when the caller has it. */
export function writeLean(spec: WorkbookSpec, sink: (chunk: Uint8Array) => void, deflater: EntryDeflater = fflateEntry, surveyed?: LeanSurvey): void {
  const { gaps, shared } = surveyed ?? leanSurvey(spec);
  if (gaps.length > 0) throw new Error(`writeLean: the exceljs writer is needed for ${gaps.join(', ')}`);
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else sink(chunk);
  });
  const part = (name: string, xml: string) => {
    const f = deflater(name);
    zip.add(f as unknown as ZipDeflate);
    f.push(strToU8(xml), true);
  };
  const styles = styleTable(spec);
  const n = spec.sheets.length;

  part('[Content_Types].xml', `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${spec.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${shared.size > 0 ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`);
  part('_rels/.rels', `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`);
  // A fixed date keeps the same compile's master byte-stable apart from the zip's own timestamps.
  part('docProps/core.xml', `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>chiso</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>`);
  part('docProps/app.xml', `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>chiso</Application></Properties>`);
  part('xl/_rels/workbook.xml.rels', `${HEAD}<Relationships xmlns="${PKG}">${spec.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>${shared.size > 0 ? `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`);
  part('xl/workbook.xml', workbookXml(spec));
  part('xl/styles.xml', styles.xml);
  spec.sheets.forEach((sheet, i) => {
    const f = deflater(`xl/worksheets/sheet${i + 1}.xml`);
    zip.add(f as unknown as ZipDeflate);
    const external = writeSheet(sheet, styles, shared, new XmlBytes((chunk, last) => f.push(chunk, last)));
    // The sheet's links to outside the workbook, by the ids its <hyperlink> elements name.
    if (external.length > 0) part(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, `${HEAD}<Relationships xmlns="${PKG}">${external.map((url, k) => `<Relationship Id="rId${k + 1}" Type="${REL}/hyperlink" Target="${esc(url)}" TargetMode="External"/>`).join('')}</Relationships>`);
  });
  if (shared.size > 0) {
    const f = deflater('xl/sharedStrings.xml');
    zip.add(f as unknown as ZipDeflate);
    let buf = `${HEAD}<sst xmlns="${MAIN}" count="${shared.size}" uniqueCount="${shared.size}">`;
    for (const text of shared.keys()) {
      buf += `<si><t xml:space="preserve">${esc(text)}</t></si>`;
      if (buf.length >= FLUSH_AT) {
        f.push(strToU8(buf), false);
        buf = '';
      }
    }
    f.push(strToU8(`${buf}</sst>`), true);
  }
  zip.end();
  if (failure) throw failure;
}

/** The same, gathered into one buffer (what the shells write to a file). */
export function writeLeanBytes(spec: WorkbookSpec, deflater?: EntryDeflater, surveyed?: LeanSurvey): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  writeLean(
    spec,
    (c) => {
      chunks.push(c);
      size += c.length;
    },
    deflater,
    surveyed,
  );
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

/** XML text: markup escaped, characters XML 1.0 cannot hold dropped. */
export function esc(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 forbids
  const clean = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
  return clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A sheet name quoted for a reference ('Tổng hợp' -> 'Tổng hợp', apostrophes doubled), then escaped as exceljs does. */
function quotedSheet(name: string): string {
  return esc(`'${name.replace(/'/g, "''")}'`).replace(/'/g, '&apos;');
}

function workbookXml(spec: WorkbookSpec): string {
  const names: string[] = [];
  spec.sheets.forEach((s, i) => {
    if (!s.print) return;
    const q = quotedSheet(s.name);
    if (s.print.printArea) names.push(`<definedName name="_xlnm.Print_Area" localSheetId="${i}">${q}!${s.print.printArea.replace(/\$?([A-Za-z]{1,3})\$?(\d+)/g, '$$$1$$$2')}</definedName>`);
    if (s.print.titleRows) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${q}!${s.print.titleRows.replace(/\$?(\d+)/g, '$$$1')}</definedName>`);
  });
  const sheets = spec.sheets.map((s, i) => `<sheet sheetId="${i + 1}" name="${esc(s.name)}" state="${s.state}" r:id="rId${i + 1}"/>`).join('');
  return `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets>${names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : ''}<calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>`;
}

// ---------------------------------------------------------------------------------------------
// Styles: each named style of the spec becomes one cell format.

interface StyleTable {
  xml: string;
  /** Cell format index of a named style ('' for the workbook's plain font). */
  index: Map<string, number>;
}

/** Formats Excel knows by number: they are written as such, not as custom formats. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '@': 49 };

function styleTable(spec: WorkbookSpec): StyleTable {
  const fonts: string[] = [];
  const fills: string[] = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  const numFmts = new Map<string, number>();
  const xfs: string[] = [];
  const index = new Map<string, number>();
  const idOf = (list: string[], item: string) => {
    const at = list.indexOf(item);
    if (at >= 0) return at;
    list.push(item);
    return list.length - 1;
  };
  const font = (s: CellStyle | undefined) =>
    `<font>${s?.bold ? '<b/>' : ''}${s?.italic ? '<i/>' : ''}${s?.color ? `<color rgb="FF${s.color}"/>` : ''}<sz val="${s?.size ?? spec.font.size}"/><name val="${esc(spec.font.name)}"/></font>`;
  const add = (name: string, s: CellStyle | undefined) => {
    const fontId = idOf(fonts, font(s));
    const fillId = s?.fill ? idOf(fills, `<fill><patternFill patternType="solid"><fgColor rgb="FF${s.fill}"/></patternFill></fill>`) : 0;
    let numFmtId = 0;
    if (s?.numFmt) {
      numFmtId = BUILT_IN_FORMATS[s.numFmt] ?? numFmts.get(s.numFmt) ?? 164 + numFmts.size;
      if (BUILT_IN_FORMATS[s.numFmt] === undefined) numFmts.set(s.numFmt, numFmtId);
    }
    const borderId = s?.border ? 1 : 0;
    const align = s && (s.hAlign || s.vAlign || s.wrap || s.indent) ? `<alignment${s.hAlign ? ` horizontal="${s.hAlign}"` : ''}${s.vAlign ? ` vertical="${s.vAlign === 'middle' ? 'center' : s.vAlign}"` : ''}${s.wrap ? ' wrapText="1"' : ''}${s.indent ? ` indent="${s.indent}"` : ''}/>` : '';
    const protection = s?.unlocked ? '<protection locked="0"/>' : '';
    const applies = `${numFmtId ? ' applyNumberFormat="1"' : ''} applyFont="1"${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}${align ? ' applyAlignment="1"' : ''}${protection ? ' applyProtection="1"' : ''}`;
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}${align || protection ? `>${align}${protection}</xf>` : '/>'}`;
    index.set(name, idOf(xfs, xf));
  };
  // Format 0 is the workbook's own font, for cells and columns without a style.
  add('', undefined);
  for (const [name, s] of Object.entries(spec.styles)) add(name, s);
  const thin = '<color rgb="FFA6A6A6"/>';
  const borders = `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin">${thin}</left><right style="thin">${thin}</right><top style="thin">${thin}</top><bottom style="thin">${thin}</bottom><diagonal/></border></borders>`;
  const formats = numFmts.size > 0 ? `<numFmts count="${numFmts.size}">${[...numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('')}</numFmts>` : '';
  const xml = `${HEAD}<styleSheet xmlns="${MAIN}">${formats}<fonts count="${fonts.length}">${fonts.join('')}</fonts><fills count="${fills.length}">${fills.join('')}</fills>${borders}<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0"/></styleSheet>`;
  return { xml, index };
}

// ---------------------------------------------------------------------------------------------
// A sheet, row by row.

/**
 * A part's XML written straight into bytes, handed on in chunks of about FLUSH_AT: a city's
 * master has a hundred thousand rows, and building each cell's XML as strings made several times
 * the sheet's size in garbage (the compile's memory peaked while the collector caught up).
 * Markup goes in as ASCII, text as UTF-8, escaped as esc() escapes it.
 */
export class XmlBytes {
  private buf: Uint8Array;
  private n = 0;

  /** `size`: bytes gathered before a chunk is handed on (tests make it small). */
  constructor(
    private readonly flush: (chunk: Uint8Array, last: boolean) => void,
    size = FLUSH_AT,
  ) {
    this.buf = new Uint8Array(Math.max(size, 8));
  }

  private room(k: number): void {
    if (this.n + k <= this.buf.length) return;
    this.flush(this.buf.slice(0, this.n), false);
    this.n = 0;
    if (k > this.buf.length) this.buf = new Uint8Array(k);
  }

  /** Markup: ASCII only. */
  ascii(s: string): void {
    this.room(s.length);
    const b = this.buf;
    let n = this.n;
    for (let i = 0; i < s.length; i++) b[n++] = s.charCodeAt(i);
    this.n = n;
  }

  /** A non-negative integer. */
  int(v: number): void {
    if (v < 10) {
      this.room(1);
      this.buf[this.n++] = 0x30 + v;
    } else this.ascii(String(v));
  }

  /** Text as it stands (markup the caller built, perhaps with words of the plan in it), as UTF-8. */
  raw(s: string): void {
    this.utf8(s, false);
  }

  /** Text in an element or an attribute: escaped as esc() does. */
  text(s: string): void {
    this.utf8(s, true);
  }

  private utf8(s: string, escaped: boolean): void {
    for (let i = 0; i < s.length; i++) {
      // At most 6 bytes for one character ('&quot;'), 4 for one code point.
      if (this.n + 6 > this.buf.length) this.room(6);
      const b = this.buf;
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        if (escaped) {
          if (c === 0x26) {
            this.put('&amp;');
            continue;
          }
          if (c === 0x3c) {
            this.put('&lt;');
            continue;
          }
          if (c === 0x3e) {
            this.put('&gt;');
            continue;
          }
          if (c === 0x22) {
            this.put('&quot;');
            continue;
          }
          // The characters XML 1.0 cannot hold are dropped.
          if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) continue;
        }
        b[this.n++] = c;
      } else if (c < 0x800) {
        b[this.n++] = 0xc0 | (c >> 6);
        b[this.n++] = 0x80 | (c & 0x3f);
      } else {
        if (escaped && (c === 0xfffe || c === 0xffff)) continue;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
          const d = s.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
            b[this.n++] = 0xf0 | (cp >> 18);
            b[this.n++] = 0x80 | ((cp >> 12) & 0x3f);
            b[this.n++] = 0x80 | ((cp >> 6) & 0x3f);
            b[this.n++] = 0x80 | (cp & 0x3f);
            i++;
            continue;
          }
        }
        // A lone surrogate becomes U+FFFD, as TextEncoder writes it.
        if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
        b[this.n++] = 0xe0 | (c >> 12);
        b[this.n++] = 0x80 | ((c >> 6) & 0x3f);
        b[this.n++] = 0x80 | (c & 0x3f);
      }
    }
  }

  private put(entity: string): void {
    for (let k = 0; k < entity.length; k++) this.buf[this.n++] = entity.charCodeAt(k);
  }

  /** The rest, as the part's last chunk. */
  end(): void {
    this.flush(this.buf.slice(0, this.n), true);
    this.n = 0;
  }
}

/** Column letters by column number, made once. */
const LETTERS: string[] = [];
function letters(col: number): string {
  let l = LETTERS[col];
  if (l === undefined) {
    l = columnLetter(col);
    LETTERS[col] = l;
  }
  return l;
}

/** A cell's start: `<c r="B12" s="3"`, then its type attribute (if any) and the rest. */
function cellStart(o: XmlBytes, col: number, r: number, s: number, type: string): void {
  o.ascii('<c r="');
  o.ascii(letters(col));
  o.int(r);
  if (s) {
    o.ascii('" s="');
    o.int(s);
  }
  o.ascii(type ? `"${type}` : '"');
}

function cellXml(o: XmlBytes, col: number, r: number, cell: CellSpec, s: number, shared: Map<string, number>): void {
  const v = cell.value;
  if (cell.formula) {
    const formula = cell.formula.replace(/^=/, '');
    const f = () => {
      o.ascii('<f>');
      o.text(formula);
      o.ascii('</f>');
    };
    if (v === null || v === undefined) {
      cellStart(o, col, r, s, '>');
      f();
    } else if (typeof v === 'number') {
      cellStart(o, col, r, s, '>');
      f();
      o.ascii(`<v>${v}</v>`);
    } else if (typeof v === 'boolean') {
      cellStart(o, col, r, s, ' t="b">');
      f();
      o.ascii(`<v>${v ? 1 : 0}</v>`);
    } else {
      cellStart(o, col, r, s, ' t="str">');
      f();
      o.ascii('<v>');
      o.text(v);
      o.ascii('</v>');
    }
    o.ascii('</c>');
    return;
  }
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) {
    cellStart(o, col, r, s, '/>');
    return;
  }
  if (typeof v === 'number') {
    cellStart(o, col, r, s, '><v>');
    o.ascii(`${v}</v></c>`);
    return;
  }
  if (typeof v === 'boolean') {
    cellStart(o, col, r, s, ` t="b"><v>${v ? 1 : 0}</v></c>`);
    return;
  }
  // Text stays text, whatever it starts with ('=', '+', '-', '@'): it is never a formula here.
  const at = shared.get(v);
  if (at !== undefined) {
    cellStart(o, col, r, s, ' t="s"><v>');
    o.int(at);
    o.ascii('</v></c>');
    return;
  }
  cellStart(o, col, r, s, ' t="inlineStr"><is><t xml:space="preserve">');
  o.text(v);
  o.ascii('</t></is></c>');
}

/** Writes the sheet's XML into `o`; answers the external hyperlink targets, in the order of their relationship ids. */
function writeSheet(sheet: SheetSpec, styles: StyleTable, shared: Map<string, number>, o: XmlBytes): string[] {
  const styleOf = (name: string | undefined) => styles.index.get(name ?? '') ?? 0;
  let outline = 0;
  eachRow(sheet, (r) => {
    if ((r.outlineLevel ?? 0) > outline) outline = r.outlineLevel!;
  });
  const p = sheet.print;
  const sheetPr = `<sheetPr>${sheet.tabColor ? `<tabColor rgb="FF${sheet.tabColor}"/>` : ''}<outlinePr summaryBelow="${sheet.outlineSummaryAbove ? 0 : 1}" summaryRight="1"/>${p ? '<pageSetUpPr fitToPage="1"/>' : ''}</sheetPr>`;
  const f = sheet.freeze;
  let pane = '';
  if (f && (f.rows > 0 || f.cols > 0)) {
    const active = f.rows > 0 && f.cols > 0 ? 'bottomRight' : f.rows > 0 ? 'bottomLeft' : 'topRight';
    pane = `<pane${f.cols > 0 ? ` xSplit="${f.cols}"` : ''}${f.rows > 0 ? ` ySplit="${f.rows}"` : ''} topLeftCell="${columnLetter(f.cols + 1)}${f.rows + 1}" activePane="${active}" state="frozen"/><selection pane="${active}"/>`;
  }
  const cols = sheet.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" style="${styleOf(c.style)}"${c.hidden ? ' hidden="1"' : ''} customWidth="1"/>`).join('');
  o.raw(`${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheetPr}<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15" outlineLevelRow="${outline}" outlineLevelCol="0"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`);

  // Within a merge only the first cell holds a value, as Excel keeps it (and exceljs writes it).
  const covered = new Set<string>();
  for (const ref of sheet.merges) {
    const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(ref);
    if (!m) continue;
    const [c1, r1, c2, r2] = [colNumber(m[1]!), Number(m[2]), colNumber(m[3]!), Number(m[4])];
    // Merges in these sheets are a few title rows: their cells are few.
    for (let r = r1; r <= r2 && (r2 - r1 + 1) * (c2 - c1 + 1) <= 10_000; r++) for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) covered.add(`${r}:${c}`);
  }

  // Each link is one <hyperlink> after the cells: a few per row at most in these sheets.
  const links: string[] = [];
  const external: string[] = [];
  eachRow(sheet, (row, i) => {
    const r = i + 1;
    const width = Math.max(row.cells.length, covered.size > 0 ? sheet.columns.length : 0);
    // A row with nothing to write is left out (unless it has a height or an outline level).
    let any = false;
    for (let j = 0; j < width && !any; j++) any = row.cells[j] != null || (covered.size > 0 && covered.has(`${r}:${j + 1}`));
    if (!any && row.height === undefined && !row.outlineLevel) return;
    o.ascii('<row r="');
    o.int(r);
    o.ascii(`"${row.height ? ` ht="${row.height}" customHeight="1"` : ''}${row.outlineLevel ? ` outlineLevel="${row.outlineLevel}"` : ''}>`);
    for (let j = 0; j < width; j++) {
      const cell = row.cells[j] ?? null;
      const colStyle = sheet.columns[j]?.style;
      if (covered.size > 0 && covered.has(`${r}:${j + 1}`)) {
        cellStart(o, j + 1, r, 0, '');
        o.ascii(` s="${styleOf(cell?.style ?? colStyle)}"/>`);
        continue;
      }
      if (!cell) continue;
      // A link without text shows its target, as exceljs writes it.
      cellXml(o, j + 1, r, cell.hyperlink && cell.value === null ? { ...cell, value: cell.hyperlink } : cell, styleOf(cell.style ?? colStyle), shared);
      if (cell.hyperlink) {
        const ref = `${letters(j + 1)}${r}`;
        if (cell.hyperlink.startsWith('#')) links.push(`<hyperlink ref="${ref}" location="${esc(cell.hyperlink.slice(1))}"/>`);
        else {
          external.push(cell.hyperlink);
          links.push(`<hyperlink ref="${ref}" r:id="rId${external.length}"/>`);
        }
      }
    }
    o.ascii('</row>');
  });
  let buf = '</sheetData>';
  if (sheet.autoFilter) buf += `<autoFilter ref="${esc(sheet.autoFilter)}"/>`;
  if (sheet.merges.length > 0) buf += `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`;
  if (p) {
    const inch = (mm: number) => Math.round((mm / MM_PER_INCH) * 1000) / 1000;
    const m = p.margins;
    if (links.length > 0) buf += `<hyperlinks>${links.join('')}</hyperlinks>`;
    buf += `<printOptions horizontalCentered="1"/><pageMargins left="${inch(m.left)}" right="${inch(m.right)}" top="${inch(m.top)}" bottom="${inch(m.bottom)}" header="${inch(m.header)}" footer="${inch(m.footer)}"/>`;
    buf += `<pageSetup paperSize="${p.paperSize === 'A3' ? 8 : 9}" orientation="${p.orientation}" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="${p.fitToWidth}" fitToHeight="0"/>`;
    // Nghị định 30: the first page may carry its own header (no page number); its footer is the same.
    // (An empty first header is left out, as exceljs writes it: absent means empty.)
    const first = p.firstPageHeader !== undefined ? `${p.firstPageHeader ? `<firstHeader>${esc(p.firstPageHeader)}</firstHeader>` : ''}<firstFooter>${esc(p.footer)}</firstFooter>` : '';
    buf += `<headerFooter${first ? ' differentFirst="1"' : ''}><oddHeader>${esc(p.header)}</oddHeader><oddFooter>${esc(p.footer)}</oddFooter>${first}</headerFooter>`;
    // A break's id is the last row of the page it ends.
    const breaks = p.rowBreaks ?? [];
    if (breaks.length > 0) buf += `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`;
  } else {
    if (links.length > 0) buf += `<hyperlinks>${links.join('')}</hyperlinks>`;
    // Excel's defaults, as exceljs writes them.
    buf += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/>';
  }
  o.raw(`${buf}</worksheet>`);
  o.end();
  return external;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
