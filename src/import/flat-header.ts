import { columnRole, headerYear } from './columns';
import { COLUMN_NUMBER, headerFold, YEAR_ONLY } from './vocabulary';

/**
 * A header flattened to one run of cells (the seed's text format loses the rows of a table's
 * header): `STT | Nội dung | Điểm đạt được | Mục tiêu | Cơ quan | Năm 2023 | Năm 2024 | Tăng, giảm`
 * and perhaps `(1) | (2) | …`. Rebuilt here as the header rows a page shows: the cells naming
 * years or a difference at the end of the run sit under the one group cell of the first row that
 * names scores without a year. The row numbering the columns, when present, gives the width and
 * confirms the layout. Anything else stays one row, as before.
 */
export interface FlatHeader {
  /** Header rows as grid rows would hold them (texts; '' where a merged cell continues). */
  rows: string[][];
  width: number;
}

export function layoutFlatHeader(texts: string[]): FlatHeader {
  let cells = texts.slice();
  let numbered: number | null = null;
  let k = cells.length;
  while (k > 0 && COLUMN_NUMBER.test(compact(cells[k - 1]!))) k--;
  if (cells.length - k >= 3) {
    numbered = cells.length - k;
    cells = cells.slice(0, k);
  }
  const numberRow = numbered === null ? [] : [texts.slice(texts.length - numbered)];
  const single = (): FlatHeader => ({ rows: [cells, ...numberRow], width: cells.length });

  let s = cells.length;
  while (s > 0 && isSubHeader(cells[s - 1]!)) s--;
  const suffix = cells.slice(s);
  const prefix = cells.slice(0, s);
  if (suffix.length < 2) return single();
  const groups = prefix.map((t, i) => ({ t, i })).filter(({ t }) => isGroup(t));
  if (groups.length !== 1) return single();
  const width = prefix.length - 1 + suffix.length;
  if (numbered !== null && numbered !== width) return single();
  const at = groups[0]!.i;
  const top = [...prefix.slice(0, at + 1), ...suffix.slice(1).map(() => ''), ...prefix.slice(at + 1)];
  const below = top.map((_, c) => (c >= at && c < at + suffix.length ? suffix[c - at]! : ''));
  return { rows: [top, below, ...numberRow], width };
}

function compact(t: string): string {
  return t.replace(/\s+/g, '').replace(/=.*$/, '').toLowerCase();
}

/** 'Năm 2023', '2024', 'Tăng, giảm': what a second header row writes under a group. */
function isSubHeader(t: string): boolean {
  const f = headerFold(t);
  return YEAR_ONLY.test(f) || columnRole(t) === 'delta' || (headerYear(t) !== null && f.split(' ').length <= 3);
}

/** 'Điểm đạt được', 'Kết quả', 'Điểm số': a score heading without a year, over the years below it. */
function isGroup(t: string): boolean {
  if (headerYear(t) !== null) return false;
  const role = columnRole(t);
  return role === 'result' || (role === null && /^(diem|ket qua)( |$)/.test(headerFold(t)));
}
