import type { SheetBuilder } from './sheet-read';
import { MAX_COL, Stop, type ReaderLimits } from './scan-limits';
import { decode } from './xml-scan';

/**
 * The fast path: the cells of a worksheet and the shared strings as spreadsheet programs write
 * them (exceljs, Excel, LibreOffice, chiso's own writer), read without a general XML scanner.
 * A worksheet's <sheetData> is read from the inflated bytes — its markup is ASCII, so it is
 * never decoded as a whole, and only the texts a cell holds become strings. Anything these
 * readers do not know for certain (a cell without an address, a shared formula, rich text, a
 * comment, a quote other than '"', an entity in a tag) makes them give up, and the part is
 * read again by the general scanner: they either read a part exactly as the general scanner
 * would, or not at all (tests/xlsx/fast-path.test.ts holds them to it).
 */

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const EQ = 0x3d;
const AMP = 0x26;

const UTF8 = new TextDecoder('utf-8');

function isSpace(c: number | undefined): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** Whether `bytes` holds the ASCII `text` at `at`. */
function holds(bytes: Uint8Array, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Where the ASCII `text` first starts in `bytes` at or after `from`, or -1. */
function indexOfText(bytes: Uint8Array, text: string, from: number): number {
  // A loop of our own, as in nextTag.
  const first = text.charCodeAt(0);
  for (let i = from; i < bytes.length; i++) if (bytes[i] === first && holds(bytes, i, text)) return i;
  return -1;
}

/** The text of bytes [a, b) (no markup in it), decoded as the general scanner decodes it: UTF-8, then entities. */
function textOf(bytes: Uint8Array, a: number, b: number): string {
  let ascii = true;
  let amp = false;
  for (let i = a; i < b; i++) {
    const c = bytes[i]!;
    if (c >= 0x80) ascii = false;
    else if (c === AMP) amp = true;
  }
  let s: string;
  if (ascii && b - a <= 64) {
    s = '';
    for (let i = a; i < b; i++) s += String.fromCharCode(bytes[i]!);
  } else s = UTF8.decode(bytes.subarray(a, b));
  return amp ? decode(s) : s;
}

/** What the attribute loop of a start tag found: where it ends, whether it closes itself, and r, s and t. */
let tagEnd = 0;
let tagEmpty = false;
let attrR = -1;
let attrREnd = -1;
let attrS = -1;
let attrSEnd = -1;
let attrT = -1;
let attrTEnd = -1;
let attrHidden = -1;
let attrHiddenEnd = -1;
let attrOutline = -1;
let attrOutlineEnd = -1;

/**
 * The attributes of a start tag from `p` (just after its name) to its '>' or '/>', written
 * name="value" each after a space, values without '<' or '&': the spans of r, s, t and hidden
 * are noted. False when it is written any other way (or one of them twice).
 */
function attributes(bytes: Uint8Array, p: number): boolean {
  attrR = attrS = attrT = attrHidden = attrOutline = -1;
  for (;;) {
    const from = p;
    while (isSpace(bytes[p])) p++;
    const c = bytes[p];
    if (c === GT) {
      tagEnd = p + 1;
      tagEmpty = false;
      return true;
    }
    if (c === SLASH) {
      if (bytes[p + 1] !== GT) return false;
      tagEnd = p + 2;
      tagEmpty = true;
      return true;
    }
    if (p === from) return false;
    const name = p;
    for (let x = bytes[p]; x !== undefined && x !== EQ && x !== SLASH && x !== GT && x !== LT && x !== QUOTE && x !== 0x27 && !isSpace(x); x = bytes[++p]);
    if (p === name || bytes[p] !== EQ || bytes[p + 1] !== QUOTE) return false;
    const value = p + 2;
    p = value;
    for (let x = bytes[p]; x !== QUOTE; x = bytes[++p]) if (x === undefined || x === LT || x === AMP) return false;
    const len = value - 2 - name;
    const n0 = bytes[name];
    if (len === 1 && n0 === 0x72 /* r */) {
      if (attrR >= 0) return false;
      attrR = value;
      attrREnd = p;
    } else if (len === 1 && n0 === 0x73 /* s */) {
      if (attrS >= 0) return false;
      attrS = value;
      attrSEnd = p;
    } else if (len === 1 && n0 === 0x74 /* t */) {
      if (attrT >= 0) return false;
      attrT = value;
      attrTEnd = p;
    } else if (len === 6 && holds(bytes, name, 'hidden')) {
      if (attrHidden >= 0) return false;
      attrHidden = value;
      attrHiddenEnd = p;
    } else if (len === 12 && holds(bytes, name, 'outlineLevel')) {
      if (attrOutline >= 0) return false;
      attrOutline = value;
      attrOutlineEnd = p;
    }
    p++;
  }
}

/** Digits [a, b) as a number, or -1 when they are not 1–15 plain digits. */
function digits(bytes: Uint8Array, a: number, b: number): number {
  if (b <= a || b - a > 15) return -1;
  let n = 0;
  for (let i = a; i < b; i++) {
    const d = bytes[i]! - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const TYPES = ['s', 'str', 'n', 'b', 'e', 'd', 'inlineStr'];

/** The t attribute as the general reader holds it: one of the constants above, or its text. */
function typeOf(bytes: Uint8Array): string {
  if (attrT < 0) return '';
  for (const t of TYPES) if (t.length === attrTEnd - attrT && holds(bytes, attrT, t)) return t;
  return textOf(bytes, attrT, attrTEnd);
}

// A cell's address, as parseAddress reads it.
let cellRow = 0;
let cellCol = 0;

function address(bytes: Uint8Array, a: number, b: number): boolean {
  let col = 0;
  let i = a;
  for (; i < b; i++) {
    const c = bytes[i]! & ~0x20;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === a || i - a > 3 || col > MAX_COL || bytes[i] === 0x30) return false;
  const row = digits(bytes, i, b);
  if (row < 1) return false;
  cellRow = row;
  cellCol = col;
  return true;
}

/**
 * Where the next '<' is at or after `from`, or -1. A loop of our own, not Uint8Array's indexOf: a
 * cell's value is a few bytes, fewer than a call into the engine costs (the sheets read in two
 * thirds of the time).
 */
function nextTag(bytes: Uint8Array, from: number): number {
  for (let i = from; i < bytes.length; i++) if (bytes[i] === LT) return i;
  return -1;
}

/** Where the element `<name>` text `</name>` that starts at `p` ends; its text is [textStart, textEnd). -1 when it is not one. */
let textStart = 0;
let textEnd = 0;
function simpleElement(bytes: Uint8Array, p: number, open: string, close: string): number {
  if (!holds(bytes, p, open)) return -1;
  textStart = p + open.length;
  const lt = nextTag(bytes, textStart);
  if (lt < 0 || !holds(bytes, lt, close)) return -1;
  textEnd = lt;
  return lt + close.length;
}

/**
 * A formula `<f>` text `</f>`, or with attributes other than t (LibreOffice writes aca="false"):
 * where it ends, its text noted as simpleElement does; -1 for a shared or array formula, which
 * the general reader works out.
 */
function formula(bytes: Uint8Array, p: number): number {
  if (holds(bytes, p, '<f>')) return simpleElement(bytes, p, '<f>', '</f>');
  if (!holds(bytes, p, '<f') || !isSpace(bytes[p + 2]) || !attributes(bytes, p + 2) || tagEmpty || attrT >= 0) return -1;
  textStart = tagEnd;
  const lt = nextTag(bytes, textStart);
  if (lt < 0 || !holds(bytes, lt, '</f>')) return -1;
  textEnd = lt;
  return lt + 4;
}

/**
 * A cell from `p` (just after '<c'): placed in `b`, and where it ends; -1 when it is not written
 * the way the fast path knows.
 */
function cell(bytes: Uint8Array, p: number, b: SheetBuilder): number {
  if (!attributes(bytes, p)) return -1;
  p = tagEnd;
  // A blank styled cell: nothing to read (the general reader needs its address only for a following cell without one).
  if (tagEmpty) return p;
  if (attrR < 0 || !address(bytes, attrR, attrREnd) || cellRow !== b.rowNumber) return -1;
  const row = cellRow;
  const col = cellCol;
  let style = 0;
  if (attrS >= 0) {
    style = digits(bytes, attrS, attrSEnd);
    if (style < 0) return -1;
  }
  const type = typeOf(bytes);
  let v = -1;
  let vEnd = -1;
  let f = -1;
  let fEnd = -1;
  let t = -1;
  let tEnd = -1;
  for (;;) {
    while (isSpace(bytes[p])) p++;
    if (bytes[p] !== LT) return -1;
    if (holds(bytes, p, '</c>')) {
      p += 4;
      break;
    }
    const c1 = bytes[p + 1];
    let next = -1;
    if (c1 === 0x76 /* v */ && v < 0) {
      next = simpleElement(bytes, p, '<v>', '</v>');
      v = textStart;
      vEnd = textEnd;
    } else if (c1 === 0x66 /* f */ && f < 0) {
      next = formula(bytes, p);
      f = textStart;
      fEnd = textEnd;
    } else if (c1 === 0x69 /* i */ && t < 0) {
      next = simpleElement(bytes, p, '<is><t>', '</t></is>');
      if (next < 0) next = simpleElement(bytes, p, '<is><t xml:space="preserve">', '</t></is>');
      t = textStart;
      tEnd = textEnd;
    }
    if (next < 0) return -1;
    p = next;
  }
  b.colNumber = col;
  if (type === 's' && f < 0 && v >= 0) {
    // Most cells: an index into the shared strings, read as a number without a string between.
    const index = digits(bytes, v, vEnd);
    if (index >= 0) {
      b.sharedString(col, style, index);
      return p;
    }
  }
  b.cell(row, col, type, style, v < 0 ? null : textOf(bytes, v, vEnd), f < 0 ? null : textOf(bytes, f, fEnd), null, t < 0 ? null : textOf(bytes, t, tEnd));
  return p;
}

/**
 * The cells of a worksheet's <sheetData>, read into `b`; the span of its content (what the
 * general scanner should not read again), or null when the fast path does not read this sheet.
 */
export function fastSheetData(bytes: Uint8Array, b: SheetBuilder): { start: number; end: number } | null {
  const open = indexOfText(bytes, '<sheetData>', 0);
  if (open < 0) return null;
  const start = open + '<sheetData>'.length;
  let p = start;
  for (;;) {
    while (isSpace(bytes[p])) p++;
    if (bytes[p] !== LT) return null;
    const c1 = bytes[p + 1];
    if (c1 === 0x63 /* c */ && (isSpace(bytes[p + 2]) || bytes[p + 2] === GT || bytes[p + 2] === SLASH)) {
      if (!b.row) return null;
      p = cell(bytes, p + 2, b);
      if (p < 0) return null;
    } else if (c1 === 0x72 /* r */ && holds(bytes, p + 2, 'ow') && (isSpace(bytes[p + 4]) || bytes[p + 4] === GT || bytes[p + 4] === SLASH)) {
      if (b.row || !attributes(bytes, p + 4)) return null;
      p = tagEnd;
      // Rows without a number count on from the last (the general reader's rule), but the fast path leaves them to it.
      if (attrR < 0) return null;
      const n = digits(bytes, attrR, attrREnd);
      if (n < 1) return null;
      const hidden = attrHidden >= 0 && ((attrHiddenEnd - attrHidden === 1 && bytes[attrHidden] === 0x31) || (attrHiddenEnd - attrHidden === 4 && holds(bytes, attrHidden, 'true')));
      // In an outline group ('1'–'7'; '0' is none): a row hidden by a collapsed group, not by hand.
      const outlined = attrOutline >= 0 && attrOutlineEnd - attrOutline === 1 && bytes[attrOutline]! > 0x30 && bytes[attrOutline]! <= 0x37;
      b.openRow(n, undefined, hidden, outlined);
      if (tagEmpty) b.closeRow();
    } else if (c1 === SLASH && holds(bytes, p + 2, 'row>')) {
      if (!b.row) return null;
      b.closeRow();
      p += 6;
    } else if (c1 === SLASH && holds(bytes, p + 2, 'sheetData>')) {
      return b.row ? null : { start, end: p };
    } else return null;
  }
}

/**
 * The shared strings of a shared-strings part already decoded to `text`, each <si> holding one
 * plain <t> or runs of rich text (no phonetic guide), appended to `out`; the span they took (for the general
 * scanner to check what surrounds them), or null when the part is written otherwise — then `out`
 * is left as it was.
 */
export function fastStrings(text: string, out: string[], L: ReaderLimits, part: string): { start: number; end: number } | null {
  const start = text.indexOf('<si>');
  if (start < 0) return null;
  const before = out.length;
  let p = start;
  for (;;) {
    while (isSpace(text.charCodeAt(p))) p++;
    let body: number;
    if (text.startsWith('<si><t>', p)) body = p + 7;
    else if (text.startsWith('<si><t xml:space="preserve">', p)) body = p + 28;
    else if (text.startsWith('<si><t/></si>', p)) {
      if (out.length >= L.maxStrings) throw new Stop({ kind: 'over-limit', limit: 'strings', max: L.maxStrings, part });
      out.push('');
      p += 13;
      continue;
    } else if (text.startsWith('<si><r>', p)) {
      // Rich text: the runs' texts joined, their formatting passed over.
      const s = runs(text, p + 4);
      if (s === null) break;
      if (out.length >= L.maxStrings) throw new Stop({ kind: 'over-limit', limit: 'strings', max: L.maxStrings, part });
      out.push(s);
      p = runsEnd;
      continue;
    } else if (text.startsWith('</sst>', p)) return { start, end: p };
    else break;
    const lt = text.indexOf('<', body);
    if (lt < 0 || !text.startsWith('</t></si>', lt)) break;
    if (out.length >= L.maxStrings) throw new Stop({ kind: 'over-limit', limit: 'strings', max: L.maxStrings, part });
    const s = text.slice(body, lt);
    out.push(s.indexOf('&') < 0 ? s : decode(s));
    p = lt + 9;
  }
  out.length = before;
  return null;
}

/** A run's formatting: empty elements only (<b/>, <sz val="11"/>, <rFont val="Arial"/>), each written plainly. */
const PROPERTY = /\s*<[A-Za-z][\w:.-]*(?:\s+[^\s=/>"'<]+="[^"<&]*")*\s*\/>/y;

/** Where the runs read by runs() ended (after '</si>'). */
let runsEnd = 0;

/**
 * The text of the runs `<r>[<rPr>…</rPr>]<t>text</t></r>`… from `p` up to '</si>', or null when
 * they are written any other way.
 */
function runs(text: string, p: number): string | null {
  let joined = '';
  for (;;) {
    if (text.startsWith('</si>', p)) {
      runsEnd = p + 5;
      return joined;
    }
    if (!text.startsWith('<r>', p)) return null;
    p += 3;
    if (text.startsWith('<rPr>', p)) {
      p += 5;
      while (!text.startsWith('</rPr>', p)) {
        PROPERTY.lastIndex = p;
        if (!PROPERTY.test(text)) return null;
        p = PROPERTY.lastIndex;
      }
      p += 6;
    }
    let body: number;
    if (text.startsWith('<t>', p)) body = p + 3;
    else if (text.startsWith('<t xml:space="preserve">', p)) body = p + 24;
    else return null;
    const lt = text.indexOf('<', body);
    if (lt < 0 || !text.startsWith('</t></r>', lt)) return null;
    const s = text.slice(body, lt);
    joined += s.indexOf('&') < 0 ? s : decode(s);
    p = lt + 8;
  }
}
