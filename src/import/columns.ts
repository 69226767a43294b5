import { fold } from '../plan/text';

/**
 * Columns are mapped by header text, never by position, so that another province's
 * plan with other years or one column more still imports.
 */
export type ColumnRole =
  | 'code'
  | 'task'
  | 'deadline'
  | 'lead'
  | 'support'
  | 'output'
  | 'name'
  | 'max'
  | 'result'
  | 'target';

/** Tried in order: the first rule that matches wins ('Yêu cầu/Kết quả/ Sản phẩm' is an output, not a result). */
const RULES: { role: ColumnRole; test: (folded: string) => boolean }[] = [
  { role: 'code', test: (f) => /^(stt|tt|so tt|so thu tu|ma|ma so)$/.test(f) },
  { role: 'output', test: (f) => /san pham|yeu cau|ket qua dau ra/.test(f) },
  { role: 'max', test: (f) => /toi da/.test(f) },
  { role: 'result', test: (f) => /^(ket qua|diem|diem so|diem dat|ket qua dat)( nam)? \d{4}\b/.test(f) || /^ket qua nam\b/.test(f) },
  { role: 'target', test: (f) => /^(muc tieu|chi tieu|phan dau)\b/.test(f) },
  { role: 'lead', test: (f) => /chu tri/.test(f) },
  { role: 'support', test: (f) => /phoi hop/.test(f) },
  { role: 'deadline', test: (f) => /tien do|thoi han|thoi gian hoan thanh|thoi gian thuc hien/.test(f) },
  { role: 'task', test: (f) => /^(nhiem vu|giai phap|noi dung nhiem vu)/.test(f) },
  { role: 'name', test: (f) => /^(linh vuc|tieu chi|chi so|noi dung|chi so noi dung|ten chi so)\b/.test(f) },
];

export function columnRole(headerText: string): ColumnRole | null {
  const f = fold(headerText);
  if (!f) return null;
  for (const rule of RULES) if (rule.test(f)) return rule.role;
  return null;
}

/** The year a header names ('Kết quả năm 2024' -> 2024), if any. */
export function headerYear(headerText: string): number | null {
  const m = /\b(19|20)(\d{2})\b/.exec(headerText);
  return m ? Number(m[1]! + m[2]!) : null;
}

export type TableKind = 'tasks' | 'criteria';

export interface HeaderMap {
  kind: TableKind;
  /** Column position of each role found. */
  columns: Partial<Record<ColumnRole, number>>;
  /** Header texts that matched no role: extra columns, kept out of the model but not an error. */
  unknown: { col: number; text: string }[];
  resultYear: number | null;
  targetYear: number | null;
}

/** A header row is one whose first cell names the row number column and that maps enough roles to be a known table. */
export function readHeader(texts: string[]): HeaderMap | null {
  if (texts.length < 3 || columnRole(texts[0] ?? '') !== 'code') return null;
  const columns: Partial<Record<ColumnRole, number>> = {};
  const unknown: { col: number; text: string }[] = [];
  let resultYear: number | null = null;
  let targetYear: number | null = null;
  texts.forEach((text, col) => {
    const role = columnRole(text);
    if (role && columns[role] === undefined) {
      columns[role] = col;
      if (role === 'result') resultYear = headerYear(text);
      if (role === 'target') targetYear = headerYear(text);
    } else if (text.trim()) {
      unknown.push({ col, text });
    }
  });
  if (columns.task !== undefined && columns.lead !== undefined) {
    return { kind: 'tasks', columns, unknown, resultYear, targetYear };
  }
  const numeric = ['max', 'result', 'target'].filter((r) => columns[r as ColumnRole] !== undefined).length;
  if (columns.name !== undefined && numeric >= 2) {
    return { kind: 'criteria', columns, unknown, resultYear, targetYear };
  }
  return null;
}

/** True for a cell that can open a header row. */
export function isCodeHeader(text: string): boolean {
  return columnRole(text) === 'code';
}

/** True for any cell text that names a known column (used to find where a header run ends). */
export function isHeaderCell(text: string): boolean {
  return columnRole(text) !== null;
}
