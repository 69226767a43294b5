import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ExcelHost } from '../excel/host';
import { useState } from 'react';
import type { Strings } from '../strings';
import { downloadBytes } from './download';
import type { Run } from './Busy';
import { engine, type Engine } from './lazy';
import type { Loaded } from './load';

/** Hex SHA-256 of a returned file for the log; '' where the browser offers no Web Crypto (not a secure context). */
async function sha256(bytes: Uint8Array): Promise<string> {
  if (!globalThis.crypto?.subtle) return '';
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const useStyles = makeStyles({ column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/**
 * Sở Nội vụ's work in the pane: a report workbook for every agency and commune (one .zip), and
 * the returned workbooks compiled into a master, one file at a time with a count.
 */
export function AgenciesTab({ t, host, loaded, run, busy }: { t: Strings; host: ExcelHost | null; loaded: Extract<Loaded, { ok: true }> | null; run: Run; busy: boolean }) {
  const styles = useStyles();
  const [due, setDue] = useState('');
  const [password, setPassword] = useState('');
  const dueOk = due.trim() === '' || /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(due.trim());
  const [done, setDone] = useState<string | null>(null);
  const [master, setMaster] = useState<Uint8Array | null>(null);
  const [names, setNames] = useState<{ key: string; name: string }[]>([]);
  const [picked, setPicked] = useState('');
  if (!loaded) return <Text>{t.ui.overview.empty}</Text>;

  const workbookOptions = (e: Engine, generatedAt: string) => ({ dueDate: due.trim() || null, returnTo: e.returnAddress(loaded.plan, 'Sở Nội vụ'), generatedAt, password: password || null });

  const recipients = async () => {
    const e = await engine();
    return { e, ...e.assign(loaded.plan) };
  };

  const assemble = () =>
    run(async (signal, progress) => {
      const { e, assignments } = await recipients();
      const { writeWorkbook } = await import('../xlsx/write');
      const { zipFiles } = await import('../xlsx/zip');
      const wanted = assignments.filter(e.hasWork);
      const files: { name: string; bytes: Uint8Array }[] = [];
      const generatedAt = new Date().toISOString();
      for (const [i, a] of wanted.entries()) {
        if (signal.aborted) throw new Error('cancelled');
        const spec = e.agencyWorkbook(loaded.plan, a, workbookOptions(e, generatedAt));
        files.push({ name: e.reportFileName(a.recipient), bytes: await writeWorkbook(spec) });
        progress((i + 1) / wanted.length, i + 1, wanted.length);
      }
      const list = new TextEncoder().encode(e.mailingList(wanted.map((a) => a.recipient)));
      downloadBytes(zipFiles([...files, { name: e.MAILING_LIST_FILE, bytes: list }]), 'bao-cao-don-vi.zip');
      setDone(t.ui.agencies.assembled(files.length));
    });

  /** One agency's workbook: in Excel opened as a new workbook (Excel.createWorkbook), in a browser downloaded. */
  const oneWorkbook = () =>
    run(async () => {
      const { e, assignments } = await recipients();
      const a = assignments.find((x) => x.recipient.key === picked);
      if (!a) return;
      const { writeWorkbook } = await import('../xlsx/write');
      const bytes = await writeWorkbook(e.agencyWorkbook(loaded.plan, a, workbookOptions(e, new Date().toISOString())));
      if (host) await host.openCopy(bytes);
      else downloadBytes(bytes, e.reportFileName(a.recipient));
    });
  const listRecipients = () =>
    run(async () => {
      const { e, assignments } = await recipients();
      const list = assignments.filter(e.hasWork).map((a) => ({ key: a.recipient.key, name: a.recipient.name }));
      setNames(list);
      setPicked(list[0]?.key ?? '');
    });

  const compileFiles = (list: File[]) =>
    run(async (signal, progress) => {
      const { e, assignments } = await recipients();
      const { asReturn } = await import('../xlsx/read');
      const { readInWorker } = await import('./worker-read');
      // The master in one pass (the lean writer: no exceljs to load for it).
      const { writeLeanBytes } = await import('../xlsx/write-lean');
      const c = e.compiler(loaded.plan, assignments);
      const reader = e.returnReader(loaded.plan, assignments);
      const log: { file: string; sha256: string }[] = [];
      for (const [i, f] of list.entries()) {
        if (signal.aborted) throw new Error('cancelled');
        const bytes = new Uint8Array(await f.arrayBuffer());
        // In a Web Worker with a time limit; cancelling stops the worker mid-read.
        const read = await readInWorker(bytes, { signal });
        c.add(reader(asReturn(f.name, f.lastModified, read)));
        log.push({ file: f.name, sha256: await sha256(bytes) });
        progress((i + 1) / list.length, i + 1, list.length);
      }
      // Let the last count show before the master is written (the lean writer runs without a pause).
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const result = c.result();
      setMaster(writeLeanBytes(e.masterWorkbook(loaded.plan, result, log, new Date().toISOString().slice(0, 10), (r, f) => t.refusal(r, f))));
      setDone(t.ui.agencies.compiled(list.length, result.values.length, result.rejected.length, result.missing.length));
    });

  return (
    <section className={styles.column} aria-label={t.ui.tabs.agencies}>
      <Text>{t.ui.agencies.intro}</Text>
      <Field label={t.ui.agencies.due} validationState={dueOk ? 'none' : 'error'} validationMessage={dueOk ? undefined : t.ui.agencies.dueInvalid}>
        <Input value={due} onChange={(_, d) => setDue(d.value)} placeholder="15/12/2025" />
      </Field>
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
      {done && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody data-testid="agencies-done">{done}</MessageBarBody>
        </MessageBar>
      )}
      {master && (
        <Button disabled={busy} onClick={() => downloadBytes(master, 'tong-hop.xlsx')}>
          {t.ui.agencies.downloadMaster}
        </Button>
      )}
    </section>
  );
}
