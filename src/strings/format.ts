import type { Finding } from '../plan/schema';

/** What both languages share in wording a finding: which item it is about, and lists. */
export interface SubjectWords {
  task: string;
  group: string;
  total: string;
}

/** 'PAR 5.4', 'PAR (tổng)', 'Nhiệm vụ A.13', 'Nhóm B.I.II.3', or the index alone. */
export function subjectOf(f: Finding, words: SubjectWords): string {
  if (!f.id) return f.index ?? '';
  if (f.id.startsWith('TASK:')) return `${words.task} ${f.id.slice(5)}`;
  if (f.id.startsWith('GROUP:')) return `${words.group} ${f.id.slice(6)}`;
  const [index, code] = f.id.split(':');
  return code === 'total' ? `${index} (${words.total})` : `${index} ${code}`;
}

export function fieldOf(f: Finding, names: Record<string, string>): string {
  return names[f.field ?? ''] ?? f.field ?? '';
}

export function listOf(v: unknown, one: (x: unknown) => string): string {
  return Array.isArray(v) ? v.join('; ') : one(v);
}

/** 'Tiêu chí!H21' -> sheet 'Tiêu chí', cell 'H21'; a file- or sheet-level entry has no cell. */
export function placeOf(r: { sheet: string | null; cell: string | null }): { sheet: string | null; cell: string | null } {
  const at = r.cell?.lastIndexOf('!') ?? -1;
  return r.cell && at >= 0 ? { sheet: r.cell.slice(0, at), cell: r.cell.slice(at + 1) } : { sheet: r.sheet, cell: r.cell };
}
