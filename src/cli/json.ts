import { findingAbout } from '../plan/finding';
import type { Finding, Plan } from '../plan/schema';
import type { Strings } from '../strings';

/**
 * The JSON other tools rely on (issue #2): these field names are fixed; fields may be added.
 * Findings gain a `message` worded in the chosen language; the model itself holds no sentences.
 */
export function planJson(plan: Plan, findings: Finding[], t: Strings) {
  const { meta } = plan;
  return {
    plan: {
      number: meta.number,
      issuer: meta.issuer,
      date: meta.date,
      resultYear: meta.resultYear,
      targetYear: meta.targetYear,
      title: meta.title,
      datesSeen: meta.datesSeen,
    },
    tasks: plan.tasks,
    criteria: plan.criteria,
    groups: plan.groups,
    agencies: plan.agencies,
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      id: f.id,
      field: f.field,
      stated: f.stated,
      computed: f.computed,
      message: t.finding(f),
      index: f.index,
      where: t.where(f),
      location: f.location,
      details: f.details,
      // 'reader': chiso could not read something; 'plan': the plan itself is wrong (issue #10).
      about: findingAbout(f.rule),
    })),
  };
}
