import type { Plan, Task, TaskGroup } from '../plan/schema';
import { LEGEND_WORDS, withLegend } from '../workbook-kit/legend';
import { appendixSubtitle, FIRST_DATA_ROW, HEADER_ROW, headerRow, titleRows } from '../workbook-kit/table';
import { sourceText, type Placement } from './placement';
import { LIST_SEPARATOR, RECURRING_LABEL, SHEET, TASK_COLUMNS, type TaskKey } from './layout';
import { printSetup } from '../workbook-kit/print';
import { columnLetter, type CellSpec, type RowSpec, type SheetSpec } from '../workbook-kit/spec';

/**
 * Phụ lục 1 as a sheet: one row per task, areas and sub-areas as heading rows, each with its
 * stable id; deadlines as written plus the dates they were read as, and the criteria each group
 * works on so a criterion missing its target leads to its tasks.
 */
export function tasksSheet(plan: Plan, place: Placement): SheetSpec {
  const cols = TASK_COLUMNS;
  const col = (key: TaskKey) => cols.findIndex((c) => c.key === key) + 1;
  const L = (key: TaskKey) => columnLetter(col(key));
  const rows: RowSpec[] = [...withLegend(titleRows('PHỤ LỤC 1: CÁC NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CÁC CHỈ SỐ', appendixSubtitle(plan), col('path')), col('path'), { review: [LEGEND_WORDS.deadlineUnread, LEGEND_WORDS.noLead] }), headerRow(cols)];
  const groupById = new Map(plan.groups.map((g) => [g.id, g]));
  const codes = (ids: string[]) => ids.map((id) => id.replace(':', ' ')).join(LIST_SEPARATOR);

  // A group's heading comes just before its first task; groups without tasks follow at the end.
  const items: ({ kind: 'group'; g: TaskGroup } | { kind: 'task'; t: Task })[] = [];
  const written = new Set<string>();
  const ensureGroup = (id: string | null) => {
    const chain: TaskGroup[] = [];
    for (let g = id ? groupById.get(id) : undefined; g && !written.has(g.id); g = g.parent ? groupById.get(g.parent) : undefined) chain.unshift(g);
    for (const g of chain) {
      written.add(g.id);
      items.push({ kind: 'group', g });
    }
  };
  let order = 0;
  for (const t of plan.tasks) {
    ensureGroup(t.group);
    items.push({ kind: 'task', t });
  }
  for (const g of plan.groups) if (!written.has(g.id)) ensureGroup(g.id);

  for (const item of items) {
    const r = FIRST_DATA_ROW + rows.length - HEADER_ROW;
    order++;
    let cells: Record<TaskKey, CellSpec>;
    if (item.kind === 'group') {
      const g = item.g;
      const style = g.path.length === 1 ? 'totalText' : 'areaText';
      cells = {
        id: { value: g.id, style: 'text' },
        parentId: { value: g.parent ?? '', style: 'text' },
        path: { value: g.path.slice(0, -1).join(' / '), style },
        number: { value: g.code, style: g.path.length === 1 ? 'totalCenter' : 'areaCenter' },
        title: { value: g.title, style },
        deadline: { value: '', style },
        from: { value: '', style },
        to: { value: '', style },
        recurring: { value: '', style },
        lead: { value: '', style },
        support: { value: '', style },
        output: { value: '', style },
        criteria: { value: codes(g.criteria), style },
        index: { value: g.index, style: 'center' },
        order: { value: order, style: 'center' },
        source: { value: sourceText(g.source), style: 'text' },
      };
    } else {
      const t = item.t;
      const d = t.deadline;
      cells = {
        id: { value: t.id, style: 'text' },
        parentId: { value: t.group ?? '', style: 'text' },
        path: { value: t.path.join(' / '), style: 'center' },
        number: { value: t.number, style: 'center' },
        title: { value: t.title, style: 'text' },
        deadline: { value: d.text, style: d.parsed ? 'text' : 'warning' },
        from: { value: d.from ? serial(d.from) : '', style: 'date' },
        to: { value: d.to ? serial(d.to) : '', style: 'date' },
        recurring: { value: d.recurring ? RECURRING_LABEL[d.recurring] : '', style: 'center' },
        lead: { value: t.lead.join(LIST_SEPARATOR), style: t.lead.length ? 'text' : 'warning' },
        support: { value: t.support.join(LIST_SEPARATOR), style: 'text' },
        output: { value: t.output, style: 'text' },
        criteria: { value: codes(t.group ? groupById.get(t.group)?.criteria ?? [] : []), style: 'text' },
        index: { value: t.index, style: 'center' },
        order: { value: order, style: 'center' },
        source: { value: sourceText(t.source), style: 'text' },
      };
      place.rowOf.set(t.id, r);
    }
    if (item.kind === 'group') place.rowOf.set(item.g.id, r);
    rows.push({ cells: cols.map((c) => cells[c.key]), outlineLevel: item.kind === 'task' ? 1 : 0 });
  }

  const last = HEADER_ROW + items.length;
  return {
    name: SHEET.tasks,
    // A plan without a task table: kept for tasks typed in later, not printed as an empty appendix.
    state: items.length === 0 ? 'hidden' : 'visible',
    columns: cols.map((c) => ({ width: c.width, hidden: c.hidden ?? false })),
    rows,
    merges: [1, 2, 3].map((r) => `${L('path')}${r}:${L('criteria')}${r}`),
    freeze: { rows: HEADER_ROW, cols: col('title') - 1 },
    conditionalFormats: [],
    validations: [],
    protect: false,
    // No print area: LibreOffice prints a hidden sheet that has one.
    print: items.length === 0 ? null : printSetup(plan.meta, 'Phụ lục 1 — Nhiệm vụ, giải pháp', { lastRow: last, lastCol: col('criteria'), titleRows: `${HEADER_ROW}:${HEADER_ROW}`, orientation: 'landscape' }),
    outlineSummaryAbove: true,
  };
}

/** Excel's date serial: days since 1899-12-30. */
export function serial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
