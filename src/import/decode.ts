/**
 * Bytes of a plan file → text (item 13 of issue #10). Pure core: TextDecoder only (Node and
 * browsers both have it, with windows-1258), no Node Buffer.
 *
 * Order: a BOM decides; else UTF-16 without BOM by its zero bytes; else valid UTF-8; else an HTML
 * page's declared charset; else the better of Windows-1258 and Windows-1252 for Vietnamese.
 * Then text typed in the legacy TCVN3 or VNI fonts is converted where it can be, line by line
 * (documents mix them), and text that stays unreadable is refused with what it looks like —
 * never handed on to become agency names.
 */

import type { Grid } from './grid';
import type { SourceProblem } from './source-read';
import { beyondLatin1, hasNonAscii, isCapsLine, isVietnameseWord, LEGACY, type LegacyFont, SCORED_WORD, WORD } from './legacy-fonts';

/** The WHATWG name of the encoding the bytes were read in ('utf-8', 'utf-16le', 'windows-1258', …). */
export type ByteEncoding = string;

export type DecodeNote =
  /** The file had no BOM and no declaration; this is what its bytes fitted best. */
  | { kind: 'encoding-guessed'; encoding: ByteEncoding }
  /** An HTML page declared a charset its bytes do not fit; the bytes won. */
  | { kind: 'declared-charset-ignored'; declared: string; used: ByteEncoding }
  /** Lines typed in a legacy font, converted to Unicode. */
  | { kind: 'legacy-converted'; font: LegacyFont; lines: number; words: number }
  /** The document mixes Unicode and a legacy font; each line was read in the one it fits. */
  | { kind: 'legacy-mixed'; font: LegacyFont; unicodeLines: number; legacyLines: number }
  /** A few words still read as no Vietnamese word (kept as they are; the count and samples say which). */
  | { kind: 'words-unreadable'; count: number; samples: string[] };

/** Why text could not be read; one of the problems every source reader shares (source-read.ts). */
export type DecodeProblem = Extract<SourceProblem, { reason: 'empty' | 'binary' | 'unreadable-text' }>;

export type DecodeResult =
  | { ok: true; text: string; encoding: ByteEncoding; font: 'unicode' | LegacyFont; notes: DecodeNote[] }
  | { ok: false; problem: DecodeProblem };

export interface DecodeOptions {
  /** The bytes are an HTML page: its <meta charset> counts, and `&shy;` can be a TCVN3 'ư'. */
  html?: boolean;
}

/** Share of non-ASCII words that must read as Vietnamese for a text to be accepted. */
const READABLE = 0.9;
/** Text this readable as it is has no legacy font to convert. */
const ALREADY_READABLE = 0.98;
/** Fewer non-ASCII words than this cannot be judged; such a text passes as it is. */
const TOO_FEW = 8;

export function decodePlanText(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) return { ok: false, problem: { reason: 'empty' } };
  const notes: DecodeNote[] = [];
  const decoded = decodeBytes(bytes, options, notes);
  if (decoded === null) return { ok: false, problem: { reason: 'binary' } };
  if (!decoded.text.trim()) return { ok: false, problem: { reason: 'empty' } };
  const legacy = repairLegacyText(decoded.text, options);
  if (!legacy.ok) return legacy;
  return { ok: true, text: legacy.text, encoding: decoded.encoding, font: legacy.font, notes: [...notes, ...legacy.notes] };
}

// ---------------------------------------------------------------------------
// Bytes → characters

function decodeBytes(bytes: Uint8Array, options: DecodeOptions, notes: DecodeNote[]): { text: string; encoding: ByteEncoding } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    notes.push({ kind: 'encoding-guessed', encoding: utf16 });
    return { text: decode(utf16, bytes), encoding: utf16 };
  }
  if (hasNul(bytes)) return null;
  const utf8 = strictUtf8(bytes);
  const declared = options.html ? declaredCharset(bytes) : null;
  if (utf8 !== null) {
    if (declared && !/^utf-?8$/i.test(declared) && hasHighBytes(bytes)) notes.push({ kind: 'declared-charset-ignored', declared, used: 'utf-8' });
    return { text: utf8, encoding: 'utf-8' };
  }
  if (declared && !/^utf-?8$/i.test(declared)) {
    const read = tryDecode(declared, bytes);
    if (read !== null) return { text: read.text.normalize('NFC'), encoding: read.encoding };
  }
  // Single-byte: Windows-1258 (Vietnamese, tones as combining marks) or 1252 (what legacy-font text was saved as).
  const as1258 = decode('windows-1258', bytes).normalize('NFC');
  const as1252 = decode('windows-1252', bytes);
  const score1258 = readability(as1258).valid;
  const legacy = repairLegacyText(as1252, options);
  const score1252 = legacy.ok ? readability(legacy.text).valid : readability(as1252).valid;
  const encoding: ByteEncoding = score1258 >= score1252 ? 'windows-1258' : 'windows-1252';
  if (declared && declared.toLowerCase() !== encoding) notes.push({ kind: 'declared-charset-ignored', declared, used: encoding });
  else if (!declared) notes.push({ kind: 'encoding-guessed', encoding });
  return { text: encoding === 'windows-1258' ? as1258 : as1252, encoding };
}

function decode(label: string, bytes: Uint8Array): string {
  if (label === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(label).decode(bytes);
}

/** Browsers map 0x80–0x9F to these (WHATWG windows-1252); the rest of the byte range is Latin-1. */
export const WINDOWS_1252_80_9F: ReadonlyMap<number, number> = new Map([
  [0x80, 0x20ac], [0x82, 0x201a], [0x83, 0x0192], [0x84, 0x201e], [0x85, 0x2026], [0x86, 0x2020],
  [0x87, 0x2021], [0x88, 0x02c6], [0x89, 0x2030], [0x8a, 0x0160], [0x8b, 0x2039], [0x8c, 0x0152],
  [0x8e, 0x017d], [0x91, 0x2018], [0x92, 0x2019], [0x93, 0x201c], [0x94, 0x201d], [0x95, 0x2022],
  [0x96, 0x2013], [0x97, 0x2014], [0x98, 0x02dc], [0x99, 0x2122], [0x9a, 0x0161], [0x9b, 0x203a],
  [0x9c, 0x0153], [0x9e, 0x017e], [0x9f, 0x0178],
]);

/** By hand: Node 20's TextDecoder reads 'windows-1252' as Latin-1, losing '…' and the quotes Word writes. */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? (WINDOWS_1252_80_9F.get(b) ?? b) : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function tryDecode(label: string, bytes: Uint8Array): { text: string; encoding: string } | null {
  try {
    const decoder = new TextDecoder(label);
    return { text: decode(decoder.encoding, bytes), encoding: decoder.encoding };
  } catch {
    return null; // an unknown label
  }
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasNul(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function hasHighBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 256 * 1024);
  for (let i = 0; i < n; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** Text in UTF-16 without a BOM: ASCII letters leave a zero in every other byte, on one side only. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

/** `<meta charset="…">` or `content="text/html; charset=…"` in the page's first 4 KB. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = decode('windows-1252', bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  return m?.[1] ?? null;
}

// ---------------------------------------------------------------------------
// Legacy fonts

interface Readability {
  words: number;
  valid: number;
  invalid: string[];
}

function readability(text: string): Readability {
  const r: Readability = { words: 0, valid: 0, invalid: [] };
  for (const w of text.match(SCORED_WORD) ?? []) {
    if (!hasNonAscii(w)) continue;
    r.words++;
    if (isVietnameseWord(w)) r.valid++;
    else r.invalid.push(w);
  }
  return r;
}

/** `&shy;` in a page saved from .VnTime is TCVN3's 'ư' (0xAD), not a hyphenation hint. */
const SHY = /&shy;|&#173;|&#x[aA][dD];/g;

function convertLine(line: string, font: LegacyFont, html: boolean): string {
  const source = font === 'tcvn3' && html ? line.replace(SHY, '\u00ad') : line;
  const caps = isCapsLine(source);
  return source.replace(WORD, (w) => (hasNonAscii(w) ? LEGACY[font](w, caps) : w));
}

export type LegacyResult = { ok: true; text: string; font: 'unicode' | LegacyFont; notes: DecodeNote[] } | { ok: false; problem: DecodeProblem };

/**
 * Text already in characters (a .docx's HTML, a PDF's text, a paste) whose Vietnamese may be in
 * a legacy font: each line is read as Unicode or as the document's legacy font, whichever gives
 * more Vietnamese words; the result is refused when most words still are not Vietnamese.
 */
export function repairLegacyText(text: string, options: DecodeOptions = {}): LegacyResult {
  const html = options.html === true;
  const nfc = text.normalize('NFC');
  const asIs = readability(nfc);
  if (asIs.words < TOO_FEW || asIs.valid >= asIs.words * ALREADY_READABLE) return { ok: true, text: nfc, font: 'unicode', notes: [] };

  // Which legacy font fits the document best (each judged on the whole text).
  const fonts: LegacyFont[] = ['tcvn3', 'vni'];
  const scored = fonts.map((font) => ({ font, r: readability(nfc.split('\n').map((l) => convertLine(l, font, html)).join('\n')) }));
  const best = scored.reduce((a, b) => (b.r.valid > a.r.valid ? b : a));
  if (best.r.valid <= asIs.valid) return judge(nfc, 'unicode', asIs, guessLook(nfc), []);

  // Line by line: a line converts when the legacy reading gives more Vietnamese words.
  let legacyLines = 0;
  let unicodeLines = 0;
  let words = 0;
  const out = nfc.split('\n').map((line) => {
    const asLine = readability(line);
    if (asLine.words === 0) return line;
    const converted = convertLine(line, best.font, html);
    const conv = readability(converted);
    // On a tie the document's font wins, unless the line holds letters beyond Latin-1 (then it is Unicode).
    const tie = conv.valid === asLine.valid && conv.valid > 0 && !beyondLatin1(line);
    if (conv.valid > asLine.valid || tie) {
      legacyLines++;
      words += conv.valid;
      return converted;
    }
    unicodeLines++;
    return line;
  });
  const result = out.join('\n');
  const notes: DecodeNote[] = [{ kind: 'legacy-converted', font: best.font, lines: legacyLines, words }];
  // A line of Unicode with a Vietnamese word beyond Latin-1 proves the mix; a line of plain Latin-1 words does not.
  if (unicodeLines > 0 && legacyLines > 0) notes.push({ kind: 'legacy-mixed', font: best.font, unicodeLines, legacyLines });
  const final = readability(result);
  return judge(result, best.font, final, final.valid < final.words * READABLE ? guessLook(nfc) : best.font, notes);
}

/**
 * A workbook's cells, each typed in its own font: an old file's rows in .VnTime, others added later
 * in VNI or Unicode, side by side. Each cell is read as whichever reading gives it the most
 * Vietnamese words (Unicode unless a legacy font gives more); nothing is refused — a cell no
 * reading makes Vietnamese stays as typed.
 */
export function repairLegacyCells(cells: readonly string[]): { cells: string[]; notes: DecodeNote[] } {
  const nfc = cells.map((c) => c.normalize('NFC'));
  const whole = readability(nfc.join('\n'));
  if (whole.words < TOO_FEW || whole.valid >= whole.words * ALREADY_READABLE) return { cells: nfc, notes: [] };
  const converted: Record<LegacyFont, { cells: number; words: number }> = { tcvn3: { cells: 0, words: 0 }, vni: { cells: 0, words: 0 } };
  let unicode = 0;
  const out = nfc.map((cell) => {
    const asIs = readability(cell);
    if (asIs.words === 0) return cell;
    let best: { font: LegacyFont; text: string; valid: number } | null = null;
    for (const font of ['tcvn3', 'vni'] as const) {
      const text = convertLine(cell, font, false);
      const valid = readability(text).valid;
      if (valid > asIs.valid && valid > (best?.valid ?? 0)) best = { font, text, valid };
    }
    if (!best) {
      unicode++;
      return cell;
    }
    converted[best.font].cells++;
    converted[best.font].words += best.valid;
    return best.text;
  });
  const notes: DecodeNote[] = [];
  for (const font of ['tcvn3', 'vni'] as const) if (converted[font].cells > 0) notes.push({ kind: 'legacy-converted', font, lines: converted[font].cells, words: converted[font].words });
  const legacy = converted.tcvn3.cells + converted.vni.cells;
  const main: LegacyFont = converted.vni.cells > converted.tcvn3.cells ? 'vni' : 'tcvn3';
  if (legacy > 0 && unicode > 0) notes.push({ kind: 'legacy-mixed', font: main, unicodeLines: unicode, legacyLines: legacy });
  return { cells: out, notes };
}

function judge(text: string, font: 'unicode' | LegacyFont, r: Readability, looksLike: LegacyFont | 'windows-1258' | 'unknown', notes: DecodeNote[]): LegacyResult {
  const samples = [...new Set(r.invalid)].slice(0, 5);
  if (r.valid < r.words * READABLE) {
    return { ok: false, problem: { reason: 'unreadable-text', looksLike, readable: r.valid, words: r.words, samples } };
  }
  if (r.invalid.length > 0) notes.push({ kind: 'words-unreadable', count: r.invalid.length, samples });
  return { ok: true, text, font, notes };
}

/**
 * What unreadable text resembles: the reading that makes the most Vietnamese words of it, among
 * the legacy fonts and Windows-1258 bytes that were read as Windows-1252.
 */
function guessLook(text: string): LegacyFont | 'windows-1258' | 'unknown' {
  const lines = text.split('\n');
  const candidates: [LegacyFont | 'windows-1258', string | null][] = [
    ['tcvn3', lines.map((l) => convertLine(l, 'tcvn3', false)).join('\n')],
    ['vni', lines.map((l) => convertLine(l, 'vni', false)).join('\n')],
    ['windows-1258', as1258(text)],
  ];
  let best: LegacyFont | 'windows-1258' | 'unknown' = 'unknown';
  let most = 0;
  for (const [name, read] of candidates) {
    const valid = read === null ? 0 : readability(read).valid;
    if (valid > most) {
      most = valid;
      best = name;
    }
  }
  return best;
}

const FROM_1252 = new Map([...WINDOWS_1252_80_9F].map(([byte, cp]) => [cp, byte]));

/** The text's characters as the Windows-1252 bytes they were read from, read again as Windows-1258; null if it holds other characters. */
function as1258(text: string): string | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    const b = cp <= 0xff ? cp : FROM_1252.get(cp);
    if (b === undefined) return null;
    bytes[i] = b;
  }
  return new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
}

/**
 * A grid whose text may be in a legacy font (a PDF's text layer, cells read elsewhere): its
 * captions and cells are judged and converted together, as one document.
 */
export function repairLegacyGrid(grid: Grid): { ok: true; grid: Grid; font: 'unicode' | LegacyFont; notes: DecodeNote[] } | { ok: false; problem: DecodeProblem } {
  const lines: string[] = [...grid.preamble];
  for (const b of grid.blocks) {
    for (const c of b.caption) lines.push(c);
    for (const r of b.rows) for (const c of r.cells) lines.push(c.text);
  }
  // Cell texts hold no line breaks (whitespace is collapsed), so lines map back one to one.
  const repaired = repairLegacyText(lines.map((l) => l.replace(/[\r\n]+/g, ' ')).join('\n'));
  if (!repaired.ok) return repaired;
  if (repaired.font === 'unicode' && repaired.text === lines.join('\n')) return { ok: true, grid, font: 'unicode', notes: repaired.notes };
  const out = repaired.text.split('\n');
  let k = 0;
  const next = () => out[k++] ?? '';
  const preamble = grid.preamble.map(next);
  const blocks = grid.blocks.map((b) => ({
    caption: b.caption.map(next),
    rows: b.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, text: next() })) })),
  }));
  return { ok: true, grid: { ...grid, preamble, blocks }, font: repaired.font, notes: repaired.notes };
}
