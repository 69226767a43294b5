import { findingTarget } from '../../src/taskpane/CheckTab';
import type { Finding } from '../../src/plan/schema';

/** "Go to cell" in the pane's Kiểm tra: where a finding of a plan workbook sends the user. */

const base = { rule: 'sum.children', severity: 'warning', index: 'PAR', stated: 9.45, computed: 9.53, details: {} } as const;
const finding = (f: Partial<Finding>): Finding => ({ ...base, id: 'PAR:2', field: 'result', location: null, ...f }) as unknown as Finding;
const rows = new Map([['PAR:2', { sheet: 'PL2 PAR INDEX', row: 12 }]]);

describe('findingTarget', () => {
  it('goes to the row of the finding’s id, at the column of its field', () => {
    expect(findingTarget(finding({}), rows)).toEqual({ sheet: 'PL2 PAR INDEX', address: 'G12' });
  });

  it('goes to the row the reader placed the finding at (an id written twice: the repeat), not to the id’s first row', () => {
    const placed = finding({ rule: 'sheet.duplicate-id', field: null, location: { table: 'PL2 PAR INDEX', line: null, row: 40, col: null } } as unknown as Partial<Finding>);
    expect(findingTarget(placed, rows)).toEqual({ sheet: 'PL2 PAR INDEX', address: 'D40' });
  });

  it('has nowhere to go for a finding without an id', () => {
    expect(findingTarget(finding({ id: null }), rows)).toBeNull();
  });
});
