import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeAtomically } from './safe-write';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve, win32 } from 'node:path';
import { pathToFileURL } from 'node:url';
import which from 'which';

/** Where LibreOffice's installers put it when they leave it off the PATH (Windows always does). */
function installFolders(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [env.ProgramFiles ?? 'C:\\Program Files', env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)'];
    return roots.map((root) => win32.join(root, 'LibreOffice', 'program', 'soffice.exe'));
  }
  if (platform === 'darwin') return ['/Applications/LibreOffice.app/Contents/MacOS/soffice'];
  return [];
}

/**
 * LibreOffice's soffice: on the PATH, else in its usual install folder. `where` is for tests:
 * another platform, environment, or file system.
 */
export function sofficePath(where: { platform?: NodeJS.Platform; env?: NodeJS.ProcessEnv; exists?: (path: string) => boolean } = {}): string | null {
  const env = where.env ?? process.env;
  const exists = where.exists ?? existsSync;
  return onPath('soffice', env) ?? onPath('libreoffice', env) ?? installFolders(where.platform ?? process.platform, env).find((p) => exists(p)) ?? null;
}

/** A program on the PATH, as the shell would find it (PATHEXT on Windows: the `which` package); null when it is not installed. */
export function onPath(name: string, env: NodeJS.ProcessEnv = process.env): string | null {
  return which.sync(name, { nothrow: true, path: env.PATH ?? '' });
}

/** soffice's arguments for one headless conversion: a private profile keeps it from clashing with a LibreOffice the user has open. */
function convertArgs(profile: string, to: string, outDir: string, input: string): string[] {
  return ['--headless', '--norestore', '--nologo', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', to, '--outdir', outDir, resolve(input)];
}

function runSoffice(soffice: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise<void>((done, fail) => execFile(soffice, args, { timeout: timeoutMs }, (error) => (error ? fail(error) : done())));
}

/**
 * A plan kept in a format chiso does not read (Word's .doc, Excel's .xls, OpenDocument) saved as
 * .docx or .xlsx by LibreOffice headless, when it is installed: the bytes of the converted file, or
 * null (not installed, a password, a damaged file, too slow). Nothing is left behind.
 */
export async function convertForReading(input: string, to: 'docx' | 'xlsx', timeoutMs = 60_000): Promise<Uint8Array | null> {
  const soffice = sofficePath();
  if (!soffice) return null;
  const profile = mkdtempSync(join(tmpdir(), 'chiso-lo-'));
  const outDir = join(profile, 'out');
  try {
    await runSoffice(soffice, convertArgs(profile, to, outDir, input), timeoutMs);
    const made = join(outDir, `${basename(input, extname(input))}.${to}`);
    return existsSync(made) ? new Uint8Array(readFileSync(made)) : null;
  } catch {
    return null;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * The workbook as printed, through LibreOffice headless when it is installed. soffice exits 0
 * even when it fails, so success is the PDF existing; a private profile keeps it from clashing
 * with a LibreOffice the user has open, and is removed afterwards. out/plan.xlsx -> out/plan.pdf.
 */
export async function printToPdf(xlsx: string, timeoutMs = 180_000): Promise<{ ok: true; path: string } | { ok: false; reason: 'not-installed' | 'failed' }> {
  const soffice = sofficePath();
  if (!soffice) return { ok: false, reason: 'not-installed' };
  const profile = mkdtempSync(join(tmpdir(), 'chiso-lo-'));
  // Converted aside, then moved in whole: a failed or interrupted conversion never costs the previous PDF.
  const outDir = join(profile, 'out');
  const made = join(outDir, `${basename(xlsx, extname(xlsx))}.pdf`);
  const pdf = join(dirname(resolve(xlsx)), basename(made));
  try {
    await runSoffice(soffice, convertArgs(profile, 'pdf', outDir, xlsx), timeoutMs);
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
