import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCounts } from '../../src/agencies/compile';
import { compileReturns, returnExtractor, type ReturnFile } from '../../src/app/compile';
import { masterWorkbook } from '../../src/master-workbook/write';
import { vi } from '../../src/strings/vi';
import { cellText } from '../../src/workbook-kit/read-model';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { seedPlan, seedRecipients } from '../support/seed';

/**
 * Returns an outsider filled in with LibreOffice and by hand (tests/fixtures/returns/outsider, its
 * README the key, written from the edits before anything was compiled): what the screen showed
 * the official is what the master takes.
 */

const DIR = join(__dirname, '../fixtures/returns/outsider');
const plan = seedPlan();
const assignments = seedRecipients(plan);

describe('returns filled in by other programs, as officials fill them', () => {
  let compiled: Awaited<ReturnType<typeof compileReturns>>['compiled'];
  beforeAll(async () => {
    const files: ReturnFile[] = readdirSync(DIR)
      .filter((f) => f.endsWith('.xlsx') && !f.startsWith('Báo cáo'))
      .map((name) => ({ name, open: async () => ({ ok: true as const, bytes: new Uint8Array(readFileSync(join(DIR, name))), modified: Date.UTC(2025, 7, 10) }) }));
    ({ compiled } = await compileReturns(plan, files, returnExtractor(plan, assignments), { assignments }));
  });
  const value = (file: string, id: string, field: string) => compiled.values.find((v) => v.file === file && v.id === id && v.field === field)?.value;

  it('takes every file as its unit’s', () => {
    expect(compiled.submissions.map((s) => [s.file, s.agency, s.status])).toEqual([
      ['00070-phuong-hoan-kiem.xlsx', 'Phường Hoàn Kiếm', 'accepted'],
      ['so-giao-duc-va-dao-tao.xlsx', 'Sở Giáo dục và Đào tạo', 'accepted'],
      ['so-tu-phap.xlsx', 'Sở Tư pháp', 'accepted'],
      ['van-phong-ubnd-thanh-pho.xlsx', 'Văn phòng UBND Thành phố', 'accepted'],
    ]);
  });

  it('takes a status from the list whatever its case, spaces or Unicode form', () => {
    expect(value('so-tu-phap.xlsx', 'TASK:A.7', 'status')).toBe('Đã hoàn thành');
    expect(value('so-tu-phap.xlsx', 'TASK:A.9', 'status')).toBe('Đã hoàn thành');
    expect(value('so-giao-duc-va-dao-tao.xlsx', 'TASK:A.14', 'status')).toBe('Đã hoàn thành');
    expect(value('00070-phuong-hoan-kiem.xlsx', 'TASK:A.2', 'status')).toBe('Đã hoàn thành');
    expect(value('00070-phuong-hoan-kiem.xlsx', 'TASK:A.4', 'status')).toBe('Đang thực hiện');
    expect(compiled.rejected.filter((r) => r.reason === 'status-not-in-list')).toEqual([]);
  });

  it('dates a day number by its day, in the workbook’s own date system', () => {
    // 15/07/2025 at 18:00 is still the 15th.
    expect(value('00070-phuong-hoan-kiem.xlsx', 'TASK:A.23', 'completedOn')).toBe('2025-07-15');
    expect(value('van-phong-ubnd-thanh-pho.xlsx', 'TASK:A.2', 'completedOn')).toBe('2025-07-15');
    expect(value('so-tu-phap.xlsx', 'TASK:A.8', 'completedOn')).toBe('2025-08-05');
    expect(value('so-tu-phap.xlsx', 'TASK:A.9', 'completedOn')).toBe('2025-06-28');
  });

  it('takes a score shown as a percentage as the percentage shown', () => {
    expect(value('so-tu-phap.xlsx', 'SIPAS:2', 'selfAssessment')).toBe(87.5);
    expect(value('so-tu-phap.xlsx', 'SIPAS:1', 'selfAssessment')).toBe(87.5);
  });

  it('still refuses what is not a score, naming the cell', () => {
    const refused = compiled.rejected.filter((r) => r.file === 'so-tu-phap.xlsx').map((r) => [r.reason, r.cell]);
    expect(refused).toEqual(expect.arrayContaining([['not-a-number', 'Tiêu chí!H10'], ['out-of-range', 'Tiêu chí!H12']]));
  });
});

describe('the count of refused values', () => {
  it('is the same on the command line and on the master’s first sheet, and a note on who sent a file is no refused value', async () => {
    const names = ['Báo cáo phường Ba Đình.xlsx', 'so-tu-phap.xlsx'];
    const files: ReturnFile[] = names.map((name) => ({ name, open: async () => ({ ok: true as const, bytes: new Uint8Array(readFileSync(join(DIR, name))), modified: 0 }) }));
    const { compiled } = await compileReturns(plan, files, returnExtractor(plan, assignments), { assignments });
    // The name points to Ba Đình, the workbook to Hoàn Kiếm: said, but not a value refused.
    expect(compiled.rejected.filter((r) => r.reason === 'name-other-agency').map((r) => r.file)).toEqual(['Báo cáo phường Ba Đình.xlsx']);
    // Sở Tư pháp's return: 0.75đ (not a number) and 1.2 over its maximum of 1.
    expect(compileCounts(compiled).refusedValues).toBe(2);
    expect(vi.compiled(compileCounts(compiled))).toContain('2 giá trị bị loại');
    const master = await readWorkbook(await writeWorkbook(masterWorkbook(plan, compiled, [], '2025-08-20', (r, f) => vi.refusal(r, f))));
    if (!master.ok) throw new Error('master unreadable');
    const front = master.workbook.sheets[0]!.rows.flatMap((r) => r.cells.map(cellText));
    expect(front).toContain('GIÁ TRỊ BỊ LOẠI (2) — cần đơn vị sửa và gửi lại');
    // The bundled plan's area 2 adds up to 9,53, not the 9,45 it states: the PAR projection starts from the leaves, and says so.
    const projection = master.workbook.sheets.find((s) => s.name === 'Dự kiến điểm')!.rows.flatMap((r) => r.cells.map(cellText));
    expect(projection.find((t) => t.includes('Dự kiến tính từ các tiêu chí thành phần'))).toContain('có tổng kết quả năm trước là 92,8, khác kết quả 92,75 Kế hoạch ghi');
    // The file whose sender is in doubt, near the top of the first sheet, naming both units.
    expect(front.indexOf('TỆP CẦN HỎI LẠI ĐƠN VỊ GỬI (1)')).toBeLessThan(front.indexOf('NHIỆM VỤ THEO TÌNH TRẠNG (mỗi nhiệm vụ × đơn vị)'));
    expect(front).toContain(
      'Tên tệp là của “Phường Ba Đình” nhưng sổ tính (trang _meta) là của “Phường Hoàn Kiếm”; đã tổng hợp cho “Phường Hoàn Kiếm”. Nếu đây là báo cáo của “Phường Ba Đình” điền nhầm vào sổ tính của đơn vị khác, đề nghị “Phường Ba Đình” điền vào sổ tính của chính mình rồi gửi lại.',
    );
  });
});

describe('a file chiso cannot read, whose name says whose it is', () => {
  it('is refused as that unit’s, and the unit is still asked for its report', async () => {
    const name = 'so-y-te.xls';
    const files: ReturnFile[] = [{ name, open: async () => ({ ok: true as const, bytes: new Uint8Array(readFileSync(join(DIR, name))), modified: 0 }) }];
    const { compiled } = await compileReturns(plan, files, returnExtractor(plan, assignments), { assignments });
    expect(compiled.submissions).toEqual([{ file: name, agency: 'Sở Y tế', status: 'rejected', reason: 'old-format' }]);
    expect(compiled.missing).toContain('Sở Y tế');
    const master = await readWorkbook(await writeWorkbook(masterWorkbook(plan, compiled, [], '2025-08-20', (r, f) => vi.refusal(r, f))));
    if (!master.ok) throw new Error('master unreadable');
    const rows = master.workbook.sheets.find((s) => s.name === 'Tình hình nộp')!.rows.map((r) => r.cells.map(cellText));
    expect(rows).toContainEqual(expect.arrayContaining(['so-y-te.xls', 'Sở Y tế', 'Từ chối']));
    expect(rows).toContainEqual(expect.arrayContaining(['Sở Y tế', 'Đã gửi tệp so-y-te.xls nhưng không tổng hợp được (xem dòng của tệp); cần gửi lại.']));
  });
});

describe('a status that is not on the list', () => {
  it('is refused with the words typed, so the unit sees what to change', () => {
    const words = vi.rejection({ file: 'so-tu-phap.xlsx', sheet: 'Nhiệm vụ', cell: 'G7', reason: 'status-not-in-list', typed: 'Xong' });
    expect(words).toBe('Tệp so-tu-phap.xlsx, trang “Nhiệm vụ”, ô G7: Tình trạng “Xong” không nằm trong danh sách; hãy chọn trong danh sách thả xuống rồi gửi lại.');
  });
});
