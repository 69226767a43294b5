import type { Finding, Plan } from '../plan/schema';
import { headerRow, listingSheet, planReference, titleRows } from '../workbook-kit/table';
import { LEGEND_WORDS, withLegend } from '../workbook-kit/legend';
import type { Placement } from './placement';
import { criteriaColumns, FINDING_COLUMNS, SHEET, TASK_COLUMNS, type FindingKey } from './layout';
import { columnLetter, sheetRef, type CellSpec, type RowSpec, type SheetSpec } from '../workbook-kit/spec';

/** How a shell words a finding: the core holds data, the shell chooses the words (Vietnamese by default). */
export interface FindingWords {
  severity(f: Finding): string;
  message(f: Finding): string;
  where(f: Finding): string;
  /** The finding's item as the plan numbers it ('Nhiệm vụ A.5'), never its id. */
  item(id: string | null): string;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Every finding, most severe first, each with a link to its row (HYPERLINK formulas: exceljs writes internal links as external). */
export function findingsSheet(plan: Plan, findings: Finding[], words: FindingWords, place: Placement): SheetSpec {
  const cols = FINDING_COLUMNS;
  const col = (key: FindingKey) => cols.findIndex((c) => c.key === key) + 1;
  const has = (s: Finding['severity'], words: string) => (findings.some((f) => f.severity === s) ? [words] : []);
  const legend = { action: has('error', LEGEND_WORDS.findingError), review: has('warning', LEGEND_WORDS.findingWarning) };
  const title = titleRows('KẾT QUẢ KIỂM TRA SỐ LIỆU KẾ HOẠCH', `Kết quả kiểm tra tự động nội dung ${planReference(plan)}; lỗi và cảnh báo trước`, 1);
  const rows: RowSpec[] = [...(legend.action.length + legend.review.length ? withLegend(title, 1, legend) : title), headerRow(cols)];
  const sorted = findings.map((f, i) => ({ f, i })).sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i);
  for (const { f } of sorted) {
    const target = linkTarget(f, place);
    const cells: Record<FindingKey, CellSpec> = {
      severity: { value: words.severity(f), style: f.severity },
      index: { value: f.index === 'PAR' ? 'PAR INDEX' : f.index ?? '', style: 'center' },
      // What officials read: the plan's own numbering and the sheet and cell, never an id or a line of a text file.
      item: { value: words.item(f.id), style: 'text' },
      where: { value: target ? `${target.sheet}, ô ${target.label}` : words.where(f), style: 'text' },
      message: { value: words.message(f), style: 'text' },
      link: target ? { value: target.label, formula: `HYPERLINK("#${target.ref.replace(/"/g, '""')}","${target.label}")`, style: 'link' } : { value: '', style: 'text' },
      rule: { value: f.rule, style: 'text' },
    };
    rows.push({ cells: cols.map((c) => cells[c.key]) });
  }
  return listingSheet(plan, { name: SHEET.findings, printTitle: 'Kết quả kiểm tra', cols, rows, freezeCols: 0, lastPrintedCol: col('link') });
}

/** The sheet and row of the item a finding is about, when it has one in the workbook. */
function linkTarget(f: Finding, place: Placement): { ref: string; label: string; sheet: string } | null {
  if (!f.id) return null;
  const row = place.rowOf.get(f.id);
  if (row === undefined) return null;
  const index = f.id.split(':')[0];
  const sheet = f.id.startsWith('TASK:') || f.id.startsWith('GROUP:') ? SHEET.tasks : index === 'PAR' || index === 'SIPAS' || index === 'PAPI' ? SHEET[index] : null;
  if (!sheet) return null;
  // The name or title cell: what people want to look at.
  const key = sheet === SHEET.tasks ? 'title' : 'name';
  const columns: { key: string }[] = sheet === SHEET.tasks ? TASK_COLUMNS : criteriaColumns(null, null);
  const letter = columnLetter(columns.findIndex((c) => c.key === key) + 1);
  return { ref: sheetRef(sheet, `${letter}${row}`), label: `${letter}${row}`, sheet };
}

