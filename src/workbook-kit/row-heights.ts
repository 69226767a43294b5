import type { SheetSpec, WorkbookSpec } from './spec';

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
  const rows = sheet.rows.map((row) => {
    if (row.height !== undefined) return row;
    let lines = 1;
    row.cells.forEach((cell, c) => {
      if (!cell || typeof cell.value !== 'string' || !cell.value) return;
      const style = cell.style ? spec.styles[cell.style] : undefined;
      const width = sheet.columns[c]?.width;
      if (!style?.wrap || !width || sheet.columns[c]?.hidden) return;
      // An indented criterion (PAR 6.1.2) has less of its column to wrap in: counted, it no longer prints over the next row.
      const perLine = Math.max(1, Math.floor((width - 1 - (style.indent ?? 0) * INDENT_WIDTH_UNITS) * CHARS_PER_WIDTH_UNIT));
      const bold = style.bold ?? false;
      // Keyed by width and weight, then by the text itself: no key string is built per cell (a
      // master's hundred thousand rows would copy every text once more).
      const slot = perLine * 2 + (bold ? 1 : 0);
      let byText = memo.get(slot);
      if (!byText) {
        byText = new Map();
        memo.set(slot, byText);
      }
      let needed = byText.get(cell.value);
      if (needed === undefined) {
        needed = cell.value.split('\n').reduce((n, part) => n + wrappedLines(part, perLine, bold), 0);
        byText.set(cell.value, needed);
      }
      lines = Math.max(lines, needed);
    });
    return lines > 1 ? { ...row, height: Math.ceil(lines * LINE_POINTS + PADDING_POINTS) } : row;
  });
  return { ...sheet, rows };
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
