/**
 * Criterion and task numbering: roman areas, dotted numeric codes, part letters. Pure: no Node or DOM.
 */

/** I..XXXIX: the plans never number areas beyond that, and a wider range would swallow letters such as C or D. */
const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10 };

/** Roman numeral I..XXXIX to its value, case-insensitive; null when it is not one. */
export function romanToInt(s: string): number | null {
  const t = s.trim().toUpperCase();
  if (t === '' || !ROMAN.test(t)) return null;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const cur = ROMAN_DIGITS[t.charAt(i)] ?? 0;
    const next = ROMAN_DIGITS[t.charAt(i + 1)] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

/** 1..39 to a roman numeral; outside that range there is no area to name, so it throws. */
export function intToRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 39) throw new RangeError(`intToRoman supports 1..39, got ${n}`);
  const ones = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
  return 'X'.repeat(Math.floor(n / 10)) + (ones[n % 10] ?? '');
}

/** 'letter': a part A–H; 'sub-letter': a lowercase item a)–h) under a numbered row. */
export type CodeKind = 'numeric' | 'roman' | 'letter' | 'sub-letter' | 'roman-sub' | 'dash' | 'empty' | 'other';

export interface NormalizedCode {
  code: string;
  /** True when the written form was not the plan's normal style and had to be fixed. */
  repaired: boolean;
  kind: CodeKind;
}

/** Dashes and bullets that mark an unnumbered row (PAPI sub-dimensions). */
const DASH = /^[-\u2010-\u2015\u2212+]$/;
/** Numbers separated by dots or (leaked decimal) commas, with an optional trailing separator. */
const NUMERIC = /^(\d+(?:[.,]\d+)*)([.,]?)$/;
const ROMAN_SUB = /^([IVXivx]+)[.,](\d+(?:[.,]\d+)*)([.,]?)$/;
const LETTER = /^([A-H])(\.?)$/;
/** Lowercase items a) b) c): a–h only, so a roman 'i' or 'v' stays roman. */
const SUB_LETTER = /^\(?([a-h])[.)]?$/;

/** Position of a lowercase item letter: 'a' -> 1, 'c' -> 3. */
export function letterOrdinal(code: string): number {
  return code.charCodeAt(0) - 96;
}

/** Strip leading zeros from each numeric part ('01' -> '1'); reports whether anything changed. */
function canonicalParts(joined: string): { parts: string[]; changed: boolean } {
  const raw = joined.split(/[.,]/);
  const parts = raw.map((p) => p.replace(/^0+(?=\d)/, ''));
  return { parts, changed: parts.some((p, i) => p !== raw[i]) };
}

/**
 * A number written at the head of a criterion's name ('1.2. Kiểm tra CCHC', 'II. Cải cách thể chế',
 * 'a) …'): group 1 is the number. Plans with no number column write every code this way.
 */
export const NUMBER_IN_NAME = /^((?:\d+(?:[.,]\d+)*[.,]?)|(?:[IVX]+\.)|(?:[a-h]\)))\s+(?=\p{L})/u;

/** Criterion/task numbering as written -> normalised code, with its kind and whether it was repaired. */
export function normalizeCode(raw: string): NormalizedCode {
  const trimmed = raw.replace(/\s+/g, ' ').trim();
  if (trimmed === '') return { code: '', repaired: false, kind: 'empty' };
  if (DASH.test(trimmed)) return { code: '-', repaired: false, kind: 'dash' };

  // Spaces inside a code ('5. 3') are stray; only remove them if what remains is a code.
  const compact = trimmed.replace(/\s+/g, '');
  const spaced = compact !== trimmed;

  const numeric = NUMERIC.exec(compact);
  if (numeric) {
    const body = numeric[1] ?? '';
    const trailing = numeric[2] ?? '';
    const { parts, changed } = canonicalParts(body);
    // '1.' is how the plan writes a task number; a trailing dot after '5.3.2' or any comma is damage.
    const trailingRepair = trailing === ',' || (trailing === '.' && parts.length > 1);
    const repaired = body.includes(',') || trailingRepair || changed || spaced;
    return { code: parts.join('.'), repaired, kind: 'numeric' };
  }

  const sub = SUB_LETTER.exec(compact);
  if (sub) return { code: sub[1] ?? '', repaired: false, kind: 'sub-letter' };

  const roman = /^([IVXivx]+)(\.?)$/.exec(compact);
  if (roman && romanToInt(roman[1] ?? '') !== null) {
    const written = roman[1] ?? '';
    const code = written.toUpperCase();
    return { code, repaired: code !== written || spaced, kind: 'roman' };
  }

  const romanSub = ROMAN_SUB.exec(compact);
  if (romanSub && romanToInt(romanSub[1] ?? '') !== null) {
    const written = romanSub[1] ?? '';
    const rest = romanSub[2] ?? '';
    const { parts, changed } = canonicalParts(rest);
    const code = [written.toUpperCase(), ...parts].join('.');
    const repaired =
      written !== written.toUpperCase() || compact.slice(written.length).includes(',') || romanSub[3] !== '' || changed || spaced;
    return { code, repaired, kind: 'roman-sub' };
  }

  const letter = LETTER.exec(trimmed);
  if (letter) return { code: letter[1] ?? '', repaired: false, kind: 'letter' };

  return { code: trimmed, repaired: false, kind: 'other' };
}

/** A normalised dotted code: numeric, roman or a part letter first, numbers after. */
const DOTTED = /^(?:\d+|[IVX]+|[A-H])(?:\.\d+)*$/;

function isDottedCode(code: string): boolean {
  if (!DOTTED.test(code)) return false;
  const head = code.split('.')[0] ?? '';
  // 'VIV' matches [IVX]+ but is not a numeral.
  return !/^[IVX]+$/.test(head) || romanToInt(head) !== null;
}

/** Parent of a normalised code: '5.3.2' -> '5.3', 'II.3' -> 'II'; null at the top or for non-codes. */
export function parentCode(code: string): string | null {
  if (!isDottedCode(code)) return null;
  const cut = code.lastIndexOf('.');
  return cut < 0 ? null : code.slice(0, cut);
}

/** Depth of a normalised code: '5' -> 1, '5.3.2' -> 3. 0 for anything that is not a code ('', 'total', '-'). */
export function codeDepth(code: string): number {
  return isDottedCode(code) ? code.split('.').length : 0;
}

/** Sort key of one segment: numbers, then romans, then anything else. */
function segmentKey(segment: string): [number, number, string] {
  if (/^\d+$/.test(segment)) return [0, Number(segment), ''];
  const roman = romanToInt(segment);
  if (roman !== null && segment === segment.toUpperCase()) return [1, roman, ''];
  return [2, 0, segment];
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Order codes segment by segment, numerically ('1.9' before '1.10'); a parent sorts before its children. */
export function compareCodes(a: string, b: string): number {
  const as = a.split('.');
  const bs = b.split('.');
  const n = Math.min(as.length, bs.length);
  for (let i = 0; i < n; i++) {
    const ka = segmentKey(as[i] ?? '');
    const kb = segmentKey(bs[i] ?? '');
    if (ka[0] !== kb[0]) return ka[0] - kb[0];
    if (ka[1] !== kb[1]) return ka[1] < kb[1] ? -1 : 1;
    const byText = compareStrings(ka[2], kb[2]);
    if (byText !== 0) return byText;
  }
  if (as.length !== bs.length) return as.length - bs.length;
  // Equal by value ('01' vs '1'): fall back to the text so the order stays total.
  return compareStrings(a, b);
}

/**
 * The leaves of one index's criteria tree: neither its total nor the parent of another. They are
 * what adds up to the index, and what agencies score.
 */
export function leafCriteria<C extends { code: string; parent: string | null }>(criteria: readonly C[]): C[] {
  const parents = new Set(criteria.map((c) => c.parent));
  return criteria.filter((c) => c.code !== 'total' && !parents.has(c.code));
}
