/**
 * Reporting periods: the rounds in which a plan is followed (DESIGN §3b).
 *
 * The national calendar is Bộ Nội vụ's (the periodic report on administrative reform): data is
 * cut off on the 14th and the report is due at the ministry on the 20th of the period's last
 * month; Quý I, 6 tháng and Năm count from 15/12 of the previous year, Quý III from 15/06.
 * A province sets earlier dates for its own units (`ProvinceCalendar`), may ask for monthly
 * reports, and may open an ad-hoc round.
 *
 * Period ids (what `--period` takes, what `_meta` keeps), chosen to sort and to survive a file name:
 *   2026-Q1   Quý I/2026          data 15/12/2025 → 14/03/2026, ministry due 20/03/2026
 *   2026-H1   6 tháng đầu năm 2026 data 15/12/2025 → 14/06/2026, due 20/06/2026
 *   2026-Q3   Quý III/2026        data 15/06/2026 → 14/09/2026, due 20/09/2026
 *   2026-Y    Năm 2026            data 15/12/2025 → 14/12/2026, due 20/12/2026
 *   2026-M04  Tháng 4/2026        data 15/03/2026 → 14/04/2026, due 20/04/2026 (the national
 *                                 cut-off rule applied to one month; no ministry report)
 *   X:2026-03-01:2026-04-15       an ad-hoc round over those days (no ministry date; the unit's
 *                                 due date comes from the province's overrides or `--due`)
 * The parser also reads the names people write: 'Quý I/2026', '6 tháng/2026', 'Năm 2026',
 * 'Tháng 4/2026', and 'X:01/03/2026-15/04/2026'.
 */

export type PeriodKind = 'Q1' | 'H1' | 'Q3' | 'Y' | 'month' | 'adhoc';

export interface Period {
  /** Canonical id, e.g. '2026-Q1'. */
  id: string;
  kind: PeriodKind;
  /** The year reported on (an ad-hoc round: the year of its last day). */
  year: number;
  /** First and last day of the data it covers, 'YYYY-MM-DD', inclusive. */
  from: string;
  to: string;
  /** When the province's report is due at the ministry; null for monthly and ad-hoc rounds. */
  ministryDue: string | null;
  /** The month whose day the province's internal rule counts in (the period's last month). */
  lastMonth: { year: number; month: number };
}

const pad = (n: number) => String(n).padStart(2, '0');
export const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** A day that exists, 'YYYY-MM-DD'. */
export function isIsoDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** 'dd/mm/yyyy' → 'YYYY-MM-DD', or null when it is not a day that exists. */
function fromVietnamese(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const day = iso(Number(m[3]), Number(m[2]), Number(m[1]));
  return isIsoDay(day) ? day : null;
}

const YEAR = /^(\d{4})$/;
const ROMAN: Record<string, 'Q1' | 'Q3'> = { i: 'Q1', '1': 'Q1', iii: 'Q3', '3': 'Q3' };

/** A period id or a name people write → the period, or null when it names none. */
export function parsePeriod(input: string): Period | null {
  const text = input.trim();
  let m = /^(\d{4})-(Q1|H1|Q3|Y)$/i.exec(text);
  if (m) return national(Number(m[1]), m[2]!.toUpperCase() as 'Q1' | 'H1' | 'Q3' | 'Y');
  m = /^(\d{4})-M(\d{2})$/i.exec(text);
  if (m) return monthly(Number(m[1]), Number(m[2]));
  m = /^X:(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})$/i.exec(text);
  if (m) return adhoc(m[1]!, m[2]!);
  // 'X:01/03/2026-15/04/2026' as typed, or 'Kỳ 01/03/2026 – 15/04/2026' as periodName writes it.
  m = /^(?:X:|Kỳ\s+)(\d{1,2}\/\d{1,2}\/\d{4})\s*[-–]\s*(\d{1,2}\/\d{1,2}\/\d{4})$/i.exec(text);
  if (m) {
    const [from, to] = [fromVietnamese(m[1]!), fromVietnamese(m[2]!)];
    return from && to ? adhoc(from, to) : null;
  }
  // The names people write, with or without diacritics.
  const plain = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/\s+/g, ' ');
  m = /^quy (i|iii|1|3) ?\/ ?(\d{4})$/.exec(plain);
  if (m) return national(Number(m[2]), ROMAN[m[1]!]!);
  m = /^(?:6|sau) thang(?: dau nam)? ?\/? ?(\d{4})$/.exec(plain);
  if (m) return national(Number(m[1]), 'H1');
  m = /^nam ?\/? ?(\d{4})$/.exec(plain);
  if (m && YEAR.test(m[1]!)) return national(Number(m[1]), 'Y');
  m = /^thang (\d{1,2}) ?\/ ?(\d{4})$/.exec(plain);
  if (m) return monthly(Number(m[2]), Number(m[1]));
  return null;
}

function inRange(year: number): boolean {
  return year >= 2000 && year <= 2100;
}

function national(year: number, kind: 'Q1' | 'H1' | 'Q3' | 'Y'): Period | null {
  if (!inRange(year)) return null;
  const month = { Q1: 3, H1: 6, Q3: 9, Y: 12 }[kind];
  const from = kind === 'Q3' ? iso(year, 6, 15) : iso(year - 1, 12, 15);
  return { id: `${year}-${kind}`, kind, year, from, to: iso(year, month, 14), ministryDue: iso(year, month, 20), lastMonth: { year, month } };
}

function monthly(year: number, month: number): Period | null {
  if (!inRange(year) || month < 1 || month > 12) return null;
  const [py, pm] = month === 1 ? [year - 1, 12] : [year, month - 1];
  return { id: `${year}-M${pad(month)}`, kind: 'month', year, from: iso(py, pm, 15), to: iso(year, month, 14), ministryDue: null, lastMonth: { year, month } };
}

function adhoc(from: string, to: string): Period | null {
  if (!isIsoDay(from) || !isIsoDay(to) || from > to) return null;
  const year = Number(to.slice(0, 4));
  if (!inRange(year)) return null;
  return { id: `X:${from}:${to}`, kind: 'adhoc', year, from, to, ministryDue: null, lastMonth: { year, month: Number(to.slice(5, 7)) } };
}

/** The four national periods of a year, in order. */
export function nationalPeriods(year: number): Period[] {
  return (['Q1', 'H1', 'Q3', 'Y'] as const).map((k) => national(year, k)).filter((p): p is Period => p !== null);
}

/** How the period is named in sheets and reports: 'Quý I/2026', '6 tháng đầu năm 2026', 'Tháng 4/2026', 'Kỳ 01/03/2026 – 15/04/2026'. */
export function periodName(p: Period): string {
  switch (p.kind) {
    case 'Q1':
      return `Quý I/${p.year}`;
    case 'H1':
      return `6 tháng đầu năm ${p.year}`;
    case 'Q3':
      return `Quý III/${p.year}`;
    case 'Y':
      return `Năm ${p.year}`;
    case 'month':
      return `Tháng ${p.lastMonth.month}/${p.year}`;
    case 'adhoc':
      return `Kỳ ${vietnameseDay(p.from)} – ${vietnameseDay(p.to)}`;
  }
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'. */
export function vietnameseDay(isoDay: string): string {
  return isoDay.split('-').reverse().join('/');
}

/** Periods in time order: by their last day, then their first (a longer round first). */
export function comparePeriods(a: string, b: string): number {
  if (a === b) return 0;
  const [pa, pb] = [parsedOnce(a), parsedOnce(b)];
  // An unnamed period (a master compiled before periods existed) comes before every named one.
  if (!pa || !pb) return (pa ? 1 : 0) - (pb ? 1 : 0) || a.localeCompare(b);
  return pa.to.localeCompare(pb.to) || pa.from.localeCompare(pb.from) || a.localeCompare(b);
}

/** Sorting a history compares the same few ids a million times: each is parsed once. */
const parsed = new Map<string, Period | null>();
function parsedOnce(id: string): Period | null {
  let p = parsed.get(id);
  if (p === undefined) {
    p = parsePeriod(id);
    if (parsed.size < 1000) parsed.set(id, p);
  }
  return p;
}

/** Whole days from one 'YYYY-MM-DD' to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
