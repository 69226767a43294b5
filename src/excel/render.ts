/// <reference types="office-js" />
import type { CellSpec, CellStyle, ConditionalFormat, PrintSetup, SheetSpec, Validation, WorkbookSpec } from '../workbook-kit/spec';
import { columnLetter } from '../workbook-kit/spec';
import type { Progress, RenderResult } from './host';
import { absoluteRows, formulaRenamer, headerSections, pickSheetName, POINTS_PER_MM, widthToPoints } from './names';
import { COMMAND_OVERHEAD, jsonBytes, SYNC_PAYLOAD_LIMIT } from './payload';

/**
 * WorkbookSpec -> new sheets of the open workbook, in one Excel.run: one sync to read the sheet
 * and style names taken, then commands queued and synced only when the queued payload would pass
 * 4 MB (so: 1 + ceil(payload / 4 MB) syncs). Cell formats are named workbook styles ('chiso
 * header'…) applied with setCellProperties: a cell then costs its style's name, not a full format.
 * String enum values ('Landscape', 'VeryHidden'…) are used instead of Excel.* enums: they are the
 * same values and keep the adapter independent of which Excel object it was given.
 */

export interface RenderContextOptions {
  groups: boolean;
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

/** Excel's limit on a cell's text. */
const MAX_CELL_TEXT = 32767;
/** Matches the .xlsx writer (src/xlsx/write.ts). */
const VALIDATION_TITLE = 'Giá trị không hợp lệ';
const SUSPEND_BYTES = 2 * COMMAND_OVERHEAD;
const STYLE_BYTES = 2048;
/** Titles, sections and structure a validation or a print setup adds to its spec's JSON. */
const RULE_BYTES = 256;
const BORDER: Excel.CellBorder = { style: 'Continuous', weight: 'Thin', color: '#A6A6A6' };
/** Workbook style names are global: a prefix keeps ours apart from the user's. */
export const STYLE_PREFIX = 'chiso ';

/** Queues commands, syncing when the next one would push the batch past the payload limit. */
export class Batch {
  private pending = 0;
  syncs = 0;
  /** Suspension lasts only until the next sync: it is queued again before the next command. */
  private suspended = false;
  private needsSuspend = false;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly signal?: AbortSignal,
    private readonly limit = SYNC_PAYLOAD_LIMIT,
  ) {}

  /** Bytes still free in the current batch. */
  get room(): number {
    return this.limit - this.pending - (this.needsSuspend ? SUSPEND_BYTES : 0);
  }

  get queued(): number {
    return this.pending;
  }

  suspend(): void {
    this.context.application.suspendApiCalculationUntilNextSync();
    this.context.application.suspendScreenUpdatingUntilNextSync();
    this.pending += SUSPEND_BYTES;
    this.suspended = true;
    this.needsSuspend = false;
  }

  /** Makes room for a command of `bytes`; a command bigger than the limit goes alone. */
  async reserve(bytes: number): Promise<void> {
    const extra = this.needsSuspend ? SUSPEND_BYTES : 0;
    if (this.pending > 0 && this.pending + extra + bytes > this.limit) await this.sync();
    if (this.needsSuspend) this.suspend();
    this.pending += bytes;
  }

  /** A small command: its arguments' JSON plus the action around it, plus `extra` for the properties set with it. */
  async small(args: unknown, extra = 0): Promise<void> {
    await this.reserve(jsonBytes(args) + COMMAND_OVERHEAD + extra);
  }

  async sync(): Promise<void> {
    throwIfAborted(this.signal);
    await this.context.sync();
    this.syncs++;
    this.pending = 0;
    if (this.suspended) this.needsSuspend = true;
  }

  /** The last sync, if anything is queued. */
  async flush(): Promise<void> {
    if (this.pending > 0) await this.sync();
  }
}

/** AbortSignal.throwIfAborted is missing from older Office webviews. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
}

type CellWrite = string | number | boolean | null;

interface RowArrays {
  numberFormat: (string | null)[];
  formulas: CellWrite[];
  props: Excel.SettableCellProperties[];
  bytes: number;
}

export async function renderSpec(context: Excel.RequestContext, spec: WorkbookSpec, options: RenderContextOptions): Promise<RenderResult> {
  const progress = (stage: string, fraction: number) => options.onProgress?.({ stage, fraction: Math.max(0, Math.min(1, fraction)) });
  progress('sheets', 0);
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const styles = context.workbook.styles;
  styles.load('items/name');
  await context.sync();
  const batch = new Batch(context, options.signal);
  batch.syncs = 1;

  const taken = new Set(worksheets.items.map((w) => w.name.toLowerCase()));
  const names = spec.sheets.map((s) => ({ planned: s.name, actual: pickSheetName(s.name, taken) }));
  const rename = formulaRenamer(new Map(names.map((n) => [n.planned, n.actual])));

  batch.suspend();
  // Every sheet first, so formulas that point across sheets resolve when they are written.
  const sheets: Excel.Worksheet[] = [];
  for (const n of names) {
    await batch.small(n.actual);
    sheets.push(worksheets.add(n.actual));
  }

  const existingStyles = new Set(styles.items.map((s) => s.name.toLowerCase()));
  const propsCache = new Map<string, Excel.SettableCellProperties>();
  for (const name of usedStyles(spec)) {
    // Some 30 property sets: counted generously.
    await batch.small(spec.styles[name], STYLE_BYTES);
    const full = STYLE_PREFIX + name;
    if (!existingStyles.has(full.toLowerCase())) styles.add(full);
    defineStyle(styles.getItem(full), spec.styles[name] ?? {}, spec.font);
    propsCache.set(name, { style: full });
  }
  const propsOf = (style: string | undefined): Excel.SettableCellProperties => (style ? (propsCache.get(style) ?? {}) : {});

  const totalRows = spec.sheets.reduce((sum, s) => sum + s.rows.length, 0) || 1;
  let rowsDone = 0;

  for (let i = 0; i < spec.sheets.length; i++) {
    const sheet = spec.sheets[i]!;
    const ws = sheets[i]!;
    await writeSheetBase(batch, ws, sheet, spec, propsOf);
    await writeCells(batch, ws, sheet, spec, rename, propsOf, (rows) => {
      rowsDone += rows;
      progress('values', 0.05 + (0.75 * rowsDone) / totalRows);
    });
  }
  progress('rules', 0.85);
  for (let i = 0; i < spec.sheets.length; i++) {
    const sheet = spec.sheets[i]!;
    const ws = sheets[i]!;
    await writeLayout(batch, ws, sheet);
    await writeConditionalFormats(batch, ws, sheet.conditionalFormats, spec, rename);
    for (const v of sheet.validations) await writeValidation(batch, ws, v, rename);
    if (options.groups) await writeOutline(batch, ws, sheet);
  }
  progress('print', 0.92);
  for (let i = 0; i < spec.sheets.length; i++) {
    const sheet = spec.sheets[i]!;
    const ws = sheets[i]!;
    if (sheet.print) await writePrintSetup(batch, ws, sheet.print);
    if (sheet.tabColor) {
      await batch.small(sheet.tabColor);
      ws.tabColor = `#${sheet.tabColor}`;
    }
    // Protection last: nothing can be written to a protected sheet.
    if (sheet.protect) {
      await batch.small([spec.password]);
      ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: 'Normal' }, spec.password ?? undefined);
    }
    if (sheet.state !== 'visible') {
      await batch.small(sheet.state);
      ws.visibility = sheet.state === 'veryHidden' ? 'VeryHidden' : 'Hidden';
    }
  }
  const first = spec.sheets.findIndex((s) => s.state === 'visible');
  if (first >= 0) {
    await batch.small(null);
    sheets[first]!.activate();
  }
  await batch.flush();
  progress('print', 1);
  return { sheets: names, syncs: batch.syncs };
}

/** The workbook font on the whole sheet, then column-wide styles: cheap, and under the cells' own styles. */
async function writeSheetBase(batch: Batch, ws: Excel.Worksheet, sheet: SheetSpec, spec: WorkbookSpec, propsOf: (s: string | undefined) => Excel.SettableCellProperties): Promise<void> {
  await batch.small([spec.font.name, spec.font.size]);
  const all = ws.getRange();
  all.format.font.name = spec.font.name;
  all.format.font.size = spec.font.size;
  for (let c = 0; c < sheet.columns.length; c++) {
    const style = propsOf(sheet.columns[c]?.style).style;
    if (!style) continue;
    await batch.small(style);
    ws.getRange(`${columnLetter(c + 1)}:${columnLetter(c + 1)}`).style = style;
  }
}

/** Style names the cells and columns use (conditional-format styles are not cell styles). */
function usedStyles(spec: WorkbookSpec): string[] {
  const used = new Set<string>();
  for (const sheet of spec.sheets) {
    for (const c of sheet.columns) if (c.style && spec.styles[c.style]) used.add(c.style);
    for (const row of sheet.rows) for (const cell of row.cells) if (cell?.style && spec.styles[cell.style]) used.add(cell.style);
  }
  return [...used];
}

function rowArrays(cells: (CellSpec | null)[], width: number, spec: WorkbookSpec, rename: (f: string) => string, propsOf: (s: string | undefined) => Excel.SettableCellProperties): RowArrays {
  const numberFormat: (string | null)[] = [];
  const formulas: CellWrite[] = [];
  const props: Excel.SettableCellProperties[] = [];
  for (let c = 0; c < width; c++) {
    const cell = cells[c] ?? null;
    const style = cell?.style ? spec.styles[cell.style] : undefined;
    let nf: string | null = null;
    let f: CellWrite = null;
    if (cell?.formula) {
      f = `=${rename(cell.formula)}`;
      // A formula cell formatted as text would show its source: never '@' here.
      nf = style?.numFmt && style.numFmt !== '@' ? style.numFmt : null;
    } else if (typeof cell?.value === 'string') {
      if (cell.value !== '') {
        // Every plain string is written as text, so '=…', '+…', '-…', '@…' and '1.1' stay what they are.
        nf = '@';
        f = cell.value.length > MAX_CELL_TEXT ? cell.value.slice(0, MAX_CELL_TEXT) : cell.value;
      }
    } else if (typeof cell?.value === 'number') {
      f = Number.isFinite(cell.value) ? cell.value : null;
      nf = style?.numFmt ?? null;
    } else if (typeof cell?.value === 'boolean') {
      f = cell.value;
    }
    numberFormat.push(nf);
    formulas.push(f);
    props.push(propsOf(cell?.style));
  }
  const bytes = jsonBytes(numberFormat) + jsonBytes(formulas) + jsonBytes(props) + 3;
  return { numberFormat, formulas, props, bytes };
}

/**
 * Cells in contiguous row blocks: the named style of each cell, then numberFormat (text cells
 * become '@' before any text lands in them), then formulas/values. A block ends where the batch is full.
 */
async function writeCells(
  batch: Batch,
  ws: Excel.Worksheet,
  sheet: SheetSpec,
  spec: WorkbookSpec,
  rename: (f: string) => string,
  propsOf: (s: string | undefined) => Excel.SettableCellProperties,
  done: (rows: number) => void,
): Promise<void> {
  const width = sheet.rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  if (width === 0 || sheet.rows.length === 0) return;
  const overhead = 3 * COMMAND_OVERHEAD;
  let block: RowArrays[] = [];
  let blockBytes = overhead;
  let start = 0;
  const emit = async () => {
    if (block.length === 0) return;
    await batch.reserve(blockBytes);
    const range = ws.getRangeByIndexes(start, 0, block.length, width);
    // The style first: applying a style also applies its number format, which would undo '@'.
    range.setCellProperties(block.map((r) => r.props));
    range.numberFormat = block.map((r) => r.numberFormat);
    range.formulas = block.map((r) => r.formulas);
    done(block.length);
    start += block.length;
    block = [];
    blockBytes = overhead;
  };
  for (const row of sheet.rows) {
    const arrays = rowArrays(row.cells, width, spec, rename, propsOf);
    if (block.length > 0 && blockBytes + arrays.bytes > batch.room) {
      await emit();
      if (blockBytes + arrays.bytes > batch.room) await batch.sync();
    }
    block.push(arrays);
    blockBytes += arrays.bytes;
  }
  await emit();
}

/** Column widths and hidden columns, row heights, merges, freeze panes. Runs of equal values share one range. */
async function writeLayout(batch: Batch, ws: Excel.Worksheet, sheet: SheetSpec): Promise<void> {
  for (const [a, b, width] of runs(sheet.columns.map((c) => c.width))) {
    await batch.small(width);
    ws.getRange(`${columnLetter(a + 1)}:${columnLetter(b + 1)}`).format.columnWidth = widthToPoints(width);
  }
  for (const [a, b, hidden] of runs(sheet.columns.map((c) => c.hidden === true))) {
    if (!hidden) continue;
    await batch.small(true);
    ws.getRange(`${columnLetter(a + 1)}:${columnLetter(b + 1)}`).columnHidden = true;
  }
  for (const [a, b, height] of runs(sheet.rows.map((r) => r.height ?? null))) {
    if (height === null) continue;
    await batch.small(height);
    ws.getRange(`${a + 1}:${b + 1}`).format.rowHeight = height;
  }
  for (const m of sheet.merges) {
    await batch.small(m);
    ws.getRange(m).merge(false);
  }
  const f = sheet.freeze;
  if (f && (f.rows > 0 || f.cols > 0)) {
    await batch.small(f);
    if (f.cols === 0) ws.freezePanes.freezeRows(f.rows);
    else if (f.rows === 0) ws.freezePanes.freezeColumns(f.cols);
    else ws.freezePanes.freezeAt(`A1:${columnLetter(f.cols)}${f.rows}`);
  }
}

/** [start, end, value] for each run of equal values (0-based, inclusive). */
function runs<T>(values: T[]): [number, number, T][] {
  const out: [number, number, T][] = [];
  values.forEach((v, i) => {
    const last = out[out.length - 1];
    if (last && last[1] === i - 1 && last[2] === v) last[1] = i;
    else out.push([i, i, v]);
  });
  return out;
}

async function writeConditionalFormats(batch: Batch, ws: Excel.Worksheet, formats: ConditionalFormat[], spec: WorkbookSpec, rename: (f: string) => string): Promise<void> {
  // add() puts a rule on top of the sheet's rules: adding in reverse keeps the spec's order of priority.
  const all = formats.flatMap((cf) => cf.rules.map((rule) => ({ ref: cf.ref, rule })));
  for (const { ref, rule } of all.reverse()) {
    await batch.small([ref, rule], RULE_BYTES);
    const range = ws.getRange(ref);
    if (rule.kind === 'expression') {
      const added = range.conditionalFormats.add('Custom');
      added.custom.rule.formula = `=${rename(rule.formula)}`;
      const s = spec.styles[rule.style] ?? {};
      if (s.fill) added.custom.format.fill.color = `#${s.fill}`;
      if (s.color) added.custom.format.font.color = `#${s.color}`;
      if (s.bold) added.custom.format.font.bold = true;
      if (s.italic) added.custom.format.font.italic = true;
    } else {
      const added = range.conditionalFormats.add('DataBar');
      added.dataBar.positiveFormat.fillColor = `#${rule.color}`;
      added.dataBar.positiveFormat.gradientFill = false;
      added.dataBar.lowerBoundRule = { type: 'Number', formula: String(rule.min) };
      added.dataBar.upperBoundRule = rule.max === null ? { type: 'HighestValue' } : { type: 'Number', formula: String(rule.max) };
    }
  }
}

/** '0' -> 0; '$E5' -> '=$E5' (relative to the range's top-left cell, as in the .xlsx). */
function validationFormula(text: string, rename: (f: string) => string): string | number {
  const t = text.trim();
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  return t.startsWith('=') ? `=${rename(t.slice(1))}` : `=${rename(t)}`;
}

async function writeValidation(batch: Batch, ws: Excel.Worksheet, v: Validation, rename: (f: string) => string): Promise<void> {
  await batch.small(v, RULE_BYTES);
  const dv = ws.getRange(v.ref).dataValidation;
  if (v.rule.kind === 'decimal') {
    dv.rule = { decimal: { formula1: validationFormula(v.rule.min, rename), formula2: validationFormula(v.rule.max, rename), operator: 'Between' } };
    if (v.rule.prompt) dv.prompt = { showPrompt: true, title: '', message: v.rule.prompt };
  } else {
    // Excel splits a list source on commas; a value holding one cannot be listed this way.
    dv.rule = { list: { inCellDropDown: true, source: v.rule.values.map((x) => x.replace(/,/g, ' ')).join(',') } };
  }
  dv.ignoreBlanks = true;
  dv.errorAlert = { showAlert: true, style: 'Stop', title: VALIDATION_TITLE, message: v.rule.error };
}

/** Outline groups (ExcelApi 1.10): level L groups every run of rows at level >= L. */
async function writeOutline(batch: Batch, ws: Excel.Worksheet, sheet: SheetSpec): Promise<void> {
  const levels = sheet.rows.map((r) => Math.min(r.outlineLevel ?? 0, 7));
  const max = levels.reduce((m, l) => Math.max(m, l), 0); // a sheet's rows are too many to spread into one call
  for (let level = 1; level <= max; level++) {
    for (const [a, b, inside] of runs(levels.map((l) => l >= level))) {
      if (!inside) continue;
      await batch.small([a, b]);
      ws.getRange(`${a + 1}:${b + 1}`).group('ByRows');
    }
  }
}

export async function writePrintSetup(batch: Batch, ws: Excel.Worksheet, p: PrintSetup): Promise<void> {
  await batch.small(p, 2 * RULE_BYTES);
  const layout = ws.pageLayout;
  layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // A3 where the columns would print below 10 pt on A4 (workbook-kit/print.ts, readablePaper).
  layout.paperSize = p.paperSize === 'A3' ? 'A3' : 'A4';
  // verticalFitToPages 0: as many pages tall as needed.
  layout.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: 0 };
  layout.centerHorizontally = true;
  if (p.titleRows) layout.setPrintTitleRows(absoluteRows(p.titleRows));
  if (p.printArea) layout.setPrintArea(p.printArea);
  const pt = (mm: number) => Math.round(mm * POINTS_PER_MM * 100) / 100;
  layout.setPrintMargins('Points', {
    top: pt(p.margins.top),
    bottom: pt(p.margins.bottom),
    left: pt(p.margins.left),
    right: pt(p.margins.right),
    header: pt(p.margins.header),
    footer: pt(p.margins.footer),
  });
  const header = headerSections(p.header);
  const footer = headerSections(p.footer);
  const hf = layout.headersFooters.defaultForAllPages;
  hf.leftHeader = header.left;
  hf.centerHeader = header.center;
  hf.rightHeader = header.right;
  hf.leftFooter = footer.left;
  hf.centerFooter = footer.center;
  hf.rightFooter = footer.right;
  // A sheet rendered again keeps no break of the last time; a break goes above the row after the page's last.
  ws.horizontalPageBreaks.removePageBreaks();
  for (const r of p.rowBreaks ?? []) ws.horizontalPageBreaks.add(`A${r + 1}`);
}

/**
 * A spec style -> a named workbook style ('chiso header'…). Cells then carry only the style's
 * name, some 30 bytes instead of ~400 for a full format: the payload is mostly the values.
 * Every property is set, so a style left by an earlier render (or edited since) is made whole.
 */
function defineStyle(st: Excel.Style, s: CellStyle, font: WorkbookSpec['font']): void {
  st.includeAlignment = true;
  st.includeBorder = true;
  st.includeFont = true;
  st.includeNumber = true;
  st.includePatterns = true;
  st.includeProtection = true;
  st.font.name = font.name;
  st.font.size = s.size ?? font.size;
  st.font.bold = s.bold === true;
  st.font.italic = s.italic === true;
  st.font.color = s.color ? `#${s.color}` : '#000000';
  if (s.fill) st.fill.color = `#${s.fill}`;
  else st.fill.clear();
  st.horizontalAlignment = s.hAlign === 'left' ? 'Left' : s.hAlign === 'center' ? 'Center' : s.hAlign === 'right' ? 'Right' : 'General';
  st.verticalAlignment = s.vAlign === 'top' ? 'Top' : s.vAlign === 'middle' ? 'Center' : 'Bottom';
  st.wrapText = s.wrap === true;
  if (s.indent) st.indentLevel = s.indent;
  st.numberFormat = s.numFmt ?? 'General';
  st.locked = s.unlocked !== true;
  for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) {
    const b = st.borders.getItem(edge);
    if (s.border) {
      b.style = BORDER.style ?? 'Continuous';
      b.weight = BORDER.weight ?? 'Thin';
      b.color = BORDER.color ?? '#A6A6A6';
    } else b.style = 'None';
  }
}
