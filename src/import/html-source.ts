/**
 * HTML source → Grid (DESIGN §3): every <table> of a published plan page becomes one block.
 *
 * Pure core: no DOMParser (not available in Node, and the core must not touch the DOM).
 * htmlparser2 tokenizes (pure JS, tolerant like browsers); this file keeps only what tables
 * need: the rowspan/colspan layout, captions and the heading, and never throws.
 */

import { Parser } from 'htmlparser2';
import { WINDOWS_1252_80_9F } from './decode';
import { fold } from '../plan/text';
import type { Grid, GridBlock } from './grid';
import { Budget, layoutSpans, SYNTHETIC_BUDGET } from './span-layout';

// ---------------------------------------------------------------------------
// Text helpers

/** Collapse every run of whitespace (JS \s includes U+00A0, so &nbsp; becomes a plain space). */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A cell: its text collapsed, and its paragraphs (p, br, div) kept apart when it has several — a list typed one item per line. */
function spanCell(raw: string, colspan: number, rowspan: number): { text: string; lines?: string[]; colspan: number; rowspan: number } {
  const lines = raw.split('\n').map(clean).filter(Boolean);
  return lines.length > 1 ? { text: clean(raw), lines, colspan, rowspan } : { text: clean(raw), colspan, rowspan };
}

const LATIN1_A0 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

/** Named entities seen in Vietnamese government pages (Latin-1 letters are common in older CMSs). */
const NAMED: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>([
    ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"],
    ['ndash', '\u2013'], ['mdash', '\u2014'], ['hellip', '\u2026'],
    ['ldquo', '\u201C'], ['rdquo', '\u201D'], ['lsquo', '\u2018'], ['rsquo', '\u2019'],
    ['sbquo', '\u201A'], ['bdquo', '\u201E'], ['bull', '\u2022'], ['prime', '\u2032'],
    ['minus', '\u2212'], ['euro', '\u20AC'], ['trade', '\u2122'], ['dagger', '\u2020'],
    ['ensp', '\u2002'], ['emsp', '\u2003'], ['thinsp', '\u2009'],
    // Invisible format characters would only break text matching downstream.
    ['zwnj', ''], ['zwj', ''], ['lrm', ''], ['rlm', ''],
    // HTML5 names for Vietnamese letters outside Latin-1.
    ['Dstrok', '\u0110'], ['dstrok', '\u0111'], ['Abreve', '\u0102'], ['abreve', '\u0103'],
    ['Itilde', '\u0128'], ['itilde', '\u0129'], ['Utilde', '\u0168'], ['utilde', '\u0169'],
  ]);
  LATIN1_A0.split(' ').forEach((name, k) => m.set(name, String.fromCharCode(0xa0 + k)));
  m.set('shy', ''); // soft hyphen is invisible
  return m;
})();

/** Names browsers also decode without the trailing semicolon (the ones actually met in the wild). */
const LEGACY_NO_SEMI = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);

/** Browsers map numeric references in 0x80–0x9F to Windows-1252 (pages saved from Word use &#150; etc.). */
const CP1252 = WINDOWS_1252_80_9F;

function fromCodePoint(digits: string, radix: number): string {
  // Too many digits is out of range anyway; checking length first avoids huge parses.
  let cp = digits.length > 8 ? Number.NaN : parseInt(digits, radix);
  cp = CP1252.get(cp) ?? cp;
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(cp);
}

const ENTITY = /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([a-zA-Z][a-zA-Z0-9]{0,31}))(;?)/g;

export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(ENTITY, (whole: string, dec?: string, hex?: string, name?: string, semi?: string) => {
    if (dec !== undefined) return fromCodePoint(dec, 10);
    if (hex !== undefined) return fromCodePoint(hex, 16);
    if (name === undefined) return whole;
    const value = NAMED.get(name);
    if (value === undefined || (semi !== ';' && !LEGACY_NO_SEMI.has(name))) return whole;
    return value;
  });
}

// ---------------------------------------------------------------------------
// Tokenizing: htmlparser2 (tolerant, streaming, pure JS), fed into a small sink that keeps only tables

interface TokenSink {
  text(raw: string): void;
  start(name: string, attrs: Readonly<Record<string, string>>): void;
  end(name: string): void;
}

/** Elements whose content is not part of the page's text; skipped whole (scripts, styles, page chrome). */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'noscript', 'template', 'iframe', 'noembed', 'noframes']);

/**
 * Runs htmlparser2 over the page and hands the sink what browsers would see: implied closers
 * (a new <td> closes the open one, end of input closes everything), raw-text elements dropped,
 * comments and doctypes ignored. Entities are decoded here (decodeEntities above), on whole runs
 * of text, so a run split by the parser is never decoded in halves.
 */
function tokenize(html: string, sink: TokenSink): void {
  let pending: string[] = [];
  /** Name of the raw-text element being skipped, and how deep in same-named elements we are. */
  let skipping: string | null = null;
  let skipDepth = 0;
  const flushText = (): void => {
    if (pending.length === 0) return;
    const raw = pending.join('');
    pending = [];
    sink.text(raw);
  };
  const parser = new Parser(
    {
      ontext(data) {
        if (skipping === null) pending.push(data);
      },
      onopentag(name, attribs) {
        if (skipping !== null) {
          if (name === skipping) skipDepth++;
          return;
        }
        flushText();
        if (RAW_TEXT.has(name)) {
          skipping = name;
          skipDepth = 1;
          return;
        }
        sink.start(name, attribs);
      },
      onclosetag(name) {
        if (skipping !== null) {
          if (name === skipping && --skipDepth === 0) skipping = null;
          return;
        }
        flushText();
        sink.end(name);
      },
    },
    // Our own entity decoding keeps what browsers do with Word's &#150; and friends (see decodeEntities).
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  flushText();
}

// ---------------------------------------------------------------------------
// Tree building (only what tables need)

/** Tags that start a new line of free text, or a space inside a cell. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'option', 'legend',
]);

const MAX_SPAN = 1000;

interface RawCell {
  parts: string[];
  colspan: number;
  rowspan: number;
}

interface TableState {
  caption: string[];
  /** The free-text lines before the table (its caption without <caption> and stray table text). */
  before: string[];
  rows: RawCell[][];
  row: RawCell[] | null;
  cell: RawCell | null;
  /** Text inside the table but outside cells (<caption>, stray text browsers move before the table). */
  loose: string[];
  /** The table whose cell holds this one (a portal page's layout table around the article), or null. */
  outer: TableState | null;
  /** It held a table of its own (rows and columns): page layout around data, not a block. */
  container: boolean;
  /** Tables around it (0 for a table in the page). */
  depth: number;
  /** Depth of tables nested in the current cell beyond MAX_NESTING: their text is flattened into it. */
  flattened: number;
}

/** Page layout nests a table or two; beyond this a table's text is the cell's (50,000 nested tables cost one pass). */
const MAX_NESTING = 8;

function parseSpan(value: string | undefined, zeroMeans: number): number {
  if (value === undefined) return 1;
  const m = /^\s*\+?(\d+)/.exec(value);
  if (!m || m[1] === undefined) return 1;
  const v = m[1].length > 6 ? MAX_SPAN : Number(m[1]);
  if (v === 0) return zeroMeans;
  return Math.min(Math.max(v, 1), MAX_SPAN);
}

/** Marks of a plan's heading or signature, never of an appendix table (folded: no diacritics, lowercase). */
const LAYOUT_MARK = /cong hoa xa hoi chu nghia|doc lap tu do hanh phuc|^so \d|^noi nhan/;
const MAX_LAYOUT_COLUMNS = 3;
const MAX_LAYOUT_ROWS = 10;

/** A small table of at most three columns holding the national motto, 'Số: …' or 'Nơi nhận': page layout, not data. */
function isLayoutTable(rows: RawCell[][]): boolean {
  if (rows.length === 0 || rows.length > MAX_LAYOUT_ROWS) return false;
  if (rows.some((r) => r.reduce((w, c) => w + c.colspan, 0) > MAX_LAYOUT_COLUMNS)) return false;
  return rows.some((r) => r.some((c) => c.parts.join('').split('\n').some((line) => LAYOUT_MARK.test(fold(line)))));
}

/** A layout table's text column by column (left: issuer and number; right: motto, place and date), a line per line break. */
function layoutLines(rows: RawCell[][]): string[] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const lines: string[] = [];
  for (let col = 0; col < width; col++) {
    for (const r of rows) {
      for (const line of (r[col]?.parts.join('') ?? '').split('\n')) {
        const text = clean(line);
        if (text !== '') lines.push(text);
      }
    }
  }
  return lines;
}

/**
 * Parses an HTML page into a grid: one block per <table>, free text before a table as its caption,
 * text before the first table also as the preamble, text after the last table as the trailing
 * text (where an appendix heading with no table under it is looked for). A heading or signature
 * laid out as a small table (isLayoutTable) is free text, not a block; a table inside a table's cell
 * (a portal's layout around the article) is a block of its own, the layout around it free text.
 */
export function htmlToGrid(html: string): Grid {
  const source = typeof html === 'string' ? html : '';
  const budget = new Budget(SYNTHETIC_BUDGET);
  const blocks: GridBlock[] = [];
  let preamble: string[] | null = null;
  let pendingLines: string[] = [];
  let lineParts: string[] = [];
  let table: TableState | null = null;

  const flushLine = (): void => {
    if (lineParts.length === 0) return;
    const line = clean(lineParts.join(''));
    lineParts = [];
    if (line !== '') pendingLines.push(line);
  };
  const flushLoose = (t: TableState): void => {
    if (t.loose.length === 0) return;
    const line = clean(t.loose.join(''));
    t.loose = [];
    if (line !== '') t.caption.push(line);
  };
  /** A block element (p, div, li…) inside a table: a space within a cell, a line break outside one. */
  const blockBoundary = (t: TableState): void => {
    // A line break inside a cell: a space for the grid, a line of its own if the table is page layout.
    if (t.cell) t.cell.parts.push('\n');
    else flushLoose(t);
  };
  const closeCell = (t: TableState): void => {
    if (t.cell && t.row) t.row.push(t.cell);
    t.cell = null;
  };
  const closeRow = (t: TableState): void => {
    closeCell(t);
    if (t.row) t.rows.push(t.row);
    t.row = null;
  };
  const finishTable = (t: TableState): void => {
    closeRow(t);
    flushLoose(t);
    table = t.outer;
    if (t.outer !== null) {
      const outer = t.outer;
      if (!isLayoutTable(t.rows) && (t.rows.length < 2 || t.rows.every((r) => r.length < 2))) {
        // A small table inside a cell (a list laid out as one row or one column): its text is the cell's.
        for (const r of t.rows) outer.cell?.parts.push('\n', r.map((c) => c.parts.join('')).join(' '));
        outer.cell?.parts.push('\n');
        return;
      }
      // A table inside a table's cell: the page's layout around the article (a portal's columns).
      // The layout's text so far is the free text before this table, as if the layout were not there.
      outer.container = true;
      t.caption = [...pendingLines, ...unemittedLines(outer), ...t.caption];
      t.before = [...t.caption];
      pendingLines = [];
    }
    if (t.container) {
      // Page layout around tables: what it still holds (a signature, a footnote) is free text.
      pendingLines = [...pendingLines, ...unemittedLines(t)];
      return;
    }
    if (isLayoutTable(t.rows)) {
      // The heading (issuer, number, motto, place and date) or the signature laid out as a table: free text.
      pendingLines = [...t.caption, ...layoutLines(t.rows)];
      return;
    }
    if (preamble === null) preamble = t.before;
    blocks.push({ caption: t.caption, rows: layoutSpans(t.rows.map((r) => r.map((c) => spanCell(c.parts.join(''), c.colspan, c.rowspan))), budget) });
  };
  const openTable = (outer: TableState | null = null): TableState => {
    flushLine();
    // Inside a cell, the caption is made when the table closes: only then is it known to be a table of its own.
    const caption = outer === null ? pendingLines : [];
    const t: TableState = { caption, before: [...caption], rows: [], row: null, cell: null, loose: [], outer, container: false, depth: outer === null ? 0 : outer.depth + 1, flattened: 0 };
    if (outer === null) pendingLines = [];
    return t;
  };
  /** The text of an outer table's cells not yet given to a table inside it, a line per line break; then forgotten. */
  const unemittedLines = (t: TableState): string[] => {
    const lines: string[] = [];
    const add = (parts: string[]) => {
      for (const line of parts.join('').split('\n')) {
        const text = clean(line);
        if (text !== '') lines.push(text);
      }
    };
    for (const r of t.rows) for (const c of r) add(c.parts);
    for (const c of t.row ?? []) add(c.parts);
    if (t.cell) add(t.cell.parts);
    t.rows = [];
    if (t.row) t.row = [];
    if (t.cell) t.cell.parts = [];
    return lines;
  };

  const sink: TokenSink = {
    text(raw) {
      const t = table;
      const decoded = decodeEntities(raw);
      if (t === null) lineParts.push(decoded);
      else if (t.cell) t.cell.parts.push(decoded);
      else t.loose.push(decoded);
    },
    start(name, attrs) {
      const t = table;
      if (t === null) {
        if (name === 'table') table = openTable();
        else if (BLOCK.has(name)) flushLine();
        return;
      }
      if (t.flattened > 0) {
        if (name === 'table') t.flattened++;
        if (BLOCK.has(name)) t.cell?.parts.push('\n');
        return;
      }
      switch (name) {
        case 'table':
          if (t.cell) {
            t.cell.parts.push('\n');
            if (t.depth >= MAX_NESTING) t.flattened = 1;
            else table = openTable(t);
          } else {
            // A <table> directly inside a table's structure ends it (as browsers do).
            const outer = t.outer;
            finishTable(t);
            table = openTable(outer);
          }
          return;
        case 'tr':
          closeRow(t);
          t.row = [];
          return;
        case 'td':
        case 'th':
          closeCell(t);
          if (!t.row) t.row = []; // a cell outside any <tr> implies one
          t.cell = {
            parts: [],
            colspan: parseSpan(attrs['colspan'], 1),
            // rowspan=0 means "to the end of the section"; the layout clamps it to the rows that exist.
            rowspan: parseSpan(attrs['rowspan'], MAX_SPAN),
          };
          return;
        case 'thead':
        case 'tbody':
        case 'tfoot':
        case 'caption':
          closeRow(t);
          flushLoose(t);
          return;
        default:
          if (BLOCK.has(name)) blockBoundary(t);
      }
    },
    end(name) {
      const t = table;
      if (t === null) {
        if (BLOCK.has(name)) flushLine();
        return;
      }
      if (t.flattened > 0) {
        if (name === 'table') t.flattened--;
        if (BLOCK.has(name)) t.cell?.parts.push('\n');
        return;
      }
      switch (name) {
        case 'table':
          finishTable(t);
          return;
        case 'td':
        case 'th':
          closeCell(t);
          return;
        case 'tr':
        case 'thead':
        case 'tbody':
        case 'tfoot':
          closeRow(t);
          return;
        case 'caption':
          flushLoose(t);
          return;
        default:
          if (BLOCK.has(name)) blockBoundary(t);
      }
    },
  };

  tokenize(source, sink);
  // An unclosed table still counts, as in browsers (and so does every table around it).
  for (let open: TableState | null = table; open !== null; open = table) finishTable(open);
  flushLine();
  if (preamble === null) {
    // No table at all: everything is preamble (there is no "after the last table").
    return { kind: 'html', preamble: pendingLines, blocks };
  }
  return { kind: 'html', preamble, blocks, trailing: pendingLines };
}
