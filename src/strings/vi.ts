import type { Finding } from '../plan/schema';
import { formatViNumber } from '../plan/numbers';
import { columnLetter } from '../workbook-kit/spec';
import { fieldOf, listOf, placed, subjectOf } from './format';
import type { ReadProblem, Strings } from './types';

/** Vietnamese: the default language of every shell. */

const FIELD: Record<string, string> = {
  max: 'điểm tối đa',
  result: 'kết quả',
  target: 'mục tiêu',
  lead: 'đơn vị chủ trì',
  support: 'đơn vị phối hợp',
  deadline: 'tiến độ',
  code: 'số thứ tự',
  number: 'số thứ tự',
  task: 'nhiệm vụ',
  output: 'sản phẩm',
  name: 'tên tiêu chí',
  date: 'ngày ban hành',
  resultYear: 'năm kết quả',
  targetYear: 'năm mục tiêu',
  criteria: 'tiêu chí liên kết',
};

function n(v: unknown): string {
  if (typeof v === 'number') return formatViNumber(Number(v.toFixed(6)));
  if (v === null || v === undefined) return '(trống)';
  return String(v);
}

const WORDS = { task: 'Nhiệm vụ', group: 'Nhóm', total: 'tổng' };
const subject = (f: Finding) => subjectOf(f, WORDS);
const field = (f: Finding) => fieldOf(f, FIELD);
const list = (v: unknown) => listOf(v, n);

export const vi: Strings = {
  ui: {
    appTitle: 'Chỉ số CCHC',
    tabs: { import: 'Nhập', check: 'Kiểm tra', overview: 'Tổng quan', print: 'In', agencies: 'Đơn vị' },
    import: {
      intro: 'Nhập các bảng phụ lục của kế hoạch thành các trang có cấu trúc.',
      bundled: 'Dùng kế hoạch mẫu (159/KH-UBND)',
      paste: 'Dán văn bản kế hoạch',
      pastePlaceholder: 'Dán nội dung kế hoạch (văn bản hoặc bảng copy từ trang web)…',
      readPasted: 'Đọc văn bản đã dán',
      file: 'Mở tệp kế hoạch',
      fileHint: 'Tệp .txt, .html, .docx, hoặc sổ tính .xlsx do chiso tạo',
      selection: 'Đọc vùng đang chọn',
      preview: (p) => `Đọc được ${p.tasks} nhiệm vụ và ${p.criteria} tiêu chí (PAR INDEX ${p.par}, SIPAS ${p.sipas}, PAPI ${p.papi}); ${p.errors} lỗi, ${p.warnings} cảnh báo.`,
      willCreate: 'Sẽ tạo các trang mới:',
      create: 'Tạo các trang',
      download: 'Tải sổ tính (.xlsx)',
      openCopy: 'Mở thành sổ tính mới',
      created: (sheets) => `Đã tạo ${sheets.length} trang: ${sheets.join(', ')}.`,
      renamed: (planned, actual) => `Trang “${planned}” đã có sẵn nên trang mới tên là “${actual}” (không ghi đè).`,
    },
    check: {
      intro: 'Đọc lại các trang như người dùng đã sửa và kiểm tra số liệu.',
      readSheets: 'Đọc và kiểm tra các trang',
      none: 'Chưa có kết quả kiểm tra. Hãy nhập kế hoạch hoặc đọc các trang.',
      filterSeverity: 'Mức',
      filterIndex: 'Chỉ số',
      all: 'Tất cả',
      count: (shown, total) => `Hiển thị ${shown}/${total} phát hiện`,
      goTo: 'Đến ô',
    },
    overview: {
      intro: 'Kết quả năm trước, mục tiêu và số điểm còn mất của từng chỉ số.',
      index: 'Chỉ số',
      result: 'Kết quả',
      target: 'Mục tiêu',
      gain: 'Cần tăng',
      lost: 'Còn mất',
      chartTitle: (index) => `Điểm còn mất theo lĩnh vực — ${index}`,
      empty: 'Chưa có kế hoạch. Hãy nhập kế hoạch ở thẻ Nhập.',
    },
    print: {
      intro: 'Thiết lập in cho các trang tổng hợp: khổ A4, vừa một trang ngang, lặp dòng tiêu đề, đánh số trang “Trang N / M”.',
      apply: 'Thiết lập in',
      done: (n) => `Đã thiết lập in cho ${n} trang.`,
      howTo: 'Để in: Tệp → In (File → Print) trong Excel.',
      outside: 'Ngoài Excel: tải sổ tính về, mở bằng Excel hoặc LibreOffice rồi in — thiết lập in đã có sẵn trong tệp.',
    },
    agencies: {
      intro: 'Tạo sổ tính báo cáo cho từng đơn vị, rồi tổng hợp các sổ tính đơn vị gửi lại.',
      due: 'Hạn gửi lại (dd/mm/yyyy)',
      assemble: 'Tạo và tải các sổ tính (.zip)',
      assembled: (n) => `Đã tạo ${n} sổ tính.`,
      compileLabel: 'Tổng hợp các sổ tính gửi lại',
      compileHint: 'Chọn một hoặc nhiều tệp .xlsx đơn vị đã điền',
      compiled: (f, v, r, m) => `Đã đọc ${f} tệp: ${v} giá trị được tổng hợp, ${r} giá trị bị loại, ${m} đơn vị chưa nộp.`,
      pickOne: 'Sổ tính của một đơn vị',
      choose: 'Chọn một đơn vị',
      downloadOne: 'Tải sổ tính này',
      dueInvalid: 'Ghi ngày dạng dd/mm/yyyy, ví dụ 15/12/2025; để trống nếu không đặt hạn.',
      password: 'Mật khẩu bảo vệ trang (không bắt buộc)',
      passwordHint: 'Chỉ các ô nền vàng được sửa; mật khẩu ngăn đơn vị gỡ khóa các ô khác.',
      downloadMaster: 'Tải sổ tổng hợp',
    },
    progress: { working: 'Đang xử lý…', cancel: 'Hủy', cancelled: 'Đã hủy.', count: (done, total) => `${done}/${total} tệp` },
    errors: {
      requirements: 'Phiên bản Excel này chưa hỗ trợ ExcelApi 1.9 mà add-in cần. Hãy cập nhật Excel (Microsoft 365, Excel 2021 trở lên hoặc Excel trên web).',
      optionalMissing: (sets) => `Excel này thiếu ${sets.join(', ')}: các trang vẫn được tạo nhưng không có nhóm dòng (outline).`,
      generic: (detail) => `Có lỗi: ${detail}. Hãy thử lại; nếu vẫn lỗi, lưu sổ tính và mở lại add-in.`,
      noPlan: 'Chưa có kế hoạch nào được đọc.',
      unsupportedFile: (name) => `Không đọc được tệp ${name}: chỉ nhận .txt, .html, .docx hoặc .xlsx.`,
      docx: 'Tệp .docx không có bảng phụ lục nào đọc được.',
    },
    outsideOffice: 'Đang chạy ngoài Excel: mở tệp kế hoạch, xem kết quả kiểm tra và tải sổ tính về.',
    language: 'Ngôn ngữ',
  },
  number: (v) => formatViNumber(Number(v.toFixed(6))),
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },

  finding(f) {
    const d = f.details;
    const s = subject(f);
    switch (f.rule) {
      case 'sum.children':
        return d.explainedByRounding
          ? `${s}: ${field(f)} ghi ${n(f.stated)}, tổng các mục con ${n(f.computed)} — chênh ${n(d.difference)}, nằm trong sai số làm tròn (${n(d.tolerance)}).`
          : `${s}: ${field(f)} ghi ${n(f.stated)} nhưng tổng ${n(d.children)} mục con là ${n(f.computed)} — chênh ${n(d.difference)}, vượt sai số làm tròn (${n(d.tolerance)}). Kiểm tra lại số liệu của mục cha hoặc các mục con.`;
      case 'sipas.mean':
        return `${s}: ${field(f)} ghi ${n(f.stated)}, trung bình các nhóm là ${n(f.computed)} — chênh ${n(d.difference)}${d.explainedByRounding ? ', trong sai số làm tròn.' : '. Kiểm tra lại chỉ số chung.'}`;
      case 'sipas.bounds':
        return `${s}: ${field(f)} ${n(f.stated)} nằm ngoài khoảng 0–100%.`;
      case 'cross.sipas-par':
        return `${s}: ${field(f)} ghi ${n(f.stated)} nhưng Chỉ số SIPAS chia 10 là ${n(f.computed)}. Hai phụ lục phải khớp nhau; sửa một trong hai.`;
      case 'bounds.result-above-max':
        return `${s}: kết quả ${n(f.stated)} vượt điểm tối đa ${n(f.computed)}.`;
      case 'bounds.target-above-max':
        return `${s}: mục tiêu ${n(f.stated)} vượt điểm tối đa ${n(f.computed)} — không thể đạt; hạ mục tiêu về tối đa ${n(f.computed)}.`;
      case 'bounds.negative':
        return `${s}: ${field(f)} âm (${n(f.stated)}).`;
      case 'target.below-result':
        return `${s}: mục tiêu ${n(f.stated)} thấp hơn kết quả năm trước ${n(f.computed)} — kế hoạch đang chấp nhận giảm điểm.`;
      case 'target.no-gain':
        return `${s}: mục tiêu bằng kết quả năm trước (${n(f.stated)}) trong khi chưa đạt tối đa — không có kế hoạch tăng điểm (còn ${n(d.atStakeMax)} điểm).`;
      case 'target.missing':
        return `${s}: có kết quả (${n(d.result)}) nhưng chưa có mục tiêu. Bổ sung mục tiêu.`;
      case 'target.missed':
        return `${s}: kết quả ${n(f.stated)} chưa đạt mục tiêu ${n(f.computed)} — cần thêm ${n(d.atStakeTarget)} điểm; còn mất ${n(d.atStakeMax)} so với tối đa.`;
      case 'numbering.skipped':
        return `${s}: số thứ tự nhảy từ ${n(f.computed)} sang ${n(f.stated)} — thiếu ${list(d.missing)}.`;
      case 'numbering.orphan':
        return `${s}: không có mục cha ${n(d.parent)} trong phụ lục.`;
      case 'numbering.duplicate':
        return `${s}: số thứ tự ${n(f.stated)} bị trùng; dòng sau được đánh mã ${n(f.computed)}.`;
      case 'numbering.wrong-parent':
        return `${s}: mã ${n(f.stated)} nằm trong lĩnh vực ${n(d.area)} — có lẽ phải là ${n(f.computed)}.`;
      case 'numbering.code-repaired':
        return `${s}: số thứ tự “${n(f.stated)}” được đọc là ${n(f.computed)}.`;
      case 'text.repaired':
        return `${s ? s + ': ' : ''}đã sửa ký tự lỗi mã hóa trong ${field(f)} (${list(d.repairs)}).`;
      case 'agency.spellings':
        return `Một đơn vị được viết nhiều cách: ${list(d.spellings)} — thống nhất là “${n(d.canonical)}”.`;
      case 'agency.inherited':
        return `${s}: ô đơn vị chủ trì để trống (ô gộp) — lấy theo dòng trên: ${n(f.computed)}.`;
      case 'agency.missing-lead':
        return `${s}: chưa có đơn vị chủ trì tham mưu, theo dõi. Bổ sung đơn vị chủ trì.`;
      case 'agency.unknown':
        return `${s}: ${field(f)} “${n(f.stated)}” không có trên trang Đơn vị. Sửa lại cho đúng tên đơn vị, hoặc thêm đơn vị này vào trang Đơn vị.`;
      case 'agency.email-invalid':
        return `${n(d.name)}: email “${n(f.stated)}” không đúng dạng (ví dụ vanphong@hanoi.gov.vn; nhiều địa chỉ cách nhau bằng dấu ;).`;
      case 'agency.unknown-group':
        return `${n(d.name)}: nhóm “${n(f.stated)}” không phải là nhóm đơn vị nào trên trang Đơn vị; đơn vị này không nhận phần việc giao cho nhóm. Sửa cột Thuộc nhóm cho đúng tên nhóm.`;
      case 'agency.duplicate-code':
        return `${n(d.name)}: mã đơn vị ${n(f.stated)} trùng với ${n(d.first)}; mã bị bỏ qua với đơn vị này. Sửa lại mã cho đúng.`;
      case 'agency.members-bundled':
        return `“${n(f.stated)}” gồm ${n(f.computed)} xã, phường theo danh sách kèm theo (Hà Nội, từ 01/7/2025). Có thể sửa, thêm email và người liên hệ trên trang Đơn vị.`;
      case 'task.deadline-unparsed':
        return `${s}: không đọc được tiến độ “${n(f.stated)}” thành thời hạn; giữ nguyên văn bản.`;
      case 'task.no-lead':
        return `${s}: chưa có cơ quan chủ trì. Bổ sung cơ quan chủ trì cho nhiệm vụ.`;
      case 'task.subarea-wrong-area':
        return `${s}: tiểu mục ${n(f.stated)} nằm trong lĩnh vực ${n(d.area)} — có lẽ phải là ${n(f.computed)}.`;
      case 'task.subarea-sequence':
        return d.missing
          ? `${s}: số tiểu mục nhảy cóc — thiếu ${list(d.missing)}.`
          : `${s}: tiểu mục ${n(f.stated)} không theo thứ tự (sau ${n(d.previous)}).`;
      case 'link.unmatched-group':
        return `${s}: không tìm thấy tiêu chí nào của chỉ số ${f.index ?? ''} khớp tên nhóm nhiệm vụ này.`;
      case 'meta.dates-disagree':
        return `Kế hoạch ghi các ngày khác nhau: ${list(d.dates).replace(/\bheading:/, 'đầu văn bản:')}.`;
      case 'meta.years-disagree':
        return `Các phụ lục ghi ${field(f)} khác nhau: ${n(f.stated)} và ${n(f.computed)} (${n(d.table)}).`;
      case 'meta.number-missing':
        return 'Không tìm thấy số hiệu kế hoạch (dòng “Số: …”).';
      case 'sheet.missing':
        return `Không tìm thấy trang “${n(f.stated)}” (hoặc trang có cùng tiêu đề cột). Phần này của kế hoạch không được đọc.`;
      case 'sheet.row-without-id':
        return `Dòng không có ID (dòng thêm vào?): “${n(f.stated)}”. Dòng này không thuộc kế hoạch; nếu cần, thêm nó bằng add-in.`;
      case 'sheet.unknown-id':
        return `ID “${n(f.stated)}” không đúng dạng; dòng bị bỏ qua. Đừng sửa cột ID.`;
      case 'sheet.duplicate-id':
        return `ID ${n(f.stated)} xuất hiện lần nữa (dòng bị sao chép?); chỉ dòng đầu được đọc.`;
      case 'sheet.number-unreadable':
        return `${s}: “${n(f.stated)}” ở cột ${field(f)} không phải số. Nhập số (ví dụ 9,5) hoặc để trống.`;
      case 'sheet.unknown-index':
        return `${s}: cột Chỉ số ghi “${n(f.stated)}” — phải là PAR, SIPAS hoặc PAPI.`;
      case 'sheet.invalid':
        return `Dữ liệu đọc được không hợp lệ: ${n(f.stated)}.`;
      case 'workbook.clamped':
        return f.computed === null
          ? `Vùng ${n(f.stated)} trên trang ${n(d.sheet)} quá lớn hoặc không đọc được nên đã bỏ qua (chỉ ảnh hưởng định dạng, không ảnh hưởng số liệu).`
          : `Vùng ${n(f.stated)} trên trang ${n(d.sheet)} trùm cả trang tính; đã thu về ${n(f.computed)} để đọc được.`;
      case 'import.row-short':
        return `Dòng số “${n(f.stated)}” thiếu một ô — các cột của dòng này có thể bị lệch. Kiểm tra dòng này trong bảng gốc.`;
      case 'import.row-misaligned':
        return `Ô “${n(f.stated)}” không khớp với cột nào — một dòng của bảng bị thiếu hoặc thừa ô. Kiểm tra bảng gốc quanh vị trí này.`;
      case 'import.row-unrecognised':
        return `Không nhận ra số thứ tự “${n(f.stated)}”${d.title || d.name ? ` của dòng “${n(d.title ?? d.name)}”` : ''}; dòng được giữ nhưng cần kiểm tra.`;
      case 'import.number-unreadable':
        return `${s}: không đọc được số “${n(f.stated)}” ở cột ${field(f)}. Sửa thành số (ví dụ 9,5).`;
      case 'import.total-missing':
        return `Phụ lục chỉ số ${f.index ?? ''} không có dòng tổng.`;
      case 'import.part-unknown':
        return `Phần ${n(d.part)} “${n(f.stated)}” không nêu chỉ số nào (PAR INDEX, PAPI, SIPAS); các nhiệm vụ của phần này bị bỏ qua.`;
      case 'import.row-outside-part':
        return `Dòng “${n(d.title)}” nằm trước phần A/B/C đầu tiên; bị bỏ qua.`;
      case 'import.table-repeated':
        return `Bảng ${n(f.stated)} của chỉ số ${f.index ?? ''} xuất hiện lần nữa; các dòng được gộp vào.`;
      case 'workbook.formula-without-value':
        return `Ô ${n(f.stated)} trên trang ${n(d.sheet)} có công thức nhưng không lưu kết quả (tệp do chương trình khác tạo, chưa tính lại) nên không đọc được giá trị. Hãy mở bằng Excel, lưu lại rồi thử lại.`;
      case 'workbook.hidden-by-merge':
        return `Ô ${n(f.stated)} trên trang ${n(d.sheet)} nằm trong vùng ô gộp nên giá trị của nó không được đọc (Excel chỉ hiện ô đầu của vùng gộp). Hãy bỏ gộp hoặc chuyển giá trị sang ô khác.`;
      default:
        return `${s}: ${f.rule}`;
    }
  },

  where(f) {
    const l = f.location;
    if (!l) return '';
    if (l.row !== null && l.col !== null) return `${l.table ?? ''}, ô ${columnLetter(l.col)}${l.row}`;
    const parts = [l.table, l.line !== null ? `dòng ${l.line}` : null, l.row !== null ? `hàng ${l.row}` : null].filter(Boolean);
    return parts.join(', ');
  },

  readProblem(problem, file, line) {
    switch (problem) {
      case 'missing':
        return `Không tìm thấy tệp ${file}. Kiểm tra lại đường dẫn.`;
      case 'directory':
        return `${file} là thư mục, không phải tệp kế hoạch.`;
      case 'too-large':
        return `Tệp ${file} quá lớn để đọc (trên 50 MB, hoặc giải nén ra quá lớn); không đọc để tránh treo máy. Hãy bỏ ảnh, dữ liệu thừa rồi lưu lại.`;
      case 'binary':
        return `Tệp ${file} không phải văn bản (có thể là tệp nén, PDF hay ảnh). Hãy lưu kế hoạch dạng .txt hoặc .html.`;
      case 'empty':
        return `Tệp ${file} trống.`;
      case 'unreadable':
        return `Không đọc được tệp ${file} (không có quyền đọc?).`;
      case 'no-table':
        return `Tệp ${file} không có bảng phụ lục nào (cần dòng tiêu đề như “STT | Nhiệm vụ | …” hoặc “STT | Lĩnh vực/Tiêu chí | Điểm tối đa | …”).`;
      case 'not-zip':
        return `Tệp ${file} không phải sổ tính Excel (.xlsx): nội dung không phải tệp nén của Excel. Hãy mở bằng Excel và lưu lại dạng .xlsx.`;
      case 'truncated':
        return `Tệp ${file} bị cắt cụt hoặc hỏng (tải về chưa hết?). Hãy xin lại tệp.`;
      case 'not-xlsx':
        return `Tệp ${file} là tệp nén nhưng không phải sổ tính Excel. Hãy lưu lại dạng .xlsx.`;
      case 'too-many-entries':
        return `Tệp ${file} chứa quá nhiều thành phần để là một sổ tính thông thường; không đọc để tránh treo máy.`;
      case 'encrypted':
        return `Tệp ${file} được đặt mật khẩu mở tệp. Hãy gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi gửi lại.`;
      case 'old-format':
        return `Tệp ${file} là định dạng Excel cũ (.xls) hoặc tài liệu Office khác, không phải .xlsx. Hãy mở bằng Excel, chọn Lưu thành → Sổ làm việc Excel (.xlsx) rồi gửi lại.`;
      case 'corrupt':
        return `Tệp ${file} bị hỏng, không giải nén được. Hãy mở bằng Excel, lưu lại rồi gửi lại.`;
      case 'timeout':
        return `Đọc tệp ${file} quá lâu nên đã dừng. Hãy mở bằng Excel, xóa định dạng thừa, lưu lại rồi thử lại.`;
      case 'not-a-plan-workbook':
        return `Tệp ${file} không có trang nào theo mẫu của chiso (cần cột ID và các tiêu đề cột của mẫu). Hãy dùng tệp do chiso tạo ra.`;
      case 'cut-off':
        return `Tệp ${file} bị cắt ngang giữa một dòng của bảng${line ? ` (dòng ${line})` : ''}. Hãy lấy lại bản đầy đủ của kế hoạch.`;
      case 'over-limit':
        return `Tệp ${file} chứa quá nhiều ô, vùng gộp hoặc chuỗi để là một sổ tính thông thường; không đọc để tránh treo máy. Hãy xóa dữ liệu thừa, lưu lại rồi thử lại.`;
      case 'malformed':
        return `Tệp ${file} bị hỏng bên trong (nội dung XML không đọc được). Hãy mở bằng Excel, lưu lại rồi gửi lại.`;
    }
  },

  usage: [
    'Cách dùng:',
    '  chiso import <kế-hoạch.txt|.html> [--json] [-o tệp.json|tệp.xlsx] [--pdf] [--lang vi|en]',
    '  chiso check  <kế-hoạch.txt|.html|sổ-tính.xlsx> [--json] [--lang vi|en]',
    '  chiso assemble <kế-hoạch|sổ-tính.xlsx> -o thư-mục/ [--due dd/mm/yyyy] [--to "nơi nhận"] [--password mk] [--only tên]',
    '  chiso compile <kế-hoạch|sổ-tính.xlsx> <thư-mục-báo-cáo/> [-o tổng-hợp.xlsx] [--json] [--today yyyy-mm-dd]',
    '',
    'Mã thoát của check: 0 không có cảnh báo/lỗi, 1 có cảnh báo hoặc lỗi, 2 không đọc được tệp.',
  ].join('\n'),

  badArguments: (problem) => `Tham số không hợp lệ: ${problem}. Gõ “chiso --help” để xem cách dùng.`,

  summary: (s) =>
    `${s.file}: ${s.tasks} nhiệm vụ, ${s.criteria} tiêu chí; ${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} thông tin.`,

  noPdf: (reason) => (reason === 'not-installed' ? 'Chưa cài LibreOffice nên không tạo được PDF: apt-get install -y --no-install-recommends libreoffice-calc-nogui fonts-liberation2' : 'LibreOffice không chuyển được sổ tính sang PDF.'),
  assembled: (n, dir, zip) => `Đã tạo ${n} sổ tính báo cáo trong ${dir} và tệp nén ${zip}.`,
  unexpanded: (name, count) => `Nhóm “${name}” (${count} lần) không chỉ rõ đơn vị nào nên không có sổ tính riêng; hãy ghi rõ đơn vị trong kế hoạch nếu cần.`,
  refusal(reason, file = '') {
    const [code, detail] = [reason.split(':')[0], reason.slice(reason.indexOf(':') + 1)];
    const words: Record<string, string> = {
      'not-an-agency-workbook': 'Không phải sổ tính báo cáo do chiso tạo (thiếu trang _meta). Hãy điền vào đúng tệp đã được gửi rồi gửi lại.',
      'other-plan': `Sổ tính của kế hoạch khác (${detail}). Hãy điền vào tệp của kế hoạch này rồi gửi lại.`,
      'unknown-agency': `Sổ tính ghi đơn vị “${detail}”, không có trong danh sách nhận báo cáo của kế hoạch này. Hãy dùng đúng tệp đã gửi cho đơn vị mình.`,
      'superseded-by': `Đã có tệp mới hơn của cùng đơn vị (${detail}); tệp này không được dùng. Nếu tệp này mới đúng, hãy gửi lại nó.`,
      superseded: 'Thuộc tệp đã bị thay bằng tệp mới hơn của cùng đơn vị; không được tổng hợp.',
      'status-not-in-list': 'Tình trạng không nằm trong danh sách; hãy chọn trong danh sách thả xuống rồi gửi lại.',
      'not-a-date': 'Không phải ngày; hãy ghi dạng dd/mm/yyyy rồi gửi lại.',
      'not-a-number': 'Không phải số; hãy ghi điểm bằng số (ví dụ 1,25) rồi gửi lại.',
      'out-of-range': 'Điểm nằm ngoài khoảng từ 0 đến điểm tối đa; hãy sửa lại điểm rồi gửi lại.',
      'outside-table': 'Nằm ngoài bảng của mẫu (ngoài các cột, dòng được tổng hợp); không được tổng hợp. Hãy ghi nội dung vào cột tương ứng của nhiệm vụ, tiêu chí.',
      'row-without-id': 'Dòng do đơn vị tự thêm (không có mã); giá trị không được tổng hợp. Hãy ghi nội dung này vào dòng có sẵn của nhiệm vụ, tiêu chí tương ứng.',
      'row-not-in-template': 'Dòng không thuộc sổ tính gửi cho đơn vị này (chép từ tệp khác?); không được tổng hợp.',
      'row-missing': `Dòng ${detail} đã bị xóa khỏi sổ tính nên không có báo cáo cho dòng này. Hãy điền lại vào tệp gốc (không xóa dòng) và gửi lại.`,
      'row-repeated': 'Dòng bị lặp (sao chép); chỉ dòng đầu được tổng hợp. Hãy xóa dòng lặp hoặc gộp nội dung vào dòng đầu.',
      'extra-sheet': 'Nằm trong trang đơn vị tự thêm; không được tổng hợp. Nếu cần, hãy đưa nội dung vào trang Nhiệm vụ hoặc Tiêu chí.',
      'sheet-missing': 'Thiếu trang này trong sổ tính trả về (bị xóa hoặc đổi tiêu đề cột). Hãy dùng lại tệp gốc.',
      'locked-cell-edited': `Ô bị khóa đã bị sửa (ban đầu: “${detail}”); nội dung gốc của kế hoạch vẫn được dùng. Không sửa các ô này.`,
      'range-clamped': `Vùng ${detail} (ô gộp, kiểm tra dữ liệu hoặc định dạng) trùm cả trang tính nên đã được thu gọn khi đọc; số liệu vẫn được tổng hợp. Hãy bỏ vùng đó trong tệp của đơn vị.`,
      'over-limit': `Sổ tính chứa quá nhiều ${({ cells: 'ô có dữ liệu', merges: 'vùng ô gộp', strings: 'chuỗi văn bản', ranges: 'liên kết hoặc vùng kiểm tra dữ liệu', 'range-visits': 'vùng gộp chồng lên nhau' } as Record<string, string>)[detail] ?? detail} để là một sổ tính báo cáo; không đọc để tránh treo máy. Hãy xóa phần thừa, lưu lại rồi gửi lại.`,
      'formula-without-value': 'Ô có công thức nhưng không lưu kết quả (tệp do chương trình khác tạo, chưa tính lại) nên không đọc được giá trị. Hãy mở bằng Excel, lưu lại rồi gửi lại.',
      'hidden-by-merge': 'Ô nằm trong vùng ô gộp nên giá trị không được tổng hợp (Excel chỉ hiện ô đầu của vùng gộp). Hãy bỏ gộp ô rồi gửi lại.',
    };
    return words[code ?? ''] ?? this.readProblem(code as ReadProblem, file, null);
  },
  rejection(r) {
    return placed(r, this.refusal(r.reason, r.file), { file: 'Tệp', sheet: 'trang', cell: 'ô' });
  },
  compiled: (c) => `Đã đọc ${c.files} tệp: ${c.accepted} đơn vị được nhận, ${c.values} giá trị được tổng hợp, ${c.rejected} giá trị bị loại (xem trang Tình hình nộp), ${c.missing} đơn vị chưa nộp.`,
  wrote: (path) => `Đã ghi ${path}`,
  tableHeader: { severity: 'Mức', where: 'Vị trí', id: 'Mục', message: 'Nội dung' },
  noFindings: 'Không có phát hiện nào.',
};
