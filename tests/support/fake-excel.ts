/// <reference types="office-js" />

/**
 * A recording fake of the part of Office.js's Excel API that src/excel uses. It keeps a real
 * grid per sheet and behaves like Excel where the adapter's correctness depends on it:
 *  - a string written to a cell becomes a live formula when it starts with '=', '+', '-' or '@',
 *    and a number or boolean when it reads as one — unless the cell's number format is '@';
 *  - loaded properties are readable only after context.sync() (PropertyNotLoaded otherwise),
 *    and show the state at the point the load was queued;
 *  - a request or a response over 5 MB fails the sync, like Excel on the web;
 *  - APIs beyond the configured ExcelApi versions fail the sync with ApiNotFound.
 * It counts syncs and the payload of each one (UTF-8 JSON of every value set and every method
 * argument since the previous sync). No Node imports: the end-to-end test bundles it for Chromium.
 * Formulas are not calculated: a formula's value is its literal, a single-cell reference, a
 * HYPERLINK's label, or '' (override with `evaluate`).
 */

export type FakeValue = string | number | boolean;

export interface FakeExcelOptions {
  /** Highest ExcelApi version supported (default '1.12'). */
  apiVersion?: string;
  /** Request and response cap of one sync (default 5 MB). */
  limitBytes?: number;
  evaluate?: (formula: string, sheet: string) => FakeValue;
}

interface Area {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

interface CellState {
  value: FakeValue;
  formula: string | null;
  numberFormat: string;
  formats: { seq: number; props: Record<string, unknown> }[];
}

export interface FakeConditionalFormat {
  id: string;
  ref: string;
  type: string;
  props: Record<string, unknown>;
}

export interface FakeValidation {
  ref: string;
  props: Record<string, unknown>;
}

interface SheetState {
  id: number;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor: string | null;
  cells: Map<number, CellState>;
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  rangeFormats: { seq: number; area: Area; props: Record<string, unknown> }[];
  merges: string[];
  conditionalFormats: FakeConditionalFormat[];
  validations: FakeValidation[];
  freeze: { rows: number; cols: number } | null;
  pageLayout: Record<string, unknown>;
  protection: { protected: boolean; options: unknown; password: string | undefined };
  groups: { address: string; by: string }[];
}

const MAX_ROWS = 1048576;
/** Excel's limits on a cell's text and a formula's length. */
const MAX_CELL_TEXT = 32767;
const MAX_FORMULA = 8192;
const MAX_COLS = 16384;
const KEY = MAX_COLS;

function utf8(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (pair) i++;
  }
  return n;
}

function bytesOf(v: unknown): number {
  return utf8(JSON.stringify(v) ?? 'null');
}

function officeError(code: string, message: string): Error {
  const e = new Error(message) as Error & { code: string; name: string };
  e.code = code;
  e.name = 'RichApi.Error';
  return e;
}

function letters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colIndex(l: string): number {
  let n = 0;
  for (const ch of l.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 'A1', 'B2:C5', 'A:C', '4:6', '$A$1', "'S'!A1" -> 0-based inclusive area. */
export function parseArea(address: string): Area {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '').trim();
  const [p, q = p] = local.split(':');
  const part = (s: string) => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(s.trim());
    if (!m || (!m[1] && !m[2])) throw officeError('InvalidArgument', `Bad address ${address}`);
    return { c: m[1] ? colIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
  };
  const a = part(p ?? '');
  const b = part(q ?? '');
  return {
    r0: a.r ?? 0,
    c0: a.c ?? 0,
    r1: b.r ?? (a.r === null ? MAX_ROWS - 1 : a.r),
    c1: b.c ?? (a.c === null ? MAX_COLS - 1 : a.c),
  };
}

function areaAddress(a: Area): string {
  const tl = `${letters(a.c0)}${a.r0 + 1}`;
  const br = `${letters(a.c1)}${a.r1 + 1}`;
  return tl === br ? tl : `${tl}:${br}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** '2025-06-09' or '9/6/2025' (month first, as en-US Excel reads it) -> a date serial. */
function dateSerial(text: string): number | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim()))) [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return null;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return Math.round((Date.UTC(y, mo - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

function versionAtLeast(have: string, need: string): boolean {
  const [a1 = 0, a2 = 0] = have.split('.').map(Number);
  const [b1 = 0, b2 = 0] = need.split('.').map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let t = target;
  for (const key of path.slice(0, -1)) {
    const next = t[key];
    if (typeof next !== 'object' || next === null) t[key] = {};
    t = t[key] as Record<string, unknown>;
  }
  t[path[path.length - 1]!] = value;
}

function deepMerge(into: Record<string, unknown>, from: Record<string, unknown>): Record<string, unknown> {
  for (const [k, v] of Object.entries(from)) {
    const cur = into[k];
    if (v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object') deepMerge(cur as Record<string, unknown>, v as Record<string, unknown>);
    else into[k] = v && typeof v === 'object' && !Array.isArray(v) ? deepMerge({}, v as Record<string, unknown>) : v;
  }
  return into;
}

function nested(path: string[], value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  setPath(out, path, value);
  return out;
}

function loadNames(arg: unknown): string[] {
  if (arg === undefined) return [];
  const text = typeof arg === 'string' ? arg : Array.isArray(arg) ? arg.join(',') : typeof arg === 'object' && arg && 'select' in arg ? String((arg as { select: unknown }).select ?? '') : '';
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

class Book {
  sheets: SheetState[] = [];
  nextId = 1;
  seq = 0;
  active = 0;
  selection: { sheet: number; area: Area } | null = null;
  created: string[] = [];
  /** Every conditional format added and deleted, in order: what the pane wrote and what it cleared. */
  formatLog: { op: 'add' | 'delete'; sheet: string; ref: string; type: string; props: Record<string, unknown> }[] = [];
  /** Named styles, by lower-case name. */
  styles = new Map<string, { name: string; props: Record<string, unknown> }>();
  stats = { syncs: 0, payloads: [] as number[], responses: [] as number[], runs: 0 };
  constructor(readonly options: Required<Pick<FakeExcelOptions, 'apiVersion' | 'limitBytes'>> & Pick<FakeExcelOptions, 'evaluate'>) {}

  find(name: string): SheetState | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  addSheet(name: string): SheetState {
    if (this.find(name)) throw officeError('ItemAlreadyExists', `A sheet named ${name} exists`);
    if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw officeError('InvalidArgument', `Bad sheet name ${name}`);
    const s: SheetState = {
      id: this.nextId++,
      name,
      visibility: 'Visible',
      tabColor: null,
      cells: new Map(),
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      rowHeights: new Map(),
      hiddenRows: new Set(),
      rangeFormats: [],
      merges: [],
      conditionalFormats: [],
      validations: [],
      freeze: null,
      pageLayout: {},
      protection: { protected: false, options: null, password: undefined },
      groups: [],
    };
    this.sheets.push(s);
    return s;
  }

  cell(s: SheetState, r: number, c: number, create: true): CellState;
  cell(s: SheetState, r: number, c: number, create?: false): CellState | undefined;
  cell(s: SheetState, r: number, c: number, create = false): CellState | undefined {
    const key = r * KEY + c;
    let cell = s.cells.get(key);
    if (!cell && create) s.cells.set(key, (cell = { value: '', formula: null, numberFormat: 'General', formats: [] }));
    return cell;
  }

  /** Excel's reading of what was typed or written into a cell. */
  write(s: SheetState, r: number, c: number, input: unknown): void {
    if (input === null || input === undefined) return;
    const cell = this.cell(s, r, c, true);
    if (typeof input === 'number' || typeof input === 'boolean') {
      cell.value = input;
      cell.formula = null;
      return;
    }
    const text = String(input);
    cell.formula = null;
    if (cell.numberFormat === '@') {
      cell.value = text;
    } else if (text === '') {
      cell.value = '';
    } else if (text.startsWith("'")) {
      cell.value = text.slice(1);
    } else if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text.trim())) {
      cell.value = Number(text);
    } else if (dateSerial(text) !== null) {
      // Excel reads a typed date as a date: the reason text must be written into '@' cells.
      cell.value = dateSerial(text)!;
      if (cell.numberFormat === 'General') cell.numberFormat = 'm/d/yyyy';
    } else if (/^(true|false)$/i.test(text)) {
      cell.value = text.toUpperCase() === 'TRUE';
    } else if (/^[=+\-@]/.test(text)) {
      cell.formula = text.startsWith('=') ? text : text.startsWith('@') ? `=${text.slice(1)}` : `=${text}`;
      cell.value = '';
    } else {
      cell.value = text;
    }
  }

  valueOf(s: SheetState, cell: CellState | undefined, depth = 0): FakeValue {
    if (!cell) return '';
    if (cell.formula === null) return cell.value;
    if (this.options.evaluate) return this.options.evaluate(cell.formula, s.name);
    const f = cell.formula.slice(1).trim();
    if (/^-?\d+(\.\d+)?$/.test(f)) return Number(f);
    let m = /^"((?:[^"]|"")*)"$/.exec(f);
    if (m) return m[1]!.replace(/""/g, '"');
    m = /^HYPERLINK\(\s*"(?:[^"]|"")*"\s*,\s*"((?:[^"]|"")*)"\s*\)$/i.exec(f);
    if (m) return m[1]!.replace(/""/g, '"');
    m = /^(?:'((?:[^']|'')+)'!|([A-Za-z_][A-Za-z0-9_.]*)!)?\$?([A-Z]+)\$?(\d+)$/.exec(f);
    if (m && depth < 8) {
      const target = m[1] !== undefined ? this.find(m[1].replace(/''/g, "'")) : m[2] !== undefined ? this.find(m[2]) : s;
      if (!target) return '#REF!';
      return this.valueOf(target, this.cell(target, Number(m[4]) - 1, colIndex(m[3]!)), depth + 1);
    }
    return '';
  }

  /** A cell's format: range-wide writes and its own, in the order they happened. */
  formatAt(s: SheetState, r: number, c: number): Record<string, unknown> {
    const entries = [...s.rangeFormats.filter((f) => f.area.r0 <= r && r <= f.area.r1 && f.area.c0 <= c && c <= f.area.c1), ...(this.cell(s, r, c)?.formats ?? [])];
    entries.sort((a, b) => a.seq - b.seq);
    const out: Record<string, unknown> = {};
    for (const e of entries) {
      const style = typeof e.props.style === 'string' ? this.styles.get(e.props.style.toLowerCase()) : undefined;
      deepMerge(out, style ? { ...style.props, style: style.name } : e.props);
    }
    return out;
  }

  /** Applying a named style also applies its number format (as Excel does when the style includes it). */
  applyStyle(s: SheetState, r: number, c: number, name: string): void {
    const style = this.styles.get(name.toLowerCase());
    if (!style) throw officeError('ItemNotFound', `No style ${name}`);
    const cell = this.cell(s, r, c, true);
    cell.formats.push({ seq: ++this.seq, props: { style: style.name } });
    if (style.props.includeNumber !== false && typeof style.props.numberFormat === 'string') cell.numberFormat = style.props.numberFormat;
  }

  usedArea(s: SheetState, valuesOnly: boolean): Area | null {
    let a: Area | null = null;
    for (const [key, cell] of s.cells) {
      const has = cell.value !== '' || cell.formula !== null || (!valuesOnly && (cell.numberFormat !== 'General' || cell.formats.length > 0));
      if (!has) continue;
      const r = Math.floor(key / KEY);
      const c = key % KEY;
      a = a ? { r0: Math.min(a.r0, r), c0: Math.min(a.c0, c), r1: Math.max(a.r1, r), c1: Math.max(a.c1, c) } : { r0: r, c0: c, r1: r, c1: c };
    }
    return a;
  }
}

/** One Excel.run: what is queued since the last sync, and the loads waiting to be published. */
class Ctx {
  pending = 0;
  commands = 0;
  response = 0;
  publish: (() => void)[] = [];
  error: Error | null = null;
  syncsDone = 0;
  constructor(readonly book: Book) {}

  record(value: unknown): void {
    this.pending += bytesOf(value);
    this.commands++;
  }

  need(version: string, api: string): boolean {
    if (versionAtLeast(this.book.options.apiVersion, version)) return true;
    this.error ??= officeError('ApiNotFound', `${api} needs ExcelApi ${version}`);
    return false;
  }

  fail(error: Error): void {
    this.error ??= error;
  }

  queueLoad(bytes: number, publish: () => void): void {
    this.response += bytes;
    this.commands++;
    this.publish.push(publish);
  }

  async sync(): Promise<void> {
    const book = this.book;
    book.stats.syncs++;
    book.stats.payloads.push(this.pending);
    book.stats.responses.push(this.response);
    const [pending, response, error, publish] = [this.pending, this.response, this.error, this.publish];
    this.pending = 0;
    this.response = 0;
    this.commands = 0;
    this.error = null;
    this.publish = [];
    this.syncsDone++;
    await Promise.resolve();
    if (pending > book.options.limitBytes) throw officeError('RequestPayloadSizeLimitExceeded', `Request of ${pending} bytes`);
    if (response > book.options.limitBytes) throw officeError('ResponsePayloadSizeLimitExceeded', `Response of ${response} bytes`);
    if (error) throw error;
    for (const p of publish) p();
  }
}

/** Properties readable only after the sync that follows their load. */
class Loadable {
  private loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: Ctx) {}

  protected snapshot(_name: string): unknown {
    return undefined;
  }

  protected defaultLoad(): string[] {
    return [];
  }

  load(arg?: unknown): this {
    const names = loadNames(arg);
    const values = new Map<string, unknown>();
    for (const n of names.length ? names : this.defaultLoad()) values.set(n, this.snapshot(n));
    let bytes = 0;
    for (const v of values.values()) bytes += bytesOf(v instanceof Loadable ? null : v);
    this.ctx.queueLoad(bytes, () => {
      for (const [k, v] of values) this.loaded.set(k, v);
    });
    return this;
  }

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) throw officeError('PropertyNotLoaded', `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    return this.loaded.get(name) as T;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** A property bag whose every set is recorded (payload) and handed to `onSet` with its path. */
function bag(ctx: Ctx, onSet: (path: string[], value: unknown) => void, methods: Record<string, (...args: unknown[]) => unknown> = {}, path: string[] = []): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  return new Proxy(target, {
    get(_t, key) {
      if (typeof key !== 'string') return undefined;
      const full = [...path, key].join('.');
      const method = methods[full];
      if (method) return (...args: unknown[]) => {
        ctx.record(args);
        return method(...args);
      };
      if (key === 'toJSON' || key === 'then') return undefined;
      return bag(ctx, onSet, methods, [...path, key]);
    },
    set(_t, key, value) {
      if (typeof key !== 'string') return false;
      ctx.record(value);
      onSet([...path, key], value);
      return true;
    },
  });
}

class FakeRange extends Loadable {
  constructor(
    ctx: Ctx,
    readonly sheet: SheetState,
    readonly area: Area,
  ) {
    super(ctx);
  }

  private get book(): Book {
    return this.ctx.book;
  }

  private get rows(): number {
    return this.area.r1 - this.area.r0 + 1;
  }

  private get cols(): number {
    return this.area.c1 - this.area.c0 + 1;
  }

  private grid<T>(f: (r: number, c: number) => T): T[][] {
    if (this.rows * this.cols > 5_000_000) throw officeError('ResponsePayloadSizeLimitExceeded', 'Range too large to read');
    const out: T[][] = [];
    for (let r = this.area.r0; r <= this.area.r1; r++) {
      const row: T[] = [];
      for (let c = this.area.c0; c <= this.area.c1; c++) row.push(f(r, c));
      out.push(row);
    }
    return out;
  }

  protected override snapshot(name: string): unknown {
    const b = this.book;
    const s = this.sheet;
    switch (name) {
      case 'values':
        return this.grid((r, c) => b.valueOf(s, b.cell(s, r, c)));
      case 'formulas':
        return this.grid((r, c) => {
          const cell = b.cell(s, r, c);
          return cell ? (cell.formula ?? cell.value) : '';
        });
      case 'numberFormat':
        return this.grid((r, c) => b.cell(s, r, c)?.numberFormat ?? 'General');
      case 'address':
        return `${quoteSheet(s.name)}!${areaAddress(this.area)}`;
      case 'rowIndex':
        return this.area.r0;
      case 'columnIndex':
        return this.area.c0;
      case 'rowCount':
        return this.rows;
      case 'columnCount':
        return this.cols;
      case 'rowHidden': {
        let n = 0;
        for (let r = this.area.r0; r <= this.area.r1; r++) if (s.hiddenRows.has(r)) n++;
        return n === 0 ? false : n === this.rows ? true : null;
      }
      default:
        return undefined;
    }
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(v: unknown) {
    this.ctx.record(v);
    this.writeGrid(v, (r, c, x) => this.checkedWrite(r, c, x));
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(v: unknown) {
    this.ctx.record(v);
    this.writeGrid(v, (r, c, x) => this.checkedWrite(r, c, x));
  }

  /** Excel refuses text over 32,767 characters in a cell and a formula over 8,192: the sync fails, as it would there. */
  private checkedWrite(r: number, c: number, x: unknown): void {
    if (typeof x === 'string' && x.startsWith('=') && x.length > MAX_FORMULA) {
      this.ctx.fail(officeError('InvalidArgument', `Formula of ${x.length} characters in ${letters(c)}${r + 1}`));
      return;
    }
    if (typeof x === 'string' && x.length > MAX_CELL_TEXT) {
      this.ctx.fail(officeError('InvalidArgument', `Text of ${x.length} characters in ${letters(c)}${r + 1}`));
      return;
    }
    this.book.write(this.sheet, r, c, x);
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: unknown) {
    this.ctx.record(v);
    this.writeGrid(v, (r, c, x) => {
      if (x === null || x === undefined) return;
      this.book.cell(this.sheet, r, c, true).numberFormat = String(x);
    });
  }
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get rowHidden(): boolean | null {
    return this.read('rowHidden');
  }
  set rowHidden(v: boolean) {
    this.ctx.record(v);
    for (let r = this.area.r0; r <= this.area.r1; r++) (v ? this.sheet.hiddenRows.add(r) : this.sheet.hiddenRows.delete(r));
  }
  set columnHidden(v: boolean) {
    this.ctx.record(v);
    for (let c = this.area.c0; c <= this.area.c1; c++) (v ? this.sheet.hiddenColumns.add(c) : this.sheet.hiddenColumns.delete(c));
  }

  /** A 2-D array must match the range; a single value fills it (as Office.js does). */
  private writeGrid(v: unknown, set: (r: number, c: number, x: unknown) => void): void {
    if (!Array.isArray(v)) {
      if (this.rows * this.cols > 1_000_000) throw officeError('InvalidArgument', 'Scalar write to a huge range');
      for (let r = this.area.r0; r <= this.area.r1; r++) for (let c = this.area.c0; c <= this.area.c1; c++) set(r, c, v);
      return;
    }
    if (v.length !== this.rows || v.some((row) => !Array.isArray(row) || row.length !== this.cols)) {
      this.ctx.fail(officeError('InvalidArgument', `Array of ${v.length} rows does not match ${areaAddress(this.area)}`));
      return;
    }
    (v as unknown[][]).forEach((row, i) => row.forEach((x, j) => set(this.area.r0 + i, this.area.c0 + j, x)));
  }

  set style(name: string) {
    this.ctx.record(name);
    if (this.rows * this.cols > 100_000) {
      // Whole columns: recorded range-wide, like a column style.
      this.sheet.rangeFormats.push({ seq: ++this.book.seq, area: this.area, props: { style: name } });
      return;
    }
    try {
      for (let r = this.area.r0; r <= this.area.r1; r++) for (let c = this.area.c0; c <= this.area.c1; c++) this.book.applyStyle(this.sheet, r, c, name);
    } catch (e) {
      this.ctx.fail(e as Error);
    }
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.sheet);
  }

  get format(): Record<string, unknown> {
    return bag(
      this.ctx,
      (path, value) => {
        const key = path.join('.');
        if (key === 'columnWidth') for (let c = this.area.c0; c <= this.area.c1; c++) this.sheet.columnWidths.set(c, Number(value));
        else if (key === 'rowHeight' && this.rows <= 100_000) for (let r = this.area.r0; r <= this.area.r1; r++) this.sheet.rowHeights.set(r, Number(value));
        else this.sheet.rangeFormats.push({ seq: ++this.book.seq, area: this.area, props: nested(path, value) });
      },
      { 'fill.clear': () => this.sheet.rangeFormats.push({ seq: ++this.book.seq, area: this.area, props: { fill: { color: '#FFFFFF', pattern: 'None' } } }) },
    );
  }

  setCellProperties(props: Excel.SettableCellProperties[][]): void {
    this.ctx.record(props);
    if (!this.ctx.need('1.9', 'Range.setCellProperties')) return;
    this.writeGrid(props, (r, c, x) => {
      const cellProps = x as { format?: Record<string, unknown>; style?: string } | null;
      try {
        if (cellProps?.style) this.book.applyStyle(this.sheet, r, c, cellProps.style);
      } catch (e) {
        this.ctx.fail(e as Error);
      }
      const p = cellProps?.format;
      if (p && Object.keys(p).length > 0) this.book.cell(this.sheet, r, c, true).formats.push({ seq: ++this.book.seq, props: deepMerge({}, p) });
    });
  }

  getCellProperties(spec: unknown): { value: Excel.CellProperties[][] } {
    this.ctx.record(spec);
    this.ctx.need('1.9', 'Range.getCellProperties');
    const snap = this.grid((r, c) => {
      const f = this.book.formatAt(this.sheet, r, c);
      const fill = (f.fill ?? {}) as { color?: string; pattern?: string };
      return { format: { fill: { color: fill.color ?? '#FFFFFF', pattern: (fill.pattern ?? (fill.color ? 'Solid' : 'None')) as Excel.FillPattern } } };
    });
    const result: { loaded: boolean; snap: Excel.CellProperties[][] } = { loaded: false, snap };
    this.ctx.queueLoad(bytesOf(snap), () => (result.loaded = true));
    return {
      get value(): Excel.CellProperties[][] {
        if (!result.loaded) throw officeError('PropertyNotLoaded', 'ClientResult read before sync');
        return result.snap;
      },
    };
  }

  merge(across?: boolean): void {
    this.ctx.record([across ?? false]);
    this.sheet.merges.push(areaAddress(this.area));
  }

  group(by: string): void {
    this.ctx.record([by]);
    if (!this.ctx.need('1.10', 'Range.group')) return;
    this.sheet.groups.push({ address: areaAddress(this.area), by });
  }

  select(): void {
    this.ctx.record(null);
    this.book.selection = { sheet: this.sheet.id, area: this.area };
    this.book.active = this.book.sheets.indexOf(this.sheet);
  }

  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.ctx, this.sheet, this.area);
  }

  get dataValidation(): Record<string, unknown> {
    this.ctx.need('1.8', 'Range.dataValidation');
    let v = this.sheet.validations.find((x) => x.ref === areaAddress(this.area));
    const get = () => {
      if (!v) this.sheet.validations.push((v = { ref: areaAddress(this.area), props: {} }));
      return v;
    };
    return bag(this.ctx, (path, value) => setPath(get().props, path, value), {
      clear: () => {
        this.sheet.validations = this.sheet.validations.filter((x) => x !== v);
        v = undefined;
      },
    });
  }

  getSpecialCellsOrNullObject(type: string): FakeRangeAreas {
    this.ctx.record([type]);
    this.ctx.need('1.9', 'Range.getSpecialCellsOrNullObject');
    if (type !== 'Visible') throw officeError('NotImplemented', `Fake: special cells ${type}`);
    const runs = (from: number, to: number, hidden: Set<number>) => {
      const out: [number, number][] = [];
      for (let i = from; i <= to; i++) {
        if (hidden.has(i)) continue;
        const last = out[out.length - 1];
        if (last && last[1] === i - 1) last[1] = i;
        else out.push([i, i]);
      }
      return out;
    };
    const areas: string[] = [];
    for (const [r0, r1] of runs(this.area.r0, this.area.r1, this.sheet.hiddenRows)) {
      for (const [c0, c1] of runs(this.area.c0, this.area.c1, this.sheet.hiddenColumns)) areas.push(`${quoteSheet(this.sheet.name)}!${areaAddress({ r0, c0, r1, c1 })}`);
    }
    return new FakeRangeAreas(this.ctx, areas.length ? areas.join(',') : null);
  }
}

/** A range's conditional formats: add() on top, as Excel does; items are the formats that touch the range. */
class FakeConditionalFormats extends Loadable {
  private itemLoads: string[] = [];
  constructor(
    ctx: Ctx,
    private readonly sheet: SheetState,
    private readonly area: Area,
  ) {
    super(ctx);
  }

  add(type: string): Record<string, unknown> {
    this.ctx.record([type]);
    this.ctx.need('1.6', 'conditionalFormats.add');
    const cf: FakeConditionalFormat = { id: `cf${++this.ctx.book.seq}`, ref: areaAddress(this.area), type, props: {} };
    this.sheet.conditionalFormats.unshift(cf);
    this.ctx.book.formatLog.push({ op: 'add', sheet: this.sheet.name, ref: cf.ref, type, props: cf.props });
    return bag(this.ctx, (path, value) => {
      // priority and stopIfTrue are ExcelApi 1.6 like the rest; priority 0 is the top.
      setPath(cf.props, path, value);
      if (path.join('.') === 'priority') {
        const list = this.sheet.conditionalFormats.filter((x) => x !== cf);
        list.splice(Math.min(Number(value), list.length), 0, cf);
        this.sheet.conditionalFormats = list;
      }
    });
  }

  protected override snapshot(name: string): unknown {
    if (name !== 'items') return undefined;
    const a = this.area;
    return this.sheet.conditionalFormats
      .filter((cf) => cf.ref.split(',').some((ref) => {
        const b = parseArea(ref);
        return b.r0 <= a.r1 && a.r0 <= b.r1 && b.c0 <= a.c1 && a.c0 <= b.c1;
      }))
      .map((cf) => new FakeConditionalFormatItem(this.ctx, this.sheet, cf).load(this.itemLoads));
  }

  override load(arg?: unknown): this {
    this.ctx.need('1.6', 'ConditionalFormatCollection.load');
    this.itemLoads = loadNames(arg).map((n) => n.replace(/^items\/?/, '')).filter(Boolean);
    if (this.itemLoads.length === 0) this.itemLoads = ['type', 'id', 'priority'];
    return super.load('items');
  }

  get items(): FakeConditionalFormatItem[] {
    return this.read('items');
  }
}

class FakeConditionalFormatItem extends Loadable {
  constructor(
    ctx: Ctx,
    private readonly sheet: SheetState,
    private readonly cf: FakeConditionalFormat,
  ) {
    super(ctx);
  }

  protected override snapshot(name: string): unknown {
    if (name === 'type') return this.cf.type;
    if (name === 'id') return this.cf.id;
    if (name === 'priority') return this.sheet.conditionalFormats.indexOf(this.cf);
    if (name === 'stopIfTrue') return this.cf.props.stopIfTrue === true;
    return undefined;
  }

  get type(): string {
    return this.read('type');
  }

  get id(): string {
    return this.read('id');
  }

  /** custom.rule.formula, loadable; a format of another type has no custom rule (Excel throws on it). */
  private customRule: (Loadable & { formula: string }) | null = null;
  get custom(): { rule: Loadable & { formula: string } } {
    if (this.customRule) return { rule: this.customRule };
    const cf = this.cf;
    const ctx = this.ctx;
    class Rule extends Loadable {
      protected override snapshot(name: string): unknown {
        if (cf.type !== 'Custom') ctx.fail(officeError('InvalidArgument', 'Not a custom conditional format'));
        return name === 'formula' ? ((cf.props.custom as { rule?: { formula?: string } } | undefined)?.rule?.formula ?? '') : undefined;
      }
      get formula(): string {
        return this.read('formula');
      }
    }
    this.customRule = new Rule(ctx);
    return { rule: this.customRule };
  }

  delete(): void {
    this.ctx.record([]);
    const cf = this.cf;
    const sheet = this.sheet;
    const book = this.ctx.book;
    // Deleted when the batch runs, like every queued command.
    const i = sheet.conditionalFormats.indexOf(cf);
    if (i >= 0) {
      sheet.conditionalFormats.splice(i, 1);
      book.formatLog.push({ op: 'delete', sheet: sheet.name, ref: cf.ref, type: cf.type, props: cf.props });
    }
  }
}

class FakeRangeAreas extends Loadable {
  private readonly born: number;
  constructor(
    ctx: Ctx,
    private readonly addr: string | null,
  ) {
    super(ctx);
    this.born = ctx.syncsDone;
  }
  protected override snapshot(name: string): unknown {
    return name === 'address' ? (this.addr ?? '') : undefined;
  }
  get address(): string {
    return this.read('address');
  }
  get isNullObject(): boolean {
    if (this.ctx.syncsDone <= this.born) throw officeError('PropertyNotLoaded', 'isNullObject read before sync');
    return this.addr === null;
  }
}

class NullableRange extends FakeRange {
  private readonly born: number;
  constructor(
    ctx: Ctx,
    sheet: SheetState,
    area: Area,
    private readonly isNull: boolean,
  ) {
    super(ctx, sheet, area);
    this.born = ctx.syncsDone;
  }
  get isNullObject(): boolean {
    if (this.ctx.syncsDone <= this.born) throw officeError('PropertyNotLoaded', 'isNullObject read before sync');
    return this.isNull;
  }
}

class FakeWorksheet extends Loadable {
  private readonly born: number;
  constructor(
    ctx: Ctx,
    readonly state: SheetState,
    private readonly isNull = false,
  ) {
    super(ctx);
    this.born = ctx.syncsDone;
  }

  protected override defaultLoad(): string[] {
    return ['name', 'visibility', 'position', 'tabColor'];
  }

  protected override snapshot(name: string): unknown {
    switch (name) {
      case 'name':
        return this.state.name;
      case 'visibility':
        return this.state.visibility;
      case 'position':
        return this.ctx.book.sheets.indexOf(this.state);
      case 'tabColor':
        return this.state.tabColor ?? '';
      case 'id':
        return String(this.state.id);
      default:
        return undefined;
    }
  }

  get isNullObject(): boolean {
    if (this.ctx.syncsDone <= this.born) throw officeError('PropertyNotLoaded', 'isNullObject read before sync');
    return this.isNull;
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.ctx.record(v);
    this.state.name = v;
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(v: string) {
    this.ctx.record(v);
    this.state.visibility = v as SheetState['visibility'];
  }
  get position(): number {
    return this.read('position');
  }
  set tabColor(v: string) {
    this.ctx.record(v);
    this.state.tabColor = v;
  }

  activate(): void {
    this.ctx.record(null);
    this.ctx.book.active = this.ctx.book.sheets.indexOf(this.state);
  }

  delete(): void {
    this.ctx.record(null);
    this.ctx.book.sheets = this.ctx.book.sheets.filter((s) => s !== this.state);
  }

  getRange(address?: string): FakeRange {
    this.ctx.record([address ?? null]);
    try {
      return new FakeRange(this.ctx, this.state, address ? parseArea(address) : { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 });
    } catch (e) {
      this.ctx.fail(e as Error);
      return new FakeRange(this.ctx, this.state, { r0: 0, c0: 0, r1: 0, c1: 0 });
    }
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.ctx.record([row, col, rows, cols]);
    return new FakeRange(this.ctx, this.state, { r0: row, c0: col, r1: row + rows - 1, c1: col + cols - 1 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): NullableRange {
    this.ctx.record([valuesOnly ?? false]);
    const a = this.ctx.book.usedArea(this.state, valuesOnly === true);
    return new NullableRange(this.ctx, this.state, a ?? { r0: 0, c0: 0, r1: 0, c1: 0 }, a === null);
  }

  get freezePanes(): Record<string, (...args: unknown[]) => void> {
    const s = this.state;
    const rec = (args: unknown[]) => this.ctx.record(args);
    return {
      freezeRows: (n?: unknown) => {
        rec([n]);
        s.freeze = { rows: Number(n ?? 1), cols: 0 };
      },
      freezeColumns: (n?: unknown) => {
        rec([n]);
        s.freeze = { rows: 0, cols: Number(n ?? 1) };
      },
      freezeAt: (range: unknown) => {
        rec([typeof range === 'string' ? range : null]);
        const a = range instanceof FakeRange ? range.area : parseArea(String(range));
        s.freeze = { rows: a.r1 + 1, cols: a.c1 + 1 };
      },
      unfreeze: () => {
        rec([]);
        s.freeze = null;
      },
    };
  }

  get pageLayout(): Record<string, unknown> {
    this.ctx.need('1.9', 'Worksheet.pageLayout');
    const p = this.state.pageLayout;
    return bag(this.ctx, (path, value) => setPath(p, path, value), {
      setPrintTitleRows: (rows) => (p.printTitleRows = rows instanceof FakeRange ? areaAddress(rows.area) : rows),
      setPrintTitleColumns: (cols) => (p.printTitleColumns = cols),
      setPrintArea: (area) => (p.printArea = area instanceof FakeRange ? areaAddress(area.area) : area),
      setPrintMargins: (unit, margins) => (p.margins = { unit, ...(margins as Record<string, unknown>) }),
    });
  }

  /** Manual page breaks, kept with the page layout as the addresses they were added before. */
  get horizontalPageBreaks(): { add(range: unknown): void; removePageBreaks(): void } {
    this.ctx.need('1.9', 'Worksheet.horizontalPageBreaks');
    const p = this.state.pageLayout;
    return {
      add: (range) => {
        p.pageBreaks = [...((p.pageBreaks as string[] | undefined) ?? []), range instanceof FakeRange ? areaAddress(range.area) : String(range)];
      },
      removePageBreaks: () => {
        p.pageBreaks = [];
      },
    };
  }

  get protection(): { protect(options?: unknown, password?: string): void; unprotect(password?: string): void } {
    return {
      protect: (options?: unknown, password?: string) => {
        this.ctx.record([options ?? null, password ?? null]);
        this.state.protection = { protected: true, options: options ?? null, password };
      },
      unprotect: (password?: string) => {
        this.ctx.record([password ?? null]);
        this.state.protection = { protected: false, options: null, password: undefined };
      },
    };
  }
}

class FakeWorksheets extends Loadable {
  private itemLoads: string[] = [];
  protected override snapshot(name: string): unknown {
    if (name !== 'items') return undefined;
    return this.ctx.book.sheets.map((s) => {
      const ws = new FakeWorksheet(this.ctx, s);
      ws.load(this.itemLoads);
      return ws;
    });
  }

  override load(arg?: unknown): this {
    const names = loadNames(arg);
    // 'items/name' and 'name' on a collection both load its items' properties.
    this.itemLoads = names.map((n) => n.replace(/^items\/?/, '')).filter(Boolean);
    if (this.itemLoads.length === 0) this.itemLoads = ['name', 'visibility', 'position'];
    return super.load('items');
  }

  get items(): FakeWorksheet[] {
    return this.read('items');
  }

  add(name?: string): FakeWorksheet {
    this.ctx.record([name ?? null]);
    const book = this.ctx.book;
    let n = book.sheets.length + 1;
    while (!name && book.find(`Sheet${n}`)) n++;
    try {
      return new FakeWorksheet(this.ctx, book.addSheet(name ?? `Sheet${n}`));
    } catch (e) {
      this.ctx.fail(e as Error);
      return new FakeWorksheet(this.ctx, detached(), true);
    }
  }

  getItem(name: string): FakeWorksheet {
    this.ctx.record([name]);
    const s = this.ctx.book.find(name);
    if (!s) {
      this.ctx.fail(officeError('ItemNotFound', `No sheet named ${name}`));
      return new FakeWorksheet(this.ctx, detached(), true);
    }
    return new FakeWorksheet(this.ctx, s);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.ctx.record([name]);
    const s = this.ctx.book.find(name);
    return new FakeWorksheet(this.ctx, s ?? detached(), !s);
  }

  getActiveWorksheet(): FakeWorksheet {
    this.ctx.record([]);
    const s = this.ctx.book.sheets[this.ctx.book.active] ?? this.ctx.book.sheets[0];
    if (!s) throw officeError('ItemNotFound', 'No sheets');
    return new FakeWorksheet(this.ctx, s);
  }
}

class FakeStyles extends Loadable {
  protected override snapshot(name: string): unknown {
    if (name !== 'items') return undefined;
    return [...this.ctx.book.styles.values()].map((st) => ({ name: st.name }));
  }

  override load(_arg?: unknown): this {
    return super.load('items');
  }

  get items(): { name: string }[] {
    return this.read('items');
  }

  add(name: string): void {
    this.ctx.record([name]);
    if (!this.ctx.need('1.7', 'StyleCollection.add')) return;
    if (this.ctx.book.styles.has(name.toLowerCase())) {
      this.ctx.fail(officeError('ItemAlreadyExists', `Style ${name} exists`));
      return;
    }
    this.ctx.book.styles.set(name.toLowerCase(), { name, props: { numberFormat: 'General' } });
  }

  getItem(name: string): Record<string, unknown> {
    this.ctx.record([name]);
    const ctx = this.ctx;
    const target = () => {
      const st = ctx.book.styles.get(name.toLowerCase());
      if (!st) ctx.fail(officeError('ItemNotFound', `No style ${name}`));
      return st?.props ?? {};
    };
    return bag(ctx, (path, value) => setPath(target(), path, value), {
      'fill.clear': () => setPath(target(), ['fill'], { color: '#FFFFFF', pattern: 'None' }),
      'borders.getItem': (edge) => bag(ctx, (path, value) => setPath(target(), ['borders', String(edge), ...path], value)),
    });
  }
}

/** A sheet outside the workbook: writes to a missing sheet's proxy land nowhere. */
function detached(): SheetState {
  const b = new Book({ apiVersion: '99.0', limitBytes: Infinity });
  return b.addSheet('detached');
}

function makeContext(ctx: Ctx): Record<string, unknown> {
  const worksheets = new FakeWorksheets(ctx);
  const workbook = {
    worksheets,
    styles: new FakeStyles(ctx),
    getSelectedRange: () => {
      ctx.record([]);
      const book = ctx.book;
      const sel = book.selection;
      const sheet = (sel && book.sheets.find((s) => s.id === sel.sheet)) ?? book.sheets[book.active] ?? book.sheets[0];
      if (!sheet) throw officeError('ItemNotFound', 'No sheets');
      return new FakeRange(ctx, sheet, sel && sheet.id === sel.sheet ? sel.area : { r0: 0, c0: 0, r1: 0, c1: 0 });
    },
  };
  const application = {
    suspendApiCalculationUntilNextSync: () => {
      ctx.record([]);
      ctx.need('1.6', 'suspendApiCalculationUntilNextSync');
    },
    suspendScreenUpdatingUntilNextSync: () => {
      ctx.record([]);
      ctx.need('1.9', 'suspendScreenUpdatingUntilNextSync');
    },
  };
  return { workbook, application, sync: () => ctx.sync() };
}

export interface FakeSheetInfo {
  name: string;
  visibility: string;
  tabColor: string | null;
  freeze: { rows: number; cols: number } | null;
  merges: string[];
  conditionalFormats: FakeConditionalFormat[];
  validations: FakeValidation[];
  pageLayout: Record<string, unknown>;
  protection: { protected: boolean; options: unknown; password: string | undefined };
  groups: { address: string; by: string }[];
  columnWidths: Record<string, number>;
  hiddenColumns: string[];
  rowHeights: Record<number, number>;
}

export interface FakeExcel {
  Excel: typeof Excel;
  Office: typeof Office;
  workbook: {
    sheetNames(): string[];
    sheet(name: string): FakeSheetInfo;
    value(sheet: string, address: string): FakeValue;
    /** The formula with its '=', or null for a constant or text. */
    formula(sheet: string, address: string): string | null;
    numberFormat(sheet: string, address: string): string;
    format(sheet: string, address: string): Record<string, unknown>;
    /** Cells holding something (values, formulas or formats). */
    cellCount(sheet: string): number;
    selection(): { sheet: string; address: string } | null;
    created(): string[];
    /** Every conditional format added and deleted, in order. */
    formatLog(): { op: 'add' | 'delete'; sheet: string; ref: string; type: string; props: Record<string, unknown> }[];
  };
  stats: { syncs: number; payloads: number[]; responses: number[]; runs: number };
  resetStats(): void;
  /** Types into a cell as a person would (creating the sheet if needed). */
  setCell(sheet: string, address: string, value: FakeValue | null): void;
  addSheet(name: string, visibility?: 'Visible' | 'Hidden' | 'VeryHidden'): void;
  hideRows(sheet: string, rows: number[]): void;
  select(sheet: string, address: string): void;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const book = new Book({ apiVersion: options.apiVersion ?? '1.12', limitBytes: options.limitBytes ?? 5 * 1024 * 1024, evaluate: options.evaluate });
  const sheetOf = (name: string) => {
    const s = book.find(name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  };
  const at = (sheet: string, address: string) => {
    const s = sheetOf(sheet);
    const a = parseArea(address);
    return { s, r: a.r0, c: a.c0 };
  };

  const excel = {
    run: async <T>(batch: (context: unknown) => Promise<T>): Promise<T> => {
      book.stats.runs++;
      const ctx = new Ctx(book);
      const result = await batch(makeContext(ctx));
      // Excel.run sends what the batch left queued.
      if (ctx.commands > 0) await ctx.sync();
      return result;
    },
    createWorkbook: async (base64?: string) => {
      if (!versionAtLeast(book.options.apiVersion, '1.8')) throw officeError('ApiNotFound', 'createWorkbook needs ExcelApi 1.8');
      book.created.push(base64 ?? '');
    },
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
    ConditionalFormatType: { custom: 'Custom', dataBar: 'DataBar' },
    GroupOption: { byRows: 'ByRows', byColumns: 'ByColumns' },
    PageOrientation: { portrait: 'Portrait', landscape: 'Landscape' },
    PaperType: { a4: 'A4', letter: 'Letter' },
    PrintMarginUnit: { points: 'Points', inches: 'Inches', centimeters: 'Centimeters' },
    SpecialCellType: { visible: 'Visible' },
    ErrorCodes: { itemNotFound: 'ItemNotFound', propertyNotLoaded: 'PropertyNotLoaded', apiNotFound: 'ApiNotFound' },
  };

  const office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }),
    context: {
      displayLanguage: 'vi-VN',
      requirements: {
        isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && versionAtLeast(book.options.apiVersion, version ?? '1.1'),
      },
    },
  };

  const info = (s: SheetState): FakeSheetInfo => ({
    name: s.name,
    visibility: s.visibility,
    tabColor: s.tabColor,
    freeze: s.freeze,
    merges: [...s.merges],
    conditionalFormats: s.conditionalFormats,
    validations: s.validations,
    pageLayout: s.pageLayout,
    protection: s.protection,
    groups: s.groups,
    columnWidths: Object.fromEntries([...s.columnWidths].map(([c, w]) => [letters(c), w])),
    hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b).map(letters),
    rowHeights: Object.fromEntries([...s.rowHeights].map(([r, h]) => [r + 1, h])),
  });

  return {
    Excel: excel as unknown as typeof Excel,
    Office: office as unknown as typeof Office,
    workbook: {
      sheetNames: () => book.sheets.map((s) => s.name),
      sheet: (name) => info(sheetOf(name)),
      value: (sheet, address) => {
        const { s, r, c } = at(sheet, address);
        return book.valueOf(s, book.cell(s, r, c));
      },
      formula: (sheet, address) => {
        const { s, r, c } = at(sheet, address);
        return book.cell(s, r, c)?.formula ?? null;
      },
      numberFormat: (sheet, address) => {
        const { s, r, c } = at(sheet, address);
        return book.cell(s, r, c)?.numberFormat ?? 'General';
      },
      format: (sheet, address) => {
        const { s, r, c } = at(sheet, address);
        return book.formatAt(s, r, c);
      },
      cellCount: (sheet) => sheetOf(sheet).cells.size,
      selection: () => {
        const sel = book.selection;
        const s = sel && book.sheets.find((x) => x.id === sel.sheet);
        return sel && s ? { sheet: s.name, address: areaAddress(sel.area) } : null;
      },
      created: () => [...book.created],
      formatLog: () => book.formatLog.map((e) => ({ ...e })),
    },
    stats: book.stats,
    resetStats: () => {
      book.stats.syncs = 0;
      book.stats.payloads.length = 0;
      book.stats.responses.length = 0;
      book.stats.runs = 0;
    },
    setCell: (sheet, address, value) => {
      const s = book.find(sheet) ?? book.addSheet(sheet);
      const a = parseArea(address);
      book.write(s, a.r0, a.c0, value === null ? '' : value);
    },
    addSheet: (name, visibility = 'Visible') => {
      book.addSheet(name).visibility = visibility;
    },
    hideRows: (sheet, rows) => {
      for (const r of rows) sheetOf(sheet).hiddenRows.add(r - 1);
    },
    select: (sheet, address) => {
      const s = sheetOf(sheet);
      book.selection = { sheet: s.id, area: parseArea(address) };
      book.active = book.sheets.indexOf(s);
    },
  };
}
