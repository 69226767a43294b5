import { cellText, type PlacedCell, type QuickBook, type QuickSheet, type ReadSheet, type SheetValue } from '../workbook-kit/read-model';
import { holds, indexOfText, isSpace } from './fast-cells';
import { fflateInflate, openXlsx, type RawInflate } from './guard';
import { openBook, relationships } from './scan-read';
import { MAX_NOTES, READER_LIMITS, Stop, type ScanNote } from './scan-limits';
import { parseAddress, readFast, SEAM_TAG, Seamed, SheetBuilder, type SheetContext, type SheetParts } from './sheet-read';
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
      if (!readFast(parts, rel.target, data, b) || !b.plain()) return null;
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
}

const NO_STRINGS: LazyStrings = { count: 0, text: () => '', is: (_i, want) => want === '' };

const LT = 0x3c;
const AMP = 0x26;
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
  const starts: number[] = [];
  const ends: number[] = [];
  // Whether each string holds an entity ('&amp;').
  const amps: boolean[] = [];
  const first = indexOfText(bytes, '<si>', 0);
  if (first < 0) throw DECLINE;
  const n = bytes.length;
  let p = first;
  for (;;) {
    while (isSpace(bytes[p])) p++;
    let body: number;
    if (holds(bytes, p, '<si><t>')) body = p + 7;
    else if (holds(bytes, p, '<si><t xml:space="preserve">')) body = p + 28;
    else if (holds(bytes, p, '<si><t/></si>')) {
      starts.push(p);
      ends.push(p);
      amps.push(false);
      p += 13;
      continue;
    } else if (holds(bytes, p, '</sst>')) break;
    else throw DECLINE;
    // A loop of our own: most strings are short, and a call to indexOf costs more than their bytes.
    let lt = body;
    let amp = false;
    for (let c = bytes[lt]; c !== LT; c = bytes[++lt]) {
      if (lt >= n) throw DECLINE;
      if (c === AMP) amp = true;
    }
    if (!holds(bytes, lt, '</t></si>')) throw DECLINE;
    starts.push(body);
    ends.push(lt);
    amps.push(amp);
    p = lt + 9;
  }
  if (starts.length > READER_LIMITS.maxStrings) throw DECLINE;
  const seam = new Seamed(IGNORE, 'sst');
  parts.scan(part, seam, [bytes.subarray(0, first), SEAM_TAG, bytes.subarray(p)]);
  if (!seam.ok()) throw DECLINE;
  return new PartStrings(bytes, starts, ends, amps);
}

const IGNORE: XmlHandler = { wantText: false, open() {}, close() {}, text() {} };

class PartStrings implements LazyStrings {
  private readonly decoded: (string | undefined)[] = [];
  /** The plan's word each string was last found to be. */
  private readonly matched: (string | undefined)[] = [];

  constructor(
    private readonly bytes: Uint8Array,
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
      s = pieceText(this.bytes.subarray(a, b));
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

  private compare(i: number, want: string): boolean {
    const known = this.decoded[i];
    if (known !== undefined) return known.trim() === want;
    const a = this.starts[i]!;
    const b = this.ends[i]!;
    const w = plainBytes(want);
    if (w !== null && !this.amps[i]) {
      // The same bytes are the same text; other bytes, with no space at either end to trim, another text.
      if (w.length === b - a && sameBytes(this.bytes, a, w)) return true;
      if (!spaceAtEdge(this.bytes, a, b)) return false;
    }
    return this.text(i).trim() === want;
  }
}

const KEEP_BOM = new TextDecoder('utf-8', { ignoreBOM: true });

/** A piece of a part decoded as it reads inside the whole part: a U+FEFF at its start is a character, not a byte order mark. */
function pieceText(bytes: Uint8Array): string {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? KEEP_BOM.decode(bytes) : decodeUtf8(bytes);
}

const ENCODER = new TextEncoder();
/** The plan's words as UTF-8, kept across returns (every return holds the same words). */
const WANTED = new Map<string, Uint8Array | null>();

/**
 * `want` as the bytes a cell holding exactly it would have; null when bytes cannot say (a text
 * with spaces at an end, which no trimmed cell equals, or one a decoder could also make from
 * other bytes: a lone surrogate or U+FFFD).
 */
function plainBytes(want: string): Uint8Array | null {
  let w = WANTED.get(want);
  if (w === undefined) {
    w = want.trim() === want && !want.includes('\uFFFD') && !/[\uD800-\uDFFF]/.test(want.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')) ? ENCODER.encode(want) : null;
    if (WANTED.size >= 50_000) WANTED.clear();
    WANTED.set(want, w);
  }
  return w;
}

function sameBytes(bytes: Uint8Array, at: number, w: Uint8Array): boolean {
  for (let k = 0; k < w.length; k++) if (bytes[at + k] !== w[k]) return false;
  return true;
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
