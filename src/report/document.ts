/**
 * A plain description of the report as a document: the Nghị định 30/2020 frame (header block,
 * title, body, Nơi nhận and signature) and the appendices, as paragraphs and tables whose words
 * and numbers are already final. The .docx adapter renders it; nothing here knows a library.
 */

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Points; the document's size when absent. */
  size?: number;
}

export interface Paragraph {
  kind: 'paragraph';
  runs: Run[];
  align?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent, as body text in an administrative document has. */
  firstLine?: boolean;
  /** Points of space after the paragraph (default 6). */
  after?: number;
  /** A short centred rule under the paragraph, this many millimetres long (under the issuing body, the motto, the title). */
  rule?: number;
  /** Keep with the next paragraph (headings). */
  keepNext?: boolean;
  /** Start on a new page (appendices). */
  pageBreakBefore?: boolean;
}

export interface TableColumn {
  header: string;
  /** Share of the text width, in percent; the columns add up to 100. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableRow {
  cells: string[];
  /** A part's heading or a total: bold, shaded. */
  emphasis?: 'heading' | 'total';
}

export interface Table {
  kind: 'table';
  /** What the table is, for the reader of the document and for tests. */
  name: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** Points; tables are set smaller than the text. */
  size: number;
}

/** Two blocks side by side without borders: the header block, and Nơi nhận beside the signature. */
export interface Columns {
  kind: 'columns';
  left: Paragraph[];
  right: Paragraph[];
  /** The left column's share of the text width, in percent. */
  leftWidth: number;
}

export type Block = Paragraph | Table | Columns;

export interface ReportDocument {
  /** Document properties: the title, and the one date the document carries ('YYYY-MM-DD'). */
  title: string;
  date: string;
  font: string;
  /** The text's language for spelling and hyphenation ('vi-VN'). */
  language: string;
  /** Points. */
  size: number;
  /** Millimetres. */
  margins: { top: number; bottom: number; left: number; right: number };
  blocks: Block[];
}
