import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { describeWithLibreOffice } from '../support/libreoffice';

/**
 * Plans kept in formats chiso does not read itself — Word's .doc, Excel's .xls, OpenDocument — are
 * saved by LibreOffice as .docx or .xlsx when it is installed, and read as those, saying so.
 */

const fixtures = join(__dirname, '../fixtures/plans');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += `${s}\n`), err: (s) => (err += `${s}\n`) });
  return { code, out, err };
}

describeWithLibreOffice('a plan in an old or OpenDocument format, with LibreOffice installed', () => {
  jest.setTimeout(120_000);

  it('reads a Word 97 .doc as its .docx (Hải Phòng: the same 5 tasks and 36 criteria), and says LibreOffice converted it', async () => {
    const r = await run(['import', join(fixtures, 'haiphong-merged-column.doc'), '--json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out) as { tasks: unknown[]; criteria: unknown[] };
    expect([plan.tasks.length, plan.criteria.length]).toEqual([5, 36]);
    expect(r.err).toContain('Đã nhờ LibreOffice lưu');
    expect(r.err).toContain('.docx');
  });

  it('does not hand LibreOffice a damaged or password-protected Word file: it is named, as without LibreOffice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-old-'));
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const utf16 = (s: string) => [...s].flatMap((ch) => [ch.charCodeAt(0), 0]);
    const files = { 'hong.doc': [...ole, ...utf16('WordDocument'), ...new Array(4096).fill(7)], 'mat-khau.docx': [...ole, ...new Array(20).fill(0), 0xfe, 0xff, 9, 0, ...utf16('EncryptedPackage')] };
    for (const [name, bytes] of Object.entries(files)) {
      writeFileSync(join(dir, name), new Uint8Array(bytes));
      const r = await run(['import', join(dir, name)]);
      expect([name, r.code]).toEqual([name, 2]);
      expect(r.err).toContain('định dạng Word cũ (.doc) hoặc đã đặt mật khẩu');
      expect(r.err).not.toContain('LibreOffice');
    }
  });

  it.each(['angiang-appendix.xls', 'angiang-appendix.ods'])('reads the province’s %s appendix workbook as .xlsx (16 criteria)', async (file) => {
    const r = await run(['import', join(fixtures, file), '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { criteria: unknown[] }).criteria).toHaveLength(16);
    expect(r.err).toContain('thành .xlsx');
  });
});
