/**
 * The header vocabulary of the appendix tables, as data (issue #10 item 3): each column role and
 * the header phrases that name it. Phrases are written folded (lower case, no diacritics, 'đ' as
 * 'd', single spaces), the form `fold()` gives a header cell. Entries are tried in order and the
 * first that matches wins, so the more specific roles come first: 'Điểm tối đa' is a max before
 * it is a score, 'Tăng, giảm' under 'Điểm đạt được' is a difference before it is a score,
 * 'Yêu cầu/Kết quả/ Sản phẩm' is an output before it is a result, and 'Chỉ tiêu phấn đấu' is a
 * target while 'Chỉ tiêu' alone names the criterion.
 *
 * To teach chiso another province's heading, add its phrase here; no other code changes.
 */

import { fold } from '../plan/text';

export type ColumnRole =
  | 'code'
  | 'task'
  | 'deadline'
  | 'lead'
  | 'support'
  | 'output'
  | 'name'
  | 'max'
  | 'result'
  | 'target'
  /** A difference between two years ('Tăng, giảm', 'Điểm bị trừ'): never a result. */
  | 'delta'
  /** A rank or position ('Xếp hạng'): kept out of the scores. */
  | 'rank'
  /** Remarks ('Ghi chú'): known, deliberately not imported. */
  | 'note';

export interface VocabularyEntry {
  role: ColumnRole;
  /** The whole header is one of these. */
  exact?: readonly string[];
  /** The header starts with one of these (followed by a word boundary). */
  startsWith?: readonly string[];
  /** The header contains one of these as whole words. */
  contains?: readonly string[];
  /** The header contains one of these and also names a year ('Chỉ tiêu năm 2025', 'Chỉ tiêu 2025'). */
  containsWithYear?: readonly string[];
}

export const HEADER_VOCABULARY: readonly VocabularyEntry[] = [
  {
    role: 'code',
    // 'ST T', 'S TT', 'T T': 'STT' and 'TT' broken inside the word in a narrow column of a printed PDF.
    exact: ['stt', 'tt', 'st t', 's tt', 't t', 'so tt', 'so thu tu', 'ma', 'ma so', 'ma tieu chi', 'ma chi so', 'ky hieu', 'thu tu'],
    startsWith: ['stt', 'so tt', 'so thu tu', 'ma tieu chi', 'ma chi so'],
  },
  {
    role: 'delta',
    // 'Tăng, giảm', 'Tăng (+), giảm (-)', 'Tăng/giảm' all fold to 'tang giam'; '(+/-)' is rewritten to it by headerFold.
    contains: ['tang giam', 'diem bi tru', 'bi tru', 'diem tru', 'diem mat', 'mat diem', 'con thieu', 'chua dat', 'chenh lech', 'bien dong', 'so voi nam', 'thay doi'],
  },
  { role: 'rank', contains: ['xep hang', 'thu hang', 'vi tri', 'thu bac'] },
  { role: 'note', contains: ['ghi chu', 'nguyen nhan', 'ly do'] },
  { role: 'output', contains: ['san pham', 'yeu cau', 'ket qua dau ra', 'ket qua can dat'] },
  { role: 'max', contains: ['toi da', 'diem chuan', 'thang diem', 'diem so toi da', 'trong so'] },
  { role: 'task', startsWith: ['nhiem vu', 'giai phap', 'noi dung nhiem vu', 'noi dung cong viec', 'ten nhiem vu', 'cong viec'] },
  {
    role: 'target',
    contains: ['muc tieu', 'chi tieu phan dau', 'phan dau', 'ke hoach nam', 'du kien', 'chi tieu de ra', 'chi tieu can dat'],
    containsWithYear: ['chi tieu'],
  },
  // 'Chủ trì' names the lead even beside 'phối hợp' ('Cơ quan chủ trì, phối hợp'); otherwise 'phối hợp' is
  // the partners, also under a group that names the lead ('Cơ quan thực hiện / Phối hợp').
  { role: 'lead', contains: ['chu tri'] },
  { role: 'support', contains: ['phoi hop'] },
  { role: 'lead', contains: ['phu trach', 'tham muu', 'dau moi', 'don vi thuc hien', 'co quan thuc hien', 'theo doi', 'trach nhiem thuc hien', 'duoc giao'] },
  { role: 'deadline', contains: ['tien do', 'thoi han', 'thoi gian'] },
  { role: 'result', contains: ['ket qua', 'diem dat', 'diem so', 'diem', 'thuc hien nam', 'ty le', 'chi so nam'] },
  {
    role: 'name',
    startsWith: [
      'linh vuc',
      'tieu chi',
      'chi so',
      'noi dung',
      'khia canh',
      'yeu to',
      'chi tieu',
      'ten chi so',
      'ten tieu chi',
      'ten linh vuc',
      'chi so noi dung',
      'chi so thanh phan',
      'noi dung danh gia',
      'cac chi so',
      'cac tieu chi',
      'cac linh vuc',
      'cac chi tieu',
      'cac noi dung',
      'ten',
    ],
  },
];

/** Words that only say a column holds a year's figures: 'Năm 2024' under 'Kết quả'. */
export const YEAR_ONLY = /^(nam\s+)?(19|20)\d{2}$/;

/**
 * Header rows that only number the columns: '1 | 2 | 3 …' or '(1) | (2) | (3) …', common under
 * Vietnamese administrative tables. Part of the header, never data.
 */
export const COLUMN_NUMBER = /^\(?(\d{1,2}|[a-z])\)?$/;

/** Fold a header cell for the vocabulary: a bare '+/-' or '(+/-)' says difference, and fold() would erase it. */
export function headerFold(text: string): string {
  return fold(text.replace(/\+\s*\/?\s*[-\u2212\u2013]/g, ' tang giam '));
}

function escapeRegex(p: string): string {
  return p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Whole-word phrase tests over folded text: 'diem' matches 'diem 2024' but not 'diemx'. */
function compile(entry: VocabularyEntry): (folded: string, hasYear: boolean) => boolean {
  const exact = new Set(entry.exact ?? []);
  const bound = (p: string) => `(?<![a-z0-9])${escapeRegex(p)}(?![a-z0-9])`;
  const starts = entry.startsWith?.length ? new RegExp(`^(?:${entry.startsWith.map(escapeRegex).join('|')})(?![a-z0-9])`) : null;
  const contains = entry.contains?.length ? new RegExp(entry.contains.map(bound).join('|')) : null;
  const withYear = entry.containsWithYear?.length ? new RegExp(entry.containsWithYear.map(bound).join('|')) : null;
  return (f, hasYear) =>
    exact.has(f) || (starts?.test(f) ?? false) || (contains?.test(f) ?? false) || (hasYear && (withYear?.test(f) ?? false));
}

export const COMPILED_VOCABULARY: readonly { role: ColumnRole; test: (folded: string, hasYear: boolean) => boolean }[] = HEADER_VOCABULARY.map((e) => ({
  role: e.role,
  test: compile(e),
}));
