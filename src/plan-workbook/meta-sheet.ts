import type { Plan } from '../plan/schema';
import { META_FORMAT, META_VERSION, SHEET } from './layout';
import type { SheetSpec } from '../workbook-kit/spec';

/** Keys of the hidden _meta sheet: the plan's heading, kept apart from any sheet people edit. */
export type MetaKey = 'format' | 'version' | 'number' | 'issuer' | 'date' | 'title' | 'resultYear' | 'targetYear' | 'datesSeen';

export function metaSheet(plan: Plan): SheetSpec {
  const m = plan.meta;
  const pairs: [MetaKey, string | number | null][] = [
    ['format', META_FORMAT],
    ['version', META_VERSION],
    ['number', m.number],
    ['issuer', m.issuer],
    ['date', m.date],
    ['title', m.title],
    ['resultYear', m.resultYear],
    ['targetYear', m.targetYear],
    ['datesSeen', JSON.stringify(m.datesSeen)],
  ];
  return {
    name: SHEET.meta,
    state: 'veryHidden',
    columns: [{ width: 14 }, { width: 80 }],
    rows: pairs.map(([k, v]) => ({ cells: [{ value: k }, { value: v ?? '' }] })),
    merges: [],
    freeze: null,
    conditionalFormats: [],
    validations: [],
    protect: false,
    print: null,
    outlineSummaryAbove: true,
  };
}
