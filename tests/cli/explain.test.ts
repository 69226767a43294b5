import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { stringsFor } from '../../src/strings';

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

  it('says of a column it reads that every row left it empty (an STT column with no numbers)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-explain-'));
    try {
      // The Nghệ An plan with the TT cells of its task table (PHỤ LỤC I) blanked, headings and tasks alike.
      const html = readFileSync(fixture, 'utf8');
      const start = html.indexOf('PHỤ LỤC I</b>');
      const end = html.indexOf('</table>', start);
      const blanked = html.slice(0, start) + html.slice(start, end).replace(/<tr><td>(?:<b>)?[^<]*(?:<\/b>)?<\/td>/g, '<tr><td></td>') + html.slice(end);
      const file = join(dir, 'blank-tt.html');
      writeFileSync(file, blanked);
      const r = await run('import', file, '--explain', '--lang', 'en');
      expect(r.out).toContain('column 1: “TT” → number — empty in every row');
      const vi = await run('import', file, '--explain');
      expect(vi.out).toContain('cột 1: “TT” → số thứ tự — trống ở mọi dòng');
      // The pane's column list says it too, beside the role.
      const column = { role: 'code' as const, claimed: 'code' as const, year: null, status: 'mapped' as const, overridden: false, empty: true };
      expect([stringsFor('vi').ui.mapping.why(column), stringsFor('en').ui.mapping.why(column)]).toEqual(['Trống ở mọi dòng: cột này không cho gì.', 'Empty in every row: this column gives nothing.']);
      // The untouched plan has numbers there, and no column is said to be empty.
      expect((await run('import', fixture, '--explain', '--lang', 'en')).out).not.toContain('empty in every row');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('speaks Vietnamese by default', async () => {
    const r = await run('import', fixture, '--explain');
    expect(r.out).toContain('PL1 (PHỤ LỤC I): nhiệm vụ, đọc 8 dòng');
    expect(r.out).toContain('cột 2: “Nội dung nhiệm vụ” → nhiệm vụ');
  });
});
