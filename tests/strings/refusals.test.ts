import { RefusalSchema, type Refusal } from '../../src/agencies/refusal';
import { en } from '../../src/strings/en';
import { vi } from '../../src/strings/vi';

/**
 * Every reason the compiler gives, and every way a returned file cannot be read, is worded in both
 * languages with what to do, and names the facts it carries. (That each reason HAS an entry is
 * the compiler's job: the wording tables are typed by RefusalSchema.)
 */

/** Facts that are days ('YYYY-MM-DD'): said day first, as people write them. */
const DAYS: Record<string, string> = { date: '2052-12-15', saved: '2025-12-02' };
const asSaid = (k: string, v: unknown) => (DAYS[k] !== undefined ? String(v).split('-').reverse().join('/') : String(v));

/** One refusal of every reason RefusalSchema declares, each fact a recognisable sample. */
const EXAMPLES: Refusal[] = RefusalSchema.options.map((option) => {
  const facts = Object.keys(option.shape).filter((k) => k !== 'reason');
  const sample = (k: string) => (k === 'newest' ? 7 : k === 'count' ? 150 : k === 'files' ? ['«b.xlsx»'] : k === 'why' ? 'other-unit' : DAYS[k] ?? `«${k}-1,5»`);
  return RefusalSchema.parse({ reason: option.shape.reason.value, ...Object.fromEntries(facts.map((k) => [k, sample(k)])) });
});

describe.each([['vi', vi], ['en', en]] as const)('refusals in %s', (_lang, t) => {
  it.each(EXAMPLES.map((r) => [r.reason, r] as const))('%s', (_reason, r) => {
    const said = t.refusal(r, 'bao-cao.xlsx');
    expect(said.length).toBeGreaterThan(20);
    expect(said).not.toMatch(/undefined|\[object|NaN/);
    // `why` chooses the wording; every other fact is said.
    for (const [k, v] of Object.entries(r)) if (k !== 'reason' && k !== 'why') expect(said).toContain(asSaid(k, v));
  });

  it.each(['newer', 'named', 'other-unit'] as const)('says why a file of the same unit counts instead (%s)', (why) => {
    const said = t.refusal({ reason: 'superseded-by', by: '«b.xlsx»', why, other: why === 'other-unit' ? '«Sở Hai»' : null }, 'bao-cao.xlsx');
    expect(said).toContain('«b.xlsx»');
    expect(said).not.toMatch(/undefined|null/);
    // Only a later file is called newer.
    expect(/mới hơn|later/.test(said)).toBe(why === 'newer');
  });
});

describe('counts in refusals', () => {
  it('are grouped by thousands the way each language writes them', () => {
    expect(vi.refusal({ reason: 'extra-sheet-cells', count: 1_000_000 }, 'a.xlsx')).toContain('1.000.000 ô');
    expect(en.refusal({ reason: 'extra-sheet-cells', count: 1_000_000 }, 'a.xlsx')).toContain('1,000,000 cells');
  });
});

describe('a refusal with its place', () => {
  it('names the file, the sheet and the cell', () => {
    expect(vi.rejection({ file: 'a.xlsx', sheet: 'Tiêu chí', cell: 'Tiêu chí!H21', reason: 'out-of-range' })).toBe('Tệp a.xlsx, trang “Tiêu chí”, ô H21: Điểm nằm ngoài khoảng từ 0 đến điểm tối đa; hãy sửa lại điểm rồi gửi lại.');
    expect(en.rejection({ file: 'a.xlsx', sheet: 'Nhiệm vụ', cell: null, reason: 'sheet-missing' })).toMatch(/^File a\.xlsx, sheet “Nhiệm vụ”: /);
    expect(vi.rejection({ file: 'a.xlsx', sheet: null, cell: null, reason: 'truncated' })).toMatch(/^Tệp a\.xlsx bị cắt cụt/);
    expect(vi.rejection({ file: 'a.xlsx', sheet: 'Tiêu chí', cell: null, reason: 'column-missing', header: 'Giải trình' })).toMatch(/^Tệp a\.xlsx, trang “Tiêu chí”: Thiếu cột “Giải trình”/);
  });
});
