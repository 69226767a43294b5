import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPlan, type PlanSource } from '../../src/import';
import { textToGrid } from '../../src/import/text-source';
import type { Plan } from '../../src/plan/schema';

/**
 * The three sources give the same Plan for the same tables. The HTML and the range are built
 * from the seed's cells the way a user would get them: the published page's tables, or the
 * tables pasted one below another into a sheet.
 */

const seed = readFileSync(join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt'), 'utf8');
const { grid } = textToGrid(seed);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function asHtml(): string {
  const parts = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kế hoạch</title></head><body>'];
  grid.blocks.forEach((block, i) => {
    const caption = i === 0 ? block.caption : block.caption;
    for (const line of caption) parts.push(`<p>${escapeHtml(line)}</p>`);
    parts.push('<table border="1"><tbody>');
    for (const row of block.rows) parts.push('<tr>' + row.cells.map((c) => `<td>${escapeHtml(c.text)}</td>`).join('') + '</tr>');
    parts.push('</tbody></table>');
  });
  parts.push('<p>Ý kiến bạn đọc</p></body></html>');
  return parts.join('\n');
}

function asRange(): unknown[][] {
  const rows: unknown[][] = [];
  for (const block of grid.blocks) {
    for (const line of block.caption) rows.push([line, '', '', '', '', '']);
    for (const row of block.rows) rows.push(row.cells.map((c) => c.text));
  }
  return rows;
}

/** Where a row came from differs by source (a line, a table row); nothing else may. */
function withoutSources(plan: Plan) {
  const strip = <T extends { source: unknown }>(x: T) => ({ ...x, source: null });
  return { ...plan, criteria: plan.criteria.map(strip), tasks: plan.tasks.map(strip), groups: plan.groups.map(strip) };
}

function load(source: PlanSource) {
  const r = importPlan(source);
  if (!r.ok) throw new Error(`did not import: ${r.error.code}`);
  return r;
}

describe('one Plan from every source', () => {
  const fromText = load({ kind: 'text', text: seed });

  it('reads the published web page (HTML tables) to the same Plan', () => {
    const fromHtml = load({ kind: 'html', html: asHtml() });
    expect(withoutSources(fromHtml.plan)).toEqual(withoutSources(fromText.plan));
    expect(fromHtml.findings.map((f) => f.rule).sort()).toEqual(fromText.findings.map((f) => f.rule).sort());
  });

  it('reads the tables pasted into a sheet (a range of values) to the same Plan', () => {
    const fromRange = load({ kind: 'range', values: asRange() });
    expect(withoutSources(fromRange.plan)).toEqual(withoutSources(fromText.plan));
  });

  it('reads numbers a sheet holds as numbers the same as the text', () => {
    const values = asRange().map((row) => row.map((v) => (typeof v === 'string' && /^\d+,\d+$/.test(v) ? Number(v.replace(',', '.')) : v)));
    const fromNumbers = load({ kind: 'range', values });
    const pick = (p: Plan) => p.criteria.map((c) => [c.id, c.max, c.result, c.target]);
    expect(pick(fromNumbers.plan)).toEqual(pick(fromText.plan));
  });

  it('records where each row came from in the terms of its source', () => {
    const fromHtml = load({ kind: 'html', html: asHtml() });
    const par21 = fromHtml.plan.criteria.find((c) => c.id === 'PAR:2.1')!;
    expect(par21.source).toMatchObject({ table: 'PL2', line: null });
    expect(par21.source.row).toBeGreaterThan(1);
    expect(fromText.plan.criteria.find((c) => c.id === 'PAR:2.1')!.source).toMatchObject({ table: 'PL2', line: 1220 });
  });
});
