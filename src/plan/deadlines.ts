/**
 * Deadline cells ('Quý II/2025', 'Tháng 7/2025', 'Thường xuyên', several dated parts with scopes).
 * Never guesses: what cannot be read is returned with parsed false. Pure: no Node or DOM.
 */
import type { Deadline, DeadlinePart, Recurring } from './schema';
import { romanToInt } from './codes';
import { cleanText, fold, stripDiacritics } from './text';

export interface DeadlineContext {
  /** The plan's target year, used when a cell names no year ('Quý IV', 'Trong năm'). */
  year: number | null;
}

/** Years a plan can plausibly name; anything else is a misreading, not a date. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in month m (1..12) of year y. */
export function lastDayOfMonth(y: number, m: number): number {
  if (!Number.isInteger(y) || !Number.isInteger(m) || m < 1 || m > 12) throw new RangeError(`invalid month ${y}-${m}`);
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** 'YYYY-MM-DD'; throws on a date that does not exist. */
export function isoDate(y: number, m: number, d: number): string {
  if (!Number.isInteger(y) || y < 0 || y > 9999) throw new RangeError(`invalid year ${y}`);
  if (!Number.isInteger(d) || d < 1 || d > lastDayOfMonth(y, m)) throw new RangeError(`invalid date ${y}-${m}-${d}`);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

interface Period {
  from: string | null;
  to: string | null;
}

function validYear(y: number | null): y is number {
  return y !== null && Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

/** The year written in the cell, else the plan's year; null when neither is usable. */
function pickYear(written: string | undefined, ctx: DeadlineContext): number | null {
  const y = written !== undefined ? Number(written) : ctx.year;
  return validYear(y) ? y : null;
}

function monthPeriod(y: number | null, m: number): Period | null {
  if (y === null || !Number.isInteger(m) || m < 1 || m > 12) return null;
  return { from: isoDate(y, m, 1), to: isoDate(y, m, lastDayOfMonth(y, m)) };
}

/** A day written d/m[/yyyy]: the year written, else the plan's. */
function writtenDay(d: string | undefined, m: string | undefined, y: string | undefined, ctx: DeadlineContext): string | null {
  const year = pickYear(y, ctx);
  return year === null ? null : dayOrNull(year, Number(m), Number(d));
}

function dayOrNull(y: number, m: number, d: number): string | null {
  if (!validYear(y) || m < 1 || m > 12 || d < 1 || d > lastDayOfMonth(y, m)) return null;
  return isoDate(y, m, d);
}

/** Optional year after a month or quarter: '/2025', '-2025', ' năm 2025'. */
const YEAR_SUFFIX = String.raw`(?:\s*[/.-]\s*|\s+nam\s+|\s+)(\d{4})`;
const MONTH = new RegExp(String.raw`^thang\s*(\d{1,2})(?:${YEAR_SUFFIX})?$`);
const BARE_MONTH = /^(\d{1,2})\s*\/\s*(\d{4})$/;
const QUARTER = new RegExp(String.raw`^quy\s*([ivx]+|\d)(?:${YEAR_SUFFIX})?$`);
/** Two quarters or months, the year written once after the second: 'Quý III - IV/2024', 'Quý II, Quý III/2025', 'Tháng 10 - 12/2025'. */
const SPAN_JOIN = String.raw`\s*([-\u2013\u2014,]|den|va)\s*`;
const QUARTER_SPAN = new RegExp(String.raw`^(?:tu\s+)?quy\s*([ivx]+|\d)${SPAN_JOIN}(?:quy\s*)?([ivx]+|\d)(?:${YEAR_SUFFIX})?$`);
const MONTH_SPAN = new RegExp(String.raw`^(?:tu\s+)?thang\s*(\d{1,2})${SPAN_JOIN}(?:thang\s*)?(\d{1,2})(?:${YEAR_SUFFIX})?$`);
/** 'Năm 2025 - 2026', 'Giai đoạn 2025-2026', '2025 - 2026'. */
const YEAR_SPAN = /^(?:nam|giai doan)?\s*(\d{4})\s*(?:[-\u2013\u2014]|den)\s*(?:nam\s*)?(\d{4})$/;
/** '6 tháng đầu năm 2025', 'Sáu tháng cuối năm'. */
const HALF_YEAR = new RegExp(String.raw`^(?:6|sau)\s+thang\s+(dau|cuoi)(?:\s+nam)?(?:${YEAR_SUFFIX})?$`);
const WHOLE_YEAR = /^(?:(?:trong|ca)\s+nam(?:\s+(\d{4}))?|nam\s+(\d{4}))$/;
/** A day as numbers ('30/6/2025', '30/9' in the plan's year) or in words ('ngày 31 tháng 10 năm 2025'). */
// A dash between day and month only as in '30-6-2025': '10 - 12/2024' is months 10 to 12.
const DAY_WRITTEN = String.raw`(\d{1,2})\s*(?:[/.]|thang|-(?=\d{1,2}-\d{4}))\s*(\d{1,2})(?:\s*(?:[/.-]|nam)\s*(\d{4}))?`;
const DAY = new RegExp(String.raw`^(?:ngay\s*)?${DAY_WRITTEN}$`);
/** 'Trước 30/9/2025', 'Đến 30/9', 'Hoàn thành trước ngày 30/9/2025', 'Chậm nhất ngày 15/11'. */
const BEFORE_DAY = new RegExp(String.raw`^(?:hoan thanh\s+)?(?:truoc|den|cham nhat)\s+(?:ngay\s*)?${DAY_WRITTEN}$`);
/** 'Từ 01/7/2025 đến 31/12/2025', '01/7 - 30/9/2025': the first day's year, when not written, is the second's. */
const DAY_SPAN = new RegExp(String.raw`^(?:tu\s+)?(?:ngay\s*)?${DAY_WRITTEN}\s*(?:[-\u2013\u2014]|den)\s*(?:ngay\s*)?${DAY_WRITTEN}$`);

/** Comparison form: no diacritics, lowercase, single spaces. Punctuation stays: '/' carries meaning here. */
function simplify(text: string): string {
  return cleanText(stripDiacritics(text)).toLowerCase();
}

function quarterNumber(written: string | undefined): number | null {
  const q = /^\d$/.test(written ?? '') ? Number(written) : romanToInt(written ?? '');
  return q !== null && q >= 1 && q <= 4 ? q : null;
}

/** Months first..last of year y, both whole; null unless first comes before last. */
function monthsPeriod(y: number | null, first: number | null, last: number | null): Period | null {
  if (y === null || first === null || last === null || !(first >= 1 && first < last && last <= 12)) return null;
  return { from: isoDate(y, first, 1), to: isoDate(y, last, lastDayOfMonth(y, last)) };
}

/** One dated period such as 'Tháng 7/2025', 'Quý IV' or a span of them; null when it is not exactly that. */
function parsePeriod(text: string, ctx: DeadlineContext): Period | null {
  const t = simplify(text);
  let m = QUARTER_SPAN.exec(t);
  if (m) {
    const [first, last] = [quarterNumber(m[1]), quarterNumber(m[3])];
    // 'Quý I và Quý III' lists two quarters, not the half year between them (listedPeriods reads it).
    if (first === null || last === null || (isListJoin(m[2]!) && last !== first + 1)) return null;
    return monthsPeriod(pickYear(m[4], ctx), 3 * first - 2, 3 * last);
  }
  m = MONTH_SPAN.exec(t);
  if (m) return isListJoin(m[2]!) && Number(m[3]) !== Number(m[1]) + 1 ? null : monthsPeriod(pickYear(m[4], ctx), Number(m[1]), Number(m[3]));
  m = YEAR_SPAN.exec(t);
  if (m) {
    const [first, last] = [Number(m[1]), Number(m[2])];
    return validYear(first) && validYear(last) && first < last ? { from: isoDate(first, 1, 1), to: isoDate(last, 12, 31) } : null;
  }
  m = HALF_YEAR.exec(t);
  if (m) return m[1] === 'dau' ? monthsPeriod(pickYear(m[2], ctx), 1, 6) : monthsPeriod(pickYear(m[2], ctx), 7, 12);
  m = MONTH.exec(t);
  if (m) return monthPeriod(pickYear(m[2], ctx), Number(m[1]));
  m = BARE_MONTH.exec(t);
  if (m) return monthPeriod(pickYear(m[2], ctx), Number(m[1]));
  m = QUARTER.exec(t);
  if (m) {
    const q = quarterNumber(m[1]);
    return q === null ? null : monthsPeriod(pickYear(m[2], ctx), 3 * q - 2, 3 * q);
  }
  m = WHOLE_YEAR.exec(t);
  if (m) {
    const y = pickYear(m[1] ?? m[2], ctx);
    return y === null ? null : { from: isoDate(y, 1, 1), to: isoDate(y, 12, 31) };
  }
  m = DAY.exec(t);
  if (m) {
    const day = writtenDay(m[1], m[2], m[3], ctx);
    return day === null ? null : { from: day, to: day };
  }
  m = BEFORE_DAY.exec(t);
  if (m) {
    // 'Before 30/6' gives an end but no start: from stays open rather than invented.
    const day = writtenDay(m[1], m[2], m[3], ctx);
    return day === null ? null : { from: null, to: day };
  }
  m = DAY_SPAN.exec(t);
  if (m) {
    const last = writtenDay(m[4], m[5], m[6], ctx);
    const first = last === null ? null : writtenDay(m[1], m[2], m[3] ?? last.slice(0, 4), ctx);
    return first === null || last === null || first > last ? null : { from: first, to: last };
  }
  return null;
}

/** ',' and 'và' list what they join; a dash and 'đến' span from one to the other. */
function isListJoin(join: string): boolean {
  return join === ',' || join === 'va';
}

/**
 * Two months or quarters listed, the year written once: 'Tháng 6 và tháng 12/2025' is June and
 * December, two reports, not the half year between them. Null unless the cell is exactly that.
 */
function listedPeriods(text: string, ctx: DeadlineContext): { text: string; period: Period }[] | null {
  const t = simplify(text);
  const q = QUARTER_SPAN.exec(t);
  const mo = q ? null : MONTH_SPAN.exec(t);
  const m = q ?? mo;
  if (!m || !isListJoin(m[2]!)) return null;
  const y = pickYear(m[4], ctx);
  const [a, b] = q ? [quarterNumber(m[1]), quarterNumber(m[3])] : [Number(m[1]), Number(m[3])];
  if (y === null || a === null || b === null || !(a < b)) return null;
  const each = (n: number) => (q ? monthsPeriod(y, 3 * n - 2, 3 * n) : monthPeriod(y, n));
  const [pa, pb] = [each(a), each(b)];
  if (!pa || !pb) return null;
  const name = (n: number) => (q ? `Quý ${['I', 'II', 'III', 'IV'][n - 1]}/${y}` : `Tháng ${n}/${y}`);
  return [
    { text: name(a), period: pa },
    { text: name(b), period: pb },
  ];
}

/** Keywords of undated deadlines, matched at the start of the simplified cell. */
const END = '(?=$|[^a-z0-9])';
const RECURRING: readonly [RegExp, Recurring][] = [
  [new RegExp(`^(?:thuong xuyen|lien tuc)${END}`), 'continuous'],
  [new RegExp(`^(?:dinh ky\\s*,?\\s*)?hang nam${END}`), 'yearly'],
  [new RegExp(`^(?:dinh ky\\s*,?\\s*)?hang thang${END}`), 'monthly'],
  [new RegExp(`^(?:dinh ky\\s*,?\\s*)?hang quy${END}`), 'periodic'],
  // 'Trước ngày 15 của tháng cuối quý', 'Ngày 20 tháng cuối mỗi quý': a day of every quarter.
  [new RegExp(`^(?:truoc\\s+)?ngay\\s+\\d{1,2}\\s+(?:cua\\s+)?thang\\s+(?:cuoi|dau|giua)\\s+(?:moi\\s+|cua\\s+|hang\\s+)?quy${END}`), 'periodic'],
  [new RegExp(`^(?:truoc\\s+)?ngay\\s+\\d{1,2}\\s+(?:hang|moi)\\s+(?:thang)${END}`), 'monthly'],
  [new RegExp(`^(?:theo|dinh) ky${END}`), 'periodic'],
  [new RegExp(`^(?:ngay\\s+)?(?:sau|truoc) khi${END}`), 'event'],
  [new RegExp(`^khi${END}`), 'event'],
  [new RegExp(`^trong (?:thoi gian|qua trinh)${END}`), 'event'],
];

function recurringOf(text: string): Recurring | null {
  const t = simplify(text).replace(/^[-\u2010-\u2015\u2212+•*]+\s*/, '');
  for (const [pattern, kind] of RECURRING) if (pattern.test(t)) return kind;
  return null;
}

const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212•';

/**
 * Split a cell into its listed pieces: at newlines, ';' and bullet dashes ('- Tháng 6/2025 (…) - Tháng 7/2025 (…)').
 * A dash counts as a bullet at the start of a piece or between spaces; separators inside parentheses are kept,
 * because a scope may itself contain them.
 */
function splitPieces(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let depth = 0;
  const flush = (): void => {
    if (current.trim() !== '') pieces.push(current.trim());
    current = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '(') depth++;
    if (c === ')' && depth > 0) depth--;
    if (depth === 0) {
      if (c === '\n' || c === '\r' || c === ';') {
        flush();
        continue;
      }
      if (DASHES.includes(c)) {
        const atStart = current.trim() === '';
        const spaced = /\s/.test(text.charAt(i - 1)) && (i + 1 >= text.length || /\s/.test(text.charAt(i + 1)));
        if (atStart || spaced) {
          flush();
          continue;
        }
      }
    }
    current += c;
  }
  flush();
  return pieces;
}

/** 'Tháng 6/2025 (các sở, ngành)' -> period 'Tháng 6/2025', scope 'các sở, ngành'. */
function splitScope(piece: string): { period: string; scope: string | null } {
  const t = piece.replace(/[\s.,;:]+$/, '');
  if (!t.endsWith(')')) return { period: t, scope: null };
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    const c = t.charAt(i);
    if (c === ')') depth++;
    if (c === '(') depth--;
    if (depth === 0) {
      const scope = cleanText(t.slice(i + 1, -1));
      return { period: t.slice(0, i).trim(), scope: scope === '' ? null : scope };
    }
  }
  return { period: t, scope: null };
}

function unparsed(text: string): Deadline {
  return { text, from: null, to: null, recurring: null, parsed: false, parts: [] };
}

/** Dated parts, or null as soon as one piece is not a readable period (never half-read a cell). */
function datedParts(pieces: string[], ctx: DeadlineContext): DeadlinePart[] | null {
  const parts: DeadlinePart[] = [];
  for (const piece of pieces) {
    const { period, scope } = splitScope(piece);
    const p = parsePeriod(period, ctx);
    if (p === null) return null;
    parts.push({ text: period, from: p.from, to: p.to, scope });
  }
  return parts.length > 0 ? parts : null;
}

/** Earliest start: an open start (null) is earlier than any date. ISO dates compare as strings. */
function earliest(values: (string | null)[]): string | null {
  if (values.some((v) => v === null)) return null;
  return values.reduce<string | null>((a, b) => (a === null || (b !== null && b < a) ? b : a), null);
}

function latest(values: (string | null)[]): string | null {
  if (values.some((v) => v === null)) return null;
  return values.reduce<string | null>((a, b) => (a === null || (b !== null && b > a) ? b : a), null);
}

/** Read a deadline cell. `text` is kept as written (trimmed); nothing is guessed. */
export function parseDeadline(text: string, ctx: DeadlineContext): Deadline {
  const written = text.trim();
  if (written === '') return unparsed(written);

  // The whole cell as one period first, so a dash inside a date ('Quý II - 2025') is not taken for a bullet.
  const whole = splitScope(written.replace(new RegExp(`^[${DASHES}+*]+\\s*`), ''));
  const single = parsePeriod(whole.period, ctx);
  const listed = single === null ? listedPeriods(whole.period, ctx) : null;
  const parts: DeadlinePart[] | null =
    single !== null
      ? [{ text: whole.period, from: single.from, to: single.to, scope: whole.scope }]
      : listed !== null
        ? listed.map((l) => ({ text: l.text, from: l.period.from, to: l.period.to, scope: whole.scope }))
        : datedParts(splitPieces(written), ctx);
  if (parts !== null) {
    return {
      text: written,
      from: earliest(parts.map((p) => p.from)),
      to: latest(parts.map((p) => p.to)),
      recurring: null,
      parsed: true,
      parts,
    };
  }

  const recurring = recurringOf(written);
  if (recurring !== null) return { text: written, from: null, to: null, recurring, parsed: true, parts: [] };
  return unparsed(written);
}

/** A scope that names communes or wards as a kind ('UBND cấp xã', 'các xã, phường'), folded. */
const COMMUNE_SCOPE = /\b(cap xa|xa phuong|ubnd (cac )?xa|cac xa|cac phuong|thi tran)\b/;
/** A scope that names the province's departments as a kind ('các sở, ngành', 'sở, ban, ngành', 'cấp tỉnh'), folded. */
const DEPARTMENT_SCOPE = /\b(cac so|so (ban )?nganh|cac co quan|co quan chuyen mon|cap tinh)\b/;
/** A scope that names districts as a kind ('UBND cấp huyện', 'các quận, huyện, thị xã'), folded. */
const DISTRICT_SCOPE = /\b(cap huyen|quan huyen|cac huyen|cac quan|huyen thi xa)\b/;

/**
 * The last day a unit has, where the plan gives kinds of unit different days ('Tháng 4/2026 (các sở,
 * ngành) – Tháng 5/2026 (UBND cấp xã)'): the one part whose scope names the unit or its kind; else
 * the deadline's last day, as for everyone.
 */
export function dueForUnit(deadline: Deadline, unit: { name: string; commune: boolean }): string | null {
  // Asked for every task × unit row of a master: most deadlines have one part, answered at once.
  if (deadline.parts.length < 2) return deadline.to;
  const scoped = deadline.parts.filter((p) => p.scope !== null && p.to !== null);
  if (scoped.length < 2) return deadline.to;
  const name = fold(unit.name);
  const fits = (scope: string) => {
    const s = fold(scope);
    if (s.includes(name)) return true;
    if (unit.commune) return COMMUNE_SCOPE.test(s);
    // A district's People's Committee ('UBND huyện Đông Anh') is no department.
    if (/^(ubnd|uy ban nhan dan) /.test(name)) return DISTRICT_SCOPE.test(s);
    return DEPARTMENT_SCOPE.test(s) && !COMMUNE_SCOPE.test(s) && !DISTRICT_SCOPE.test(s);
  };
  const matching = scoped.filter((p) => fits(p.scope!));
  return matching.length === 1 ? matching[0]!.to : deadline.to;
}
