import { finding } from '../plan/finding';
import type { Finding, Plan, PlanMeta, ProvinceCalendar } from '../plan/schema';
import { comparePeriods, isIsoDay, nationalPeriods, parsePeriod, periodName, vietnameseDay, type Period } from '../periods/ids';
import { FILL } from '../workbook-kit/colours';
import { findHeaderRow } from '../workbook-kit/header-row';
import { legendText } from '../workbook-kit/legend';
import { cellAt, cellText, rowsFrom, type ReadSheet, type ReadWorkbook, type SheetValue } from '../workbook-kit/read-model';
import type { CellSpec, CellStyle, RowSpec, SheetSpec } from '../workbook-kit/spec';
import { columnLetter } from '../workbook-kit/spec';
import { headerRow, listingSheet, planReference, type Column } from '../workbook-kit/table';

/**
 * Lịch báo cáo (issue #15): the reporting rounds of the plan's year from the national calendar —
 * period, data range, the ministry's due date — and the province's own due date for its units,
 * which the user types (dd/mm/yyyy, as text) and every later `assemble`/`compile --period` takes
 * unless a run gives `--due`. Above the table, one rule for all rounds (units report by this day of
 * the period's last month); below the national rows, blank rows for a monthly or ad-hoc round.
 * Written and read here together, so the two cannot drift.
 */

export const CALENDAR_SHEET = 'Lịch báo cáo';

export type CalendarKey = 'id' | 'name' | 'from' | 'to' | 'ministryDue' | 'unitDue' | 'note';

export const CALENDAR_COLUMNS: Column<CalendarKey>[] = [
  { key: 'id', header: 'ID kỳ', width: 14, hidden: true },
  { key: 'name', header: 'Kỳ báo cáo', width: 24 },
  { key: 'from', header: 'Số liệu từ ngày', width: 13 },
  { key: 'to', header: 'Số liệu đến ngày', width: 13 },
  { key: 'ministryDue', header: 'Hạn tỉnh gửi Bộ Nội vụ', width: 14 },
  { key: 'unitDue', header: 'Hạn đơn vị gửi báo cáo (tỉnh đặt)', width: 16 },
  { key: 'note', header: 'Ghi chú', width: 48 },
];

/** The label of the rule's row (row 4, under the legend); its value sits in the column of the units' due dates. */
export const RULE_LABEL = 'Hạn chung của tỉnh: đơn vị gửi báo cáo trước ngày (1–31) của tháng cuối kỳ';
const BLANK_ROWS = 6;

/** The cells the user fills in: the colour of every cell to fill (colours.ts), as text so '05/03/2026' stays what was typed in any Excel. */
export const CALENDAR_STYLES: Record<string, CellStyle> = {
  calendarInput: { hAlign: 'center', vAlign: 'top', border: true, unlocked: true, fill: FILL.input, numFmt: '@' },
  calendarInputText: { vAlign: 'top', wrap: true, border: true, unlocked: true, fill: FILL.input, numFmt: '@' },
  calendarLabel: { bold: true, vAlign: 'top', wrap: true },
};

/** The year whose rounds the sheet lists: the plan's target year, else the year after its results, else the year of its date. */
export function calendarYear(m: PlanMeta): number | null {
  return m.targetYear ?? (m.resultYear !== null ? m.resultYear + 1 : null) ?? (m.date ? Number(m.date.slice(0, 4)) : null);
}

export function calendarSheet(plan: Plan): SheetSpec {
  const cols = CALENDAR_COLUMNS;
  const col = (key: CalendarKey) => cols.findIndex((c) => c.key === key) + 1;
  const cal = plan.calendar ?? { unitDueDay: null, overrides: {}, listed: [] };
  const year = calendarYear(plan.meta);
  const national = year === null ? [] : nationalPeriods(year);
  // The national rounds of the year, then every other round the user gave a row (kept on a rewrite), in time order.
  const others = [...new Set([...Object.keys(cal.overrides), ...cal.listed])]
    .filter((id) => !national.some((p) => p.id === id))
    .map(parsePeriod)
    .filter((p): p is Period => p !== null)
    .sort((a, b) => comparePeriods(a.id, b.id));
  const text = (v: string, style = 'text'): CellSpec => ({ value: v, style });
  const pad = (cells: CellSpec[]) => [null, ...cells];
  const rows: RowSpec[] = [
    { cells: pad([text(`LỊCH BÁO CÁO ĐỊNH KỲ${year === null ? '' : ` NĂM ${year}`}`, 'title')]), height: 36 },
    { cells: pad([text(`Kỳ báo cáo và hạn gửi báo cáo của các đơn vị thực hiện ${planReference(plan)}. Hạn gửi Bộ Nội vụ theo quy định của Bộ (số liệu đến ngày 14, gửi trước ngày 20 của tháng cuối kỳ); hạn của đơn vị do tỉnh đặt.`, 'subtitle')]), height: 30 },
    { cells: pad([text(legendText({ input: true }), 'legend')]), height: 18 },
    {
      cells: [
        null,
        text(RULE_LABEL, 'calendarLabel'),
        null,
        null,
        null,
        text(cal.unitDueDay === null ? '' : String(cal.unitDueDay), 'calendarInput'),
        text('Ô nền tím nhạt do Sở Nội vụ điền. Hạn của một kỳ (dd/mm/yyyy) được dùng trước; để trống thì theo hạn chung ở ô bên trái; cả hai để trống thì theo hạn gửi Bộ.', 'plain'),
      ],
      height: 48,
    },
    headerRow(cols),
  ];
  const periodRow = (p: Period, note: string, input: boolean) => {
    const due = cal.overrides[p.id];
    const cells: Record<CalendarKey, CellSpec> = {
      id: text(p.id),
      name: text(periodName(p), input ? 'calendarInputText' : 'text'),
      from: text(vietnameseDay(p.from), input ? 'calendarInput' : 'center'),
      to: text(vietnameseDay(p.to), input ? 'calendarInput' : 'center'),
      ministryDue: text(p.ministryDue ? vietnameseDay(p.ministryDue) : '', 'center'),
      unitDue: text(due ? vietnameseDay(due) : '', 'calendarInput'),
      note: text(note),
    };
    rows.push({ cells: cols.map((c) => cells[c.key]) });
  };
  for (const p of national) periodRow(p, 'Theo quy định của Bộ Nội vụ.', false);
  for (const p of others) periodRow(p, p.kind === 'month' ? 'Kỳ hằng tháng do tỉnh thêm.' : 'Kỳ đột xuất do tỉnh thêm.', true);
  for (let i = 0; i < BLANK_ROWS; i++) {
    const cells: Record<CalendarKey, CellSpec> = {
      id: text(''),
      name: text('', 'calendarInputText'),
      from: text('', 'calendarInput'),
      to: text('', 'calendarInput'),
      ministryDue: text('', 'center'),
      unitDue: text('', 'calendarInput'),
      note: text(i === 0 ? `Thêm kỳ: ghi “Tháng 4/${year ?? 2026}”, hoặc để trống cột Kỳ và ghi ngày ở hai cột Số liệu từ ngày, đến ngày (kỳ đột xuất).` : ''),
    };
    rows.push({ cells: cols.map((c) => cells[c.key]) });
  }
  const sheet = listingSheet(plan, { name: CALENDAR_SHEET, printTitle: CALENDAR_SHEET, cols, rows, freezeCols: 0, lastPrintedCol: cols.length });
  // Titles over the printed columns; the rule's label over the columns left of its input, so the input stays its own cell.
  const [first, last] = [columnLetter(col('name')), columnLetter(cols.length)];
  return { ...sheet, merges: [`${first}1:${last}1`, `${first}2:${last}2`, `${first}3:${last}3`, `${first}4:${columnLetter(col('unitDue') - 1)}4`] };
}

/**
 * The province's calendar as the user left the sheet, or undefined when it sets nothing (no date,
 * no rule, no round added) or the workbook has no such sheet (older than it): units are then due
 * by the ministry's dates, as before. A date or day that cannot be read is a finding at its cell
 * and gives no date; a row whose period cannot be read is skipped.
 */
export function readCalendar(wb: ReadWorkbook, meta: PlanMeta, findings: Finding[]): ProvinceCalendar | undefined {
  const year = calendarYear(meta);
  const national = new Set(year === null ? [] : nationalPeriods(year).map((p) => p.id));
  const candidates: ReadSheet[] = [...wb.sheets.filter((s) => s.name === CALENDAR_SHEET), ...wb.sheets.filter((s) => s.name !== CALENDAR_SHEET && !s.name.startsWith('_'))];
  for (const sheet of candidates) {
    const found = findHeaderRow(sheet, CALENDAR_COLUMNS, ['name', 'unitDue']);
    if (!found) continue;
    const c = found.col;
    const where = (row: number, col: number | undefined) => ({ table: sheet.name, line: null, row, col: col ?? null });
    const calendar: ProvinceCalendar = { unitDueDay: null, overrides: {}, listed: [] };
    for (const row of rowsFrom(sheet, 1)) {
      if (row.row >= found.row) break;
      if (!row.cells.some((cell) => cellText(cell).startsWith('Hạn chung của tỉnh'))) continue;
      const cell = cellAt(sheet, row.row, c.unitDue);
      const day = dayOfMonth(cell?.value ?? null);
      if (day === 'bad') findings.push(finding('sheet.day-unreadable', 'warning', { index: null, id: null, source: where(row.row, c.unitDue) }, 'unitDueDay', cellText(cell), null, {}));
      else calendar.unitDueDay = day;
    }
    for (const row of rowsFrom(sheet, found.row + 1)) {
      const r = row.row;
      const at = (k: CalendarKey) => cellAt(sheet, r, c[k]);
      const [id, name] = [cellText(at('id')), cellText(at('name'))];
      const [from, to, due] = [dayOf(at('from')?.value ?? null), dayOf(at('to')?.value ?? null), at('unitDue')?.value ?? null];
      if (!id && !name && from === null && to === null && cellText(at('unitDue')) === '') continue;
      // The hidden id first (a renamed row is still its round), then the name people write, then the two days of an ad-hoc round.
      const period = parsePeriod(id) ?? parsePeriod(name) ?? (!name && typeof from === 'string' && typeof to === 'string' ? parsePeriod(`X:${from}:${to}`) : null);
      if (!period) {
        const stated = name || [cellText(at('from')), cellText(at('to'))].filter(Boolean).join(' – ') || cellText(at('unitDue'));
        findings.push(finding('sheet.period-unreadable', 'warning', { index: null, id: null, source: where(r, name ? c.name : c.from) }, 'name', stated, null, {}));
        continue;
      }
      const day = dayOf(due);
      if (day === 'bad') findings.push(finding('sheet.date-unreadable', 'warning', { index: null, id: period.id, source: where(r, c.unitDue) }, 'unitDue', cellText(at('unitDue')), periodName(period), {}));
      if (day !== null && day !== 'bad') calendar.overrides[period.id] = day;
      else if (!national.has(period.id) && !calendar.listed.includes(period.id)) calendar.listed.push(period.id);
    }
    const empty = calendar.unitDueDay === null && Object.keys(calendar.overrides).length === 0 && calendar.listed.length === 0;
    return empty ? undefined : calendar;
  }
  return undefined;
}

/** A day as a cell holds it — 'YYYY-MM-DD' (a date cell), 'dd/mm/yyyy' typed as text, or Excel's day number — or null when empty; 'bad' when it is no day. */
export function dayOf(v: SheetValue): string | null | 'bad' {
  if (v === null || v === '') return null;
  if (typeof v === 'number') {
    // Excel's day numbers (a date typed into a cell that lost its text format), of the years 2000–2099 only: a 5 is no date.
    if (!Number.isInteger(v) || v < 36_526 || v > 73_050) return 'bad';
    return new Date(Date.UTC(1899, 11, 30) + v * 86_400_000).toISOString().slice(0, 10);
  }
  if (typeof v !== 'string') return 'bad';
  const t = v.trim();
  if (t === '') return null;
  if (isIsoDay(t)) return t;
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  if (!m) return 'bad';
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDay(iso) ? iso : 'bad';
}

/** The rule's day, 1–31, or null when empty; 'bad' otherwise. */
function dayOfMonth(v: SheetValue): number | null | 'bad' {
  if (v === null || (typeof v === 'string' && v.trim() === '')) return null;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,2}$/.test(v.trim()) ? Number(v.trim()) : Number.NaN;
  return Number.isInteger(n) && n >= 1 && n <= 31 ? n : 'bad';
}
