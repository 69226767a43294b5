/**
 * A plan published as PDF → Grid (issue #10 item 14). The only code that touches pdf.js: it reads
 * each page's positioned text and ruling lines, and layout.ts rebuilds the tables from them.
 *
 * pdf.js runs here without a worker thread (Node) or with the page's worker (browser); either way
 * it works in slices, so a deadline can stop a damaged file or a PDF bomb. Nothing throws to the
 * caller: every failure is a typed problem the shell words.
 */

import { repairLegacyGrid } from '../import/decode';
import type { SourceNote, SourceProblem, SourceRead } from '../import/source-read';
import { inflatesBeyond } from './bomb-guard';
import type { Grid } from '../import/grid';
import { type PageContent, pagesToGrid, type Segment, type TextBox } from './layout';

// ---------------------------------------------------------------------------
// The part of pdf.js this file uses (the real module satisfies it structurally).

interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
}
interface PdfViewport {
  width: number;
  height: number;
  convertToViewportPoint(x: number, y: number): number[];
}
interface PdfPage {
  getViewport(p: { scale: number }): PdfViewport;
  streamTextContent(): { getReader(): { read(): Promise<{ done: boolean; value?: { items?: unknown[] } }>; cancel(): Promise<void> } };
  getOperatorList(p?: { annotationMode?: number }): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  cleanup(): unknown;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
}
interface PdfLoadingTask {
  promise: Promise<PdfDocument>;
  destroy(): Promise<void>;
}
export interface PdfJs {
  getDocument(src: Record<string, unknown>): PdfLoadingTask;
  OPS: Record<string, number>;
  AnnotationMode?: Record<string, number>;
}

export type PdfProblem = SourceProblem;
export type PdfNote = SourceNote;

export type PdfResult = { ok: true; grid: Grid; pages: number; notes: PdfNote[] } | { ok: false; problem: PdfProblem };

export interface ReadPdfOptions {
  /** The pdf.js module; by default its legacy build, loaded when first needed. */
  pdfjs?: PdfJs;
  /** Milliseconds before giving up (default 20 000). */
  timeoutMs?: number;
  /** Pages read at most (default 300; a plan has a few dozen). */
  maxPages?: number;
  /** Bytes the file's compressed streams may inflate to (default MAX_INFLATED_BYTES, 128 MB). */
  maxInflatedBytes?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_MAX_PAGES = 300;
/** Caps on what one document may produce, so a hostile file cannot exhaust memory before the deadline. */
const MAX_TEXT_ITEMS = 200_000;
const MAX_SEGMENTS = 500_000;

class Timeout extends Error {}

/**
 * pdf.js and its worker code, run on this thread: pdf.js uses `globalThis.pdfjsWorker` when set
 * instead of loading './pdf.worker.mjs' beside itself, which is not there once bundled (the CLI).
 * The pane may pass its own pdf.js with a real worker thread instead.
 */
async function loadPdfJs(): Promise<PdfJs> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
  const g = globalThis as { pdfjsWorker?: unknown };
  g.pdfjsWorker ??= worker;
  return pdfjs as unknown as PdfJs;
}

/** Reads a PDF plan's tables into a Grid; never throws. */
export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfResult> {
  if (!isPdf(bytes)) return { ok: false, problem: { reason: 'not-pdf' } };
  if (await inflatesBeyond(bytes, options.maxInflatedBytes)) return { ok: false, problem: { reason: 'too-much-content', page: null } };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  let task: PdfLoadingTask | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), timeoutMs);
  });
  const within = <T>(p: Promise<T>): Promise<T> => Promise.race([p, deadline]);
  try {
    const pdfjs = options.pdfjs ?? (await within(loadPdfJs()));
    task = pdfjs.getDocument({
      // pdf.js takes ownership of (detaches) the buffer it is given: give it a copy.
      data: bytes.slice(),
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      // Images are never drawn here: skip decoding them (scans, logos) altogether.
      maxImageSize: 1,
      isOffscreenCanvasSupported: false,
      stopAtErrors: false,
      enableXfa: false,
    });
    const doc = await within(task.promise);
    if (doc.numPages > maxPages) return { ok: false, problem: { reason: 'too-many-pages', pages: doc.numPages, limit: maxPages } };
    const pages: PageContent[] = [];
    const withoutText: number[] = [];
    let items = 0;
    let segments = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await within(doc.getPage(n));
      const viewport = page.getViewport({ scale: 1 });
      const raw = await within(streamItems(page, MAX_TEXT_ITEMS - items));
      if (raw === null) return { ok: false, problem: { reason: 'too-much-content', page: n } };
      const texts = textBoxes(raw, viewport);
      items += raw.length;
      if (texts.length === 0) {
        withoutText.push(n);
        pages.push({ width: viewport.width, height: viewport.height, texts, segments: [] });
        page.cleanup();
        continue;
      }
      const ops = await within(page.getOperatorList(pdfjs.AnnotationMode ? { annotationMode: pdfjs.AnnotationMode['DISABLE'] ?? 0 } : {}));
      const rules = ruleSegments(ops, pdfjs.OPS, viewport);
      segments += rules.length;
      pages.push({ width: viewport.width, height: viewport.height, texts, segments: rules });
      page.cleanup();
      if (segments > MAX_SEGMENTS) return { ok: false, problem: { reason: 'too-much-content', page: n } };
    }
    if (withoutText.length === doc.numPages) return { ok: false, problem: { reason: 'no-text-layer', pages: doc.numPages } };
    const { grid, notes } = pagesToGrid(pages);
    if (grid.blocks.length === 0) return { ok: false, problem: { reason: 'no-ruled-table', pages: doc.numPages } };
    const repaired = repairLegacyGrid(grid);
    if (!repaired.ok) return { ok: false, problem: repaired.problem };
    const all: PdfNote[] = [...notes, ...repaired.notes];
    if (withoutText.length > 0) all.push({ kind: 'pages-without-text', pages: withoutText });
    return { ok: true, grid: repaired.grid, pages: doc.numPages, notes: all };
  } catch (e) {
    if (e instanceof Timeout) return { ok: false, problem: { reason: 'too-slow', seconds: timeoutMs / 1000 } };
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException') return { ok: false, problem: { reason: 'pdf-encrypted' } };
    return { ok: false, problem: { reason: 'pdf-damaged', detail: e instanceof Error ? e.message : String(e) } };
  } finally {
    clearTimeout(timer);
    // Ends pdf.js's work on this document, also when the deadline stopped it half way.
    task?.destroy().catch(() => undefined);
  }
}

/** A PDF plan as a source for the importer (its tables as a grid), with what the reader did. */
export async function readPdfFile(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<SourceRead> {
  const r = await readPdf(bytes, options);
  return r.ok ? { ok: true, source: { kind: 'grid', grid: r.grid }, notes: r.notes } : r;
}

/** A page's text items as pdf.js streams them, or null as soon as there are more than `cap`. */
async function streamItems(page: PdfPage, cap: number): Promise<unknown[] | null> {
  const reader = page.streamTextContent().getReader();
  const items: unknown[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return items;
    for (const it of value?.items ?? []) items.push(it);
    if (items.length > cap) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
  }
}

/** '%PDF-' within the first KB, as readers accept it. */
function isPdf(bytes: Uint8Array): boolean {
  if (!(bytes instanceof Uint8Array) || bytes.length < 8) return false;
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(1024, bytes.length)));
  return head.includes('%PDF-');
}

function isTextItem(v: unknown): v is PdfTextItem {
  return typeof v === 'object' && v !== null && typeof (v as PdfTextItem).str === 'string' && Array.isArray((v as PdfTextItem).transform);
}

function textBoxes(items: unknown[], viewport: PdfViewport): TextBox[] {
  const out: TextBox[] = [];
  for (const it of items) {
    if (!isTextItem(it) || !it.str?.trim()) continue;
    const t = it.transform ?? [];
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = t;
    const [x = 0, y = 0] = viewport.convertToViewportPoint(e, f);
    const size = Math.hypot(c, d) || Math.hypot(a, b) || 1;
    out.push({ text: it.str, x, y, width: it.width ?? 0, size });
  }
  return out;
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** pdf.js path codes (DrawOPS): moveTo, lineTo, curveTo, quadraticCurveTo, closePath. */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;
/** A filled rectangle this thin is a rule (many programs draw borders as thin filled boxes). */
const THIN = 2.5;

/** Straight lines stroked on the page (and thin filled boxes), in top-down page coordinates. */
function ruleSegments(ops: { fnArray: number[]; argsArray: unknown[] }, OPS: Record<string, number>, viewport: PdfViewport): Segment[] {
  const strokes = new Set(['stroke', 'closeStroke', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke'].map((k) => OPS[k]));
  const fills = new Set(['fill', 'eoFill'].map((k) => OPS[k]));
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const out: Segment[] = [];
  const point = (x: number, y: number): [number, number] => {
    const px = ctm[0] * x + ctm[2] * y + ctm[4];
    const py = ctm[1] * x + ctm[3] * y + ctm[5];
    const [vx = 0, vy = 0] = viewport.convertToViewportPoint(px, py);
    return [vx, vy];
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i];
    if (fn === OPS['save']) stack.push(ctm);
    else if (fn === OPS['restore']) ctm = stack.pop() ?? ctm;
    else if (fn === OPS['transform'] && Array.isArray(args) && args.length >= 6) ctm = multiply(ctm, args.slice(0, 6).map(Number) as Matrix);
    else if (fn === OPS['constructPath'] && Array.isArray(args)) {
      const op = args[0];
      const data: unknown = Array.isArray(args[1]) ? args[1][0] : null;
      // ArrayBuffer.isView, not instanceof: the typed array may come from another realm (a worker, a test sandbox).
      if (!(ArrayBuffer.isView(data) || Array.isArray(data))) continue;
      const isStroke = strokes.has(typeof op === 'number' ? op : -1);
      const isFill = fills.has(typeof op === 'number' ? op : -1);
      if (!isStroke && !isFill) continue;
      for (const sub of subpaths(Array.from(data as ArrayLike<number>))) {
        const pts = sub.points.map(([x, y]) => point(x, y));
        if (isStroke) {
          for (let k = 1; k < pts.length; k++) out.push(seg(pts[k - 1]!, pts[k]!));
          if (sub.closed && pts.length > 2) out.push(seg(pts[pts.length - 1]!, pts[0]!));
        } else {
          const thin = thinBox(pts);
          if (thin) out.push(thin);
        }
      }
    }
  }
  return out;
}

function seg(a: [number, number], b: [number, number]): Segment {
  return { x0: a[0], y0: a[1], x1: b[0], y1: b[1] };
}

/** Subpaths of straight pieces; a curve ends the piece (tables are not drawn with curves). */
function subpaths(data: number[]): { points: [number, number][]; closed: boolean }[] {
  const out: { points: [number, number][]; closed: boolean }[] = [];
  let current: [number, number][] = [];
  const flush = (closed: boolean) => {
    if (current.length > 1) out.push({ points: current, closed });
    current = [];
  };
  for (let k = 0; k < data.length; ) {
    const code = data[k];
    if (code === MOVE) {
      flush(false);
      current.push([data[k + 1] ?? 0, data[k + 2] ?? 0]);
      k += 3;
    } else if (code === LINE) {
      current.push([data[k + 1] ?? 0, data[k + 2] ?? 0]);
      k += 3;
    } else if (code === CURVE) {
      flush(false);
      current.push([data[k + 5] ?? 0, data[k + 6] ?? 0]);
      k += 7;
    } else if (code === QUAD) {
      flush(false);
      current.push([data[k + 3] ?? 0, data[k + 4] ?? 0]);
      k += 5;
    } else if (code === CLOSE) {
      const start = current[0];
      flush(true);
      if (start) current.push(start);
      k += 1;
    } else break; // unknown code: stop reading this path rather than misread it
  }
  flush(false);
  return out;
}

/** A filled axis-aligned box thinner than THIN in one direction: the rule along its middle. */
function thinBox(pts: [number, number][]): Segment | null {
  if (pts.length < 4 || pts.length > 5) return null;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  if (y1 - y0 <= THIN && x1 - x0 > THIN) return { x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 };
  if (x1 - x0 <= THIN && y1 - y0 > THIN) return { x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 };
  return null;
}
