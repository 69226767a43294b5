import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommuneList } from '../src/agencies/communes';
import { withBundledCommunes } from '../src/agencies/members';
import { assign, hasWork, meansAllCommunes } from '../src/agencies/recipients';
import { runChecks } from '../src/checks';
import { importPlan } from '../src/import';
import type { Plan } from '../src/plan/schema';
import { buildWorkbook } from '../src/plan-workbook/write';
import { workbookWords } from '../src/strings';
import { vi } from '../src/strings/vi';
import { writeWorkbook } from '../src/xlsx/write';
import { makeReturns } from './reader';

/**
 * A round of N distinct units (issue #11's "national round"): the seed's plan with more communes
 * in its "UBND cấp xã" group, so that every return comes from a different unit (copies of the
 * seed's 146 returns supersede each other, which is not the work of a real round).
 */
export function planWithUnits(units: number): Plan {
  const r = importPlan({ kind: 'text', text: readFileSync(join(process.cwd(), 'seeds/ke-hoach-159-KH-UBND-2025.txt'), 'utf8') });
  if (!r.ok) throw new Error('import failed');
  const communes = parseCommuneList(readFileSync(join(process.cwd(), 'seeds/hanoi-communes-2025.md'), 'utf8')).units;
  const plan = withBundledCommunes(r.plan, communes).plan;
  const group = plan.agencies.find((a) => a.collective && meansAllCommunes(a.name))!;
  const have = assign(plan).assignments.filter(hasWork).length;
  const more = Array.from({ length: Math.max(0, units - have) }, (_, i) => ({ name: `Xã Thử Nghiệm ${i + 1}`, aliases: [], collective: false, memberOf: group.name, code: String(90000 + i) }));
  return { ...plan, agencies: [...plan.agencies, ...more] };
}

/** `node dist/bench/distinct.mjs DIR N`: DIR/plan.xlsx (the plan workbook) and DIR/returns/ with N filled returns of N units. */
export async function makeDistinct(dir: string, units: number): Promise<void> {
  const plan = planWithUnits(units);
  mkdirSync(join(dir, 'returns'), { recursive: true });
  writeFileSync(join(dir, 'plan.xlsx'), await writeWorkbook(buildWorkbook(plan, runChecks(plan), workbookWords(vi))));
  const senders = assign(plan).assignments.filter(hasWork).slice(0, units);
  const made = await makeReturns(plan, senders, senders.length, join(dir, 'returns'));
  console.log(`${made.files.length} returns of distinct units in ${join(dir, 'returns')}`);
}
