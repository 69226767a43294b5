import { checkBounds } from '../../src/checks/bounds';
import { plan, row } from './fixtures';

describe('bounds', () => {
  it('flags the seed PAR 8.6 target 2 above its max 1,5 as an error', () => {
    expect(checkBounds(plan({ criteria: [row('PAR', '8.6', '1,5', '1,08', 2)] }))).toEqual([
      expect.objectContaining({
        rule: 'bounds.target-above-max',
        severity: 'error',
        id: 'PAR:8.6',
        field: 'target',
        stated: 2,
        computed: 1.5,
        details: { max: 1.5, difference: 0.5 },
      }),
    ]);
  });

  it('flags a result above its max', () => {
    const findings = checkBounds(plan({ criteria: [row('PAR', '1.1', 1, '1,2', 1)] }));
    expect(findings.map((f) => [f.rule, f.field])).toEqual([['bounds.result-above-max', 'result']]);
  });

  it('accepts values equal to the max, and criteria without a max', () => {
    expect(checkBounds(plan({ criteria: [row('PAR', '1.1', '1,5', '1,50', '1,5'), row('PAR', '1.2', null, 5, 9)] }))).toEqual([]);
  });

  it('flags every negative value as an error', () => {
    const findings = checkBounds(plan({ criteria: [row('PAPI', '1.1', '-2,5', '-0,1', '1')] }));
    expect(findings.map((f) => [f.rule, f.severity, f.field, f.stated])).toEqual([
      ['bounds.negative', 'error', 'max', -2.5],
      ['bounds.negative', 'error', 'result', -0.1],
      ['bounds.result-above-max', 'error', 'result', -0.1],
      ['bounds.target-above-max', 'error', 'target', 1],
    ]);
  });

  it('accepts zero', () => {
    expect(checkBounds(plan({ criteria: [row('PAR', '5.6', '0,5', 0, 0)] }))).toEqual([]);
  });
});
