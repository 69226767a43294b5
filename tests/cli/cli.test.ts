import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { seedDocx } from '../support/seed-docx';

/** The command line as a user meets it: exit codes, one clear line for bad input, the JSON shape other tools rely on. */

const seed = join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt');
const seedText = readFileSync(seed, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'chiso-cli-'));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('chiso import --json', () => {
  it('prints the plan, tasks, criteria and findings with the fixed field names', async () => {
    const r = await run('import', seed, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.plan).toEqual(expect.objectContaining({ number: '159/KH-UBND', issuer: expect.any(String), date: '2025-06-09', resultYear: 2024, targetYear: 2025 }));
    expect(Object.keys(json.tasks[0])).toEqual(expect.arrayContaining(['id', 'index', 'path', 'number', 'title', 'deadline', 'lead', 'support', 'output']));
    expect(Object.keys(json.tasks[0].deadline)).toEqual(expect.arrayContaining(['text', 'from', 'to', 'recurring']));
    expect(Object.keys(json.criteria[0])).toEqual(expect.arrayContaining(['id', 'index', 'code', 'parent', 'level', 'name', 'max', 'result', 'target', 'lead']));
    expect(Object.keys(json.findings[0])).toEqual(expect.arrayContaining(['rule', 'severity', 'id', 'field', 'stated', 'computed', 'message']));
  });

  it('writes numbers as JSON numbers, empty cells as null, SIPAS as percentages', async () => {
    const json = JSON.parse((await run('import', seed, '--json')).out);
    const byId = (id: string) => json.criteria.find((c: { id: string }) => c.id === id);
    expect(byId('PAR:1').max).toBe(9.5);
    expect(byId('SIPAS:total').result).toBe(86.5);
    expect(byId('PAR:total')).toMatchObject({ code: 'total', parent: null });
    expect(byId('PAR:1')).toMatchObject({ parent: 'total', lead: [] });
  });

  it('words findings in English with --lang en', async () => {
    const json = JSON.parse((await run('import', seed, '--json', '--lang', 'en')).out);
    const sum = json.findings.find((f: { rule: string; id: string }) => f.rule === 'sum.children' && f.id === 'PAR:2');
    expect(sum.message).toMatch(/beyond rounding/);
  });

  // A pipe such as `chiso import plan.pdf --json | jq` breaks on any line after the object.
  it.each([
    ['a PDF whose pages repeat the table header', '09-haiphong-papi-2024/source.pdf', /Trang 2 lặp lại 1 dòng tiêu đề bảng/],
    ['a text in a legacy code page', '11-sonla-papi-cp1258-2024/source.txt', /windows-1258/],
  ])('prints nothing but the JSON for %s; what the reader did goes to stderr', async (_, source, note) => {
    const r = await run('import', join(__dirname, '../corpus', source), '--json', '--explain');
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.out)).not.toThrow();
    expect(r.err).toMatch(note);
    // --explain is words for people: beside --json, on stderr too.
    expect(r.err).toContain('cột 1:');
  });

  it('writes the JSON to a file with -o and says where', async () => {
    const target = join(dir, 'sub', 'plan.json');
    const r = await run('import', seed, '-o', target);
    expect(r.code).toBe(0);
    expect(r.out).toContain(target);
    expect(JSON.parse(readFileSync(target, 'utf8')).criteria.length).toBeGreaterThan(100);
  });
});

describe('chiso check', () => {
  it('prints a Vietnamese table and exits 1 when there are warnings or errors', async () => {
    const r = await run('check', seed);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Cảnh báo\s+PL2, dòng 1214\s+PAR INDEX 2\s+PAR 2: kết quả ghi 9,45 nhưng tổng 4 mục con là 9,53/);
    expect(r.out).toContain('PAR 8.6: mục tiêu 2 vượt điểm tối đa 1,5');
    // Items by the plan's numbering: ids are for --json, not for people.
    expect(r.out).not.toMatch(/\b(TASK|GROUP|PAR|SIPAS|PAPI):[A-Za-z0-9]/);
    const all = await run('check', seed, '--all', '--lang', 'en');
    expect(all.out).toMatch(/Task A\.23\s/);
    expect(all.out).not.toMatch(/\b(TASK|GROUP|PAR|SIPAS|PAPI):[A-Za-z0-9]/);
  });

  it('exits 0 for a plan without warnings or errors', async () => {
    const clean = ['STT |', 'Lĩnh vực/Tiêu chí |', 'Điểm tối đa |', 'Kết quả năm 2024 |', 'Mục tiêu năm 2025 |', 'Đơn vị chủ trì |',
      '1 |', 'Lĩnh vực một |', '2 |', '2 |', '2 |', 'Sở Nội vụ |',
      '1.1 |', 'Tiêu chí |', '2 |', '2 |', '2 |', '|',
      '|', 'TỔNG ĐIỂM |', '2 |', '2 |', '2 |', '|'].join('\n');
    const r = await run('check', file('clean.txt', 'Số: 12/KH-UBND |\nPHỤ LỤC 2\nCHỈ SỐ CCHC - PAR INDEX\n' + clean + '\n'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('speaks English with --lang en', async () => {
    const r = await run('check', seed, '--lang', 'en');
    expect(r.out).toContain('PAR 8.6: target 2 is above the max of 1.5');
  });
});

describe('the structured workbook on the command line', () => {
  it('writes the workbook with -o plan.xlsx, and check reads it back as edited', async () => {
    const xlsx = join(dir, 'out', 'ke-hoach.xlsx');
    const written = await run('import', seed, '-o', xlsx);
    expect(written.code).toBe(0);
    expect(written.out).toContain(`Đã ghi ${xlsx}`);
    const checked = await run('check', xlsx, '--json');
    expect(checked.code).toBe(1);
    const json = JSON.parse(checked.out);
    expect(json.criteria).toHaveLength(152);
    expect(json.findings.filter((f: { rule: string; severity: string }) => f.rule === 'sum.children' && f.severity === 'warning').map((f: { id: string }) => f.id)).toEqual(['PAR:2', 'PAR:6']);
  }, 20_000);

  it('says where an agency\'s return and a master go when they are given as the plan', async () => {
    const sent = join(dir, 'sent-kind');
    await run('assemble', seed, '-o', sent, '--only', 'Sở Nội vụ');
    const asPlan = await run('check', join(sent, 'so-noi-vu.xlsx'));
    expect(asPlan.code).toBe(2);
    expect(asPlan.err).toMatch(/^Tệp .*so-noi-vu\.xlsx là sổ tính báo cáo của một đơn vị .*chiso compile/);
    const returns = join(dir, 'returns-kind');
    mkdirSync(returns, { recursive: true });
    const master = join(dir, 'master-kind.xlsx');
    await run('compile', seed, returns, '-o', master);
    const masterAsPlan = await run('check', master, '--lang', 'en');
    expect(masterAsPlan.code).toBe(2);
    expect(masterAsPlan.err).toMatch(/master-kind\.xlsx is a master .*chiso report/);
  }, 30_000);

  it('answers a workbook that is neither chiso\'s nor holds an appendix table with one clear line', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['Xin chào']);
    const other = join(dir, 'other.xlsx');
    await wb.xlsx.writeFile(other);
    const r = await run('check', other);
    expect(r.code).toBe(2);
    // A province's own workbook is read as tables; this one has none.
    expect(r.err).toMatch(/other\.xlsx không có bảng phụ lục nào/);
  });
});

describe('chiso assemble', () => {
  it('writes one report workbook per recipient and a .zip of them', async () => {
    const out = join(dir, 'agencies');
    const r = await run('assemble', seed, '-o', out, '--due', '15/12/2025', '--only', 'Hoàn Kiếm');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Đã tạo 1 sổ tính báo cáo/);
    // Beside them, the mailing list as a workbook, and (hidden) the record of what chiso wrote.
    expect(readdirSync(out).sort()).toEqual(['.chiso-written.json', '00070-phuong-hoan-kiem.xlsx', 'bao-cao-don-vi.zip', 'danh-sach-gui.csv', 'danh-sach-gui.xlsx']);
    expect(readFileSync(join(out, 'danh-sach-gui.csv'), 'utf8').split('\r\n')[1]).toBe('00070-phuong-hoan-kiem.xlsx,Phường Hoàn Kiếm,00070,,');
    expect(r.out).toContain('Nhóm “Các cơ quan, đơn vị liên quan”');
  });

  it('takes e-mails and contacts from the Đơn vị sheet of an imported plan: the guide and the mailing list use them', async () => {
    const planFile = join(dir, 'plan-with-emails.xlsx');
    expect((await run('import', seed, '-o', planFile)).code).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(planFile);
    const sheet = wb.getWorksheet('Đơn vị')!;
    const header = (text: string) => {
      let at = 0;
      sheet.eachRow((row) => row.eachCell((c, col) => c.value === text && (at = col)));
      return at;
    };
    const [emailCol, contactCol] = [header('Email nhận báo cáo'), header('Người liên hệ')];
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'Sở Nội vụ') row.getCell(emailCol).value = 'snv@hanoi.gov.vn';
      if (row.getCell(1).value === 'Phường Hoàn Kiếm') {
        row.getCell(emailCol).value = 'ubnd.hoankiem@hanoi.gov.vn';
        row.getCell(contactCol).value = 'Trần Thị B';
      }
    });
    await wb.xlsx.writeFile(planFile);
    const out = join(dir, 'agencies-from-xlsx');
    const r = await run('assemble', planFile, '-o', out, '--only', 'Hoàn Kiếm');
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'danh-sach-gui.csv'), 'utf8').split('\r\n')[1]).toBe('00070-phuong-hoan-kiem.xlsx,Phường Hoàn Kiếm,00070,ubnd.hoankiem@hanoi.gov.vn,Trần Thị B');
    const { readWorkbook } = await import('../../src/xlsx/read');
    const read = await readWorkbook(new Uint8Array(readFileSync(join(out, '00070-phuong-hoan-kiem.xlsx'))));
    const guide = read.ok ? read.workbook.sheets.find((s) => s.name === 'Hướng dẫn')!.rows.map((row) => String(row.cells[0]?.col === 1 ? row.cells[0].value ?? '' : '')).join('\n') : '';
    expect(guide).toContain('gửi lại cho Sở Nội vụ (snv@hanoi.gov.vn)');
  }, 20_000);

  it('compiles the returned workbooks into a master and prints the record with --json', async () => {
    const sent = join(dir, 'sent');
    await run('assemble', seed, '-o', sent, '--only', 'Sở Nội vụ');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(sent, 'so-noi-vu.xlsx'));
    wb.getWorksheet('Tiêu chí')!.eachRow((row) => {
      if (row.getCell(1).value === 'PAR:5.4') row.getCell(8).value = 1.25;
    });
    const out = join(dir, 'returns');
    mkdirSync(out, { recursive: true });
    await wb.xlsx.writeFile(join(out, 'so-noi-vu.xlsx'));
    // Every file in the folder is answered, whatever it is; Excel's lock files are not returns.
    writeFileSync(join(out, 'bao-cao.pdf'), '%PDF-1.7\n');
    writeFileSync(join(out, '~$so-noi-vu.xlsx'), 'lock');
    symlinkSync(join(dir, 'nowhere.xlsx'), join(out, 'link.xlsx')); // a link to a file that is gone
    const master = join(dir, 'master.xlsx');
    const r = await run('compile', seed, out, '-o', master, '--json', '--today', '2025-12-31');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.submissions).toEqual([
      { file: 'bao-cao.pdf', agency: null, status: 'rejected', reason: 'pdf' },
      { file: 'link.xlsx', agency: null, status: 'rejected', reason: 'missing' },
      { file: 'so-noi-vu.xlsx', agency: 'Sở Nội vụ', status: 'accepted', reason: null },
    ]);
    expect(json.values).toEqual([expect.objectContaining({ id: 'PAR:5.4', agency: 'Sở Nội vụ', field: 'selfAssessment', value: 1.25, file: 'so-noi-vu.xlsx' })]);
    expect(json.missing).toContain('Phường Hoàn Kiếm');
    const { readWorkbook } = await import('../../src/xlsx/read');
    const read = await readWorkbook(new Uint8Array(readFileSync(master)));
    expect(read.ok && read.workbook.sheets.filter((s) => s.state === 'visible').map((s) => s.name)).toEqual(['Tổng hợp', 'Tóm tắt nhiệm vụ', 'Tổng hợp nhiệm vụ', 'Tổng hợp tiêu chí', 'Dự kiến điểm', 'Tình hình nộp', 'Nhật ký']);
    // The plan it was compiled for travels with it, out of sight (the report is written from the master alone).
    expect(read.ok && read.workbook.sheets.filter((s) => s.state !== 'visible').map((s) => s.name)).toEqual(['_meta', '_tasks', '_criteria', '_units']);
  });

  it('prints the first 40 refusals of a compile and counts the rest, all of them with --all', async () => {
    const junk = join(dir, 'junk');
    mkdirSync(junk, { recursive: true });
    for (let i = 0; i < 45; i++) writeFileSync(join(junk, `bao-cao-${String(i).padStart(2, '0')}.pdf`), '%PDF-1.7\n');
    const r = await run('compile', seed, junk);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.filter((l) => l.startsWith('Tệp bao-cao-'))).toHaveLength(40);
    expect(lines.at(-1)).toBe('… và 5 giá trị bị loại khác (thêm --all để in tất cả).');
    const all = await run('compile', seed, junk, '--all');
    expect(all.out.split('\n').filter((l) => l.startsWith('Tệp bao-cao-'))).toHaveLength(45);
    expect(all.out).not.toContain('bị loại khác');
  });

  it('refuses a due date that is not dd/mm/yyyy, or names a day that does not exist', async () => {
    const r = await run('assemble', seed, '-o', join(dir, 'x'), '--due', 'tháng 12');
    expect(r.code).toBe(2);
    expect(r.err).toBe('Tham số không hợp lệ: --due “tháng 12” không hợp lệ (cần một ngày có thật, dạng dd/mm/yyyy). Ví dụ: --due 15/12/2025');
    const impossible = await run('assemble', seed, '-o', join(dir, 'x'), '--due', '31/02/2025');
    expect(impossible.code).toBe(2);
    expect(impossible.err).toMatch(/--due “31\/02\/2025” không hợp lệ/);
    expect((await run('compile', seed, dir, '--today', '2025-02-29', '--lang', 'en')).err).toMatch(/invalid --today “2025-02-29” \(a real date, as yyyy-mm-dd\)/);
  });
});

describe('a Word plan (.docx) on the command line', () => {
  let docx: string;
  beforeAll(async () => {
    docx = file('ke-hoach-159.docx', Buffer.from(await seedDocx()));
  }, 30_000);

  it('imports and checks it as the text of the same plan', async () => {
    const fromDocx = JSON.parse((await run('import', docx, '--json')).out);
    const fromText = JSON.parse((await run('import', seed, '--json')).out);
    expect(fromDocx.criteria).toHaveLength(152);
    expect(fromDocx.tasks.map((t: { id: string }) => t.id)).toEqual(fromText.tasks.map((t: { id: string }) => t.id));
    const checked = await run('check', docx);
    expect(checked.code).toBe(1);
    expect(checked.out).toContain('PAR 8.6: mục tiêu 2 vượt điểm tối đa 1,5');
  });

  it('writes the workbook, assembles and compiles from it', async () => {
    const xlsx = join(dir, 'from-docx', 'plan.xlsx');
    expect((await run('import', docx, '-o', xlsx)).code).toBe(0);
    const out = join(dir, 'from-docx', 'sent');
    const assembled = await run('assemble', docx, '-o', out, '--only', 'Hoàn Kiếm');
    expect(assembled.code).toBe(0);
    expect(readdirSync(out)).toContain('00070-phuong-hoan-kiem.xlsx');
    const compiled = await run('compile', docx, out, '--json');
    expect(compiled.code).toBe(0);
    expect(JSON.parse(compiled.out).submissions).toContainEqual({ file: '00070-phuong-hoan-kiem.xlsx', agency: 'Phường Hoàn Kiếm', status: 'accepted', reason: null });
  });

  it('refuses a .docx that would inflate to 1.5 GB, by its declared sizes', async () => {
    const { unzipSync, zipSync } = await import('fflate');
    const zip = zipSync({ ...unzipSync(new Uint8Array(readFileSync(docx))), 'word/media/image1.png': new Uint8Array(1024) });
    const view = new DataView(zip.buffer);
    // Every entry declared 1.5 GB: the guard reads the directory and stops there.
    for (let i = 0; i + 4 <= zip.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1.5 * 1024 ** 3, true);
      if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, 1.5 * 1024 ** 3, true);
    }
    const r = await run('check', file('bom.docx', Buffer.from(zip)));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bom\.docx quá lớn để đọc/);
  });
});

describe('bad input gets one clear line and exit code 2', () => {
  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /Không tìm thấy tệp .*nope\.txt/],
    ['an empty file', () => file('empty.txt', ''), /trống/],
    ['a binary file', () => file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3])), /không phải văn bản/],
    ['a truncated workbook', () => file('cut.xlsx', Buffer.from([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0])), /bị cắt cụt hoặc hỏng|không phải sổ tính/],
    // Read as the PDF it is (this one is cut off), not called a broken workbook.
    ['a PDF renamed .xlsx', () => file('report.xlsx', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')), /Tệp PDF .*report\.xlsx bị hỏng hoặc tải chưa hết/],
    ['text with no appendix table', () => file('prose.txt', 'Một văn bản\nkhông có bảng nào |\n'), /không có bảng phụ lục/],
    ['a table cut off half way', () => file('cut.txt', seedText.split('\n').slice(0, 1200).join('\n')), /bị cắt ngang .*dòng 1200/],
    ['a folder', () => dir, /là thư mục/],
  ])('%s', async (_name, path, message) => {
    const r = await run('check', path());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\bat \w+ \(/); // no stack trace
  });

  it('rejects unknown options and commands, in Vietnamese, naming them', async () => {
    const unknown = await run('check', seed, '--frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/không có tùy chọn --frobnicate/);
    expect((await run('explode', seed)).err).toMatch(/không có lệnh explode/);
    expect((await run('import')).err).toMatch(/thiếu tệp kế hoạch/);
    expect((await run('check', seed, '-o')).err).toMatch(/thiếu giá trị sau -o/);
    expect((await run('check', seed, '--json=yes')).err).toMatch(/tùy chọn --json không nhận giá trị/);
    expect((await run('check', seed, 'thừa.txt')).err).toMatch(/thừa tham số thừa\.txt/);
    expect((await run('assemble', seed)).err).toMatch(/thiếu -o <thư-mục>/);
    expect((await run('compile', seed)).err).toMatch(/thiếu thư mục chứa các sổ tính gửi lại/);
    expect((await run('check', seed, '--lang', 'fr')).err).toMatch(/--lang “fr” không hợp lệ \(cần vi hoặc en\)/);
    expect((await run('explode', seed, '--lang=en')).err).toMatch(/^Invalid arguments: unknown command explode/);
  });

  it('takes --option=value as well as --option value', async () => {
    const target = join(dir, 'eq', 'plan.json');
    const r = await run('import', seed, `--output=${target}`, '--lang=en');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Wrote ${target}`);
  });

  it('prints usage for --help', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('chiso check');
  });
});
