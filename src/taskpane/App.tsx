import { FluentProvider, MessageBar, MessageBarBody, Tab, TabList, Text, webLightTheme, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ExcelHost } from '../excel/host';
import type { BusyKind, Lang, Strings } from '../strings';
import { SHEET } from '../plan-workbook/layout';
import { errorMessage } from './words';
import { useReveal } from './reveal';
import { CheckTab } from './CheckTab';
import type { Loaded } from '../app/load';
import { ImportTab } from './ImportTab';
import { OverviewTab } from './OverviewTab';
import { PrintTab } from './PrintTab';
import { AgenciesTab } from './AgenciesTab';
import { Busy, type Run, type Task } from './Busy';
import { engine } from './lazy';

const useStyles = makeStyles({
  // minWidth 0 down the tree: a flex child otherwise keeps its content's width and the pane scrolls sideways at 270 px.
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minHeight: '100vh', boxSizing: 'border-box', minWidth: 0, maxWidth: '100%', overflowWrap: 'break-word' },
  // Tabs wrap onto a second row in a narrow pane (270 px on the Mac) instead of running off the edge.
  tabs: { flexWrap: 'wrap', rowGap: tokens.spacingVerticalXS },
  title: { fontWeight: tokens.fontWeightSemibold },
  // The bar and its Hủy stay in sight while the user is further down the tab (the Đơn vị tab's
  // compile button is below the fold at 270 px): it sticks to the top of the pane as it scrolls.
  busy: { position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1, paddingBlock: tokens.spacingVerticalXS },
});

export interface AppProps {
  lang: Lang;
  /** The pane's words in `lang` (English is loaded only when asked for: the first paint carries Vietnamese). */
  t: Strings;
  /** The open workbook when running inside Excel; null in a plain browser (files and downloads). */
  host: ExcelHost | null;
  /** Loads the bundled plan's text. */
  bundledPlan: () => Promise<string>;
  /** Loads the bundled list of communes (default members of "UBND cấp xã"). */
  communesText: () => Promise<string>;
}

export type TabId = 'import' | 'check' | 'overview' | 'print' | 'agencies';

export function App({ lang, t, host, bundledPlan, communesText }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>('import');
  const [loaded, setLoaded] = useState<Extract<Loaded, { ok: true }> | null>(null);
  const [task, setTask] = useState<Task | null>(null);
  // An error belongs to the tab whose work raised it: it does not follow the user to other tabs.
  /** What went wrong on a tab; a cancel the user asked for is said as information, not as an error. */
  const [error, setErrorOf] = useState<{ tab: TabId; message: string; intent?: 'info' } | null>(null);
  const tabRef = useRef<TabId>(tab);
  tabRef.current = tab;
  // An error raised below the fold is brought into view like a result.
  const errorRef = useReveal<HTMLDivElement>(error);
  const setError = useCallback((message: string | null, intent?: 'info') => setErrorOf(message === null ? null : { tab: tabRef.current, message, intent }), []);
  /** chiso's plan sheets are in the open workbook (found on open, or just created). */
  const [sheetsInWorkbook, setSheetsInWorkbook] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  /** Runs a piece of work with progress and cancel; errors become a message that says what to do. */
  const run = useCallback(
    async (work: Parameters<Run>[0], kind: BusyKind) => {
      const controller = new AbortController();
      setError(null);
      setTask({ fraction: null, count: null, cancel: () => controller.abort(), kind });
      try {
        await work(controller.signal, (fraction, done, total) =>
          setTask({ fraction, count: done !== undefined && total !== undefined ? { done, total } : null, cancel: () => controller.abort(), kind }),
        );
      } catch (e) {
        if (controller.signal.aborted) setError(t.ui.progress.cancelled, 'info');
        else setError(errorMessage(t, e, kind));
      } finally {
        setTask(null);
      }
    },
    [t, setError],
  );

  /** A plan just read: a Hà Nội plan that lists no communes gets the bundled list as members of 'UBND cấp xã'. */
  const onLoaded = useCallback(
    async (l: Extract<Loaded, { ok: true }>) => {
      try {
        const e = await engine();
        setLoaded(e.withCommunes(l, await communesText()));
      } catch {
        // Without the bundled list the plan still loads; 'UBND cấp xã' stays unexpanded and is reported.
        setLoaded(l);
      }
    },
    [communesText],
  );

  const requirements = useMemo(() => host?.requirements() ?? null, [host]);

  // A workbook that already holds chiso's sheets (the very hidden _meta among them): its plan is
  // read from them on open, and the import tab offers the next step instead of a second set.
  useEffect(() => {
    if (!host) return;
    void run(async (signal, progress) => {
      if (!(await host.sheetNames()).includes(SHEET.meta)) return;
      const workbook = await host.readAll({ signal, onProgress: (p) => progress(p.fraction) });
      const l = (await engine()).loadWorkbook(workbook);
      // Another of chiso's workbooks (an agency's, a master) is not a plan: the pane starts empty.
      if (!l.ok) return;
      setSheetsInWorkbook(true);
      await onLoaded(l);
      setNotice(t.ui.import.foundInWorkbook(l.plan.criteria.length, l.plan.tasks.length));
    }, 'opening');
  }, [host, run, onLoaded, t]);

  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'vi' ? 'vi-VN' : 'en-US'}>
      <main className={styles.root}>
        <Text as="h1" size={500} className={styles.title}>
          {t.ui.appTitle}
        </Text>
        {!host && <MessageBar intent="info" layout="multiline"><MessageBarBody>{t.ui.outsideOffice}</MessageBarBody></MessageBar>}
        {requirements && !requirements.ok && <MessageBar intent="error" layout="multiline"><MessageBarBody>{t.ui.errors.requirements}</MessageBarBody></MessageBar>}
        {requirements?.ok && requirements.missingOptional.length > 0 && (
          <MessageBar intent="warning" layout="multiline"><MessageBarBody>{t.ui.errors.optionalMissing(requirements.missingOptional)}</MessageBarBody></MessageBar>
        )}
        <TabList size="small" className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label={t.ui.appTitle}>
          <Tab value="import">{t.ui.tabs.import}</Tab>
          <Tab value="check">{t.ui.tabs.check}</Tab>
          <Tab value="overview">{t.ui.tabs.overview}</Tab>
          <Tab value="print">{t.ui.tabs.print}</Tab>
          <Tab value="agencies">{t.ui.tabs.agencies}</Tab>
        </TabList>
        {task && (
          <div className={styles.busy}>
            <Busy task={task} t={t} />
          </div>
        )}
        {error && error.tab === tab && (
          <div ref={errorRef} tabIndex={-1} style={{ outline: 'none' }}>
            <MessageBar intent={error.intent ?? 'error'} role={error.intent ? 'status' : 'alert'} layout="multiline">
              <MessageBarBody>{error.message}</MessageBarBody>
            </MessageBar>
          </div>
        )}
        {tab === 'import' && (
          <ImportTab
            t={t}
            host={host}
            loaded={loaded}
            onLoaded={onLoaded}
            onError={setError}
            run={run}
            busy={task !== null}
            bundledPlan={bundledPlan}
            sheetsInWorkbook={sheetsInWorkbook}
            onSheetsCreated={() => setSheetsInWorkbook(true)}
            notice={notice}
            onNext={() => setTab('check')}
          />
        )}
        {tab === 'check' && <CheckTab t={t} host={host} loaded={loaded} onLoaded={onLoaded} onError={setError} run={run} busy={task !== null} />}
        {tab === 'overview' && <OverviewTab t={t} loaded={loaded} />}
        {tab === 'print' && <PrintTab t={t} host={host} loaded={loaded} run={run} busy={task !== null} />}
        {tab === 'agencies' && <AgenciesTab t={t} host={host} loaded={loaded} run={run} busy={task !== null} />}
      </main>
    </FluentProvider>
  );
}
