import { agencyOf } from '../agencies/recipients';
import type { Plan } from '../plan/schema';
import { headerRow, listingSheet, titleRows } from './common';
import { AGENCY_COLUMNS, LIST_SEPARATOR, SHEET, type AgencyKey } from './layout';
import type { CellSpec, RowSpec, SheetSpec } from './spec';

/** Agencies as the plan names them: the canonical name, every other spelling met, and what each leads. */
export function agenciesSheet(plan: Plan): SheetSpec {
  const cols = AGENCY_COLUMNS;
  const col = (key: AgencyKey) => cols.findIndex((c) => c.key === key) + 1;
  const count = (lists: string[][], name: string) => lists.filter((l) => l.some((r) => agencyOf(r) === name)).length;
  const rows: RowSpec[] = [...titleRows('ĐƠN VỊ CHỦ TRÌ, PHỐI HỢP TRONG KẾ HOẠCH', plan, 1), headerRow(cols)];
  for (const a of plan.agencies) {
    const cells: Record<AgencyKey, CellSpec> = {
      name: { value: a.name, style: 'text' },
      aliases: { value: a.aliases.join(LIST_SEPARATOR), style: 'text' },
      collective: { value: a.collective ? 'Nhóm' : '', style: 'center' },
      leadTasks: { value: count(plan.tasks.map((t) => t.lead), a.name), style: 'num0' },
      supportTasks: { value: count(plan.tasks.map((t) => t.support), a.name), style: 'num0' },
      leadCriteria: { value: count(plan.criteria.map((c) => c.lead), a.name), style: 'num0' },
    };
    rows.push({ cells: cols.map((c) => cells[c.key]) });
  }
  return listingSheet(plan, { name: SHEET.agencies, printTitle: 'Đơn vị', cols, rows, freezeCols: 1, lastPrintedCol: col('leadCriteria') });
}
