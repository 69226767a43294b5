import { checkAgencies } from '../../src/checks/agencies';
import { agency, criterion, plan } from './fixtures';

describe('agency.spellings', () => {
  it('lists the spellings merged into one canonical agency', () => {
    const agencies = [
      agency('Sở Nội vụ'),
      agency('Trung tâm Phục vụ hành chính công Thành phố', ['Trung tâm phục vụ HCC TP', 'Trung tâm phục vụ hành chính công TP']),
    ];
    expect(checkAgencies(plan({ agencies }))).toEqual([
      {
        rule: 'agency.spellings',
        severity: 'info',
        index: null,
        id: null,
        field: null,
        stated: null,
        computed: null,
        location: null,
        details: {
          canonical: 'Trung tâm Phục vụ hành chính công Thành phố',
          spellings: ['Trung tâm phục vụ HCC TP', 'Trung tâm phục vụ hành chính công TP'],
        },
      },
    ]);
  });
});

describe('agency.inherited', () => {
  it('notes a lead continued from the cell above', () => {
    const criteria = [criterion('PAPI', '7.2', { lead: ['Sở Nông nghiệp và Môi trường', 'Sở Xây dựng'], leadInherited: true })];
    expect(checkAgencies(plan({ criteria }))).toEqual([
      expect.objectContaining({ rule: 'agency.inherited', severity: 'info', id: 'PAPI:7.2', field: 'lead', stated: null, computed: 'Sở Nông nghiệp và Môi trường; Sở Xây dựng' }),
    ]);
  });

  it('says nothing about a lead written in its own cell', () => {
    expect(checkAgencies(plan({ criteria: [criterion('PAPI', '7.1')] }))).toEqual([]);
  });
});

describe('agency.missing-lead', () => {
  it('flags a leaf criterion without a lead', () => {
    const criteria = [criterion('PAR', '1', { lead: [] }), criterion('PAR', '1.1', { lead: [] })];
    expect(checkAgencies(plan({ criteria })).map((f) => [f.rule, f.id, f.severity])).toEqual([['agency.missing-lead', 'PAR:1.1', 'warning']]);
  });

  it('does not ask parents or totals for a lead', () => {
    const criteria = [criterion('PAR', 'total', { lead: [] }), criterion('PAR', '1', { lead: [] }), criterion('PAR', '1.1')];
    expect(checkAgencies(plan({ criteria }))).toEqual([]);
  });
});
