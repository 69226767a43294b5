import { agencyOf } from '../agencies/recipients';
import type { Agency, Plan } from '../plan/schema';
import { headerRow, listingSheet, planReference, titleRows } from '../workbook-kit/table';
import { AGENCY_COLUMNS, LIST_SEPARATOR, SHEET, type AgencyKey } from './layout';
import type { CellSpec, RowSpec, SheetSpec } from '../workbook-kit/spec';

/**
 * Agencies as the plan names them (the canonical name, every other spelling met, what each
 * leads), then the members of each group with their codes. E-mail and contact are for the user to
 * fill in; the workbook reads them back.
 */
export function agenciesSheet(plan: Plan): SheetSpec {
  const cols = AGENCY_COLUMNS;
  const col = (key: AgencyKey) => cols.findIndex((c) => c.key === key) + 1;
  const count = (lists: string[][], names: string[]) => lists.filter((l) => l.some((r) => names.includes(agencyOf(r)))).length;
  const rows: RowSpec[] = [...titleRows('ĐƠN VỊ CHỦ TRÌ, PHỐI HỢP TRONG KẾ HOẠCH', `Danh sách đơn vị có tên trong ${planReference(plan)}`, 1), headerRow(cols)];
  const row = (a: Agency) => {
    // A member answers for what its group is given, and for what the plan gives it by name.
    const names = a.memberOf ? [a.name, a.memberOf] : [a.name];
    const cells: Record<AgencyKey, CellSpec> = {
      name: { value: a.name, style: 'text' },
      code: { value: a.code ?? '', style: 'center' },
      memberOf: { value: a.memberOf ?? '', style: 'text' },
      aliases: { value: a.aliases.join(LIST_SEPARATOR), style: 'text' },
      collective: { value: a.collective ? 'Nhóm' : '', style: 'center' },
      leadTasks: { value: count(plan.tasks.map((t) => t.lead), names), style: 'num0' },
      supportTasks: { value: count(plan.tasks.map((t) => t.support), names), style: 'num0' },
      leadCriteria: { value: count(plan.criteria.map((c) => c.lead), names), style: 'num0' },
      email: { value: a.email ?? '', style: 'text' },
      contact: { value: a.contact ?? '', style: 'text' },
    };
    rows.push({ cells: cols.map((c) => cells[c.key]) });
  };
  // Agencies first, then each group's members in the order given (official lists go by code).
  for (const a of plan.agencies) if (!a.memberOf) row(a);
  for (const a of plan.agencies) if (a.memberOf) row(a);
  return listingSheet(plan, { name: SHEET.agencies, printTitle: 'Đơn vị', cols, rows, freezeCols: 1, lastPrintedCol: col('contact') });
}
