/**
 * A returned file that could not be read at all, as the guard, the workbook reader and the shell's
 * time limit answer it. Kept apart from the refusal schemas (refusal.ts) so the strings can tell
 * these apart without loading zod into the task pane's first bundle.
 */
export const FILE_PROBLEMS = ['not-zip', 'empty', 'pdf', 'image', 'web-page', 'word-document', 'opendocument', 'truncated', 'not-xlsx', 'too-many-entries', 'encrypted', 'old-format', 'corrupt', 'too-large', 'timeout', 'unreadable', 'not-docx', 'missing', 'directory', 'not-a-regular-file', 'no-permission', 'damaged', 'over-limit', 'malformed', 'outgoing-bundle'] as const;
export type FileProblem = (typeof FILE_PROBLEMS)[number];

/** A refusal that says the file could not be read: worded as a read problem rather than as a refusal of its content. */
export function isFileProblem<R extends { reason: string }>(r: R): r is Extract<R, { reason: FileProblem }> {
  return (FILE_PROBLEMS as readonly string[]).includes(r.reason);
}
