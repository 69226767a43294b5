import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assign } from '../../src/agencies/recipients';
import { returnReader } from '../../src/agency-workbook/read';
import { warmUp } from '../../src/app/warm-up';
import sample from '../../src/app/warm-up-sample.json';
import { PlanSchema, type Plan } from '../../src/plan/schema';
import { asReturn, readWorkbookSync } from '../../src/xlsx/read';
import { makeWarmUpSample } from '../support/warm-up-sample';

/** The committed sample's bytes. */
const committed = () => new Uint8Array(Buffer.from(sample.xlsx, 'base64'));

describe('the return the pane reads while the file chooser is open (warming its reader up)', () => {
  it('is the bundled plan’s, written by today’s template (UPDATE_WARM_UP=1 writes it anew)', async () => {
    const fresh = await makeWarmUpSample();
    if (process.env.UPDATE_WARM_UP) {
      writeFileSync(join(__dirname, '../../src/app/warm-up-sample.json'), `${JSON.stringify({ plan: fresh.plan, xlsx: Buffer.from(fresh.bytes).toString('base64') })}\n`);
      return;
    }
    const read = (bytes: Uint8Array) => {
      const r = readWorkbookSync(bytes);
      if (!r.ok) throw new Error(JSON.stringify(r.problem));
      return r.workbook;
    };
    // Stale after a change of the template or the importer: run the test again with UPDATE_WARM_UP=1.
    expect(sample.plan).toEqual(JSON.parse(JSON.stringify(fresh.plan)));
    expect(read(committed())).toEqual(read(fresh.bytes));
  });

  it('holds a plan the plan schema accepts (the worker does not parse it)', () => {
    expect(PlanSchema.safeParse(sample.plan).success).toBe(true);
  });

  it('reads as a filled return of its plan: a status on every task, a score on every criterion, nothing refused', () => {
    const plan = sample.plan as Plan;
    const assignments = assign(plan).assignments;
    const extract = returnReader(plan, assignments)(asReturn('warm-up.xlsx', 0, readWorkbookSync(committed())));
    if (extract.refused) throw new Error(`refused: ${JSON.stringify(extract.refused)}`);
    expect(extract.rejected).toEqual([]);
    const agency = assignments.find((a) => a.recipient.key === extract.agency)!;
    const fields = (f: string) => extract.values.filter((v) => v.field === f).length;
    expect([fields('status'), fields('selfAssessment')]).toEqual([new Set([...agency.leads, ...agency.supports]).size, agency.criteria.length]);
    expect(fields('status')).toBeGreaterThan(20);
  });

  it('works in slices for at most its budget, and stops at the first slice after a real request comes', async () => {
    // A clock that moves a millisecond each time it is read: a slice of 5 reads it six times and
    // reads the return four times.
    let clock = 0;
    const now = () => clock++;
    let slices = 0;
    const whole = await warmUp({ budgetMs: 20, sliceMs: 5, pause: async () => void slices++, stop: () => false, now });
    // Four slices of 6 ms: the budget is passed by at most one slice.
    expect([slices, whole.reads]).toEqual([4, 16]);
    let asked = false;
    slices = 0;
    const cut = await warmUp({
      budgetMs: 1_000,
      sliceMs: 5,
      pause: async () => {
        slices++;
        asked = true;
      },
      stop: () => asked,
      now,
    });
    expect([slices, cut.reads]).toEqual([1, 4]);
  });
});
