import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { writeAtomically } from './safe-write';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The workbook as printed, through LibreOffice headless when it is installed. soffice exits 0
 * even when it fails, so success is the PDF existing; a private profile keeps it from clashing
 * with a LibreOffice the user has open, and is removed afterwards.
 */
export function sofficePath(): string | null {
  return onPath('soffice') ?? onPath('libreoffice');
}

/** A program on the PATH, as the shell would find it; null when it is not installed. */
export function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (!dir) continue;
    const p = join(dir, name);
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      // not in this directory
    }
  }
  return null;
}

/** out/plan.xlsx -> out/plan.pdf. */
export async function printToPdf(xlsx: string, timeoutMs = 180_000): Promise<{ ok: true; path: string } | { ok: false; reason: 'not-installed' | 'failed' }> {
  const soffice = sofficePath();
  if (!soffice) return { ok: false, reason: 'not-installed' };
  const profile = mkdtempSync(join(tmpdir(), 'chiso-lo-'));
  // Converted aside, then moved in whole: a failed or interrupted conversion never costs the previous PDF.
  const outDir = join(profile, 'out');
  const made = join(outDir, `${basename(xlsx, extname(xlsx))}.pdf`);
  const pdf = join(dirname(resolve(xlsx)), basename(made));
  try {
    await new Promise<void>((done, fail) =>
      execFile(soffice, ['--headless', '--norestore', '--nologo', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', 'pdf', '--outdir', outDir, resolve(xlsx)], { timeout: timeoutMs }, (error) =>
        error ? fail(error) : done(),
      ),
    );
    if (!existsSync(made)) return { ok: false, reason: 'failed' };
    const written = await writeAtomically(pdf, new Uint8Array(readFileSync(made)));
    // Said back the way the user wrote the workbook's path.
    return written.ok ? { ok: true, path: join(dirname(xlsx), basename(pdf)) } : { ok: false, reason: 'failed' };
  } catch {
    return { ok: false, reason: 'failed' };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
