import { checkSipas } from '../../src/checks/sipas';
import { plan, row } from './fixtures';

const group = (code: string, result: string | null, target: string | null) =>
  row('SIPAS', code, 100, result, target, { parent: 'total', level: 1 });
const component = (code: string, parent: string, result: string, target: string) =>
  row('SIPAS', code, 100, result, target, { parent, level: 2 });

describe('sipas.bounds', () => {
  it('flags a SIPAS value above 100 % or below 0 as an error', () => {
    const criteria = [row('SIPAS', 'total', 100, '101,5', '88,00'), component('1', 'I', '-2', '88')];
    expect(checkSipas(plan({ criteria })).map((f) => [f.rule, f.severity, f.id, f.field, f.stated])).toEqual([
      ['sipas.bounds', 'error', 'SIPAS:total', 'result', 101.5],
      ['sipas.bounds', 'error', 'SIPAS:1', 'result', -2],
    ]);
  });

  it('accepts 0 and 100 themselves', () => {
    const criteria = [component('1', 'I', '0', '100')];
    expect(checkSipas(plan({ criteria }))).toEqual([]);
  });

  it('does not bound PAR or PAPI values by 100', () => {
    expect(checkSipas(plan({ criteria: [row('PAPI', 'total', 80, 150, 160)] }))).toEqual([]);
  });
});

describe('sipas.mean', () => {
  it('accepts the seed: overall 86,50 / 88,00 is the mean of groups 86,51 and 86,49 / 88,00', () => {
    const criteria = [row('SIPAS', 'total', 100, '86,50', '88,00'), group('I', '86,51', '88,00'), group('II', '86,49', '88,00')];
    expect(checkSipas(plan({ criteria }))).toEqual([]);
  });

  it('flags an overall figure that is not the mean of its two groups', () => {
    const criteria = [row('SIPAS', 'total', 100, '86,50', '90,00'), group('I', '86,51', '88,00'), group('II', '86,49', '88,00')];
    expect(checkSipas(plan({ criteria }))).toEqual([
      expect.objectContaining({
        rule: 'sipas.mean',
        severity: 'warning',
        id: 'SIPAS:total',
        field: 'target',
        stated: 90,
        computed: 88,
        details: { difference: 2, tolerance: 0.01, explainedByRounding: false, groups: 2 },
      }),
    ]);
  });

  it('explains a gap within the rounding of the groups and the total as info', () => {
    const criteria = [row('SIPAS', 'total', 100, '86,50', null), group('I', '86,51', null), group('II', '86,50', null)];
    // Mean 86,505; tolerance 0,005 (average of the groups) + 0,005 (the total's own).
    expect(checkSipas(plan({ criteria }))).toEqual([
      expect.objectContaining({ severity: 'info', field: 'result', computed: 86.505, details: expect.objectContaining({ explainedByRounding: true, tolerance: 0.01 }) }),
    ]);
  });

  it('does not treat a group as the mean of its components', () => {
    const criteria = [
      row('SIPAS', 'total', 100, '86,50', '88,00'),
      group('I', '86,51', '88,00'),
      component('1', 'I', '70,00', '80,00'),
      component('2', 'I', '60,00', '70,00'),
      group('II', '86,49', '88,00'),
      component('5', 'II', '99,00', '99,00'),
    ];
    expect(checkSipas(plan({ criteria }))).toEqual([]);
  });

  it('skips a field when a group has no value', () => {
    const criteria = [row('SIPAS', 'total', 100, '50,00', null), group('I', '86,51', null), group('II', null, null)];
    expect(checkSipas(plan({ criteria }))).toEqual([]);
  });
});
