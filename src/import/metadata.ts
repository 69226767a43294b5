import { finding } from '../plan/finding';
import { isoDate, lastDayOfMonth } from '../plan/deadlines';
import type { Finding, PlanMeta } from '../plan/schema';
import { cleanText } from '../plan/text';
import type { RecognisedTable } from './tables';

/** The plan's number, issuer, date and title from its heading; every date it gives itself, to compare. */
export function readMetadata(preamble: string[], tables: RecognisedTable[], findings: Finding[]): PlanMeta {
  const lines = preamble.map(cleanText).filter(Boolean);
  const number = firstMatch(lines, /Số\s*:?\s*(\d+\s*\/\s*[A-ZĐa-zđ0-9\-–]+(?:\s*-\s*[A-ZĐ]+)*)/u)?.replace(/\s+/g, '') ?? null;

  const datesSeen: PlanMeta['datesSeen'] = [];
  let place: string | null = null;
  for (const line of lines) {
    const m = /^(.*?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(line);
    if (m) {
      place ??= cleanText(m[1]!);
      datesSeen.push({ text: line, date: safeDate(+m[4]!, +m[3]!, +m[2]!), where: 'heading' });
    }
  }
  for (const t of tables) {
    for (const line of t.caption.filter((c) => /kèm theo/iu.test(c))) {
      const m = /ngày\s+([0-9 ]{0,2})\s*\/\s*([0-9 ]{0,2})\s*\/\s*(\d{4})/iu.exec(line);
      if (m) datesSeen.push({ text: m[0], date: safeDate(+m[3]!, +m[2]!.trim() || NaN, +m[1]!.trim() || NaN), where: t.label });
    }
  }
  const distinct = new Set(datesSeen.map((d) => d.date ?? `?${d.text}`));
  if (distinct.size > 1) {
    findings.push(
      finding('meta.dates-disagree', 'warning', null, 'date', datesSeen[0]?.date ?? null, null, {
        dates: datesSeen.map((d) => `${d.where}: ${d.text}`),
      }),
    );
  }

  const titleAt = lines.findIndex((l) => /^kế hoạch$/iu.test(l));
  const title = titleAt >= 0 ? lines[titleAt + 1] ?? null : null;

  const authority = lines.find((l) => /^(ỦY|UỶ|UBND)\s*BAN\s+NHÂN\s+DÂN|^UBND\b/iu.test(l)) ?? null;
  // Appendix captions say 'của UBND Thành phố': the level the flattened heading lost.
  const level = tables.flatMap((t) => t.caption).map((c) => /của\s+(?:UBND|Ủy ban nhân dân)\s+(Thành phố|Tỉnh)/iu.exec(c)?.[1]).find(Boolean);
  const issuer = authority
    ? ['Ủy ban nhân dân', level ? level.toLowerCase() : null, place].filter(Boolean).join(' ')
    : null;

  if (!number) findings.push(finding('meta.number-missing', 'warning', null, 'number', null, null, {}));
  return {
    number,
    issuer,
    date: datesSeen.find((d) => d.where === 'heading')?.date ?? datesSeen.find((d) => d.date)?.date ?? null,
    title,
    datesSeen,
    resultYear: firstYear(tables, 'resultYear', findings),
    targetYear: firstYear(tables, 'targetYear', findings),
  };
}

function firstMatch(lines: string[], re: RegExp): string | null {
  for (const l of lines) {
    const m = re.exec(l);
    if (m) return m[1]!;
  }
  return null;
}

function safeDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return null;
  return d > lastDayOfMonth(y, m) ? null : isoDate(y, m, d);
}

/** The year read from the tables' headers ('Kết quả năm 2024'), never assumed; tables that disagree are reported. */
function firstYear(tables: RecognisedTable[], key: 'resultYear' | 'targetYear', findings: Finding[]): number | null {
  const years = tables.map((t) => ({ label: t.label, year: t.header[key] })).filter((y): y is { label: string; year: number } => y.year !== null);
  const first = years[0]?.year ?? null;
  const other = years.find((y) => y.year !== first);
  if (other) {
    findings.push(finding('meta.years-disagree', 'warning', null, key, first, other.year, { table: other.label }));
  }
  return first;
}
