/**
 * The pictures of the user guide (assets/help.html), made from the code as it is: the built task
 * pane in headless Chromium against the recording Excel fake, and the sheets chiso writes
 * (plan workbook, an agency's filled return, the master, the Word report) printed by LibreOffice
 * and rendered by pdftoppm. Run `node scripts/run-ts.mjs scripts/help-pictures.ts makePictures` after the pane or a sheet's
 * layout changes, look at the pictures, commit them.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { main } from '../src/cli/main';
import { vi } from '../src/strings/vi';
import { DATA_DATE, DUE, makeMaster, SEED } from '../tests/support/master-fixture';

const root = process.cwd();
// As the browser tests run it (tests/support/chromium.ts, which needs jest's describe).
const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
const out = join(root, 'assets/help');
const work = mkdtempSync(join(tmpdir(), 'chiso-help-'));
const ui = vi.ui;
const say = (t: string) => process.stderr.write(t + '\n');
const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** One page of a PDF as a PNG: the first page whose text matches, at `dpi`, cropped to its top `keep` and left `wide` shares. */
function page(pdf: string, match: RegExp, name: string, o: { dpi?: number; keep?: number; wide?: number } = {}): void {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  for (let p = 1; p <= pages; p++) {
    if (!match.test(execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', pdf, '-'], { encoding: 'utf8' }))) continue;
    const dpi = o.dpi ?? 90;
    // A4 landscape or portrait in pixels at this dpi, then the share kept from the top.
    const info = execFileSync('pdfinfo', ['-f', String(p), '-l', String(p), pdf], { encoding: 'utf8' });
    const [w, h] = /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1).map((v) => Math.round((Number(v) / 72) * dpi));
    const base = join(work, name);
    execFileSync('pdftoppm', ['-f', String(p), '-l', String(p), '-r', String(dpi), '-png', '-singlefile', '-x', '0', '-y', '0', '-W', String(Math.round(w! * (o.wide ?? 1))), '-H', String(Math.round(h! * (o.keep ?? 1))), pdf, base]);
    renameSync(`${base}.png`, join(out, `${name}.png`));
    return;
  }
  throw new Error(`no page of ${pdf} matches ${match}`);
}

async function sheets(): Promise<void> {
  say('sheets: a master from four filled returns, the plan workbook, the report');
  const fixture = await makeMaster();
  const quiet = { out: () => {}, err: say };
  const plan = join(work, 'ke-hoach.xlsx');
  const report = join(work, 'bao-cao.docx');
  if ((await main(['import', SEED, '-o', plan], quiet)) !== 0) throw new Error('import failed');
  if ((await main(['report', fixture.master, '-o', report, '--number', '125/BC-SNV', '--date', dmy(DATA_DATE), '--period', 'Quý III/2025', '--due', dmy(DUE)], quiet)) !== 0) throw new Error('report failed');
  const returned = join(fixture.dir, 'returns', 'so-noi-vu.xlsx');
  const profile = join(work, 'lo');
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', 'pdf', '--outdir', work, plan, returned, fixture.master, report], { stdio: 'ignore' });
  const pdf = (name: string) => join(work, `${name}.pdf`);
  page(pdf('ke-hoach'), /TỔNG QUAN KẾ HOẠCH/, 'trang-tong-quan', { keep: 0.9 });
  page(pdf('ke-hoach'), /PHỤ LỤC 1:/, 'trang-nhiem-vu', { keep: 0.6 });
  page(pdf('ke-hoach'), /PHỤ LỤC 2:/, 'trang-par-index', { keep: 0.6 });
  page(pdf('ke-hoach'), /KẾT QUẢ KIỂM TRA SỐ LIỆU/, 'trang-kiem-tra', { keep: 0.55 });
  page(pdf('ke-hoach'), /ĐƠN VỊ CHỦ TRÌ, PHỐI HỢP/, 'trang-don-vi', { keep: 0.55 });
  page(pdf('so-noi-vu'), /NHIỆM VỤ, GIẢI PHÁP ĐƯỢC GIAO/, 'don-vi-nhiem-vu', { keep: 0.6 });
  page(pdf('master'), /TÌNH HÌNH NỘP BÁO CÁO/, 'tong-hop-tinh-hinh-nop', { keep: 0.6 });
  page(pdf('master'), /DỰ KIẾN ĐIỂM/, 'tong-hop-du-kien-diem', { keep: 0.55, wide: 0.6 });
  page(pdf('bao-cao'), /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/, 'bao-cao-word', { dpi: 60, keep: 0.75 });
}

async function pane(): Promise<void> {
  say('pane: the built task pane against the Excel fake, 350 px wide (Excel on the web)');
  const dist = join(work, 'dist');
  execFileSync(process.execPath, [join(root, 'scripts/build-taskpane.mjs'), '--outdir', dist], { stdio: 'ignore' });
  const server = spawn(process.execPath, [join(root, 'scripts/static-server.mjs'), dist, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((resolve) => server.stdout!.once('data', (d: Buffer) => resolve(`http://127.0.0.1:${/PORT (\d+)/.exec(d.toString())![1]}`)));
  const fake = buildSync({ entryPoints: [join(root, 'tests/e2e/install-fake.ts')], bundle: true, write: false, format: 'iife', platform: 'browser' }).outputFiles[0]!.text;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // 350 × 560: the pane as Excel on the web gives it.
    const p: Page = await browser.newPage({ viewport: { width: 350, height: 560 } });
    await p.route('**/appsforoffice.microsoft.com/**', (r) => r.abort());
    await p.addInitScript({ content: fake });
    await p.goto(`${base}/taskpane.html`);
    // The whole pane down to what the step shows, at most 900 px (the findings list runs on for pages).
    const shot = async (name: string) => {
      const height = await p.evaluate(() => document.documentElement.scrollHeight);
      await p.screenshot({ path: join(out, `${name}.png`), fullPage: true, clip: { x: 0, y: 0, width: 350, height: Math.min(height, 900) } });
    };
    await p.getByRole('button', { name: ui.import.bundled }).click();
    await p.getByTestId('import-preview').waitFor();
    await p.getByRole('button', { name: ui.import.create }).click();
    await p.getByText(/^Đã tạo \d+ trang/).waitFor();
    await shot('pane-nhap');
    await p.getByRole('tab', { name: ui.tabs.check }).click();
    await p.getByRole('button', { name: ui.check.readSheets }).click();
    await p.getByTestId('finding-count').waitFor();
    await shot('pane-kiem-tra');
    await p.getByRole('tab', { name: ui.tabs.overview }).click();
    await p.getByText(ui.overview.chartTitle('PAR INDEX')).waitFor();
    await shot('pane-tong-quan');
    await p.getByRole('tab', { name: ui.tabs.print }).click();
    await p.getByRole('button', { name: ui.print.apply }).click();
    await p.getByText(/^Đã thiết lập in/).waitFor();
    await shot('pane-in');
    await p.getByRole('tab', { name: ui.tabs.agencies }).click();
    await p.getByLabel(ui.agencies.due).fill('15/12/2025');
    await shot('pane-don-vi');
  } finally {
    await browser.close();
    server.kill();
  }
}

export async function makePictures(): Promise<void> {
  mkdirSync(out, { recursive: true });
  try {
    await sheets();
    await pane();
    for (const f of readdirSync(out).sort()) say(`  ${f}  ${(statSync(join(out, f)).size / 1024).toFixed(0)} KB`);
    say(`  total ${(readdirSync(out).reduce((n, f) => n + statSync(join(out, f)).size, 0) / 1024).toFixed(0)} KB`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
