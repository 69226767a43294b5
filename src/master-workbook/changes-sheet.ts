import type { Change } from '../periods/answers';
import type { Plan } from '../plan/schema';
import type { CellSpec, RowSpec, SheetSpec } from '../workbook-kit/spec';
import { headerRow, planReference, titleRows } from '../workbook-kit/table';
import { vietnameseDay } from '../periods/ids';
import { LEGEND_WORDS, withLegend } from '../workbook-kit/legend';
import { ANSWER_FIELD, CHANGE_KIND, MASTER_CHANGE_COLUMNS, MASTER_SHEET } from './layout';
import { periodListing, type MasterPeriod } from './period';

/**
 * Thay đổi so với kỳ trước: every answer that differs from the previous round's master, with
 * what it means (newly completed, status gone backwards, self-assessment fallen, evidence
 * removed, newly overdue); a change for the worse marked yellow (a second look). Values only, as text.
 */
export function changesSheet(plan: Plan, p: MasterPeriod, changes: readonly Change[], nameOf: (id: string) => string): SheetSpec {
  const cols = MASTER_CHANGE_COLUMNS;
  const title = `THAY ĐỔI ${p.name.toUpperCase()} SO VỚI ${(p.previous?.name ?? 'KỲ TRƯỚC').toUpperCase()}`;
  const subtitle = `${p.name} (số liệu từ ${vietnameseDay(p.from)} đến ${vietnameseDay(p.to)}) — báo cáo của các đơn vị thực hiện ${planReference(plan)}`;
  const rows: RowSpec[] = [...withLegend(titleRows(title, subtitle, 2), 2, { review: [LEGEND_WORDS.changeWorse] }), headerRow(cols)];
  const text = (v: string | number | null, style = 'text'): CellSpec => ({ value: v ?? '', style });
  for (const c of changes) {
    const worse = c.kinds.some((k) => k === 'backwards' || k === 'assessment-fell' || k === 'evidence-removed' || k === 'newly-overdue');
    const kind = c.kinds.map((k) => CHANGE_KIND[k]).join('; ');
    rows.push({ cells: [text(c.id), text(nameOf(c.id)), text(c.agency), text(ANSWER_FIELD[c.field]), text(c.before), text(c.after), text(kind, worse ? 'warning' : 'text')] });
  }
  return periodListing(plan, MASTER_SHEET.changes, cols, rows);
}
