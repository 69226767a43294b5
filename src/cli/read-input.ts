import { extname } from 'node:path';
import type { PlanSource } from '../import';
import { readRegularFile, type FileProblem } from './returns-folder';

export type InputProblem = FileProblem | 'binary' | 'empty';

export type InputResult =
  | { ok: true; kind: 'plan'; source: PlanSource }
  | { ok: true; kind: 'workbook'; bytes: Uint8Array }
  | { ok: false; problem: InputProblem };

/** A plan as text or HTML (by extension, else by its first characters), or a workbook (.xlsx or a zip). */
export async function readInputFile(path: string): Promise<InputResult> {
  // Plans are a few hundred KB and workbooks a few MB; far larger files, FIFOs and devices are refused before they are read.
  const read = await readRegularFile(path);
  if (!read.ok) return { ok: false, problem: read.problem };
  const bytes = Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
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
