import type { Strings } from '../strings';
import type { Loaded } from './load';

/** What to tell the user when nothing could be read from `file`. */
export function problemMessage(t: Strings, l: Extract<Loaded, { ok: false }>, file: string): string {
  if (l.problem.kind === 'docx-empty') return t.ui.errors.docx;
  if (l.problem.kind === 'unsupported') return t.ui.errors.unsupportedFile(file);
  return t.readProblem(l.problem, file);
}
