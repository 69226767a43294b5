import { z } from './zod';

/** The zod schemas here are the single source of the plan's types (DESIGN §3). */

export const IndexIdSchema = z.enum(['PAR', 'SIPAS', 'PAPI']);
export type IndexId = z.infer<typeof IndexIdSchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** Where something came from: a line of the flattened text, or a row/column of a grid. All 1-based. */
export const SourceLocationSchema = z.object({
  /** Appendix the row belongs to: 'PL1' … 'PL4', or 'header' for the plan's opening block. */
  table: z.string().nullable(),
  line: z.number().int().positive().nullable(),
  row: z.number().int().positive().nullable(),
  col: z.number().int().positive().nullable(),
});
export type SourceLocation = z.infer<typeof SourceLocationSchema>;

export const RecurringSchema = z.enum(['continuous', 'yearly', 'monthly', 'periodic', 'event']);
export type Recurring = z.infer<typeof RecurringSchema>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One dated piece of a deadline cell such as `- Tháng 6/2025 (các sở, ngành) - Tháng 7/2025 (UBND cấp xã)`. */
export const DeadlinePartSchema = z.object({
  text: z.string(),
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
  scope: z.string().nullable(),
});
export type DeadlinePart = z.infer<typeof DeadlinePartSchema>;

export const DeadlineSchema = z.object({
  /** The cell as written. */
  text: z.string(),
  /** First day of the period (earliest part when several). */
  from: IsoDate.nullable(),
  /** Last day of the period (latest part when several). */
  to: IsoDate.nullable(),
  recurring: RecurringSchema.nullable(),
  /** False when the text could not be read; from/to/recurring are then null, never guessed. */
  parsed: z.boolean(),
  parts: z.array(DeadlinePartSchema),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

/** Lead/support agencies are canonical names, with a scope kept in parentheses: `Sở Y tế (chính sách khám chữa bệnh)`. */
export const AgencyListSchema = z.array(z.string().min(1));

export const TaskSchema = z.object({
  id: z.string().regex(/^TASK:/),
  index: IndexIdSchema,
  /** Part letter, roman area, sub-area code when present: ['B', 'II', 'II.1']. */
  path: z.array(z.string()),
  /** Number as written without its trailing dot ('13'); for a sub-area row that carries a task, its code. */
  number: z.string(),
  title: z.string(),
  deadline: DeadlineSchema,
  lead: AgencyListSchema,
  support: AgencyListSchema,
  output: z.string(),
  /** Id of the innermost task group (area or sub-area) the task sits in. */
  group: z.string().nullable(),
  source: SourceLocationSchema,
});
export type Task = z.infer<typeof TaskSchema>;

/** An area (roman) or sub-area (I.1) heading of Phụ lục 1, linked by name to the criteria it serves. */
export const TaskGroupSchema = z.object({
  id: z.string().regex(/^GROUP:/),
  index: IndexIdSchema,
  path: z.array(z.string()),
  code: z.string(),
  title: z.string(),
  parent: z.string().nullable(),
  /** Criterion ids this group works on, best match first; empty when nothing matched. */
  criteria: z.array(z.string()),
  source: SourceLocationSchema,
});
export type TaskGroup = z.infer<typeof TaskGroupSchema>;

export const CriterionSchema = z.object({
  id: z.string(),
  index: IndexIdSchema,
  /** Normalised code ('5.3.2'); 'total' for the index's total row. */
  code: z.string(),
  /** Parent's code; null for the total row. */
  parent: z.string().nullable(),
  /** 0 for the total row, 1 for areas/dimensions/groups, 2 below them, … */
  level: z.number().int().min(0),
  name: z.string(),
  max: z.number().nullable(),
  result: z.number().nullable(),
  target: z.number().nullable(),
  /** Decimals written in the source for max/result/target: the rounding a sum check must allow. */
  decimals: z.object({ max: z.number().int().min(0), result: z.number().int().min(0), target: z.number().int().min(0) }),
  lead: AgencyListSchema,
  /** True when the lead cell was blank and continued the agency above (a merged cell in the original). */
  leadInherited: z.boolean(),
  source: SourceLocationSchema,
  /** A target written in words ('Trên 6,00', 'Nhóm trung bình cao'), kept as written; absent when it was a number. */
  targetText: z.string().nullable().optional(),
});
export type Criterion = z.infer<typeof CriterionSchema>;

export const AgencySchema = z.object({
  /** Canonical name, without scope. */
  name: z.string(),
  /** Every other spelling met in the plan. */
  aliases: z.array(z.string()),
  /** True for collective groups such as `Các sở, ban, ngành` or `UBND cấp xã`. */
  collective: z.boolean(),
  /** The collective this unit is a member of (`UBND cấp xã`), as the Đơn vị sheet gives it. */
  memberOf: z.string().optional(),
  /** Official code (communes: the 5-digit code), the unit's key when it has one. */
  code: z.string().optional(),
  /** Where to send the unit its report workbook, and whom to ask for. */
  email: z.string().optional(),
  contact: z.string().optional(),
});
export type Agency = z.infer<typeof AgencySchema>;

export const PlanMetaSchema = z.object({
  number: z.string().nullable(),
  issuer: z.string().nullable(),
  /** The plan's own date from its heading (`Hà Nội, ngày 09 tháng 06 năm 2025`). */
  date: IsoDate.nullable(),
  title: z.string().nullable(),
  /** Every date the document gives itself (heading and appendix captions), as written. */
  datesSeen: z.array(z.object({ text: z.string(), date: IsoDate.nullable(), where: z.string() })),
  resultYear: z.number().int().nullable(),
  targetYear: z.number().int().nullable(),
});
export type PlanMeta = z.infer<typeof PlanMetaSchema>;

/**
 * The province's own dates for its units' reports (issue #15), set once in the plan workbook
 * (Lịch báo cáo) and editable: a rule (units report by this day of the period's last month) and
 * dates set for single periods. Absent: the plan came from a document, or from a workbook older
 * than the sheet; units are then due by the ministry's dates unless a run gives one.
 */
function isRealDay(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const ProvinceCalendarSchema = z.object({
  /** E.g. 5: units report by the 5th of March for Quý I. Null: by the ministry's date. */
  unitDueDay: z.number().int().min(1).max(31).nullable().default(null),
  /** A date for one period, by period id, over the rule: { '2026-Q1': '2026-03-06' }. */
  overrides: z.record(z.string(), IsoDate.refine(isRealDay, 'a day that exists')).default({}),
  /** Rounds the user added without a date of their own (a monthly or ad-hoc round), so a rewrite keeps their rows; the plan year's national rounds are always listed. */
  listed: z.array(z.string()).default([]),
});
export type ProvinceCalendar = z.infer<typeof ProvinceCalendarSchema>;

export const PlanSchema = z.object({
  meta: PlanMetaSchema,
  tasks: z.array(TaskSchema),
  groups: z.array(TaskGroupSchema),
  criteria: z.array(CriterionSchema),
  agencies: z.array(AgencySchema),
  calendar: ProvinceCalendarSchema.optional(),
});
export type Plan = z.infer<typeof PlanSchema>;

const FindingValue = z.union([z.string(), z.number(), z.null()]);

/** What every finding says, whatever its rule. */
const FindingBase = z.object({
  severity: SeveritySchema,
  index: IndexIdSchema.nullable(),
  /** Criterion, task or group id the finding is about, when there is one. */
  id: z.string().nullable(),
  field: z.string().nullable(),
  stated: FindingValue,
  computed: FindingValue,
  location: SourceLocationSchema.nullable(),
});

/** One rule: its id and the facts its wording may use (`details`, printed as is by `import --json`). */
function rule<R extends string, D extends z.ZodRawShape>(id: R, details: D) {
  return FindingBase.extend({ rule: z.literal(id), details: z.object(details) });
}

/** A stated value against one computed from others, with the rounding the written decimals allow. */
const rounded = { difference: z.number(), tolerance: z.number(), explainedByRounding: z.boolean() };

/**
 * A finding is data, never a sentence: the shell words it (DESIGN §3). Every rule is listed here
 * with its details; src/strings words each one in every language, and a rule added here without
 * its wording does not compile (`FindingWords` in src/strings/types.ts).
 */
export const FindingSchema = z.discriminatedUnion('rule', [
  // Checks (src/checks).
  rule('sum.children', { ...rounded, children: z.number().int() }),
  rule('sum.max-missing', {}),
  /** A parent stated, but children without that value: no sum to compare, and which children. */
  rule('sum.children-incomplete', { missing: z.array(z.string()) }),
  rule('sipas.mean', { ...rounded, groups: z.number().int() }),
  rule('sipas.bounds', { min: z.number(), max: z.number() }),
  rule('cross.sipas-par', { ...rounded, sipasId: z.string(), sipasValue: z.number() }),
  rule('bounds.negative', {}),
  rule('bounds.result-above-max', { max: z.number(), difference: z.number() }),
  rule('bounds.target-above-max', { max: z.number(), difference: z.number() }),
  rule('target.below-result', { difference: z.number() }),
  rule('target.no-gain', { atStakeMax: z.number() }),
  rule('target.missing', { result: z.number() }),
  rule('target.missed', { atStakeMax: z.number().nullable(), atStakeTarget: z.number() }),
  rule('numbering.skipped', { missing: z.string(), missingCount: z.number().int(), previous: z.string(), next: z.string() }),
  rule('numbering.orphan', { parent: z.string(), code: z.string() }),
  rule('agency.spellings', { canonical: z.string(), spellings: z.array(z.string()) }),
  rule('agency.inherited', {}),
  rule('agency.missing-lead', {}),
  rule('task.deadline-unparsed', {}),
  rule('task.no-lead', {}),
  rule('task.subarea-wrong-area', { expected: z.string(), area: z.string() }),
  rule('task.subarea-sequence', { previous: z.number().int(), number: z.number().int(), missing: z.string().optional(), missingCount: z.number().int().optional() }),
  rule('link.unmatched-group', { code: z.string() }),
  // What the importer read, repaired or could not read (src/import).
  rule('numbering.duplicate', {}),
  rule('numbering.wrong-parent', { area: z.string() }),
  rule('numbering.code-repaired', {}),
  /** A number cell that lost its last zero ('5.10' kept by Excel as 5.1), read by the row before it (`previous`). */
  rule('numbering.number-cell', { previous: z.string() }),
  rule('text.repaired', { repairs: z.array(z.string()) }),
  rule('meta.dates-disagree', { dates: z.array(z.string()) }),
  rule('meta.years-disagree', { table: z.string() }),
  rule('meta.number-missing', {}),
  rule('import.row-short', {}),
  rule('import.row-misaligned', {}),
  /** `title` for a task row, `name` for a criterion row. */
  rule('import.row-unrecognised', { title: z.string().optional(), name: z.string().optional(), kept: z.boolean().optional() }),
  rule('import.number-unreadable', {}),
  /** A figure followed by a footnote mark ('5,2210 (*)'): read as the figure. */
  rule('import.value-footnote', { mark: z.string() }),
  rule('import.total-missing', {}),
  rule('import.part-unknown', { part: z.string() }),
  rule('import.row-outside-part', { title: z.string() }),
  rule('import.table-repeated', {}),
  // Reading other provinces' layouts (issue #10): what the reader inferred, and what it could not read.
  rule('import.roman-areas', { areas: z.array(z.string()) }),
  rule('import.codes-inferred', {}),
  rule('import.codes-in-names', {}),
  rule('import.subtotal-skipped', {}),
  /** A row printed again with the same number and name (a summary sheet and its area's sheet): one criterion. */
  rule('import.row-repeated', {}),
  rule('import.subtotal-area', { area: z.string() }),
  rule('import.note-row', {}),
  rule('import.max-assumed', { scale: z.string() }),
  rule('import.partial-list', { parents: z.array(z.string()) }),
  rule('import.parent-not-printed', { rows: z.array(z.string()) }),
  rule('import.target-words', { kind: z.string() }),
  rule('import.target-rank', { kind: z.string() }),
  rule('import.part-inferred', { from: z.enum(['caption', 'plan']) }),
  rule('import.result-year', { table: z.string(), others: z.array(z.string()) }),
  rule('import.result-ambiguous', { table: z.string(), others: z.array(z.string()) }),
  rule('import.columns-ignored', { table: z.string(), columns: z.array(z.string()) }),
  rule('import.table-unrecognised', { cells: z.array(z.string()), rows: z.number(), caption: z.string().nullable() }),
  rule('import.appendix-without-table', {}),
  rule('import.block-skipped', { cells: z.array(z.string()), rows: z.number(), caption: z.string().nullable() }),
  rule('import.index-unknown', { caption: z.string() }),
  // The members of a group (src/agencies) and the Đơn vị sheet as people left it (src/plan-workbook).
  rule('agency.members-bundled', {}),
  rule('agency.unknown', {}),
  rule('agency.email-invalid', { name: z.string() }),
  rule('agency.unknown-group', { name: z.string() }),
  rule('agency.duplicate-code', { name: z.string(), first: z.string() }),
  // The structured workbook as people left it (src/plan-workbook), and what the guard cut back.
  rule('sheet.missing', {}),
  rule('sheet.invalid', {}),
  rule('sheet.row-without-id', {}),
  rule('sheet.unknown-id', {}),
  rule('sheet.duplicate-id', {}),
  rule('sheet.number-unreadable', {}),
  rule('sheet.unknown-index', {}),
  rule('workbook.clamped', { sheet: z.string() }),
  // What the streaming reader could not take as a value: a formula saved without its result, a value under a merge.
  rule('workbook.formula-without-value', { sheet: z.string() }),
  rule('workbook.hidden-by-merge', { sheet: z.string() }),
  // The plan workbook's Lịch báo cáo as the user left it (issue #15).
  rule('sheet.date-unreadable', {}),
  rule('sheet.day-unreadable', {}),
  rule('sheet.period-unreadable', {}),
]);
export type Finding = z.infer<typeof FindingSchema>;
export type FindingValue = z.infer<typeof FindingValue>;
export type Rule = Finding['rule'];
/** The finding of one rule, with that rule's details. */
export type FindingOf<R extends Rule> = Extract<Finding, { rule: R }>;
export type DetailsOf<R extends Rule> = FindingOf<R>['details'];
