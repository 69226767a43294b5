import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { returnReader } from '../../src/agency-workbook/read';
import { agencyWorkbook } from '../../src/agency-workbook/write';
import { en } from '../../src/strings/en';
import { vi } from '../../src/strings/vi';
import { asReturn, readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { AGENCY_OPTIONS, seedPlan, seedRecipients } from '../support/seed';

/**
 * Compiling a round: a return stamped with another round is refused with that reason (in both
 * languages), one of the same round is read, and one made before rounds existed (no period in its
 * `_meta`, as every v1 return sent so far) still compiles.
 */

const plan = seedPlan();
const assignments = seedRecipients(plan);
const noiVu = assignments.find((a) => a.recipient.name === 'Sở Nội vụ')!;
const round = (id: string) => ({ id, name: id, from: '2025-12-15', to: '2026-03-14', due: '2026-03-05', carriedFrom: null });

async function readAs(bytes: Uint8Array, period: string | null) {
  return returnReader(plan, assignments, { period })(asReturn('so-noi-vu.xlsx', 1, await readWorkbook(bytes)));
}

describe('returns of a round', () => {
  it('refuses a return of another round, naming both rounds', async () => {
    const bytes = await writeWorkbook(agencyWorkbook(plan, noiVu, { ...AGENCY_OPTIONS, period: round('2026-M02') }));
    const read = await readAs(bytes, '2026-Q1');
    expect(read.refused).toEqual({ reason: 'other-period', period: '2026-M02', expected: '2026-Q1' });
    expect(vi.refusal(read.refused!, 'so-noi-vu.xlsx')).toBe('Sổ tính của kỳ báo cáo Tháng 2/2026, không phải kỳ đang tổng hợp (Quý I/2026); không được tổng hợp vào kỳ này. Hãy điền vào tệp của kỳ Quý I/2026 rồi gửi lại.');
    expect(en.refusal(read.refused!, 'so-noi-vu.xlsx')).toContain('not of the round being compiled (Quý I/2026)');
  });

  it('reads a return of the same round, and any return when no round is being compiled', async () => {
    const bytes = await writeWorkbook(agencyWorkbook(plan, noiVu, { ...AGENCY_OPTIONS, period: round('2026-Q1') }));
    expect((await readAs(bytes, '2026-Q1')).refused).toBeNull();
    expect((await readAs(bytes, null)).refused).toBeNull();
  });

  it('still compiles a return made before rounds existed', async () => {
    const v1 = new Uint8Array(readFileSync(join(__dirname, '../fixtures/returns/v1/so-noi-vu.xlsx')));
    const read = await readAs(v1, '2026-Q1');
    expect(read.refused).toBeNull();
    expect(read.refused === null && read.values.length).toBeGreaterThan(0);
  });

  it('writes no period key into a workbook of no round, so its locked-content hash is as before', async () => {
    const plain = agencyWorkbook(plan, noiVu, AGENCY_OPTIONS);
    const stamped = agencyWorkbook(plan, noiVu, { ...AGENCY_OPTIONS, period: round('2026-Q1') });
    const meta = (spec: typeof plain) => new Map(spec.sheets.find((s) => s.name === '_meta')!.rows.map((r) => [r.cells[0]!.value, r.cells[1]!.value]));
    expect(meta(plain).has('period')).toBe(false);
    expect(meta(stamped).get('period')).toBe('2026-Q1');
    expect(meta(stamped).get('lockedHash')).toBe(meta(plain).get('lockedHash'));
  });
});
