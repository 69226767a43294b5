import { Button, Field, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useMemo, useState } from 'react';
import type { LoadedPlan } from '../app/load';
import type { ColumnRole, TableOverride, TableReport } from '../import';
// The module, not the importer's index: the pane's first paint must not carry the importer (lazy.ts).
import { choiceKey, choicesPending, overridesFrom, rolesOffered, tableFigures } from '../import/column-choices';
import type { Strings } from '../strings';

/** The select's value for "leave this column out" (roles are plain words, never this). */
const LEAVE_OUT = '-';
const NONE: ReadonlyMap<string, ColumnRole | null> = new Map();

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  table: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  tableHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2 },
  // Headers are the plan's own words, sometimes long and without spaces ('Kết quả/Năm 2023'): they wrap, never widen the pane.
  field: { minWidth: 0, overflowWrap: 'anywhere' },
  select: { width: '100%', minWidth: 0 },
  read: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  details: { minWidth: 0 },
  summary: { cursor: 'pointer', color: tokens.colorBrandForeground1, overflowWrap: 'anywhere' },
  columns: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS, minWidth: 0 },
});

export interface ColumnMappingProps {
  t: Strings;
  loaded: LoadedPlan;
  busy: boolean;
  /** Read the plan again with these column roles; [] reads it as the importer would on its own. */
  onReadAgain: (columns: TableOverride[]) => void;
  /** True while a choice is made but not read yet: what would be written is not what is shown. */
  onPendingChange: (pending: boolean) => void;
}

/**
 * Issue #10, "Never silent": per table of the plan just read, its caption, kind, rows read and each
 * column's role (ignored columns said as such, with why), before anything is written; the user may
 * give a column another role — the other year's results — and read the plan again.
 */
export function ColumnMapping({ t, loaded, busy, onReadAgain, onPendingChange }: ColumnMappingProps) {
  const styles = useStyles();
  const tables = useMemo(() => loaded.tables ?? [], [loaded.tables]);
  // Choices belong to the tables they were made on: a new read (a new plan, or this one read again) starts from how it was read.
  const [made, setMade] = useState<{ on: readonly TableReport[]; choices: ReadonlyMap<string, ColumnRole | null> }>({ on: tables, choices: new Map() });
  const choices = made.on === tables ? made.choices : NONE;
  const id = useId();
  const pending = choicesPending(tables, choices);
  useEffect(() => onPendingChange(pending), [pending, onPendingChange]);
  const chosenBefore = tables.some((table) => table.columns.some((c) => c.overridden));
  // A plan read from workbook sheets has no source to read again: its columns are chiso's own.
  if (tables.length === 0 || !loaded.source) return null;

  const choose = (table: TableReport, col: number, value: string) =>
    setMade({ on: tables, choices: new Map(choices).set(choiceKey(table.label, col), value === LEAVE_OUT ? null : (value as ColumnRole)) });

  return (
    <section className={styles.section} aria-labelledby={`${id}-title`} data-testid="column-mapping">
      <h2 id={`${id}-title`} className={styles.heading}>
        {t.ui.mapping.title}
      </h2>
      <Text>{t.ui.mapping.intro}</Text>
      {tables.map((table, k) => {
        const figures = tableFigures(loaded.plan, table);
        const offered = rolesOffered(table.kind);
        return (
          <section key={tableKey(table)} className={styles.table} aria-labelledby={`${id}-table-${k}`} data-testid={`mapping-${table.label}`}>
            <h3 id={`${id}-table-${k}`} className={styles.tableHeading}>
              {t.ui.mapping.table(table)} · {t.ui.mapping.kind(table)}
            </h3>
            <div className={styles.meta}>
              <Text size={200}>{t.ui.mapping.rows(table)}</Text>
              {figures && (
                <Text size={200} data-testid={`mapping-figures-${table.label}`}>
                  {t.ui.mapping.figures(figures)}
                </Text>
              )}
            </div>
            {offered.length === 0 ? (
              <Text size={200} className={styles.read}>
                {table.columns.map((c) => c.header || '—').join(' | ')}
              </Text>
            ) : (
              // Open where a column is left out (another year, a header not known): what a user should look at.
              // A table read whole stays one line, so a plan of four tables does not push the buttons out of sight.
              <details className={styles.details} open={notRead(table) > 0}>
                <summary className={styles.summary}>{t.ui.mapping.columns(table.columns.length, notRead(table))}</summary>
                <div className={styles.columns}>
                  {table.columns.map((c) => {
                    const key = choiceKey(table.label, c.col);
                    const value = choices.has(key) ? choices.get(key)! : c.role;
                    // Until read again, why the column was (not) read describes the old role: say the choice is pending instead.
                    const why = value !== c.role ? t.ui.mapping.changed : t.ui.mapping.why(c);
                    return (
                      <Field key={key} className={styles.field} label={t.ui.mapping.column(c.col, c.header)} hint={why || undefined}>
                        <Select className={styles.select} value={value ?? LEAVE_OUT} onChange={(_, d) => choose(table, c.col, d.value)}>
                          {offered.map((role) => (
                            <option key={role} value={role}>
                              {t.ui.mapping.role(role, c.year)}
                            </option>
                          ))}
                          <option value={LEAVE_OUT}>{t.ui.mapping.ignore}</option>
                        </Select>
                      </Field>
                    );
                  })}
                </div>
              </details>
            )}
          </section>
        );
      })}
      {pending && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.ui.mapping.pending}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button appearance={pending ? 'primary' : 'secondary'} disabled={busy || !pending} onClick={() => onReadAgain(overridesFrom(tables, choices))}>
          {t.ui.mapping.readAgain}
        </Button>
        {chosenBefore && (
          <Button disabled={busy} onClick={() => onReadAgain([])}>
            {t.ui.mapping.reset}
          </Button>
        )}
      </div>
    </section>
  );
}

/** Two tables may share a label (two unlabelled task tables); where each starts in the source tells them apart. */
function tableKey(table: TableReport): string {
  const at = table.location;
  return `${table.label}@${at?.line ?? ''}:${at?.row ?? ''}:${at?.col ?? ''}`;
}

/** Columns that have a header but are not read: another year, a duplicate, a role this table does not keep, a header not known. */
function notRead(table: TableReport): number {
  return table.columns.filter((c) => c.role === null && c.status !== 'blank').length;
}
