/**
 * Text repairs and folding shared by the importers. Pure: no Node or DOM.
 */

export interface EscapeRepair {
  from: string;
  to: string;
}

/**
 * The escape bug writes a character as four hex digits `00XX`. Only printable ASCII
 * (0x20..0x7E) was seen, so nothing else is decoded. The look-behind (letter, whitespace
 * or start) and look-ahead (letter) keep real numbers such as `2025`, `00070` or
 * `10020` untouched: a digit on either side means we are inside a digit run.
 */
const ESCAPE = /(?<=^|[\p{L}\s])00([2-6][0-9A-Fa-f]|7[0-9A-Ea-e])(?=\p{L})/gu;

/** Repair the `00XX` escape bug ('0050AR INDEX' -> 'PAR INDEX', 'đang0020được' -> 'đang được'). */
export function repairEscapes(text: string): { text: string; repairs: EscapeRepair[] } {
  const repairs: EscapeRepair[] = [];
  const repaired = text.replace(ESCAPE, (match: string, hex: string) => {
    const to = String.fromCharCode(parseInt(hex, 16));
    repairs.push({ from: match, to });
    return to;
  });
  return { text: repaired, repairs };
}

/** Collapse runs of whitespace (incl. newlines, NBSP) to one space and trim. */
export function cleanText(text: string): string {
  // Zero-width characters are invisible glue from web copies: drop them rather than turn them into spaces.
  return text.replace(/[\u200B-\u200D\u2060]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Strip Vietnamese diacritics but keep case and punctuation: 'Quý IV/2025' -> 'Quy IV/2025'.
 * đ has no decomposition in Unicode, so it is mapped by hand.
 */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Fold for matching: no diacritics, lowercase, punctuation -> space, single spaces. */
export function fold(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
