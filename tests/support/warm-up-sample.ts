import { assign, hasWork, type Assignment } from '../../src/agencies/recipients';
import { agencyWorkbook } from '../../src/agency-workbook/write';
import type { Plan } from '../../src/plan/schema';
import { writeWorkbook } from '../../src/xlsx/write';
import { AGENCY_OPTIONS, seedPlan } from './seed';

/**
 * The warm-up sample the pane's reader worker reads while the file chooser is open
 * (src/app/warm-up-sample.ts): a department's return of the bundled plan cut down to that
 * department, filled in as a department fills it (a status on every task, a score on every
 * criterion). Written by `UPDATE_WARM_UP=1 npx jest tests/app/warm-up.test.ts`.
 */
export async function makeWarmUpSample(): Promise<{ plan: Plan; bytes: Uint8Array }> {
  const full = seedPlan();
  // A department with a few dozen tasks and some criteria: every part of the reader has work.
  const chosen = assign(full)
    .assignments.filter(hasWork)
    .filter((a) => a.leads.length + a.supports.length >= 15 && a.leads.length + a.supports.length <= 40 && a.criteria.length > 0)
    .sort((a, b) => a.recipient.name.localeCompare(b.recipient.name, 'vi'))[0];
  if (!chosen) throw new Error('no department of the right size in the bundled plan');
  const plan = planOf(full, chosen);
  const mine = assign(plan).assignments.find((a) => a.recipient.name === chosen.recipient.name);
  if (!mine) throw new Error(`${chosen.recipient.name} is not a recipient of the cut-down plan`);
  const spec = agencyWorkbook(plan, mine, AGENCY_OPTIONS);
  for (const sheet of spec.sheets) {
    for (const row of sheet.rows) {
      const id = row.cells[0]?.value;
      if (typeof id !== 'string') continue;
      if (id.startsWith('TASK:')) row.cells[6] = { value: 'Đang thực hiện', style: 'input' };
      if (/^(PAR|SIPAS|PAPI):/.test(id)) row.cells[7] = { value: 0.5, style: 'inputNumber' };
    }
  }
  return { plan, bytes: await writeWorkbook(spec) };
}

/** The plan cut down to what one agency answers for (and the criteria above its own, which its sheet shows). */
function planOf(full: Plan, a: Assignment): Plan {
  const tasks = new Set([...a.leads, ...a.supports]);
  const criteria = new Set(a.criteria);
  const byCode = new Map(full.criteria.map((c) => [`${c.index}:${c.code}`, c]));
  for (const id of a.criteria) {
    for (let c = full.criteria.find((x) => x.id === id); c?.parent; c = byCode.get(`${c.index}:${c.parent}`)) criteria.add(c.id);
  }
  const kept = full.tasks.filter((t) => tasks.has(t.id));
  const groups = new Set(kept.map((t) => t.group));
  for (const g of [...full.groups].reverse()) if (groups.has(g.id) && g.parent) groups.add(g.parent);
  return {
    meta: { ...full.meta, number: 'mẫu khởi động' },
    tasks: kept,
    groups: full.groups.filter((g) => groups.has(g.id)),
    criteria: full.criteria.filter((c) => criteria.has(c.id) || c.code === 'total'),
    agencies: full.agencies.filter((x) => x.name === a.recipient.name),
  };
}
