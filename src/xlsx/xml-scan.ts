/**
 * A small streaming XML scanner for the parts of a workbook: text is pushed in chunks, and
 * elements are handed on as they close in the input, so a part is never held as a tree. It
 * knows what SpreadsheetML uses — elements, attributes, text, CDATA, the five entities and
 * character references — skips comments, processing instructions and a DOCTYPE (never expanding
 * an entity it declares), and answers anything else malformed with an error, never a hang:
 * each character is looked at a bounded number of times.
 */

export interface XmlHandler {
  /** A start tag: `name` without its namespace prefix; `attrs` the raw attribute text (see attrsOf). */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data between tags, already decoded. Only called while `wantText` is true. */
  text(s: string): void;
  wantText: boolean;
}

export class XmlError extends Error {}

/** No start tag of a workbook part comes near this (a long validation's sqref is a few KB). */
const MAX_TAG = 4 * 1024 * 1024;

// What openTag found besides its end: where the name ends, where the attributes end, whether it closes itself.
let tagNameEnd = 0;
let tagAttrsEnd = 0;
let tagEmpty = false;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** A character that ends a tag name or an attribute name (with the spaces). */
function endsName(c: number): boolean {
  return c === 0x2f || c === 0x3e || c === 0x3d || c === 0x21 || c === 0x3f || c === 0x3c || c === 0x22 || c === 0x27 || isSpace(c) || Number.isNaN(c);
}

/**
 * The start tag at `pos` ('<' then a name, attributes `name="value"` or `name='value'` each after
 * a space, then '>' or '/>'), read by hand: a regular expression here cost a match array and
 * three strings per tag. Returns the index after it, or -1 when it is cut short or malformed;
 * sets tagNameEnd, tagAttrsEnd and tagEmpty.
 */
function openTag(s: string, pos: number): number {
  const n = s.length;
  let i = pos + 1;
  while (i < n && !endsName(s.charCodeAt(i))) i++;
  if (i === pos + 1) return -1;
  tagNameEnd = i;
  tagAttrsEnd = i;
  for (;;) {
    const spaced = i;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i >= n) return -1;
    let c = s.charCodeAt(i);
    if (c === 0x3e) {
      tagEmpty = false;
      return i + 1;
    }
    if (c === 0x2f) {
      if (s.charCodeAt(i + 1) !== 0x3e) return -1;
      tagEmpty = true;
      return i + 2;
    }
    if (i === spaced) return -1; // an attribute must follow a space
    const nameStart = i;
    // An attribute's name ends only at a space, '=', '/' or '>'.
    while (i < n) {
      c = s.charCodeAt(i);
      if (isSpace(c) || c === 0x3d || c === 0x2f || c === 0x3e) break;
      i++;
    }
    if (i === nameStart) return -1;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (s.charCodeAt(i) !== 0x3d) return -1;
    i++;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    const q = s.charCodeAt(i);
    if (q !== 0x22 && q !== 0x27) return -1;
    const close = s.indexOf(q === 0x22 ? '"' : "'", i + 1);
    if (close < 0) return -1;
    i = close + 1;
    tagAttrsEnd = i;
  }
}

/**
 * The local name of s[a, b) ('x:c' -> 'c': SpreadsheetML may come with any prefix), the names a
 * worksheet repeats per cell given as constants rather than as a new string each time.
 */
function nameOf(s: string, a: number, b: number): string {
  // Within the name only: an indexOf would run on through the rest of the chunk when there is none.
  for (let i = a; i < b; i++) {
    if (s.charCodeAt(i) === 0x3a) {
      a = i + 1;
      break;
    }
  }
  const len = b - a;
  const c0 = s.charCodeAt(a);
  if (len === 1) {
    if (c0 === 0x63) return 'c';
    if (c0 === 0x76) return 'v';
    if (c0 === 0x66) return 'f';
    if (c0 === 0x74) return 't';
    if (c0 === 0x72) return 'r';
  } else if (len === 2) {
    if (c0 === 0x73 && s.charCodeAt(a + 1) === 0x69) return 'si';
    if (c0 === 0x69 && s.charCodeAt(a + 1) === 0x73) return 'is';
  } else if (len === 3) {
    if (c0 === 0x72 && s.charCodeAt(a + 1) === 0x6f && s.charCodeAt(a + 2) === 0x77) return 'row';
    if (c0 === 0x72 && s.charCodeAt(a + 1) === 0x50 && s.charCodeAt(a + 2) === 0x68) return 'rPh';
  }
  return s.slice(a, b);
}

export class XmlScanner {
  private buf = '';
  private depth = 0;
  constructor(private readonly h: XmlHandler) {}

  /** Feeds the next piece of the document (any split: a tag may run across pieces). */
  push(chunk: string): void {
    this.buf = this.buf.length > 0 ? this.buf + chunk : chunk;
    this.buf = this.buf.slice(this.scan(false));
  }

  /** The document is complete: whatever is left must be whole. */
  end(): void {
    this.scan(true);
    this.buf = '';
    if (this.depth !== 0) throw new XmlError('unclosed element');
  }

  /** Scans complete constructs of `buf`; returns where the first incomplete one starts. */
  private scan(final: boolean): number {
    const s = this.buf;
    const h = this.h;
    let pos = 0;
    while (pos < s.length) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) {
        // Text may end in a cut entity: keep a short tail for the next piece.
        if (!final) {
          const amp = s.lastIndexOf('&');
          if (amp >= pos && s.indexOf(';', amp) < 0 && s.length - amp < 16) {
            if (h.wantText && amp > pos) h.text(decode(s.slice(pos, amp)));
            return amp;
          }
        }
        if (h.wantText) h.text(decode(s.slice(pos)));
        return s.length;
      }
      if (lt > pos && h.wantText) h.text(decode(s.slice(pos, lt)));
      pos = lt;
      const next = s.charCodeAt(pos + 1);
      if (Number.isNaN(next)) return final ? fail('cut tag') : pos;
      if (next === 0x2f /* / */) {
        const gt = s.indexOf('>', pos);
        if (gt < 0) return final ? fail('cut tag') : pos;
        let a = pos + 2;
        let b = gt;
        while (a < b && isSpace(s.charCodeAt(a))) a++;
        while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
        if (--this.depth < 0) fail('unexpected close tag');
        h.close(nameOf(s, a, b));
        pos = gt + 1;
      } else if (next === 0x3f /* ? */) {
        const end = s.indexOf('?>', pos);
        if (end < 0) return final ? fail('cut instruction') : pos;
        pos = end + 2;
      } else if (next === 0x21 /* ! */) {
        if (s.startsWith('<!--', pos)) {
          const end = s.indexOf('-->', pos + 4);
          if (end < 0) return final ? fail('cut comment') : pos;
          pos = end + 3;
        } else if (s.startsWith('<![CDATA[', pos)) {
          const end = s.indexOf(']]>', pos + 9);
          if (end < 0) return final ? fail('cut CDATA') : pos;
          if (h.wantText) h.text(s.slice(pos + 9, end));
          pos = end + 3;
        } else if (s.startsWith('<!DOCTYPE', pos)) {
          // Its internal subset (entity declarations) is skipped, never expanded.
          const bracket = s.indexOf('[', pos);
          const gt = s.indexOf('>', pos);
          if (gt < 0) return final ? fail('cut DOCTYPE') : pos;
          if (bracket >= 0 && bracket < gt) {
            const end = s.indexOf(']>', bracket);
            if (end < 0) return final ? fail('cut DOCTYPE') : pos;
            pos = end + 2;
          } else pos = gt + 1;
        } else if (s.length - pos < 9 && !final) return pos;
        else fail('unknown markup');
      } else {
        const tag = openTag(s, pos);
        if (tag < 0) {
          // Incomplete (no '>' yet outside quotes) or malformed.
          if (!final && !completeTag(s, pos)) {
            if (s.length - pos > MAX_TAG) fail('tag too long');
            return pos;
          }
          fail('malformed tag');
        }
        const name = nameOf(s, pos + 1, tagNameEnd);
        const empty = tagEmpty;
        if (!empty) this.depth++;
        h.open(name, tagAttrsEnd > tagNameEnd ? s.slice(tagNameEnd, tagAttrsEnd) : '', empty);
        if (empty) h.close(name);
        pos = tag;
      }
    }
    return pos;
  }
}

/** Whether the tag starting at `pos` has its closing '>' (outside quotes) in `s`. */
function completeTag(s: string, pos: number): boolean {
  let quote = 0;
  for (let i = pos + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return true;
    else if (c === 0x3c) return true; // a '<' inside a tag: malformed, and known to be so now
  }
  return false;
}

function fail(message: string): never {
  throw new XmlError(message);
}

/** The character a reference `&…;` at s[amp..semi] stands for, or null when it is not one XML defines. */
function entity(s: string, amp: number, semi: number): string | null {
  const len = semi - amp - 1;
  const c = s.charCodeAt(amp + 1);
  if (c === 0x23 /* # */) {
    const hex = s.charCodeAt(amp + 2) === 0x78; /* x */
    const digits = len - (hex ? 2 : 1);
    if (digits < 1 || digits > (hex ? 6 : 7)) return null;
    let code = 0;
    for (let i = semi - digits; i < semi; i++) {
      const d = s.charCodeAt(i);
      let v: number;
      if (d >= 0x30 && d <= 0x39) v = d - 0x30;
      else if (hex && ((d >= 0x41 && d <= 0x46) || (d >= 0x61 && d <= 0x66))) v = (d & ~0x20) - 0x37;
      else return null;
      code = code * (hex ? 16 : 10) + v;
    }
    return code <= 0x10ffff ? String.fromCodePoint(code) : null;
  }
  if (len === 3 && s.startsWith('amp', amp + 1)) return '&';
  if (len === 2 && s.startsWith('lt', amp + 1)) return '<';
  if (len === 2 && s.startsWith('gt', amp + 1)) return '>';
  if (len === 4 && s.startsWith('quot', amp + 1)) return '"';
  if (len === 4 && s.startsWith('apos', amp + 1)) return "'";
  return null;
}

/**
 * Entities and character references decoded; an unknown one is left as written. By hand: the
 * shared strings of a Vietnamese plan quote often, and a regular expression with a callback per
 * reference was a tenth of reading them.
 */
export function decode(s: string): string {
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    // The longest reference is '&#x10FFFF;' or '&#1114111;'.
    const semi = s.indexOf(';', amp + 1);
    const ch = semi > amp && semi - amp <= 10 ? entity(s, amp, semi) : null;
    if (ch === null) {
      amp = s.indexOf('&', amp + 1);
      continue;
    }
    out += s.slice(from, amp) + ch;
    from = semi + 1;
    amp = s.indexOf('&', from);
  }
  return out + s.slice(from);
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag as name -> decoded value (names keep their prefix: 'r:id'). */
export function attrsOf(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (raw.length === 0) return out;
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(raw); m; m = ATTR.exec(raw)) out[m[1]!] = decode(m[2] ?? m[3] ?? '');
  return out;
}

/** One attribute's decoded value, or undefined: cheaper than attrsOf for the one or two a cell needs. */
export function attr(raw: string, name: string): string | undefined {
  let i = raw.indexOf(name);
  while (i >= 0) {
    const before = raw.charCodeAt(i - 1);
    // A whole attribute name: preceded by whitespace, followed by '=' (maybe after spaces).
    if (before === 0x20 || before === 0x09 || before === 0x0a || before === 0x0d) {
      let j = i + name.length;
      while (raw.charCodeAt(j) === 0x20) j++;
      if (raw.charCodeAt(j) === 0x3d) {
        j++;
        while (raw.charCodeAt(j) === 0x20) j++;
        const q = raw.charCodeAt(j);
        const end = raw.indexOf(q === 0x27 ? "'" : '"', j + 1);
        return decode(raw.slice(j + 1, end));
      }
    }
    i = raw.indexOf(name, i + 1);
  }
  return undefined;
}
