import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * LibreOffice headless as a converter: recalculated .xlsx, CSV of every sheet, or PDF as printed.
 * It keeps cached values unless its profile forces recalculation on load, it allows one soffice per
 * profile at a time, and it exits 0 even when it fails — so: a private profile per process, a
 * queue, and a check that the output exists.
 */

export type Target = 'xlsx' | 'pdf' | 'csv';

const FILTERS: Record<Target, string> = {
  xlsx: 'xlsx:Calc MS Excel 2007 XML',
  // 44 ',' separator, 34 '"' quote, 76 UTF-8, … -1: every sheet to its own file.
  csv: 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
  pdf: 'pdf',
};

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function sofficePath(): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    for (const name of ['soffice', 'libreoffice']) {
      const p = join(dir, name);
      if (dir && existsSync(p)) return p;
    }
  }
  return null;
}

let queue: Promise<unknown> = Promise.resolve();

function profileDir(): string {
  const dir = join(tmpdir(), `chiso-lo-${process.pid}`);
  const user = join(dir, 'user');
  if (!existsSync(join(user, 'registrymodifications.xcu'))) {
    mkdirSync(user, { recursive: true });
    writeFileSync(join(user, 'registrymodifications.xcu'), RECALC_PROFILE);
  }
  return dir;
}

/** Converts `input` into `outDir` and returns the output path (for CSV: the first sheet's; others sit beside it). */
export function convert(input: string, target: Target, outDir: string, timeoutMs = 180_000): Promise<string> {
  const run = async (): Promise<string> => {
    const soffice = sofficePath();
    if (!soffice) throw new Error('LibreOffice (soffice) is not installed');
    mkdirSync(outDir, { recursive: true });
    const args = ['--headless', '--norestore', '--nologo', `-env:UserInstallation=${pathToFileURL(profileDir()).href}`, '--convert-to', FILTERS[target], '--outdir', resolve(outDir), resolve(input)];
    const stderr = await new Promise<string>((done, fail) => {
      execFile(soffice, args, { timeout: timeoutMs }, (error, _out, err) => (error ? fail(new Error(`soffice failed: ${error.message} ${err}`)) : done(err)));
    });
    const base = basename(input, extname(input));
    const expected = join(outDir, `${base}.${target}`);
    if (target === 'csv') return expected;
    if (!existsSync(expected)) throw new Error(`soffice wrote no ${target} for ${input}: ${stderr.trim()}`);
    return expected;
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

/** The workbook as printed, beside it: out/plan.xlsx -> out/plan.pdf. */
export async function printToPdf(xlsx: string): Promise<{ ok: true; path: string } | { ok: false; reason: 'not-installed' | 'failed' }> {
  if (!sofficePath()) return { ok: false, reason: 'not-installed' };
  try {
    return { ok: true, path: await convert(xlsx, 'pdf', dirname(xlsx)) };
  } catch {
    return { ok: false, reason: 'failed' };
  }
}
