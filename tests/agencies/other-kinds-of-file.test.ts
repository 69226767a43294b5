import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { filledReturn } from '../support/return-fixtures';
import { convert, describeWithLibreOffice } from '../support/libreoffice';
import { seedDocx } from '../support/seed-docx';
import { seedPlan, seedRecipients } from '../support/seed';

/**
 * What agencies send instead of the workbook, made by the programs that make them (LibreOffice
 * saving a real return as .ods, .xls, HTML, PDF and CSV; a real Word report saved as .doc;
 * poppler's pictures of the PDF), each named as what it is. The key below is written from what
 * each file is, not from what chiso answered. (Excel 2003 XML and .odt, one soffice run each,
 * are in tests/xlsx/guard.test.ts as bytes written by hand.)
 */

const seed = join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt');

const KEY: Record<string, string | null> = {
  'noi-vu.xlsx': null, // the return itself: taken
  'noi-vu.ods': 'opendocument',
  'noi-vu.xls': 'old-format',
  'noi-vu.html': 'web-page',
  'noi-vu.pdf': 'pdf',
  'noi-vu-Nhiệm vụ.csv': 'not-zip',
  'noi-vu.png': 'image',
  'noi-vu.jpg': 'image',
  'bao-cao.docx': 'word-document',
  'bao-cao.doc': 'word-document',
  'trong.xlsx': 'empty',
};

/** What the user reads for each kind: what the file is, then what to do. */
const SAID: Record<string, RegExp> = {
  opendocument: /là tệp OpenDocument .*lưu lại dạng Excel \(\.xlsx\)/,
  'old-format': /định dạng Excel cũ \(\.xls\).*Lưu thành/,
  'web-page': /là trang web hoặc bảng dạng HTML\/XML .*Lưu thành → Sổ làm việc Excel \(\.xlsx\)/,
  pdf: /là tệp PDF .*xin lại sổ tính \.xlsx đã điền/,
  'not-zip': /không phải sổ tính Excel \(\.xlsx\).*\.csv/,
  image: /là ảnh .*xin lại sổ tính \.xlsx đã điền/,
  'word-document': /là tài liệu Word.*xin lại sổ tính \.xlsx đã điền/,
  empty: /trống \(không có nội dung\).*lấy lại tệp/,
};

describeWithLibreOffice('files of other kinds sent as returns, saved by the programs that make them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-other-kinds-'));
  const returns = join(dir, 'returns');
  let json: { submissions: { file: string; status: string; reason: string | null }[]; rejected: unknown[] };
  let text: string;

  beforeAll(async () => {
    const plan = seedPlan();
    const noiVu = seedRecipients(plan).find((a) => a.recipient.key === 'AGENCY:Sở Nội vụ')!;
    const made = join(dir, 'made');
    mkdirSync(made);
    mkdirSync(returns);
    const xlsx = join(made, 'noi-vu.xlsx');
    writeFileSync(xlsx, (await filledReturn(plan, noiVu)).bytes);
    const docx = join(made, 'bao-cao.docx');
    writeFileSync(docx, await seedDocx());
    const pdf = await convert(xlsx, 'pdf', made);
    const files = [
      xlsx,
      docx,
      pdf,
      ...(await Promise.all((['ods', 'xls', 'html'] as const).map((t) => convert(xlsx, t, made)))),
      await convert(docx, 'doc', made),
      ...Object.values(await convert(xlsx, 'csv', made, { sheet: 2 })),
    ];
    execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', '-singlefile', pdf, join(made, 'noi-vu')]);
    execFileSync('pdftoppm', ['-jpeg', '-r', '40', '-f', '1', '-l', '1', '-singlefile', pdf, join(made, 'noi-vu')]);
    files.push(join(made, 'noi-vu.png'), join(made, 'noi-vu.jpg'));
    for (const f of files) copyFileSync(f, join(returns, f.slice(made.length + 1)));
    writeFileSync(join(returns, 'trong.xlsx'), '');
    expect(readdirSync(returns).sort()).toEqual(Object.keys(KEY).sort());

    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    expect(await main(['compile', seed, returns, '--json', '--today', '2025-12-31'], io)).toBe(0);
    json = JSON.parse(out.join('\n'));
    out.length = 0;
    expect(await main(['compile', seed, returns, '--today', '2025-12-31'], io)).toBe(0);
    text = [...out, ...err].join('\n');
  }, 240_000);

  it.each(Object.entries(KEY))('%s is answered as what it is', (file, reason) => {
    const s = json.submissions.find((x) => x.file === file);
    expect(s).toMatchObject(reason === null ? { status: 'accepted', reason: null } : { status: 'rejected', reason });
  });

  it.each(Object.entries(KEY).filter(([, r]) => r !== null))('the user reads what %s is and what to do', (file, reason) => {
    const line = text.split('\n').find((l) => l.includes(`Tệp ${file} `));
    expect(line).toMatch(SAID[reason!]!);
  });
});
