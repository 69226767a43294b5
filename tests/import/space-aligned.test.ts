import { loadSource } from '../../src/app/load';
import { importPlan } from '../../src/import';
import { stringsFor } from '../../src/strings';
import { sourceProblem } from '../../src/taskpane/words';

/**
 * Outsider trial, defect 12: text saved out of a PDF (`pdftotext -layout`, "Save as text") lines its
 * columns up with runs of spaces. chiso cannot tell such columns apart, and says so rather than
 * claiming the headers are missing.
 */

const FROM_PDF = [
  '                                 Phụ lục I',
  '    NHIỆM VỤ NÂNG CAO CHỈ SỐ CCHC TỈNH KHÁNH HÒA NĂM 2024',
  '    STT      Nhiệm vụ        Cơ quan chủ Cơ quan phối Thời hạn hoàn    Sản phẩm',
  '                                 trì           hợp          thành',
  'I          CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
  '1          Ban hành Kế      Sở Nội vụ    Các sở, ban,   Quý I/2024   Các Kế hoạch',
  '           hoạch CCHC                    ngành',
].join('\n');

describe('text whose columns are lined up with spaces', () => {
  it('is refused as space-aligned, at the header line, not as a file without a table', () => {
    expect(importPlan({ kind: 'text', text: FROM_PDF })).toEqual({ ok: false, error: { code: 'space-aligned', line: 3 } });
    expect(loadSource({ kind: 'text', text: FROM_PDF })).toEqual({ ok: false, problem: { kind: 'space-aligned', line: 3 } });
  });

  it('is told that the headers were found but the columns could not be told apart, and what to import instead', () => {
    const vi = stringsFor('vi').readProblem({ kind: 'space-aligned', line: 3 }, 'ke-hoach.txt');
    expect(vi).toMatch(/^Tệp ke-hoach\.txt /);
    expect(vi).toContain('dòng 3');
    expect(vi).toContain('dấu cách');
    expect(vi).toMatch(/PDF/);
    expect(vi).toMatch(/\.docx/);
    expect(vi).not.toContain('không có bảng');
    const en = stringsFor('en').readProblem({ kind: 'space-aligned', line: 3 }, 'plan.txt');
    expect(en).toMatch(/^File plan\.txt /);
    expect(en).toContain('spaces');
    expect(en).not.toContain('has no appendix table');
  });

  it('names pasted text as what it is, never as a file', () => {
    const vi = stringsFor('vi');
    expect(sourceProblem(vi, { kind: 'space-aligned', line: 3 }, vi.ui.import.pastedName)).toMatch(/^Văn bản đã dán: có tiêu đề cột của bảng ở dòng 3/);
  });

  it('is also said of a table copied cell by cell, column by column (plain pdftotext, a PDF viewer), not called a file without a table (outsider trial, Phú Thọ)', () => {
    const cellByCell = ['PHỤ LỤC I', 'NHIỆM VỤ, GIẢI PHÁP NĂM 2025', 'TT', 'I', '1', '2', '', 'Nhiệm vụ', 'CHỈ SỐ CẢI CÁCH HÀNH CHÍNH', 'Rà soát văn bản', 'Kiểm tra CCHC', 'Chủ trì', 'Sở Tư pháp', 'Sở Nội vụ', 'Thời gian', 'Quý II', 'Quý III'].join('\n');
    expect(importPlan({ kind: 'text', text: cellByCell })).toEqual({ ok: false, error: { code: 'space-aligned', line: 3 } });
    expect(stringsFor('vi').readProblem({ kind: 'space-aligned', line: 3 }, 'dan.txt')).toContain('mỗi ô một dòng');
  });

  it('is not the cause when the text has no table header at all', () => {
    const prose = 'Kính gửi:    các sở, ban, ngành\nSTT là số thứ tự    của nhiệm vụ';
    expect(importPlan({ kind: 'text', text: prose })).toEqual({ ok: false, error: { code: 'no-table', line: null } });
  });
});
