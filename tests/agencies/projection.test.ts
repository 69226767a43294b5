import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Compiled } from '../../src/agencies/compile';
import { projectScores } from '../../src/agencies/projection';
import { importPlan } from '../../src/import';

/** The self-assessments rolled up to a projected score per index. */

const imported = importPlan({ kind: 'text', text: readFileSync(join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt'), 'utf8') });
if (!imported.ok) throw new Error('seed');
const plan = imported.plan;
const none: Compiled = { submissions: [], missing: [], values: [], rejected: [] };
const value = (id: string, v: number, agency = 'Sở Nội vụ') => ({ id, agency, field: 'selfAssessment' as const, value: v, file: 'f.xlsx', cell: 'Tiêu chí!H5' });

describe('projectScores', () => {
  it('with no self-assessment, projects last year: the sum of the leaves', () => {
    const [par, papi] = projectScores(plan, none);
    expect(par).toMatchObject({ index: 'PAR', result: 92.75, target: 96.59, assessed: 0 });
    // The leaves as the plan states them: 9,4 + 9,51 + 13 + 9,899 + 12,701 + 11,06 + 12,5 + 14,73.
    expect(par!.projected).toBeCloseTo(92.8, 3);
    expect(papi).toMatchObject({ index: 'PAPI', assessed: 0 });
    expect(papi!.projected).toBeCloseTo(43.7745, 4); // the sub-dimensions add up to 0,0002 less than the stated 43,7747
  });

  it('counts a self-assessment in place of last year, the mean of several agencies', () => {
    const [par] = projectScores(plan, { ...none, values: [value('PAR:5.4', 1.5), value('PAR:8.6', 1.5), value('PAR:8.6', 0.5, 'Sở Tài chính')] });
    // 5.4: 0.5 -> 1.5 (+1); 8.6: 1.08 -> mean(1.5, 0.5) = 1 (-0.08).
    expect(par!.projected).toBeCloseTo(92.8 + 1 - 0.08, 3);
    expect(par!.assessed).toBe(2);
  });

  it('does not project SIPAS, a survey rather than a sum of points', () => {
    expect(projectScores(plan, none).map((p) => p.index)).toEqual(['PAR', 'PAPI']);
  });
});
