import { en } from '../../src/strings/en';
import { vi } from '../../src/strings/vi';

/** Every reason the compiler gives, and every way a file cannot be read, is worded in both languages with what to do. */

const REASONS = [
  'not-an-agency-workbook', 'other-plan:999/KH-UBND', 'unknown-agency:AGENCY:Sở X', 'superseded-by:b.xlsx', 'superseded',
  'status-not-in-list', 'not-a-date', 'not-a-number', 'out-of-range', 'row-without-id', 'row-not-in-template',
  'row-missing:TASK:A.4', 'row-repeated', 'outside-table', 'extra-sheet', 'sheet-missing', 'locked-cell-edited:1,5',
  'range-clamped:A1:XFD1048576',
  // What the guard and the reader answer for a file, and the command line for a file it cannot open.
  'not-zip', 'truncated', 'not-xlsx', 'too-many-entries', 'encrypted', 'old-format', 'corrupt', 'too-large', 'timeout', 'unreadable',
  // Issue #12: counted refusals, who sent what, and files that are not what they seem.
  'extra-sheet-cells:150', 'more-refused:12', 'name-other-agency:Sở Nội vụ', 'same-agency-differs:b.xlsx',
  'no-permission', 'not-a-regular-file', 'damaged', 'missing', 'directory',
];

describe.each([['vi', vi], ['en', en]] as const)('refusals in %s', (_lang, t) => {
  it.each(REASONS)('%s', (reason) => {
    const said = t.refusal(reason, 'bao-cao.xlsx');
    expect(typeof said).toBe('string');
    expect(said.length).toBeGreaterThan(20);
    expect(said).not.toMatch(/undefined|\[object/);
    const detail = reason.includes(':') ? reason.slice(reason.indexOf(':') + 1) : null;
    if (detail && reason !== 'superseded') expect(said).toContain(detail);
  });
});

describe('counts in refusals', () => {
  it('are grouped by thousands the way each language writes them', () => {
    expect(vi.refusal('extra-sheet-cells:1000000')).toContain('1.000.000 ô');
    expect(en.refusal('extra-sheet-cells:1000000')).toContain('1,000,000 cells');
  });
});

describe('a refusal with its place', () => {
  it('names the file, the sheet and the cell', () => {
    expect(vi.rejection({ file: 'a.xlsx', sheet: 'Tiêu chí', cell: 'Tiêu chí!H21', reason: 'out-of-range' })).toBe('Tệp a.xlsx, trang “Tiêu chí”, ô H21: Điểm nằm ngoài khoảng từ 0 đến điểm tối đa; hãy sửa lại điểm rồi gửi lại.');
    expect(en.rejection({ file: 'a.xlsx', sheet: 'Nhiệm vụ', cell: null, reason: 'sheet-missing' })).toMatch(/^File a\.xlsx, sheet “Nhiệm vụ”: /);
    expect(vi.rejection({ file: 'a.xlsx', sheet: null, cell: null, reason: 'truncated' })).toMatch(/^Tệp a\.xlsx bị cắt cụt/);
  });
});
