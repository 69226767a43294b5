import { cellText, type PlacedCell, type QuickBook, type QuickSheet, type ReadSheet, type SheetValue } from '../workbook-kit/read-model';
import { isSpace } from './fast-cells';
import { fflateInflate, openXlsx, type RawInflate } from './guard';
import { openBook, relationships } from './scan-read';
import { MAX_NOTES, READER_LIMITS, Stop, type ScanNote } from './scan-limits';
import { parseAddress, readFast, SEAM_TAG, Seamed, SheetBuilder, type SheetContext, type SheetParts, type Surrounds } from './sheet-read';
import { decodeUtf8 } from './utf8';
import { decode, type XmlHandler } from './xml-scan';

/**
 * The compile's quick path (issue #11): a return's cells without a workbook of objects. The same
 * guard, parts, styles and fast cell scanner as scan-read.ts, but the shared strings stay bytes —
 * a string is decoded when a reader asks for its text, and compared with the plan's words as
 * bytes — and cells are kept in flat arrays. It reads only what the general reader's fast path
 * reads, and gives up (null) on anything else: rich text, a shared formula,
 * a value under a merge, rows or cells out of order, a limit reached. The general reader
 * then reads the file and says what there is to say; tests/xlsx/quick-read.test.ts holds the two
 * to the same cells. What it gives is what the agency reader needs: no hyperlinks, validations or
 * hidden rows.
 */
export function quickBook(bytes: Uint8Array, inflate: RawInflate = fflateInflate): QuickBook | null {
  const L = READER_LIMITS;
  const opened = openXlsx(bytes, L);
  if (!opened.ok) return null;
  try {
    const { parts, reuses, scanPart, book, relById, stringsPart, readStylesPart } = openBook(bytes, opened.entries, L, inflate, 'auto');
    const strings = stringsPart ? lazyStrings(parts, stringsPart, reuses) : NO_STRINGS;
    const styles = readStylesPart();
    const notes: ScanNote[] = [];
    const budget = { cells: L.maxCells, merges: L.maxMerges, ranges: L.maxRanges, visits: L.maxRangeVisits };
    const sheets: QuickSheet[] = [];
    const uncached: QuickBook['uncached'] = [];
    for (const s of book.sheets) {
      const rel = relById.get(s.rid);
      if (rel?.type !== 'worksheet') continue;
      // Read as the general reader reads them: a sheet's relationships that are not well-formed end the read.
      relationships(scanPart, rel.target);
      const data = parts.bytes(rel.target);
      if (!data) continue;
      const ctx: SheetContext = { strings: [], styles, date1904: book.date1904, links: new Map(), budget, notes, L };
      const b = new QuickBuilder(rel.target, ctx, strings.count);
      if (!readFast(parts, rel.target, data, b, SURROUNDS) || !b.plain()) return null;
      sheets.push(new CompactSheet(s.name, s.state, b, strings, styles.formats));
      // As the general reader notes them: in order, the first MAX_NOTES of the workbook.
      for (const cell of b.formulasWithoutValue()) if (uncached.length < MAX_NOTES) uncached.push({ sheet: s.name, cell });
    }
    return { sheets, date1904: book.date1904, uncached };
  } catch (error) {
    if (error instanceof Stop || error === DECLINE) return null;
    throw error;
  }
}

/** What surrounds each sheet's cells, as last read (see Surrounds). */
const SURROUNDS: Surrounds = new Map();

/** Thrown to give the file to the general reader. */
const DECLINE = new Error('not for the quick path');

/** A row being read (the builder's own rows are not kept). */
const OPEN_ROW = { row: 0, cells: [] };

/** The cells of one sheet in flat arrays: a shared string by its index, any other cell as the general reader makes it. */
class QuickBuilder extends SheetBuilder {
  readonly rowOf: number[] = [];
  readonly colOf: number[] = [];
  readonly styleOf: number[] = [];
  /** ≥ 0: a shared string's index; < 0: -1 - the cell's place in `others`. */
  readonly ref: number[] = [];
  readonly others: PlacedCell[] = [];
  private lastCol = 0;

  constructor(
    part: string,
    ctx: SheetContext,
    private readonly strings: number,
  ) {
    super(part, ctx);
  }

  override openRow(n: number): void {
    if (n <= this.rowNumber) throw DECLINE;
    this.rowNumber = n;
    this.colNumber = 0;
    this.lastCol = 0;
    this.row = OPEN_ROW;
  }

  override closeRow(): void {
    this.row = null;
  }

  override cell(cRow: number, cCol: number, cType: string, cStyle: number, vText: string | null, fText: string | null, fShared: { si: string; master: boolean } | null, isText: string | null): void {
    // A shared string the fast path could not read as an index: the general reader's to judge.
    if (cType === 's') throw DECLINE;
    super.cell(cRow, cCol, cType, cStyle, vText, fText, fShared, isText);
  }

  override sharedString(col: number, style: number, index: number): void {
    // An index past the strings is no cell, as in the general reader.
    if (index >= this.strings) return;
    this.add(col, style, index);
  }

  protected override place(col: number, style: number, value: SheetValue, formula: string | null): void {
    this.others.push({ value, formula, numFmt: this.ctx.styles.formats[style] ?? null, col });
    this.add(col, style, -this.others.length);
  }

  private add(col: number, style: number, ref: number): void {
    if (col <= this.lastCol) throw DECLINE;
    if (--this.ctx.budget.cells < 0) this.over('cells', this.ctx.L.maxCells);
    this.lastCol = col;
    this.rowOf.push(this.rowNumber);
    this.colOf.push(col);
    this.styleOf.push(style);
    this.ref.push(ref);
  }

  /** The formulas saved without their value ('H7'), as the general reader notes them. */
  formulasWithoutValue(): readonly string[] {
    return this.uncached;
  }

  /** Whether the sheet reads here as in the general reader: no value a merge would hide (which it drops, and says). */
  plain(): boolean {
    if (this.merges.length === 0) return true;
    if (this.merges.length > MAX_MERGES) return false;
    for (const ref of this.merges) {
      const [from, to] = ref.split(':');
      const a = from ? parseAddress(from) : null;
      const z = to ? parseAddress(to) : a;
      if (!a || !z) return false;
      for (let i = 0; i < this.rowOf.length; i++) {
        const r = this.rowOf[i]!;
        const c = this.colOf[i]!;
        if (r >= a[0] && r <= z[0] && c >= a[1] && c <= z[1] && !(r === a[0] && c === a[1])) return false;
      }
    }
    return true;
  }
}

/** A template merges its titles: a few merges are checked cell by cell, more go to the general reader. */
const MAX_MERGES = 64;

class CompactSheet implements QuickSheet {
  readonly count: number;

  constructor(
    readonly name: string,
    readonly state: ReadSheet['state'],
    private readonly b: QuickBuilder,
    private readonly strings: LazyStrings,
    private readonly formats: readonly (string | null)[],
  ) {
    this.count = b.ref.length;
  }

  row(i: number): number {
    return this.b.rowOf[i]!;
  }

  col(i: number): number {
    return this.b.colOf[i]!;
  }

  cell(i: number): PlacedCell {
    const ref = this.b.ref[i]!;
    if (ref < 0) return this.b.others[-1 - ref]!;
    return { value: this.strings.text(ref), formula: null, numFmt: this.formats[this.b.styleOf[i]!] ?? null, col: this.b.colOf[i]! };
  }

  text(i: number): string {
    const ref = this.b.ref[i]!;
    return ref < 0 ? cellText(this.b.others[-1 - ref]) : this.strings.text(ref).trim();
  }

  textIs(i: number, want: string): boolean {
    const ref = this.b.ref[i]!;
    return ref < 0 ? cellText(this.b.others[-1 - ref]) === want : this.strings.is(ref, want);
  }

  mayBe(i: number, texts: ReadonlySet<string>, infix: string): boolean {
    const ref = this.b.ref[i]!;
    if (ref < 0) {
      const t = cellText(this.b.others[-1 - ref]);
      return texts.has(t) || t.includes(infix);
    }
    return this.strings.mayBe(ref, texts, infix);
  }

  isString(i: number): boolean {
    const ref = this.b.ref[i]!;
    return ref >= 0 || typeof this.b.others[-1 - ref]!.value === 'string';
  }
}

// ---------------------------------------------------------------------------------------------
// Shared strings, left as bytes.

interface LazyStrings {
  count: number;
  /** The string, decoded as the general reader decodes it (then kept). */
  text(i: number): string;
  /** Whether text(i).trim() === want. */
  is(i: number, want: string): boolean;
  /** False when text(i).trim() is surely none of `texts` and does not hold `infix`. */
  mayBe(i: number, texts: ReadonlySet<string>, infix: string): boolean;
}

const NO_STRINGS: LazyStrings = { count: 0, text: () => '', is: (_i, want) => want === '', mayBe: () => true };

/** Parts past this size the general reader scans rather than takes whole (scan-read's CHUNK × 16). */
const WHOLE_MAX = 16 << 20;

/**
 * Where each <si>'s text sits in the part: the general reader's fast path for plain strings
 * (fastStrings), on the bytes. Rich text, phonetic guides and anything else give the file up; what
 * surrounds the strings is checked by the general scanner, as readStrings checks it.
 */
function lazyStrings(parts: SheetParts, part: string, reuses: boolean): LazyStrings {
  const data = parts.bytes(part);
  if (!data) return NO_STRINGS;
  if (data.length > WHOLE_MAX) throw DECLINE;
  // Kept while the sheets are read: fflate inflates the next part into the same buffer.
  const bytes = reuses ? data.slice() : data;
  // The part as a string of its bytes: the platform's own indexOf and startsWith find and compare in it.
  const raw = byteString(bytes);
  const starts: number[] = [];
  const ends: number[] = [];
  // Whether each string holds an entity ('&amp;'): the part's ampersands, found as the strings are.
  const amps: boolean[] = [];
  let amp = raw.indexOf('&');
  const first = raw.indexOf('<si>');
  if (first < 0) throw DECLINE;
  let p = first;
  for (;;) {
    while (isSpace(raw.charCodeAt(p))) p++;
    let body: number;
    if (raw.startsWith('<si><t>', p)) body = p + 7;
    else if (raw.startsWith('<si><t xml:space="preserve">', p)) body = p + 28;
    else if (raw.startsWith('<si><t/></si>', p)) {
      starts.push(p);
      ends.push(p);
      amps.push(false);
      p += 13;
      continue;
    } else if (raw.startsWith('</sst>', p)) break;
    else throw DECLINE;
    const lt = raw.indexOf('<', body);
    if (lt < 0 || !raw.startsWith('</t></si>', lt)) throw DECLINE;
    while (amp >= 0 && amp < body) amp = raw.indexOf('&', amp + 1);
    starts.push(body);
    ends.push(lt);
    amps.push(amp >= 0 && amp < lt);
    p = lt + 9;
  }
  if (starts.length > READER_LIMITS.maxStrings) throw DECLINE;
  const seam = new Seamed(IGNORE, 'sst');
  parts.scan(part, seam, [bytes.subarray(0, first), SEAM_TAG, bytes.subarray(p)]);
  if (!seam.ok()) throw DECLINE;
  return new PartStrings(bytes, raw, starts, ends, amps);
}

type NodeBuffer = { from(b: ArrayBufferLike, offset: number, length: number): { toString(encoding: 'latin1'): string } };
const NODE_BUFFER = (globalThis as { Buffer?: NodeBuffer }).Buffer;
let windows1252: TextDecoder | null = null;

/**
 * Bytes as a string of as many characters, each byte one character: Node's latin1 (a copy), or
 * the browser's windows-1252 (also one character per byte, all 256 apart). Equal strings are
 * equal bytes, whichever made them, as long as one function makes both.
 */
function byteString(bytes: Uint8Array): string {
  if (NODE_BUFFER) return NODE_BUFFER.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  windows1252 ??= new TextDecoder('windows-1252');
  return windows1252.decode(bytes);
}

const IGNORE: XmlHandler = { wantText: false, open() {}, close() {}, text() {} };

class PartStrings implements LazyStrings {
  private readonly decoded: (string | undefined)[] = [];
  /** The plan's word each string was last found to be. */
  private readonly matched: (string | undefined)[] = [];

  constructor(
    private readonly bytes: Uint8Array,
    /** The same bytes as byteString made them. */
    private readonly raw: string,
    private readonly starts: number[],
    private readonly ends: number[],
    private readonly amps: boolean[],
  ) {}

  get count(): number {
    return this.starts.length;
  }

  text(i: number): string {
    let s = this.decoded[i];
    if (s === undefined) {
      const a = this.starts[i]!;
      const b = this.ends[i]!;
      s = pieceText(this.bytes, this.raw, a, b);
      if (this.amps[i]) s = decode(s);
      this.decoded[i] = s;
    }
    return s;
  }

  is(i: number, want: string): boolean {
    // One plan word is asked of one string many times (an agency's name on each of its rows).
    if (this.matched[i] === want) return true;
    const same = this.compare(i, want);
    if (same) this.matched[i] = want;
    return same;
  }

  mayBe(i: number, texts: ReadonlySet<string>, infix: string): boolean {
    const known = this.decoded[i];
    const a = this.starts[i]!;
    const b = this.ends[i]!;
    if (known === undefined && !this.amps[i] && !spaceAtEdge(this.bytes, a, b)) {
      // Undecoded: a text of none of their lengths in UTF-8 that does not hold the infix's bytes.
      const { lengths, odd } = byteLengths(texts);
      const w = plainBytes(infix);
      return odd || w === null || lengths.has(b - a) || this.raw.substring(a, b).includes(w.raw);
    }
    const t = this.text(i).trim();
    return texts.has(t) || t.includes(infix);
  }

  private compare(i: number, want: string): boolean {
    const known = this.decoded[i];
    if (known !== undefined) return known.trim() === want;
    const a = this.starts[i]!;
    const b = this.ends[i]!;
    const w = plainBytes(want);
    if (w !== null && !this.amps[i]) {
      // The same bytes are the same text; other bytes, with no space at either end to trim, another text.
      if (w.length === b - a && this.raw.startsWith(w.raw, a)) return true;
      if (!spaceAtEdge(this.bytes, a, b)) return false;
    }
    return this.text(i).trim() === want;
  }
}

const KEEP_BOM = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * A string of the part decoded as it reads inside the whole part. An ASCII one (an id, a code, a
 * short word) is its bytes' own string; a U+FEFF at the start of another is a character, not a
 * byte order mark.
 */
function pieceText(bytes: Uint8Array, raw: string, a: number, b: number): string {
  let i = a;
  while (i < b && bytes[i]! < 0x80) i++;
  return i === b ? raw.substring(a, b) : decodePiece(bytes.subarray(a, b));
}

function decodePiece(bytes: Uint8Array): string {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? KEEP_BOM.decode(bytes) : decodeUtf8(bytes);
}

const ENCODER = new TextEncoder();
/** The plan's words as UTF-8 (their length, and their bytes as byteString makes them), kept across returns: every return holds the same words. */
const WANTED = new Map<string, { length: number; raw: string } | null>();

/**
 * `want` as a cell holding exactly it would have its bytes; null when bytes cannot say (a text with
 * spaces at an end, which no trimmed cell equals, or one a decoder could also make from other
 * bytes: a lone surrogate or U+FFFD).
 */
function plainBytes(want: string): { length: number; raw: string } | null {
  let w = WANTED.get(want);
  if (w === undefined) {
    const plain = want.trim() === want && !want.includes('\uFFFD') && !/[\uD800-\uDFFF]/.test(want.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));
    const bytes = plain ? ENCODER.encode(want) : null;
    w = bytes ? { length: bytes.length, raw: byteString(bytes) } : null;
    if (WANTED.size >= 50_000) WANTED.clear();
    WANTED.set(want, w);
  }
  return w;
}

/** The lengths in UTF-8 of a set of texts, kept by the set; `odd` when one holds what bytes cannot tell apart (see plainBytes). */
const LENGTHS = new WeakMap<ReadonlySet<string>, { lengths: Set<number>; odd: boolean }>();
function byteLengths(texts: ReadonlySet<string>): { lengths: Set<number>; odd: boolean } {
  let known = LENGTHS.get(texts);
  if (!known) {
    known = { lengths: new Set(), odd: false };
    for (const t of texts) {
      const w = plainBytes(t);
      if (w === null) known.odd = true;
      else known.lengths.add(w.length);
    }
    LENGTHS.set(texts, known);
  }
  return known;
}

/** Whether the text of bytes [a, b) may start or end with a character that trim() takes away (or is not plain UTF-8 there). */
function spaceAtEdge(bytes: Uint8Array, a: number, b: number): boolean {
  if (a === b) return false;
  let end = b - 1;
  for (let k = 0; k < 3 && end > a && (bytes[end]! & 0xc0) === 0x80; k++) end--;
  const first = codePoint(bytes, a, b);
  const last = codePoint(bytes, end, b);
  return first < 0 || last < 0 || isJsSpace(first) || isJsSpace(last) || end + sequenceLength(bytes[end]!) !== b;
}

/** How many bytes a UTF-8 sequence starting with `c` takes (1 for a byte that starts none). */
function sequenceLength(c: number): number {
  return c >= 0xf0 && c < 0xf8 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 1;
}

/** The code point whose UTF-8 starts at `i`, or -1 when no whole sequence starts there before `b`. */
function codePoint(bytes: Uint8Array, i: number, b: number): number {
  const c = bytes[i]!;
  if (c < 0x80) return c;
  const n = sequenceLength(c) - 1;
  if (n === 0 || c >= 0xf8 || i + n >= b) return -1;
  let cp = c & (n === 1 ? 0x1f : n === 2 ? 0x0f : 0x07);
  for (let k = 1; k <= n; k++) {
    const x = bytes[i + k]!;
    if ((x & 0xc0) !== 0x80) return -1;
    cp = (cp << 6) | (x & 0x3f);
  }
  return cp;
}

/** What String.prototype.trim takes away: ECMAScript's WhiteSpace and LineTerminator. */
function isJsSpace(cp: number): boolean {
  return (cp >= 9 && cp <= 13) || cp === 0x20 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000 || cp === 0xfeff;
}
