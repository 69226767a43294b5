import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPlan } from '../../src/import';
import { pastedSource } from '../../src/import/paste';
import { parseTsv } from '../../src/import/range-source';
import { textToGrid } from '../../src/import/text-source';
import type { Plan } from '../../src/plan/schema';

/**
 * A range copied in Excel (Ctrl+C) and pasted into the pane arrives as text: cells separated by
 * tabs, rows by CRLF, a cell with a line break or a quote wrapped in quotes. It must reach the
 * grid reader, and give the plan the same range read from the sheet gives.
 */

const seed = readFileSync(join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt'), 'utf8');
const { grid } = textToGrid(seed);

function asRange(): string[][] {
  const rows: string[][] = [];
  for (const block of grid.blocks) {
    for (const line of block.caption) rows.push([line, '', '', '', '', '']);
    for (const row of block.rows) rows.push(row.cells.map((c) => c.text));
  }
  return rows;
}

/** As Excel puts a range on the clipboard. */
function excelCopy(rows: string[][]): string {
  const quote = (v: string) => (/[\t\r\n"]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${rows.map((r) => r.map(quote).join('\t')).join('\r\n')}\r\n`;
}

const withoutSources = (p: Plan) => ({ ...p, criteria: p.criteria.map((c) => ({ ...c, source: null })), tasks: p.tasks.map((t) => ({ ...t, source: null })), groups: p.groups.map((g) => ({ ...g, source: null })) });

describe('pasted text', () => {
  it('takes cells copied from Excel as a range, to the same plan as the sheet gives', () => {
    const text = excelCopy(asRange());
    const source = pastedSource(text);
    expect(source.kind).toBe('tsv');
    const pasted = importPlan(source);
    const range = importPlan({ kind: 'range', values: asRange() });
    expect(pasted.ok && range.ok).toBe(true);
    if (!pasted.ok || !range.ok) return;
    expect(pasted.plan.criteria.length).toBeGreaterThan(20);
    expect(withoutSources(pasted.plan)).toEqual(withoutSources(range.plan));
  });

  it('keeps a cell whose text has a line break (Alt+Enter in Excel) one cell', () => {
    const rows = asRange();
    const at = rows.findIndex((r) => r[1] && r[1].length > 40);
    rows[at]![1] = rows[at]![1]!.replace(' ', '\n');
    const cells = parseTsv(excelCopy(rows));
    expect(cells).toHaveLength(rows.length);
    expect(cells[at]![1]).toBe(rows[at]![1]);
  });

  it('tells the published text and an HTML table from cells', () => {
    expect(pastedSource(seed).kind).toBe('text');
    expect(pastedSource('<table><tr><td>STT</td></tr></table>').kind).toBe('html');
    expect(pastedSource('STT\tNội dung\r\n').kind).toBe('text');
    expect(pastedSource('STT\tNội dung\r\n1\tSở Tư pháp\r\n').kind).toBe('tsv');
  });
});
