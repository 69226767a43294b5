import { en } from '../../src/strings/en';
import { vi } from '../../src/strings/vi';
import { errorMessage, sourceProblem } from '../../src/taskpane/words';

/** What the pane says when something goes wrong: never Office.js's English, never a label called a file. */
describe('the pane words its errors', () => {
  const officeError = (code: string, message: string) => Object.assign(new Error(message), { code, name: 'RichApi.Error' });

  it.each(['ItemNotFound', 'InvalidArgument', 'ApiNotFound', 'RequestPayloadSizeLimitExceeded', 'AccessDenied', 'InvalidOperationInCellEditMode'])('an Office.js %s becomes a Vietnamese sentence that says what to do, without its English', (code) => {
    const said = errorMessage(vi, officeError(code, 'The requested resource doesn\'t exist.'), 'create');
    expect(said).toBe(vi.ui.errors.office[code as keyof typeof vi.ui.errors.office]);
    expect(said).not.toMatch(/requested|resource|exist/);
    expect(said).toMatch(/Hãy|bấm|cập nhật/);
  });

  it('an error nobody foresaw says what was being done, in words, and sets the technical detail apart', () => {
    const said = errorMessage(vi, new Error('No sheets.'), 'readSheets');
    expect(said).toMatch(/^Có lỗi không lường trước khi đọc và kiểm tra các trang\. Hãy thử lại/);
    expect(said).toMatch(/Chi tiết kỹ thuật: No sheets\.$/);
    expect(errorMessage(en, 'boom', 'compile')).toMatch(/^Something unforeseen went wrong while compiling the returned workbooks\./);
  });

  it('pasted text and the selected range are named as what they are, never as a file', () => {
    const pasted = sourceProblem(vi, { kind: 'no-table' }, vi.ui.import.pastedName);
    expect(pasted).toMatch(/^Văn bản đã dán: không có bảng phụ lục nào/);
    expect(pasted).not.toMatch(/Tệp|\|/);
    expect(sourceProblem(vi, { kind: 'not-a-plan-workbook', made: null }, vi.ui.import.openWorkbookName)).toMatch(/^Sổ tính đang mở: không có trang nào theo mẫu/);
    expect(sourceProblem(en, { kind: 'no-table' }, en.ui.import.selectionName)).toMatch(/^The selected range: has no appendix table/);
  });
});
