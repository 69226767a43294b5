import type { DetailsOf, Finding, FindingOf, FindingValue, IndexId, Rule, Severity, SourceLocation } from './schema';

/** What a finding is about: a criterion, a task, a group, or nothing in particular. */
export interface Subject {
  index: IndexId | null;
  id: string | null;
  source: SourceLocation | null;
}

/** A rule whose details are all optional may be given without them. */
type DetailsArg<R extends Rule> = Record<string, never> extends DetailsOf<R> ? [details?: DetailsOf<R>] : [details: DetailsOf<R>];

/** One finding of rule `rule`; its details are the ones the rule declares in FindingSchema. */
export function finding<R extends Rule>(
  rule: R,
  severity: Severity,
  subject: Subject | null,
  field: string | null,
  stated: FindingValue,
  computed: FindingValue,
  ...details: DetailsArg<R>
): FindingOf<R> {
  const f = {
    rule,
    severity,
    index: subject?.index ?? null,
    id: subject?.id ?? null,
    field,
    stated,
    computed,
    // Copied so a shell that mutates a finding cannot alter the plan.
    location: subject?.source ? { ...subject.source } : null,
    details: details[0] ?? {},
  };
  // The parameters tie `details` to `rule`; TypeScript cannot follow that through the generic, so it is said once here.
  return f as Finding as FindingOf<R>;
}

export const VALUE_FIELDS = ['max', 'result', 'target'] as const;
export type ValueField = (typeof VALUE_FIELDS)[number];

/**
 * Who a finding is about (issue #10): the READER (chiso could not read something: a column, a
 * table, a number, an encoding) or the PLAN (the plan itself is wrong: a sum, a bound, a skipped
 * code). A reader limit is never blamed on the plan; shells and the corpus harness ask this.
 * Rule families, as data: every rule id starting with one of these prefixes is about the reader.
 */
export const READER_RULE_PREFIXES: readonly string[] = [
  'import.',
  'reader.',
  'sheet.',
  'workbook.',
  'encoding.',
  'source.',
  'pdf.',
  'docx.',
  'meta.number-missing',
  // chiso could not read the deadline's words; the plan may be fine.
  'task.deadline-unparsed',
  // chiso found no criterion whose name matches a task group: a limit of its matching.
  'link.',
];

export type FindingAbout = 'reader' | 'plan';

export function findingAbout(rule: string): FindingAbout {
  return READER_RULE_PREFIXES.some((p) => rule.startsWith(p)) ? 'reader' : 'plan';
}
