import type { RowSpec, SheetSpec, WorkbookSpec } from './spec';

/** Every field a row has, so that one added to RowSpec is not left behind by the copy in fitSheet. */
const ROW_FIELDS: Record<keyof RowSpec, true> = { cells: true, height: true, outlineLevel: true };
void ROW_FIELDS;

/**
 * Readers do not auto-fit rows (LibreOffice prints the default 15 pt and wrapped text runs over
 * the next row), so every row gets the height its wrapped cells need, estimated from text length
 * and column width. Times New Roman runs slightly narrower than the '0' a column width counts.
 */
const CHARS_PER_WIDTH_UNIT = 1.2;
const LINE_POINTS = 14.3;
const PADDING_POINTS = 3;
/** Width units one indent step takes from a wrapped cell (LibreOffice prints a step about 8 pt wide). */
const INDENT_WIDTH_UNITS = 2;

export function fitRowHeights(spec: WorkbookSpec): WorkbookSpec {
  // A master repeats each task's words on a row per agency: each text is measured once per width.
  const memo = new Map<number, Map<string, number>>();
  return { ...spec, sheets: spec.sheets.map((s) => fitSheet(s, spec, memo)) };
}

function fitSheet(sheet: SheetSpec, spec: WorkbookSpec, memo: Map<number, Map<string, number>>): SheetSpec {
  const rows: RowSpec[] = new Array(sheet.rows.length);
  for (let r = 0; r < sheet.rows.length; r++) rows[r] = fitRow(sheet.rows[r]!, sheet, spec, memo);
  const more = sheet.more;
  // Streamed rows are fitted as they are made.
  return more ? { ...sheet, rows, more: { count: more.count, row: (i) => fitRow(more.row(i), sheet, spec, memo) } } : { ...sheet, rows };
}

/** Texts measured per width before the memo starts again: a stream's rows each bring their own words. */
const MEMO_TEXTS = 50_000;

function fitRow(row: RowSpec, sheet: SheetSpec, spec: WorkbookSpec, memo: Map<number, Map<string, number>>): RowSpec {
  if (row.height !== undefined) return row;
  // Plain loops: a closure per row cost more than the measuring, a hundred thousand rows over.
  let lines = 1;
  for (let c = 0; c < row.cells.length; c++) {
    const cell = row.cells[c];
    if (!cell || typeof cell.value !== 'string' || !cell.value) continue;
    const style = cell.style ? spec.styles[cell.style] : undefined;
    const width = sheet.columns[c]?.width;
    if (!style?.wrap || !width || sheet.columns[c]?.hidden) continue;
    // An indented criterion (PAR 6.1.2) has less of its column to wrap in: counted, it no longer prints over the next row.
    const perLine = Math.max(1, Math.floor((width - 1 - (style.indent ?? 0) * INDENT_WIDTH_UNITS) * CHARS_PER_WIDTH_UNIT));
    const bold = style.bold ?? false;
    // Keyed by width and weight, then by the text itself: no key string is built per cell (a
    // master's hundred thousand rows would copy every text once more).
    const slot = perLine * 2 + (bold ? 1 : 0);
    let byText = memo.get(slot);
    if (!byText || byText.size >= MEMO_TEXTS) {
      byText = new Map();
      memo.set(slot, byText);
    }
    let needed = byText.get(cell.value);
    if (needed === undefined) {
      needed = 0;
      for (const part of cell.value.split('\n')) needed += wrappedLines(part, perLine, bold);
      byText.set(cell.value, needed);
    }
    if (needed > lines) lines = needed;
  }
  if (lines <= 1) return row;
  // A row of its own fields, not a spread: the copy is one of a hundred thousand.
  const fitted: RowSpec = { cells: row.cells, height: Math.ceil(lines * LINE_POINTS + PADDING_POINTS) };
  if (row.outlineLevel !== undefined) fitted.outlineLevel = row.outlineLevel;
  return fitted;
}

/** Capitals and bold letters run wider than the average lowercase letter. */
function textWidth(text: string, bold: boolean): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII decided by its code; the rest (Vietnamese capitals) by its lower case, per code point.
    if (c < 0x80) w += c >= 65 && c <= 90 ? 1.35 : 1;
    else if (c >= 0xdc00 && c <= 0xdfff && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) continue; // the second half of a pair was counted with the first
    else {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      w += ch !== ch.toLowerCase() ? 1.35 : 1;
    }
  }
  return bold ? w * 1.1 : w;
}

/**
 * Lines a paragraph takes when wrapped at word boundaries, as spreadsheet applications wrap: a
 * word that does not fit on the line starts the next one, so a line holds less than its width.
 */
function wrappedLines(text: string, perLine: number, bold: boolean): number {
  const space = textWidth(' ', bold);
  let lines = 1;
  let used = 0;
  for (const word of text.split(' ')) {
    const w = textWidth(word, bold);
    if (used > 0 && used + space + w > perLine) {
      lines++;
      used = 0;
    }
    // A word longer than a line runs over as many lines as it needs.
    if (w > perLine) {
      lines += Math.ceil(w / perLine) - 1;
      used = w % perLine;
    } else used += (used > 0 ? space : 0) + w;
  }
  return lines;
}
