import { strToU8, zipSync } from 'fflate';
import { assembleWorkbooks } from '../../src/app/assemble';
import { compileReturns, returnExtractor, type ReturnFile } from '../../src/app/compile';
import { vi } from '../../src/strings/vi';
import { filledReturn, fixtureRecipients, type FixtureValue } from '../support/return-fixtures';
import { seedPlan, seedRecipients } from '../support/seed';

/**
 * Returns sent zipped: every file a .zip holds is read as a return of its own, named by the zip
 * and its place in it; what the zip tools add beside them is not a return; a .zip that is no
 * archive stays one file with its reason.
 */

const plan = seedPlan();
const assignments = seedRecipients(plan);
const MODIFIED = Date.UTC(2025, 11, 20);

const fileOf = (name: string, bytes: Uint8Array): ReturnFile => ({ name, open: async () => ({ ok: true, bytes, modified: MODIFIED }) });
const compile = (...files: ReturnFile[]) => compileReturns(plan, files, returnExtractor(plan, assignments), { assignments });

describe('a zip of returns', () => {
  let filled: { bytes: Uint8Array; values: FixtureValue[] }[];
  beforeAll(async () => {
    filled = await Promise.all(fixtureRecipients(plan).map((a) => filledReturn(plan, a)));
  });

  it('reads each workbook it holds as a return, and answers each other file for what it is', async () => {
    const zip = zipSync({
      'bao-cao/so-noi-vu.xlsx': filled[0]!.bytes,
      'bao-cao/xa.xlsx': [filled[1]!.bytes, { level: 0 }],
      'bao-cao/ban-ky.pdf': strToU8('%PDF-1.7\n1 0 obj\n'),
      // What zip tools and Excel leave beside the files: not returns.
      '__MACOSX/bao-cao/._so-noi-vu.xlsx': strToU8('resource fork'),
      'bao-cao/~$so-noi-vu.xlsx': strToU8('lock'),
      'bao-cao/.DS_Store': strToU8('x'),
    });
    const { compiled, log } = await compile(fileOf('bao-cao-quan.zip', zip));
    // (Submissions are listed by file name.)
    expect(compiled.submissions.map((s) => [s.file, s.status, s.reason])).toEqual([
      ['bao-cao-quan.zip/bao-cao/ban-ky.pdf', 'rejected', 'pdf'],
      ['bao-cao-quan.zip/bao-cao/so-noi-vu.xlsx', 'accepted', null],
      ['bao-cao-quan.zip/bao-cao/xa.xlsx', 'accepted', null],
    ]);
    // Every value each return holds, from each, as read from the files themselves.
    for (const [i, f] of filled.entries()) {
      const file = `bao-cao-quan.zip/bao-cao/${['so-noi-vu', 'xa'][i]}.xlsx`;
      for (const v of f.values) expect(compiled.values).toContainEqual(expect.objectContaining({ id: v.id, field: v.field, value: v.value, file }));
    }
    // The log names each file and dates it by the zip.
    expect(log.map((l) => [l.file, l.received])).toEqual([
      ['bao-cao-quan.zip/bao-cao/so-noi-vu.xlsx', '2025-12-20'],
      ['bao-cao-quan.zip/bao-cao/xa.xlsx', '2025-12-20'],
      ['bao-cao-quan.zip/bao-cao/ban-ky.pdf', '2025-12-20'],
    ]);
  });

  it('answers a zip inside the zip as a file to unzip, one level only', async () => {
    const inner = zipSync({ 'so-noi-vu.xlsx': filled[0]!.bytes });
    const { compiled } = await compile(fileOf('ngoai.zip', zipSync({ 'trong.zip': inner })));
    expect(compiled.submissions).toEqual([expect.objectContaining({ file: 'ngoai.zip/trong.zip', status: 'rejected', reason: 'not-xlsx' })]);
  });

  it('keeps a .zip that is no archive of files as one file, with its reason', async () => {
    const cut = zipSync({ 'so-noi-vu.xlsx': filled[0]!.bytes }).subarray(0, 200);
    const { compiled } = await compile(fileOf('renamed.zip', filled[0]!.bytes), fileOf('cut.zip', cut), fileOf('empty.zip', zipSync({})), fileOf('folders.zip', zipSync({ 'a/': new Uint8Array() })));
    expect(compiled.submissions.map((s) => [s.file, s.status, s.reason])).toEqual([
      ['cut.zip', 'rejected', 'truncated'],
      ['empty.zip', 'rejected', 'not-xlsx'],
      ['folders.zip', 'rejected', 'not-xlsx'],
      // A workbook saved with a .zip name is the workbook.
      ['renamed.zip', 'accepted', null],
    ]);
  });

  it('refuses chiso’s own outgoing zip left among the returns: its blank workbooks would replace what units sent', async () => {
    const sent = await assembleWorkbooks(plan, { due: null, password: null, generatedAt: '2025-11-01T00:00:00Z', only: 'Sở Nội vụ' });
    const { compiled } = await compile(fileOf('so-noi-vu.xlsx', filled[0]!.bytes), fileOf(sent.zip.name, sent.zip.bytes));
    expect(compiled.submissions.map((s) => [s.file, s.status, s.reason])).toEqual([
      [sent.zip.name, 'rejected', 'outgoing-bundle'],
      ['so-noi-vu.xlsx', 'accepted', null],
    ]);
    expect(vi.rejection(compiled.rejected.find((r) => r.file === sent.zip.name)!)).toMatch(/là gói sổ tính chiso tạo để gửi đi .*thư mục riêng/);
  });

  it('refuses a file that inflates to more than the zip declares, and still reads the others', async () => {
    const zip = zipSync({ 'a.xlsx': filled[0]!.bytes, 'b.xlsx': new Uint8Array(200_000) });
    // The second entry's declared size in the central directory, lowered: it inflates past it.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let central = -1;
    for (let i = zip.length - 22; i >= 0; i--) if (view.getUint32(i, true) === 0x02014b50 && new TextDecoder().decode(zip.subarray(i + 46, i + 46 + 6)) === 'b.xlsx') central = i;
    view.setUint32(central + 24, 1000, true);
    const { compiled } = await compile(fileOf('bom.zip', zip));
    expect(compiled.submissions.map((s) => [s.file, s.status, s.reason])).toEqual([
      ['bom.zip/a.xlsx', 'accepted', null],
      ['bom.zip/b.xlsx', 'rejected', 'corrupt'],
    ]);
  });
});
