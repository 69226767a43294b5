/**
 * One grid abstraction for every source (DESIGN §3): the flattened text of the seed,
 * HTML tables, .docx tables, the values of an Excel range, a PDF's ruled tables all become rows of cells.
 */

export interface Cell {
  /** Text as found, whitespace collapsed; '' for an empty cell. */
  text: string;
  /** 1-based line in a text source; null for sources without lines. */
  line: number | null;
  /** True when this cell was filled from a merged (rowspan) cell above rather than written itself. */
  spanned?: boolean;
  /** The cell's paragraphs when it has several (Word paragraphs, <p>, <br>): a list typed one item per line. */
  lines?: string[];
  /** A workbook's number cell, shown as text: a code typed as 5.10 is kept by Excel as 5.1. */
  numeric?: boolean;
}

/** A cell naming agencies, its paragraphs as lines (the agency splitter reads a line break as a possible new agency). */
export function agencyText(cell: Cell): string {
  return cell.lines ? cell.lines.join('\n') : cell.text;
}

export interface GridRow {
  cells: Cell[];
  /** 1-based row number in the source (table row for HTML and PDF, sheet row for a range), null for the text source. */
  row: number | null;
  /** 1-based page of a PDF source the row was printed on (a table can run over pages). */
  page?: number;
}

/** A block of rows between free text (captions, headings) in the source. */
export interface GridBlock {
  /** Free-text lines just before the block (an appendix caption such as 'PHỤ LỤC 2 …'). */
  caption: string[];
  rows: GridRow[];
}

export interface Grid {
  kind: 'text' | 'html' | 'range' | 'pdf';
  /** Free text before the first block (the plan's heading: number, date, title). */
  preamble: string[];
  blocks: GridBlock[];
  /** Free text after the last block, where the reader keeps it (a web page's, a .docx's). */
  trailing?: string[];
}

export function cell(text: string, line: number | null = null): Cell {
  return { text, line };
}
