import { Inflate, inflateSync, strFromU8, strToU8, zipSync, type Zippable } from 'fflate';

/**
 * Pre-flight for Office files from outside (workbooks, and .docx plans before mammoth sees them),
 * run before a library sees the bytes. For workbooks, more: see below.
 *
 * Pre-flight for workbooks from outside, run before exceljs sees the bytes. exceljs walks every
 * cell of a merge, of a data validation and of a defined name's range (A1:XFD1048576 hangs it or
 * runs it out of memory), and no library caps decompressed size (1 MB of zip can hold 1 GB of
 * XML). So: check the signature, read the zip's central directory ourselves (as JSZip, inside
 * exceljs, does), cap entries and sizes as declared and as actually inflated, require the parts of
 * a workbook, and cut those ranges back to the sheet's used area and to a budget of cells.
 */

export interface Limits {
  maxEntries: number;
  /** Per entry, uncompressed. */
  maxEntryBytes: number;
  /** All entries together, uncompressed. */
  maxTotalBytes: number;
  /** Used as the sheet's extent when it gives no readable <dimension>. */
  fallbackRows: number;
  fallbackCols: number;
  /** Cells exceljs may expand one by one (merges, validations, defined names) in the whole workbook. */
  maxRangeCells: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxEntries: 10_000,
  maxEntryBytes: 50 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  fallbackRows: 2_000,
  fallbackCols: 200,
  // exceljs spends ~1 µs per expanded cell: this keeps the worst case well under a second.
  maxRangeCells: 500_000,
};

export type GuardProblem =
  /** Not a zip, and none of the kinds below: random bytes, a CSV or other plain text. */
  | { kind: 'not-zip' }
  // Files that are plainly something else, told apart so the user hears what was sent (see otherKind).
  /** No bytes at all (a download or an attachment that never arrived). */
  | { kind: 'empty' }
  /** A PDF: a printed or scanned report sent instead of the workbook. */
  | { kind: 'pdf' }
  /** A photo or scan (PNG, JPEG, GIF, TIFF, WebP, BMP). */
  | { kind: 'image' }
  /** HTML or Excel 2003 XML with a workbook's name: what many web systems export as "Excel". Excel opens it. */
  | { kind: 'web-page' }
  /** A Word document (.docx, or .doc in Word's old format). */
  | { kind: 'word-document' }
  /** An OpenDocument file (LibreOffice's .ods, .odt). */
  | { kind: 'opendocument' }
  /** An OLE compound file: what Excel saves when a workbook is password-protected (or a zip with encrypted entries). */
  | { kind: 'encrypted' }
  /** An OLE compound file that is not an encrypted workbook: the old .xls format, or another Office document. */
  | { kind: 'old-format' }
  /** The end of the zip is missing (a cut download or copy). */
  | { kind: 'truncated' }
  /** An entry that does not inflate, or inflates to another size than declared (null: the directory itself). */
  | { kind: 'corrupt'; entry: string | null }
  /** A zip, but without [Content_Types].xml or xl/workbook.xml. */
  | { kind: 'not-xlsx' }
  /** A zip, but without [Content_Types].xml or word/document.xml. */
  | { kind: 'not-docx' }
  | { kind: 'too-many-entries'; count: number }
  /** `size` is the entry's size, or all entries' total when that is what went over. */
  | { kind: 'too-large'; entry: string; size: number };

/**
 * A range the guard cut back (`to` the range kept) or dropped (`to` null), so that reading stays
 * fast. It changes nothing a reader of values sees, except where a merge was cut.
 */
export interface GuardNote {
  kind: 'clamped';
  /** The zip entry, e.g. 'xl/worksheets/sheet2.xml' ('xl/workbook.xml' for defined names). */
  sheet: string;
  from: string;
  to: string | null;
}

export type GuardResult = { ok: true; bytes: Uint8Array; notes: GuardNote[] } | { ok: false; problem: GuardProblem };

/** Beyond this many, further notes are not recorded (the ranges are still cut). */
const MAX_NOTES = 100;
/** How far past the used area a range may reach before it is cut. */
const ROW_SLACK = 500;
const COL_SLACK = 50;

/**
 * Inflates raw deflate data that must come out at exactly `size` bytes: null when it does not
 * (corrupt, or longer than declared — a lying header), and it must stop early rather than
 * allocate past `size`. The default is fflate's, which runs anywhere; the command line passes
 * Node's zlib (native, several times faster). `into`, when it is longer than `size`, may be
 * written into and the answer be a view of it: a reader that is done with each part before the
 * next reuses one buffer (allocating a fresh one per part was a quarter of fflate's time in Chromium).
 */
export type RawInflate = (raw: Uint8Array, size: number, into?: Uint8Array) => Uint8Array | null;

/** What sets one Office zip format apart: the parts it must hold, and whether its ranges are cut back. */
export interface ZipFormat {
  required: readonly string[];
  /** The problem when a required part is missing: the zip is some other kind of file. */
  wrongKind: Extract<GuardProblem, { kind: 'not-xlsx' | 'not-docx' }>;
  /** Workbooks only: cut costly ranges back (see clampXml). */
  clampRanges: boolean;
  /** Workbooks only: a Word or OpenDocument file is named as one (the .docx reader words other Office files itself). */
  namesOtherDocuments: boolean;
}

export const XLSX_FORMAT: ZipFormat = { required: ['[Content_Types].xml', 'xl/workbook.xml'], wrongKind: { kind: 'not-xlsx' }, clampRanges: true, namesOtherDocuments: true };
export const DOCX_FORMAT: ZipFormat = { required: ['[Content_Types].xml', 'word/document.xml'], wrongKind: { kind: 'not-docx' }, clampRanges: false, namesOtherDocuments: false };

/** Any zip: for the files a zip of returns holds (app/archives.ts), under the same defences. */
const ARCHIVE_FORMAT: ZipFormat = { required: [], wrongKind: { kind: 'not-xlsx' }, clampRanges: false, namesOtherDocuments: false };

/**
 * The entries of a zip archive of files, after the defences of every zip from outside (entry
 * count, encryption, declared sizes); null when the bytes are no zip, or a zip that is itself a
 * document (an Office or OpenDocument file: it has [Content_Types].xml or a mimetype).
 */
export function archiveEntries(bytes: Uint8Array, limits: Partial<Limits> = {}): { ok: true; entries: ZipEntry[] } | { ok: false; problem: GuardProblem } | null {
  if (!isZip(bytes)) return null;
  const opened = openZip(bytes, ARCHIVE_FORMAT, { ...DEFAULT_LIMITS, ...limits });
  if (!opened.ok) return opened;
  const names = new Set(opened.entries.map((e) => e.name.replace(/^\//, '')));
  return names.has('[Content_Types].xml') || names.has('mimetype') ? null : opened;
}

export function inspectXlsx(bytes: Uint8Array, limits: Partial<Limits> = {}, inflate: RawInflate = fflateInflate): GuardResult {
  return inspectZip(bytes, XLSX_FORMAT, limits, inflate);
}

/**
 * A .docx through the same checks (signature, entry count, declared and inflated sizes, required
 * parts), so that a small file that would inflate to gigabytes is refused before mammoth unzips it.
 */
export function inspectDocx(bytes: Uint8Array, limits: Partial<Limits> = {}, inflate: RawInflate = fflateInflate): GuardResult {
  return inspectZip(bytes, DOCX_FORMAT, limits, inflate);
}

/**
 * Whether an Office file chiso does not read itself is worth handing to LibreOffice to save as
 * .docx/.xlsx: a zip (OpenDocument), or an OLE file (.doc, .xls) whose header is whole and that is
 * not password-protected. A damaged or encrypted one is answered at once, not after LibreOffice has
 * tried for twenty seconds.
 */
export function worthConverting(bytes: Uint8Array): boolean {
  if (isZip(bytes)) return true;
  if (!startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return false;
  // The compound file header: byte order 0xFFFE, sectors of 512 or 4,096 bytes.
  const wholeHeader = bytes[28] === 0xfe && bytes[29] === 0xff && (bytes[30] === 9 || bytes[30] === 12) && bytes[31] === 0;
  return wholeHeader && !holdsUtf16(bytes, 'EncryptedPackage');
}

/** A .docx's zip directory after the same defences: for a reader that edits a part before mammoth sees it. */
export function openDocx(bytes: Uint8Array, limits: Partial<Limits> = {}): { ok: true; entries: ZipEntry[] } | { ok: false; problem: GuardProblem } {
  return openZip(bytes, DOCX_FORMAT, { ...DEFAULT_LIMITS, ...limits });
}

/** The workbook's zip directory after the defences (see openZip): what the streaming reader starts from. */
export function openXlsx(bytes: Uint8Array, L: Limits): { ok: true; entries: ZipEntry[] } | { ok: false; problem: GuardProblem } {
  return openZip(bytes, XLSX_FORMAT, L);
}

/**
 * The zip's directory, after the defences every reader of an Office file from outside needs: the
 * signature (an OLE file is an encrypted workbook or an old .xls), the entry count, encrypted
 * entries, declared sizes per entry and in total, and the parts of the format. Inflates nothing.
 */
function openZip(bytes: Uint8Array, format: ZipFormat, L: Limits): { ok: true; entries: ZipEntry[] } | { ok: false; problem: GuardProblem } {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    if (holdsUtf16(bytes, 'EncryptedPackage')) return fail({ kind: 'encrypted' });
    // Word's old .doc keeps its text in a stream called WordDocument.
    return fail({ kind: format.namesOtherDocuments && holdsUtf16(bytes, 'WordDocument') ? 'word-document' : 'old-format' });
  }
  if (!isZip(bytes)) return fail({ kind: otherKind(bytes) });

  const dir = readDirectory(bytes, L);
  if (!dir.ok) return dir;
  const entries = dir.entries;

  let declaredTotal = 0;
  for (const e of entries) {
    if (e.encrypted) return fail({ kind: 'encrypted' });
    if (e.size > L.maxEntryBytes) return fail({ kind: 'too-large', entry: e.name, size: e.size });
    declaredTotal += e.size;
    if (declaredTotal > L.maxTotalBytes) return fail({ kind: 'too-large', entry: e.name, size: declaredTotal });
  }
  const names = new Set(entries.map((e) => e.name.replace(/^\//, '')));
  if (!format.required.every((part) => names.has(part))) {
    if (format.namesOtherDocuments && names.has('word/document.xml')) return fail({ kind: 'word-document' });
    // Every OpenDocument file names its type in a 'mimetype' entry beside content.xml.
    if (format.namesOtherDocuments && names.has('mimetype') && names.has('content.xml')) return fail({ kind: 'opendocument' });
    return fail(format.wrongKind);
  }
  return { ok: true, entries };
}

export function inspectZip(bytes: Uint8Array, format: ZipFormat, limits: Partial<Limits> = {}, inflate: RawInflate = fflateInflate): GuardResult {
  const L: Limits = { ...DEFAULT_LIMITS, ...limits };
  const opened = openZip(bytes, format, L);
  if (!opened.ok) return opened;
  const entries = opened.entries;

  const notes: GuardNote[] = [];
  const budget = { cells: L.maxRangeCells };
  const changed = new Map<number, Uint8Array>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const data = inflateEntry(bytes, e, inflate);
    if (!data.ok) return data;
    // Every entry is inflated (stopping at its declared size), so a header that lies is found out.
    if (!format.clampRanges || !looksLikeXml(data.bytes)) continue;
    // Content decides, not the entry's name: exceljs matches names loosely, JSZip may rename.
    const xml = strFromU8(data.bytes);
    if (!/mergeCell|sqref|definedName/.test(xml)) continue;
    const out = clampXml(xml, e.name, L, budget, notes);
    if (out !== xml) changed.set(i, strToU8(out));
  }
  // Nearly every workbook passes untouched: the reader gets the very bytes it was given.
  if (changed.size === 0) return { ok: true, bytes, notes };

  const files: Zippable = {};
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.name.endsWith('/')) continue;
    const edited = changed.get(i);
    if (edited) {
      files[e.name] = edited;
      continue;
    }
    const data = inflateEntry(bytes, e, inflate);
    if (!data.ok) return data;
    files[e.name] = data.bytes;
  }
  return { ok: true, bytes: zipSync(files, { level: 1 }), notes: notes.slice(0, MAX_NOTES) };
}

/** The names in a zip's directory, nothing inflated; null when it is not a readable zip. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const dir = readDirectory(bytes, DEFAULT_LIMITS);
  return dir.ok ? dir.entries.map((e) => e.name.replace(/^\//, '')) : null;
}

function fail(problem: GuardProblem): { ok: false; problem: GuardProblem } {
  return { ok: false, problem };
}

/** Whether a UTF-16LE name (an OLE stream's) occurs in the bytes: Excel keeps a password-protected .xlsx in a stream called EncryptedPackage. */
function holdsUtf16(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let j = 1; j < name.length; j++) if (bytes[i + 2 * j] !== name.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/** A zip's first entry, or the end record of an empty zip. */
function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  return bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const IMAGE_SIGNATURES = [
  [0x89, ...ascii('PNG\r\n')], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  ascii('GIF8'),
  [0x49, 0x49, 0x2a, 0x00], // TIFF, little-endian (what scanners write)
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF, big-endian
];
/** Words of the first 2 KB that make text a web page or Excel 2003's XML spreadsheet (lower-cased). */
const WEB_PAGE_WORDS = ['<html', '<table', '<!doctype html', 'urn:schemas-microsoft-com:office:spreadsheet'];

/** A kind of file that is no workbook at all (where a workbook of chiso's own is asked for, that is the thing to say). */
export function isAnotherKindOfFile(kind: string): boolean {
  return kind === 'not-zip' || kind === 'pdf' || kind === 'image' || kind === 'web-page' || kind === 'word-document' || kind === 'opendocument';
}

/**
 * What a file that is not a zip is, by its first bytes, for a message that names it. Only
 * signatures that cannot be mistaken: anything else stays 'not-zip'.
 */
function otherKind(bytes: Uint8Array): 'not-zip' | 'empty' | 'pdf' | 'image' | 'web-page' {
  if (bytes.length === 0) return 'empty';
  // A PDF's header may follow up to 1 KB of other bytes (readers accept that).
  const head = bytes.subarray(0, 2048);
  const pdf = ascii('%PDF-');
  for (let i = head.indexOf(0x25); i >= 0 && i < 1024; i = head.indexOf(0x25, i + 1)) if (startsWith(head, pdf, i)) return 'pdf';
  if (IMAGE_SIGNATURES.some((sig) => startsWith(bytes, sig))) return 'image';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image';
  // A BMP: 'BM', then its header's size as a 32-bit number (12, 40, 108 or 124) at byte 14; text has no zero bytes there.
  if (startsWith(bytes, ascii('BM')) && [12, 40, 108, 124].some((n) => startsWith(bytes, [n, 0, 0, 0], 14))) return 'image';
  // Markup as UTF-8, Latin text or UTF-16 (Word's and Excel's "Unicode" web pages); the words are ASCII.
  const markup = asciiOf(head);
  if (looksLikeXml(markup)) {
    // A byte-wise lower case finds the words.
    let text = '';
    for (let i = 0; i < markup.length; i++) text += String.fromCharCode(markup[i]! >= 0x41 && markup[i]! <= 0x5a ? markup[i]! + 0x20 : markup[i]!);
    if (WEB_PAGE_WORDS.some((w) => text.includes(w))) return 'web-page';
  }
  return 'not-zip';
}

/**
 * The 8-bit view of text's first bytes: UTF-16 (with its BOM, or without one when its first
 * character is ASCII: a zero beside it) reduced to one byte per character, so ASCII markup reads
 * the same in either; any other bytes as they are.
 */
function asciiOf(head: Uint8Array): Uint8Array {
  const le = head[0] === 0xff && head[1] === 0xfe;
  const be = head[0] === 0xfe && head[1] === 0xff;
  const from = le || be ? 2 : 0;
  const zeroAt = le || (!be && head[1] === 0 && head[0] !== 0) ? 1 : be || (head[0] === 0 && head[1] !== 0) ? 0 : -1;
  if (zeroAt < 0 || head.length < 4) return head;
  const out = new Uint8Array((head.length - from) >> 1);
  // The character's low byte; a character beyond ASCII becomes '?' (the words sought are ASCII).
  for (let i = 0; i < out.length; i++) {
    const at = from + 2 * i;
    const high = head[at + zeroAt]!;
    out[i] = high === 0 ? head[at + 1 - zeroAt]! : 0x3f;
  }
  return out;
}

function looksLikeXml(b: Uint8Array): boolean {
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (i < b.length && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)) i++;
  return b[i] === 0x3c; // '<'
}

// ---------------------------------------------------------------------------------------------
// The zip's central directory, read the way JSZip reads it (its sizes and offsets).

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  /** Compressed and uncompressed sizes as declared. */
  csize: number;
  size: number;
  /** Offset of the entry's data (after its local header). */
  data: number;
}

type DirResult = { ok: true; entries: ZipEntry[] } | { ok: false; problem: GuardProblem };

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;
const u64 = (b: Uint8Array, o: number): number => u32(b, o) + u32(b, o + 4) * 2 ** 32;

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });
const DOS_VIETNAMESE = new TextDecoder('windows-1258');

/**
 * An entry's name as its maker meant it. Flagged UTF-8 is UTF-8 (when it is). Else it is in the maker's
 * own code page: the UTF-8 name Info-ZIP and WinRAR keep beside it (extra field 0x7075) when it
 * still matches; else UTF-8 when the bytes are valid UTF-8 (macOS's Archive Utility writes UTF-8
 * without the flag); else Windows' Vietnamese code page (1258, its tones as combining marks), as
 * Windows' own "compressed folder" writes names on a Vietnamese system.
 */
function entryName(raw: Uint8Array, utf8: boolean, extra: Uint8Array): string {
  if (utf8) {
    try {
      return UTF8_STRICT.decode(raw);
    } catch {
      // Flagged UTF-8 but not: a tool that set the flag over its code page's bytes. Guessed as unflagged.
    }
  }
  for (let x = 0; x + 4 <= extra.length; x += 4 + u16(extra, x + 2)) {
    const size = u16(extra, x + 2);
    if (u16(extra, x) !== 0x7075 || size < 5 || x + 4 + size > extra.length || extra[x + 4] !== 1) continue;
    if (u32(extra, x + 5) !== crc32(raw)) continue;
    try {
      return UTF8_STRICT.decode(extra.subarray(x + 9, x + 4 + size));
    } catch {
      // Not UTF-8 after all: the name itself decides.
    }
  }
  if (raw.every((c) => c < 0x80)) return strFromU8(raw, true);
  try {
    return UTF8_STRICT.decode(raw);
  } catch {
    return DOS_VIETNAMESE.decode(raw).normalize('NFC');
  }
}

let CRC_TABLE: Uint32Array | null = null;
function crc32(bytes: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function readDirectory(b: Uint8Array, L: Limits): DirResult {
  // End of central directory: 22 bytes plus a comment of up to 65,535.
  let eocd = -1;
  for (let i = b.length - 22; i >= 0 && i >= b.length - 22 - 0xffff; i--) {
    if (u32(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return fail({ kind: 'truncated' });
  let count = u16(b, eocd + 10);
  let offset = u32(b, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(b, locator) !== 0x07064b50) return fail({ kind: 'corrupt', entry: null });
    const z = u64(b, locator + 8);
    if (z + 56 > b.length || u32(b, z) !== 0x06064b50) return fail({ kind: 'truncated' });
    count = u64(b, z + 32);
    offset = u64(b, z + 48);
  }
  if (count > L.maxEntries) return fail({ kind: 'too-many-entries', count });
  if (offset > b.length) return fail({ kind: 'truncated' });

  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length) return fail({ kind: 'truncated' });
    if (u32(b, p) !== 0x02014b50) return fail({ kind: 'corrupt', entry: null });
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    let csize = u32(b, p + 20);
    let size = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let local = u32(b, p + 42);
    const nameBytes = b.subarray(p + 46, p + 46 + nameLen);
    const name = entryName(nameBytes, (flags & 0x800) !== 0, b.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen));
    // Zip64: the real values sit in extra field 0x0001, in this order, for those saturated.
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen; x += 4 + u16(b, x + 2)) {
      if (u16(b, x) !== 1) continue;
      let q = x + 4;
      if (size === 0xffffffff) {
        size = u64(b, q);
        q += 8;
      }
      if (csize === 0xffffffff) {
        csize = u64(b, q);
        q += 8;
      }
      if (local === 0xffffffff) local = u64(b, q);
    }
    p += 46 + nameLen + extraLen + commentLen;
    if (local + 30 > b.length) return fail({ kind: 'truncated' });
    if (u32(b, local) !== 0x04034b50) return fail({ kind: 'corrupt', entry: name });
    const data = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    if (data + csize > b.length) return fail({ kind: 'truncated' });
    entries.push({ name, method, encrypted: (flags & 1) === 1, csize, size, data });
  }
  return { ok: true, entries };
}

/** Input fed to the inflater at a time: deflate expands at most ~1,032×, so one step yields ≤ 8.5 MB. */
const STEP = 8 * 1024;

/**
 * Below this compressed size an entry is inflated in one call into a buffer of the declared size
 * plus one byte: output past the declared size lands in that byte or is dropped, never allocated,
 * and at ~1,032× the wasted work is bounded (≈ 0.3 s). Larger entries stream and stop early.
 */
const ONE_SHOT = 256 * 1024;

/** The entry's bytes, refused when they run past the declared size (a lying header). */
export function inflateEntry(b: Uint8Array, e: ZipEntry, inflate: RawInflate, into?: Uint8Array): { ok: true; bytes: Uint8Array } | { ok: false; problem: GuardProblem } {
  const raw = b.subarray(e.data, e.data + e.csize);
  if (e.method === 0) return raw.length === e.size ? { ok: true, bytes: raw } : fail({ kind: 'corrupt', entry: e.name });
  if (e.method !== 8) return fail({ kind: 'corrupt', entry: e.name });
  if (raw.length === 0) return e.size === 0 ? { ok: true, bytes: raw } : fail({ kind: 'corrupt', entry: e.name });
  const bytes = inflate(raw, e.size, into);
  return bytes ? { ok: true, bytes } : fail({ kind: 'corrupt', entry: e.name });
}

export function fflateInflate(raw: Uint8Array, size: number, into?: Uint8Array): Uint8Array | null {
  try {
    if (raw.length <= ONE_SHOT) {
      // fflate returns the buffer cut at the bytes written: size + 1 means it ran past the declared size.
      const bytes = inflateSync(raw, { out: into && into.length > size ? into.subarray(0, size + 1) : new Uint8Array(size + 1) });
      return bytes.length === size ? bytes : null;
    }
    const out = new Uint8Array(size);
    let n = 0;
    let over = false;
    let done = false;
    const inflater = new Inflate((chunk, final) => {
      if (n + chunk.length > out.length) over = true;
      else out.set(chunk, n);
      n += chunk.length;
      if (final) done = true;
    });
    for (let i = 0; i < raw.length && !over; i += STEP) inflater.push(raw.subarray(i, i + STEP), i + STEP >= raw.length);
    return over || !done || n !== size ? null : out;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges in the XML, read the way exceljs reads them.

interface Area {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** What exceljs makes of one reference, as far as cost goes. */
type Ref =
  /** No ':': a single address, never expanded. */
  | { kind: 'cell' }
  /** Whole rows or whole columns ('$A:$C', '1:3'): exceljs finds no cells to walk. */
  | { kind: 'line' }
  | { kind: 'area'; area: Area }
  /** A ':' we cannot read strictly: exceljs's lenient parser might make anything of it. */
  | { kind: 'unknown' };

const MAX_COL = 16_384;
const MAX_ROW = 1_048_576;
// Stricter than exceljs's own prefix pattern, so whatever this strips, exceljs strips too.
const SHEET_PREFIX = /^(?:'(?:[^']|'')*'|[^'^!:\s]+)!/;
const AREA = /^\$?([A-Z]{1,3})\$?(\d{1,15}):\$?([A-Z]{1,3})\$?(\d{1,15})$/;
const COLUMNS = /^\$?[A-Z]{1,3}:\$?[A-Z]{1,3}$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function colLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function parseRef(token: string): Ref {
  if (!token.includes(':')) return { kind: 'cell' };
  const ref = token.replace(SHEET_PREFIX, '');
  if (COLUMNS.test(ref)) return { kind: 'line' };
  // exceljs still loops over whole rows (finding no columns): cheap only for real row numbers.
  const rows = ROWS.exec(ref);
  if (rows) return Number(rows[1]) <= MAX_ROW && Number(rows[2]) <= MAX_ROW ? { kind: 'line' } : { kind: 'unknown' };
  const m = AREA.exec(ref);
  if (!m) return { kind: 'unknown' };
  const ca = colNumber(m[1]!);
  const cb = colNumber(m[3]!);
  const ra = Number(m[2]);
  const rb = Number(m[4]);
  if (ca > MAX_COL || cb > MAX_COL) return { kind: 'unknown' };
  // exceljs orders the corners itself, so 'XFD1048576:A1' is the whole sheet too.
  return { kind: 'area', area: { r1: Math.min(ra, rb), c1: Math.min(ca, cb), r2: Math.max(ra, rb), c2: Math.max(ca, cb) } };
}

const cells = (a: Area): number => (a.r2 - a.r1 + 1) * (a.c2 - a.c1 + 1);

function formatArea(a: Area): string {
  const start = `${colLetters(a.c1)}${a.r1}`;
  return a.c1 === a.c2 && a.r1 === a.r2 ? start : `${start}:${colLetters(a.c2)}${a.r2}`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character and entity references, decoded as the XML parser would (unknown ones left as is). */
function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

// A start tag with its attributes; quoted values may hold '>'.
const ATTRS = String.raw`((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*`;
const ATTR = /(\s+)([^\s=/>]+)(\s*=\s*)(?:"([^"]*)"|'([^']*)')/g;
const MERGE = new RegExp(String.raw`<((?:[\w.-]+:)?)mergeCell\b${ATTRS}(?:/>|>([\s\S]*?)</\1mergeCell\s*>)`, 'g');
const VALIDATION = new RegExp(String.raw`<((?:[\w.-]+:)?)dataValidation\b${ATTRS}(?:/>|>([\s\S]*?)</\1dataValidation\s*>)`, 'g');
const FORMATTING = new RegExp(String.raw`<((?:[\w.-]+:)?)conditionalFormatting\b${ATTRS}(?:/>|>([\s\S]*?)</\1conditionalFormatting\s*>)`, 'g');
const DEFINED_NAME = new RegExp(String.raw`<(?:[\w.-]+:)?definedName\b${ATTRS}(?:/>|>([\s\S]*?)</(?:[\w.-]+:)?definedName\s*>)`, 'g');

interface Budget {
  cells: number;
}

/** `xml` with every costly range cut back; the same string when nothing needed cutting. */
function clampXml(xml: string, part: string, L: Limits, budget: Budget, notes: GuardNote[]): string {
  const note = (from: string, to: string | null) => {
    if (notes.length < MAX_NOTES) notes.push({ kind: 'clamped', sheet: part, from, to });
  };

  const dim = /<(?:[\w.-]+:)?dimension\b[^>]*?\bref\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(xml);
  const dimRef = dim ? unescapeXml(dim[1] ?? dim[2] ?? '').trim() : '';
  const used = parseRef(dimRef.includes(':') ? dimRef : `A1:${dimRef}`);
  const usedArea = used.kind === 'area' ? used.area : null;
  // Validations and formats rightly reach a little past the data; only ranges far beyond it are cut.
  const maxRow = usedArea ? usedArea.r2 + ROW_SLACK : L.fallbackRows;
  const maxCol = Math.min(MAX_COL, usedArea ? usedArea.c2 + COL_SLACK : L.fallbackCols);

  /** One reference kept (possibly cut) or dropped (null). Costly kinds spend the budget. */
  const clampToken = (token: string, costly: boolean): string | null => {
    const ref = parseRef(token);
    if (ref.kind === 'cell' || ref.kind === 'line') return token;
    if (ref.kind === 'unknown') return null;
    const a = ref.area;
    if (a.r1 > maxRow || a.c1 > maxCol) return null;
    const b: Area = { r1: a.r1, c1: a.c1, r2: Math.min(a.r2, maxRow), c2: Math.min(a.c2, maxCol) };
    if (costly) {
      if (cells(b) > budget.cells) return null;
      budget.cells -= cells(b);
    }
    return b.r2 === a.r2 && b.c2 === a.c2 ? token : formatArea(b);
  };
  /** A space-separated list of references (one reference when not `split`); null when none is left. */
  const clampList = (list: string, costly: boolean, split = true): string | null => {
    const kept: string[] = [];
    for (const token of split ? list.split(/\s+/).filter(Boolean) : [list]) {
      const to = clampToken(token, costly);
      if (to !== token) note(token, to);
      if (to !== null) kept.push(to);
    }
    return kept.length > 0 ? kept.join(' ') : null;
  };
  /** Rewrites the attribute `name` of a start tag's attributes; null drops the element. */
  const withAttr = (attrs: string, name: string, costly: boolean, split: boolean): string | null => {
    let dropped = false;
    const out = attrs.replace(ATTR, (whole, sp: string, key: string, eq: string, dq: string | undefined, sq: string | undefined) => {
      if (key !== name) return whole;
      const value = unescapeXml(dq ?? sq ?? '');
      const next = clampList(value, costly, split);
      if (next === null) dropped = true;
      return next === value ? whole : `${sp}${key}${eq}"${escapeXml(next ?? '')}"`;
    });
    return dropped ? null : out;
  };

  /** A replacer for one element kind: kept, rewritten, or removed with its content. */
  const element =
    (tag: string, attr: string, costly: boolean, split: boolean) =>
    (whole: string, prefix: string, attrs: string, body: string | undefined): string => {
      const next = withAttr(attrs, attr, costly, split);
      if (next === null) return '';
      if (next === attrs) return whole;
      return body === undefined ? `<${prefix}${tag}${next}/>` : `<${prefix}${tag}${next}>${body}</${prefix}${tag}>`;
    };

  return xml
    // exceljs splits a sqref at whitespace but takes a merge's ref whole.
    .replace(MERGE, element('mergeCell', 'ref', true, false))
    .replace(VALIDATION, element('dataValidation', 'sqref', true, true))
    .replace(FORMATTING, element('conditionalFormatting', 'sqref', false, true))
    .replace(DEFINED_NAME, (whole, _attrs: string, body: string | undefined) => {
      if (body === undefined) return whole;
      const text = definedNameText(body);
      if (text !== null && nameIsCheap(text, budget)) return whole;
      note(text ?? body, null);
      return '';
    });
}

/** The text exceljs collects from a defined name (comments and CDATA are not text to it); null for nested markup. */
function definedNameText(body: string): string | null {
  const text = body.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  return text.includes('<') ? null : unescapeXml(text);
}

/**
 * exceljs splits a name's text at commas and rejoins pieces across quotes, then walks every cell
 * of each range. Kept only when each piece is plainly harmless or a strict range within budget.
 */
function nameIsCheap(text: string, budget: Budget): boolean {
  let spent = 0;
  for (const piece of text.split(',')) {
    if ((piece.match(/'/g)?.length ?? 0) % 2 === 1) return false;
    const ref = parseRef(piece);
    if (ref.kind === 'unknown') return false;
    if (ref.kind === 'area') spent += cells(ref.area);
  }
  if (spent > budget.cells) return false;
  budget.cells -= spent;
  return true;
}
