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
  // How many rows name an agency, counted once over the plan (not once per agency: a plan with a
  // thousand communes made that quadratic). A member counts the rows naming it or its group.
  const groupOf = new Map(plan.agencies.filter((a) => a.memberOf).map((a) => [a.name, a.memberOf!]));
  const tally = (lists: string[][]) => {
    const named = new Map<string, number>();
    const withGroup = new Map<string, number>();
    for (const list of lists) {
      const names = new Set(list.map(agencyOf));
      for (const n of names) {
        named.set(n, (named.get(n) ?? 0) + 1);
        const group = groupOf.get(n);
        if (group !== undefined && names.has(group)) withGroup.set(n, (withGroup.get(n) ?? 0) + 1);
      }
    }
    return (a: Agency) => (named.get(a.name) ?? 0) + (a.memberOf ? (named.get(a.memberOf) ?? 0) - (withGroup.get(a.name) ?? 0) : 0);
  };
  const leads = tally(plan.tasks.map((t) => t.lead));
  const supports = tally(plan.tasks.map((t) => t.support));
  const criteriaLed = tally(plan.criteria.map((c) => c.lead));
  const rows: RowSpec[] = [...titleRows('ĐƠN VỊ CHỦ TRÌ, PHỐI HỢP TRONG KẾ HOẠCH', `Danh sách đơn vị có tên trong ${planReference(plan)}`, 1), headerRow(cols)];
  const row = (a: Agency) => {
    // A member answers for what its group is given, and for what the plan gives it by name.
    const cells: Record<AgencyKey, CellSpec> = {
      name: { value: a.name, style: 'text' },
      code: { value: a.code ?? '', style: 'center' },
      memberOf: { value: a.memberOf ?? '', style: 'text' },
      aliases: { value: a.aliases.join(LIST_SEPARATOR), style: 'text' },
      collective: { value: a.collective ? 'Nhóm' : '', style: 'center' },
      leadTasks: { value: leads(a), style: 'num0' },
      supportTasks: { value: supports(a), style: 'num0' },
      leadCriteria: { value: criteriaLed(a), style: 'num0' },
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
