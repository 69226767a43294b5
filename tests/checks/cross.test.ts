import { checkCrossIndex, findSipasCriterion } from '../../src/checks/cross';
import { plan, row } from './fixtures';

const sipasTotal = row('SIPAS', 'total', 100, '86,50', '88,00');
const par81 = row('PAR', '8.1', 10, '8,65', '8,7', { name: 'Kết quả Chỉ số hài lòng (SIPAS)' });

describe('cross.sipas-par', () => {
  it('flags the seed target: PAR 8.1 target 8,7 against SIPAS 88,00 / 10 = 8,8', () => {
    expect(checkCrossIndex(plan({ criteria: [par81, sipasTotal] }))).toEqual([
      expect.objectContaining({
        rule: 'cross.sipas-par',
        severity: 'warning',
        index: 'PAR',
        id: 'PAR:8.1',
        field: 'target',
        stated: 8.7,
        computed: 8.8,
        details: { difference: -0.1, tolerance: 0.0055, explainedByRounding: false, sipasId: 'SIPAS:total', sipasValue: 88 },
      }),
    ]);
  });

  it('accepts the seed result: 8,65 is 86,50 / 10', () => {
    const findings = checkCrossIndex(plan({ criteria: [par81, sipasTotal] }));
    expect(findings.filter((f) => f.field === 'result')).toEqual([]);
  });

  it('finds the criterion by its name, whatever its code and accents', () => {
    const renamed = row('PAR', '9.3', 10, '8,0', '8,8', { name: 'CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN' });
    expect(checkCrossIndex(plan({ criteria: [renamed, sipasTotal] })).map((f) => [f.id, f.field])).toEqual([['PAR:9.3', 'result']]);
  });

  it('says nothing when no PAR criterion scores SIPAS', () => {
    const other = row('PAR', '8.1', 10, '1', '1', { name: 'Mức độ thu hút đầu tư của tỉnh' });
    expect(checkCrossIndex(plan({ criteria: [other, sipasTotal] }))).toEqual([]);
  });

  it('says nothing without a SIPAS total', () => {
    expect(checkCrossIndex(plan({ criteria: [par81] }))).toEqual([]);
  });

  it('finds the PAR criterion that scores SIPAS whatever its case and diacritics', () => {
    const upper = { ...par81, name: 'CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC' };
    expect(findSipasCriterion(plan({ criteria: [upper] }))?.id).toBe(upper.id);
  });
});
