import { sheetRef } from '../workbook-kit/spec';

/** Pure helpers of the Office.js adapter: sheet names, formula references, header sections. */

export const MAX_SHEET_NAME = 31;

/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[[\]:*?/\\]/g;

/** A name Excel accepts: no []:*?/\, no leading/trailing apostrophe, at most 31 characters. */
export function cleanSheetName(name: string): string {
  const cleaned = name.replace(FORBIDDEN, '-').replace(/^'+|'+$/g, '').trim();
  return (cleaned || 'Sheet').slice(0, MAX_SHEET_NAME).trimEnd();
}

/**
 * The name a planned sheet gets next to the names already taken: 'PL2 PAR INDEX (2)', '(3)'…
 * Excel compares sheet names case-insensitively. `taken` is updated.
 */
export function pickSheetName(planned: string, taken: Set<string>): string {
  const base = cleanSheetName(planned);
  const key = (s: string) => s.toLowerCase();
  let name = base;
  for (let n = 2; taken.has(key(name)); n++) {
    const suffix = ` (${n})`;
    name = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
  }
  taken.add(key(name));
  return name;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Rewrites references to planned sheet names (`'PL2 PAR INDEX'!E5`, also inside HYPERLINK text)
 * to the names actually created, so a second render points at its own sheets, not the user's.
 */
export function formulaRenamer(renames: Map<string, string>): (formula: string) => string {
  const to = new Map<string, string>();
  for (const [planned, actual] of renames) {
    if (planned === actual) continue;
    to.set(sheetRef(planned, ''), sheetRef(actual, ''));
    if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(planned)) to.set(`${planned}!`, sheetRef(actual, ''));
  }
  if (to.size === 0) return (f) => f;
  // One pass, longest names first, so a renamed reference is never renamed again.
  const keys = [...to.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const re = new RegExp(`(^|[^A-Za-z0-9_.'])(${keys.join('|')})`, 'g');
  return (formula) => formula.replace(re, (_m, before: string, ref: string) => before + (to.get(ref) ?? ref));
}

export interface Sections {
  left: string;
  center: string;
  right: string;
}

/**
 * Excel's one-string header ('&Lleft&Cmiddle&Rright') -> the three sections the Office.js API
 * sets separately. '&&' (a literal ampersand) and '&"Font,Style"' stay as they are.
 */
export function headerSections(text: string): Sections {
  const out: Sections = { left: '', center: '', right: '' };
  let current: keyof Sections = 'center';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '&') {
      out[current] += ch;
      continue;
    }
    const next = text[i + 1];
    if (next === 'L' || next === 'C' || next === 'R') {
      current = next === 'L' ? 'left' : next === 'C' ? 'center' : 'right';
      i++;
    } else if (next === '"') {
      const end = text.indexOf('"', i + 2);
      const stop = end < 0 ? text.length - 1 : end;
      out[current] += text.slice(i, stop + 1);
      i = stop;
    } else if (next !== undefined) {
      out[current] += ch + next;
      i++;
    } else out[current] += ch;
  }
  return out;
}

/** '4:4' -> '$4:$4' (print titles are absolute rows). */
export function absoluteRows(rows: string): string {
  return rows.replace(/\$?(\d+)/g, '$$$1');
}

export const POINTS_PER_MM = 72 / 25.4;

/**
 * Column width in characters (the width of '0' in the default font, as .xlsx stores it) ->
 * points, which is what Office.js's `columnWidth` takes: Excel draws a character as 7 px plus
 * 5 px of padding at 96 dpi, and a pixel is 0.75 pt.
 */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Bytes -> base64 without Node's Buffer (runs in the task pane). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** 'Sheet1!A1:B2' / "'My sheet'!A1" -> 'A1:B2' (the part after the last '!'). */
export function localAddress(address: string): string {
  const at = address.lastIndexOf('!');
  return at < 0 ? address : address.slice(at + 1);
}

/** Rows (1-based, inclusive) an A1 area covers: 'A3:C7' -> [3, 7]; '2:4' -> [2, 4]; 'A:C' -> null (all rows). */
export function areaRows(area: string): [number, number] | null {
  const parts = localAddress(area).replace(/\$/g, '').split(':');
  const rowOf = (p: string) => {
    const m = /^[A-Z]*(\d+)$/i.exec(p.trim());
    return m ? Number(m[1]) : null;
  };
  const a = rowOf(parts[0] ?? '');
  const b = rowOf(parts[1] ?? parts[0] ?? '');
  if (a === null || b === null) return null;
  return [Math.min(a, b), Math.max(a, b)];
}

/** Splits a RangeAreas address ('S!A1:B2,S!D4') into areas; sheet names may be quoted and hold commas. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
