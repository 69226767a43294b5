import { finding } from '../plan/finding';
import { isoDate, lastDayOfMonth } from '../plan/deadlines';
import type { Finding, PlanMeta } from '../plan/schema';
import { cleanText, fold } from '../plan/text';
import type { RecognisedTable } from './tables';

/** '159/KH-UBND', '12 / KH-UBND-VX' as written. */
const PLAN_NUMBER = '(\\d+\\s*\\/\\s*[A-ZĐa-zđ0-9\\-–]+(?:\\s*-\\s*[A-ZĐ]+)*)';

/** The plan's number, issuer, date and title from its heading; every date it gives itself, to compare. */
export function readMetadata(preamble: string[], tables: RecognisedTable[], findings: Finding[]): PlanMeta {
  const lines = preamble.map(cleanText).filter(Boolean);
  // The heading's 'Số: 159/KH-UBND'; failing that, an appendix's 'Kèm theo Kế hoạch số 120/KH-UBND ngày …'
  // (an appendix kept on its own, in a workbook or a web page, has no heading).
  const attached = tables.flatMap((t) => t.caption).filter((c) => /kèm theo/iu.test(c));
  const number =
    (firstMatch(lines, new RegExp(`Số\\s*:?\\s*${PLAN_NUMBER}`, 'u')) ?? firstMatch(attached, new RegExp(`Kế\\s+hoạch\\s+số\\s*:?\\s*${PLAN_NUMBER}`, 'iu')))?.replace(/\s+/g, '') ?? null;

  const datesSeen: PlanMeta['datesSeen'] = [];
  let place: string | null = null;
  for (const line of lines) {
    const m = /^(.*?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(line);
    if (m) {
      // A heading cell without line breaks runs the motto into the place: 'Độc lập - Tự do - Hạnh phúc Lai Châu'.
      place ??= cleanText(m[1]!.replace(/^.*Hạnh\s+phúc[\s\-–—_]*/iu, '')) || null;
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

  const issuer = readIssuer(lines, place, tables);

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

/** The national motto's lines, beside the authority's in a heading. */
const MOTTO = /^(?:CỘNG\s+HÒA\s+XÃ\s+HỘI|ĐỘC\s+LẬP\s*[-–]|Độc\s+lập\s*[-–])/iu;
const AUTHORITY = /^(?:(?:ỦY|UỶ)\s*BAN\s+NHÂN\s+DÂN|UBND)(?=\s|$)\s*(.*)$/iu;
/** Levels of local government, longest first ('THỊ XÃ' before 'XÃ'); 'TP.' is the common short form. */
const LEVELS: readonly [RegExp, string][] = [
  [/^(?:THÀNH\s+PHỐ|TP\.?)(?=\s|$)\s*/iu, 'thành phố'],
  [/^TỈNH(?=\s|$)\s*/iu, 'tỉnh'],
  [/^THỊ\s+XÃ(?=\s|$)\s*/iu, 'thị xã'],
  [/^(?:HUYỆN|QUẬN|XÃ|PHƯỜNG|ĐẶC\s+KHU)(?=\s|$)\s*/iu, ''],
];

function splitLevel(text: string): { level: string | null; name: string } {
  for (const [re, level] of LEVELS) {
    const m = re.exec(text);
    if (m) return { level: level || cleanText(m[0]).toLowerCase(), name: cleanText(text.slice(m[0].length)) };
  }
  return { level: null, name: cleanText(text) };
}

/**
 * The issuing authority: 'ỦY BAN NHÂN DÂN' with its level and name on the same line or the next
 * ('UBND TỈNH LAI CHÂU', 'ỦY BAN NHÂN DÂN / THÀNH PHỐ CẦN THƠ'), else the level from the appendix
 * captions ('của UBND Thành phố') and the name from the place before the date. Each word once:
 * 'Thành phố Cần Thơ, ngày …' gives 'Ủy ban nhân dân thành phố Cần Thơ', not '… thành phố Thành phố Cần Thơ'.
 */
function readIssuer(lines: string[], place: string | null, tables: RecognisedTable[]): string | null {
  const at = lines.findIndex((l) => AUTHORITY.test(l));
  if (at < 0) return issuerFromCaptions(tables);
  // A heading cell read as one line may run on into the number: 'UBND TỈNH LAI CHÂU Số: 1331/KH-UBND'.
  let rest = cleanText(AUTHORITY.exec(lines[at]!)![1]!.replace(/\s*Số\s*:.*$/iu, ''));
  // The next line names the level and place, unless it is already the place-and-date line; in a
  // heading typed in a sheet the national motto's half may come between ('CỘNG HÒA XÃ HỘI …').
  const next = lines.slice(at + 1, at + 4).find((l) => !MOTTO.test(l));
  if (rest === '' && next !== undefined && splitLevel(next).level !== null && !/\d|,\s*ngày/iu.test(next)) rest = next;
  let { level, name } = splitLevel(rest);
  const fromPlace = place ? splitLevel(place) : null;
  level ??= fromPlace?.level ?? null;
  // Appendix captions say 'của UBND Thành phố': the level the flattened heading lost.
  level ??= tables.flatMap((t) => t.caption).map((c) => /của\s+(?:UBND|Ủy ban nhân dân)\s+(Thành phố|Tỉnh)/iu.exec(c)?.[1]?.toLowerCase()).find(Boolean) ?? null;
  if (name === '') name = fromPlace?.name ?? '';
  // A heading in capitals (or in .VnTimeH's lower-case codes): the place line has the name as written in a sentence.
  else if (name === name.toUpperCase() || name === name.toLowerCase()) name = fromPlace && fold(fromPlace.name) === fold(name) ? fromPlace.name : titleCase(name);
  return ['Ủy ban nhân dân', level, name].filter(Boolean).join(' ');
}

/** An appendix kept without the plan's heading names the issuer in its caption: '(Kèm theo Kế hoạch số … của UBND tỉnh An Giang)'. */
function issuerFromCaptions(tables: RecognisedTable[]): string | null {
  for (const t of tables)
    for (const c of t.caption) {
      const m = /kèm theo .*?\bcủa\s+(?:UBND|(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân)\s+(tỉnh|thành\s+phố|TP\.?)\s+([^()]+?)\s*\)?\s*$/iu.exec(c);
      if (m) return ['Ủy ban nhân dân', splitLevel(m[1]!).level, m[2]!.trim()].filter(Boolean).join(' ');
    }
  return null;
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s(\-–])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
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
