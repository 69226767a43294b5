import type { BusyKind, OfficeErrorCode, ReadProblem, Strings } from '../strings';

/**
 * How the pane turns what went wrong into sentences: Office.js errors by their code (their own
 * messages are English and technical), problems with pasted text or the selection without
 * calling them files.
 */

const OFFICE_CODES = new Set<string>([
  'ItemNotFound',
  'ItemAlreadyExists',
  'InvalidArgument',
  'InvalidOperation',
  'InvalidOperationInCellEditMode',
  'ApiNotFound',
  'AccessDenied',
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'GeneralException',
  'Conflict',
  'InsertDeleteConflict',
] satisfies OfficeErrorCode[]);

function isOfficeCode(code: unknown): code is OfficeErrorCode {
  return typeof code === 'string' && OFFICE_CODES.has(code);
}

/** An error thrown while doing `kind`, in the user's language: an Office.js code worded, anything else said as unforeseen with its detail apart. */
export function errorMessage(t: Strings, e: unknown, kind: BusyKind): string {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  if (isOfficeCode(code)) return t.ui.errors.office[code];
  const detail = e instanceof Error ? e.message : String(e);
  return t.ui.errors.unexpected(t.ui.progress.doing[kind], detail);
}

const MARK = '\u0000';

/** A read problem of text that is not a file (pasted, the selection, the open workbook), named as what it is. */
export function sourceProblem(t: Strings, problem: ReadProblem, source: string): string {
  const said = t.readProblem(problem, MARK);
  // Messages open with "Tệp <file> …" / "File <file> …": the source's name stands in front instead.
  const rest = said.replace(new RegExp(`^(Tệp|File|Đọc tệp|Reading) ${MARK} ?`), '').replace(new RegExp(MARK, 'g'), source.toLowerCase());
  return t.ui.import.sourceProblem(source, rest);
}
