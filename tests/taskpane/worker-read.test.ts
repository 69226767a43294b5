import { agencyWorkbook } from '../../src/agency-workbook/write';
import { returnExtractor } from '../../src/app/extract';
import { writeWorkbook } from '../../src/xlsx/write';
import { AGENCY_OPTIONS, seedPlan, seedRecipients } from '../support/seed';

/**
 * How the pane's reader answers when its Web Worker does not: a worker file that cannot load is
 * read in the page; a worker that crashes on a file answers that file as damaged and never reads it
 * on Excel's own thread. Workers of our own making stand in for the browser's (Chromium runs the
 * real one in tests/e2e/read-worker.test.ts).
 */

type Behaviour = 'refused' | 'cannot-load' | 'crashes';

/** Installs a Worker that behaves as asked, and the document the pane resolves its file against. */
function fakeWorkers(behaviour: Behaviour): { started: number } {
  const seen = { started: 0 };
  class FakeWorker {
    onmessage: ((e: { data: unknown }) => void) | null = null;
    onerror: ((e: { message: string; preventDefault: () => void }) => void) | null = null;
    onmessageerror: (() => void) | null = null;
    constructor() {
      if (behaviour === 'refused') throw new DOMException('Workers are not allowed here', 'SecurityError');
      seen.started++;
      // A worker file that loaded says so first, as read-worker.ts does.
      if (behaviour === 'crashes') setTimeout(() => this.onmessage?.({ data: { ready: true } }), 0);
      else setTimeout(() => this.onerror?.({ message: '', preventDefault: () => {} }), 0);
    }
    postMessage(message: unknown): void {
      if (behaviour === 'crashes' && typeof message === 'object' && message !== null && 'id' in message) setTimeout(() => this.onerror?.({ message: 'Uncaught RangeError: out of memory', preventDefault: () => {} }), 5);
    }
    terminate(): void {}
  }
  Object.assign(globalThis, { Worker: FakeWorker, document: { baseURI: 'http://localhost/taskpane.html' } });
  return seen;
}

describe('the pane’s reader when its worker fails', () => {
  const plan = seedPlan();
  const agency = seedRecipients(plan).find((x) => x.recipient.key === 'AGENCY:Sở Nội vụ')!;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeWorkbook(agencyWorkbook(plan, agency, AGENCY_OPTIONS));
  });
  beforeEach(() => {
    jest.resetModules();
    // Time runs as usual, but the reader's one-minute idle timer is dropped after each test
    // instead of holding Jest open for that minute.
    jest.useFakeTimers({ advanceTimers: true });
  });
  afterEach(() => {
    jest.clearAllTimers();
    jest.useRealTimers();
    delete (globalThis as { Worker?: unknown }).Worker;
    delete (globalThis as { document?: unknown }).document;
  });

  it.each(['cannot-load', 'refused'] as const)('reads in the page when no worker can start (%s)', async (behaviour) => {
    fakeWorkers(behaviour);
    const { returnsInWorker } = await import('../../src/taskpane/worker-read');
    const answer = await returnsInWorker({ plan, period: null })({ name: 'a.xlsx', modified: 0, bytes });
    expect(answer).toEqual(await returnExtractor(plan)({ name: 'a.xlsx', modified: 0, bytes }));
    expect(answer.refused).toBeNull();
  });

  it('answers a file the worker crashed on as damaged, and the files after it too, each in a fresh worker', async () => {
    const seen = fakeWorkers('crashes');
    const { returnsInWorker, readInWorker } = await import('../../src/taskpane/worker-read');
    const read = returnsInWorker({ plan, period: null });
    const answers = await Promise.all(['a.xlsx', 'b.xlsx'].map((name) => read({ name, modified: 7, bytes })));
    expect(answers).toEqual([
      { file: 'a.xlsx', modified: 7, refused: { reason: 'damaged' } },
      { file: 'b.xlsx', modified: 7, refused: { reason: 'damaged' } },
    ]);
    expect(seen.started).toBe(2);
    expect(await readInWorker(bytes)).toEqual({ ok: false, problem: { kind: 'unreadable', message: 'Uncaught RangeError: out of memory' } });
  });
});
