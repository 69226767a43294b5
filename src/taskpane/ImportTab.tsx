import {
  Button,
  MessageBarActions,
  MessageBarTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ExcelHost } from '../excel/host';
import type { WorkbookSpec } from '../workbook-kit/spec';
import type { Strings } from '../strings';
import { workbookWords } from '../strings/workbook-words';
import { downloadBytes } from './download';
import type { Loaded } from '../app/load';
import type { Run } from './Busy';
import { engine } from './lazy';
import { PLAN_FILE_EXTENSIONS } from '../app/extensions';
import { pastedSource } from '../import/paste';
import { useReveal } from './reveal';
import { sourceProblem } from './words';
import { FilePicker } from './FilePicker';
// The module, not the importer's index: the pane's first paint must not carry the importer (lazy.ts).
import { tablesLost } from '../import/column-choices';
import type { TableOverride } from '../import';
import { ColumnMapping } from './ColumnMapping';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: '1.2em' },
  demo: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalM },
  result: { outline: 'none' },
});

export interface TabProps {
  t: Strings;
  host: ExcelHost | null;
  loaded: Extract<Loaded, { ok: true }> | null;
  /** Settles once the plan (with its members) is the pane's current plan. */
  onLoaded: (l: Extract<Loaded, { ok: true }>) => Promise<void>;
  onError: (message: string | null) => void;
  run: Run;
  busy: boolean;
}

export interface ImportTabProps extends TabProps {
  bundledPlan: () => Promise<string>;
  /** chiso's plan sheets are already in the open workbook: creating another set asks first. */
  sheetsInWorkbook: boolean;
  onSheetsCreated: () => void;
  /** Said on open when the plan was read from the workbook's own sheets. */
  notice: string | null;
  /** The step after the sheets exist: the Check tab. */
  onNext: () => void;
}

export function ImportTab({ t, host, loaded, onLoaded, onError, run, busy, bundledPlan, sheetsInWorkbook, onSheetsCreated, notice, onNext }: ImportTabProps) {
  const styles = useStyles();
  const [pasted, setPasted] = useState('');
  const [done, setDone] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);

  /** A plan read from a file (`file` its name) or from text that is not a file (`source` names it). */
  const accept = async (l: Loaded, from: { file: string } | { source: string }) => {
    setDone([]);
    if (l.ok) {
      await onLoaded(l);
      onError(null);
      return;
    }
    if ('source' in from) return onError(sourceProblem(t, l.problem, from.source));
    // Another of chiso's workbooks, known by the _meta the loader already read: said where it goes.
    if (l.problem.kind === 'not-a-plan-workbook' && l.problem.made === 'agency') return onError(t.ui.import.notPlanAgency(from.file));
    if (l.problem.kind === 'not-a-plan-workbook' && l.problem.made === 'master') return onError(t.ui.import.notPlanMaster(from.file));
    onError(t.readProblem(l.problem, from.file));
  };

  const [spec, setSpec] = useState<WorkbookSpec | null>(null);
  useEffect(() => {
    let live = true;
    if (!loaded) setSpec(null);
    else void engine().then((e) => live && setSpec(e.buildWorkbook(loaded.plan, loaded.findings, workbookWords(t))));
    return () => {
      live = false;
    };
  }, [loaded, t]);
  const counts = useMemo(() => {
    if (!loaded) return null;
    const of = (i: string) => loaded.plan.criteria.filter((c) => c.index === i).length;
    const sev = (s: string) => loaded.findings.filter((f) => f.severity === s).length;
    return { tasks: loaded.plan.tasks.length, criteria: loaded.plan.criteria.length, par: of('PAR'), sipas: of('SIPAS'), papi: of('PAPI'), errors: sev('error'), warnings: sev('warning') };
  }, [loaded]);
  const previewRef = useReveal<HTMLDivElement>(counts && spec ? counts : null);
  const doneRef = useReveal<HTMLDivElement>(done.length > 0 ? done : null);
  const confirmRef = useReveal<HTMLDivElement>(confirming);

  // The preview's column roles (ColumnMapping): a choice not read again yet holds back every write.
  const [pending, setPending] = useState(false);
  const readAgain = (columns: TableOverride[]) =>
    run(async () => {
      if (!loaded) return;
      const again = (await engine()).loadAgain(loaded, columns);
      if (!again) return;
      if (!again.ok) return onError(t.ui.mapping.failed);
      const lost = tablesLost(loaded.tables ?? [], again.tables ?? []);
      if (lost.length > 0) return onError(t.ui.mapping.lost(lost));
      setDone([]);
      await onLoaded(again);
      onError(null);
    }, 'import');

  const workbookBytes = async () => {
    const { writeWorkbook } = await import('../xlsx/write');
    return writeWorkbook(spec!);
  };

  const create = () =>
    run(async (signal, progress) => {
      const r = await host!.render(spec!, { signal, onProgress: (p) => progress(p.fraction) });
      onSheetsCreated();
      setDone([t.ui.import.created(r.sheets.map((s) => s.actual)), ...r.sheets.filter((s) => s.actual !== s.planned).map((s) => t.ui.import.renamed(s.planned, s.actual))]);
    }, 'create');

  const hasPlan = counts !== null && spec !== null;
  const fileInput = useRef<HTMLInputElement>(null);

  return (
    <section className={styles.column} aria-label={t.ui.tabs.import}>
      <Text>{t.ui.import.intro}</Text>
      {/* One primary button at a time: the file until a plan is read, then the sheets' step. */}
      <FilePicker
        inputRef={fileInput}
        label={t.ui.import.file}
        button={t.ui.import.chooseFile}
        hint={t.ui.import.fileHint}
        accept={PLAN_FILE_EXTENSIONS.map((e) => `.${e}`).join(',')}
        primary={!hasPlan}
        disabled={busy}
        onFiles={([file]) => {
          if (file) void run(async (signal) => {
            const bytes = new Uint8Array(await file.arrayBuffer());
            // A workbook is read in a Web Worker, with a time limit: Excel's UI thread never waits on it.
            const [e, { readInWorker }] = await Promise.all([engine(), import('./worker-read')]);
            const read = await e.loadFile(file.name, bytes, { readXlsx: (b) => readInWorker(b, { signal }) });
            await accept(read, { file: file.name });
          }, 'import');
        }}
      />
      {host && (
        <div className={styles.row}>
          <Button disabled={busy} onClick={() => run(async () => accept((await engine()).loadSource({ kind: 'range', values: await host.readSelection() }), { source: t.ui.import.selectionName }), 'import')}>
            {t.ui.import.selection}
          </Button>
        </div>
      )}
      <Field label={t.ui.import.paste}>
        <Textarea value={pasted} onChange={(_, d) => setPasted(d.value)} placeholder={t.ui.import.pastePlaceholder} resize="vertical" rows={4} />
      </Field>
      <div className={styles.row}>
        <Button disabled={busy || !pasted.trim()} onClick={() => run(async () => accept((await engine()).loadSource(pastedSource(pasted)), { source: t.ui.import.pastedName }), 'import')}>
          {t.ui.import.readPasted}
        </Button>
      </div>

      {notice && sheetsInWorkbook && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody data-testid="found-in-workbook">{notice}</MessageBarBody>
        </MessageBar>
      )}
      {hasPlan && (
        <div ref={previewRef} tabIndex={-1} className={styles.result}>
          <MessageBar intent={counts.errors > 0 ? 'warning' : 'success'} layout="multiline">
            <MessageBarBody>
              <div data-testid="import-preview">{t.ui.import.preview(counts)}</div>
              {!sheetsInWorkbook && (
                <>
                  <div>{t.ui.import.willCreate}</div>
                  <ul className={styles.list}>
                    {spec.sheets.filter((s) => s.state === 'visible').map((s) => (
                      <li key={s.name}>{s.name}</li>
                    ))}
                  </ul>
                </>
              )}
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      {hasPlan && <ColumnMapping t={t} loaded={loaded!} busy={busy} onReadAgain={readAgain} onPendingChange={setPending} />}
      {hasPlan && (
        <div className={styles.row}>
          {host && !sheetsInWorkbook && (
            <Button appearance="primary" disabled={busy || pending} onClick={create}>
              {t.ui.import.create}
            </Button>
          )}
          {host && sheetsInWorkbook && (
            <>
              {/* Just created: the next step stands under the result instead, the one primary button. */}
              {done.length === 0 && (
                <Button appearance={confirming ? 'secondary' : 'primary'} disabled={busy || pending} onClick={onNext}>
                  {t.ui.import.nextStep}
                </Button>
              )}
              <Button disabled={busy || confirming || pending} onClick={() => setConfirming(true)}>
                {t.ui.import.createAgain}
              </Button>
            </>
          )}
          <Button appearance={host ? 'secondary' : 'primary'} disabled={busy || pending} onClick={() => run(async () => downloadBytes(await workbookBytes(), `${fileStem(loaded?.plan.meta.number)}.xlsx`), 'workbook')}>
            {t.ui.import.download}
          </Button>
          {host && (
            <Button disabled={busy || pending} onClick={() => run(async () => host.openCopy(await workbookBytes()), 'open')}>
              {t.ui.import.openCopy}
            </Button>
          )}
        </div>
      )}
      {done.length > 0 && (
        <div ref={doneRef} tabIndex={-1} className={styles.result} data-testid="import-done">
          {done.map((m) => (
            <MessageBar key={m} intent="success" layout="multiline">
              <MessageBarBody>{m}</MessageBarBody>
            </MessageBar>
          ))}
        </div>
      )}
      {done.length > 0 && host && (
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={onNext}>
            {t.ui.import.nextStep}
          </Button>
        </div>
      )}

      {/* The demo plan last: a way to try chiso, not the first thing an official should press. */}
      {!hasPlan && (
        <div className={styles.demo}>
          <Text size={200}>{t.ui.import.demoHint}</Text>
          <Button disabled={busy} onClick={() => run(async () => accept((await engine()).loadSource({ kind: 'text', text: await bundledPlan() }), { file: 'ke-hoach-159-KH-UBND-2025.txt' }), 'import')}>
            {t.ui.import.bundled}
          </Button>
        </div>
      )}

      {/* Asked in place (not a modal): the pane stays readable at 270 px and the first paint stays small. */}
      {confirming && (
        <div ref={confirmRef} tabIndex={-1} className={styles.result} role="alertdialog" aria-label={t.ui.import.confirmTitle}>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.ui.import.confirmTitle}</MessageBarTitle> {t.ui.import.confirmBody}
            </MessageBarBody>
            <MessageBarActions>
              <Button appearance="primary" onClick={() => setConfirming(false)}>
                {t.ui.import.confirmNo}
              </Button>
              <Button
                onClick={() => {
                  setConfirming(false);
                  void create();
                }}
              >
                {t.ui.import.confirmYes}
              </Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      )}
    </section>
  );
}

/** 'ke-hoach-159-KH-UBND' from '159/KH-UBND'. */
function fileStem(number: string | null | undefined): string {
  return `ke-hoach-${(number ?? 'chiso').replace(/[^\p{L}\p{N}-]+/gu, '-')}`;
}
