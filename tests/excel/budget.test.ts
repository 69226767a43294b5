import { createExcelHost } from '../../src/excel/excel-host';
import { readPlan } from '../../src/plan-workbook/read';
import { createFakeExcel } from '../support/fake-excel';
import { seed, synthetic } from './fixtures';

/**
 * DESIGN §6: the number of syncs grows with the payload, never with rows as such. Each render is
 * one sync for the sheet names plus one per 4 MB of payload; no sync carries more than 4 MB.
 */

const MB4 = 4 * 1024 * 1024;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

interface Measure {
  rows: number;
  render: { syncs: number; payloads: number[] };
  read: { syncs: number; responses: number[] };
}

const measured = new Map<string, Measure>();

async function measure(label: string, build: () => ReturnType<typeof seed>): Promise<Measure> {
  const { plan, spec } = build();
  const fake = createFakeExcel();
  const host = createExcelHost(fake);
  const result = await host.render(spec);
  const render = { syncs: fake.stats.syncs, payloads: [...fake.stats.payloads] };
  expect(result.syncs).toBe(render.syncs);
  fake.resetStats();
  const wb = await host.readAll();
  const read = { syncs: fake.stats.syncs, responses: [...fake.stats.responses] };
  const back = readPlan(wb);
  if (!back.ok) throw new Error(back.problem);
  expect(back.plan).toEqual(plan);
  const m = { rows: spec.sheets.reduce((n, s) => n + s.rows.length, 0), render, read };
  measured.set(label, m);
  return m;
}

describe('sync budget', () => {
  afterAll(() => {
    const lines = [...measured].map(
      ([label, m]) =>
        `${label}: ${m.rows} rows; render ${m.render.syncs} syncs, payload ${(sum(m.render.payloads) / 1e6).toFixed(2)} MB (max ${(Math.max(...m.render.payloads) / 1e6).toFixed(2)}); ` +
        `readAll ${m.read.syncs} syncs, response ${(sum(m.read.responses) / 1e6).toFixed(2)} MB (max ${(Math.max(...m.read.responses) / 1e6).toFixed(2)})`,
    );
    console.log(lines.join('\n'));
  });

  it.each([
    ['seed', () => seed()],
    ['5x', () => synthetic(5)],
    ['10x', () => synthetic(10)],
    ['100x', () => synthetic(100)],
  ] as const)('%s: render and readAll stay within the payload-driven budget', async (label, build) => {
    const m = await measure(label, build);
    const total = sum(m.render.payloads);
    expect(m.render.syncs).toBeLessThanOrEqual(2 + Math.ceil(total / MB4));
    expect(Math.max(...m.render.payloads)).toBeLessThanOrEqual(MB4);
    expect(Math.max(...m.read.responses)).toBeLessThanOrEqual(MB4);
    expect(m.read.syncs).toBeLessThanOrEqual(3 + Math.ceil(sum(m.read.responses) / (MB4 / 2)));
  }, 120000);

  it('the sync count does not grow with rows while the payload fits one chunk', () => {
    const s = measured.get('seed')!;
    const five = measured.get('5x')!;
    expect(five.rows).toBeGreaterThan(4 * s.rows);
    expect(sum(five.render.payloads)).toBeLessThan(MB4);
    expect(five.render.syncs).toBe(s.render.syncs);
    expect(s.render.syncs).toBe(2);
    // Reading: sheet list, used ranges, then the cells; the seed and 5x both fit one read.
    expect(s.read.syncs).toBe(3);
  });
});
