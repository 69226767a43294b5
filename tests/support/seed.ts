import type ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommuneList } from '../../src/agencies/communes';
import { withBundledCommunes } from '../../src/agencies/members';
import { assign } from '../../src/agencies/recipients';
import { importPlan } from '../../src/import';
import type { Plan } from '../../src/plan/schema';

/** The bundled plan and its report recipients, as most agency tests start from them. */
const root = join(__dirname, '../..');

/** The bundled plan as the shells hold it: imported, with the bundled communes as members of 'UBND cấp xã'. */
export function seedPlan(): Plan {
  const r = importPlan({ kind: 'text', text: readFileSync(join(root, 'seeds/ke-hoach-159-KH-UBND-2025.txt'), 'utf8') });
  if (!r.ok) throw new Error(`seed did not import: ${r.error.code}`);
  return withBundledCommunes(r.plan, seedCommunes()).plan;
}

export function seedCommunes() {
  return parseCommuneList(readFileSync(join(root, 'seeds/hanoi-communes-2025.md'), 'utf8')).units;
}

export function seedRecipients(plan: Plan) {
  return assign(plan).assignments;
}

export const AGENCY_OPTIONS = { dueDate: '15/12/2025', returnTo: 'Sở Nội vụ', generatedAt: '2025-11-01T00:00:00.000Z', password: null };

/** The row whose ID (column A) is `id`, found the way a person's edits leave it. */
export function rowOf(ws: ExcelJS.Worksheet, id: string): ExcelJS.Row {
  let found: ExcelJS.Row | null = null;
  ws.eachRow((row) => {
    if (row.getCell(1).value === id) found = row;
  });
  if (!found) throw new Error(`no row ${id}`);
  return found;
}
