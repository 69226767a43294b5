import type { IndexId } from '../plan/schema';

/** Stable ids (DESIGN §4): written into every sheet and agency workbook, matched on the way back. */
export function criterionId(index: IndexId, code: string): string {
  return `${index}:${code}`;
}

/** 'GROUP:B.III.III.1': the group's full path keeps a sub-area numbered under the wrong area distinct. */
export function groupId(path: string[]): string {
  return `GROUP:${path.join('.')}`;
}

/** 'TASK:A.13' when numbers are unique in the part, 'TASK:B.III.7' when they restart per area. */
export function taskId(part: string, area: string | null, number: string): string {
  return `TASK:${[part, area, number].filter((p): p is string => !!p).join('.')}`;
}
