import { checkTargets } from '../../src/checks/targets';
import { plan, row } from './fixtures';

const rules = (findings: ReturnType<typeof checkTargets>) => findings.map((f) => [f.rule, f.id, f.severity]);

describe('target.below-result', () => {
  it('flags the seed PAPI dimension 5 target 7,0 below its 2024 result 7,1232', () => {
    expect(checkTargets(plan({ criteria: [row('PAPI', '5', 10, '7,1232', '7,0')] }))).toEqual([
      expect.objectContaining({
        rule: 'target.below-result',
        severity: 'warning',
        field: 'target',
        stated: 7,
        computed: 7.1232,
        details: { difference: -0.1232 },
      }),
    ]);
  });

  it('flags the seed PAPI sub-dimension 5.3 target 2,3 below 2,4445', () => {
    expect(rules(checkTargets(plan({ criteria: [row('PAPI', '5.3', '3,33', '2,4445', '2,3')] })))).toEqual([
      ['target.below-result', 'PAPI:5.3', 'warning'],
    ]);
  });
});

describe('target.no-gain', () => {
  it('notes a target equal to the result while points remain below the max', () => {
    expect(checkTargets(plan({ criteria: [row('PAR', '5.3.2', 1, '0,915', '0,915')] }))).toEqual([
      expect.objectContaining({ rule: 'target.no-gain', severity: 'info', stated: 0.915, computed: 0.915, details: { atStakeMax: 0.085 } }),
    ]);
  });

  it('says nothing when the result already has the max', () => {
    expect(checkTargets(plan({ criteria: [row('PAR', '1.1', '1,5', '1,50', '1,5')] }))).toEqual([]);
  });
});

describe('target.missing', () => {
  it('flags a result without a target', () => {
    expect(checkTargets(plan({ criteria: [row('PAR', '1.1', 1, '0,5', null)] }))).toEqual([
      expect.objectContaining({ rule: 'target.missing', severity: 'warning', field: 'target', stated: null, details: { result: 0.5 } }),
    ]);
  });

  it('says nothing when there is neither result nor target', () => {
    expect(checkTargets(plan({ criteria: [row('PAR', '1.1', 1, null, null)] }))).toEqual([]);
  });
});

describe('target.missed', () => {
  it('lists a criterion whose result misses its target, with the points at stake', () => {
    expect(checkTargets(plan({ criteria: [row('PAR', '5.4', '1,5', '0,5', '1,5')] }))).toEqual([
      expect.objectContaining({
        rule: 'target.missed',
        severity: 'info',
        id: 'PAR:5.4',
        field: 'result',
        stated: 0.5,
        computed: 1.5,
        details: { atStakeMax: 1, atStakeTarget: 1 },
      }),
    ]);
  });

  it('rounds the points at stake and keeps atStakeMax null without a max', () => {
    const [f] = checkTargets(plan({ criteria: [row('PAPI', '8.1', null, '0,5809', '1,0')] }));
    expect(f?.details).toEqual({ atStakeMax: null, atStakeTarget: 0.4191 });
  });

  it('covers totals too', () => {
    expect(rules(checkTargets(plan({ criteria: [row('PAPI', 'total', 80, '43,7747', '46,20')] })))).toEqual([
      ['target.missed', 'PAPI:total', 'info'],
    ]);
  });
});
