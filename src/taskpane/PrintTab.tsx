import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ExcelHost } from '../excel/host';
import { engine } from './lazy';
import type { Strings } from '../strings';
import { workbookWords } from '../strings/workbook-words';
import type { Loaded } from '../app/load';
import type { Run } from './Busy';
import { useReveal } from './reveal';

const useStyles = makeStyles({ column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/** Page layout for the summary sheets through the API; printing itself is File → Print (there is no print API). */
export function PrintTab({ t, host, loaded, run, busy }: { t: Strings; host: ExcelHost | null; loaded: Extract<Loaded, { ok: true }> | null; run: Run; busy: boolean }) {
  const styles = useStyles();
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useReveal<HTMLDivElement>(done);
  if (!host) {
    return (
      <section className={styles.column} aria-label={t.ui.tabs.print}>
        <Text>{t.ui.print.intro}</Text>
        <Text>{t.ui.print.outside}</Text>
      </section>
    );
  }
  return (
    <section className={styles.column} aria-label={t.ui.tabs.print}>
      <Text>{t.ui.print.intro}</Text>
      <Button
        appearance="primary"
        disabled={busy || !loaded}
        onClick={() =>
          run(async () => {
            if (!loaded) return;
            const spec = (await engine()).buildWorkbook(loaded.plan, loaded.findings, workbookWords(t));
            const existing = new Set(await host.sheetNames());
            const sheets = spec.sheets.filter((s) => s.print && existing.has(s.name)).map((s) => s.name);
            await host.applyPrintSetup(spec, sheets);
            setDone(t.ui.print.done(sheets.length));
          }, 'print')
        }
      >
        {t.ui.print.apply}
      </Button>
      {done && (
        <div ref={doneRef} tabIndex={-1} style={{ outline: 'none' }}>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{done}</MessageBarBody>
          </MessageBar>
        </div>
      )}
      <Text>{t.ui.print.howTo}</Text>
    </section>
  );
}
