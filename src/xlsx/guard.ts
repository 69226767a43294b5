import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';

/**
 * Pre-flight for workbooks from outside, before exceljs sees them: exceljs hangs for minutes on a
 * merge or validation covering a whole sheet, and no library caps decompressed size (1 MB of zip
 * can hold 1 GB of XML). So: check the signature, cap entries and sizes as declared (and as
 * inflated: fflate inflates into a buffer of the declared size), require the parts of a workbook,
 * and clamp merge / validation / conditional-format ranges to the sheet's used area.
 */

export interface Limits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Used when a sheet gives no <dimension>. */
  fallbackRows: number;
  fallbackCols: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxEntries: 10_000,
  maxEntryBytes: 50 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  fallbackRows: 5_000,
  fallbackCols: 200,
};

export type GuardProblem =
  | { kind: 'not-zip' }
  | { kind: 'encrypted' }
  | { kind: 'truncated' }
  | { kind: 'corrupt'; entry: string | null }
  | { kind: 'not-xlsx' }
  | { kind: 'too-many-entries'; count: number }
  | { kind: 'too-large'; entry: string; size: number };

export interface GuardNote {
  kind: 'clamped';
  /** Sheet part, e.g. 'xl/worksheets/sheet2.xml'. */
  sheet: string;
  from: string;
  to: string;
}

export type GuardResult = { ok: true; bytes: Uint8Array; notes: GuardNote[] } | { ok: false; problem: GuardProblem };

export function inspectXlsx(bytes: Uint8Array, limits: Partial<Limits> = {}): GuardResult {
  const L = { ...DEFAULT_LIMITS, ...limits };
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return { ok: false, problem: { kind: 'encrypted' } };
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 3 || bytes[3] !== 4) return { ok: false, problem: { kind: 'not-zip' } };

  let count = 0;
  let total = 0;
  let refused: GuardProblem | null = null;
  let files: Unzipped;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        count++;
        total += f.originalSize;
        if (refused) return false;
        if (count > L.maxEntries) refused = { kind: 'too-many-entries', count };
        else if (f.originalSize > L.maxEntryBytes) refused = { kind: 'too-large', entry: f.name, size: f.originalSize };
        else if (total > L.maxTotalBytes) refused = { kind: 'too-large', entry: f.name, size: total };
        return !refused;
      },
    });
  } catch (error) {
    if (refused) return { ok: false, problem: refused };
    const message = error instanceof Error ? error.message : '';
    return { ok: false, problem: /invalid zip|unexpected EOF|end of central/i.test(message) ? { kind: 'truncated' } : { kind: 'corrupt', entry: null } };
  }
  if (refused) return { ok: false, problem: refused };
  if (!files['[Content_Types].xml'] || !files['xl/workbook.xml']) return { ok: false, problem: { kind: 'not-xlsx' } };

  const notes: GuardNote[] = [];
  for (const name of Object.keys(files)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const xml = strFromU8(files[name]!);
    const clamped = clampSheet(xml, name, L, notes);
    if (clamped !== xml) files[name] = strToU8(clamped);
  }
  return { ok: true, bytes: notes.length > 0 ? zipSync(files) : bytes, notes };
}

const ROW_SLACK = 500;
const COL_SLACK = 50;

interface Area {
  c1: number;
  r1: number;
  c2: number;
  r2: number;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function colLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function parseArea(ref: string): Area | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim());
  if (!m) return null;
  const c1 = colNumber(m[1]!);
  const r1 = Number(m[2]);
  return { c1, r1, c2: m[3] ? colNumber(m[3]) : c1, r2: m[4] ? Number(m[4]) : r1 };
}

function formatArea(a: Area): string {
  const start = `${colLetters(a.c1)}${a.r1}`;
  return a.c1 === a.c2 && a.r1 === a.r2 ? start : `${start}:${colLetters(a.c2)}${a.r2}`;
}

/** Ranges reaching far past the used area are cut back near it (a range starting beyond shrinks to its first cell). */
function clampSheet(xml: string, part: string, L: Limits, notes: GuardNote[]): string {
  const dim = /<dimension\s+ref="([^"]+)"/.exec(xml)?.[1];
  const used = dim ? parseArea(dim.includes(':') ? dim : `A1:${dim}`) : null;
  // Validations and formats rightly reach a little past the data; only ranges far beyond it are cut.
  const maxRow = used ? used.r2 + ROW_SLACK : L.fallbackRows;
  const maxCol = used ? used.c2 + COL_SLACK : L.fallbackCols;
  const clampRef = (ref: string): string => {
    const a = parseArea(ref);
    if (!a) return ref;
    const b: Area = { c1: a.c1, r1: a.r1, c2: Math.min(a.c2, Math.max(a.c1, maxCol)), r2: Math.min(a.r2, Math.max(a.r1, maxRow)) };
    if (b.c2 === a.c2 && b.r2 === a.r2) return ref;
    const to = formatArea(b);
    notes.push({ kind: 'clamped', sheet: part, from: ref, to });
    return to;
  };
  const clampList = (list: string) => list.split(/\s+/).filter(Boolean).map(clampRef).join(' ');
  return xml
    .replace(/(<mergeCell\b[^>]*\bref=")([^"]+)(")/g, (_m, a: string, ref: string, b: string) => a + clampRef(ref) + b)
    .replace(/(<(?:x14:)?(?:dataValidation|conditionalFormatting)\b[^>]*\bsqref=")([^"]+)(")/g, (_m, a: string, refs: string, b: string) => a + clampList(refs) + b)
    .replace(/(<xm:sqref>)([^<]+)(<\/xm:sqref>)/g, (_m, a: string, refs: string, b: string) => a + clampList(refs) + b);
}
