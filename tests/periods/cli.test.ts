import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { main } from '../../src/cli/main';

/** The round's options on the command line: validated, made canonical, and said in Vietnamese when wrong. */

const seed = join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt');

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('--period and --previous', () => {
  it('takes a period as people write it, made canonical, on assemble and compile', () => {
    const a = parseArgs(['assemble', 'plan.txt', '-o', 'out', '--period', 'Quý I/2026']);
    expect(a.ok && a.command.command === 'assemble' && a.command.period).toBe('2026-Q1');
    const c = parseArgs(['compile', 'plan.txt', 'returns', '--period', '2026-h1', '--due', '05/06/2026', '--previous', 'q1.xlsx']);
    expect(c.ok && c.command.command === 'compile' && [c.command.period, c.command.due, c.command.previous]).toEqual(['2026-H1', '05/06/2026', 'q1.xlsx']);
    // `report --period` stays free text, as before.
    const r = parseArgs(['report', 'm.xlsx', '-o', 'r.docx', '--period', 'Quý III/2025 (bổ sung)']);
    expect(r.ok && r.command.command === 'report' && r.command.period).toBe('Quý III/2025 (bổ sung)');
  });

  it('refuses a period that names none, saying what it takes', async () => {
    const r = await run('assemble', seed, '-o', join(mkdtempSync(join(tmpdir(), 'chiso-p-')), 'x'), '--period', '2026-Q2');
    expect(r.code).toBe(2);
    expect(r.err).toBe('Tham số không hợp lệ: --period “2026-Q2” không hợp lệ (cần một kỳ báo cáo: 2026-Q1, 2026-H1, 2026-Q3, 2026-Y, 2026-M04 hoặc X:01/03/2026-15/04/2026).');
  });

  it('refuses --previous without --period, and a previous file that is no master', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-p-'));
    const without = await run('assemble', seed, '-o', join(dir, 'x'), '--previous', seed);
    expect([without.code, without.err]).toEqual([2, 'Tham số không hợp lệ: --previous cần đi kèm --period (kỳ báo cáo của đợt này, ví dụ --period 2026-H1).']);
    const notMaster = await run('compile', seed, dir, '--period', '2026-H1', '--previous', seed);
    expect(notMaster.code).toBe(2);
    expect(notMaster.err).toContain(seed);
  });

  it('prints the round it stamps', async () => {
    const r = await run('assemble', seed, '-o', join(mkdtempSync(join(tmpdir(), 'chiso-p-')), 'x'), '--only', 'Sở Nội vụ', '--period', '2026-Q3');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Kỳ báo cáo: Quý III/2026 (số liệu từ ngày 15/06/2026 đến ngày 14/09/2026); hạn gửi của đơn vị: 20/09/2026 (hạn gửi Bộ Nội vụ; hạn riêng của tỉnh ghi trên trang Lịch báo cáo của sổ kế hoạch).');
  });
});
