import { checkNumbering } from '../../src/checks/numbering';
import { criterion, plan, row } from './fixtures';

describe('numbering.skipped', () => {
  it('flags the seed jump from PAR 8.4 to 8.6', () => {
    const criteria = ['8', '8.1', '8.2', '8.3', '8.4', '8.6'].map((code) => criterion('PAR', code));
    expect(checkNumbering(plan({ criteria: [criterion('PAR', 'total'), ...criteria] }))).toEqual([
      expect.objectContaining({
        rule: 'numbering.skipped',
        severity: 'warning',
        id: 'PAR:8.6',
        field: 'code',
        stated: '8.6',
        computed: '8.4',
        details: { missing: '8.5', missingCount: 1, previous: '8.4', next: '8.6' },
      }),
    ]);
  });

  it('flags a jump between roman SIPAS groups I and III', () => {
    const criteria = [
      criterion('SIPAS', 'total'),
      criterion('SIPAS', 'I', { parent: 'total', level: 1 }),
      criterion('SIPAS', 'III', { parent: 'total', level: 1 }),
    ];
    expect(checkNumbering(plan({ criteria })).map((f) => [f.id, f.rule === 'numbering.skipped' ? f.details.missing : f.rule])).toEqual([['SIPAS:III', 'II']]);
  });

  it('accepts consecutive siblings, and SIPAS components numbered on across groups', () => {
    const criteria = [
      criterion('SIPAS', 'total'),
      criterion('SIPAS', 'I', { parent: 'total', level: 1 }),
      ...['1', '2', '3', '4'].map((code) => criterion('SIPAS', code, { parent: 'I', level: 2 })),
      criterion('SIPAS', 'II', { parent: 'total', level: 1 }),
      ...['5', '6', '7', '8', '9'].map((code) => criterion('SIPAS', code, { parent: 'II', level: 2 })),
      criterion('PAR', 'total'),
      ...['1', '1.1', '1.2', '1.3', '1.3.1', '1.3.2', '2', '2.1'].map((code) => criterion('PAR', code)),
    ];
    expect(checkNumbering(plan({ criteria }))).toEqual([]);
  });

  it('says nothing of a gap under a parent that lists only some of its children', () => {
    // 2.1 and 2.3 lost points; 2.2 (2 points) is left out on purpose: max 1 + 3 < 6.
    const total = row('PAR', 'total', 100, 90, 95);
    const partial = [total, row('PAR', '2', 6, 3, 4), row('PAR', '2.1', 1, 1, 1), row('PAR', '2.3', 3, 2, 3)];
    expect(checkNumbering(plan({ criteria: partial }))).toEqual([]);
    const whole = [total, row('PAR', '2', 4, 3, 4), row('PAR', '2.1', 1, 1, 1), row('PAR', '2.3', 3, 2, 3)];
    expect(checkNumbering(plan({ criteria: whole })).map((f) => f.rule)).toEqual(['numbering.skipped']);
  });

  it('leaves repeats and backward steps to the importer', () => {
    const criteria = [criterion('PAR', 'total'), ...['1', '3', '2', '2'].map((code) => criterion('PAR', code))];
    expect(checkNumbering(plan({ criteria })).map((f) => [f.id, f.rule === 'numbering.skipped' ? f.details.missing : f.rule])).toEqual([['PAR:3', '2']]);
  });
});

describe('numbering.orphan', () => {
  it('flags a criterion whose parent code exists nowhere in its index, even if another index has it', () => {
    const criteria = [criterion('PAR', 'total'), criterion('PAR', '1'), criterion('PAPI', 'total'), criterion('PAPI', '2'), criterion('PAR', '2.1')];
    const findings = checkNumbering(plan({ criteria }));
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'numbering.orphan', severity: 'error', id: 'PAR:2.1', stated: '2', details: { parent: '2', code: '2.1' } }),
    ]);
  });

  it('accepts a tree whose parents all exist', () => {
    const criteria = [row('PAPI', 'total', 80, 1, 1), row('PAPI', '1', 10, 1, 1), row('PAPI', '1.1', '2,5', 1, 1)];
    expect(checkNumbering(plan({ criteria }))).toEqual([]);
  });
});
