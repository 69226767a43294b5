import type { PlacedCell, ReadRow, ReadSheet, ReadValidation, ReadWorkbook, SheetValue } from '../workbook-kit/read-model';
import { DEFAULT_LIMITS, fflateInflate, inflateEntry, openXlsx, type GuardProblem, type Limits, type RawInflate, type ZipEntry } from './guard';
import { attr, attrsOf, XmlError, XmlScanner, type XmlHandler } from './xml-scan';

/**
 * .xlsx bytes -> ReadWorkbook, without a workbook library: the guard's defences on the zip, then
 * only the parts the values need — the workbook and its relationships, shared strings, styles
 * (for number formats), and each worksheet with its own relationships (hyperlink targets) —
 * inflated one at a time and scanned as a stream of tags. Parts are found through the
 * relationships, never by their names. Only cells present are kept, so work and memory follow
 * what the file holds (cells, merges, strings, bytes), never the addresses it names; each of
 * these has a limit, answered with a named reason.
 */

export interface ReaderLimits extends Limits {
  /** Cells holding a value or a formula, in the whole workbook. */
  maxCells: number;
  /** Merged ranges, in the whole workbook. */
  maxMerges: number;
  /** Shared strings. */
  maxStrings: number;
  /** Hyperlinks and data validations, in the whole workbook. */
  maxRanges: number;
  /** Present rows visited to apply merges and hyperlinks (overlapping ranges would multiply it). */
  maxRangeVisits: number;
}

export const READER_LIMITS: ReaderLimits = {
  ...DEFAULT_LIMITS,
  // A return holds ~500 cells, a plan workbook ~20,000: this refuses a hostile sheet before its
  // cells take 500 MB. A reader of larger workbooks (a national master) passes its own limit.
  maxCells: 500_000,
  maxMerges: 100_000,
  maxStrings: 1_000_000,
  maxRanges: 100_000,
  maxRangeVisits: 2_000_000,
};

/**
 * How many cells a master may hold: a row per task and unit, and a history that grows each round
 * (a city of 150 units at year end: about half a million) — above a return's limit, which guards
 * against hostile files units send. For the masters chiso wrote and a person picks.
 */
export const MASTER_LIMITS: Partial<ReaderLimits> = { maxCells: 2_000_000 };

export type ReaderLimit = 'cells' | 'merges' | 'strings' | 'ranges' | 'range-visits';

/** A part the reader could not make sense of, or a limit it reached. */
export type ScanProblem =
  | GuardProblem
  | { kind: 'over-limit'; limit: ReaderLimit; max: number; part: string }
  | { kind: 'malformed'; part: string; message: string };

/** What the reader read but wants said: values that a person would miss otherwise. */
export type ScanNote =
  /** A formula saved without its result (written by a program, never recalculated): its value is unknown. */
  | { kind: 'formula-without-value'; sheet: string; cell: string }
  /** A value in a cell that a merge covers: Excel shows only the merge's first cell, so the value is not read. */
  | { kind: 'hidden-by-merge'; sheet: string; cell: string };

export type ScanResult = { ok: true; workbook: ReadWorkbook; notes: ScanNote[] } | { ok: false; problem: ScanProblem };

const MAX_NOTES = 100;
const MAX_COL = 16_384;
/** Bytes of a part decoded and scanned at a time. */
const CHUNK = 1 << 20;

class Stop extends Error {
  constructor(readonly problem: ScanProblem) {
    super(problem.kind);
  }
}

/**
 * `only`: the sheets to read, by name (the others are neither inflated nor counted against the
 * limits) — for a caller that needs a few sheets of a large workbook, as a compile needs only the
 * log of the master it replaces.
 */
export function scanWorkbook(bytes: Uint8Array, limits: Partial<ReaderLimits> = {}, inflate: RawInflate = fflateInflate, only?: (sheet: string) => boolean): ScanResult {
  const L: ReaderLimits = { ...READER_LIMITS, ...limits };
  const opened = openXlsx(bytes, L);
  if (!opened.ok) return opened;
  const byName = new Map<string, ZipEntry>();
  for (const e of opened.entries) byName.set(e.name.replace(/^\//, ''), e);
  let inflated = 0;

  /** A part's text, fed in chunks to `handler`; false when the part is absent. */
  const scanPart = (name: string, handler: XmlHandler): boolean => {
    const entry = byName.get(name);
    if (!entry) return false;
    const data = inflateEntry(bytes, entry, inflate);
    if (!data.ok) throw new Stop(data.problem);
    inflated += data.bytes.length;
    if (inflated > L.maxTotalBytes) throw new Stop({ kind: 'too-large', entry: name, size: inflated });
    const scanner = new XmlScanner(handler);
    const decoder = new TextDecoder('utf-8');
    try {
      if (data.bytes.length <= CHUNK) scanner.push(decoder.decode(data.bytes));
      else {
        for (let i = 0; i < data.bytes.length; i += CHUNK) scanner.push(decoder.decode(data.bytes.subarray(i, i + CHUNK), { stream: true }));
        scanner.push(decoder.decode());
      }
      scanner.end();
    } catch (error) {
      if (error instanceof XmlError) throw new Stop({ kind: 'malformed', part: name, message: error.message });
      throw error;
    }
    return true;
  };

  try {
    const root = relationships(scanPart, '');
    const bookPart = root.find((r) => r.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
    const book = readBook(scanPart, bookPart);
    const rels = relationships(scanPart, bookPart);
    const relById = new Map(rels.map((r) => [r.id, r]));
    const strings = readStrings(scanPart, rels.find((r) => r.type === 'sharedStrings')?.target ?? null, L);
    const styles = readStyles(scanPart, rels.find((r) => r.type === 'styles')?.target ?? null);
    const notes: ScanNote[] = [];
    const budget = { cells: L.maxCells, merges: L.maxMerges, ranges: L.maxRanges, visits: L.maxRangeVisits };
    const sheets: ReadSheet[] = [];
    for (const s of book.sheets) {
      const rel = relById.get(s.rid);
      // Chart sheets and dialog sheets hold no cells.
      if (rel?.type !== 'worksheet' || (only && !only(s.name))) continue;
      const sheetRels = new Map(relationships(scanPart, rel.target).map((r) => [r.id, r.target]));
      const sheet = readSheet(scanPart, rel.target, s, { strings, styles, date1904: book.date1904, links: sheetRels, budget, notes, L });
      if (sheet) sheets.push(sheet);
    }
    return { ok: true, workbook: { sheets }, notes: notes.slice(0, MAX_NOTES) };
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

/** The relationships of `part` ('' for the package itself), targets resolved. */
function relationships(scanPart: ScanPart, part: string): Rel[] {
  const slash = part.lastIndexOf('/');
  const dir = part.slice(0, slash + 1);
  const relsName = `${dir}_rels/${part.slice(slash + 1)}.rels`;
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

interface BookSheet {
  name: string;
  rid: string;
  state: ReadSheet['state'];
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

function readStrings(scanPart: ScanPart, part: string | null, L: ReaderLimits): string[] {
  const out: string[] = [];
  if (!part) return out;
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
  scanPart(part, h);
  return out;
}

/** Per cell style index: its number format (null for General) and whether it shows a date. */
interface Styles {
  formats: (string | null)[];
  dates: boolean[];
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

// ---------------------------------------------------------------------------------------------
// A worksheet.

interface SheetContext {
  strings: string[];
  styles: Styles;
  date1904: boolean;
  links: Map<string, string>;
  budget: { cells: number; merges: number; ranges: number; visits: number };
  notes: ScanNote[];
  L: ReaderLimits;
}

/** 'AB12' -> [12, 28]; null when it is not a cell address within column XFD. */
function parseAddress(ref: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~0x20; // upper case
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === 0 || i > 3 || col > MAX_COL) return null;
  // Digits by hand (a regular expression here was a tenth of a worksheet's time): 1-16 of them, no leading zero.
  const n = ref.length - i;
  if (n < 1 || n > 16 || ref.charCodeAt(i) === 0x30) return null;
  let row = 0;
  for (let k = i; k < ref.length; k++) {
    const d = ref.charCodeAt(k) - 0x30;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  return Number.isSafeInteger(row) ? [row, col] : null;
}

function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** 'A1:C3' or 'B2' -> its corners; null when unreadable. */
function parseRange(ref: string): { r1: number; c1: number; r2: number; c2: number } | null {
  const [a, b = a] = ref.replace(/\$/g, '').split(':');
  const p = parseAddress(a ?? '');
  const q = parseAddress(b ?? '');
  if (!p || !q) return null;
  return { r1: Math.min(p[0], q[0]), c1: Math.min(p[1], q[1]), r2: Math.max(p[0], q[0]), c2: Math.max(p[1], q[1]) };
}

/** Dates as exceljs and Excel count them: days since 1899-12-30 (1904-01-01 in the 1904 system), as 'YYYY-MM-DD'. */
function serialToDate(v: number, date1904: boolean): string | null {
  const ms = Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return null;
  const y = d.getUTCFullYear();
  if (y < 0 || y > 9999) return null;
  return `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/** A shared formula moved from its master cell to a follower, as Excel (and exceljs) translate it. */
function slideFormula(formula: string, from: [number, number], to: [number, number]): string {
  return formula.replace(CANDIDATE, (whole, sheet: string | undefined, _s: string, part: string, paren: string | undefined) => {
    if (paren) return whole;
    const m = CELL_REF.exec(part);
    if (!m) return whole;
    const letters = m[2]!.toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return whole;
    let col = 0;
    for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
    let row = Number(m[4]);
    if (!m[1]) col += to[1] - from[1];
    if (!m[3]) row += to[0] - from[0];
    return `${sheet ?? ''}${m[1] ?? ''}${columnLetters(col)}${m[3] ?? ''}${row}`;
  });
}

function readSheet(scanPart: ScanPart, part: string, info: BookSheet, ctx: SheetContext): ReadSheet | null {
  const { strings, styles, budget, L } = ctx;
  const rows: ReadRow[] = [];
  const hiddenRows: number[] = [];
  const merges: string[] = [];
  const validations: ReadValidation[] = [];
  const hyperlinks: { ref: string; target: string }[] = [];
  const shared = new Map<string, { formula: string; at: [number, number] }>();
  const uncached: string[] = [];
  let sorted = true;

  let row: ReadRow | null = null;
  let rowNumber = 0;
  let colNumber = 0;
  // The cell being read.
  let cRow = 0;
  let cCol = 0;
  let cType = '';
  let cStyle = 0;
  let vText: string | null = null;
  let fText: string | null = null;
  let fShared: { si: string; master: boolean } | null = null;
  let isText: string | null = null;
  let collecting: 'v' | 'f' | 't' | 'formula1' | 'formula2' | null = null;
  let inIs = 0;
  let inPhonetic = 0;
  let validation: ReadValidation | null = null;
  let pendingBlank: string | null = null;
  let autoFilter: string | undefined;

  const over = (limit: ReaderLimit, max: number): never => {
    throw new Stop({ kind: 'over-limit', limit, max, part });
  };
  const bad = (message: string): never => {
    throw new Stop({ kind: 'malformed', part, message });
  };

  const finishCell = () => {
    const numeric = () => {
      const n = parseFloat(vText!);
      if (!Number.isFinite(n)) return null;
      return styles.dates[cStyle] ? serialToDate(n, ctx.date1904) : n;
    };
    let value: SheetValue = null;
    let formula: string | null = null;
    if (fText !== null || fShared) {
      formula = fText;
      if (fShared && !fShared.master && !fText) {
        const master = shared.get(fShared.si);
        formula = master ? slideFormula(master.formula, master.at, [cRow, cCol]) : null;
      }
      if (fShared?.master && fText) shared.set(fShared.si, { formula: fText, at: [cRow, cCol] });
      if (vText === null) {
        if (uncached.length < MAX_NOTES) uncached.push(`${columnLetters(cCol)}${cRow}`);
      } else if (vText !== '') {
        value = cType === 'str' ? vText : cType === 'b' ? Number.parseInt(vText, 10) !== 0 : cType === 'e' ? vText : numeric();
      }
      // exceljs keeps a formula cell even without a result; so do we, so nothing typed disappears.
      if (formula === null && value === null) return;
    } else if (cType === 'inlineStr') {
      if (isText === null) return;
      value = isText;
    } else {
      if (vText === null) return;
      if (cType === 's') value = strings[Number.parseInt(vText, 10)] ?? null;
      else if (cType === 'str' || cType === 'e') value = vText;
      else if (cType === 'b') value = Number.parseInt(vText, 10) !== 0;
      else if (cType === 'd') value = /^\d{4}-\d{2}-\d{2}/.test(vText) ? vText.slice(0, 10) : vText || null;
      else value = numeric();
      if (value === null) return;
    }
    if (--budget.cells < 0) over('cells', L.maxCells);
    const cell: PlacedCell = { value, formula, numFmt: styles.formats[cStyle] ?? null, col: cCol };
    const cells = row!.cells;
    const last = cells[cells.length - 1];
    if (last && last.col >= cCol) {
      // Out of order, or the same cell twice (the later wins, as in exceljs).
      const at = cells.findIndex((c) => c.col >= cCol);
      if (cells[at]!.col === cCol) cells[at] = cell;
      else cells.splice(at, 0, cell);
    } else cells.push(cell);
  };

  const h: XmlHandler = {
    wantText: false,
    open(name, raw, empty) {
      switch (name) {
        case 'row': {
          const r = attr(raw, 'r');
          const n = r === undefined ? rowNumber + 1 : Number(r);
          if (!Number.isSafeInteger(n) || n < 1) bad(`row number “${r}”`);
          if (n <= rowNumber) sorted = false;
          rowNumber = n;
          colNumber = 0;
          const hidden = attr(raw, 'hidden');
          if (hidden === '1' || hidden === 'true') hiddenRows.push(n);
          row = { row: n, cells: [] };
          pendingBlank = null;
          return;
        }
        case 'c': {
          if (!row) bad('a cell outside a row');
          // A self-closing cell holds no value (a styled blank, a third of a template's cells): its
          // address is read only if a following cell without one needs it to know its own place.
          if (empty) {
            pendingBlank = raw;
            return;
          }
          if (pendingBlank !== null) {
            const blank = attr(pendingBlank, 'r');
            const at = blank === undefined ? null : parseAddress(blank);
            colNumber = at ? at[1] : colNumber + 1;
            pendingBlank = null;
          }
          const r = attr(raw, 'r');
          if (r === undefined) {
            cRow = rowNumber;
            cCol = colNumber + 1;
          } else {
            const at = parseAddress(r);
            if (!at) bad(`cell address “${r}”`);
            // A cell's own address wins over its row's (exceljs goes by the address too).
            [cRow, cCol] = at!;
            if (cRow !== rowNumber) bad(`cell ${r} inside row ${rowNumber}`);
          }
          if (cCol > MAX_COL) bad(`a cell past column XFD in row ${rowNumber}`);
          colNumber = cCol;
          cType = attr(raw, 't') ?? '';
          cStyle = Number(attr(raw, 's') ?? 0) || 0;
          vText = null;
          fText = null;
          fShared = null;
          isText = null;
          return;
        }
        case 'v':
          vText = '';
          collecting = 'v';
          h.wantText = true;
          return;
        case 'f': {
          const a = attrsOf(raw);
          if (a.t === 'shared' && a.si !== undefined) fShared = { si: a.si, master: a.ref !== undefined };
          if (!empty) {
            fText = '';
            collecting = 'f';
            h.wantText = true;
          }
          return;
        }
        case 'is':
          inIs++;
          isText ??= '';
          return;
        case 'rPh':
          inPhonetic++;
          return;
        case 't':
          if (inIs > 0 && inPhonetic === 0) {
            collecting = 't';
            h.wantText = true;
          }
          return;
        case 'autoFilter':
          autoFilter = attr(raw, 'ref') ?? autoFilter;
          return;
        case 'mergeCell': {
          const ref = attr(raw, 'ref');
          if (ref !== undefined) {
            if (--budget.merges < 0) over('merges', L.maxMerges);
            merges.push(ref);
          }
          return;
        }
        case 'hyperlink': {
          const a = attrsOf(raw);
          const rid = Object.entries(a).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
          const target = rid !== undefined ? ctx.links.get(rid) : a.location !== undefined ? `#${a.location}` : undefined;
          if (a.ref && target !== undefined) {
            if (--budget.ranges < 0) over('ranges', L.maxRanges);
            hyperlinks.push({ ref: a.ref, target: rid !== undefined && a.location ? `${target}#${a.location}` : target });
          }
          return;
        }
        case 'dataValidation': {
          if (--budget.ranges < 0) over('ranges', L.maxRanges);
          validation = { sqref: attr(raw, 'sqref') ?? '', type: attr(raw, 'type') ?? 'none', formula1: null, formula2: null };
          validations.push(validation);
          return;
        }
        case 'formula1':
        case 'formula2':
          if (validation) {
            validation[name] = '';
            collecting = name;
            h.wantText = true;
          }
          return;
        default:
      }
    },
    close(name) {
      switch (name) {
        case 'c':
          // A self-closing cell was set aside at its start tag (pendingBlank): nothing to finish.
          if (row && pendingBlank === null) finishCell();
          return;
        case 'row':
          if (row && row.cells.length > 0) rows.push(row);
          row = null;
          return;
        case 'v':
        case 'f':
        case 't':
        case 'formula1':
        case 'formula2':
          if (collecting === name || (name === 't' && collecting === 't')) {
            collecting = null;
            h.wantText = false;
          }
          return;
        case 'is':
          inIs--;
          return;
        case 'rPh':
          inPhonetic--;
          return;
        case 'dataValidation':
          validation = null;
          return;
        default:
      }
    },
    text(s) {
      if (collecting === 'v') vText += s;
      else if (collecting === 'f') fText += s;
      else if (collecting === 't') isText += s;
      else if ((collecting === 'formula1' || collecting === 'formula2') && validation) validation[collecting] += s;
    },
  };
  if (!scanPart(part, h)) return null;

  if (!sorted) {
    // Rows out of order or repeated (hand-edited files): sorted, and a repeated row's cells joined.
    rows.sort((a, b) => a.row - b.row);
    for (let i = rows.length - 1; i > 0; i--) {
      if (rows[i - 1]!.row !== rows[i]!.row) continue;
      const byCol = new Map(rows[i - 1]!.cells.map((c) => [c.col, c]));
      for (const c of rows[i]!.cells) byCol.set(c.col, c);
      rows[i - 1]!.cells = [...byCol.values()].sort((a, b) => a.col - b.col);
      rows.splice(i, 1);
    }
    hiddenRows.sort((a, b) => a - b);
  }

  /** Each present cell inside `ref`, found through the sorted rows: work follows the cells, not the range. */
  const eachCellIn = (ref: string, f: (row: ReadRow, index: number) => void) => {
    const a = parseRange(ref);
    if (!a) return;
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (rows[mid]!.row < a.r1) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < rows.length && rows[i]!.row <= a.r2; i++) {
      if (--budget.visits < 0) over('range-visits', L.maxRangeVisits);
      const cells = rows[i]!.cells;
      for (let j = 0; j < cells.length; j++) {
        // A cell already taken away by an earlier (overlapping) merge is null here.
        const c = cells[j];
        if (c && c.col >= a.c1 && c.col <= a.c2) f(rows[i]!, j);
      }
    }
  };
  for (const link of hyperlinks) eachCellIn(link.ref, (r, j) => (r.cells[j]!.hyperlink = link.target));
  for (const ref of merges) {
    const a = parseRange(ref);
    if (!a) continue;
    eachCellIn(ref, (r, j) => {
      const c = r.cells[j]!;
      if (r.row === a.r1 && c.col === a.c1) return;
      // Excel keeps only the first cell's value: a value under the merge is said, then dropped.
      if (c.value !== null && c.value !== '' && ctx.notes.length < MAX_NOTES) ctx.notes.push({ kind: 'hidden-by-merge', sheet: info.name, cell: `${columnLetters(c.col)}${r.row}` });
      r.cells[j] = null as unknown as PlacedCell;
    });
  }
  let kept = rows;
  if (merges.length > 0) {
    kept = [];
    for (const r of rows) {
      if (r.cells.includes(null as unknown as PlacedCell)) r.cells = r.cells.filter((c) => c !== null);
      if (r.cells.length > 0) kept.push(r);
    }
  }
  for (const cell of uncached) if (ctx.notes.length < MAX_NOTES) ctx.notes.push({ kind: 'formula-without-value', sheet: info.name, cell });
  const sheet: ReadSheet = { name: info.name, state: info.state, rows: kept, hiddenRows };
  if (merges.length > 0) sheet.merges = merges;
  if (validations.length > 0) sheet.validations = validations;
  if (autoFilter !== undefined) sheet.autoFilter = autoFilter;
  return sheet;
}
