import { finding } from '../plan/finding';
import type { Finding, Plan } from '../plan/schema';
import { fold } from '../plan/text';
import type { Commune } from './communes';
import { meansAllCommunes } from './recipients';

export const MEMBERS_BUNDLED = 'agency.members-bundled';

/**
 * The bundled list of communes is Hà Nội's (126 units since 1 July 2025): the default membership
 * of 'UBND cấp xã' for a Hà Nội plan only. Another province lists its own units in the Đơn vị sheet.
 */
export function bundledCommunesFit(plan: Plan): boolean {
  return /\bha noi\b/.test(fold(`${plan.meta.issuer ?? ''} ${plan.meta.title ?? ''}`));
}

/**
 * A Hà Nội plan whose 'UBND cấp xã' has no members yet gets the bundled communes as members,
 * keyed by code, and a finding that says so. Members the user listed in the Đơn vị sheet are
 * never replaced.
 */
export function withBundledCommunes(plan: Plan, communes: Commune[]): { plan: Plan; findings: Finding[] } {
  const group = plan.agencies.find((a) => a.collective && meansAllCommunes(a.name));
  const listed = plan.agencies.some((a) => a.memberOf !== undefined && meansAllCommunes(a.memberOf));
  if (!group || listed || communes.length === 0 || !bundledCommunesFit(plan)) return { plan, findings: [] };
  const known = new Set(plan.agencies.map((a) => a.name));
  const added = communes.filter((c) => !known.has(c.name)).map((c) => ({ name: c.name, aliases: [], collective: false, memberOf: group.name, code: c.code }));
  return {
    plan: { ...plan, agencies: [...plan.agencies, ...added] },
    findings: [finding(MEMBERS_BUNDLED, 'info', null, 'memberOf', group.name, added.length)],
  };
}
