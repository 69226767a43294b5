/** Roman and arabic numbering parts, shared by the criterion and task-group checks. */

const ROMAN_VALUES: ReadonlyArray<readonly [string, number]> = [
  ['M', 1000], ['CM', 900], ['D', 500], ['CD', 400], ['C', 100], ['XC', 90],
  ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1],
];

const ROMAN_DIGIT: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

export function isRoman(text: string): boolean {
  return /^[IVXLCDM]+$/.test(text);
}

/** Value of a roman numeral, or null when the text is not one written canonically. */
export function parseRoman(text: string): number | null {
  if (!isRoman(text) || text.length > 15) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const here = ROMAN_DIGIT[text.charAt(i)] ?? 0;
    const next = ROMAN_DIGIT[text.charAt(i + 1)] ?? 0;
    total += here < next ? -here : here;
  }
  // Reject non-canonical spellings (IIII, VX) rather than guess what they meant.
  return total > 0 && toRoman(total) === text ? total : null;
}

export function toRoman(value: number): string {
  let rest = Math.floor(value);
  let out = '';
  for (const [symbol, amount] of ROMAN_VALUES) {
    while (rest >= amount) {
      out += symbol;
      rest -= amount;
    }
  }
  return out;
}

/** A numbering part as a number, with its style so the missing code is written alike. */
export interface NumberPart {
  value: number;
  style: 'arabic' | 'roman';
}

export function parsePart(text: string): NumberPart | null {
  if (/^\d{1,9}$/.test(text)) return { value: Number(text), style: 'arabic' };
  const roman = parseRoman(text);
  return roman === null ? null : { value: roman, style: 'roman' };
}

export function formatPart(value: number, style: NumberPart['style']): string {
  return style === 'roman' ? toRoman(value) : String(value);
}

/** The code with its last dotted part replaced: ('8.4', 5) → '8.5'; ('I', 2) → 'II'. */
export function withLastPart(code: string, value: number, style: NumberPart['style']): string {
  const parts = code.split('.');
  parts[parts.length - 1] = formatPart(value, style);
  return parts.join('.');
}

export function lastPart(code: string): string {
  const parts = code.split('.');
  return parts[parts.length - 1] ?? '';
}
