import { runChecks } from '../checks';
import { importPlan, type PlanSource } from '../import';
import type { Finding, Plan } from '../plan/schema';
import { readPlan } from '../plan-workbook/read';
import type { ReadWorkbook } from '../workbook-kit/read-model';
import type { ReadProblem } from '../strings';

/** A plan and everything found about it, or why nothing could be read. */
export type Loaded = { ok: true; plan: Plan; findings: Finding[] } | { ok: false; problem: ReadProblem | { kind: 'docx-empty' } | { kind: 'unsupported' } };

export function loadSource(source: PlanSource): Loaded {
  const r = importPlan(source);
  if (!r.ok) return { ok: false, problem: r.error.code === 'cut-off' ? { kind: 'cut-off', line: r.error.line } : { kind: r.error.code } };
  return { ok: true, plan: r.plan, findings: [...r.findings, ...runChecks(r.plan)] };
}

export function loadWorkbook(workbook: ReadWorkbook): Loaded {
  const r = readPlan(workbook);
  if (!r.ok) return { ok: false, problem: { kind: r.problem } };
  return { ok: true, plan: r.plan, findings: [...r.findings, ...runChecks(r.plan)] };
}

/** A file the user picked: text, HTML, .docx (its tables through mammoth) or a chiso workbook. Heavy readers load only when needed. */
export async function loadFile(name: string, bytes: Uint8Array): Promise<Loaded> {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'xlsx' || ext === 'xlsm') {
    const { readWorkbook } = await import('../xlsx/read');
    const r = await readWorkbook(bytes);
    if (!r.ok) return { ok: false, problem: { kind: r.problem.kind === 'unreadable' ? 'corrupt' : r.problem.kind } };
    return loadWorkbook(r.workbook);
  }
  if (ext === 'docx') {
    const mammoth = await import('mammoth');
    // mammoth's browser build reads `arrayBuffer`, its Node build `buffer`: give both.
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const { value } = await mammoth.convertToHtml({ arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer });
    const loaded = loadSource({ kind: 'html', html: value });
    return loaded.ok || loaded.problem.kind !== 'no-table' ? loaded : { ok: false, problem: { kind: 'docx-empty' } };
  }
  if (ext !== 'txt' && ext !== 'html' && ext !== 'htm') return { ok: false, problem: { kind: 'unsupported' } };
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  return loadSource(ext === 'txt' ? { kind: 'text', text } : { kind: 'html', html: text });
}

