/**
 * Positioned text and ruling lines of PDF pages → the Grid every other source gives (issue #10
 * item 14). No pdf.js here: read-pdf.ts extracts, this file only does geometry, so it is tested on
 * pages built by hand as well as on real PDFs.
 *
 * Coordinates are top-down (y grows down the page), in PDF points.
 *
 * A table is a connected set of horizontal and vertical rules. Its column edges are the distinct
 * x of the verticals, its row edges the distinct y of the horizontals; two neighbouring slots are
 * one merged cell where no rule separates them (colspan/rowspan). Text falls into the slot under
 * its start, lines of a cell are joined, and the cells are laid out with the same span layout as
 * HTML. Running headers and footers (the same line at the same place on several pages, page
 * numbers) are dropped; a table that ends a page and one that starts the next with the same
 * columns are one table, a repeated header row and a row broken across the page are joined.
 */

import type { Grid, GridBlock, GridRow } from '../import/grid';
import type { SourceNote } from '../import/source-read';
import { Budget, layoutSpans, type SpanCell, SYNTHETIC_BUDGET } from '../import/span-layout';

export interface TextBox {
  text: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  width: number;
  /** Font size (the height of a line). */
  size: number;
}

/** A ruling line: horizontal (y0 === y1) or vertical (x0 === x1) once normalised. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PageContent {
  width: number;
  height: number;
  texts: TextBox[];
  segments: Segment[];
}

/** What the layout did that a reader of the plan should know (see SourceNote). */
export type PdfLayoutNote = Extract<SourceNote, { kind: 'running-text-dropped' | 'table-joined' | 'header-repeated' | 'header-overflow-dropped' | 'row-joined' }>;

/** Tolerances in points: rules drawn by different programs miss each other by a little. */
const SNAP = 2;
const MIN_RULE = 3;

// ---------------------------------------------------------------------------
// Rules → tables

interface Rule {
  /** For a horizontal: y, and x from..to; for a vertical: x, and y from..to. */
  at: number;
  from: number;
  to: number;
}

interface TableFrame {
  xs: number[];
  ys: number[];
  horizontals: Rule[];
  verticals: Rule[];
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function rulesOf(segments: Segment[]): { h: Rule[]; v: Rule[] } {
  const h: Rule[] = [];
  const v: Rule[] = [];
  for (const s of segments) {
    const dx = Math.abs(s.x1 - s.x0);
    const dy = Math.abs(s.y1 - s.y0);
    if (dy <= 1 && dx >= MIN_RULE) h.push({ at: (s.y0 + s.y1) / 2, from: Math.min(s.x0, s.x1), to: Math.max(s.x0, s.x1) });
    else if (dx <= 1 && dy >= MIN_RULE) v.push({ at: (s.x0 + s.x1) / 2, from: Math.min(s.y0, s.y1), to: Math.max(s.y0, s.y1) });
  }
  return { h: mergeRules(h), v: mergeRules(v) };
}

/** Collinear pieces of one rule (drawn cell by cell) become one rule. */
function mergeRules(rules: Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Rule[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.at - r.at) <= 1 && r.from <= last.to + SNAP) {
      last.to = Math.max(last.to, r.to);
      last.at = (last.at + r.at) / 2;
    } else out.push({ ...r });
  }
  return out;
}

function touches(h: Rule, v: Rule): boolean {
  return v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP;
}

/** Distinct positions, close ones merged. */
function clusters(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && v - last <= SNAP) continue;
    out.push(v);
  }
  return out;
}

function findFrames(segments: Segment[]): TableFrame[] {
  const { h, v } = rulesOf(segments);
  // Union-find over rules: horizontals first, then verticals.
  const parent = [...h, ...v].map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++) if (touches(h[i]!, v[j]!)) parent[find(i)] = find(h.length + j);
  }
  const groups = new Map<number, { h: Rule[]; v: Rule[] }>();
  h.forEach((r, i) => groups.set(find(i), { h: [...(groups.get(find(i))?.h ?? []), r], v: groups.get(find(i))?.v ?? [] }));
  v.forEach((r, j) => {
    const g = groups.get(find(h.length + j)) ?? { h: [], v: [] };
    g.v.push(r);
    groups.set(find(h.length + j), g);
  });
  const frames: TableFrame[] = [];
  for (const g of groups.values()) {
    if (g.h.length === 0 || g.v.length < 2) continue;
    // Folded, not spread: a page can hold more rules than a call has room for arguments.
    let [top, bottom, left, right] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    for (const r of g.v) [top, bottom, left, right] = [Math.min(top, r.from), Math.max(bottom, r.to), Math.min(left, r.at), Math.max(right, r.at)];
    for (const r of g.h) [top, bottom, left, right] = [Math.min(top, r.at), Math.max(bottom, r.at), Math.min(left, r.from), Math.max(right, r.to)];
    // The frame's own edges count even where a page break left a side undrawn.
    const xs = clusters([left, right, ...g.v.map((r) => r.at)]);
    const ys = clusters([top, bottom, ...g.h.map((r) => r.at)]);
    if (xs.length < 3 || ys.length < 2) continue; // a box or a single rule is not a table
    frames.push({ xs, ys, horizontals: g.h, verticals: g.v, top, bottom, left, right });
  }
  return frames.sort((a, b) => a.top - b.top);
}

function covered(rules: Rule[], at: number, along: number): boolean {
  return rules.some((r) => Math.abs(r.at - at) <= SNAP && along >= r.from - SNAP && along <= r.to + SNAP);
}

function slotIndex(edges: number[], v: number): number {
  for (let i = 0; i < edges.length - 1; i++) if (v < edges[i + 1]!) return i;
  return edges.length - 2;
}

interface Region {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  texts: TextBox[];
}

/** A row number or code as the first column writes it: '1', '2.3', 'II', 'a)', '-'. */
const ROW_START = /^(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3}){0,3}|[a-zđ])[.)]?$/iu;

/**
 * Rows a table drew without rules between them (only its frame and column lines): within a band
 * between two rules, each first-column line that is a row number starts a row, by column position.
 */
function virtualRowRules(frame: TableFrame, texts: TextBox[]): Rule[] {
  const rules: Rule[] = [];
  const first = texts.filter((t) => t.x + 1 >= frame.xs[0]! && t.x < frame.xs[1]!);
  for (let r = 0; r < frame.ys.length - 1; r++) {
    const top = frame.ys[r]!;
    const bottom = frame.ys[r + 1]!;
    const band = first.filter((t) => t.y - t.size * 0.3 > top && t.y - t.size * 0.3 < bottom);
    const inner = innerRight(band, frame.xs[0]!, frame.xs[1]!);
    // A line whose first character would not have fitted after the line above may continue a word
    // broken there ('0' under the '1' of a narrow '10', 'T' under 'T'): no row starts at it.
    const lines = linesOf(band, false);
    const starts = lines.filter((l, i) => ROW_START.test(l.text) && (i === 0 || !brokenBefore(lines[i - 1]!, l, inner)));
    if (starts.length < 2) continue;
    for (const l of starts.slice(1)) rules.push({ at: l.top - l.size * 0.1, from: frame.left, to: frame.right });
  }
  return rules;
}

/** The frame's cells: slots joined where no rule divides them, with the text that falls in each. */
function readFrame(frame: TableFrame, texts: TextBox[]): SpanCell[][] {
  const virtual = virtualRowRules(frame, texts);
  if (virtual.length > 0) {
    frame = { ...frame, horizontals: [...frame.horizontals, ...virtual], ys: clusters([...frame.ys, ...virtual.map((v) => v.at)]) };
  }
  const { xs, ys } = frame;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const id = (r: number, c: number) => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let r = 0; r < rows; r++) {
    const midY = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < cols; c++) {
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < cols && !covered(frame.verticals, xs[c + 1]!, midY)) parent[find(id(r, c + 1))] = find(id(r, c));
      if (r + 1 < rows && !covered(frame.horizontals, ys[r + 1]!, midX)) parent[find(id(r + 1, c))] = find(id(r, c));
    }
  }
  const regions = new Map<number, Region>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(id(r, c));
      const g = regions.get(root);
      if (g) {
        g.r0 = Math.min(g.r0, r);
        g.r1 = Math.max(g.r1, r);
        g.c0 = Math.min(g.c0, c);
        g.c1 = Math.max(g.c1, c);
      } else regions.set(root, { r0: r, r1: r, c0: c, c1: c, texts: [] });
    }
  }
  for (const t of texts) {
    // The start of the text says where it belongs (text may overflow its cell to the right).
    const r = slotIndex(ys, t.y - t.size * 0.3);
    const c = slotIndex(xs, t.x + Math.min(1, t.width / 2));
    regions.get(find(id(r, c)))?.texts.push(t);
  }
  const out: SpanCell[][] = Array.from({ length: rows }, () => []);
  const sorted = [...regions.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  for (const g of sorted) {
    // A cell's lines and inner edge, found once for its text and its paragraphs.
    const lines = linesOf(g.texts, false);
    const inner = innerRight(g.texts, xs[g.c0]!, xs[g.c1 + 1]!);
    const paragraphs = paragraphsOf(lines, inner);
    out[g.r0]!.push({ text: joinLines(lines, inner), ...(paragraphs ? { lines: paragraphs } : {}), colspan: g.c1 - g.c0 + 1, rowspan: g.r1 - g.r0 + 1 });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Text → lines

interface Line {
  text: string;
  top: number;
  size: number;
  /** Where the line's text ends on the right. */
  right: number;
  /** About how wide its first word is (its box's width shared by characters). */
  firstWord: number;
  /** About how wide its first character is. */
  firstChar: number;
}

/** Text boxes grouped into lines (same baseline), left to right; a wide gap starts a separate line. */
function linesOf(texts: TextBox[], splitGaps: boolean): Line[] {
  const sorted = [...texts].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: TextBox[][] = [];
  for (const t of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - t.y) <= Math.max(1, row[0]!.size * 0.35)) row.push(t);
    else rows.push([t]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let current: TextBox[] = [];
    const flush = () => {
      const text = joinRun(current);
      if (text !== '') {
        const lead = current.find((t) => t.text.trim() !== '') ?? current[0]!;
        const word = lead.text.trim().split(/\s+/)[0] ?? '';
        const firstChar = lead.text.length > 0 ? lead.width / lead.text.length : 0;
        const firstWord = firstChar * word.length;
        const right = current.reduce((end, t) => Math.max(end, t.x + t.width), Number.NEGATIVE_INFINITY);
        lines.push({ text, top: current[0]!.y - current[0]!.size, size: current[0]!.size, right, firstWord, firstChar });
      }
      current = [];
    };
    for (const t of row) {
      const prev = current[current.length - 1];
      if (splitGaps && prev && t.x - (prev.x + prev.width) > Math.max(prev.size, t.size) * 2.5) flush();
      current.push(t);
    }
    flush();
  }
  return lines;
}

/** Boxes of one line joined, a space where they do not touch. */
function joinRun(run: TextBox[]): string {
  let out = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const t of run) {
    if (out !== '' && t.x - end > t.size * 0.15) out += ' ';
    out += t.text;
    end = Math.max(end, t.x + t.width);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * A cell's lines in reading order, one space between them: a wrapped name is one name again. A
 * number too wide for its column, broken at the edge ('43,672' over '5'), is one number again.
 */
function joinLines(lines: Line[], inner: number): string {
  let out = '';
  let before: Line | null = null;
  for (const l of lines) {
    out = before && /\d$/.test(before.text) && /^\d/.test(l.text) && brokenBefore(before, l, inner) ? `${out}${l.text}` : joined(out, l.text);
    before = l;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Where a cell's text may reach on the right: its rule less the padding its text keeps from the
 * left rule (word processors pad both sides alike).
 */
function innerRight(texts: TextBox[], left: number, right: number): number {
  const textLeft = texts.reduce((x, t) => Math.min(x, t.x), Number.POSITIVE_INFINITY);
  return right - Math.min(12, Math.max(0, textLeft - left));
}

/**
 * Whether `next` may go on with a word `line` broke at the cell's edge: not even its first
 * character would have fitted after `line` (a word processor breaks a word too wide for the
 * column at its last character that fits).
 */
function brokenBefore(line: Line, next: Line, inner: number): boolean {
  return line.right + next.firstChar > inner + 0.5;
}

/**
 * Two wrapped lines as one: a space between, except after a hyphen the word processor wrapped at
 * ('KT-' then 'XH' is 'KT-XH'); a dash standing alone (' - ') keeps its spaces.
 */
function joined(before: string, line: string): string {
  if (before === '') return line;
  return /\S-$/.test(before) && /^\S/.test(line) ? `${before}${line}` : `${before} ${line}`;
}

/**
 * A cell's paragraphs, when it has several: a line ends its paragraph where the next line's first
 * word would have fitted after it, before the cell's `inner` edge (the writer broke the line; it
 * did not wrap). A list of agencies typed one per line is then read as a list, as from the same
 * plan's .docx, and a long name wrapped over two lines stays one. Undefined for one paragraph.
 */
function paragraphsOf(lines: Line[], inner: number): string[] | undefined {
  if (lines.length < 2) return undefined;
  const out: string[] = [lines[0]!.text];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const next = lines[i]!;
    // A space (about a quarter of the font size) and the word, with half a point to spare.
    const wouldFit = prev.right + next.size * 0.25 + next.firstWord <= inner - 0.5;
    if (wouldFit) out.push(next.text);
    else out[out.length - 1] = joined(out[out.length - 1]!, next.text);
  }
  return out.length > 1 ? out : undefined;
}

// ---------------------------------------------------------------------------
// Pages → grid

type Item = { kind: 'line'; line: Line } | { kind: 'table'; top: number; bottom: number; rows: GridRow[]; xs: number[] };

interface PageItems {
  page: number;
  items: Item[];
}

function pageItems(content: PageContent, page: number, budget: Budget): PageItems {
  const frames = findFrames(content.segments);
  const inside = frames.map(() => [] as TextBox[]);
  const free: TextBox[] = [];
  for (const t of content.texts) {
    if (t.text.trim() === '') continue;
    const cy = t.y - t.size * 0.3;
    const at = frames.findIndex((f) => cy >= f.top && cy <= f.bottom && t.x + 1 >= f.left && t.x <= f.right);
    if (at >= 0) inside[at]!.push(t);
    else free.push(t);
  }
  const items: Item[] = linesOf(free, true).map((line) => ({ kind: 'line', line }));
  frames.forEach((f, k) => {
    const rows = layoutSpans(readFrame(f, inside[k]!), budget).map((r) => ({ ...r, page }));
    items.push({ kind: 'table', top: f.top, bottom: f.bottom, rows, xs: f.xs });
  });
  items.sort((a, b) => (a.kind === 'line' ? a.line.top : a.top) - (b.kind === 'line' ? b.line.top : b.top));
  return { page, items };
}

const PAGE_NUMBER = /^(?:trang\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*\/\s*\d{1,4})?$/iu;

/** Running text: the first (or last) line of a page repeated at the same place on other pages, or a page number. */
function dropRunningText(pages: PageItems[], heights: number[], notes: PdfLayoutNote[]): void {
  const key = (l: Line) => l.text.replace(/\d+/g, '#');
  for (const end of ['first', 'last'] as const) {
    for (;;) {
      const edge = pages.map((p) => {
        const item = end === 'first' ? p.items[0] : p.items[p.items.length - 1];
        return item?.kind === 'line' ? item.line : null;
      });
      const counts = new Map<string, Line[]>();
      edge.forEach((l) => {
        if (l) counts.set(key(l), [...(counts.get(key(l)) ?? []), l]);
      });
      let dropped = false;
      pages.forEach((p, i) => {
        const l = edge[i];
        if (!l) return;
        const same = counts.get(key(l)) ?? [];
        const repeated = same.length >= 2 && same.every((o) => Math.abs(o.top - l.top) <= 4);
        const h = heights[i] ?? 0;
        const inMargin = l.top < h * 0.15 || l.top > h * 0.85;
        if (repeated || (inMargin && PAGE_NUMBER.test(l.text))) {
          if (end === 'first') p.items.shift();
          else p.items.pop();
          dropped = true;
          if (!notes.some((n) => n.kind === 'running-text-dropped' && n.text === key(l))) {
            notes.push({ kind: 'running-text-dropped', text: key(l), pages: Math.max(1, same.length) });
          }
        }
      });
      if (!dropped) break;
    }
  }
}

function sameColumns(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= 3);
}

/** Pages' items → one grid: free lines are captions (and the preamble before the first table). */
export function pagesToGrid(pages: PageContent[]): { grid: Grid; notes: PdfLayoutNote[] } {
  const budget = new Budget(SYNTHETIC_BUDGET);
  const notes: PdfLayoutNote[] = [];
  const items = pages.map((p, i) => pageItems(p, i + 1, budget));
  dropRunningText(
    items,
    pages.map((p) => p.height),
    notes,
  );

  const blocks: GridBlock[] = [];
  let preamble: string[] | null = null;
  let pending: string[] = [];
  /** The table the previous page ended with, if nothing came after it on that page. */
  type OpenTable = { block: GridBlock; xs: number[]; header: GridRow[]; page: number };
  let open: OpenTable | null = null;
  for (const { page, items: list } of items) {
    let last: OpenTable | null = null;
    list.forEach((item, k) => {
      if (item.kind === 'line') {
        pending.push(item.line.text);
        return;
      }
      const from: OpenTable | null = open;
      if (from !== null && k === 0 && pending.length === 0 && from.page === page - 1 && sameColumns(from.xs, item.xs)) {
        joinContinued(from.block, from.header, item.rows, page, notes);
        last = { ...from, page };
        return;
      }
      if (preamble === null) preamble = [...pending];
      const block: GridBlock = { caption: pending, rows: item.rows };
      pending = [];
      blocks.push(block);
      last = { block, xs: item.xs, header: item.rows.slice(0, headerDepth(item.rows)), page };
    });
    open = list[list.length - 1]?.kind === 'table' ? last : null;
  }
  return { grid: { kind: 'pdf', preamble: preamble ?? pending, blocks }, notes };
}

/** The rows of a table's next page added to it: a repeated header dropped, a row broken by the page end joined. */
function joinContinued(target: GridBlock, header: GridRow[], more: GridRow[], page: number, notes: PdfLayoutNote[]): void {
  // A row the page break cut so that one part holds no text at all: a sliver, not a row.
  const blank = (r: GridRow | undefined) => !!r?.cells.every((c) => c.text === '' || c.spanned === true);
  while (target.rows.length > 1 && blank(target.rows[target.rows.length - 1])) target.rows.pop();
  let rows = more;
  let repeated = 0;
  // What the repeat cut off each header cell (by column): hidden on the page, but in its text.
  const hidden = new Map<number, string>();
  for (; repeated < header.length && repeated < rows.length; repeated++) {
    const cut = clippedRepeat(rows[repeated]!, header[repeated]!);
    if (cut === null) break;
    for (const [col, rest] of cut) if (!hidden.has(col)) hidden.set(col, rest);
  }
  if (repeated > 0) {
    rows = rows.slice(repeated);
    notes.push({ kind: 'header-repeated', page, rows: repeated });
  }
  while (blank(rows[0])) rows = rows.slice(1);
  // The hidden rest of a cut header cell overflows into the first row under it: taken out again.
  const under = rows[0];
  if (under) {
    for (const [col, rest] of hidden) {
      const cell = under.cells[col];
      const spliced = cell ? overflowIn(cell.text, rest) : null;
      if (!cell || spliced === null) continue;
      cell.text = spliced.text;
      if (cell.lines) cell.lines = cell.lines.map((l) => overflowIn(l, rest)?.text ?? l);
      notes.push({ kind: 'header-overflow-dropped', page, row: target.rows.length + 1, text: spliced.dropped });
    }
  }
  // A row broken by the page: its first cell (the number) is empty here and filled above.
  const last = target.rows[target.rows.length - 1];
  const first = rows[0];
  if (last && first && first.cells[0]?.text === '' && last.cells[0]?.text !== '' && first.cells.some((c) => c.text !== '' && !c.spanned)) {
    last.cells.forEach((c, i) => {
      const cont = first.cells[i];
      if (cont && cont.text !== '' && !cont.spanned) c.text = `${c.text} ${cont.text}`.trim();
    });
    rows = rows.slice(1);
    notes.push({ kind: 'row-joined', page, row: target.rows.length });
  }
  const base = target.rows.length;
  rows.forEach((r, i) => target.rows.push({ ...r, row: base + i + 1 }));
  notes.push({ kind: 'table-joined', pages: [page - 1, page] });
}

/**
 * Whether `row` repeats the header row `head`: every cell the same, or — where the repeat was cut
 * short — a shorter start of it, ending at a word. Null when it is no repeat; else the cut-off rest
 * of each shortened cell, by column (empty when none was cut).
 */
function clippedRepeat(row: GridRow, head: GridRow): Map<number, string> | null {
  if (row.cells.length !== head.cells.length) return null;
  const cut = new Map<number, string>();
  let same = 0;
  for (let i = 0; i < row.cells.length; i++) {
    const a = row.cells[i]!.text;
    const b = head.cells[i]!.text;
    if (a === b) {
      if (a !== '') same++;
      continue;
    }
    if (a === '' || !b.startsWith(`${a} `)) return null;
    cut.set(i, b.slice(a.length + 1));
  }
  // At least one cell repeated whole: a data row that only starts like the header is no repeat.
  return same > 0 ? cut : null;
}

/**
 * `text` with the hidden rest of a header cell taken out, where the rest's first words were spliced
 * into it (the longest start of `rest` of two words or more, or one word of four letters or
 * more, found once): null when they are not there.
 */
function overflowIn(text: string, rest: string): { text: string; dropped: string } | null {
  const words = rest.split(' ');
  for (let k = words.length; k >= 1; k--) {
    const piece = words.slice(0, k).join(' ');
    if (k === 1 && piece.length < 4) return null;
    const at = text.indexOf(piece);
    if (at < 0 || text.indexOf(piece, at + 1) >= 0) continue;
    return { text: `${text.slice(0, at)} ${text.slice(at + piece.length)}`.replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').trim(), dropped: piece };
  }
  return null;
}

/** Rows of the header a continued table may repeat: up to the first row whose first cell is a number or code. */
function headerDepth(rows: GridRow[]): number {
  const at = rows.findIndex((r) => /^[0-9IVXivx]+[.)]?(\d+\.?)*$/.test(r.cells[0]?.text ?? ''));
  return at < 0 ? Math.min(1, rows.length) : Math.min(at, 3);
}
