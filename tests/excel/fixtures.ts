import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runChecks } from '../../src/checks';
import { importPlan } from '../../src/import';
import type { Plan } from '../../src/plan/schema';
import { buildWorkbook } from '../../src/plan-workbook/write';
import type { WorkbookSpec } from '../../src/workbook-kit/spec';
import { workbookWords } from '../../src/strings';
import { vi } from '../../src/strings/vi';
import { syntheticPlanText } from '../support/synthetic-plan';

/** Plans and their structured workbooks, built the way the task pane builds them. */

export const words = workbookWords(vi);

export function planFromText(text: string): Plan {
  const imported = importPlan({ kind: 'text', text });
  if (!imported.ok) throw new Error(`import failed: ${imported.error.code}`);
  return imported.plan;
}

export function specOf(plan: Plan): WorkbookSpec {
  return buildWorkbook(plan, runChecks(plan), words);
}

export function seedText(): string {
  return readFileSync(join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt'), 'utf8');
}

/** The seed as the pane renders it: import findings and check findings together. */
export function seed(): { plan: Plan; spec: WorkbookSpec } {
  const imported = importPlan({ kind: 'text', text: seedText() });
  if (!imported.ok) throw new Error('seed');
  const plan = imported.plan;
  return { plan, spec: buildWorkbook(plan, [...imported.findings, ...runChecks(plan)], words) };
}

export function synthetic(scale: number): { plan: Plan; spec: WorkbookSpec } {
  const imported = importPlan({ kind: 'text', text: syntheticPlanText(scale) });
  if (!imported.ok) throw new Error(`synthetic ${scale}`);
  const plan = imported.plan;
  return { plan, spec: buildWorkbook(plan, [...imported.findings, ...runChecks(plan)], words) };
}
