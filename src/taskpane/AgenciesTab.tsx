import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ExcelHost } from '../excel/host';
import { useEffect, useState } from 'react';
import type { MasterData } from '../master-workbook/read';
import type { DueSource } from '../periods/calendar';
import type { Strings } from '../strings';
import { isFileProblem } from '../agencies/file-problems';
import type { Rejection } from '../agencies/refusal';
import { DOCX_TYPE, downloadBytes } from './download';
import type { Run } from './Busy';
import { isDueDate } from '../app/dates';
import { engine } from './lazy';
import type { Loaded } from '../app/load';
import { FilePicker } from './FilePicker';
import { useReveal } from './reveal';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { marginTop: tokens.spacingVerticalS },
  step: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: '1.2em' },
  result: { outline: 'none' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // A native select is as wide as its longest option (a commune's full name): held to the pane's width.
  fit: { minWidth: 0, maxWidth: '100%' },
  fitSelect: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
});

/** ' — Tiêu chí!H5': a cell reference may already name its sheet. */
function where(r: Rejection): string {
  if (r.cell) return ` — ${r.cell.includes('!') || !r.sheet ? r.cell : `${r.sheet}!${r.cell}`}`;
  return r.sheet ? ` — ${r.sheet}` : '';
}

/** Refusals listed in the pane; the master's Nhật ký sheet has them all. */
const SHOWN_REFUSALS = 20;

/**
 * Sở Nội vụ's work in the pane, in two steps: (1) a report workbook for every agency and commune
 * (one .zip), (2) the returned workbooks compiled into a master, one file at a time with a count,
 * with what was refused listed, and the master downloaded or opened as a new workbook.
 */
export function AgenciesTab({ t, host, loaded, run, busy }: { t: Strings; host: ExcelHost | null; loaded: Extract<Loaded, { ok: true }> | null; run: Run; busy: boolean }) {
  const styles = useStyles();
  const [due, setDue] = useState('');
  const [password, setPassword] = useState('');
  const dueOk = due.trim() === '' || isDueDate(due);
  const [done, setDone] = useState<string | null>(null);
  const [refused, setRefused] = useState<Rejection[]>([]);
  const [master, setMaster] = useState<Uint8Array | null>(null);
  const [names, setNames] = useState<{ key: string; name: string }[]>([]);
  const [picked, setPicked] = useState('');
  const [period, setPeriod] = useState('');
  const [reportProblem, setReportProblem] = useState<string | null>(null);
  const [people, setPeople] = useState<{ total: number; withEmail: number } | null>(null);
  const doneRef = useReveal<HTMLDivElement>(done);
  const canOpen = host?.canOpenCopy() ?? false;
  // The reporting round (issue #15): picked from the national calendar, and the previous round's master.
  const [rounds, setRounds] = useState<{ id: string; name: string }[]>([]);
  const [roundId, setRoundId] = useState('');
  const [previous, setPrevious] = useState<{ file: string; master: MasterData } | null>(null);
  const [previousProblem, setPreviousProblem] = useState<string | null>(null);
  const year = loaded?.plan.meta.targetYear ?? new Date().getFullYear();
  const calendar = loaded?.plan.calendar;
  useEffect(() => {
    // The calendar comes with the engine, so the first paint does not carry it. The national
    // rounds of the plan's year and the next, then the monthly and ad-hoc rounds the plan workbook's Lịch báo cáo adds.
    void engine().then((e) => {
      const national = [year, year + 1].flatMap((y) => e.nationalPeriods(y));
      const added = [...new Set([...Object.keys(calendar?.overrides ?? {}), ...(calendar?.listed ?? [])])]
        .filter((id) => !national.some((p) => p.id === id))
        .flatMap((id) => e.parsePeriod(id) ?? [])
        .sort((a, b) => e.comparePeriods(a.id, b.id));
      setRounds([...national, ...added].map((p) => ({ id: p.id, name: e.periodName(p) })));
    });
  }, [year, calendar]);
  // The round's due date for units: the field below when filled, else the plan workbook's Lịch báo cáo, else the ministry's.
  const [roundDue, setRoundDue] = useState<{ due: string | null; from: DueSource | null } | null>(null);
  useEffect(() => {
    let live = true;
    if (!roundId) setRoundDue(null);
    else
      void engine().then((e) => {
        const r = e.roundOf(roundId, calendar, dueIsoOf(due));
        if (live) setRoundDue(r ? { due: r.unitDue, from: r.dueFrom } : null);
      });
    return () => {
      live = false;
    };
  }, [roundId, calendar, due]);

  useEffect(() => {
    let live = true;
    if (!loaded) setPeople(null);
    else
      void engine().then((e) => {
        const all = e.recipients(loaded.plan);
        if (live) setPeople({ total: all.length, withEmail: all.filter((a) => a.recipient.email).length });
      });
    return () => {
      live = false;
    };
  }, [loaded]);

  /** The Word report from a master (the one just compiled, or one picked): downloaded; Excel cannot open a Word file itself. */
  const report = (bytes: Uint8Array, file: string) =>
    run(async () => {
      setReportProblem(null);
      const { reportFromMaster } = await import('./report');
      const dueIso = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(due.trim());
      const made = await reportFromMaster(bytes, file, t, { period: period.trim() || null, due: dueIso ? `${dueIso[3]}-${dueIso[2]!.padStart(2, '0')}-${dueIso[1]!.padStart(2, '0')}` : null });
      if (!made.ok) return setReportProblem(made.message);
      downloadBytes(made.bytes, made.name, DOCX_TYPE);
      setRefused([]);
      setDone(t.ui.report.done(made.name));
    }, 'report');
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
      <FilePicker
        label={t.ui.report.fromMaster}
        button={t.ui.agencies.chooseMaster}
        hint={t.ui.report.fromMasterHint}
        accept=".xlsx"
        disabled={busy}
        onFiles={([f]) => {
          if (f) void f.arrayBuffer().then((b) => report(new Uint8Array(b), f.name));
        }}
      />
      {reportProblem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody data-testid="report-problem">{reportProblem}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
  // Something refused is a warning to read, not a green bar.
  const doneBar = done && (
    <div ref={doneRef} tabIndex={-1} className={styles.result}>
      <MessageBar intent={refused.length > 0 ? 'warning' : 'success'} layout="multiline">
        <MessageBarBody>
          <div data-testid="agencies-done">{done}</div>
          {refused.length > 0 && (
            <>
              <div>{t.ui.agencies.refused(refused.length)}</div>
              <ul className={styles.list} data-testid="refused">
                {refused.slice(0, SHOWN_REFUSALS).map((r, i) => (
                  // A file refused whole is named by its sentence already ("Tệp … bị cắt cụt"): not twice.
                  // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered.
                  <li key={i}>{isFileProblem(r) ? t.refusal(r, r.file) : `${r.file}${where(r)}: ${t.refusal(r, r.file)}`}</li>
                ))}
              </ul>
              {refused.length > SHOWN_REFUSALS && <div>{t.ui.agencies.refusedMore(refused.length - SHOWN_REFUSALS)}</div>}
            </>
          )}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
  if (!loaded)
    return (
      <section className={styles.column} aria-label={t.ui.tabs.agencies}>
        <Text>{t.ui.overview.empty}</Text>
        {reportSection}
        {doneBar}
      </section>
    );

  const round = async () => (roundId ? (await engine()).roundOf(roundId, loaded.plan.calendar, dueIsoOf(due)) : null);
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
    }, 'previous');

  const assemble = () =>
    run(async (signal, progress) => {
      const made = await (await engine()).assembleWorkbooks(loaded.plan, await options(signal, (done, total) => progress(done / total, done, total)));
      downloadBytes(made.zip.bytes, made.zip.name);
      setRefused([]);
      setDone(t.ui.agencies.assembled(made.workbooks.length));
    }, 'assemble');

  /** One agency's workbook: in Excel opened as a new workbook (Excel.createWorkbook), in a browser downloaded. */
  const oneWorkbook = () =>
    run(async () => {
      const file = await (await engine()).agencyWorkbookFile(loaded.plan, picked, await options());
      if (!file) return;
      if (host && canOpen) await host.openCopy(file.bytes);
      else downloadBytes(file.bytes, file.name);
    }, host && canOpen ? 'open' : 'workbook');
  const listRecipients = () =>
    run(async () => {
      const list = (await engine()).recipients(loaded.plan).map((a) => ({ key: a.recipient.key, name: a.recipient.name }));
      setNames(list);
      setPicked(list[0]?.key ?? '');
    }, 'workbook');

  /** The reader's worker started, and given the plan, while the user chooses the returns (the first file is read sooner). */
  const warmReader = () =>
    void Promise.all([round(), import('./worker-read')])
      .then(([r, { warmReturnsWorker }]) => warmReturnsWorker({ plan: loaded.plan, period: r?.period.id ?? null }))
      .catch(() => {});
  /** The returned files read here, one at a time, with a count beside the bar. */
  const compileFiles = (list: File[]) =>
    run(async (signal, progress) => {
      const e = await engine();
      const { returnsInWorker } = await import('./worker-read');
      const files = list.map((f) => ({ name: f.name, open: async () => ({ ok: true as const, bytes: new Uint8Array(await f.arrayBuffer()), modified: f.lastModified }) }));
      // Each file read and reduced to its values in a Web Worker with a time limit; cancelling stops the worker mid-read.
      const r = await round();
      const read = returnsInWorker({ plan: loaded.plan, period: r?.period.id ?? null }, { signal });
      const outcome = await e.compileReturns(loaded.plan, files, read, { signal, onProgress: (done, total) => progress(done / total, done, total) });
      // Let the last count show before the master is written (the lean writer runs without a pause).
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      // Written in memory here, in one pass when the lean writer covers the master (no exceljs to load); the command line streams it.
      const spec = e.masterSpec(loaded.plan, outcome, new Date().toISOString().slice(0, 10), (x, f) => t.refusal(x, f), r ? { round: r, previous: previous?.master ?? null } : null);
      const { leanSurvey, writeLeanBytes } = await import('../xlsx/write-lean');
      const surveyed = leanSurvey(spec);
      setMaster(surveyed.gaps.length === 0 ? writeLeanBytes(spec, undefined, surveyed) : await (await import('../xlsx/write')).writeWorkbook(spec));
      const result = outcome.compiled;
      setRefused(result.rejected);
      setDone(t.ui.agencies.compiled(e.compileCounts(result)));
    }, 'compile');

  return (
    <section className={styles.column} aria-label={t.ui.tabs.agencies}>
      <Text>{t.ui.agencies.intro}</Text>
      {/* The round applies to both steps: what is sent out, and what is compiled back. */}
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
      {roundId && roundDue && <Text data-testid="round-due">{t.ui.agencies.roundDue(roundDue.due, roundDue.from)}</Text>}
      {roundId && (
        <FilePicker
          label={t.ui.agencies.previous}
          button={t.ui.agencies.chooseMaster}
          hint={t.ui.agencies.previousHint}
          accept=".xlsx"
          disabled={busy}
          onFiles={([f]) => {
            if (f) void f.arrayBuffer().then((b) => pickPrevious(new Uint8Array(b), f.name));
          }}
        />
      )}
      {roundId && previous && <Text data-testid="previous-master">{t.ui.agencies.previousRead(previous.file, previous.master.periodName ?? rounds.find((r) => r.id === previous.master.period)?.name ?? previous.master.period)}</Text>}
      {previousProblem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody data-testid="previous-problem">{previousProblem}</MessageBarBody>
        </MessageBar>
      )}
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        {t.ui.agencies.sendTitle}
      </Text>
      <Field label={t.ui.agencies.due} validationState={dueOk ? 'none' : 'error'} validationMessage={dueOk ? undefined : t.ui.agencies.dueInvalid}>
        <Input value={due} onChange={(_, d) => setDue(d.value)} placeholder={t.ui.agencies.duePlaceholder} />
      </Field>
      {due.trim() === '' && !(roundId && roundDue?.due) && people && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody data-testid="no-due">{t.ui.agencies.noDue(people.total)}</MessageBarBody>
        </MessageBar>
      )}
      {people && <Text data-testid="emails">{t.ui.agencies.emails(people.withEmail, people.total)}</Text>}
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
        <Field label={t.ui.agencies.pickOne} className={styles.fit}>
          <Select className={styles.fit} select={{ className: styles.fitSelect }} value={picked} onChange={(_, d) => setPicked(d.value)}>
            {names.map((n) => (
              <option key={n.key} value={n.key}>
                {n.name}
              </option>
            ))}
          </Select>
          <Button disabled={busy || !picked || !dueOk} onClick={oneWorkbook}>
            {host && canOpen ? t.ui.import.openCopy : t.ui.agencies.downloadOne}
          </Button>
        </Field>
      )}
      {host && <Text size={200}>{t.ui.agencies.macHint}</Text>}

      <Text as="h2" size={400} weight="semibold" className={styles.step}>
        {t.ui.agencies.compileTitle}
      </Text>
      <FilePicker label={t.ui.agencies.compileLabel} button={t.ui.agencies.chooseReturns} hint={t.ui.agencies.compileHint} accept=".xlsx,.zip" multiple disabled={busy} onOpen={warmReader} onFiles={(files) => void compileFiles(files)} />
      {doneBar}
      {master && (
        <div className={styles.row}>
          {host && canOpen && (
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() =>
                run(async () => {
                  await host.openCopy(master);
                  setDone(t.ui.agencies.opened);
                  setRefused([]);
                }, 'open')
              }
            >
              {t.ui.agencies.openMaster}
            </Button>
          )}
          <Button appearance={host && canOpen ? 'secondary' : 'primary'} disabled={busy} onClick={() => downloadBytes(master, 'tong-hop.xlsx')}>
            {t.ui.agencies.downloadMaster}
          </Button>
        </div>
      )}
      {reportSection}
    </section>
  );
}

/** 'dd/mm/yyyy' as typed → 'YYYY-MM-DD', or null. */
function dueIsoOf(due: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(due.trim());
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : null;
}
