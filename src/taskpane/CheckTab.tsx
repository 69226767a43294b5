import { Badge, Button, Field, MessageBar, MessageBarBody, Select, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { criteriaColumns, SHEET, TASK_COLUMNS } from '../plan-workbook/layout';
import { columnLetter } from '../workbook-kit/spec';
import type { Finding, Severity } from '../plan/schema';
import type { TabProps } from './ImportTab';
import { engine } from './lazy';
import { missedTargetMarks } from '../plan-workbook/marks';
import { useReveal } from './reveal';
import { sourceProblem } from './words';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  result: { outline: 'none' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', padding: tokens.spacingVerticalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  message: { flexGrow: 1 },
  fixed: { flexShrink: 0, whiteSpace: 'nowrap' },
});

const COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The structured sheets whose rows a finding can sit on. */
const ROW_SHEETS: ReadonlySet<string> = new Set([SHEET.tasks, SHEET.PAR, SHEET.SIPAS, SHEET.PAPI]);

/** Where a finding points in the structured sheets: the sheet of its index or of the tasks, and the row by id. */
export function findingTarget(f: Finding, rowOf: Map<string, { sheet: string; row: number }>): { sheet: string; address: string } | null {
  if (!f.id) return null;
  // A finding the workbook reader placed on a sheet itself (an id written twice: the repeat) is gone to there.
  const placed = f.location?.table && f.location.row !== null && ROW_SHEETS.has(f.location.table) ? { sheet: f.location.table, row: f.location.row } : null;
  const at = placed ?? rowOf.get(f.id);
  if (!at) return null;
  const columns: { key: string }[] = at.sheet === SHEET.tasks ? TASK_COLUMNS : criteriaColumns(null, null);
  const key = f.field && columns.some((c) => c.key === f.field) ? f.field : at.sheet === SHEET.tasks ? 'title' : 'name';
  return { sheet: at.sheet, address: `${columnLetter(columns.findIndex((c) => c.key === key) + 1)}${at.row}` };
}

export function CheckTab({ t, host, loaded, onLoaded, onError, run, busy }: Omit<TabProps, 'bundledPlan'>) {
  const styles = useStyles();
  const [severity, setSeverity] = useState<'all' | Severity>('all');
  const [index, setIndex] = useState<'all' | 'PAR' | 'SIPAS' | 'PAPI'>('all');
  const [rowOf, setRowOf] = useState(new Map<string, { sheet: string; row: number }>());
  const [read, setRead] = useState(0);
  const [marked, setMarked] = useState(false);
  const [markNote, setMarkNote] = useState<string | null>(null);
  const countRef = useReveal<HTMLDivElement>(read);
  const markRef = useReveal<HTMLDivElement>(markNote);

  const findings = loaded?.findings ?? [];
  // Most severe first, plan order within a severity.
  const shown = useMemo(
    () =>
      findings
        .map((f, i) => ({ f, i }))
        .filter(({ f }) => (severity === 'all' || f.severity === severity) && (index === 'all' || f.index === index))
        .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
        .map(({ f }) => f),
    [findings, severity, index],
  );

  const readSheets = () =>
    run(async (signal, progress) => {
      if (!host) return;
      const wb = await host.readAll({ signal, onProgress: (p) => progress(p.fraction) });
      const e = await engine();
      const l = e.loadWorkbook(wb);
      if (!l.ok) {
        onError(sourceProblem(t, l.problem, t.ui.import.openWorkbookName));
        return;
      }
      // Rows are matched by ID: remember where each one sits now, for "go to cell" (the rows the findings were placed at).
      setRowOf(e.rowsById(wb));
      // The switch shows what the workbook holds: marks made before a reload (or by another pane) are on.
      setMarked((await host.countMarks()) > 0);
      await onLoaded(l);
      setRead((n) => n + 1);
    }, 'readSheets');

  /** The mission's "highlight criteria that miss their targets": a rule of chiso's own on each criteria sheet, removed whole when switched off. */
  const mark = (on: boolean) =>
    run(async (signal, progress) => {
      if (!host) return;
      if (on) {
        const { marks, missed } = missedTargetMarks(await host.readAll({ signal, onProgress: (p) => progress(p.fraction * 0.8) }));
        await host.markRows(marks);
        setMarked(true);
        setMarkNote(t.ui.check.highlighted(missed));
      } else {
        await host.clearMarks();
        setMarked(false);
        setMarkNote(t.ui.check.cleared);
      }
    }, 'highlight');

  return (
    <section className={styles.column} aria-label={t.ui.tabs.check}>
      <Text>{t.ui.check.intro}</Text>
      {host && (
        <Button appearance="primary" disabled={busy} onClick={readSheets}>
          {t.ui.check.readSheets}
        </Button>
      )}
      {host && (
        <Field hint={t.ui.check.highlightHint}>
          <Switch checked={marked} disabled={busy} label={t.ui.check.highlight} onChange={(_, d) => void mark(d.checked)} />
        </Field>
      )}
      {host && !marked && (
        <div>
          <Button size="small" appearance="subtle" disabled={busy} onClick={() => void mark(false)}>
            {t.ui.check.clear}
          </Button>
        </div>
      )}
      {markNote && (
        <div ref={markRef} tabIndex={-1} className={styles.result}>
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody data-testid="mark-note">{markNote}</MessageBarBody>
          </MessageBar>
        </div>
      )}
      {findings.length === 0 ? (
        <Text>{t.ui.check.none}</Text>
      ) : (
        <>
          <div className={styles.filters}>
            <Field label={t.ui.check.filterSeverity}>
              <Select value={severity} onChange={(_, d) => setSeverity(d.value as typeof severity)}>
                <option value="all">{t.ui.check.all}</option>
                <option value="error">{t.severity.error}</option>
                <option value="warning">{t.severity.warning}</option>
                <option value="info">{t.severity.info}</option>
              </Select>
            </Field>
            <Field label={t.ui.check.filterIndex}>
              <Select value={index} onChange={(_, d) => setIndex(d.value as typeof index)}>
                <option value="all">{t.ui.check.all}</option>
                <option value="PAR">PAR INDEX</option>
                <option value="SIPAS">SIPAS</option>
                <option value="PAPI">PAPI</option>
              </Select>
            </Field>
          </div>
          <div ref={countRef} tabIndex={-1} className={styles.result}>
            <Text data-testid="finding-count">{t.ui.check.count(shown.length, findings.length)}</Text>
          </div>
          <ul className={styles.list} aria-label={t.ui.tabs.check}>
            {shown.slice(0, 500).map((f, i) => {
              const target = host ? findingTarget(f, rowOf) : null;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: the rows hold no state, and a finding has no identity of its own (two can read alike).
                <li key={i} className={styles.item} data-severity={f.severity}>
                  <Badge color={COLOR[f.severity]} appearance="tint" className={styles.fixed}>
                    {t.severity[f.severity]}
                  </Badge>
                  <Text className={styles.message}>{t.finding(f)}</Text>
                  {target && host && (
                    <Button size="small" appearance="subtle" className={styles.fixed} aria-label={`${t.ui.check.goTo} ${target.sheet}!${target.address}`} onClick={() => void host.select(target.sheet, target.address)}>
                      {t.ui.check.goTo}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
