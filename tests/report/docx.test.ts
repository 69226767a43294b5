import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { assign } from '../../src/agencies/recipients';
import type { Compiled } from '../../src/agencies/compile';
import { main } from '../../src/cli/main';
import type { Plan } from '../../src/plan/schema';
import { convert, describeWithLibreOffice, pdfPageSizes, pdfText, renderPage } from '../support/libreoffice';
import { DATA_DATE, DUE, FILLED, makeMaster, type MasterFixture } from '../support/master-fixture';
import { seedPlan } from '../support/seed';

/**
 * The report as a user gets it, judged by tools no one here wrote: `chiso report` on a master the
 * pipeline made (assemble, fill in, compile), LibreOffice prints it to PDF, poppler reads the PDF
 * (page size, fonts, text per page) and mammoth reads the .docx. The numbers expected are counted
 * here from the plan and the compile's own record, not from the master or the report's code.
 */

const DONE = new Set(['Đã hoàn thành', 'Hoàn thành chậm']);
const quiet = { out: () => {}, err: (t: string) => console.error(t) };

/** What the report must say, counted from the plan and the compile record by the rule the issue states. */
function oracle(plan: Plan, compiled: Compiled) {
  const { assignments } = assign(plan);
  const status = new Map<string, { status?: string; completedOn?: string }>();
  for (const v of compiled.values) {
    if (v.field !== 'status' && v.field !== 'completedOn') continue;
    const k = `${v.id}|${v.agency}`;
    status.set(k, { ...status.get(k), [v.field]: v.value as string });
  }
  const counts = { completed: 0, onTime: 0, inProgress: 0, notStarted: 0, overdue: 0, notReported: 0 };
  const overdue: string[] = [];
  const unreported: string[] = [];
  for (const t of plan.tasks) {
    const leads = assignments.filter((a) => a.leads.includes(t.id)).map((a) => status.get(`${t.id}|${a.recipient.name}`) ?? {});
    const said = leads.filter((l) => l.status);
    if (said.length === 0) {
      counts.notReported++;
      // Past its deadline with no word from its lead units: late as far as anyone knows, and listed with the overdue.
      if (t.deadline.to && t.deadline.to < DATA_DATE) unreported.push(t.id.replace('TASK:', ''));
    }
    else if (leads.every((l) => DONE.has(l.status ?? ''))) {
      counts.completed++;
      if (leads.every((l) => l.status !== 'Hoàn thành chậm' && !(t.deadline.to && l.completedOn && l.completedOn > t.deadline.to))) counts.onTime++;
    } else if (t.deadline.to && t.deadline.to < DATA_DATE) {
      counts.overdue++;
      overdue.push(t.id.replace('TASK:', ''));
    } else if (said.some((l) => l.status !== 'Chưa thực hiện')) counts.inProgress++;
    else counts.notStarted++;
  }
  const expected = assignments.filter((a) => a.leads.length + a.supports.length + a.criteria.length > 0);
  return { total: plan.tasks.length, ...counts, overdue, unreported, overdueCount: counts.overdue, units: expected.map((a) => a.recipient.name), sent: compiled.submissions.filter((s) => s.status === 'accepted').length };
}

/** Every table of the HTML mammoth makes (flat <table><tr><td> markup), as rows of cell texts. */
function tables(html: string): string[][][] {
  const decode = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const cellText = (t: string) => decode(t.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) => [...t[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => cellText(c[1]!))));
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

describeWithLibreOffice('the Word report, printed by LibreOffice and read by poppler and mammoth', () => {
  jest.setTimeout(240_000);
  let made: MasterFixture;
  let docx: string;
  let pdf: string;
  let pages: string[];
  let want: ReturnType<typeof oracle>;

  beforeAll(async () => {
    made = await makeMaster();
    want = oracle(seedPlan(), made.compiled);
    docx = join(made.dir, 'bao-cao.docx');
    const args = ['report', made.master, '-o', docx, '--date', '05/10/2025', '--period', 'Quý III/2025', '--due', DUE.split('-').reverse().join('/'), '--number', '125/BC-SNV'];
    expect(await main(args, quiet)).toBe(0);
    pdf = await convert(docx, 'pdf', join(made.dir, 'pdf'));
    pages = pdfText(pdf, { layout: false }).split('\f').filter((p) => p.trim() !== '');
  });

  it('prints on A4 portrait pages in Times New Roman (or its metric twin Liberation Serif)', () => {
    const sizes = pdfPageSizes(pdf);
    expect(sizes.length).toBeGreaterThan(5);
    for (const s of sizes) expect([s.page, Math.round(s.width), Math.round(s.height)]).toEqual([s.page, 595, 842]);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/^(TimesNewRoman|Times-|LiberationSerif)/);
  });

  it('opens with the header block and the title naming the plan and the period', () => {
    const first = flat(pages[0]!);
    for (const line of ['UBND THÀNH PHỐ HÀ NỘI', 'SỞ NỘI VỤ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 125/BC-SNV', 'Hà Nội, ngày 05 tháng 10 năm 2025', 'BÁO CÁO', 'Kết quả thực hiện Kế hoạch số 159/KH-UBND ngày 09/06/2025 của Ủy ban nhân dân thành phố Hà Nội, kỳ Quý III/2025']) {
      expect(first).toContain(line);
    }
  });

  it('states every count as the compile holds it', () => {
    const body = flat(pages.join(' '));
    expect(body).toMatch(
      new RegExp(`Kế hoạch có ${want.total} nhiệm vụ\\. Đến ngày 30/09/2025: đã hoàn thành ${want.completed} nhiệm vụ \\([\\d,]+%; trong đó đúng hạn ${want.onTime}\\); đang thực hiện ${want.inProgress}; chưa triển khai ${want.notStarted}; quá hạn chưa hoàn thành ${want.overdueCount}; chưa có báo cáo của đơn vị chủ trì ${want.notReported}${want.unreported.length ? ` \\(trong đó ${want.unreported.length} đã quá hạn\\)` : ''}\\.`),
    );
    expect(body).toContain(`Tổng số cơ quan, đơn vị phải báo cáo: ${want.units.length}; đã gửi báo cáo: ${want.sent} (`);
    expect(body).toContain(`chưa gửi báo cáo: ${want.units.length - want.sent}.`);
    // Due 05/09: Sở Tư pháp saved its file on 08/09, Phường Hoàn Kiếm on 12/09.
    const late = FILLED.filter((f) => f.received > DUE).map((f) => `${f.name} (${(Date.parse(f.received) - Date.parse(DUE)) / 86_400_000} ngày)`);
    expect(body).toContain(`Gửi báo cáo muộn so với hạn nộp (05/09/2025): ${late.join(' và ')}.`);
  });

  it('numbers the pages at the top from the second page on', () => {
    const layout = pdfText(pdf).split('\f').filter((p) => p.trim() !== '');
    const firstLine = (p: string) => p.split('\n').find((l) => l.trim() !== '')!.trim();
    expect(firstLine(layout[0]!)).toMatch(/^UBND THÀNH PHỐ HÀ NỘI\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
    expect(layout[0]!.split('\n').some((l) => /^\s*\d+\s*$/.test(l))).toBe(false);
    layout.slice(1).forEach((p, i) => expect(firstLine(p)).toBe(String(i + 2)));
  });

  it('has the appendix rows: areas, overdue tasks, criteria and every unit', () => {
    const from = (title: string) => flat(pages.slice(pages.findIndex((p) => flat(p).includes(title))).join(' '));
    const appendixI = from('Phụ lục I TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THEO LĨNH VỰC');
    for (const title of ['CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', 'CẢI CÁCH THỂ CHẾ', 'TỔNG CỘNG']) expect(appendixI).toContain(title);
    const appendixII = from('DANH SÁCH NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH');
    expect(want.overdue.length).toBeGreaterThan(0);
    for (const code of [...want.overdue, ...want.unreported]) expect(appendixII).toContain(`${code}. `);
    const appendixIV = from('TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ');
    // A name that wraps in its cell comes out of the PDF with the next cells' words between its lines.
    const wrapped = (name: string) => new RegExp(name.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(?: \\S+){0,6}? '));
    for (const name of want.units) expect(appendixIV).toMatch(wrapped(name));
  });

  it('reads in mammoth with the same tables', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: readFileSync(docx) });
    const all = tables(html);
    const byHeader = (first: string, second: string) => all.find((t) => t[0]?.[0] === first && t[0]?.[1] === second);
    const areas = byHeader('TT', 'Lĩnh vực')!;
    expect(areas.at(-1)!.slice(1, 3)).toEqual(['TỔNG CỘNG', String(want.total)]);
    const overdue = byHeader('TT', 'Nhiệm vụ')!;
    expect(overdue.slice(1).map((r) => r[1]!.split('. ')[0])).toEqual([...want.overdue, ...want.unreported]);
    const criteria = byHeader('Mã', 'Tiêu chí')!;
    const plan = seedPlan();
    // In the order of the plan's parts: A PAR INDEX, B PAPI, C SIPAS.
    const inPartOrder = (['PAR', 'PAPI', 'SIPAS'] as const).flatMap((ix) => plan.criteria.filter((c) => c.index === ix && c.code !== 'total').map((c) => c.code));
    expect(criteria.slice(1).map((r) => r[0]).filter((c) => c && !/^[ABC]$/.test(c))).toEqual(inPartOrder);
    const units = byHeader('TT', 'Cơ quan, đơn vị')!;
    expect(units.slice(1).map((r) => r[1])).toEqual(want.units);
    expect(units.slice(1).filter((r) => r[2]!.startsWith('Đã gửi')).length).toBe(want.sent);
  });

  it('renders its pages to pictures', () => {
    const png = renderPage(pdf, 1, join(made.dir, 'png', 'trang-1'), 60);
    expect(existsSync(png) && statSync(png).size).toBeGreaterThan(10_000);
  });

  it('is the same file for the same master, with one date inside: the one asked for, else the data date', async () => {
    const again = join(made.dir, 'again.docx');
    expect(await main(['report', made.master, '-o', again, '--date', '05/10/2025', '--period', 'Quý III/2025', '--due', DUE.split('-').reverse().join('/'), '--number', '125/BC-SNV'], quiet)).toBe(0);
    expect(Buffer.compare(readFileSync(again), readFileSync(docx))).toBe(0);
    const core = (file: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['docProps/core.xml']!);
    expect(core(docx).match(/\d{4}-\d{2}-\d{2}T[\d:]+Z/g)).toEqual(['2025-10-05T12:00:00Z', '2025-10-05T12:00:00Z']);
    const undated = join(made.dir, 'undated.docx');
    expect(await main(['report', made.master, '-o', undated], quiet)).toBe(0);
    expect(core(undated).match(/\d{4}-\d{2}-\d{2}T[\d:]+Z/g)).toEqual([`${DATA_DATE}T12:00:00Z`, `${DATA_DATE}T12:00:00Z`]);
  });
});
