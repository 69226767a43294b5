import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ExcelHost } from '../excel/host';
import { useEffect, useState } from 'react';
import type { MasterData } from '../master-workbook/read';
import type { Strings } from '../strings';
import { DOCX_TYPE, downloadBytes } from './download';
import type { Run } from './Busy';
import { isDueDate } from '../app/dates';
import { engine } from './lazy';
import type { Loaded } from '../app/load';

const useStyles = makeStyles({ column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/**
 * Sở Nội vụ's work in the pane: a report workbook for every agency and commune (one .zip), and
 * the returned workbooks compiled into a master, one file at a time with a count.
 */
export function AgenciesTab({ t, host, loaded, run, busy }: { t: Strings; host: ExcelHost | null; loaded: Extract<Loaded, { ok: true }> | null; run: Run; busy: boolean }) {
  const styles = useStyles();
  const [due, setDue] = useState('');
  const [password, setPassword] = useState('');
  const dueOk = due.trim() === '' || isDueDate(due);
  const [done, setDone] = useState<string | null>(null);
  const [master, setMaster] = useState<Uint8Array | null>(null);
  const [names, setNames] = useState<{ key: string; name: string }[]>([]);
  const [picked, setPicked] = useState('');
  const [period, setPeriod] = useState('');
  const [reportProblem, setReportProblem] = useState<string | null>(null);
  // The reporting round (issue #15): picked from the national calendar, and the previous round's master.
  const [rounds, setRounds] = useState<{ id: string; name: string }[]>([]);
  const [roundId, setRoundId] = useState('');
  const [previous, setPrevious] = useState<{ file: string; master: MasterData } | null>(null);
  const [previousProblem, setPreviousProblem] = useState<string | null>(null);
  const year = loaded?.plan.meta.targetYear ?? new Date().getFullYear();
  useEffect(() => {
    // The calendar comes with the engine, so the first paint does not carry it.
    void engine().then((e) => setRounds([year, year + 1].flatMap((y) => e.nationalPeriods(y)).map((p) => ({ id: p.id, name: e.periodName(p) }))));
  }, [year]);
  /** The Word report from a master (the one just compiled, or one picked): downloaded; Excel cannot open a Word file itself. */
  const report = (bytes: Uint8Array, file: string) =>
    run(async () => {
      setReportProblem(null);
      const { reportFromMaster } = await import('./report');
      const dueIso = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(due.trim());
      const made = await reportFromMaster(bytes, file, t, { period: period.trim() || null, due: dueIso ? `${dueIso[3]}-${dueIso[2]!.padStart(2, '0')}-${dueIso[1]!.padStart(2, '0')}` : null });
      if (!made.ok) return setReportProblem(made.message);
      downloadBytes(made.bytes, made.name, DOCX_TYPE);
      setDone(t.ui.report.done(made.name));
    });
  const reportSection = (
    <>
      <Field label={t.ui.report.period}>
        <Input value={period} onChange={(_, d) => setPeriod(d.value)} placeholder="Quý III/2025" />
      </Field>
      {master && (
        <Button disabled={busy} onClick={() => report(master, 'tong-hop.xlsx')}>
          {t.ui.report.download}
        </Button>
      )}
      <Field label={t.ui.report.fromMaster} hint={t.ui.report.fromMasterHint}>
        <input
          type="file"
          accept=".xlsx"
          disabled={busy}
          aria-label={t.ui.report.fromMaster}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f) void f.arrayBuffer().then((b) => report(new Uint8Array(b), f.name));
            e.currentTarget.value = '';
          }}
        />
      </Field>
      {reportProblem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody data-testid="report-problem">{reportProblem}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
  const doneBar = done && (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody data-testid="agencies-done">{done}</MessageBarBody>
    </MessageBar>
  );
  if (!loaded)
    return (
      <section className={styles.column} aria-label={t.ui.tabs.agencies}>
        <Text>{t.ui.overview.empty}</Text>
        {reportSection}
        {doneBar}
      </section>
    );

  const dueIso = () => {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(due.trim());
    return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : null;
  };
  const round = async () => (roundId ? (await engine()).roundOf(roundId, undefined, dueIso()) : null);
  const options = async (signal?: AbortSignal, progress?: (done: number, total: number) => void) => ({
    due: due.trim() || null,
    password: password || null,
    generatedAt: new Date().toISOString(),
    signal,
    onProgress: progress,
    round: await round(),
    previous: previous?.master ?? null,
  });
  const pickPrevious = (bytes: Uint8Array, file: string) =>
    run(async () => {
      setPreviousProblem(null);
      const read = await (await engine()).readMasterBytes(bytes, file, loaded.plan.meta.number, t);
      if (!read.ok) return setPreviousProblem(read.message);
      setPrevious({ file, master: read.master });
    });

  const assemble = () =>
    run(async (signal, progress) => {
      const made = await (await engine()).assembleWorkbooks(loaded.plan, await options(signal, (done, total) => progress(done / total, done, total)));
      downloadBytes(made.zip.bytes, made.zip.name);
      setDone(t.ui.agencies.assembled(made.workbooks.length));
    });

  /** One agency's workbook: in Excel opened as a new workbook (Excel.createWorkbook), in a browser downloaded. */
  const oneWorkbook = () =>
    run(async () => {
      const file = await (await engine()).agencyWorkbookFile(loaded.plan, picked, await options());
      if (!file) return;
      if (host) await host.openCopy(file.bytes);
      else downloadBytes(file.bytes, file.name);
    });
  const listRecipients = () =>
    run(async () => {
      const list = (await engine()).recipients(loaded.plan).map((a) => ({ key: a.recipient.key, name: a.recipient.name }));
      setNames(list);
      setPicked(list[0]?.key ?? '');
    });

  /** The returned files read here, one at a time, with a count beside the bar. */
  const compileFiles = (list: File[]) =>
    run(async (signal, progress) => {
      const e = await engine();
      const files = list.map((f) => ({ name: f.name, open: async () => ({ ok: true as const, bytes: new Uint8Array(await f.arrayBuffer()), modified: f.lastModified }) }));
      const r = await round();
      const outcome = await e.compileReturns(loaded.plan, files, e.returnExtractor(loaded.plan, undefined, undefined, r?.period.id ?? null), { signal, onProgress: (done, total) => progress(done / total, done, total) });
      // Written in memory here; the command line streams its master instead.
      const { writeWorkbook } = await import('../xlsx/write');
      setMaster(await writeWorkbook(e.masterSpec(loaded.plan, outcome, new Date().toISOString().slice(0, 10), (x, f) => t.refusal(x, f), r ? { round: r, previous: previous?.master ?? null } : null)));
      const result = outcome.compiled;
      setDone(t.ui.agencies.compiled(list.length, result.values.length, result.rejected.length, result.missing.length));
    });

  return (
    <section className={styles.column} aria-label={t.ui.tabs.agencies}>
      <Text>{t.ui.agencies.intro}</Text>
      <Field label={t.ui.agencies.due} validationState={dueOk ? 'none' : 'error'} validationMessage={dueOk ? undefined : t.ui.agencies.dueInvalid}>
        <Input value={due} onChange={(_, d) => setDue(d.value)} placeholder="15/12/2025" />
      </Field>
      <Field label={t.ui.agencies.round}>
        <Select value={roundId} onChange={(_, d) => setRoundId(d.value)}>
          <option value="">{t.ui.agencies.roundNone}</option>
          {rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.ui.agencies.previous} hint={t.ui.agencies.previousHint}>
        <input
          type="file"
          accept=".xlsx"
          disabled={busy || !roundId}
          aria-label={t.ui.agencies.previous}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f) void f.arrayBuffer().then((b) => pickPrevious(new Uint8Array(b), f.name));
            e.currentTarget.value = '';
          }}
        />
      </Field>
      {previous && <Text data-testid="previous-master">{t.ui.agencies.previousRead(previous.file, rounds.find((r) => r.id === previous.master.period)?.name ?? previous.master.period)}</Text>}
      {previousProblem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody data-testid="previous-problem">{previousProblem}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t.ui.agencies.password} hint={t.ui.agencies.passwordHint}>
        <Input type="password" value={password} onChange={(_, d) => setPassword(d.value)} />
      </Field>
      <Button appearance="primary" disabled={busy || !dueOk} onClick={assemble}>
        {t.ui.agencies.assemble}
      </Button>
      {names.length === 0 && (
        <Button disabled={busy} onClick={listRecipients}>
          {t.ui.agencies.choose}
        </Button>
      )}
      {names.length > 0 && (
        <Field label={t.ui.agencies.pickOne}>
          <Select value={picked} onChange={(_, d) => setPicked(d.value)}>
            {names.map((n) => (
              <option key={n.key} value={n.key}>
                {n.name}
              </option>
            ))}
          </Select>
          <Button disabled={busy || !picked || !dueOk} onClick={oneWorkbook}>
            {host ? t.ui.import.openCopy : t.ui.agencies.downloadOne}
          </Button>
        </Field>
      )}
      <Field label={t.ui.agencies.compileLabel} hint={t.ui.agencies.compileHint}>
        <input
          type="file"
          accept=".xlsx"
          multiple
          disabled={busy}
          aria-label={t.ui.agencies.compileLabel}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            if (files.length) void compileFiles(files);
            e.currentTarget.value = '';
          }}
        />
      </Field>
      {doneBar}
      {master && (
        <Button disabled={busy} onClick={() => downloadBytes(master, 'tong-hop.xlsx')}>
          {t.ui.agencies.downloadMaster}
        </Button>
      )}
      {reportSection}
    </section>
  );
}
