import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { IndexId } from '../plan/schema';
import type { Strings } from '../strings';
import type { Loaded } from '../app/load';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { fill: tokens.colorPaletteRedBackground3 },
  label: { fontSize: '11px', fill: tokens.colorNeutralForeground1 },
});

const INDICES: { id: IndexId; name: string }[] = [
  { id: 'PAR', name: 'PAR INDEX' },
  { id: 'SIPAS', name: 'SIPAS' },
  { id: 'PAPI', name: 'PAPI' },
];

/** Per index: last year's result, target, points to gain and still lost; a bar chart of points lost by area. */
export function OverviewTab({ t, loaded }: { t: Strings; loaded: Extract<Loaded, { ok: true }> | null }) {
  const styles = useStyles();
  if (!loaded) return <Text>{t.ui.overview.empty}</Text>;
  const { criteria } = loaded.plan;
  const num = (v: number | null) => (v === null ? '' : t.number(v));
  return (
    <section className={styles.column} aria-label={t.ui.tabs.overview}>
      <Text>{t.ui.overview.intro}</Text>
      <Table size="small" aria-label={t.ui.tabs.overview}>
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
            const lost = total.max !== null && total.target !== null ? total.max - total.target : null;
            return (
              <TableRow key={id}>
                <TableCell>{name}</TableCell>
                <TableCell>{num(total.result)}</TableCell>
                <TableCell>{num(total.target)}</TableCell>
                <TableCell>{num(gain)}</TableCell>
                <TableCell>{num(lost)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {INDICES.filter((i) => i.id !== 'SIPAS').map(({ id, name }) => {
        const areas = criteria.filter((c) => c.index === id && c.level === 1 && c.max !== null && c.result !== null);
        if (areas.length === 0) return null;
        const lost = areas.map((a) => ({ code: a.code, name: a.name, lost: Math.max(0, (a.max ?? 0) - (a.result ?? 0)) }));
        const top = lost.reduce((m, l) => Math.max(m, l.lost), 0.0001);
        const rowH = 18;
        return (
          <figure key={id} style={{ margin: 0 }}>
            <figcaption>
              <Text weight="semibold">{t.ui.overview.chartTitle(name)}</Text>
            </figcaption>
            <svg role="img" aria-label={t.ui.overview.chartTitle(name)} width="100%" height={lost.length * rowH + 4} viewBox={`0 0 300 ${lost.length * rowH + 4}`}>
              {lost.map((l, i) => (
                <g key={l.code} transform={`translate(0 ${i * rowH})`}>
                  <title>{`${l.code}. ${l.name}: ${t.number(l.lost)}`}</title>
                  <text x={0} y={13} className={styles.label}>
                    {l.code}
                  </text>
                  <rect x={24} y={3} height={12} width={Math.max(1, (l.lost / top) * 220)} className={styles.bar} />
                  <text x={28 + (l.lost / top) * 220} y={13} className={styles.label}>
                    {t.number(l.lost)}
                  </text>
                </g>
              ))}
            </svg>
          </figure>
        );
      })}
    </section>
  );
}
