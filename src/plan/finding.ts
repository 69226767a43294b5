import type { Finding, FindingValue, IndexId, Severity, SourceLocation } from './schema';

export type Details = Finding['details'];

/** What a finding is about: a criterion, a task, a group, or nothing in particular. */
export interface Subject {
  index: IndexId | null;
  id: string | null;
  source: SourceLocation | null;
}

export function finding(
  rule: string,
  severity: Severity,
  subject: Subject | null,
  field: string | null,
  stated: FindingValue,
  computed: FindingValue,
  details: Details = {},
): Finding {
  return {
    rule,
    severity,
    index: subject?.index ?? null,
    id: subject?.id ?? null,
    field,
    stated,
    computed,
    // Copied so a shell that mutates a finding cannot alter the plan.
    location: subject?.source ? { ...subject.source } : null,
    details,
  };
}

export const VALUE_FIELDS = ['max', 'result', 'target'] as const;
export type ValueField = (typeof VALUE_FIELDS)[number];
