import { createRoot } from 'react-dom/client';
import { createExcelHost } from '../excel/excel-host';
import { detectOffice } from '../excel/office-ready';
import type { Lang, Strings } from '../strings';
import { vi } from '../strings/vi';
import { App } from './App';

/** Starts the pane: inside Excel with the workbook as its host, in a plain browser on files. */
async function start(): Promise<void> {
  const env = await detectOffice();
  const query = new URLSearchParams(location.search).get('lang');
  const lang: Lang = query === 'en' || query === 'vi' ? query : env.displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'vi';
  const host = env.inExcel ? createExcelHost() : null;
  const bundledPlan = async () => (await fetch(new URL('./seed.txt', location.href))).text();
  const communesText = async () => (await fetch(new URL('./communes.md', location.href))).text();
  // English is its own chunk, fetched only by a pane that speaks it.
  const t: Strings = lang === 'en' ? (await import('../strings/en')).en : vi;
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App lang={lang} t={t} host={host} bundledPlan={bundledPlan} communesText={communesText} />);
}

void start();
