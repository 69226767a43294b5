import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runChecks } from '../../src/checks';
import { importPlan } from '../../src/import';
import { FindingSchema, PlanSchema } from '../../src/plan/schema';

/** Damaged input never throws: the importer returns a Plan with findings, or a clear error. */

const seedLines = readFileSync(join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt'), 'utf8').split('\n');

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'replace'; at: number; text: string }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.oneof(fc.string(), fc.constantFrom('|', 'STT |', '1,1 |', '- |', 'abc |', '=1+1 |', '', 'PHỤ LỤC 9', 'II.9 |', '9,9,9 |')) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function apply(lines: string[], ms: Mutation[]): string[] {
  const out = lines.slice();
  for (const m of ms) {
    if (out.length === 0) break;
    const at = m.at % out.length;
    if (m.kind === 'delete') out.splice(at, 1);
    else if (m.kind === 'duplicate') out.splice(at, 0, out[at]!);
    else if (m.kind === 'swap') {
      const w = m.with % out.length;
      [out[at], out[w]] = [out[w]!, out[at]!];
    } else if (m.kind === 'replace') out[at] = m.text;
    else out.length = at;
  }
  return out;
}

function expectWellFormed(text: string): void {
  const r = importPlan({ kind: 'text', text });
  if (!r.ok) {
    expect(['empty', 'binary', 'no-table', 'cut-off', 'space-aligned']).toContain(r.error.code);
    return;
  }
  expect(PlanSchema.safeParse(r.plan).success).toBe(true);
  const findings = [...r.findings, ...runChecks(r.plan)];
  for (const f of findings) expect(FindingSchema.safeParse(f).success).toBe(true);
  const ids = [...r.plan.criteria.map((c) => c.id), ...r.plan.tasks.map((t) => t.id), ...r.plan.groups.map((g) => g.id)];
  expect(new Set(ids).size).toBe(ids.length); // ids stay unique even when rows repeat
}

describe('damaged plans', () => {
  it('never throw, and always give a valid Plan or a clear error', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (ms) => {
        expectWellFormed(apply(seedLines, ms).join('\n'));
      }),
      { numRuns: 120 },
    );
  });

  it('report a row that lost a cell instead of shifting every later row silently', () => {
    const lines = seedLines.slice();
    const at = lines.indexOf('Tiếp tục tổ chức thi hành và theo dõi thi hành Luật Thủ đô |');
    lines.splice(at + 1, 1); // task A.8 loses its deadline cell
    const r = importPlan({ kind: 'text', text: lines.join('\n') });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.findings.filter((f) => f.rule === 'import.row-short').map((f) => f.stated)).toEqual(['8.']);
    // The next row keeps its number and every row after the damage is read right.
    expect(r.plan.tasks.find((t) => t.id === 'TASK:A.9')?.deadline.text).toBe('Quý II/2025');
    expect(r.plan.tasks.find((t) => t.id === 'TASK:A.10')?.deadline.text).toBe('Tháng 12/2025');
    expect(r.plan.tasks).toHaveLength(139);
  });

  it('never throw on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => {
        expectWellFormed(s);
      }),
      { numRuns: 200 },
    );
  });
});
