import { Button, Field, MessageBar, MessageBarBody, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { ExcelHost } from '../excel/host';
import type { WorkbookSpec } from '../workbook-kit/spec';
import { workbookWords, type Strings } from '../strings';
import { downloadBytes } from './download';
import type { Loaded } from '../app/load';
import type { Run } from './Busy';
import { engine } from './lazy';
import { PLAN_FILE_EXTENSIONS } from '../app/extensions';
import { pastedSource } from '../import/paste';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: '1.2em' },
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

export function ImportTab({ t, host, loaded, onLoaded, onError, run, busy, bundledPlan }: TabProps & { bundledPlan: () => Promise<string> }) {
  const styles = useStyles();
  const [pasted, setPasted] = useState('');
  const [done, setDone] = useState<string[]>([]);

  const accept = async (l: Loaded, file: string) => {
    setDone([]);
    if (l.ok) {
      await onLoaded(l);
      onError(null);
    } else onError(t.readProblem(l.problem, file));
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

  const workbookBytes = async () => {
    const { writeWorkbook } = await import('../xlsx/write');
    return writeWorkbook(spec!);
  };

  return (
    <section className={styles.column} aria-label={t.ui.tabs.import}>
      <Text>{t.ui.import.intro}</Text>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => run(async () => accept((await engine()).loadSource({ kind: 'text', text: await bundledPlan() }), 'ke-hoach-159-KH-UBND-2025.txt'))}>
          {t.ui.import.bundled}
        </Button>
        {host && (
          <Button disabled={busy} onClick={() => run(async () => accept((await engine()).loadSource({ kind: 'range', values: await host.readSelection() }), t.ui.import.selection))}>
            {t.ui.import.selection}
          </Button>
        )}
      </div>
      <Field label={t.ui.import.file} hint={t.ui.import.fileHint}>
        <input
          type="file"
          accept={PLAN_FILE_EXTENSIONS.map((e) => `.${e}`).join(',')}
          disabled={busy}
          aria-label={t.ui.import.file}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void run(async () => accept(await (await engine()).loadFile(file.name, new Uint8Array(await file.arrayBuffer())), file.name));
            e.currentTarget.value = '';
          }}
        />
      </Field>
      <Field label={t.ui.import.paste}>
        <Textarea value={pasted} onChange={(_, d) => setPasted(d.value)} placeholder={t.ui.import.pastePlaceholder} resize="vertical" rows={4} />
      </Field>
      <div className={styles.row}>
        <Button disabled={busy || !pasted.trim()} onClick={() => run(async () => accept((await engine()).loadSource(pastedSource(pasted)), t.ui.import.paste))}>
          {t.ui.import.readPasted}
        </Button>
      </div>

      {counts && spec && (
        <MessageBar intent={counts.errors > 0 ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody>
            <div data-testid="import-preview">{t.ui.import.preview(counts)}</div>
            <div>{t.ui.import.willCreate}</div>
            <ul className={styles.list}>
              {spec.sheets.filter((s) => s.state === 'visible').map((s) => (
                <li key={s.name}>{s.name}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {spec && (
        <div className={styles.row}>
          {host && (
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() =>
                run(async (signal, progress) => {
                  const r = await host.render(spec, { signal, onProgress: (p) => progress(p.fraction) });
                  setDone([t.ui.import.created(r.sheets.map((s) => s.actual)), ...r.sheets.filter((s) => s.actual !== s.planned).map((s) => t.ui.import.renamed(s.planned, s.actual))]);
                })
              }
            >
              {t.ui.import.create}
            </Button>
          )}
          <Button disabled={busy} onClick={() => run(async () => downloadBytes(await workbookBytes(), `${fileStem(loaded?.plan.meta.number)}.xlsx`))}>
            {t.ui.import.download}
          </Button>
          {host && (
            <Button disabled={busy} onClick={() => run(async () => host.openCopy(await workbookBytes()))}>
              {t.ui.import.openCopy}
            </Button>
          )}
        </div>
      )}
      {done.map((m) => (
        <MessageBar key={m} intent="success" layout="multiline">
          <MessageBarBody>{m}</MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}

/** 'ke-hoach-159-KH-UBND' from '159/KH-UBND'. */
function fileStem(number: string | null | undefined): string {
  return `ke-hoach-${(number ?? 'chiso').replace(/[^\p{L}\p{N}-]+/gu, '-')}`;
}
