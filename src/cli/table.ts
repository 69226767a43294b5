import type { Finding } from '../plan/schema';
import type { Strings } from '../strings';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Findings as a plain-text table, most severe first, one finding per line so it greps well. */
export function findingsTable(findings: Finding[], t: Strings): string {
  if (findings.length === 0) return t.noFindings;
  const rows = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => [t.severity[f.severity], t.where(f), f.id ?? '', t.finding(f)]);
  const head = [t.tableHeader.severity, t.tableHeader.where, t.tableHeader.id, t.tableHeader.message];
  // Folded, not spread: a plan can have more findings than a call has room for arguments.
  const widths = [0, 1, 2].map((c) => rows.reduce((w, r) => Math.max(w, r[c]!.length), head[c]!.length));
  const line = (cells: string[]) => cells.map((c, k) => (k < 3 ? c.padEnd(widths[k]!) : c)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w)).concat('-'.repeat(t.tableHeader.message.length))), ...rows.map(line)].join('\n');
}
