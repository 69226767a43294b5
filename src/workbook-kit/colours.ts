/**
 * Every colour chiso's workbooks use, defined here only, each with one meaning across the plan
 * workbook, the agency workbooks and the master (issue #13). Structure colours are named by the
 * rows that carry them (a header row, an area's row, an index's total); the others are explained
 * in the legend of every sheet that uses them (legend.ts).
 */
export const FILL = {
  /** A table's header row. */
  header: 'DDEBF7',
  /** An area's or a block's row (its title says which). */
  area: 'F2F2F2',
  /** An index's total row. */
  total: 'E2EFDA',
  /** Red: needs action. */
  action: 'FFC7CE',
  /** Yellow: needs a second look. */
  review: 'FFEB9C',
  /** Light purple: the cells a unit fills in (agency workbooks), pre-filled ones included (those in italics). */
  input: 'E4DFEC',
  /** The orange data bar of the points still lost. */
  lostBar: 'F4B183',
} as const;

/** The fills that stand for the rows they are on, explained by those rows' own words. */
export const STRUCTURE_FILLS: ReadonlySet<string> = new Set([FILL.header, FILL.area, FILL.total]);

/** Font colours: the text on red and on yellow, a link, and a finding that is for information only. */
export const FONT_COLOUR = { action: '9C0006', review: '9C5700', link: '0563C1', info: '1F4E78' } as const;
