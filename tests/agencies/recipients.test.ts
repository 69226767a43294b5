import { agencyOf, assign } from '../../src/agencies/recipients';
import { seedPlan } from '../support/seed';

/** Who gets a report workbook for the bundled plan, and what each answers for. */

const plan = seedPlan();
const { assignments, unexpanded } = assign(plan);
const of = (key: string) => {
  const a = assignments.find((x) => x.recipient.key === key);
  if (!a) throw new Error(`no ${key}`);
  return a;
};

describe('assign', () => {
  it('gives a workbook to every named agency and to each of the 126 communes', () => {
    expect(assignments.filter((a) => a.recipient.kind === 'commune')).toHaveLength(126);
    expect(assignments.some((a) => a.recipient.key === 'AGENCY:Sở Nội vụ')).toBe(true);
    expect(assignments.some((a) => a.recipient.name === 'UBND cấp xã')).toBe(false);
    expect(assignments.some((a) => /^Các /.test(a.recipient.name))).toBe(false);
  });

  it('hands "UBND cấp xã" work to every commune, keyed by code', () => {
    const hoanKiem = of('COMMUNE:00070');
    expect(hoanKiem.recipient.name).toBe('Phường Hoàn Kiếm');
    expect(hoanKiem.leads).toEqual(expect.arrayContaining(['TASK:A.25', 'TASK:B.I.1', 'TASK:C.I.1']));
    expect(of('COMMUNE:00382').leads).toEqual(hoanKiem.leads);
  });

  it('hands "Các sở, ban, ngành" work to every city-level agency, and nothing to commune-level units', () => {
    for (const key of ['AGENCY:Sở Tư pháp', 'AGENCY:Thanh tra Thành phố']) expect(of(key).leads).toContain('TASK:A.2');
    expect(of('COMMUNE:00070').leads).toContain('TASK:A.2'); // "Các Sở, ngành, UBND cấp xã"
    expect(assignments.some((a) => a.recipient.name === 'Công an cấp xã')).toBe(false);
  });

  it('lists the criteria an agency leads, scopes and continued lead cells included', () => {
    expect(of('AGENCY:Sở Nội vụ').criteria).toEqual(expect.arrayContaining(['PAR:1.1', 'PAR:1.2', 'PAR:5', 'PAR:8.1', 'SIPAS:3', 'PAPI:1.2']));
    expect(of('AGENCY:Sở Y tế').criteria).toEqual(expect.arrayContaining(['SIPAS:3', 'SIPAS:4', 'PAPI:4.2', 'PAPI:6.1']));
  });

  it('keeps supported tasks apart from led ones', () => {
    const tuPhap = of('AGENCY:Sở Tư pháp');
    expect(tuPhap.supports).toContain('TASK:B.I.1');
    expect(tuPhap.leads).toContain('TASK:A.7');
    expect(tuPhap.supports.filter((id) => tuPhap.leads.includes(id))).toEqual([]);
  });

  it('reports the collectives that name no one in particular', () => {
    expect(unexpanded.map((u) => u.name)).toEqual(expect.arrayContaining(['Các cơ quan, đơn vị liên quan', 'Công an cấp xã']));
  });

  it('reads the agency out of an entry with a scope', () => {
    expect(agencyOf('Sở Nội vụ (chính sách an sinh; chính sách cải cách hành chính)')).toBe('Sở Nội vụ');
    expect(agencyOf('Sở Nội vụ')).toBe('Sở Nội vụ');
  });
});
