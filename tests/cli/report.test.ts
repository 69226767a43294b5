import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { isoFromVi } from '../../src/cli/report';

/** `chiso report` refuses what it cannot do, in words a user can act on, and writes nothing then. */

const dir = mkdtempSync(join(tmpdir(), 'chiso-report-cli-'));
const seed = join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('chiso report', () => {
  jest.setTimeout(60_000);
  it('writes only .docx, and says so in Vietnamese', async () => {
    const r = await run('report', 'tong-hop.xlsx', '-o', join(dir, 'bao-cao.pdf'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('Báo cáo được ghi dưới dạng Word (.docx)');
    expect(r.err).toContain('-o bao-cao.docx');
    expect(existsSync(join(dir, 'bao-cao.pdf'))).toBe(false);
  });

  it('says so in English with --lang en', async () => {
    const r = await run('report', 'tong-hop.xlsx', '-o', join(dir, 'report.odt'), '--lang', 'en');
    expect(r.err).toContain('written as a Word document (.docx)');
  });

  it('asks for -o when it is missing', async () => {
    const r = await run('report', 'tong-hop.xlsx');
    expect(r.code).toBe(2);
    expect(r.err).toContain('thiếu -o bao-cao.docx');
  });

  it('refuses a plan, or any workbook that is no master, naming the file', async () => {
    const plan = await run('report', seed, '-o', join(dir, 'a.docx'));
    expect(plan.code).toBe(2);
    expect(plan.err).toContain('không phải sổ tổng hợp do chiso tạo');
    const workbook = join(dir, 'ke-hoach.xlsx');
    expect((await run('import', seed, '-o', workbook)).code).toBe(0);
    const r = await run('report', workbook, '-o', join(dir, 'b.docx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`“${workbook}” không phải sổ tổng hợp`);
    expect(existsSync(join(dir, 'b.docx'))).toBe(false);
  });

  it('refuses a date that is not a day of the calendar', async () => {
    writeFileSync(join(dir, 'x.xlsx'), 'not read');
    const r = await run('report', join(dir, 'x.xlsx'), '-o', join(dir, 'c.docx'), '--date', '31/02/2025');
    expect(r.code).toBe(2);
    // Said in the user's language by the argument parser, before any file is read.
    expect(r.err).toContain('--date “31/02/2025” không hợp lệ (cần một ngày có thật, dạng dd/mm/yyyy)');
    expect([isoFromVi('5/9/2025'), isoFromVi('29/02/2024'), isoFromVi('29/02/2025')]).toEqual(['2025-09-05', '2024-02-29', null]);
  });
});
