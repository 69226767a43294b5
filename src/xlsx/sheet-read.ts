import type { PlacedCell, ReadRow, ReadSheet, ReadValidation, SheetValue } from '../workbook-kit/read-model';
import { fastSheetData } from './fast-cells';
import { MAX_COL, MAX_NOTES, Stop, type Budget, type ReaderLimit, type ReaderLimits, type ScanNote } from './scan-limits';
import { attr, attrsOf, type XmlHandler } from './xml-scan';

/**
 * One worksheet part -> ReadSheet. Its cells are read by the fast path (fast-cells.ts) when the
 * sheet is written the way spreadsheet programs write it, and by the general scanner otherwise;
 * both hand what they find to the same SheetBuilder, so a value is typed one way whichever read it.
 */

/** Per cell style index: its number format (null for General) and whether it shows a date. */
export interface Styles {
  formats: (string | null)[];
  dates: boolean[];
}

export interface SheetContext {
  strings: string[];
  styles: Styles;
  date1904: boolean;
  links: Map<string, string>;
  budget: Budget;
  notes: ScanNote[];
  L: ReaderLimits;
}

export interface BookSheet {
  name: string;
  rid: string;
  state: ReadSheet['state'];
}

/** How a sheet part reaches the reader: its inflated bytes, and the general scanner over some of them. */
export interface SheetParts {
  /** A part's inflated bytes, good until the next part is asked for (they may share one buffer): read, never kept. */
  bytes(name: string): Uint8Array | null;
  /** Scans the pieces as one document; a part that is not well-formed ends the read (Stop 'malformed'). */
  scan(name: string, handler: XmlHandler, pieces: readonly (Uint8Array | string)[]): void;
}

/** Which reader a sheet's cells go through: 'auto' tries the fast path first (tests force one). */
export type CellPath = 'auto' | 'general';

/** 'AB12' -> [12, 28]; null when it is not a cell address within column XFD. */
export function parseAddress(ref: string): [number, number] | null {
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

/**
 * What one sheet's cells, rows and ranges add up to, fed by either path. Rows arrive in file order;
 * a cell arrives whole (its type, style and the texts of its value, formula and inline string).
 */
export class SheetBuilder {
  readonly rows: ReadRow[] = [];
  readonly hiddenRows: number[] = [];
  readonly outlinedRows: number[] = [];
  readonly merges: string[] = [];
  readonly validations: ReadValidation[] = [];
  readonly hyperlinks: { ref: string; target: string }[] = [];
  autoFilter: string | undefined;
  /** The row being read, and the number of the last row opened (rows without r count on from it). */
  row: ReadRow | null = null;
  rowNumber = 0;
  /** The column of the last cell placed in this row (cells without r count on from it). */
  colNumber = 0;
  private readonly shared = new Map<string, { formula: string; at: [number, number] }>();
  private readonly uncached: string[] = [];
  private sorted = true;

  constructor(
    readonly part: string,
    readonly ctx: SheetContext,
  ) {}

  over(limit: ReaderLimit, max: number): never {
    throw new Stop({ kind: 'over-limit', limit, max, part: this.part });
  }

  bad(message: string): never {
    throw new Stop({ kind: 'malformed', part: this.part, message });
  }

  /** A row's start tag; `written` is its r attribute as written, for the message when it is not a row number. */
  openRow(n: number, written: string | undefined, hidden: boolean, outlined = false): void {
    if (!Number.isSafeInteger(n) || n < 1) this.bad(`row number “${written}”`);
    if (n <= this.rowNumber) this.sorted = false;
    this.rowNumber = n;
    this.colNumber = 0;
    if (hidden) this.hiddenRows.push(n);
    if (outlined) this.outlinedRows.push(n);
    this.row = { row: n, cells: [] };
  }

  closeRow(): void {
    if (this.row && this.row.cells.length > 0) this.rows.push(this.row);
    this.row = null;
  }

  /**
   * A cell whose start tag and content were read: `vText` the text of <v> (null without one),
   * `fText` of <f>, `isText` of an inline string; `fShared` when its formula is shared.
   */
  cell(cRow: number, cCol: number, cType: string, cStyle: number, vText: string | null, fText: string | null, fShared: { si: string; master: boolean } | null, isText: string | null): void {
    const styles = this.ctx.styles;
    const numeric = () => {
      const n = parseFloat(vText!);
      if (!Number.isFinite(n)) return null;
      return styles.dates[cStyle] ? serialToDate(n, this.ctx.date1904) : n;
    };
    let value: SheetValue = null;
    let formula: string | null = null;
    if (fText !== null || fShared) {
      formula = fText;
      if (fShared && !fShared.master && !fText) {
        const master = this.shared.get(fShared.si);
        formula = master ? slideFormula(master.formula, master.at, [cRow, cCol]) : null;
      }
      if (fShared?.master && fText) this.shared.set(fShared.si, { formula: fText, at: [cRow, cCol] });
      if (vText === null) {
        if (this.uncached.length < MAX_NOTES) this.uncached.push(`${columnLetters(cCol)}${cRow}`);
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
      if (cType === 's') value = this.ctx.strings[Number.parseInt(vText, 10)] ?? null;
      else if (cType === 'str' || cType === 'e') value = vText;
      else if (cType === 'b') value = Number.parseInt(vText, 10) !== 0;
      else if (cType === 'd') value = /^\d{4}-\d{2}-\d{2}/.test(vText) ? vText.slice(0, 10) : vText || null;
      else value = numeric();
      if (value === null) return;
    }
    this.place(cCol, cStyle, value, formula);
  }

  /** A shared-string cell (t="s", no formula) whose index the fast path read as a number: as cell() would type it. */
  sharedString(cCol: number, cStyle: number, index: number): void {
    const value = this.ctx.strings[index];
    if (value !== undefined) this.place(cCol, cStyle, value, null);
  }

  private place(col: number, style: number, value: SheetValue, formula: string | null): void {
    if (--this.ctx.budget.cells < 0) this.over('cells', this.ctx.L.maxCells);
    const cell: PlacedCell = { value, formula, numFmt: this.ctx.styles.formats[style] ?? null, col };
    const cells = this.row!.cells;
    const last = cells[cells.length - 1];
    if (last && last.col >= col) {
      // Out of order, or the same cell twice (the later wins, as in exceljs).
      const at = cells.findIndex((c) => c.col >= col);
      if (cells[at]!.col === col) cells[at] = cell;
      else cells.splice(at, 0, cell);
    } else cells.push(cell);
  }

  mergeCell(ref: string): void {
    if (--this.ctx.budget.merges < 0) this.over('merges', this.ctx.L.maxMerges);
    this.merges.push(ref);
  }

  range(): void {
    if (--this.ctx.budget.ranges < 0) this.over('ranges', this.ctx.L.maxRanges);
  }

  /** The sheet, once every part of it was read: rows in order, hyperlinks and merges applied, notes said. */
  finish(info: BookSheet): ReadSheet {
    const { budget, L } = this.ctx;
    const rows = this.rows;
    const hiddenRows = this.hiddenRows;
    if (!this.sorted) {
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
      this.outlinedRows.sort((a, b) => a - b);
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
        if (--budget.visits < 0) this.over('range-visits', L.maxRangeVisits);
        const cells = rows[i]!.cells;
        for (let j = 0; j < cells.length; j++) {
          // A cell already taken away by an earlier (overlapping) merge is null here.
          const c = cells[j];
          if (c && c.col >= a.c1 && c.col <= a.c2) f(rows[i]!, j);
        }
      }
    };
    for (const link of this.hyperlinks) eachCellIn(link.ref, (r, j) => (r.cells[j]!.hyperlink = link.target));
    for (const ref of this.merges) {
      const a = parseRange(ref);
      if (!a) continue;
      eachCellIn(ref, (r, j) => {
        const c = r.cells[j]!;
        if (r.row === a.r1 && c.col === a.c1) return;
        // Excel keeps only the first cell's value: a value under the merge is said, then dropped.
        if (c.value !== null && c.value !== '' && this.ctx.notes.length < MAX_NOTES) this.ctx.notes.push({ kind: 'hidden-by-merge', sheet: info.name, cell: `${columnLetters(c.col)}${r.row}` });
        r.cells[j] = null as unknown as PlacedCell;
      });
    }
    let kept = rows;
    if (this.merges.length > 0) {
      kept = [];
      for (const r of rows) {
        if (r.cells.includes(null as unknown as PlacedCell)) r.cells = r.cells.filter((c) => c !== null);
        if (r.cells.length > 0) kept.push(r);
      }
    }
    for (const cell of this.uncached) if (this.ctx.notes.length < MAX_NOTES) this.ctx.notes.push({ kind: 'formula-without-value', sheet: info.name, cell });
    const sheet: ReadSheet = { name: info.name, state: info.state, rows: kept, hiddenRows };
    if (this.outlinedRows.length > 0) sheet.outlinedRows = this.outlinedRows;
    if (this.merges.length > 0) sheet.merges = this.merges;
    if (this.validations.length > 0) sheet.validations = this.validations;
    if (this.autoFilter !== undefined) sheet.autoFilter = this.autoFilter;
    return sheet;
  }
}

/** The general scanner's handler for a worksheet: every construct SpreadsheetML allows, fed to `b`. */
function generalHandler(b: SheetBuilder): XmlHandler {
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

  const h: XmlHandler = {
    wantText: false,
    open(name, raw, empty) {
      switch (name) {
        case 'row': {
          const r = attr(raw, 'r');
          const hidden = attr(raw, 'hidden');
          const level = Number(attr(raw, 'outlineLevel') ?? '0');
          b.openRow(r === undefined ? b.rowNumber + 1 : Number(r), r, hidden === '1' || hidden === 'true', level >= 1 && level <= 7);
          pendingBlank = null;
          return;
        }
        case 'c': {
          if (!b.row) b.bad('a cell outside a row');
          // A self-closing cell holds no value (a styled blank, a third of a template's cells): its
          // address is read only if a following cell without one needs it to know its own place.
          if (empty) {
            pendingBlank = raw;
            return;
          }
          if (pendingBlank !== null) {
            const blank = attr(pendingBlank, 'r');
            const at = blank === undefined ? null : parseAddress(blank);
            b.colNumber = at ? at[1] : b.colNumber + 1;
            pendingBlank = null;
          }
          const r = attr(raw, 'r');
          if (r === undefined) {
            cRow = b.rowNumber;
            cCol = b.colNumber + 1;
          } else {
            const at = parseAddress(r);
            if (!at) b.bad(`cell address “${r}”`);
            // A cell's own address wins over its row's (exceljs goes by the address too).
            [cRow, cCol] = at!;
            if (cRow !== b.rowNumber) b.bad(`cell ${r} inside row ${b.rowNumber}`);
          }
          if (cCol > MAX_COL) b.bad(`a cell past column XFD in row ${b.rowNumber}`);
          b.colNumber = cCol;
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
          b.autoFilter = attr(raw, 'ref') ?? b.autoFilter;
          return;
        case 'mergeCell': {
          const ref = attr(raw, 'ref');
          if (ref !== undefined) b.mergeCell(ref);
          return;
        }
        case 'hyperlink': {
          const a = attrsOf(raw);
          const rid = Object.entries(a).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
          const target = rid !== undefined ? b.ctx.links.get(rid) : a.location !== undefined ? `#${a.location}` : undefined;
          if (a.ref && target !== undefined) {
            b.range();
            b.hyperlinks.push({ ref: a.ref, target: rid !== undefined && a.location ? `${target}#${a.location}` : target });
          }
          return;
        }
        case 'dataValidation': {
          b.range();
          validation = { sqref: attr(raw, 'sqref') ?? '', type: attr(raw, 'type') ?? 'none', formula1: null, formula2: null };
          b.validations.push(validation);
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
          if (b.row && pendingBlank === null) b.cell(cRow, cCol, cType, cStyle, vText, fText, fShared, isText);
          return;
        case 'row':
          b.closeRow();
          return;
        case 'v':
        case 'f':
        case 't':
        case 'formula1':
        case 'formula2':
          if (collecting === name) {
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
  return h;
}

/** An element no workbook part holds, put where the fast path's cells were cut out. */
const SEAM = 'chiso-cells-read';

/**
 * `h`, watching that the seam sits directly inside an element `container`: ok() is true only if
 * the general scanner met it exactly once there — so the cells cut out were the container's whole
 * content, not something inside a comment, a CDATA section or a quoted value.
 *
 * A class, not an object literal with a getter and setter: V8 gives each such literal a map of its
 * own that holds its closures, and those maps (old, long-lived) kept every workbook they had seen
 * reachable until the next full collection — it tripled the reader's garbage collection.
 */
export class Seamed implements XmlHandler {
  // 0 nothing yet, 1 the container just opened, 2 the seam right after it.
  private state = 0;
  private seams = 0;
  private placed = false;

  constructor(
    private readonly h: XmlHandler,
    private readonly container: string,
  ) {}

  get wantText(): boolean {
    return this.h.wantText;
  }

  set wantText(v: boolean) {
    this.h.wantText = v;
  }

  open(name: string, raw: string, empty: boolean): void {
    if (name === SEAM) {
      this.seams++;
      this.state = this.state === 1 ? 2 : 0;
      return;
    }
    this.state = name === this.container && !empty ? 1 : 0;
    this.h.open(name, raw, empty);
  }

  close(name: string): void {
    if (name === SEAM) return;
    if (this.state === 2 && name === this.container) this.placed = true;
    this.state = 0;
    this.h.close(name);
  }

  text(s: string): void {
    this.h.text(s);
  }

  ok(): boolean {
    return this.seams === 1 && this.placed;
  }
}

export const SEAM_TAG = `<${SEAM}/>`;

export function readSheet(parts: SheetParts, part: string, info: BookSheet, ctx: SheetContext, path: CellPath): ReadSheet | null {
  const bytes = parts.bytes(part);
  if (!bytes) return null;
  if (path === 'auto') {
    const saved = { ...ctx.budget };
    const b = new SheetBuilder(part, ctx);
    try {
      const cut = fastSheetData(bytes, b);
      if (cut) {
        // What surrounds the cells (columns, merges, links, validations) goes through the general scanner.
        const seam = new Seamed(generalHandler(b), 'sheetData');
        parts.scan(part, seam, [bytes.subarray(0, cut.start), SEAM_TAG, bytes.subarray(cut.end)]);
        if (seam.ok()) return b.finish(info);
      }
    } catch (error) {
      // Anything the fast path misjudged is read again in full by the general scanner, which
      // names what is wrong; a limit reached is the same limit either way.
      if (!(error instanceof Stop) || error.problem.kind !== 'malformed') throw error;
    }
    Object.assign(ctx.budget, saved);
  }
  const b = new SheetBuilder(part, ctx);
  parts.scan(part, generalHandler(b), [bytes]);
  return b.finish(info);
}
