import { runChecks } from '../checks';
import { importPlan, type PlanSource } from '../import';
import type { Finding, Plan } from '../plan/schema';
import { readPlan } from '../plan-workbook/read';
import type { ReadWorkbook } from '../workbook-kit/read-model';
import type { ReadProblem } from '../strings';

/** A plan and everything found about it, or why nothing could be read. */
export type Loaded = { ok: true; plan: Plan; findings: Finding[] } | { ok: false; problem: ReadProblem | 'docx-empty' | 'unsupported'; line: number | null };

export function loadSource(source: PlanSource): Loaded {
  const r = importPlan(source);
  if (!r.ok) return { ok: false, problem: r.error.code, line: r.error.line };
  return { ok: true, plan: r.plan, findings: [...r.findings, ...runChecks(r.plan)] };
}

export function loadWorkbook(workbook: ReadWorkbook): Loaded {
  const r = readPlan(workbook);
  if (!r.ok) return { ok: false, problem: r.problem, line: null };
  return { ok: true, plan: r.plan, findings: [...r.findings, ...runChecks(r.plan)] };
}

/** A file the user picked: text, HTML, .docx (its tables through mammoth) or a chiso workbook. Heavy readers load only when needed. */
export async function loadFile(name: string, bytes: Uint8Array, signal?: AbortSignal): Promise<Loaded> {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'xlsx' || ext === 'xlsm') {
    // In a Web Worker, with a time limit: Excel's UI thread never waits on a workbook.
    const { readInWorker } = await import('./worker-read');
    const r = await readInWorker(bytes, { signal });
    if (!r.ok) return { ok: false, problem: r.problem.kind === 'unreadable' ? 'corrupt' : r.problem.kind, line: null };
    return loadWorkbook(r.workbook);
  }
  if (ext === 'docx') {
    const mammoth = await import('mammoth');
    // mammoth's browser build reads `arrayBuffer`, its Node build `buffer`: give both.
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const { value } = await mammoth.convertToHtml({ arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer });
    const loaded = loadSource({ kind: 'html', html: value });
    return loaded.ok || loaded.problem !== 'no-table' ? loaded : { ok: false, problem: 'docx-empty', line: null };
  }
  if (ext !== 'txt' && ext !== 'html' && ext !== 'htm') return { ok: false, problem: 'unsupported', line: null };
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  return loadSource(ext === 'txt' ? { kind: 'text', text } : { kind: 'html', html: text });
}

