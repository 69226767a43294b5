import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { onPath, sofficePath } from '../../src/cli/libreoffice';

/**
 * LibreOffice and poppler as independent judges of the workbooks we write.
 *
 * - Tests that need them use `describeWithLibreOffice`: under CI=true they always run (a missing
 *   tool fails them loudly; scripts/system-deps.sh installs the tools on Debian), elsewhere they are
 *   skipped when the tools are missing.
 * - `convert` runs `soffice --headless --convert-to` with a private profile per process and mode,
 *   whose registrymodifications.xcu forces recalculation on load (LibreOffice otherwise keeps the
 *   cached formula results of an .xlsx). One soffice per profile at a time: calls are queued.
 * - soffice exits 0 even when it fails, so the output file is checked and its stderr reported.
 */

export type Target = 'xlsx' | 'pdf' | 'csv' | OtherTarget;
/** What other programs save a workbook (or a Word document) as, for tests of files that are not .xlsx. */
export type OtherTarget = 'ods' | 'xls' | 'html' | 'doc';

export interface ConvertOptions {
  /** Force recalculation of every formula on load (default true); false keeps cached results. */
  recalc?: boolean;
  /** Kill soffice after this long (default 120 s). */
  timeoutMs?: number;
}

export interface CsvOptions extends ConvertOptions {
  /** Export only this sheet (1-based); default: every sheet to its own file. */
  sheet?: number;
}

const FILTERS: Record<Target, string> = {
  xlsx: 'xlsx:Calc MS Excel 2007 XML',
  pdf: 'pdf',
  // Tokens: 44 ',' separator, 34 '"' text delimiter, 76 UTF-8, start row 1, no column formats,
  // language default, quote all text false, detect special numbers true, save as shown false,
  // export formulas false, remove space false, then the sheet: -1 = each sheet to
  // '<base>-<sheet name>.csv', N = only the Nth sheet (same naming).
  csv: 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,',
  ods: 'ods',
  xls: 'xls:MS Excel 97',
  html: 'html:HTML (StarCalc)',
  doc: 'doc:MS Word 97',
};

const DEFAULT_TIMEOUT_MS = 120_000;
const INSTALL_HINT = 'run `bash scripts/system-deps.sh` (Debian: apt-get install libreoffice-calc-nogui fonts-liberation2 fonts-crosextra-carlito poppler-utils)';

// ---------------------------------------------------------------------------------------------
// Which tools are here (found as the CLI finds them)

export function hasLibreOffice(): boolean {
  return sofficePath() !== null;
}

export function hasPoppler(): boolean {
  return ['pdfinfo', 'pdftotext', 'pdftoppm'].every((t) => onPath(t) !== null);
}

/** The tools these helpers need that are not on PATH. */
export function missingTools(): string[] {
  return [
    ...(hasLibreOffice() ? [] : ['soffice']),
    ...['pdfinfo', 'pdftotext', 'pdftoppm'].filter((t) => onPath(t) === null),
  ];
}

/** Throws a clear error naming what is missing and how to install it. */
export function requireTools(): void {
  const missing = missingTools();
  if (missing.length) throw new Error(`missing ${missing.join(', ')}: ${INSTALL_HINT}`);
}

/** `describe` where LibreOffice and poppler are here or CI=true (where nothing is skipped); else `describe.skip`. */
// `npm run test:unit` (CHISO_TESTS=unit) leaves them to `npm test`.
export const describeWithLibreOffice: jest.Describe =
  process.env.CHISO_TESTS !== 'unit' && (process.env.CI === 'true' || (hasLibreOffice() && hasPoppler())) ? describe : describe.skip;

// ---------------------------------------------------------------------------------------------
// Profiles and the queue

const PROFILE_PREFIX = 'chiso-lo-test-';

function registry(recalc: boolean): string {
  // 0 = always recalculate on load, 1 = never (2 would be "prompt").
  const mode = recalc ? 0 : 1;
  return `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${mode}</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>${mode}</value></prop></item>
</oor:items>
`;
}

let sweptStaleProfiles = false;

/** Removes the profiles of test processes that are gone (they are per pid). */
function sweepStaleProfiles(): void {
  if (sweptStaleProfiles) return;
  sweptStaleProfiles = true;
  for (const name of readdirSync(tmpdir())) {
    const m = /^chiso-lo-test-(\d+)-/.exec(name);
    if (!m || Number(m[1]) === process.pid) continue;
    try {
      process.kill(Number(m[1]), 0);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') rmSync(join(tmpdir(), name), { recursive: true, force: true });
    }
  }
}

/** A profile private to this process and mode; LibreOffice fills it in on first start. */
function profileDir(recalc: boolean): string {
  sweepStaleProfiles();
  const dir = join(tmpdir(), `${PROFILE_PREFIX}${process.pid}-${recalc ? 'recalc' : 'norecalc'}`);
  const xcu = join(dir, 'user', 'registrymodifications.xcu');
  const mode = recalc ? 0 : 1;
  const current = existsSync(xcu) ? readFileSync(xcu, 'utf8') : '';
  // LibreOffice rewrites the file but keeps our items; if they are gone, start the profile afresh.
  if (!new RegExp(`OOXMLRecalcMode" oor:op="fuse"><value>${mode}<`).test(current)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'user'), { recursive: true });
    writeFileSync(xcu, registry(recalc));
  }
  return dir;
}

// One queue per process (shared by every copy of this module that jest may load in one file).
const QUEUE_KEY = Symbol.for('chiso.tests.libreoffice.queue');
type Holder = { [QUEUE_KEY]?: Promise<unknown> };

function serialized<T>(job: () => Promise<T>): Promise<T> {
  const holder = globalThis as Holder;
  const previous = holder[QUEUE_KEY] ?? Promise.resolve();
  const next = previous.then(job, job);
  holder[QUEUE_KEY] = next.catch(() => undefined);
  return next;
}

interface SofficeRun {
  stdout: string;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
}

function runSoffice(args: string[], timeoutMs: number): Promise<SofficeRun> {
  const soffice = sofficePath();
  if (!soffice) return Promise.reject(new Error(`LibreOffice (soffice) is not on PATH: ${INSTALL_HINT}`));
  return new Promise((done, fail) => {
    // Its own process group, so a timeout kills the wrapper script, oosplash and soffice.bin together.
    const child = spawn(soffice, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      fail(new Error(`could not start ${soffice}: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ stdout, stderr, code, signal, timedOut });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Conversions

/**
 * Converts `input` with LibreOffice into `outDir` (created if needed) and returns the output path:
 * `<outDir>/<base>.xlsx` or `.pdf`. For 'csv' it returns every written sheet as
 * sheet name → `<outDir>/<base>-<sheet name>.csv` (see `convertToCsv`).
 * Recalculates every formula on load unless `recalc: false`.
 */
export async function convert(input: string, target: 'xlsx' | 'pdf' | OtherTarget, outDir: string, options?: ConvertOptions): Promise<string>;
export async function convert(input: string, target: 'csv', outDir: string, options?: CsvOptions): Promise<Record<string, string>>;
export async function convert(input: string, target: Target, outDir: string, options: CsvOptions = {}): Promise<string | Record<string, string>> {
  if (target === 'csv') return convertToCsv(input, outDir, options);
  const [out] = await convertRaw(input, target, outDir, FILTERS[target], options);
  return out!;
}

/** Every sheet (or only `sheet`, 1-based) as UTF-8 CSV: sheet name → path. */
export async function convertToCsv(input: string, outDir: string, options: CsvOptions = {}): Promise<Record<string, string>> {
  const sheet = options.sheet;
  if (sheet !== undefined && !(Number.isInteger(sheet) && sheet >= 1)) throw new Error(`sheet must be a 1-based sheet number, not ${sheet}`);
  const outputs = await convertRaw(input, 'csv', outDir, FILTERS.csv + String(sheet ?? -1), options);
  const base = basename(input, extname(input));
  const sheets: Record<string, string> = {};
  for (const p of outputs) sheets[basename(p).slice(base.length + 1, -'.csv'.length)] = p;
  return sheets;
}

/** Runs one conversion into a fresh staging folder, then moves what it wrote into outDir. */
function convertRaw(input: string, target: Target, outDir: string, filter: string, options: ConvertOptions): Promise<string[]> {
  const source = resolve(input);
  const out = resolve(outDir);
  const recalc = options.recalc ?? true;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return serialized(async () => {
    if (!existsSync(source)) throw new Error(`no such file to convert: ${source}`);
    mkdirSync(out, { recursive: true });
    const staging = mkdtempSync(join(out, '.soffice-'));
    try {
      const profile = profileDir(recalc);
      const args = ['--headless', '--norestore', '--nologo', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', filter, '--outdir', staging, source];
      const started = Date.now();
      const run = await runSoffice(args, timeoutMs);
      const report = () => `soffice ${args.map((a) => JSON.stringify(a)).join(' ')}\nexit ${run.code ?? run.signal} after ${Date.now() - started} ms\nstdout: ${run.stdout.trim()}\nstderr: ${run.stderr.trim()}`;
      if (run.timedOut) {
        // A killed soffice may leave its profile locked or half-written: start the next one afresh.
        rmSync(profile, { recursive: true, force: true });
        throw new Error(`soffice timed out after ${timeoutMs} ms converting ${source} to ${target}\n${report()}`);
      }
      const base = basename(source, extname(source));
      const written = readdirSync(staging).filter((f) => (target === 'csv' ? f.startsWith(`${base}-`) && f.endsWith('.csv') : f === `${base}.${target}`));
      if (written.length === 0) throw new Error(`soffice wrote no ${target} for ${source}\n${report()}`);
      return written.sort().map((f) => {
        const dest = join(out, f);
        if (dest === source) throw new Error(`converting ${source} into ${out} would overwrite it: use another outDir`);
        renameSync(join(staging, f), dest);
        return dest;
      });
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  });
}

// ---------------------------------------------------------------------------------------------
// CSV

/** RFC 4180 CSV (quoted fields with "" escapes, CRLF or LF line ends), UTF-8 with or without BOM. */
export function readCsv(path: string): string[][] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let started = false; // the current row has content (so a final line without newline counts)
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
      continue;
    }
    if (ch === '"') {
      quoted = true;
      started = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
      started = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      started = false;
    } else {
      cell += ch;
      started = true;
    }
  }
  if (quoted) throw new Error(`${path}: unterminated quoted field`);
  if (started) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// PDF (poppler)

function poppler(tool: 'pdfinfo' | 'pdftotext' | 'pdftoppm', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new Error(`${tool} (poppler-utils) is not on PATH: ${INSTALL_HINT}`);
    throw new Error(`${tool} ${args.join(' ')} failed: ${err.stderr?.trim() || err.message}`);
  }
}

/** Page count and the first page's size in points (A4 landscape: 841.89 x 595.28). */
export function pdfInfo(pdf: string): { pages: number; pageSize: { width: number; height: number } } {
  const info = poppler('pdfinfo', [pdf]);
  const pages = /^Pages:\s+(\d+)/m.exec(info);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info);
  if (!pages || !size) throw new Error(`pdfinfo ${pdf}: no page count or size in\n${info}`);
  return { pages: Number(pages[1]), pageSize: { width: Number(size[1]), height: Number(size[2]) } };
}

/** Every page's size in points. */
export function pdfPageSizes(pdf: string): { page: number; width: number; height: number }[] {
  const { pages } = pdfInfo(pdf);
  const info = poppler('pdfinfo', ['-f', '1', '-l', String(pages), pdf]);
  return [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ page: Number(m[1]), width: Number(m[2]), height: Number(m[3]) }));
}

/** The text of the PDF (or of pages firstPage..lastPage), laid out as printed unless layout: false. Pages are separated by form feeds. */
export function pdfText(pdf: string, opts: { firstPage?: number; lastPage?: number; layout?: boolean } = {}): string {
  const args = [
    ...(opts.layout === false ? [] : ['-layout']),
    '-enc', 'UTF-8',
    ...(opts.firstPage ? ['-f', String(opts.firstPage)] : []),
    ...(opts.lastPage ? ['-l', String(opts.lastPage)] : []),
    pdf,
    '-',
  ];
  return poppler('pdftotext', args);
}

/** Renders one page (1-based) to `<outPngPrefix>.png` at `dpi` and returns that path. */
export function renderPage(pdf: string, page: number, outPngPrefix: string, dpi = 80): string {
  mkdirSync(dirname(resolve(outPngPrefix)), { recursive: true });
  poppler('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, outPngPrefix]);
  const png = `${outPngPrefix}.png`;
  if (!existsSync(png)) throw new Error(`pdftoppm wrote no ${png} (page ${page} of ${pdf})`);
  return png;
}
