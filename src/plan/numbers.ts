/**
 * Vietnamese numbers: decimal comma, dot as thousands separator. Pure: no Node or DOM.
 */

export interface ViNumber {
  value: number;
  /** Digits written after the decimal separator: the precision the source claims. */
  decimals: number;
}

const SIGN = '([-+\u2212]?)';
/** Integer digits only. */
const INTEGER = new RegExp(`^${SIGN}(\\d+)$`);
/** Decimal comma, optionally with dot thousands groups before it: '9,5', '1.234,5'. */
const COMMA_DECIMAL = new RegExp(`^${SIGN}(\\d{1,3}(?:\\.\\d{3})+|\\d+),(\\d+)$`);
/** Dot thousands with at least two groups and no decimals: '1.234.567'. */
const DOT_THOUSANDS = new RegExp(`^${SIGN}(\\d{1,3}(?:\\.\\d{3}){2,})$`);
/** A lone decimal point: '2.5'. A single '1.234' lands here too, read as a decimal on purpose. */
const POINT_DECIMAL = new RegExp(`^${SIGN}(\\d+)\\.(\\d+)$`);

function build(sign: string, intPart: string, fraction: string): ViNumber | null {
  const digits = intPart.replace(/\./g, '');
  const magnitude = Number(fraction === '' ? digits : `${digits}.${fraction}`);
  if (!Number.isFinite(magnitude)) return null;
  const negative = sign === '-' || sign === '\u2212';
  // Avoid -0: a stated '-0' is still zero.
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  return { value, decimals: fraction.length };
}

/** Parse Vietnamese number text ('9,5', '0,950', '1.234,5', '86,50 %'); null when it is not a number. */
export function parseViNumber(text: string): ViNumber | null {
  // Spaces (incl. NBSP) may surround the number and the percent sign.
  let t = text.replace(/\s+/g, ' ').trim();
  if (t.endsWith('%')) t = t.slice(0, -1).trim();
  if (t === '') return null;

  let m = INTEGER.exec(t);
  if (m) return build(m[1] ?? '', m[2] ?? '', '');
  m = COMMA_DECIMAL.exec(t);
  if (m) return build(m[1] ?? '', m[2] ?? '', m[3] ?? '');
  m = DOT_THOUSANDS.exec(t);
  if (m) return build(m[1] ?? '', m[2] ?? '', '');
  m = POINT_DECIMAL.exec(t);
  if (m) return build(m[1] ?? '', m[2] ?? '', m[3] ?? '');
  return null;
}

/** A footnote mark after a value: '(*)', '(**)', '*', '(1)', '¹'. */
const FOOTNOTE = /\s*(\(\*{1,3}\)|\*{1,3}|\(\d{1,2}\)|[\u00b9\u00b2\u00b3\u2070-\u2079]+)$/u;

/**
 * A value's text without the footnote mark published plans put after a figure ('5,2210 (*)'),
 * and the mark; the mark alone is kept when nothing stands before it. Whether the rest is a number is
 * for the caller to ask.
 */
export function splitFootnote(text: string): { text: string; mark: string | null } {
  const t = text.trim();
  const m = FOOTNOTE.exec(t);
  if (!m || m.index === 0) return { text: t, mark: null };
  return { text: t.slice(0, m.index).trim(), mark: m[1]! };
}

/** Format for display in Vietnamese: 9.5 -> '9,5'; (0.95, 3) -> '0,950'. No thousands separators: scores stay small. */
export function formatViNumber(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) return String(value);
  let s: string;
  if (decimals === undefined) {
    s = String(value);
    // Very small or very large values print in exponent form; spell them out instead.
    // Tiny values print in exponent form; spell them out (huge ones cannot be scores: left as is).
    if (/e-/i.test(s)) s = value.toFixed(20).replace(/\.?0+$/, '');
  } else {
    if (!Number.isInteger(decimals) || decimals < 0 || decimals > 100) throw new RangeError(`decimals must be an integer 0..100, got ${decimals}`);
    s = value.toFixed(decimals);
  }
  // Rounding may leave '-0,00': a negative zero reads as an error in a report.
  if (/^-[0.]+$/.test(s)) s = s.slice(1);
  return s.replace('.', ',');
}

/**
 * Scores are published to at least two decimals; a value written with fewer ('1,5', '3')
 * is that value with its trailing zeros dropped ('1,50', '3,00').
 */
export const MIN_PUBLISHED_DECIMALS = 2;

/**
 * Half a unit of the last decimal a stated value carries: how far it may be from the exact
 * one through rounding. '9,45' may stand for 9.445…9.455; '0,950' for 0.9495…0.9505.
 */
export function roundingTolerance(decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError(`decimals must be a non-negative integer, got ${decimals}`);
  // 5 / 10^(d+1) is closer to the decimal value than 0.5 * 10^-d.
  return 5 / 10 ** (Math.max(decimals, MIN_PUBLISHED_DECIMALS) + 1);
}
