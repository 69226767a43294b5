import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { IndexId } from '../plan/schema';
import type { Strings } from '../strings';
import type { Loaded } from '../app/load';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  // Auto layout: numbers and index names keep their width, headers wrap instead.
  table: { tableLayout: 'auto' },
  number: { whiteSpace: 'nowrap', textAlign: 'right' },
  name: { whiteSpace: 'nowrap' },
  bars: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  barName: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  barRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  bar: { height: '10px', backgroundColor: tokens.colorPaletteRedBackground3, flexShrink: 0 },
  barValue: { fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
});

const INDICES: { id: IndexId; name: string }[] = [
  { id: 'PAR', name: 'PAR INDEX' },
  { id: 'SIPAS', name: 'SIPAS' },
  { id: 'PAPI', name: 'PAPI' },
];

/**
 * Per index: last year's result, target, points to gain and still lost; a chart of points lost by
 * area. "Còn mất" means one thing everywhere, as in the sheets' column: maximum − result.
 */
export function OverviewTab({ t, loaded }: { t: Strings; loaded: Extract<Loaded, { ok: true }> | null }) {
  const styles = useStyles();
  if (!loaded) return <Text>{t.ui.overview.empty}</Text>;
  const { criteria } = loaded.plan;
  const num = (v: number | null) => (v === null ? '' : t.number(Math.round(v * 100) / 100));
  return (
    <section className={styles.column} aria-label={t.ui.tabs.overview}>
      <Text>{t.ui.overview.intro}</Text>
      <Table size="extra-small" className={styles.table} aria-label={t.ui.tabs.overview}>
        <TableHeader>
          <TableRow>
            {[t.ui.overview.index, t.ui.overview.result, t.ui.overview.target, t.ui.overview.gain, t.ui.overview.lost].map((h) => (
              <TableHeaderCell key={h}>{h}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {INDICES.map(({ id, name }) => {
            const total = criteria.find((c) => c.index === id && c.code === 'total');
            if (!total) return null;
            const gain = total.target !== null && total.result !== null ? total.target - total.result : null;
            const lost = total.max !== null && total.result !== null ? total.max - total.result : null;
            return (
              <TableRow key={id} data-testid={`overview-${id}`}>
                <TableCell className={styles.name}>{name}</TableCell>
                <TableCell className={styles.number}>{num(total.result)}</TableCell>
                <TableCell className={styles.number}>{num(total.target)}</TableCell>
                <TableCell className={styles.number}>{num(gain)}</TableCell>
                <TableCell className={styles.number}>{num(lost)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Text size={200}>{t.ui.overview.lostNote}</Text>
      {INDICES.filter((i) => i.id !== 'SIPAS').map(({ id, name }) => {
        const areas = criteria.filter((c) => c.index === id && c.level === 1 && c.max !== null && c.result !== null);
        if (areas.length === 0) return null;
        const lost = areas.map((a) => ({ code: a.code, name: a.name, lost: Math.max(0, (a.max ?? 0) - (a.result ?? 0)) }));
        const top = lost.reduce((m, l) => Math.max(m, l.lost), 0.0001);
        return (
          <figure key={id} style={{ margin: 0 }}>
            <figcaption>
              <Text weight="semibold">{t.ui.overview.chartTitle(name)}</Text>
            </figcaption>
            {/* Each bar under its area's name: a narrow pane has no room for names beside the bars. */}
            <ul className={styles.bars} aria-label={t.ui.overview.chartTitle(name)}>
              {lost.map((l) => (
                <li key={l.code} data-testid="chart-bar">
                  <div className={styles.barName}>{`${l.code}. ${l.name}`}</div>
                  <div className={styles.barRow}>
                    <div className={styles.bar} style={{ width: `${Math.max(0.5, (l.lost / top) * 80)}%` }} />
                    <span className={styles.barValue}>{num(l.lost)}</span>
                  </div>
                </li>
              ))}
            </ul>
          </figure>
        );
      })}
    </section>
  );
}
