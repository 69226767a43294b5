import type { Finding, Plan } from '../plan/schema';
import { finding } from '../plan/finding';
import { CriteriaTree, isTotal } from './tree';

export const AGENCY_SPELLINGS = 'agency.spellings';
export const AGENCY_INHERITED = 'agency.inherited';
export const AGENCY_MISSING_LEAD = 'agency.missing-lead';

/** Lead agencies of criteria: spellings the importer merged, leads inherited from a merged cell, leaves with none. */
export function checkAgencies(plan: Plan): Finding[] {
  const out: Finding[] = [];
  for (const agency of plan.agencies) {
    if (agency.aliases.length === 0) continue;
    out.push(
      finding(AGENCY_SPELLINGS, 'info', null, null, null, null, {
        canonical: agency.name,
        spellings: [...agency.aliases],
      }),
    );
  }

  const tree = new CriteriaTree(plan.criteria);
  for (const c of plan.criteria) {
    if (c.leadInherited) {
      out.push(finding(AGENCY_INHERITED, 'info', c, 'lead', null, c.lead.join('; ')));
    }
    // Parents are led through their children; only a leaf without a lead is a gap.
    if (c.lead.length === 0 && !isTotal(c) && tree.childrenOf(c).length === 0) {
      out.push(finding(AGENCY_MISSING_LEAD, 'warning', c, 'lead', null, null));
    }
  }
  return out;
}
