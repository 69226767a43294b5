import type { Plan } from '../plan/schema';
import { fold } from '../plan/text';
import type { Commune } from './communes';

/**
 * Who receives a report workbook, and what each one answers for. Plans name collectives ("UBND
 * cấp xã", "Các sở, ban, ngành") where the work falls to every member: those are expanded to
 * their members, communes keyed by their official code. Vaguer collectives ("Các cơ quan, đơn vị
 * liên quan") name no one in particular and stay unexpanded; the caller reports them.
 */
export interface Recipient {
  /** 'AGENCY:Sở Nội vụ' or 'COMMUNE:00070': stable across plans, written into each workbook. */
  key: string;
  name: string;
  kind: 'agency' | 'commune';
  code: string | null;
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

export function assign(plan: Plan, communes: Commune[]): Assignments {
  const collective = new Set(plan.agencies.filter((a) => a.collective).map((a) => a.name));
  // City-level agencies: everything the plan names one by one, except commune-level units.
  const departments: Recipient[] = plan.agencies
    .filter((a) => !a.collective && !COMMUNE_LEVEL.test(fold(a.name)))
    .map((a) => ({ key: `AGENCY:${a.name}`, name: a.name, kind: 'agency', code: null }));
  const communeRecipients: Recipient[] = communes.map((c) => ({ key: `COMMUNE:${c.code}`, name: c.name, kind: 'commune', code: c.code }));
  const byName = new Map(departments.map((d) => [d.name, d]));
  const unexpanded = new Map<string, number>();

  /** The recipients one entry stands for. */
  const expand = (entry: string): Recipient[] => {
    const name = agencyOf(entry);
    const f = fold(name);
    if (ALL_COMMUNES.test(f)) return communeRecipients;
    if (ALL_DEPARTMENTS.test(f)) return departments;
    const one = byName.get(name);
    if (one) return [one];
    if (collective.has(name)) unexpanded.set(name, (unexpanded.get(name) ?? 0) + 1);
    return [];
  };

  const table = new Map<string, Assignment>();
  for (const r of [...departments, ...communeRecipients]) table.set(r.key, { recipient: r, leads: [], supports: [], criteria: [] });
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
