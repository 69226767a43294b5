import type { PlanSource } from './index';

/**
 * What a user pasted into the pane, as a source: HTML with a table (copied as HTML), cells copied
 * from Excel or from a web page's table (tab-separated rows, Excel's quoting), or the flattened
 * text of a published plan (' |' after each cell).
 */
export function pastedSource(text: string): PlanSource {
  if (/<table[\s>]/i.test(text)) return { kind: 'html', html: text };
  return looksTabSeparated(text) ? { kind: 'tsv', text } : { kind: 'text', text };
}

/** Rows of cells: at least two lines, and most lines that hold anything hold a tab. */
export function looksTabSeparated(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  const tabbed = lines.filter((l) => l.includes('\t')).length;
  return tabbed >= 2 && tabbed >= lines.length * 0.5;
}
