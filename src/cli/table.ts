import type { Finding, Severity } from '../plan/schema';
import type { Strings } from '../strings';
import { printable } from './printable';
import { paintSeverity, PIPE, wrap, type Terminal } from './terminal';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Findings as a plain-text table, most severe first, one finding per line so it greps well (on a
 * terminal the message column is wrapped to its width, continuation lines indented under it).
 * Only findings at `least` or more severe are listed; the rest are counted in a last line. Every
 * cell is made printable here, since the severities' colour codes must not be escaped after.
 */
export function findingsTable(findings: Finding[], t: Strings, o: { least?: Severity; terminal?: Terminal } = {}): string {
  if (findings.length === 0) return t.noFindings;
  const least = ORDER[o.least ?? 'info'];
  const term = o.terminal ?? PIPE;
  const shown = findings.filter((f) => ORDER[f.severity] <= least);
  const hidden = { warnings: findings.filter((f) => f.severity === 'warning').length - shown.filter((f) => f.severity === 'warning').length, infos: findings.filter((f) => f.severity === 'info').length - shown.filter((f) => f.severity === 'info').length };
  const more = hidden.warnings + hidden.infos > 0 ? [t.cli.hidden(hidden)] : [];
  if (shown.length === 0) return [t.cli.noneAtSeverity(o.least ?? 'info'), ...more].join('\n');
  const rows = shown
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => ({ severity: f.severity, cells: [t.severity[f.severity], t.where(f), t.item(f.id), t.finding(f)].map(printable) }));
  const head = [t.tableHeader.severity, t.tableHeader.where, t.tableHeader.id, t.tableHeader.message];
  // Folded, not spread: a plan can have more findings than a call has room for arguments.
  const widths = [0, 1, 2].map((c) => rows.reduce((w, r) => Math.max(w, r.cells[c]!.length), head[c]!.length));
  const indent = widths.reduce((a, w) => a + w + 2, 0);
  // Wrapped only where the message column keeps room for a phrase; else the terminal wraps it.
  const room = term.width === null ? null : term.width - indent;
  const line = (cells: string[], severity: Severity | null) => {
    const first = cells.slice(0, 3).map((c, k) => c.padEnd(widths[k]!));
    if (severity) first[0] = paintSeverity(first[0]!, severity, term.colour);
    const message = room !== null && room >= 30 ? wrap(cells[3]!, room) : [cells[3]!];
    return [`${first.join('  ')}  ${message[0]}`.trimEnd(), ...message.slice(1).map((m) => ' '.repeat(indent) + m)].join('\n');
  };
  return [line(head, null), line(widths.map((w) => '-'.repeat(w)).concat('-'.repeat(t.tableHeader.message.length)), null), ...rows.map((r) => line(r.cells, r.severity)), ...more].join('\n');
}
