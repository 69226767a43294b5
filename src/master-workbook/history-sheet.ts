import { CRITERION_FIELDS, TASK_FIELDS, type AnswerField, type HistoryEntry } from '../periods/answers';
import { parsePeriod, periodName } from '../periods/ids';
import type { Plan } from '../plan/schema';
import { findHeaderRow } from '../workbook-kit/header-row';
import { cellOf, cellText, rowsFrom, type ReadSheet, type ReadWorkbook } from '../workbook-kit/read-model';
import type { CellSpec, RowSpec, SheetSpec } from '../workbook-kit/spec';
import { headerRow, planReference, titleRows } from '../workbook-kit/table';
import { MASTER_HISTORY_COLUMNS, MASTER_SHEET } from './layout';
import { periodListing, type MasterPeriod } from './period';

/**
 * Lịch sử theo kỳ: every answer of every round compiled so far (this one included), one row per
 * task or criterion, unit and round, in round order under each row. It is what the next round's
 * master carries on and what carry-forward reads back, so it is written and read here together.
 * The round's id sits in a hidden column; values are as they were compiled (dates 'YYYY-MM-DD').
 */

const FIELDS: readonly AnswerField[] = [...new Set<AnswerField>([...TASK_FIELDS, ...CRITERION_FIELDS])];

export function historySheet(plan: Plan, p: MasterPeriod, nameOf: (id: string) => string): SheetSpec {
  const cols = MASTER_HISTORY_COLUMNS;
  const rows: RowSpec[] = [...titleRows('LỊCH SỬ BÁO CÁO THEO KỲ', `Mọi báo cáo của các đơn vị thực hiện ${planReference(plan)}, từng kỳ đến ${p.name}`, 2), headerRow(cols)];
  const text = (v: string | number | null, style = 'text'): CellSpec => ({ value: v ?? '', style });
  // mergeHistory orders by row, unit, period: consecutive entries of one (row, unit, period) are one sheet row.
  let i = 0;
  const h = p.history;
  while (i < h.length) {
    const first = h[i]!;
    const fields = new Map<AnswerField, string | number>();
    while (i < h.length && h[i]!.id === first.id && h[i]!.agency === first.agency && h[i]!.period === first.period) {
      fields.set(h[i]!.field, h[i]!.value);
      i++;
    }
    const round = parsePeriod(first.period);
    const cells: Record<(typeof cols)[number]['key'], CellSpec> = {
      id: text(first.id),
      item: text(nameOf(first.id)),
      agency: text(first.agency),
      period: text(round ? periodName(round) : first.period, 'center'),
      periodId: text(first.period),
      status: text(fields.get('status') ?? null),
      completedOn: text(fields.get('completedOn') ?? null, 'center'),
      result: text(fields.get('result') ?? null),
      selfAssessment: typeof fields.get('selfAssessment') === 'number' ? { value: fields.get('selfAssessment')!, style: 'num2' } : text(fields.get('selfAssessment') ?? null),
      explanation: text(fields.get('explanation') ?? null),
      evidence: text(fields.get('evidence') ?? null),
      issues: text(fields.get('issues') ?? null),
    };
    rows.push({ cells: cols.map((c) => cells[c.key]) });
  }
  return periodListing(plan, MASTER_SHEET.history, cols, rows);
}

/**
 * The history as a master holds it, or null when it has no history sheet (a master of no round).
 * Found by its header row (on its own sheet, or a renamed one); a cell left empty is no answer.
 */
export function readHistory(wb: ReadWorkbook): HistoryEntry[] | null {
  const candidates: ReadSheet[] = [...wb.sheets.filter((s) => s.name === MASTER_SHEET.history), ...wb.sheets.filter((s) => s.name !== MASTER_SHEET.history && !s.name.startsWith('_'))];
  for (const sheet of candidates) {
    const found = findHeaderRow(sheet, MASTER_HISTORY_COLUMNS, ['id', 'agency', 'periodId', 'status', 'selfAssessment']);
    if (!found) continue;
    const out: HistoryEntry[] = [];
    for (const row of rowsFrom(sheet, found.row + 1)) {
      const at = (k: string) => cellOf(row, found.col[k as keyof typeof found.col]);
      const [id, agency, period] = [cellText(at('id')), cellText(at('agency')), cellText(at('periodId'))];
      if (!id || !agency) continue;
      for (const field of FIELDS) {
        const cell = at(field);
        if (cellText(cell) === '') continue;
        const v = cell!.value;
        const value = field === 'selfAssessment' && typeof v === 'number' ? v : field === 'completedOn' && typeof v === 'number' ? serialDay(v) : cellText(cell);
        out.push({ id, agency, period, field, value });
      }
    }
    return out;
  }
  return null;
}

/** A day number a person's Excel made of a date typed over → 'YYYY-MM-DD'. */
const serialDay = (n: number) => new Date(Date.UTC(1899, 11, 30) + Math.round(n) * 86_400_000).toISOString().slice(0, 10);
