import { z } from 'zod';

import { FILE_PROBLEMS } from './file-problems';

export { FILE_PROBLEMS, isFileProblem, type FileProblem } from './file-problems';

/**
 * Why a returned file, or a value in it, was not taken: a code (`reason`, printed by
 * `compile --json`) and the facts its wording needs as fields beside it. The schemas are the
 * single source of the types; src/strings words every reason in every language, and a reason
 * added here without its wording does not compile (`RefusalWords` in src/strings/types.ts).
 */

const only = <R extends string>(reason: R) => z.object({ reason: z.literal(reason) });
const withFacts = <R extends string, S extends z.ZodRawShape>(reason: R, facts: S) => z.object({ reason: z.literal(reason), ...facts });

/**
 * Why a whole file was not taken (its submission is rejected, or superseded). The first twenty-five
 * are FILE_PROBLEMS: the file could not be read at all, and is worded as a read problem.
 */
export const FileRefusalSchema = z.discriminatedUnion('reason', [
  only('not-zip'),
  // Another kind of file sent instead of the workbook (guard.ts tells them by their first bytes).
  only('empty'),
  only('pdf'),
  only('image'),
  only('web-page'),
  only('word-document'),
  only('opendocument'),
  only('truncated'),
  only('not-xlsx'),
  only('too-many-entries'),
  only('encrypted'),
  only('old-format'),
  only('corrupt'),
  only('too-large'),
  only('timeout'),
  only('unreadable'),
  only('not-docx'),
  // The returns folder: what is not a readable regular file, with its real cause.
  only('missing'),
  only('directory'),
  only('not-a-regular-file'),
  only('no-permission'),
  only('damaged'),
  // The streaming reader: more cells, merges, strings or ranges than a workbook of this kind holds; XML it cannot parse.
  only('over-limit'),
  only('malformed'),
  /** chiso's own outgoing zip (blank workbooks and the mailing list) among the returns. */
  only('outgoing-bundle'),
  only('not-an-agency-workbook'),
  /** `_meta` names the agency format but no template version, or one no chiso writes ('abc', 0). */
  only('version-missing'),
  /** A template version newer than this code writes (a newer chiso made it): `version` as written in `_meta`, `newest` the newest this code reads. */
  withFacts('version-unknown', { version: z.string(), newest: z.number().int() }),
  withFacts('other-plan', { plan: z.string() }),
  /** A return of another reporting round: `period` as its `_meta` names it, `expected` the round being compiled (period ids, src/periods). */
  withFacts('other-period', { period: z.string(), expected: z.string() }),
  /** `recipient`: the recipient key written in `_meta`. */
  withFacts('unknown-agency', { recipient: z.string() }),
  /**
   * `by`: the file of the same agency that counts instead — the later one (`why` 'newer'); one
   * named for the agency where this one's name names none ('named'); or one named for the agency
   * where this one's name points to another unit, `other` ('other-unit').
   */
  withFacts('superseded-by', { by: z.string(), why: z.enum(['newer', 'named', 'other-unit']), other: z.string().nullable() }),
]);

/** Why a value, a row, a column or a sheet of a return that was read was not taken (or what was cut back). */
export const ValueRefusalSchema = z.discriminatedUnion('reason', [
  /** A value of a file a later one replaced. */
  only('superseded'),
  /** `typed`: the status as found in the cell. */
  withFacts('status-not-in-list', { typed: z.string() }),
  only('not-a-date'),
  /** A completion date after the file was last saved (`saved`, 'YYYY-MM-DD'): no unit finished on it yet; `date` as read. */
  withFacts('date-after-saved', { date: z.string(), saved: z.string() }),
  only('not-a-number'),
  only('out-of-range'),
  only('outside-table'),
  only('row-without-id'),
  only('row-not-in-template'),
  only('row-repeated'),
  only('extra-sheet'),
  only('sheet-missing'),
  /** A column of the template whose header is nowhere on its sheet: `header` as the template wrote it. */
  withFacts('column-missing', { header: z.string() }),
  withFacts('row-missing', { id: z.string() }),
  /** `original`: the plan's own text of the cell, which is kept. */
  withFacts('locked-cell-edited', { original: z.string() }),
  /** `range`: a whole-sheet merge, validation or format the guard cut back (the values are still taken). */
  withFacts('range-clamped', { range: z.string() }),
  /** A sheet the agency added with more cells than are listed one by one: `count` cells not read. */
  withFacts('extra-sheet-cells', { count: z.number().int() }),
  /** Past the cap of cells listed per sheet: `count` more refused cells on that sheet. */
  withFacts('more-refused', { count: z.number().int() }),
  /** The file's name points to another agency (`agency`) than its _meta names (`workbook`). */
  withFacts('name-other-agency', { agency: z.string(), workbook: z.string() }),
  /** The file kept for its agency differs from other files claiming the same agency (`files`). */
  withFacts('same-agency-differs', { files: z.array(z.string()) }),
  /** A formula saved without its result (another program wrote it, nothing recalculated): its value cannot be read. */
  only('formula-without-value'),
  /** A value inside a merged range, past its first cell: Excel does not show it, so it is not compiled. */
  only('hidden-by-merge'),
  /** A value typed over a parent criterion's live sum (template v2 on: agencies score leaves only); `typed` as found. */
  withFacts('parent-score-typed', { typed: z.string() }),
]);

export const RefusalSchema = z.discriminatedUnion('reason', [...FileRefusalSchema.options, ...ValueRefusalSchema.options]);

export type FileRefusal = z.infer<typeof FileRefusalSchema>;
// Every file problem is a reason a whole file is refused: the compiler checks the two lists agree.
FILE_PROBLEMS satisfies readonly FileRefusal['reason'][];
export type ValueRefusal = z.infer<typeof ValueRefusalSchema>;
export type Refusal = z.infer<typeof RefusalSchema>;
export type RefusalReason = Refusal['reason'];
export type RefusalOf<R extends RefusalReason> = Extract<Refusal, { reason: R }>;

/** A refused file or value with where it is: file, and sheet and cell when it has them. */
export type Rejection = { file: string; sheet: string | null; cell: string | null } & Refusal;
