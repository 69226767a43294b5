import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { PlanSource } from '../import';

export type InputProblem = 'missing' | 'directory' | 'too-large' | 'binary' | 'empty' | 'unreadable';

export type InputResult =
  | { ok: true; kind: 'plan'; source: PlanSource }
  | { ok: true; kind: 'workbook'; bytes: Uint8Array }
  | { ok: false; problem: InputProblem };

/** Plans are a few hundred KB and workbooks a few MB; far larger files are refused before they are read whole. */
const MAX_BYTES = 50 * 1024 * 1024;

/** A plan as text or HTML (by extension, else by its first characters), or a workbook (.xlsx or a zip). */
export async function readInputFile(path: string): Promise<InputResult> {
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
  const ext = extname(path).toLowerCase();
  // A workbook is judged by the xlsx guard, which names what is wrong with it.
  if (ext === '.xlsx' || ext === '.xlsm' || isZip(bytes)) return { ok: true, kind: 'workbook', bytes: new Uint8Array(bytes) };
  if (looksBinary(bytes)) return { ok: false, problem: 'binary' };
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (!text.trim()) return { ok: false, problem: 'empty' };
  const isHtml = ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*<(!doctype|html|table|body|head|div|p)\b/i.test(text));
  return { ok: true, kind: 'plan', source: isHtml ? { kind: 'html', html: text } : { kind: 'text', text } };
}

function isZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
}

/** PDF/image signatures or NUL bytes in the first 8 KB: not a text plan. */
function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  const magic = head.subarray(0, 4).toString('latin1');
  return magic.startsWith('%PDF') || magic.startsWith('\u0089PNG') || magic.startsWith('\u00ff\u00d8');
}
