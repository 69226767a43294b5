import type { ReadSheet, ReadWorkbook } from '../workbook-kit/read-model';
import { fastStrings } from './fast-cells';
import { decodeUtf8 } from './utf8';
import { fflateInflate, inflateEntry, openXlsx, type RawInflate, type ZipEntry } from './guard';
import { MAX_NOTES, READER_LIMITS, Stop, type ReaderLimits, type ScanNote, type ScanProblem } from './scan-limits';
import { readSheet, SEAM_TAG, Seamed, type BookSheet, type CellPath, type SheetParts, type Styles } from './sheet-read';
import { attr, attrsOf, XmlError, XmlScanner, type XmlHandler } from './xml-scan';

export { MASTER_LIMITS, READER_LIMITS, type ReaderLimit, type ReaderLimits, type ScanNote, type ScanProblem } from './scan-limits';

/**
 * .xlsx bytes -> ReadWorkbook, without a workbook library: the guard's defences on the zip, then
 * only the parts the values need — the workbook and its relationships, shared strings, styles
 * (for number formats), and each worksheet with its own relationships (hyperlink targets) —
 * inflated one at a time and scanned as a stream of tags. Parts are found through the
 * relationships, never by their names. Only cells present are kept, so work and memory follow
 * what the file holds (cells, merges, strings, bytes), never the addresses it names; each of
 * these has a limit, answered with a named reason.
 */

export type ScanResult = { ok: true; workbook: ReadWorkbook; notes: ScanNote[] } | { ok: false; problem: ScanProblem };

/** Bytes of a part decoded and scanned at a time. */
const CHUNK = 1 << 20;

/**
 * One buffer the parts are inflated into, reused from part to part and workbook to workbook (every
 * reader of a part is done with its bytes before the next part is asked for: SheetParts.bytes).
 * Allocating a buffer per part cost a quarter of the pane's inflating in Chromium. Kept up to 4 MB;
 * a larger part gets a buffer of its own.
 */
const SCRATCH_KEEP = 4 << 20;
let scratch = new Uint8Array(1 << 16);
function scratchFor(size: number): Uint8Array | undefined {
  if (size >= SCRATCH_KEEP) return undefined;
  if (scratch.length <= size) scratch = new Uint8Array(Math.min(SCRATCH_KEEP, Math.max(size + 1, scratch.length * 2)));
  return scratch;
}

/**
 * `only`: the sheets to read, by name (the others are neither inflated nor counted against the
 * limits) — for a caller that needs a few sheets of a large workbook, as a compile needs only the
 * log of the master it replaces. `path`: 'general' reads every part with the general scanner
 * (the fast path's tests compare the two).
 */
export function scanWorkbook(bytes: Uint8Array, limits: Partial<ReaderLimits> = {}, inflate: RawInflate = fflateInflate, only?: (sheet: string) => boolean, path: CellPath = 'auto'): ScanResult {
  const L: ReaderLimits = { ...READER_LIMITS, ...limits };
  const opened = openXlsx(bytes, L);
  if (!opened.ok) return opened;
  const byName = new Map<string, ZipEntry>();
  for (const e of opened.entries) byName.set(e.name.replace(/^\//, ''), e);
  let inflated = 0;

  const parts: SheetParts = {
    bytes(name) {
      const entry = byName.get(name);
      if (!entry) return null;
      // Only fflate writes into a buffer it is given (Node's zlib makes its own): none is made for the others.
      const data = inflateEntry(bytes, entry, inflate, inflate === fflateInflate ? scratchFor(entry.size) : undefined);
      if (!data.ok) throw new Stop(data.problem);
      inflated += data.bytes.length;
      if (inflated > L.maxTotalBytes) throw new Stop({ kind: 'too-large', entry: name, size: inflated });
      return data.bytes;
    },
    scan(name, handler, pieces) {
      const scanner = new XmlScanner(handler);
      const decoder = new TextDecoder('utf-8');
      try {
        for (const piece of pieces) {
          if (typeof piece === 'string') scanner.push(piece);
          else if (piece.length <= CHUNK) scanner.push(decoder.decode(piece));
          else {
            for (let i = 0; i < piece.length; i += CHUNK) scanner.push(decoder.decode(piece.subarray(i, i + CHUNK), { stream: true }));
            scanner.push(decoder.decode());
          }
        }
        scanner.end();
      } catch (error) {
        if (error instanceof XmlError) throw new Stop({ kind: 'malformed', part: name, message: error.message });
        throw error;
      }
    },
  };
  /** A part's text, fed in chunks to `handler`; false when the part is absent. */
  const scanPart: ScanPart = (name, handler) => {
    const data = parts.bytes(name);
    if (!data) return false;
    parts.scan(name, handler, [data]);
    return true;
  };

  /**
   * A part read as the last workbook's part of the same role was, when its stored bytes are the
   * same: a round's returns come from one template, whose relationships, workbook part and styles
   * are alike byte for byte — read once, not once per file. (Its size still counts.)
   */
  const same = <T>(role: string, name: string, read: () => T): T => {
    const entry = byName.get(name);
    // A template's parts are a few KB; a large one (a hostile styles part) is read, never kept.
    if (!entry || path !== 'auto' || entry.csize > SAME_PART_MAX) return read();
    const stored = bytes.subarray(entry.data, entry.data + entry.csize);
    // By part name too: a relationship's target is resolved against its part's folder.
    const key = `${role}\u0000${name}`;
    const known = LAST_PARTS.get(key) ?? [];
    for (const k of known) {
      if (k.method !== entry.method || k.size !== entry.size || !sameBytes(k.stored, stored)) continue;
      inflated += entry.size;
      if (inflated > L.maxTotalBytes) throw new Stop({ kind: 'too-large', entry: name, size: inflated });
      return k.value as T;
    }
    const value = read();
    // A few variants per role (a department's template and a commune's differ in their styles).
    if (known.length >= 4) known.shift();
    if (LAST_PARTS.size >= 16 && !LAST_PARTS.has(key)) LAST_PARTS.clear();
    known.push({ stored: stored.slice(), method: entry.method, size: entry.size, value });
    LAST_PARTS.set(key, known);
    return value;
  };

  try {
    const root = same('package rels', '_rels/.rels', () => relationships(scanPart, ''));
    const bookPart = root.find((r) => r.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
    const book = same('workbook', bookPart, () => readBook(scanPart, bookPart));
    const rels = same('workbook rels', relsOf(bookPart), () => relationships(scanPart, bookPart));
    const relById = new Map(rels.map((r) => [r.id, r]));
    const strings = readStrings(parts, rels.find((r) => r.type === 'sharedStrings')?.target ?? null, L, path);
    const stylesPart = rels.find((r) => r.type === 'styles')?.target ?? null;
    const styles = stylesPart ? same('styles', stylesPart, () => readStyles(scanPart, stylesPart)) : readStyles(scanPart, null);
    const notes: ScanNote[] = [];
    const budget = { cells: L.maxCells, merges: L.maxMerges, ranges: L.maxRanges, visits: L.maxRangeVisits };
    const sheets: ReadSheet[] = [];
    for (const s of book.sheets) {
      const rel = relById.get(s.rid);
      // Chart sheets and dialog sheets hold no cells.
      if (rel?.type !== 'worksheet' || (only && !only(s.name))) continue;
      const sheetRels = new Map(relationships(scanPart, rel.target).map((r) => [r.id, r.target]));
      const sheet = readSheet(parts, rel.target, s, { strings, styles, date1904: book.date1904, links: sheetRels, budget, notes, L }, path);
      if (sheet) sheets.push(sheet);
    }
    return { ok: true, workbook: book.date1904 ? { sheets, date1904: true } : { sheets }, notes: notes.slice(0, MAX_NOTES) };
  } catch (error) {
    if (error instanceof Stop) return { ok: false, problem: error.problem };
    throw error;
  }
}

type ScanPart = (name: string, handler: XmlHandler) => boolean;

// ---------------------------------------------------------------------------------------------
// Relationships and the workbook part.

interface Rel {
  id: string;
  /** The last segment of the relationship type ('worksheet', 'sharedStrings', 'hyperlink'). */
  type: string;
  /** A part name resolved against the source part ('xl/worksheets/sheet1.xml'), or an external target as written. */
  target: string;
}

/** The largest stored part `same` keeps: the parts it keeps stay a few hundred KB in all. */
const SAME_PART_MAX = 64 * 1024;

/** The parts last read for each role, by their stored bytes (see `same` in scanWorkbook): a few KB. */
const LAST_PARTS = new Map<string, { stored: Uint8Array; method: number; size: number; value: unknown }[]>();

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The relationships part of `part` ('_rels/.rels' for the package itself). */
function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The relationships of `part` ('' for the package itself), targets resolved. */
function relationships(scanPart: ScanPart, part: string): Rel[] {
  const slash = part.lastIndexOf('/');
  const dir = part.slice(0, slash + 1);
  const relsName = relsOf(part);
  const out: Rel[] = [];
  scanPart(relsName, {
    wantText: false,
    open(name, raw) {
      if (name !== 'Relationship') return;
      const a = attrsOf(raw);
      const type = (a.Type ?? '').slice((a.Type ?? '').lastIndexOf('/') + 1);
      const target = a.Target ?? '';
      out.push({ id: a.Id ?? '', type, target: a.TargetMode === 'External' ? target : resolve(dir, target) });
    },
    close() {},
    text() {},
  });
  return out;
}

/** A relative target resolved against a folder, as a zip entry name. */
function resolve(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function readBook(scanPart: ScanPart, part: string): { sheets: BookSheet[]; date1904: boolean } {
  const sheets: BookSheet[] = [];
  let date1904 = false;
  if (
    !scanPart(part, {
      wantText: false,
      open(name, raw) {
        if (name === 'workbookPr') {
          const v = attr(raw, 'date1904');
          date1904 = v === '1' || v === 'true';
        } else if (name === 'sheet') {
          const a = attrsOf(raw);
          const rid = Object.entries(a).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1] ?? '';
          const state = a.state === 'veryHidden' ? 'veryHidden' : a.state === 'hidden' ? 'hidden' : 'visible';
          sheets.push({ name: a.name ?? '', rid, state });
        }
      },
      close() {},
      text() {},
    })
  )
    throw new Stop({ kind: 'not-xlsx' });
  return { sheets, date1904 };
}

// ---------------------------------------------------------------------------------------------
// Shared strings and styles.

function readStrings(parts: SheetParts, part: string | null, L: ReaderLimits, path: CellPath): string[] {
  const out: string[] = [];
  if (!part) return out;
  const data = parts.bytes(part);
  if (!data) return out;
  let current = '';
  let inPhonetic = 0;
  const h: XmlHandler = {
    wantText: false,
    open(name) {
      if (name === 't') h.wantText = inPhonetic === 0;
      else if (name === 'rPh') inPhonetic++;
      else if (name === 'si') current = '';
    },
    close(name) {
      if (name === 't') h.wantText = false;
      else if (name === 'rPh') inPhonetic--;
      else if (name === 'si') {
        if (out.length >= L.maxStrings) throw new Stop({ kind: 'over-limit', limit: 'strings', max: L.maxStrings, part });
        out.push(current);
      }
    },
    text(s) {
      current += s;
    },
  };
  if (path === 'auto' && data.length <= CHUNK * 16) {
    // Decoded whole (the part is nearly all text), the strings taken by the fast path, and what
    // surrounds them checked by the general scanner.
    const text = decodeUtf8(data);
    const cut = fastStrings(text, out, L, part);
    if (cut) {
      const seam = new Seamed(h, 'sst');
      try {
        parts.scan(part, seam, [text.slice(0, cut.start), SEAM_TAG, text.slice(cut.end)]);
        if (seam.ok()) return out;
      } catch (error) {
        if (!(error instanceof Stop) || error.problem.kind !== 'malformed') throw error;
      }
      out.length = 0;
    }
    parts.scan(part, h, [text]);
    return out;
  }
  parts.scan(part, h, [data]);
  return out;
}

/** The built-in formats exceljs names (and so the readers know); the others have no text of their own. */
const BUILT_IN: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  // Text ('@'): the agency template's date and text inputs carry it.
  49: '@',
};

/** Built-in ids that show a date or time, whatever the locale calls them. */
function builtInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

/** A format code shows a date or time when, outside quotes, escapes and [brackets], it holds a date or time letter. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '');
  return /[ymdhsb]/i.test(bare.replace(/General/gi, '').replace(/E[+-]/g, ''));
}

function readStyles(scanPart: ScanPart, part: string | null): Styles {
  const custom = new Map<number, string>();
  const formats: (string | null)[] = [];
  const dates: boolean[] = [];
  if (!part) return { formats, dates };
  let inCellXfs = false;
  scanPart(part, {
    wantText: false,
    open(name, raw) {
      if (name === 'numFmt') {
        const a = attrsOf(raw);
        custom.set(Number(a.numFmtId), a.formatCode ?? '');
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attr(raw, 'numFmtId') ?? 0) || 0;
        const code = id === 0 ? null : custom.get(id) ?? BUILT_IN[id] ?? null;
        formats.push(code);
        dates.push(custom.has(id) ? isDateFormat(custom.get(id)!) : builtInDate(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return { formats, dates };
}

