import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, mkdtempSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { STATUS_VALUES } from '../../src/agency-workbook/write';
import type { Compiled } from '../../src/agencies/compile';

/**
 * A master made the way a user makes one: `chiso assemble` for a few agencies and a commune,
 * each fills in its workbook differently (some rows left blank, some completed late, some with
 * difficulties typed in, self-assessments above and below target), one unit sends nothing back,
 * and `chiso compile --today` merges them. Returns the master's path and the compile's record.
 */

export const SEED = join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt');
export const DATA_DATE = '2025-09-30';

/** Units were due to report by this day; each return is saved on `received` (its file's time, as compile reads it). */
export const DUE = '2025-09-05';
export const FILLED = [
  { only: 'Sở Nội vụ', file: 'so-noi-vu.xlsx', name: 'Sở Nội vụ', received: '2025-09-03' },
  { only: 'Sở Tư pháp', file: 'so-tu-phap.xlsx', name: 'Sở Tư pháp', received: '2025-09-08' },
  { only: 'Sở Y tế', file: 'so-y-te.xlsx', name: 'Sở Y tế', received: '2025-09-05' },
  { only: 'Hoàn Kiếm', file: '00070-phuong-hoan-kiem.xlsx', name: 'Phường Hoàn Kiếm', received: '2025-09-12' },
] as const;

/** Sent a workbook, never returned it. */
export const SILENT = { only: 'Sở Xây dựng', file: 'so-xay-dung.xlsx', name: 'Sở Xây dựng' } as const;

export interface MasterFixture {
  dir: string;
  master: string;
  compiled: Compiled;
}

export async function makeMaster(options: { reSave?: (file: string, outDir: string) => Promise<string> } = {}): Promise<MasterFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-master-'));
  const sent = join(dir, 'sent');
  const returns = join(dir, 'returns');
  mkdirSync(returns, { recursive: true });
  const quiet = { out: () => {}, err: (t: string) => console.error(t) };
  for (const a of [...FILLED, SILENT]) {
    if ((await main(['assemble', SEED, '-o', sent, '--only', a.only, '--due', DUE.split('-').reverse().join('/')], quiet)) !== 0) throw new Error(`assemble ${a.only} failed`);
  }
  for (const [k, a] of FILLED.entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(sent, a.file));
    let i = 0;
    wb.getWorksheet('Nhiệm vụ')!.eachRow((row) => {
      const id = row.getCell(1).value;
      if (typeof id !== 'string' || !id.startsWith('TASK:')) return;
      i++;
      // Every fifth row is left blank: not reported.
      if ((i + k) % 5 === 0) return;
      const status = STATUS_VALUES[(i + k) % 4]!;
      row.getCell(7).value = status;
      // Typed as a unit types it into the template's text-formatted date cell (a Date object there
      // shows as a day number in the guide's pictures); the plan's task number, never its id.
      if (status === 'Đã hoàn thành' || status === 'Hoàn thành chậm') row.getCell(8).value = `${String((i % 27) + 1).padStart(2, '0')}/${String(6 + (i % 4)).padStart(2, '0')}/2025`;
      row.getCell(9).value = `Kết quả nhiệm vụ ${id.replace(/^TASK:/, '')} của ${a.name}`;
      if (i % 3 === 0) row.getCell(11).value = `Khó khăn ${i} của ${a.name}: thiếu kinh phí, nhân lực`;
    });
    let j = 0;
    // A unit that leads no criterion has no Tiêu chí sheet; a parent's score is its leaves' live sum, not typed.
    wb.getWorksheet('Tiêu chí')?.eachRow((row) => {
      const id = row.getCell(1).value;
      if (typeof id !== 'string' || !/^(PAR|SIPAS|PAPI):/.test(id) || row.getCell(8).formula) return;
      j++;
      if (j % 4 === 0) return; // not assessed
      const max = Number(row.getCell(5).value);
      const share = [0.7, 0.95, 1][j % 3]!;
      row.getCell(8).value = Math.round(max * share * 100) / 100;
      row.getCell(9).value = `Giải trình ${id}`;
    });
    const path = join(dir, `filled-${a.file}`);
    await wb.xlsx.writeFile(path);
    copyFileSync(options.reSave && k === 1 ? await options.reSave(path, join(dir, 'lo')) : path, join(returns, a.file));
    // Saved at 10:00 in Hà Nội on its day.
    const at = new Date(`${a.received}T03:00:00Z`);
    utimesSync(join(returns, a.file), at, at);
  }
  const master = join(dir, 'master.xlsx');
  const out: string[] = [];
  if ((await main(['compile', SEED, returns, '-o', master, '--json', '--today', DATA_DATE], { out: (t) => out.push(t), err: quiet.err })) !== 0) throw new Error('compile failed');
  return { dir, master, compiled: JSON.parse(out.join('\n')) as Compiled };
}
