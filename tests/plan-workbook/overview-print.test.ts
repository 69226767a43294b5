import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { importPlan } from '../../src/import';
import { topAtStake } from '../../src/plan-workbook/overview-sheet';
import { convert, describeWithLibreOffice, pdfText } from '../support/libreoffice';

/**
 * The overview's two tables of the five criteria losing most points (PAR INDEX, PAPI) each print
 * on one page with their title and header: printed by LibreOffice, both plans below had the PAPI
 * table cut across the first two pages, its last rows on page two without a header.
 */

const root = join(__dirname, '../..');
const plans = [
  ['the bundled plan (Hà Nội)', join(root, 'seeds/ke-hoach-159-KH-UBND-2025.txt')],
  ['Nghệ An’s plan of three indices', join(root, 'tests/corpus/04-nghean-ba-chi-so-2025/source.html')],
] as const;
const quiet = { out: () => {}, err: () => {} };
const dir = mkdtempSync(join(tmpdir(), 'chiso-overview-print-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeWithLibreOffice('the overview printed', () => {
  jest.setTimeout(180_000);

  it.each(plans)('keeps each five-criteria table of %s on one page, under its title and header', async (_name, source) => {
    const out = join(dir, `${plans.findIndex((p) => p[1] === source)}.xlsx`);
    expect(await main(['import', source, '-o', out, '--force'], quiet)).toBe(0);
    const pdf = await convert(out, 'pdf', dir);
    // The overview is the first sheet: its pages are the first few, split at form feeds.
    const pages = pdfText(pdf, { firstPage: 1, lastPage: 4, layout: false })
      .split('\f')
      .map((p) => p.replace(/\s+/g, ' '));
    const text = readFileSync(source, 'utf8');
    const imported = importPlan(source.endsWith('.html') ? { kind: 'html', html: text } : { kind: 'text', text });
    if (!imported.ok) throw new Error('the plan did not import');
    for (const [index, title] of [['PAR', 'PAR INDEX: NĂM TIÊU CHÍ'], ['PAPI', 'PAPI: NĂM TIÊU CHÍ']] as const) {
      const page = pages.findIndex((p) => p.includes(title));
      expect([index, page >= 0]).toEqual([index, true]);
      // The table's header and each of its criteria on the title's page (a name's first words: a long one wraps).
      const names = topAtStake(imported.plan.criteria.filter((c) => c.index === index), 5).map((c) => c.name.split(' ').slice(0, 4).join(' '));
      expect(names).toHaveLength(5);
      const onPage = pages[page]!.slice(pages[page]!.indexOf(title));
      expect([index, onPage.includes('Điểm còn'), names.filter((n) => !onPage.includes(n))]).toEqual([index, true, []]);
    }
  });
});
