import { join } from 'node:path';
import { main } from '../../src/cli/main';

/** `chiso import --explain`: per table its caption, kind, rows read, and each column's role (issue #10). */

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const fixture = join(__dirname, '../import/layouts/01-papi-html-two-row-header/source.html');

describe('chiso import --explain', () => {
  it('prints each table with its columns, the year taken and the columns not read', async () => {
    const r = await run('import', fixture, '--explain', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('PL2 (PHỤ LỤC II): criteria PAPI, 15 rows read, header of 3 row(s), results of 2024, targets of 2025');
    expect(r.out).toContain('column 5: “Điểm đạt được / Năm 2024” → result (2024)');
    expect(r.out).toContain('column 4: “Điểm đạt được / Năm 2023” → result (2023) — another year, not read');
    expect(r.out).toContain('column 6: “Điểm đạt được / Tăng (+), giảm (-)” → difference — not read');
  });

  it('speaks Vietnamese by default', async () => {
    const r = await run('import', fixture, '--explain');
    expect(r.out).toContain('PL1 (PHỤ LỤC I): nhiệm vụ, đọc 8 dòng');
    expect(r.out).toContain('cột 2: “Nội dung nhiệm vụ” → nhiệm vụ');
  });
});
