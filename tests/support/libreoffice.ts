import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { convert as convertWith, sofficePath, type Target } from '../../src/cli/libreoffice';

/**
 * LibreOffice and poppler as independent judges of the workbooks. Under CI nothing is skipped:
 * a missing tool fails the run (scripts/system-deps.sh installs them on Debian).
 */

export const hasLibreOffice = (): boolean => sofficePath() !== null && commandExists('pdfinfo');

export const describeWithLibreOffice: jest.Describe = process.env.CI === 'true' || hasLibreOffice() ? describe : describe.skip;

function commandExists(name: string): boolean {
  return (process.env.PATH ?? '').split(':').some((d) => d && existsSync(join(d, name)));
}

/** Converts with a profile that forces recalculation; CSV returns every sheet's file by sheet name. */
export async function convert(input: string, target: 'xlsx' | 'pdf', outDir: string, options?: { recalc?: boolean }): Promise<string>;
export async function convert(input: string, target: 'csv', outDir: string, options?: { recalc?: boolean }): Promise<Record<string, string>>;
export async function convert(input: string, target: Target, outDir: string): Promise<string | Record<string, string>> {
  const out = await convertWith(input, target, outDir);
  if (target !== 'csv') return out;
  // soffice names each sheet's file '<base>-<sheet name>.csv'.
  const base = basename(input, extname(input));
  const sheets: Record<string, string> = {};
  for (const f of readdirSync(outDir)) {
    if (f.startsWith(`${base}-`) && f.endsWith('.csv')) sheets[f.slice(base.length + 1, -4)] = join(outDir, f);
  }
  if (Object.keys(sheets).length === 0) throw new Error(`soffice wrote no CSV for ${input}`);
  return sheets;
}

/** RFC 4180 CSV, UTF-8. */
export function readCsv(path: string): string[][] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export function pdfPageSizes(pdf: string): { page: number; width: number; height: number }[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), pdf], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ page: Number(m[1]), width: Number(m[2]), height: Number(m[3]) }));
}

export function pdfText(pdf: string, opts: { firstPage?: number; lastPage?: number } = {}): string {
  const args = ['-layout', ...(opts.firstPage ? ['-f', String(opts.firstPage)] : []), ...(opts.lastPage ? ['-l', String(opts.lastPage)] : []), pdf, '-'];
  return execFileSync('pdftotext', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** One page as PNG (80 dpi), to look at. */
export function renderPage(pdf: string, page: number, prefix: string, dpi = 80): string {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
  return `${prefix}.png`;
}
