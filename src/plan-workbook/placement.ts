import type { SourceLocation } from '../plan/schema';

/** Where each id's row landed, so the findings sheet can link to it. */
export interface Placement {
  rowOf: Map<string, number>;
}

/** 'PL2:1214' (line of a text source) or 'PL2#12' (row of a table source). */
export function sourceText(s: SourceLocation): string {
  const where = s.line !== null ? `:${s.line}` : s.row !== null ? `#${s.row}` : '';
  return `${s.table ?? ''}${where}`;
}

export function parseSourceText(text: string): SourceLocation {
  const m = /^([^:#]*)(?:([:#])(\d+))?$/.exec(text.trim());
  const table = m?.[1] ? m[1] : null;
  const n = m?.[3] ? Number(m[3]) : null;
  return { table, line: m?.[2] === ':' ? n : null, row: m?.[2] === '#' ? n : null, col: null };
}
