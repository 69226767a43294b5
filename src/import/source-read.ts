/**
 * What reading a plan file's bytes gives, for every format the importer's sources come from
 * (text, HTML, a .docx's HTML, pasted text, PDF): a PlanSource and notes on what the reader did,
 * or a problem with a named reason. Types only here and the pure readers; the PDF reader lives in
 * src/pdf/ (it needs pdf.js) and answers with the same types. The shells word them through
 * src/strings (sourceProblem, sourceNote), so a reader's limit is never worded as the plan's fault.
 */

import { tabbedTextToGrid } from './range-source';
import { type DecodeNote, decodePlanText, repairLegacyCells, repairLegacyText } from './decode';
import type { PlanSource } from './index';
import type { LegacyFont } from './legacy-fonts';
import { pastedSource } from './paste';
import { workbookToGrid, type WorkbookGridNote } from './workbook-source';
import type { ReadWorkbook } from '../workbook-kit/read-model';
import type { Grid } from './grid';

export type SourceProblem =
  | { reason: 'empty' }
  /** Not text: NUL bytes, an image, an archive. */
  | { reason: 'binary' }
  /** Most words are no Vietnamese in any encoding tried; `looksLike` is the closest guess. */
  | { reason: 'unreadable-text'; looksLike: LegacyFont | 'windows-1258' | 'unknown'; readable: number; words: number; samples: string[] }
  | { reason: 'not-pdf' }
  | { reason: 'pdf-encrypted' }
  /** pdf.js could not read it (truncated, corrupt); `detail` is its message, for a log. */
  | { reason: 'pdf-damaged'; detail: string }
  /** No page has text: a scan. */
  | { reason: 'no-text-layer'; pages: number }
  /** Text, but no table drawn with ruling lines (chiso rebuilds a PDF's tables from their lines). */
  | { reason: 'no-ruled-table'; pages: number }
  | { reason: 'too-many-pages'; pages: number; limit: number }
  /** Still reading when the time allowed ran out (a damaged or hostile file). */
  | { reason: 'too-slow'; seconds: number }
  /** More content than any plan has (a PDF bomb), refused before it filled memory; page null: found before reading pages. */
  | { reason: 'too-much-content'; page: number | null };

export type SourceNote =
  | DecodeNote
  | WorkbookGridNote
  /** PDF: lines dropped as running headers or footers (digits shown as #) and on how many pages. */
  | { kind: 'running-text-dropped'; text: string; pages: number }
  /** PDF: a table that runs on from one page to the next, read as one. */
  | { kind: 'table-joined'; pages: [number, number] }
  /** PDF: header rows the next page repeats, dropped there. */
  | { kind: 'header-repeated'; page: number; rows: number }
  /**
   * PDF: the next page repeats a header cell cut short (LibreOffice clips a repeated header row
   * lower than the first), and its hidden rest, still in the page's text, was taken out of the
   * first row under it (row: in the joined table).
   */
  | { kind: 'header-overflow-dropped'; page: number; row: number; text: string }
  /** PDF: a row broken by the page end; its part on the next page joined to it (row: in the joined table). */
  | { kind: 'row-joined'; page: number; row: number }
  /** PDF: pages with no text among typed ones (scanned pages); their content is not read. */
  | { kind: 'pages-without-text'; pages: number[] };

export type SourceRead = { ok: true; source: PlanSource; notes: SourceNote[] } | { ok: false; problem: SourceProblem };

/** A .txt plan (the flattened published text, or cells saved as tab-separated text). */
/** Lines holding at least two tabs: rows of a table saved as text. */
function tabbedLines(text: string): number {
  let n = 0;
  for (const l of text.split(/\r\n|\r|\n/)) if ((l.match(/\t/g)?.length ?? 0) >= 2) n++;
  return n;
}

export function readTextFile(bytes: Uint8Array): SourceRead {
  const d = decodePlanText(bytes);
  if (!d.ok) return { ok: false, problem: d.problem };
  const kind = pastedSource(d.text).kind;
  if (kind === 'tsv') return { ok: true, source: { kind: 'tsv', text: d.text }, notes: d.notes };
  // Paragraphs with tab-separated tables between them (saved as plain text by Word): tables by their tabs.
  if (!/ \|\s*$/m.test(d.text) && tabbedLines(d.text) >= 3) return { ok: true, source: { kind: 'grid', grid: tabbedTextToGrid(d.text) }, notes: d.notes };
  return { ok: true, source: { kind: 'text', text: d.text }, notes: d.notes };
}

/** An .html/.htm plan: its declared charset counts, legacy-font text is converted. */
export function readHtmlFile(bytes: Uint8Array): SourceRead {
  const d = decodePlanText(bytes, { html: true });
  if (!d.ok) return { ok: false, problem: d.problem };
  return { ok: true, source: { kind: 'html', html: d.text }, notes: d.notes };
}

/** A .docx's HTML as mammoth gives it: text typed in .VnTime or VNI fonts converted. */
export function readDocxHtml(html: string): SourceRead {
  const r = repairLegacyText(html, { html: true });
  if (!r.ok) return { ok: false, problem: r.problem };
  return { ok: true, source: { kind: 'html', html: r.text }, notes: r.notes };
}

/** Text pasted into the pane: an HTML table, cells copied from Excel, or the published text. */
export function readPastedText(text: string): SourceRead {
  if (!text.trim()) return { ok: false, problem: { reason: 'empty' } };
  const r = repairLegacyText(text, { html: /<table[\s>]/i.test(text) });
  if (!r.ok) return { ok: false, problem: r.problem };
  return { ok: true, source: pastedSource(r.text), notes: r.notes };
}

/**
 * A province's own appendix workbook (not chiso's template): its visible sheets as tables, text
 * typed in the .VnTime or VNI fonts converted as in any other source.
 */
export function readAppendixWorkbook(book: ReadWorkbook): Extract<SourceRead, { ok: true }> {
  const { grid, notes } = workbookToGrid(book);
  const repaired = repairGridText(grid);
  return { ok: true, source: { kind: 'grid', grid }, notes: [...repaired, ...notes] };
}

/** Every cell's text read in the font it was typed in (a cell no reading makes Vietnamese stays as typed). */
function repairGridText(grid: Grid): DecodeNote[] {
  const texts: string[] = [];
  for (const b of grid.blocks) {
    for (const line of b.caption) texts.push(line);
    for (const r of b.rows)
      for (const c of r.cells) {
        texts.push(c.text);
        for (const line of c.lines ?? []) texts.push(line);
      }
  }
  // Cell by cell: a workbook may hold rows typed in .VnTime, VNI and Unicode side by side.
  const r = repairLegacyCells(texts);
  if (r.notes.length === 0) return [];
  const out = r.cells;
  let k = 0;
  for (const b of grid.blocks) {
    for (let i = 0; i < b.caption.length; i++) b.caption[i] = out[k++]!;
    for (const row of b.rows)
      for (const c of row.cells) {
        c.text = out[k++]!;
        if (c.lines) c.lines = c.lines.map(() => out[k++]!);
      }
  }
  return r.notes;
}
