import { finding } from '../plan/finding';
import type { Finding, IndexId } from '../plan/schema';
import { cleanText, repairEscapes } from '../plan/text';
import type { ColumnRole } from './columns';
import type { TableRow } from './tables';

/** A cell's text with the escape bug repaired ('0050AR INDEX' -> 'PAR INDEX'); each repair becomes a finding. */
export function cellText(row: TableRow, role: ColumnRole, index: IndexId | null, findings: Finding[], id: string | null = null): string {
  const raw = cleanText(row.get(role).text);
  const { text, repairs } = repairEscapes(raw);
  if (repairs.length > 0) {
    findings.push(
      finding('text.repaired', 'info', { index, id, source: row.location }, role, raw, text, {
        repairs: repairs.map((r) => `${r.from} → ${JSON.stringify(r.to)}`),
      }),
    );
  }
  return text;
}
