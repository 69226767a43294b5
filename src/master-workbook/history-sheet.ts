import type { AnswerField, HistoryEntry } from '../periods/answers';
import { comparePeriods, parsePeriod, periodName } from '../periods/ids';
import type { Plan } from '../plan/schema';
import { cellOf, cellText, denseCells, rowsFrom, type ReadSheet, type ReadWorkbook } from '../workbook-kit/read-model';
import type { CellSpec, RowSpec, SheetSpec } from '../workbook-kit/spec';
import type { Column } from '../workbook-kit/table';
import { headerRow, planReference, titleRows } from '../workbook-kit/table';
import { MASTER_HISTORY_COLUMNS, MASTER_SHEET } from './layout';
import { periodListing, type MasterPeriod } from './period';

/**
 * Lịch sử theo kỳ: every answer of every round compiled so far (this one included), one row per
 * task or criterion and unit, and for each round in order its columns — its status first, then
 * each other field the round holds ('Tình trạng — Quý I/2026', 'Kết quả, sản phẩm — 6 tháng đầu
 * năm 2026'): a unit's status across the rounds reads along its row. It is what the next round's
 * master carries on and what carry-forward reads back, so it is written and read here together.
 * Values are as they were compiled (dates 'YYYY-MM-DD'); a round is named in its headers, and read
 * back from them.
 */

type Base = 'id' | 'item' | 'agency';
const BASE = MASTER_HISTORY_COLUMNS.filter((c): c is Column<Base> & (typeof MASTER_HISTORY_COLUMNS)[number] => c.key === 'id' || c.key === 'item' || c.key === 'agency');
const FIELD_COLUMNS = MASTER_HISTORY_COLUMNS.filter((c) => c.key !== 'id' && c.key !== 'item' && c.key !== 'agency') as (Column<AnswerField> & { key: AnswerField })[];
/** Between a field and its round in a header. */
const SEP = ' — ';
/** How a round is named in headers: its name, or this for the answers of a master compiled before rounds (period ''). */
const BEFORE_ROUNDS = 'Trước khi theo kỳ';

const roundLabel = (period: string) => {
  const p = parsePeriod(period);
  return p ? periodName(p) : BEFORE_ROUNDS;
};

export function historySheet(plan: Plan, p: MasterPeriod, nameOf: (id: string) => string): SheetSpec {
  const h = p.history;
  // Which fields each round holds: its status always (the history of status), the others when any unit gave one.
  const held = new Map<string, Set<AnswerField>>();
  for (const e of h) {
    const s = held.get(e.period) ?? new Set<AnswerField>(['status']);
    s.add(e.field);
    held.set(e.period, s);
  }
  const periods = [...held.keys()].sort(comparePeriods);
  const roundCols = periods.flatMap((period) =>
    FIELD_COLUMNS.filter((c) => held.get(period)!.has(c.key)).map((c) => ({ period, field: c.key, col: { key: `${c.key}@${period}`, header: `${c.header}${SEP}${roundLabel(period)}`, width: c.width } })),
  );
  const cols: Column<string>[] = [...BASE, ...roundCols.map((c) => c.col)];
  const at = new Map(roundCols.map((c, i) => [`${c.field}@${c.period}`, BASE.length + i]));
  const rows: RowSpec[] = [...titleRows('LỊCH SỬ BÁO CÁO THEO KỲ', `Mọi báo cáo của các đơn vị thực hiện ${planReference(plan)}, từng kỳ đến ${p.name}`, 2), headerRow(cols)];
  // One line a row (the full text is in the cell), and nothing written where nothing was answered:
  // a history of every answer of every round stays quick to write and to read back, round after round.
  const line = (value: string | number): CellSpec => ({ value, style: 'textLine' });
  // mergeHistory orders by row and unit: consecutive entries of one (row, unit) are one sheet row.
  let i = 0;
  while (i < h.length) {
    const first = h[i]!;
    const cells: (CellSpec | null)[] = new Array<CellSpec | null>(cols.length).fill(null);
    cells[0] = line(first.id);
    cells[1] = line(shortName(nameOf(first.id)));
    cells[2] = line(first.agency);
    while (i < h.length && h[i]!.id === first.id && h[i]!.agency === first.agency) {
      const e = h[i]!;
      const k = at.get(`${e.field}@${e.period}`)!;
      cells[k] = typeof e.value === 'number' && e.field === 'selfAssessment' ? { value: e.value, style: 'num2' } : e.field === 'completedOn' ? { value: e.value, style: 'center' } : line(e.value);
      i++;
    }
    rows.push({ cells });
  }
  return periodListing(plan, MASTER_SHEET.history, cols, rows);
}

/**
 * The history as a master holds it, or null when it has no history sheet (a master of no round).
 * Found by its header row (on its own sheet, or a renamed one): the ID, unit and round columns,
 * each round column by its header; a cell left empty is no answer.
 */
export function readHistory(wb: ReadWorkbook): HistoryEntry[] | null {
  const candidates: ReadSheet[] = [...wb.sheets.filter((s) => s.name === MASTER_SHEET.history), ...wb.sheets.filter((s) => s.name !== MASTER_SHEET.history && !s.name.startsWith('_'))];
  for (const sheet of candidates) {
    const found = headerOf(sheet);
    if (!found) continue;
    const out: HistoryEntry[] = [];
    for (const row of rowsFrom(sheet, found.row + 1)) {
      const [id, agency] = [cellText(cellOf(row, found.id)), cellText(cellOf(row, found.agency))];
      if (!id || !agency) continue;
      for (const { col, field, period } of found.rounds) {
        const cell = cellOf(row, col);
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

/** The header row of the first 20 with ID, unit and at least one round's status column: where each is. */
function headerOf(sheet: ReadSheet): { row: number; id: number; agency: number; rounds: { col: number; field: AnswerField; period: string }[] } | null {
  const byHeader = new Map(FIELD_COLUMNS.map((c) => [c.header, c.key]));
  for (const row of rowsFrom(sheet, 1)) {
    if (row.row > 20) break;
    const headers = denseCells(row).map(cellText);
    const id = headers.indexOf(BASE.find((c) => c.key === 'id')!.header);
    const agency = headers.indexOf(BASE.find((c) => c.key === 'agency')!.header);
    if (id < 0 || agency < 0) continue;
    const rounds: { col: number; field: AnswerField; period: string }[] = [];
    headers.forEach((text, k) => {
      const cut = text.indexOf(SEP);
      if (cut < 0) return;
      const field = byHeader.get(text.slice(0, cut).trim());
      const name = text.slice(cut + SEP.length).trim();
      const period = name === BEFORE_ROUNDS ? '' : parsePeriod(name)?.id;
      if (field && period !== undefined) rounds.push({ col: k + 1, field, period });
    });
    if (rounds.some((r) => r.field === 'status')) return { row: row.row, id: id + 1, agency: agency + 1, rounds };
  }
  return null;
}

/**
 * An item's number and the start of its title: what one line shows (the whole title is on the
 * master's own sheets). Repeated on a row per unit, the full titles made most of the sheet's bytes.
 */
const NAME_CHARS = 60;
const shortName = (name: string) => (name.length <= NAME_CHARS ? name : `${name.slice(0, NAME_CHARS - 1).trimEnd()}…`);

/** A day number a person's Excel made of a date typed over → 'YYYY-MM-DD'. */
const serialDay = (n: number) => new Date(Date.UTC(1899, 11, 30) + Math.round(n) * 86_400_000).toISOString().slice(0, 10);
