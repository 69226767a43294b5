import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { HEADER_ROW } from '../../src/workbook-kit/table';
import { describeWithChromium, fakeExcelScript, servePane, type ServedPane } from '../support/chromium';

/**
 * Issue #10, "Never silent", in the built pane: the import preview shows how each column of each
 * table is read before anything is written, and a user can take the other year's results and read
 * again. Thanh Hóa's PAPI appendix (corpus 10), pasted from Excel, has results of 2023 and 2024 under
 * one 'Kết quả' header; chiso takes 2024. Screenshots at the pane's narrow widths go to out/e2e/.
 */

const root = join(__dirname, '../..');
const shots = join(root, 'out/e2e');
const tsv = readFileSync(join(root, 'tests/corpus/10-thanhhoa-papi-2025/source.tsv'), 'utf8');
let pane: ServedPane;
let base: string;
let browser: Browser;

type Fake = { __chisoFake: { row(sheet: string, row: number): unknown[]; rowOf(sheet: string, id: string): number | null; sheetNames(): string[] } };

async function openPane(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.route('**/appsforoffice.microsoft.com/**', (r) => r.abort());
  await page.addInitScript({ content: fakeExcelScript() });
  await page.goto(`${base}/taskpane.html`);
  return page;
}

async function pasteAndRead(page: Page): Promise<void> {
  await page.getByLabel('Dán văn bản kế hoạch').fill(tsv);
  await page.getByRole('button', { name: 'Đọc văn bản đã dán' }).click();
  await page.getByTestId('column-mapping').waitFor();
}

/** The selected option's text of a column's role select, found by its label as a user hears it. */
const shownRole = (page: Page, label: string) => page.getByLabel(label, { exact: true }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '');

const COL_2023 = 'Cột 3: Kết quả / Năm 2023';
const COL_2024 = 'Cột 4: Kết quả / Năm 2024';

describeWithChromium('the import preview: how each column is read, changed before anything is written', () => {
  jest.setTimeout(120_000);

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    pane = await servePane();
    ({ base, browser } = pane);
  });

  afterAll(async () => {
    await pane?.close();
  });

  it('shows each column\'s role, takes the 2023 results when asked, and writes them into the criteria sheet', async () => {
    const page = await openPane(350);
    await pasteAndRead(page);
    const table = page.getByTestId('mapping-PL2');
    expect(await table.getByRole('heading').textContent()).toBe('PHỤ LỤC 02 · Tiêu chí PAPI');
    expect(await table.textContent()).toContain('Đọc 15 dòng');
    // Columns left out are what to look at: the list is open.
    expect(await table.getByText('Vai trò của 8 cột (3 cột không đọc)').isVisible()).toBe(true);
    // As read: 2024 taken, 2023 left out and said why, the difference column known and not read.
    expect(await shownRole(page, COL_2024)).toBe('Kết quả năm 2024');
    expect(await shownRole(page, COL_2023)).toBe('Bỏ qua');
    expect(await table.textContent()).toContain('Kết quả năm 2023 — năm khác, không đọc.');
    expect(await shownRole(page, 'Cột 5: Tăng/giảm')).toBe('Bỏ qua');
    expect(await shownRole(page, 'Cột 7: Cơ quan chủ trì')).toBe('Cơ quan chủ trì');
    expect(await page.getByTestId('mapping-figures-PL2').textContent()).toBe('15/15 tiêu chí có kết quả; tổng: kết quả 44,8708.');
    // A table of criteria offers the roles criteria have, never a task's.
    const offered = await page.getByLabel(COL_2023, { exact: true }).evaluate((s: HTMLSelectElement) => [...s.options].map((o) => o.textContent));
    expect(offered).toEqual(['Số thứ tự', 'Tên tiêu chí', 'Điểm tối đa', 'Kết quả năm 2023', 'Mục tiêu năm 2023', 'Cơ quan chủ trì', 'Bỏ qua']);

    // Chosen, not read yet: nothing can be written until it is.
    await page.getByLabel(COL_2023, { exact: true }).selectOption({ label: 'Kết quả năm 2023' });
    await page.getByText('Các lựa chọn chưa được áp dụng').waitFor();
    expect(await table.textContent()).toContain('Vừa chọn, chưa đọc lại.');
    expect(await page.getByRole('button', { name: 'Tạo các trang' }).isDisabled()).toBe(true);
    await page.getByTestId('column-mapping').screenshot({ path: join(shots, 'import-mapping-pending-350.png') });
    await page.getByRole('button', { name: 'Đọc lại với các cột đã chọn' }).click();
    await page.getByText('15/15 tiêu chí có kết quả; tổng: kết quả 44,2042.').waitFor();
    expect(await shownRole(page, COL_2023)).toBe('Kết quả năm 2023');
    expect(await shownRole(page, COL_2024)).toBe('Bỏ qua');
    expect(await table.textContent()).toContain('Do bạn chọn.');
    expect(await table.textContent()).toContain('Kết quả năm 2024 — năm khác, không đọc.');
    expect(await page.getByText('Các lựa chọn chưa được áp dụng').count()).toBe(0);
    await page.getByTestId('column-mapping').screenshot({ path: join(shots, 'import-mapping-chosen-350.png') });

    // The choice reaches the sheets written.
    await page.getByRole('button', { name: 'Tạo các trang' }).click();
    await page.getByText(/^Đã tạo \d+ trang/).waitFor();
    const written = await page.evaluate((headerRow) => {
      const f = (window as unknown as Fake).__chisoFake;
      const sheet = f.sheetNames().find((n) => n.endsWith('PAPI'))!;
      const header = f.row(sheet, headerRow);
      const at = (id: string) => f.row(sheet, f.rowOf(sheet, id)!);
      return { header, total: at('PAPI:total'), first: at('PAPI:1') };
    }, HEADER_ROW);
    const result = written.header.indexOf('Kết quả năm 2023');
    expect(result).toBeGreaterThan(0);
    expect(written.total[result]).toBe(44.2042);
    expect(written.first[result]).toBe(5.7695);
    await page.close();
  });

  it('is worked from the keyboard: a column\'s role changes with the arrow keys and the read again button answers Enter', async () => {
    const page = await openPane(320);
    await pasteAndRead(page);
    await page.getByLabel(COL_2023, { exact: true }).focus();
    // From 'Bỏ qua' (the last option) up one: 'Cơ quan chủ trì'; up two more: 'Kết quả năm 2023'.
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowUp');
    expect(await shownRole(page, COL_2023)).toBe('Kết quả năm 2023');
    await page.getByRole('button', { name: 'Đọc lại với các cột đã chọn' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('15/15 tiêu chí có kết quả; tổng: kết quả 44,2042.').waitFor();
    await page.close();
  });

  it('refuses a choice that leaves no table to read, says so, and keeps the plan shown and the choice to undo', async () => {
    const page = await openPane(350);
    await pasteAndRead(page);
    await page.getByLabel('Cột 2: Nội dung', { exact: true }).selectOption({ label: 'Bỏ qua' });
    await page.getByRole('button', { name: 'Đọc lại với các cột đã chọn' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('không còn bảng nào đọc được');
    expect(await page.getByTestId('mapping-figures-PL2').textContent()).toBe('15/15 tiêu chí có kết quả; tổng: kết quả 44,8708.');
    expect(await shownRole(page, 'Cột 2: Nội dung')).toBe('Bỏ qua');
    expect(await page.getByRole('button', { name: 'Tạo các trang' }).isDisabled()).toBe(true);
    // Set back, nothing is pending: the sheets can be made from the plan as read.
    await page.getByLabel('Cột 2: Nội dung', { exact: true }).selectOption({ label: 'Tên tiêu chí' });
    expect(await page.getByRole('button', { name: 'Tạo các trang' }).isDisabled()).toBe(false);
    await page.close();
  });

  it('keeps a plan whose columns are all read short: one line per table, its columns a click away', async () => {
    const page = await openPane(270);
    await page.getByRole('button', { name: 'Dùng kế hoạch mẫu (159/KH-UBND)' }).click();
    await page.getByTestId('column-mapping').waitFor();
    for (const label of ['PL1', 'PL2', 'PL3', 'PL4']) expect(await page.getByTestId(`mapping-${label}`).getByText('Vai trò của 6 cột (đều được đọc)').isVisible()).toBe(true);
    expect(await page.getByLabel('Cột 4: Kết quả năm 2024').first().isVisible()).toBe(false);
    expect(await page.getByTestId('mapping-PL2').textContent()).toContain('Đọc 103 dòng');
    await page.getByTestId('mapping-PL2').getByText('Vai trò của 6 cột (đều được đọc)').click();
    expect(await page.getByTestId('mapping-PL2').getByLabel('Cột 4: Kết quả năm 2024').isVisible()).toBe(true);
    await page.getByTestId('column-mapping').screenshot({ path: join(shots, 'import-mapping-seed-270.png') });
    await page.close();
  });

  it.each([270, 320, 350])('fits a pane %i px wide, with nothing clipped or scrolled sideways', async (width) => {
    const page = await openPane(width);
    await pasteAndRead(page);
    const section = page.getByTestId('column-mapping');
    await section.scrollIntoViewIfNeeded();
    const fit = await section.evaluate((el) => {
      const inner = [...el.querySelectorAll('*')].map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0);
      return {
        scroll: el.scrollWidth,
        client: el.clientWidth,
        right: Math.max(...inner.map((r) => r.right)),
        viewport: window.innerWidth,
        page: document.documentElement.scrollWidth,
      };
    });
    expect(fit.scroll).toBe(fit.client);
    expect(fit.right).toBeLessThanOrEqual(fit.viewport);
    await section.screenshot({ path: join(shots, `import-mapping-${width}.png`) });
    await page.screenshot({ path: join(shots, `import-mapping-${width}-page.png`), fullPage: true });
    // The whole pane: reported, the tab strip is another part's (its overflow at narrow widths).
    console.log(`pane ${width}px: document scroll width ${fit.page}`);
    await page.close();
  });
});
