import { normalizeCode } from '../plan/codes';
import { cleanText } from '../plan/text';
import { isCodeHeader, isHeaderCell, readHeader } from './columns';
import { layoutFlatHeader } from './flat-header';
import type { Cell, Grid, GridBlock, GridRow } from './grid';

/**
 * The flattened text of a published plan: each table cell is a line ending with ' |',
 * rows are implicit, and free text (captions, page headers, signatures, website text)
 * sits between tables. Rows are rebuilt from the width of each table's header.
 */

interface Item {
  kind: 'cell' | 'text';
  text: string;
  line: number;
}

function tokenize(text: string): Item[] {
  const items: Item[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed.endsWith('|')) {
      items.push({ kind: 'cell', text: cleanText(trimmed.slice(0, -1)), line: i + 1 });
    } else if (trimmed) {
      items.push({ kind: 'text', text: cleanText(trimmed), line: i + 1 });
    }
  });
  return items;
}

/** A cell that can start a data row: empty, a number, a roman numeral, a part letter, a dash… */
export function looksLikeRowStart(text: string): boolean {
  return normalizeCode(text).kind !== 'other';
}

/** Header run starting at i: the code header and every following non-empty cell up to the first row start. */
function headerRunAt(items: Item[], i: number): Item[] | null {
  const first = items[i];
  if (first?.kind !== 'cell' || !isCodeHeader(first.text)) return null;
  const run: Item[] = [first];
  for (let j = i + 1; j < items.length; j++) {
    const it = items[j]!;
    // A bare year ('2024') under a group heading is a header cell, never a row number.
    if (it.kind !== 'cell' || (looksLikeRowStart(it.text) && !/^(19|20)\d{2}$/.test(it.text.trim()))) break;
    run.push(it);
  }
  return readHeader(run.map((c) => c.text)) ? run : null;
}

export interface TextGridNotes {
  /** Cells that could not be placed in a row (a table whose rows lost a cell), kept for reporting. */
  misaligned: { line: number; text: string }[];
  /** Rows that came one cell short (the next row's number ended up in their last column), kept and reported. */
  shortRows: { line: number; text: string }[];
  /** Set when the text ends in the middle of a table row. */
  cutOffAtLine: number | null;
}

export function textToGrid(text: string): { grid: Grid; notes: TextGridNotes } {
  const items = tokenize(text);
  const grid: Grid = { kind: 'text', preamble: [], blocks: [] };
  const notes: TextGridNotes = { misaligned: [], shortRows: [], cutOffAtLine: null };
  let loose: string[] = [];
  let i = 0;
  while (i < items.length) {
    const header = headerRunAt(items, i);
    if (!header) {
      loose.push(items[i]!.text);
      i++;
      continue;
    }
    if (grid.blocks.length === 0) grid.preamble = loose.slice();
    // A header over two rows, or with a row numbering the columns, comes flattened into one run.
    const flat = layoutFlatHeader(header.map((c) => c.text));
    const width = flat.width;
    const headerRows: GridRow[] = flat.rows.map((texts) => ({ cells: texts.map((text, k) => ({ text, line: header[Math.min(k, header.length - 1)]!.line })), row: null }));
    const block: GridBlock = { caption: loose, rows: headerRows };
    loose = [];
    i += header.length;
    let current: Cell[] = [];
    while (i < items.length) {
      const it = items[i]!;
      if (it.kind === 'text') {
        // A line without ' |' inside a half-filled row continues that row's next cell;
        // at a row boundary it is a caption or page text, and the table ends.
        if (current.length > 0 && items[i + 1]?.kind === 'cell') {
          const next = items[i + 1]!;
          current.push({ text: cleanText(`${it.text} ${next.text}`), line: it.line });
          i += 2;
        } else break;
      } else {
        if (current.length === 0 && headerRunAt(items, i)) break;
        if (current.length === 0 && !looksLikeRowStart(it.text)) {
          // The previous row lost or gained a cell: skip to the next plausible row start.
          notes.misaligned.push({ line: it.line, text: it.text });
          i++;
          continue;
        }
        current.push(toCell(it));
        i++;
      }
      if (current.length === width) {
        const next = items[i];
        const last = current[width - 1]!;
        if (next?.kind === 'cell' && !looksLikeRowStart(next.text) && isNumbered(last.text)) {
          // The row lost a cell: its last cell is really the number of the next row.
          notes.shortRows.push({ line: current[0]!.line ?? 0, text: current[0]!.text });
          block.rows.push({ cells: [...current.slice(0, -1), { text: '', line: null }], row: null });
          current = [last];
        } else {
          block.rows.push({ cells: current, row: null });
          current = [];
        }
      }
    }
    if (current.length > 0) {
      if (i >= items.length) notes.cutOffAtLine = current[current.length - 1]!.line;
      else for (const c of current) notes.misaligned.push({ line: c.line ?? 0, text: c.text });
    }
    grid.blocks.push(block);
  }
  if (grid.blocks.length === 0) grid.preamble = loose;
  return { grid, notes };
}

/** A row number proper ('9.', 'II', 'I.2'), not the blank or dash that also start rows. */
function isNumbered(text: string): boolean {
  const kind = normalizeCode(text).kind;
  return kind === 'numeric' || kind === 'roman' || kind === 'roman-sub' || kind === 'letter';
}

function toCell(it: Item): Cell {
  return { text: it.text, line: it.line };
}

/**
 * The first line (1-based) that is a table header once split at runs of spaces, as text saved out of a PDF
 * lines its columns up ('STT      Nhiệm vụ        Cơ quan chủ …'); null when there is none. Such columns
 * cannot be told apart reliably (a wrapped header runs into its neighbour with one space), so the caller
 * only uses this to say why no table was read.
 */
export function spaceAlignedHeaderLine(text: string): number | null {
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.endsWith('|')) continue;
    const runs = line.split(/ {2,}|\u00a0{2,}/).map(cleanText);
    if (runs.length >= 3 && isCodeHeader(runs[0]!) && runs.slice(1).some(isHeaderCell)) return i + 1;
    // A cell per line (a PDF viewer copies a table cell by cell, often column by column): 'TT' on a
    // line of its own, and other headers ('Nhiệm vụ', 'Chủ trì') on lines of their own soon after.
    if (runs.length === 1 && isCodeHeader(line) && headersAhead(lines, i, PASTED_COLUMN_LINES) >= 2) return i + 1;
  }
  return null;
}

/** How far after a lone 'TT' the next header of a column-by-column paste is looked for (a column of ~40 numbers). */
const PASTED_COLUMN_LINES = 60;

/** Lines after `i`, within `within`, that are a column header and nothing else. */
function headersAhead(lines: readonly string[], i: number, within: number): number {
  let n = 0;
  for (let k = i + 1; k < lines.length && k <= i + within; k++) {
    const t = cleanText(lines[k]!.trim());
    if (t !== '' && t.length <= 40 && !isCodeHeader(t) && isHeaderCell(t)) n++;
  }
  return n;
}
