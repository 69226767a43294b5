import type { Agency, Plan } from '../plan/schema';
import { fold } from '../plan/text';
import { agencyKey } from './registry';

/**
 * Who receives a report workbook, and what each one answers for. Plans name collectives ("UBND
 * cấp xã", "Các sở, ban, ngành") where the work falls to every member: those are expanded to
 * their members, communes keyed by their official code. Collectives without members ("Các cơ
 * quan, đơn vị liên quan") name no one in particular and stay unexpanded; the caller reports them.
 */
export interface Recipient {
  /** 'AGENCY:Sở Nội vụ' or 'COMMUNE:00070': stable across plans, written into each workbook. */
  key: string;
  name: string;
  kind: 'agency' | 'commune';
  code: string | null;
  /** From the Đơn vị sheet, when the user filled them in. */
  email: string | null;
  contact: string | null;
}

export interface Assignment {
  recipient: Recipient;
  /** Task ids it leads, alone or as a member of a collective. */
  leads: string[];
  supports: string[];
  /** Criterion ids it leads. */
  criteria: string[];
}

export interface Assignments {
  assignments: Assignment[];
  /** Collective names met in lead/support cells that were not expanded, with how often. */
  unexpanded: { name: string; count: number }[];
}

/** Whether a recipient answers for anything: only those get a workbook or are awaited back. */
export function hasWork(a: Assignment): boolean {
  return a.leads.length + a.supports.length + a.criteria.length > 0;
}

/** The agency a lead/support entry names, without its scope: 'Sở Y tế (chính sách …)' -> 'Sở Y tế'. */
export function agencyOf(entry: string): string {
  return entry.replace(/\s*\(.*\)\s*$/s, '').trim();
}

const COMMUNE_LEVEL = /\bcap xa\b/;
const ALL_COMMUNES = /^(ubnd|uy ban nhan dan) (cac )?(cap xa|xa phuong)$/;
const ALL_DEPARTMENTS = /^cac so( ban)?( nganh)?$/;

/** True for a collective that stands for every commune-level People's Committee ('UBND cấp xã'). */
export function meansAllCommunes(name: string): boolean {
  return ALL_COMMUNES.test(fold(agencyOf(name)));
}

/** Communes (members of 'UBND cấp xã') are keyed by their official code; everyone else by name. */
function recipientOf(a: Agency, commune: boolean): Recipient {
  const code = a.code ?? null;
  const kind = commune && code ? 'commune' : 'agency';
  return { key: kind === 'commune' ? `COMMUNE:${code}` : `AGENCY:${a.name}`, name: a.name, kind, code, email: a.email ?? null, contact: a.contact ?? null };
}

/**
 * Members of collectives come from the plan's agencies (the Đơn vị sheet: a unit whose "Thuộc
 * nhóm" names the collective). 'Các sở, ban, ngành' without listed members means every agency the
 * plan names one by one.
 */
export function assign(plan: Plan): Assignments {
  const collectives = plan.agencies.filter((a) => a.collective);
  const collectiveByKey = new Map<string, string>();
  for (const c of collectives) for (const spelling of [c.name, ...c.aliases]) collectiveByKey.set(agencyKey(spelling), c.name);
  const groupOf = (a: Agency) => (a.memberOf ? collectiveByKey.get(agencyKey(a.memberOf)) ?? a.memberOf : null);

  const members = new Map<string, Recipient[]>();
  const departments: Recipient[] = [];
  const memberRecipients: Recipient[] = [];
  for (const a of plan.agencies) {
    if (a.collective) continue;
    const group = groupOf(a);
    if (group === null) {
      // City-level agencies: everything the plan names one by one, except commune-level units.
      if (!COMMUNE_LEVEL.test(fold(a.name))) departments.push(recipientOf(a, false));
      continue;
    }
    const r = recipientOf(a, meansAllCommunes(group));
    memberRecipients.push(r);
    if (!members.has(group)) members.set(group, []);
    members.get(group)!.push(r);
  }
  const allCommunes = [...members].filter(([group]) => meansAllCommunes(group)).flatMap(([, rs]) => rs);
  const byName = new Map([...departments, ...memberRecipients].map((d) => [d.name, d]));
  const unexpanded = new Map<string, number>();

  /** The recipients one entry stands for. */
  const expand = (entry: string): Recipient[] => {
    const name = agencyOf(entry);
    const one = byName.get(name);
    if (one) return [one];
    const listed = members.get(collectiveByKey.get(agencyKey(name)) ?? name);
    if (listed) return listed;
    if (meansAllCommunes(name) && allCommunes.length > 0) return allCommunes;
    if (ALL_DEPARTMENTS.test(fold(name))) return departments;
    if (collectiveByKey.has(agencyKey(name)) || meansAllCommunes(name)) unexpanded.set(name, (unexpanded.get(name) ?? 0) + 1);
    return [];
  };

  const table = new Map<string, Assignment>();
  for (const r of [...departments, ...memberRecipients]) table.set(r.key, { recipient: r, leads: [], supports: [], criteria: [] });
  const add = (entries: string[], id: string, field: 'leads' | 'supports' | 'criteria') => {
    const keys = new Set(entries.flatMap(expand).map((r) => r.key));
    for (const key of keys) {
      const a = table.get(key)!;
      if (!a[field].includes(id)) a[field].push(id);
    }
  };
  for (const t of plan.tasks) {
    add(t.lead, t.id, 'leads');
    // A recipient that leads a task does not also list it among those it supports.
    add(t.support.filter((s) => !t.lead.some((l) => agencyOf(l) === agencyOf(s))), t.id, 'supports');
  }
  for (const c of plan.criteria) add(c.lead, c.id, 'criteria');
  for (const a of table.values()) a.supports = a.supports.filter((id) => !a.leads.includes(id));

  return {
    assignments: [...table.values()],
    unexpanded: [...unexpanded].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'vi')),
  };
}
