import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { PlanSource } from '../import';

export type InputProblem = 'missing' | 'directory' | 'too-large' | 'binary' | 'empty' | 'unreadable';

export type InputResult = { ok: true; source: PlanSource } | { ok: false; problem: InputProblem };

/** Plans are a few hundred KB; anything far larger is not a plan and must not be read into memory whole. */
const MAX_BYTES = 50 * 1024 * 1024;

/** Reads a plan file as text or HTML (by extension, else by its first characters). */
export async function readPlanFile(path: string): Promise<InputResult> {
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) return { ok: false, problem: 'directory' };
    size = s.size;
  } catch {
    return { ok: false, problem: 'missing' };
  }
  if (size > MAX_BYTES) return { ok: false, problem: 'too-large' };
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (looksBinary(bytes)) return { ok: false, problem: 'binary' };
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (!text.trim()) return { ok: false, problem: 'empty' };
  const ext = extname(path).toLowerCase();
  const isHtml = ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*<(!doctype|html|table|body|head|div|p)\b/i.test(text));
  return { ok: true, source: isHtml ? { kind: 'html', html: text } : { kind: 'text', text } };
}

/** Zip/PDF/image signatures or NUL bytes in the first 8 KB: not a text plan. */
function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  const magic = head.subarray(0, 4).toString('latin1');
  return magic.startsWith('PK\u0003\u0004') || magic.startsWith('%PDF') || magic.startsWith('\u0089PNG') || magic.startsWith('\u00ff\u00d8');
}
