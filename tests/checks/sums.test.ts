import { checkSums } from '../../src/checks/sums';
import { plan, row } from './fixtures';
import type { Finding, FindingOf, Rule } from '../../src/plan/schema';
import { stringsFor } from '../../src/strings';

const only = <R extends Rule>(rule: R, findings: Finding[]) => findings.filter((f): f is FindingOf<R> => f.rule === rule);

describe('sum.children', () => {
  it('flags a parent whose result differs from its children beyond rounding', () => {
    const findings = checkSums(
      plan({ criteria: [row('PAR', '1', 10, '9,00', null), row('PAR', '1.1', 5, '5,00', null), row('PAR', '1.2', 5, '4,50', null)] }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'sum.children',
        severity: 'warning',
        index: 'PAR',
        id: 'PAR:1',
        field: 'result',
        stated: 9,
        computed: 9.5,
        details: { difference: -0.5, tolerance: 0.015, explainedByRounding: false, children: 2 },
      }),
    ]);
  });

  it('says nothing when a parent equals the sum of its children exactly', () => {
    const criteria = [row('PAR', '1', '9,5', '9,4', '9,5'), row('PAR', '1.1', '1,5', '1,50', '1,5'), row('PAR', '1.2', 8, '7,9', 8)];
    expect(checkSums(plan({ criteria }))).toEqual([]);
  });

  it('ignores float noise such as 0,1 + 0,2', () => {
    const criteria = [row('PAR', '1', null, '0,3', null), row('PAR', '1.1', null, '0,1', null), row('PAR', '1.2', null, '0,2', null)];
    expect(checkSums(plan({ criteria }))).toEqual([]);
  });

  it('explains PAR 2.4 result 3,53 against 0,84 + 0,89 + 0,88 + 0,9 = 3,51 by rounding (seed)', () => {
    const criteria = [
      row('PAR', '2.4', 4, '3,53', '3,54'),
      row('PAR', '2.4.1', 1, '0,84', '0,85'),
      row('PAR', '2.4.2', 1, '0,89', '0,90'),
      row('PAR', '2.4.3', 1, '0,88', '0,89'),
      row('PAR', '2.4.4', 1, '0,9', '0,9'),
    ];
    const [result, ...rest] = checkSums(plan({ criteria }));
    expect(rest).toEqual([]);
    // Scores carry at least two decimals (0,9 = 0,90): the tolerance is 5 × 0,005.
    expect(result).toMatchObject({
      severity: 'info',
      field: 'result',
      stated: 3.53,
      computed: 3.51,
      details: { difference: 0.02, tolerance: 0.025, explainedByRounding: true, children: 4 },
    });
  });

  it('flags the seed PAR area 2 result 9,45 against 3 + 1,5 + 1,5 + 3,53 = 9,53 as beyond rounding', () => {
    const criteria = [
      row('PAR', '2', 10, '9,45', '9,54'),
      row('PAR', '2.1', 3, 3, 3),
      row('PAR', '2.2', '1,5', '1,5', '1,5'),
      row('PAR', '2.3', '1,5', '1,5', '1,5'),
      row('PAR', '2.4', 4, '3,53', '3,54'),
    ];
    const result = checkSums(plan({ criteria })).find((f) => f.field === 'result');
    // Five two-decimal scores allow 5 × 0,005 = 0,025: a gap of 0,08 is a real mismatch.
    expect(result).toMatchObject({ severity: 'warning', stated: 9.45, computed: 9.53, details: { difference: -0.08, tolerance: 0.025, explainedByRounding: false } });
  });

  it('checks the total against the level-1 areas (seed PAR total result 92,75 vs 92,746 and target 96,59 vs 96,555)', () => {
    const areas = [
      row('PAR', '1', '9,5', '9,4', '9,5'),
      row('PAR', '2', 10, '9,45', '9,54'),
      row('PAR', '3', 13, '13,00', '13,00'),
      row('PAR', '4', '10,5', '9,905', '9,990'),
      row('PAR', '5', 15, '12,701', '14,025'),
      row('PAR', '6', '12,0', '11,060', '11,3'),
      row('PAR', '7', '13,5', '12,50', '13,50'),
      row('PAR', '8', '16,5', '14,73', '15,7'),
    ];
    const findings = only('sum.children', checkSums(plan({ criteria: [row('PAR', 'total', 100, '92,75', '96,59'), ...areas] })));
    expect(findings.map((f) => [f.id, f.field, f.severity, f.computed, f.details.difference])).toEqual([
      ['PAR:total', 'result', 'info', 92.746, 0.004],
      ['PAR:total', 'target', 'info', 96.555, 0.035],
    ]);
    expect(findings[1]?.details.tolerance).toBeCloseTo(0.036, 9);
  });

  it('explains PAPI dimension 3 max 10 against 3 × 3,33 = 9,99 by rounding (seed)', () => {
    const criteria = [
      row('PAPI', '3', 10, '4,3626', '4,6'),
      row('PAPI', '3.1', '3,33', '2,0180', '2,1'),
      row('PAPI', '3.2', '3,33', '0,4129', '0,5'),
      row('PAPI', '3.3', '3,33', '1,9317', '2,0'),
    ];
    const max = checkSums(plan({ criteria })).filter((f) => f.field === 'max');
    expect(max).toEqual([
      expect.objectContaining({
        severity: 'info',
        stated: 10,
        computed: 9.99,
        details: { difference: 0.01, tolerance: 0.02, explainedByRounding: true, children: 3 },
      }),
    ]);
  });

  it('compares no sum where the parent or a child has no value; a blank child is named', () => {
    const criteria = [row('PAR', '1', 10, null, 9), row('PAR', '1.1', 6, 4, null), row('PAR', '1.2', 5, 4, 4)];
    const findings = checkSums(plan({ criteria }));
    expect(findings.map((f) => [f.rule, f.field])).toEqual([
      ['sum.children', 'max'],
      ['sum.children-incomplete', 'target'],
    ]);
  });

  it('never sums SIPAS, whose groups are means', () => {
    const criteria = [row('SIPAS', 'total', 100, '86,50', '88,00'), row('SIPAS', 'I', 100, '86,51', '88,00', { parent: 'total', level: 1 })];
    expect(only('sum.children', checkSums(plan({ criteria })))).toEqual([]);
  });

  it('copies the parent source as the location', () => {
    const criteria = [
      row('PAR', '1', 2, 2, 2, { source: { table: 'PL2', line: 1160, row: null, col: null } }),
      row('PAR', '1.1', 2, 1, 1),
    ];
    expect(checkSums(plan({ criteria }))[0]?.location).toEqual({ table: 'PL2', line: 1160, row: null, col: null });
  });

  it('stays quiet under a parent that lists only some of its children (their max adds to less)', () => {
    // Area 2 (max 10) lists only 2.2 and 2.4, the criteria that lost points: their sums say nothing.
    const partial = [row('PAR', '2', 10, '8,5', 9), row('PAR', '2.2', 2, '1,5', 2), row('PAR', '2.4', 3, 2, '2,5')];
    expect(checkSums(plan({ criteria: partial }))).toEqual([]);
    // The same area listing children whose max adds up is checked.
    const whole = [row('PAR', '2', 5, '4,5', 5), row('PAR', '2.2', 2, '1,5', 2), row('PAR', '2.4', 3, 2, '2,5')];
    expect(checkSums(plan({ criteria: whole })).map((f) => f.field)).toEqual(['result', 'target']);
  });
});

describe('a blank maximum', () => {
  // Gia Lai's 3.5: 'Điểm tối đa' left empty, area III's children then add up to 12 + nothing against 13.
  const criteria = [
    row('PAR', '3', 13, '11,5', '12'),
    row('PAR', '3.1', 12, '10,5', '11'),
    row('PAR', '3.5', null, '1', '1', { source: { table: 'PL2', line: 42, row: 7, col: null } }),
  ];

  it('is a warning naming the criterion and its row', () => {
    expect(only('sum.max-missing', checkSums(plan({ criteria })))).toEqual([
      expect.objectContaining({ severity: 'warning', id: 'PAR:3.5', field: 'max', stated: null, location: { table: 'PL2', line: 42, row: 7, col: null } }),
    ]);
  });

  it('leaves its parent unsummed, and the parent says which child stopped the sum', () => {
    const findings = checkSums(plan({ criteria }));
    expect(only('sum.children', findings)).toEqual([]);
    expect(only('sum.children-incomplete', findings)).toEqual([
      expect.objectContaining({ severity: 'info', id: 'PAR:3', field: 'max', stated: 13, computed: null, details: { missing: ['3.5'] } }),
    ]);
    expect(stringsFor('vi').finding(only('sum.children-incomplete', findings)[0]!)).toContain('3.5');
  });

  it('is not said where the table has no max column: dimensions on the scale, sub-dimensions with none', () => {
    const onScale = [
      row('PAPI', '7', 10, '5,3', '5,5'),
      row('PAPI', '7.1', null, '2,6', '2,7'),
      row('PAPI', '7.2', null, '2,7', '2,8'),
      row('PAPI', '8', 10, '5', '5'),
    ];
    expect(checkSums(plan({ criteria: onScale }))).toEqual([]);
  });

  it('a child without a result leaves the parent result unsummed, said as information', () => {
    const noResult = [row('PAR', '1', 2, '1,5', '2'), row('PAR', '1.1', 1, '1', '1'), row('PAR', '1.2', 1, null, '1')];
    expect(checkSums(plan({ criteria: noResult }))).toEqual([
      expect.objectContaining({ rule: 'sum.children-incomplete', severity: 'info', id: 'PAR:1', field: 'result', details: { missing: ['1.2'] } }),
    ]);
  });
});
