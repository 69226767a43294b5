import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { main } from '../../src/cli/main';
import { readWorkbook } from '../../src/xlsx/read';
import { describeWithChromium, fakeExcelScript, servePane, type ServedPane } from '../support/chromium';
import { DATA_DATE, makeMaster, SEED } from '../support/master-fixture';

/**
 * The Đơn vị tab's round picker (issue #15), by keyboard alone, in the built pane with the
 * recording Excel fake holding the plan's sheets: the province's due date typed into the plan's
 * Lịch báo cáo sheet, a round picked from the calendar, last round's master chosen, the due date
 * shown, and one unit's workbook opened in Excel — stamped with the round and pre-filled. At the
 * pane's narrow widths nothing runs off the side. Screenshots go to out/e2e/ (not in the repository).
 */

const root = join(__dirname, '../..');
const shots = join(root, 'out/e2e');
let pane: ServedPane;
let previous: string;

type Fake = { __chisoFake: { setById(sheet: string, id: string, col: number, value: string): void; created(): string[] } };

/** What the element holding focus is called, as a screen reader says it: its label, or its text. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as (HTMLElement & { labels?: NodeListOf<HTMLLabelElement> }) | null;
    if (!el) return '';
    const name = (el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '').trim();
    // A Fluent tab holds its name twice (the second copy, hidden, keeps its width when bold).
    const half = name.slice(0, name.length / 2);
    return el.getAttribute('role') === 'tab' && name === half + half ? half : name;
  });

/** Presses Tab until the element named `name` holds focus. */
async function tabTo(page: Page, name: string | RegExp, max = 120): Promise<void> {
  const passed: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const here = await focusedName(page);
    if (typeof name === 'string' ? here === name : name.test(here)) return;
    passed.push(here);
  }
  throw new Error(`Tab never reached ${name}; passed ${JSON.stringify([...new Set(passed)])}`);
}

/** In the focused native select, ArrowDown until the option `text` is chosen. */
async function arrowTo(page: Page, text: string, max = 300): Promise<void> {
  const chosen = () => page.evaluate(() => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  for (let i = 0; i < max && (await chosen()) !== text; i++) await page.keyboard.press('ArrowDown');
  expect(await chosen()).toBe(text);
}

/** The page is no wider than the pane; what runs past its edge is named when it does. */
async function noSidewaysScroll(page: Page, width: number): Promise<void> {
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}: ${(el.textContent ?? '').slice(0, 60)}`),
  );
  expect({ scrollWidth: await page.evaluate(() => document.documentElement.scrollWidth), wide }).toEqual({ scrollWidth: width, wide: [] });
}

describeWithChromium('the round picker in the Đơn vị tab', () => {
  jest.setTimeout(300_000);

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    // Last round: the returns of four units compiled as the year 2024's report.
    const made = await makeMaster();
    previous = join(made.dir, 'tong-hop-nam-2024.xlsx');
    const quiet = { out: () => {}, err: (t: string) => console.error(t) };
    if ((await main(['compile', SEED, join(made.dir, 'returns'), '-o', previous, '--period', '2024-Y', '--today', DATA_DATE], quiet)) !== 0) throw new Error('compile failed');
    pane = await servePane();
  });

  afterAll(async () => {
    await pane?.close();
  });

  it.each([270, 320, 350])('at %i px: picks Quý I from the calendar and last year’s master, shows the province’s due date, and opens a unit’s workbook stamped with the round', async (width) => {
    const page = await pane.browser.newPage({ viewport: { width, height: 700 } });
    await page.route('**/appsforoffice.microsoft.com/**', (r) => r.abort());
    await page.addInitScript({ content: fakeExcelScript() });
    await page.goto(`${pane.base}/taskpane.html#with-plan`);
    await page.getByTestId('found-in-workbook').waitFor();

    // The province sets its own date for Quý I in the plan's Lịch báo cáo sheet (column F), then has the sheets read again.
    await page.evaluate(() => (window as unknown as Fake).__chisoFake.setById('Lịch báo cáo', '2025-Q1', 6, '06/03/2025'));
    await tabTo(page, 'Nhập');
    for (let i = 0; i < 10 && (await focusedName(page)) !== 'Kiểm tra'; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Đọc và kiểm tra các trang');
    await page.keyboard.press('Enter');
    // The count shows already (the plan was read on open): the read is done when the result takes the focus.
    // Its task over (no progress bar) too: on a loaded machine the result may take the focus again
    // after a first look finds it there, and would take it from the walk below.
    await page.waitForFunction(() => document.querySelector('[role="progressbar"]') === null && document.activeElement?.querySelector('[data-testid="finding-count"]') != null);

    // To the Đơn vị tab, and the round from the calendar.
    // Back to the tab list: a tab by its role (the Kiểm tra tab's section and its list of findings bear the tab's name too).
    const onTab = () => page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab');
    // On a loaded machine the read's result can take the focus once more after the wait above saw
    // it there (React commits the reveal late); the walk then starts again from the result, as a
    // person would, at most three times.
    for (let attempt = 0; attempt < 3 && (await focusedName(page)) !== 'Đơn vị'; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, 300));
      await page.keyboard.press('Shift+Tab');
      for (let i = 0; i < 40 && !(await onTab()); i++) await page.keyboard.press('Shift+Tab');
      for (let i = 0; i < 10 && (await onTab()) && (await focusedName(page)) !== 'Đơn vị'; i++) await page.keyboard.press('ArrowRight');
    }
    expect(await focusedName(page)).toBe('Đơn vị');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Đơn vị' }).waitFor();
    await tabTo(page, 'Kỳ báo cáo của đợt này');
    await arrowTo(page, 'Quý I/2025');
    await page.getByTestId('round-due').waitFor();
    expect(await page.getByTestId('round-due').textContent()).toBe('Hạn đơn vị gửi báo cáo kỳ này: 06/03/2025 (theo trang Lịch báo cáo của sổ kế hoạch).');
    // A date is set by the round: no warning that workbooks go out without one.
    expect(await page.getByTestId('no-due').count()).toBe(0);

    // Last round's master, given to the picker's file input (as the other pane tests give files: a
    // headless file chooser opened from a key press did not always arrive, whatever the pane did).
    await tabTo(page, 'Chọn sổ tổng hợp…');
    await page.getByLabel('Sổ tổng hợp kỳ trước (không bắt buộc)').setInputFiles(previous);
    await page.getByTestId('previous-master').waitFor();
    expect(await page.getByTestId('previous-master').textContent()).toBe('Kỳ trước: tong-hop-nam-2024.xlsx (Năm 2024).');
    await page.screenshot({ path: join(shots, `round-picker-${width}.png`), fullPage: true });
    await noSidewaysScroll(page, width);

    // One unit's workbook, opened in Excel.
    await tabTo(page, 'Chọn một đơn vị');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Sổ tính của một đơn vị');
    await arrowTo(page, 'Sở Nội vụ');
    await tabTo(page, 'Mở thành sổ tính mới');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as Fake).__chisoFake.created().length === 1);
    await page.screenshot({ path: join(shots, `round-picker-opened-${width}.png`), fullPage: true });
    await noSidewaysScroll(page, width);

    const base64 = await page.evaluate(() => (window as unknown as Fake).__chisoFake.created()[0]!);
    const read = await readWorkbook(new Uint8Array(Buffer.from(base64, 'base64')));
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    const texts = read.workbook.sheets.flatMap((s) => s.rows.flatMap((r) => r.cells.map((c) => String(c.value ?? ''))));
    // The round in the guide, with the province's date, and last round's answers pre-filled.
    expect(texts).toContain('Kỳ báo cáo: Quý I/2025 (số liệu từ ngày 15/12/2024 đến ngày 14/03/2025); hạn gửi: 06/03/2025.');
    const meta = new Map(read.workbook.sheets.find((s) => s.name === '_meta')!.rows.map((r) => [String(r.cells[0]?.value ?? ''), String(r.cells[1]?.value ?? '')]));
    expect([meta.get('period'), meta.get('unitDue')]).toEqual(['2025-Q1', '2025-03-06']);
    expect(texts.some((t) => t.startsWith('Kết quả nhiệm vụ ') && t.endsWith('của Sở Nội vụ'))).toBe(true);
    await page.close();
  });
});
