import type { CompileCounts } from '../agencies/compile';
import type { DueSource } from '../periods/calendar';
import type { Finding, Rule } from '../plan/schema';
import { formatViNumber } from '../plan/numbers';
import { columnLetter } from '../workbook-kit/spec';
import { isFileProblem } from '../agencies/file-problems';
import { fieldOf, itemWords, listOf, placed, subjectOf, wordFinding, wordReadProblem, wordRefusal } from './format';
import type { ColumnStatus } from '../import/columns';
import { parsePeriod, periodName } from '../periods/ids';
import type { ArgProblem, ReadProblemWords, RefusalWords, RuleWords, Strings } from './types';

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

/** Every rule of FindingSchema in one sentence that says what is wrong and, where it helps, what to do. */
const RULES: RuleWords = {
  'sum.children': (f) => f.details.explainedByRounding
    ? `${subject(f)}: ${field(f)} ghi ${n(f.stated)}, tổng các mục con ${n(f.computed)} — chênh ${n(f.details.difference)}, nằm trong sai số làm tròn (${n(f.details.tolerance)}).`
    : f.severity === 'info'
      ? `${subject(f)}: ${field(f)} ghi bằng lời (${n(f.stated)}) là mức phấn đấu, không phải một tổng; tổng các mục con là ${n(f.computed)}. Chỉ để biết.`
      : `${subject(f)}: ${field(f)} ghi ${n(f.stated)} nhưng tổng ${n(f.details.children)} mục con là ${n(f.computed)} — chênh ${n(f.details.difference)}, vượt sai số làm tròn (${n(f.details.tolerance)}). Kiểm tra lại số liệu của mục cha hoặc các mục con.`,
  'sum.max-missing': (f) => `${subject(f)}: ô điểm tối đa để trống. Ghi điểm tối đa của tiêu chí để cộng được điểm tối đa của mục cha.`,
  'sum.children-incomplete': (f) =>
    `${subject(f)}: ${field(f)} ghi ${n(f.stated)} nhưng không cộng được các mục con để đối chiếu vì ${list(f.details.missing)} chưa có ${field(f)}.`,
  'sipas.mean': (f) => `${subject(f)}: ${field(f)} ghi ${n(f.stated)}, trung bình các nhóm là ${n(f.computed)} — chênh ${n(f.details.difference)}${f.details.explainedByRounding ? ', trong sai số làm tròn.' : f.severity === 'info' ? '; mục tiêu ghi bằng lời là mức phấn đấu, không phải trung bình. Chỉ để biết.' : '. Kiểm tra lại chỉ số chung.'}`,
  'sipas.bounds': (f) => `${subject(f)}: ${field(f)} ${n(f.stated)} nằm ngoài khoảng 0–100%.`,
  'cross.sipas-par': (f) => `${subject(f)}: ${field(f)} ghi ${n(f.stated)} nhưng Chỉ số SIPAS chia 10 là ${n(f.computed)}. Hai phụ lục phải khớp nhau; sửa một trong hai.`,
  'bounds.result-above-max': (f) => `${subject(f)}: kết quả ${n(f.stated)} vượt điểm tối đa ${n(f.computed)}.`,
  'bounds.target-above-max': (f) => `${subject(f)}: mục tiêu ${n(f.stated)} vượt điểm tối đa ${n(f.computed)} — không thể đạt; hạ mục tiêu về tối đa ${n(f.computed)}.`,
  'bounds.negative': (f) => `${subject(f)}: ${field(f)} âm (${n(f.stated)}).`,
  'target.below-result': (f) => `${subject(f)}: mục tiêu ${n(f.stated)} thấp hơn kết quả năm trước ${n(f.computed)} — kế hoạch đang chấp nhận giảm điểm.`,
  'target.no-gain': (f) => `${subject(f)}: mục tiêu bằng kết quả năm trước (${n(f.stated)}) trong khi chưa đạt tối đa — không có kế hoạch tăng điểm (còn ${n(f.details.atStakeMax)} điểm).`,
  'target.missing': (f) => `${subject(f)}: có kết quả (${n(f.details.result)}) nhưng chưa có mục tiêu. Bổ sung mục tiêu.`,
  'target.missed': (f) => `${subject(f)}: kết quả ${n(f.stated)} chưa đạt mục tiêu ${n(f.computed)} — cần thêm ${n(f.details.atStakeTarget)} điểm; còn mất ${n(f.details.atStakeMax)} so với tối đa.`,
  'numbering.skipped': (f) => `${subject(f)}: số thứ tự nhảy từ ${n(f.computed)} sang ${n(f.stated)} — thiếu ${list(f.details.missing)}.`,
  'numbering.orphan': (f) => `${subject(f)}: không có mục cha ${n(f.details.parent)} trong phụ lục.`,
  'numbering.duplicate': (f) => `${subject(f)}: số thứ tự ${n(f.stated)} bị trùng; dòng sau được đánh mã ${n(f.computed)}.`,
  'numbering.wrong-parent': (f) => `${subject(f)}: mã ${n(f.stated)} nằm trong lĩnh vực ${n(f.details.area)} — có lẽ phải là ${n(f.computed)}.`,
  'numbering.code-repaired': (f) => `${subject(f)}: số thứ tự “${n(f.stated)}” được đọc là ${n(f.computed)}.`,
  'numbering.number-cell': (f) => `${subject(f)}: ô số thứ tự là số ${n(f.stated)} (Excel bỏ số 0 cuối khi gõ ${n(f.computed)}); đọc là ${n(f.computed)} vì đứng sau ${n(f.details.previous)}. Để khỏi bị đổi, hãy định dạng cột số thứ tự là Văn bản (Text) rồi gõ lại.`,
  'text.repaired': (f) => `${subject(f) ? subject(f) + ': ' : ''}đã sửa ký tự lỗi mã hóa trong ${field(f)} (${list(f.details.repairs)}).`,
  'agency.spellings': (f) => `Một đơn vị được viết nhiều cách: ${list(f.details.spellings)} — thống nhất là “${n(f.details.canonical)}”.`,
  'agency.inherited': (f) => `${subject(f)}: ô đơn vị chủ trì để trống (hoặc gộp với ô trên) — lấy theo dòng trên: ${n(f.computed)}.`,
  'agency.missing-lead': (f) => `${subject(f)}: chưa có đơn vị chủ trì tham mưu, theo dõi. Bổ sung đơn vị chủ trì.`,
  'agency.unknown': (f) => `${subject(f)}: ${field(f)} “${n(f.stated)}” không có trên trang Đơn vị. Sửa lại cho đúng tên đơn vị, hoặc thêm đơn vị này vào trang Đơn vị.`,
  'agency.email-invalid': (f) => `${n(f.details.name)}: email “${n(f.stated)}” không đúng dạng (ví dụ vanphong@hanoi.gov.vn; nhiều địa chỉ cách nhau bằng dấu ;).`,
  'agency.unknown-group': (f) => `${n(f.details.name)}: nhóm “${n(f.stated)}” không phải là nhóm đơn vị nào trên trang Đơn vị; đơn vị này không nhận phần việc giao cho nhóm. Sửa cột Thuộc nhóm cho đúng tên nhóm.`,
  'agency.duplicate-code': (f) => `${n(f.details.name)}: mã đơn vị ${n(f.stated)} trùng với ${n(f.details.first)}; mã bị bỏ qua với đơn vị này. Sửa lại mã cho đúng.`,
  'agency.members-bundled': (f) => `“${n(f.stated)}” gồm ${n(f.computed)} xã, phường theo danh sách kèm theo (Hà Nội, từ 01/7/2025). Có thể sửa, thêm email và người liên hệ trên trang Đơn vị.`,
  // An empty cell has no text to quote: '“”' would read as a reading fault.
  'task.deadline-unparsed': (f) => String(f.stated ?? '').trim() === ''
    ? `${subject(f)}: chưa ghi tiến độ (ô thời hạn để trống); nhiệm vụ này không được tính quá hạn. Bổ sung thời hạn nếu có.`
    : `${subject(f)}: không đọc được tiến độ “${n(f.stated)}” thành thời hạn; giữ nguyên văn bản.`,
  'task.no-lead': (f) => `${subject(f)}: chưa có cơ quan chủ trì. Bổ sung cơ quan chủ trì cho nhiệm vụ.`,
  'task.subarea-wrong-area': (f) => `${subject(f)}: tiểu mục ${n(f.stated)} nằm trong lĩnh vực ${n(f.details.area)} — có lẽ phải là ${n(f.computed)}.`,
  'task.subarea-sequence': (f) => f.details.missing
    ? `${subject(f)}: số tiểu mục nhảy cóc — thiếu ${list(f.details.missing)}.`
    : `${subject(f)}: tiểu mục ${n(f.stated)} không theo thứ tự (sau ${n(f.details.previous)}).`,
  'link.unmatched-group': (f) => `${subject(f)}: không tìm thấy tiêu chí nào của chỉ số ${f.index ?? ''} khớp tên nhóm nhiệm vụ này.`,
  'meta.dates-disagree': (f) => `Kế hoạch ghi các ngày khác nhau: ${list(f.details.dates).replace(/\bheading:/, 'đầu văn bản:')}.`,
  'meta.years-disagree': (f) => `Các phụ lục ghi ${field(f)} khác nhau: ${n(f.stated)} và ${n(f.computed)} (${n(f.details.table)}).`,
  'meta.number-missing': () => 'Không tìm thấy số hiệu kế hoạch (dòng “Số: …”).',
  'sheet.missing': (f) => `Không tìm thấy trang “${n(f.stated)}” (hoặc trang có cùng tiêu đề cột). Phần này của kế hoạch không được đọc.`,
  'sheet.row-without-id': (f) => `Dòng không có ID (dòng thêm vào?): “${n(f.stated)}”. Dòng này không thuộc kế hoạch; nếu cần, thêm nó bằng add-in.`,
  'sheet.unknown-id': (f) => `ID “${n(f.stated)}” không đúng dạng; dòng bị bỏ qua. Đừng sửa cột ID.`,
  'sheet.duplicate-id': (f) => `ID ${n(f.stated)} xuất hiện lần nữa (dòng bị sao chép?); chỉ dòng đầu được đọc.`,
  'sheet.number-unreadable': (f) => `${subject(f)}: “${n(f.stated)}” ở cột ${field(f)} không phải số. Nhập số (ví dụ 9,5) hoặc để trống.`,
  'sheet.unknown-index': (f) => `${subject(f)}: cột Chỉ số ghi “${n(f.stated)}” — phải là PAR, SIPAS hoặc PAPI.`,
  'sheet.invalid': (f) => `Dữ liệu đọc được không hợp lệ: ${n(f.stated)}.`,
  'workbook.clamped': (f) => f.computed === null
    ? `Vùng ${n(f.stated)} trên trang ${n(f.details.sheet)} quá lớn hoặc không đọc được nên đã bỏ qua (chỉ ảnh hưởng định dạng, không ảnh hưởng số liệu).`
    : `Vùng ${n(f.stated)} trên trang ${n(f.details.sheet)} trùm cả trang tính; đã thu về ${n(f.computed)} để đọc được.`,
  'import.row-short': (f) => `Dòng số “${n(f.stated)}” thiếu một ô — các cột của dòng này có thể bị lệch. Kiểm tra dòng này trong bảng gốc.`,
  'import.row-misaligned': (f) => `Ô “${n(f.stated)}” không khớp với cột nào — một dòng của bảng bị thiếu hoặc thừa ô. Kiểm tra bảng gốc quanh vị trí này.`,
  'import.row-unrecognised': (f) => `Không nhận ra số thứ tự “${n(f.stated)}”${f.details.title || f.details.name ? ` của dòng “${n(f.details.title ?? f.details.name)}”` : ''}; ${f.details.kept === false ? 'dòng không được nhập' : 'dòng được giữ nhưng cần kiểm tra'}.`,
  'import.value-footnote': (f) =>
    `${subject(f)}: “${n(f.stated)}” ở cột ${field(f)} có dấu chú thích “${n(f.details.mark)}”; ${f.computed === null ? 'đã bỏ dấu đó' : `đã đọc là ${n(f.computed)}`}. Xem chú thích trong văn bản gốc.`,
  'import.number-unreadable': (f) =>
    FORMULA_ERROR.test(String(f.stated ?? ''))
      ? `${subject(f)}: ô ${field(f)} là lỗi công thức “${n(f.stated)}” (thường vì công thức trỏ tới ô đã xóa), nên không có số. Sửa công thức trong tệp gốc, hoặc ghi số vào ô, rồi nhập lại.`
      : `${subject(f)}: không đọc được số “${n(f.stated)}” ở cột ${field(f)}. Sửa thành số (ví dụ 9,5).`,
  'import.total-missing': (f) => `Phụ lục chỉ số ${f.index ?? ''} không có dòng tổng.`,
  'import.part-unknown': (f) => `Phần ${n(f.details.part)} “${n(f.stated)}” không nêu chỉ số nào (PAR INDEX, PAPI, SIPAS); các nhiệm vụ của phần này bị bỏ qua.`,
  'import.row-outside-part': (f) =>
    `chiso không nhận ra dòng “${n(f.details.title)}” thuộc chỉ số nào (PAR INDEX, PAPI, SIPAS): phía trên nó chưa có dòng phần hay nhóm nào mà chiso nhận ra là nêu tên một chỉ số; dòng bị bỏ qua.`,
  'import.table-repeated': (f) => `Bảng ${n(f.stated)} của chỉ số ${f.index ?? ''} xuất hiện lần nữa; các dòng được gộp vào.`,
  // Reading other provinces' layouts (issue #10): what was inferred, and what could not be read.
  'import.roman-areas': (f) => `${f.index ?? ''}: các lĩnh vực đánh số La Mã được đọc theo số của các tiêu chí bên dưới (${list(f.details.areas)}).`,
  'import.codes-inferred': (f) => `${f.index ?? ''}: ${n(f.computed)} dòng không có số thứ tự được đọc là tiêu chí con của dòng trên.`,
  'import.max-assumed': (f) => `${f.index ?? ''}: bảng không có cột điểm tối đa; đã áp dụng thang điểm của chỉ số (${n(f.details.scale)}).`,
  'import.partial-list': (f) => `${f.index ?? ''}: dưới ${list(f.details.parents)} chỉ liệt kê một phần tiêu chí (tổng điểm tối đa nhỏ hơn); không kiểm tra tổng và số thứ tự ở đó.`,
  'import.target-words': (f) => `${subject(f)}: mục tiêu “${n(f.stated)}” được đọc là ${n(f.computed)}; giữ nguyên lời văn.`,
  'import.target-rank': (f) => `${subject(f)}: mục tiêu “${n(f.stated)}” không phải là điểm số (thứ hạng hoặc cách ghi không đọc được thành số); giữ dạng chữ, không kiểm tra.`,
  'import.part-inferred': (f) => `Bảng nhiệm vụ không chia phần A/B/C; các nhiệm vụ được xếp vào chỉ số ${n(f.computed)} (theo ${f.details.from === 'caption' ? 'tên bảng' : 'chỉ số duy nhất của kế hoạch'}).`,
  'import.result-year': (f) => `Bảng ${n(f.details.table)}: kết quả lấy ở cột “${n(f.stated)}” (năm gần nhất trước năm mục tiêu), không lấy ${list(f.details.others)}.`,
  'import.result-ambiguous': (f) => `Bảng ${n(f.details.table)}: nhiều cột kết quả ${f.computed === null ? 'không ghi năm' : `cùng năm ${f.computed}`}; đã lấy “${n(f.stated)}”, không lấy ${list(f.details.others)}. Hãy kiểm tra, hoặc chọn cột bằng --explain.`,
  'import.columns-ignored': (f) => `Bảng ${n(f.details.table)}: các cột không được nhập: ${list(f.details.columns)}.`,
  'import.appendix-without-table': (f) => `Văn bản có tiêu đề “${n(f.stated)}” nhưng không có bảng nào dưới nó mà chiso đọc được (bảng có thể đã bị lưu thành các đoạn văn, hoặc thành ảnh). Hãy mở tệp kiểm tra, hoặc nhập bản khác của kế hoạch (.docx, .html, PDF).`,
  'import.table-unrecognised': (f) => `Bảng có dòng tiêu đề “${n(f.stated)}” không được nhập: các cột không khớp bảng phụ lục nào (nhiệm vụ, hoặc tiêu chí có điểm).`,
  'import.block-skipped': (f) => `Bảng ${n(f.details.rows)} dòng bắt đầu “${n(f.stated)}” không có dòng tiêu đề phụ lục; không được nhập.`,
  'import.subtotal-skipped': (f) => `${subject(f)}: “${n(f.stated)}” là dòng cộng phụ sau dòng tổng của chỉ số; không nhập thành tiêu chí.`,
  'import.row-repeated': (f) => `${subject(f)}: dòng “${n(f.stated)}” in lại đúng số thứ tự và tên của một dòng đã đọc (trang tổng hợp và trang của lĩnh vực); gộp làm một tiêu chí.`,
  'import.note-row': (f) => `${subject(f)}: dòng “${n(f.stated)}” là ghi chú của bảng, không nhập thành tiêu chí.`,
  'import.subtotal-area': (f) => `${subject(f)}: “${n(f.stated)}” là dòng cộng của lĩnh vực ${f.details.area}; điểm tối đa, kết quả và mục tiêu lĩnh vực chưa ghi được lấy từ dòng này, không nhập thành tiêu chí.`,
  'import.codes-in-names': (f) => `${f.index ?? ''}: ${n(f.computed)} dòng ghi số thứ tự ở đầu tên (cột số thứ tự để trống); đã đọc số từ đó.`,
  'import.parent-not-printed': (f) => `${f.index ?? ''}: một số tiêu chí được liệt kê mà không có dòng cấp trên; mỗi tiêu chí được xếp dưới dòng gần nhất có in (${list(f.details.rows)}).`,
  'import.index-unknown': (f) => `Bảng ${n(f.stated)}: không xác định được chỉ số (PAR INDEX, SIPAS, PAPI); hãy ghi tên chỉ số ở tiêu đề bảng.`,
  'workbook.formula-without-value': (f) => `Ô ${n(f.stated)} trên trang ${n(f.details.sheet)} có công thức nhưng không lưu kết quả (tệp do chương trình khác tạo, chưa tính lại) nên không đọc được giá trị. Hãy mở bằng Excel, lưu lại rồi thử lại.`,
  'workbook.hidden-by-merge': (f) => `Ô ${n(f.stated)} trên trang ${n(f.details.sheet)} nằm trong vùng ô gộp nên giá trị của nó không được đọc (Excel chỉ hiện ô đầu của vùng gộp). Hãy bỏ gộp hoặc chuyển giá trị sang ô khác.`,  // The plan workbook's Lịch báo cáo (issue #15).
  'sheet.date-unreadable': (f) => `Hạn của tỉnh${f.computed ? ` cho kỳ ${n(f.computed)}` : ''} ghi “${n(f.stated)}” — không phải một ngày. Ghi ngày dạng dd/mm/yyyy (ví dụ 05/03/2026) hoặc để trống; đến khi sửa, kỳ này dùng hạn chung của tỉnh hoặc hạn của Bộ.`,
  'sheet.day-unreadable': (f) => `Hạn chung của tỉnh ghi “${n(f.stated)}” — cần một số ngày từ 1 đến 31 (ví dụ 5: ngày 5 của tháng cuối kỳ) hoặc để trống; đến khi sửa, các kỳ dùng hạn của Bộ.`,
  'sheet.period-unreadable': (f) => `Kỳ báo cáo “${n(f.stated)}” không đọc được; dòng bị bỏ qua. Ghi như “Tháng 4/2026”, “Quý I/2026”, hoặc để trống cột Kỳ và ghi ngày ở hai cột Số liệu từ ngày, đến ngày (một kỳ đột xuất).`,
};

/** Why a return or a value in it was not taken, and what to do. */
/** 150000 -> '150.000' (vi) or '150,000' (en). */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** A period id as people name it ('2026-Q1' → 'Quý I/2026'); an id no chiso writes, as written. */
/** 'YYYY-MM-DD' → 'dd/mm/yyyy'. */
const day = (iso: string) => iso.split('-').reverse().join('/');
/** A spreadsheet's error value left where a number should be ('#REF!', '#DIV/0!'). */
const FORMULA_ERROR = /^#(?:REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!)$/;

/** Where a round's due date comes from, as said beside it. */
const DUE_FROM_VI: Record<DueSource, string> = {
  given: 'theo --due',
  'plan-period': 'theo trang Lịch báo cáo của sổ kế hoạch',
  'plan-rule': 'theo hạn chung của tỉnh trên trang Lịch báo cáo',
  ministry: 'hạn gửi Bộ Nội vụ; hạn riêng của tỉnh ghi trên trang Lịch báo cáo của sổ kế hoạch',
};

const roundName = (id: string) => {
  const p = parsePeriod(id);
  return p ? periodName(p) : id;
};

const REFUSALS: RefusalWords = {
  'not-an-agency-workbook': () => 'Không phải sổ tính báo cáo do chiso tạo (thiếu trang _meta). Hãy điền vào đúng tệp đã được gửi rồi gửi lại.',
  'version-missing': () => 'Sổ tính không ghi phiên bản mẫu hợp lệ (trang _meta đã bị sửa?) nên không biết đọc theo mẫu nào; không được tổng hợp. Hãy điền vào đúng tệp đã được gửi rồi gửi lại.',
  'version-unknown': (r) => `Sổ tính theo mẫu phiên bản ${r.version}, do một phiên bản chiso mới hơn tạo ra; chiso này đọc được mẫu đến phiên bản ${r.newest}. Hãy cập nhật chiso rồi tổng hợp lại.`,
  'other-plan': (r) => `Sổ tính của kế hoạch khác (${r.plan}). Hãy điền vào tệp của kế hoạch này rồi gửi lại.`,
  'unknown-agency': (r) => `Sổ tính ghi đơn vị “${r.recipient}”, không có trong danh sách nhận báo cáo của kế hoạch này. Hãy dùng đúng tệp đã gửi cho đơn vị mình.`,
  'superseded-by': (r) =>
    r.why === 'newer'
      ? `Đã có tệp mới hơn của cùng đơn vị (${r.by}); tệp này không được dùng. Nếu tệp này mới đúng, hãy gửi lại nó.`
      : r.why === 'named'
        ? `Cùng đơn vị với tệp ${r.by}, tệp mang tên của đơn vị nên được dùng; tệp này không được dùng. Nếu tệp này mới đúng, hãy gửi lại nó.`
        : `Tên tệp là của “${r.other}” nhưng sổ tính (trang _meta) là của đơn vị khác, và đơn vị đó đã có tệp mang đúng tên mình (${r.by}); tệp này không được tổng hợp. Nếu đây là báo cáo của “${r.other}” điền nhầm vào sổ tính của đơn vị khác, đề nghị “${r.other}” điền vào sổ tính của chính mình rồi gửi lại.`,
  'superseded': () => 'Thuộc tệp đã bị thay bằng tệp mới hơn của cùng đơn vị, và tệp mới hơn ghi khác hoặc để trống ô này; giá trị này không được tổng hợp. Nếu nó mới đúng, hãy ghi lại vào tệp mới rồi gửi lại.',
  'status-not-in-list': (r) => `Tình trạng “${r.typed}” không nằm trong danh sách; hãy chọn trong danh sách thả xuống rồi gửi lại.`,
  'not-a-date': () => 'Không phải ngày; hãy ghi dạng dd/mm/yyyy rồi gửi lại.',
  'date-after-saved': (r) => `Ngày hoàn thành ${day(r.date)} sau ngày tệp được lưu (${day(r.saved)}), nên chưa thể đã hoàn thành: ngày này không được tổng hợp (trạng thái vẫn được lấy). Hãy sửa lại ngày rồi gửi lại.`,
  'not-a-number': () => 'Không phải số; hãy ghi điểm bằng số (ví dụ 1,25) rồi gửi lại.',
  'out-of-range': () => 'Điểm nằm ngoài khoảng từ 0 đến điểm tối đa; hãy sửa lại điểm rồi gửi lại.',
  'outside-table': () => 'Nằm ngoài bảng của mẫu (ngoài các cột, dòng được tổng hợp); không được tổng hợp. Hãy ghi nội dung vào cột tương ứng của nhiệm vụ, tiêu chí.',
  'row-without-id': () => 'Dòng do đơn vị tự thêm (không có mã); giá trị không được tổng hợp. Hãy ghi nội dung này vào dòng có sẵn của nhiệm vụ, tiêu chí tương ứng.',
  'row-not-in-template': () => 'Dòng không thuộc sổ tính gửi cho đơn vị này (chép từ tệp khác?); không được tổng hợp.',
  'row-missing': (r) => `Dòng ${r.id} đã bị xóa khỏi sổ tính nên không có báo cáo cho dòng này. Hãy điền lại vào tệp gốc (không xóa dòng) và gửi lại.`,
  'row-repeated': () => 'Dòng bị lặp (sao chép); chỉ dòng đầu được tổng hợp. Hãy xóa dòng lặp hoặc gộp nội dung vào dòng đầu.',
  'extra-sheet': () => 'Nằm trong trang đơn vị tự thêm; không được tổng hợp. Nếu cần, hãy đưa nội dung vào trang Nhiệm vụ hoặc Tiêu chí.',
  'sheet-missing': () => 'Thiếu trang này trong sổ tính trả về (bị xóa hoặc đổi tiêu đề cột). Hãy dùng lại tệp gốc.',
  'locked-cell-edited': (r) => `Ô bị khóa đã bị sửa (ban đầu: “${r.original}”); nội dung gốc của kế hoạch vẫn được dùng. Không sửa các ô này.`,
  'range-clamped': (r) => `Vùng ${r.range} (ô gộp, kiểm tra dữ liệu hoặc định dạng) trùm cả trang tính nên đã được thu gọn khi đọc; số liệu vẫn được tổng hợp. Hãy bỏ vùng đó trong tệp của đơn vị.`,
  'column-missing': (r) => `Thiếu cột “${r.header}” (bị xóa hoặc đổi tiêu đề): không đọc được giá trị nào của cột này; các cột khác vẫn được tổng hợp. Nếu đơn vị đã điền cột này, hãy khôi phục cột (đúng tiêu đề) hoặc điền lại vào tệp gốc rồi gửi lại.`,
  'extra-sheet-cells': (r) => `Trang do đơn vị tự thêm: ${thousands(r.count)} ô có nội dung không được đọc (không tổng hợp, không liệt kê từng ô). Nếu cần, hãy đưa nội dung vào trang Nhiệm vụ hoặc Tiêu chí.`,
  'more-refused': (r) => `Còn ${thousands(r.count)} ô khác trên trang này cũng bị loại (không liệt kê từng ô). Hãy xem lại trang này rồi gửi lại.`,
  'name-other-agency': (r) => `Tên tệp là của “${r.agency}” nhưng sổ tính (trang _meta) là của “${r.workbook}”; đã tổng hợp cho “${r.workbook}”. Nếu đây là báo cáo của “${r.agency}” điền nhầm vào sổ tính của đơn vị khác, đề nghị “${r.agency}” điền vào sổ tính của chính mình rồi gửi lại.`,
  'same-agency-differs': (r) => `Cùng đơn vị với tệp ${r.files.join(', ')} nhưng nội dung khác nhau; tệp này được dùng, tệp kia không. Hãy hỏi lại đơn vị bản nào đúng.`,
  'formula-without-value': () => 'Ô có công thức nhưng không lưu kết quả (tệp do chương trình khác tạo, chưa tính lại) nên không đọc được giá trị. Hãy mở bằng Excel, lưu lại rồi gửi lại.',
  'hidden-by-merge': () => 'Ô nằm trong vùng ô gộp nên giá trị không được tổng hợp (Excel chỉ hiện ô đầu của vùng gộp). Hãy bỏ gộp ô rồi gửi lại.',
  'parent-score-typed': (r) => `Điểm “${r.typed}” ghi vào ô của một tiêu chí có tiêu chí thành phần; ô này không chấm trực tiếp (với PAR INDEX và PAPI nó là tổng các tiêu chí thành phần; với một nhóm SIPAS, không tính từ điểm của đơn vị), nên giá trị này không được tổng hợp. Hãy chấm điểm từng tiêu chí thành phần.`,
  // Reporting periods (issue #15).
  'other-period': (r) => `Sổ tính của kỳ báo cáo ${roundName(r.period)}, không phải kỳ đang tổng hợp (${roundName(r.expected)}); không được tổng hợp vào kỳ này. Hãy điền vào tệp của kỳ ${roundName(r.expected)} rồi gửi lại.`,
};

/** Why a file could not be read at all, naming it, and what to do. */
const PROBLEMS: ReadProblemWords = {
  // Worded by the readers' own table (sourceProblem), called once `vi` exists.
  source: (p, file) => vi.sourceProblem(p.problem, file),
  'missing': (_, file) => `Không tìm thấy tệp ${file}. Kiểm tra lại đường dẫn.`,
  'directory': (_, file) => `${file} là thư mục, không phải tệp.`,
  'too-large': (_, file) => `Tệp ${file} quá lớn để đọc (trên 50 MB, hoặc giải nén ra quá lớn); không đọc để tránh treo máy. Hãy bỏ ảnh, dữ liệu thừa rồi lưu lại.`,
  'binary': (_, file) => `Tệp ${file} không phải văn bản (có thể là tệp nén, PDF hay ảnh). Hãy lưu kế hoạch dạng .txt, .html hoặc .docx.`,
  'empty': (_, file) => `Tệp ${file} trống (không có nội dung): có lẽ tệp chưa tải về hoặc chưa đính kèm hết. Hãy lấy lại tệp.`,
  'unreadable': (_, file) => `Không đọc được tệp ${file} (lỗi khi đọc từ đĩa). Hãy thử lại hoặc chép tệp sang chỗ khác.`,
  'no-table': (_, file) => `Tệp ${file} không có bảng phụ lục nào: cần một bảng có dòng tiêu đề gồm các cột như “STT”, “Nhiệm vụ”… hoặc “STT”, “Lĩnh vực/Tiêu chí”, “Điểm tối đa”….`,
  'not-zip': (_, file) =>
    `Tệp ${file} không phải sổ tính Excel (.xlsx), cũng không nhận ra là loại tệp nào khác. Nếu là bảng tính dạng khác (.csv, văn bản), hãy mở bằng Excel và lưu lại dạng .xlsx; nếu không, hãy xin lại đúng sổ tính .xlsx đã điền.`,
  'pdf': (_, file) => `Tệp ${file} là tệp PDF (bản in hoặc bản quét), không phải sổ tính Excel, nên không lấy được số liệu. Hãy xin lại sổ tính .xlsx đã điền (bản PDF có chữ ký có thể gửi kèm).`,
  'image': (_, file) => `Tệp ${file} là ảnh (ảnh chụp hoặc bản quét), không phải sổ tính Excel, nên không lấy được số liệu. Hãy xin lại sổ tính .xlsx đã điền.`,
  'web-page': (_, file) => `Tệp ${file} là trang web hoặc bảng dạng HTML/XML mang tên sổ tính (nhiều phần mềm xuất ra như vậy), không phải .xlsx. Hãy mở tệp bằng Excel, chọn Lưu thành → Sổ làm việc Excel (.xlsx) rồi dùng tệp .xlsx đó.`,
  'word-document': (_, file) => `Tệp ${file} là tài liệu Word, không phải sổ tính Excel, nên không lấy được số liệu. Hãy xin lại sổ tính .xlsx đã điền.`,
  'opendocument': (_, file) => `Tệp ${file} là tệp OpenDocument (LibreOffice: .ods, .odt), không phải .xlsx. Nếu là bảng tính, hãy mở bằng LibreOffice hoặc Excel, lưu lại dạng Excel (.xlsx) rồi dùng tệp .xlsx đó.`,
  'truncated': (_, file) => `Tệp ${file} bị cắt cụt hoặc hỏng (tải về chưa hết?). Hãy xin lại tệp.`,
  'not-xlsx': (_, file) => `Tệp ${file} không phải sổ tính Excel: đó là một tệp nén (.zip) hoặc một loại tài liệu khác. Nếu là tệp nén chứa các sổ tính .xlsx, hãy giải nén rồi dùng các tệp bên trong; nếu không, hãy xin lại sổ tính .xlsx.`,
  'too-many-entries': (_, file) => `Tệp ${file} chứa quá nhiều thành phần để là một sổ tính thông thường; không đọc để tránh treo máy.`,
  'encrypted': (_, file) => `Tệp ${file} được đặt mật khẩu mở tệp. Hãy gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi gửi lại.`,
  'old-format': (_, file) => `Tệp ${file} là định dạng Excel cũ (.xls) hoặc tài liệu Office khác, không phải .xlsx. Hãy mở bằng Excel, chọn Lưu thành → Sổ làm việc Excel (.xlsx) rồi dùng tệp .xlsx đó.`,
  'corrupt': (_, file) => `Tệp ${file} bị hỏng, không giải nén được. Hãy mở bằng Excel, lưu lại rồi gửi lại.`,
  'timeout': (_, file) => `Đọc tệp ${file} quá lâu nên đã dừng. Hãy mở bằng Excel, xóa định dạng thừa, lưu lại rồi thử lại.`,
  'not-a-plan-workbook': (p, file) =>
    p.made === 'agency'
      ? `Tệp ${file} là sổ tính báo cáo của một đơn vị (chiso tạo để gửi đi), không phải sổ kế hoạch. Các sổ tính đơn vị gửi lại được tổng hợp bằng lệnh “chiso compile <kế-hoạch> <thư-mục-báo-cáo>” hoặc ở thẻ Đơn vị của add-in.`
      : p.made === 'master'
        ? `Tệp ${file} là sổ tổng hợp (chiso tổng hợp từ các sổ tính gửi lại), không phải sổ kế hoạch. Báo cáo từ sổ này được viết bằng lệnh “chiso report ${file} -o bao-cao.docx” hoặc ở thẻ Đơn vị của add-in.`
        : `Tệp ${file} không có trang nào theo mẫu của chiso (cần cột ID và các tiêu đề cột của mẫu). Hãy dùng tệp do chiso tạo ra.`,
  'space-aligned': (p, file) =>
    `Tệp ${file} có tiêu đề cột của bảng${p.line ? ` ở dòng ${p.line}` : ''} nhưng các ô của bảng không được chia cột (văn bản chép ra từ PDF: các cột chỉ căn thẳng bằng dấu cách, hoặc mỗi ô một dòng), nên chiso không tách được các cột. Hãy nhập chính tệp PDF, hoặc bản .docx hay .html của kế hoạch.`,
  'cut-off': (p, file) => `Tệp ${file} bị cắt ngang giữa một dòng của bảng${p.line ? ` (dòng ${p.line})` : ''}. Hãy lấy lại bản đầy đủ của kế hoạch.`,
  'no-permission': (_, file) => `Không có quyền đọc tệp ${file}. Hãy cấp quyền đọc hoặc chép tệp sang thư mục khác.`,
  'not-a-regular-file': (_, file) => `${file} không phải tệp thông thường (liên kết tới thiết bị, FIFO, ổ cắm…) nên không được đọc. Hãy đặt vào thư mục tệp .xlsx thật.`,
  'damaged': (_, file) => `Tệp ${file} là sổ tính nhưng bị hỏng bên trong (nội dung không đúng cấu trúc Excel). Hãy mở bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx rồi gửi lại.`,
  'not-docx': (_, file) => `Tệp ${file} không phải tài liệu Word (.docx) đọc được. Hãy mở bằng Word và lưu lại dạng .docx.`,
  'old-word-format': (_, file) => `Tệp ${file} là định dạng Word cũ (.doc) hoặc đã đặt mật khẩu. Hãy mở bằng Word, gỡ mật khẩu nếu có, chọn Lưu thành → Tài liệu Word (.docx) rồi dùng tệp .docx đó.`,
  'over-limit': (_, file) => `Tệp ${file} chứa quá nhiều ô, vùng gộp, chuỗi văn bản hoặc liên kết so với một sổ tính thông thường; không đọc để tránh treo máy. Hãy xóa phần thừa (định dạng, ô gộp hoặc dữ liệu nằm xa bảng), lưu lại rồi thử lại.`,
  'malformed': (_, file) => `Tệp ${file} bị hỏng bên trong (nội dung XML không đọc được). Hãy mở bằng Excel, lưu lại rồi gửi lại.`,
  'outgoing-bundle': (_, file) => `Tệp ${file} là gói sổ tính chiso tạo để gửi đi (các sổ chưa điền và danh sách gửi), không phải báo cáo đơn vị gửi lại, nên không đọc. Hãy để các tệp đơn vị gửi lại ở thư mục riêng.`,
};

/** Why a column of the import preview is not read (ui.mapping.why). */
const MAPPING_WHY_VI: Record<ColumnStatus, string> = {
  mapped: 'đọc',
  'other-year': 'năm khác, không đọc',
  duplicate: 'đã có cột cùng vai trò, không đọc',
  ignored: 'không dùng trong bảng này',
  unknown: 'không nhận ra tiêu đề, không đọc',
  blank: 'không có tiêu đề, không đọc',
};

/** A compile, said the same in the pane and the command line: each file's fate, then the values, then who is missing. */
function compiledWords(c: CompileCounts, seeRefusals: string): string {
  const files = [`${c.accepted} đơn vị được nhận${c.blank > 0 ? ` (${c.blank} trong số đó gửi sổ chưa điền gì)` : ''}`];
  if (c.superseded > 0) files.push(`${c.superseded} tệp không dùng vì đã có tệp khác của cùng đơn vị`);
  if (c.refusedFiles > 0) files.push(`${c.refusedFiles} tệp bị từ chối`);
  return `Đã đọc ${c.files} tệp: ${files.join(', ')}; ${c.values} giá trị được tổng hợp, ${c.refusedValues} giá trị bị loại${seeRefusals}; ${c.missing} đơn vị chưa nộp.`;
}

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
      fileHint: 'Tệp .docx, .pdf, .html, .txt, hoặc sổ tính .xlsx (bảng phụ lục của tỉnh, hoặc sổ do chiso tạo)',
      selection: 'Đọc vùng đang chọn',
      preview: (p) => `Đọc được ${p.tasks} nhiệm vụ và ${p.criteria} tiêu chí (PAR INDEX ${p.par}, SIPAS ${p.sipas}, PAPI ${p.papi}); ${p.errors} lỗi, ${p.warnings} cảnh báo.`,
      willCreate: 'Sẽ tạo các trang mới:',
      create: 'Tạo các trang',
      download: 'Tải sổ tính (.xlsx)',
      openCopy: 'Mở thành sổ tính mới',
      created: (sheets) => `Đã tạo ${sheets.length} trang: ${sheets.join(', ')}.`,
      renamed: (planned, actual) => `Trang “${planned}” đã có sẵn nên trang mới tên là “${actual}” (không ghi đè).`,
      // Task pane, issue 14
      chooseFile: 'Chọn tệp kế hoạch…',
      demoHint: 'Chưa có tệp kế hoạch? Có thể thử với kế hoạch mẫu:',
      pastedName: 'Văn bản đã dán',
      selectionName: 'Vùng đang chọn',
      notPlanAgency: (file) => `Tệp ${file} là sổ tính báo cáo của một đơn vị (chiso tạo để gửi đi), không phải kế hoạch. Sổ tính đơn vị gửi lại được tổng hợp ở thẻ Đơn vị, mục “Tổng hợp các sổ tính gửi lại”.`,
      notPlanMaster: (file) => `Tệp ${file} là sổ tổng hợp (chiso tổng hợp từ các sổ tính gửi lại), không phải kế hoạch. Báo cáo từ sổ này được viết ở thẻ Đơn vị, mục “Viết báo cáo”.`,
      foundInWorkbook: (criteria, tasks) => `Sổ tính này đã có các trang kế hoạch của chiso: đã đọc ${tasks} nhiệm vụ và ${criteria} tiêu chí từ đó, không cần nhập lại.`,
      nextStep: 'Tiếp theo: kiểm tra số liệu',
      createAgain: 'Tạo thêm một bộ trang…',
      confirmTitle: 'Tạo thêm một bộ trang nữa?',
      confirmBody: 'Sổ tính này đã có các trang kế hoạch của chiso. Bộ trang mới sẽ mang tên có “(2)” kèm một trang ẩn _meta thứ hai không xóa được bằng tay. Thường chỉ cần sửa các trang đang có rồi bấm “Đọc và kiểm tra các trang” ở thẻ Kiểm tra.',
      confirmYes: 'Vẫn tạo thêm',
      confirmNo: 'Không tạo',
      sourceProblem: (source, message) => `${source}: ${message}`,
      openWorkbookName: 'Sổ tính đang mở',
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
      // Task pane, issue 14
      highlight: 'Tô các tiêu chí chưa đạt mục tiêu',
      highlightHint: 'Tô nền cam các dòng có kết quả thấp hơn mục tiêu ở các trang PL2–PL4, đè lên định dạng sẵn có; tắt để bỏ tô.',
      highlighted: (n) => (n === 0 ? 'Không có tiêu chí nào có kết quả thấp hơn mục tiêu.' : `Đã tô ${n} tiêu chí có kết quả thấp hơn mục tiêu. Dấu tô đi theo số liệu: sửa kết quả hay mục tiêu là dấu tự cập nhật.`),
      cleared: 'Đã bỏ tô: không còn dấu nào chiso đã tô trên các trang.',
      clear: 'Bỏ mọi dấu tô của chiso',
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
      // Task pane, issue 14
      lostNote: 'Còn mất = điểm tối đa − kết quả năm trước, như cột “Điểm còn mất” ở các trang PL2–PL4 và biểu đồ dưới đây.',
    },
    print: {
      intro: 'Thiết lập in cho các trang tổng hợp: in ngang, vừa một trang ngang (khổ A4, hoặc A3 cho bảng rộng), lặp dòng tiêu đề, đánh số trang.',
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
      compileHint: 'Chọn một hoặc nhiều tệp .xlsx đơn vị đã điền (hoặc tệp .zip chứa chúng)',
      compiled: (c) => compiledWords(c, ''),
      pickOne: 'Sổ tính của một đơn vị',
      choose: 'Chọn một đơn vị',
      downloadOne: 'Tải sổ tính này',
      dueInvalid: 'Ghi ngày dạng dd/mm/yyyy, ví dụ 15/12/2025; để trống nếu không đặt hạn.',
      password: 'Mật khẩu bảo vệ trang (không bắt buộc)',
      passwordHint: 'Chỉ các ô nền tím nhạt được sửa; mật khẩu ngăn đơn vị gỡ khóa các ô khác.',
      downloadMaster: 'Tải sổ tổng hợp',
      // Task pane, issue 14
      sendTitle: '1. Gửi sổ tính cho các đơn vị',
      compileTitle: '2. Tổng hợp các sổ tính gửi lại',
      duePlaceholder: 'dd/mm/yyyy',
      noDue: (n) => `Chưa đặt hạn gửi lại: ${n} sổ tính sẽ gửi đi mà không ghi hạn nộp.`,
      emails: (withEmail, total) => `${withEmail}/${total} đơn vị nhận có email (cột “Email nhận báo cáo” ở trang Đơn vị); đơn vị không có email phải gửi bằng cách khác.`,
      refused: (n) => `${n} mục bị loại — xem từng mục dưới đây và trang “Nhật ký” của sổ tổng hợp:`,
      refusedMore: (n) => `… và ${n} mục khác (xem trang “Nhật ký” của sổ tổng hợp).`,
      allTaken: 'Không có giá trị nào bị loại.',
      openMaster: 'Mở sổ tổng hợp thành sổ tính mới',
      chooseReturns: 'Chọn các tệp gửi lại…',
      chooseMaster: 'Chọn sổ tổng hợp…',
      macHint: 'Trên Excel cho Mac (bản cài trên máy), tải tệp từ add-in không hoạt động: hãy mở thành sổ tính mới rồi Tệp → Lưu; tệp .zip cho các đơn vị thì tạo bằng Excel trên web hoặc dòng lệnh chiso.',
      opened: 'Đã mở thành một sổ tính mới trong Excel (chưa lưu): Tệp → Lưu để giữ lại.',
      // Reporting rounds (issue #15).
      round: 'Kỳ báo cáo của đợt này',
      roundNone: 'Không theo kỳ',
      previous: 'Sổ tổng hợp kỳ trước (không bắt buộc)',
      previousHint: 'Sổ tính gửi đi được điền sẵn báo cáo kỳ trước của từng đơn vị; tổng hợp so sánh với kỳ trước.',
      previousRead: (file, period) => `Kỳ trước: ${file}${period ? ` (${period})` : ''}.`,
      roundDue: (due, from) => (due ? `Hạn đơn vị gửi báo cáo kỳ này: ${day(due)} (${DUE_FROM_VI[from ?? 'given'].replace('--due', 'ô Hạn gửi lại bên dưới')}).` : 'Kỳ này chưa có hạn gửi: ghi hạn trên trang Lịch báo cáo của sổ kế hoạch, hoặc ở ô Hạn gửi lại bên dưới.'),
    },
    progress: {
      working: 'Đang xử lý…',
      cancel: 'Hủy',
      cancelled: 'Đã hủy.',
      count: (done, total) => `${done}/${total} tệp`,
      // Task pane, issue 14
      doing: {
        import: 'Đang đọc kế hoạch…',
        readSheets: 'Đang đọc và kiểm tra các trang…',
        create: 'Đang tạo các trang…',
        workbook: 'Đang dựng sổ tính…',
        assemble: 'Đang tạo sổ tính cho các đơn vị…',
        compile: 'Đang tổng hợp các sổ tính gửi lại…',
        report: 'Đang viết báo cáo…',
        print: 'Đang thiết lập in…',
        highlight: 'Đang tô/bỏ tô các tiêu chí…',
        open: 'Đang mở sổ tính mới…',
        opening: 'Đang đọc kế hoạch từ các trang của sổ tính…',
        previous: 'Đang đọc sổ tổng hợp kỳ trước…',
      },
    },
    errors: {
      requirements: 'Phiên bản Excel này chưa hỗ trợ ExcelApi 1.9 mà add-in cần. Hãy cập nhật Excel (Microsoft 365, Excel 2021 trở lên hoặc Excel trên web).',
      optionalMissing: (sets) => `Excel này thiếu ${sets.join(', ')}: các trang vẫn được tạo nhưng không có nhóm dòng (outline).`,
      generic: (detail) => `Có lỗi: ${detail}. Hãy thử lại; nếu vẫn lỗi, lưu sổ tính và mở lại add-in.`,
      noPlan: 'Chưa có kế hoạch nào được đọc.',
      // Task pane, issue 14
      office: {
        ItemNotFound: 'Excel không tìm thấy trang hoặc ô cần dùng — có thể trang đã bị xóa hay đổi tên. Hãy bấm “Đọc và kiểm tra các trang” rồi thử lại.',
        ItemAlreadyExists: 'Trong sổ tính đã có một trang trùng tên. Hãy đổi tên trang đó rồi thử lại.',
        InvalidArgument: 'Excel không nhận một giá trị chiso ghi (tên trang, công thức hay nội dung quá dài). Hãy báo lỗi này kèm sổ tính.',
        InvalidOperation: 'Excel không cho làm việc này lúc này (trang có thể đang được bảo vệ). Hãy bỏ bảo vệ trang rồi thử lại.',
        InvalidOperationInCellEditMode: 'Excel đang chờ bạn gõ xong một ô. Hãy bấm Enter hoặc Esc trong trang tính rồi thử lại.',
        ApiNotFound: 'Phiên bản Excel này thiếu chức năng chiso cần. Hãy cập nhật Excel (Microsoft 365, Excel 2021 trở lên hoặc Excel trên web).',
        AccessDenied: 'Excel không cho ghi: sổ tính đang mở ở chế độ chỉ đọc hoặc trang được bảo vệ. Hãy bật Chỉnh sửa rồi thử lại.',
        RequestPayloadSizeLimitExceeded: 'Lượng dữ liệu gửi một lần vượt giới hạn của Excel trên web. Hãy thử lại; nếu vẫn lỗi, tải sổ tính về và mở bằng Excel trên máy.',
        ResponsePayloadSizeLimitExceeded: 'Các trang quá lớn để Excel trên web gửi một lần. Hãy xóa các dòng, cột thừa ở cuối trang rồi thử lại.',
        GeneralException: 'Excel báo lỗi chung khi làm việc này. Hãy lưu sổ tính, đóng và mở lại add-in rồi thử lại.',
        Conflict: 'Sổ tính vừa được người khác sửa cùng lúc. Hãy chờ một chút rồi thử lại.',
        InsertDeleteConflict: 'Excel không chèn hoặc xóa được vì vướng ô gộp hay bảng. Hãy thử lại sau khi bỏ gộp ô.',
      },
      unexpected: (doing, detail) => `Có lỗi không lường trước khi ${doing.replace(/^Đang /, '').replace(/…$/, '').toLowerCase()}. Hãy thử lại; nếu vẫn lỗi, lưu sổ tính, mở lại add-in và báo lỗi kèm chi tiết sau. Chi tiết kỹ thuật: ${detail}`,
    },
    outsideOffice: 'Đang chạy ngoài Excel: mở tệp kế hoạch, xem kết quả kiểm tra và tải sổ tính về.',
    language: 'Ngôn ngữ',
    report: {
      fromMaster: 'Viết báo cáo (.docx) từ sổ tổng hợp',
      fromMasterHint: 'Chọn tệp sổ tổng hợp .xlsx (do chiso tổng hợp); báo cáo theo thể thức Nghị định 30/2020 được tải về để chỉnh sửa.',
      download: 'Tải báo cáo (.docx)',
      period: 'Kỳ báo cáo (không bắt buộc)',
      done: (name) => `Đã tạo báo cáo ${name}.`,
    },
    mapping: {
      title: 'Cách đọc các cột',
      intro: 'Mỗi bảng của kế hoạch và vai trò của từng cột. Nếu một cột đọc chưa đúng (ví dụ lấy nhầm năm kết quả), chọn lại vai trò của cột rồi bấm “Đọc lại với các cột đã chọn”. Chưa có gì được ghi vào sổ tính.',
      table: (t) => t.caption ?? t.label,
      kind: (t) => (t.kind === 'tasks' ? 'Nhiệm vụ' : t.kind === 'criteria' ? `Tiêu chí ${t.index === 'PAR' ? 'PAR INDEX' : (t.index ?? '(chưa rõ chỉ số)')}` : 'Không nhập'),
      rows: (t) =>
        t.kind === 'unread'
          ? `${t.rowsSkipped} dòng không được nhập: ${t.reason === 'header-unknown' ? 'dòng tiêu đề không khớp bảng phụ lục nào' : 'không có dòng tiêu đề'}.`
          : `Đọc ${t.rowsRead} dòng${t.rowsSkipped ? `, bỏ ${t.rowsSkipped} dòng (xem trang Kiểm tra)` : ''}; tiêu đề ${t.headerRows} dòng.`,
      figures: (f) =>
        `${f.withResult}/${f.criteria} tiêu chí có kết quả${f.totalResult !== null ? `; tổng: kết quả ${n(f.totalResult)}` : ''}${f.totalTarget !== null ? `, mục tiêu ${n(f.totalTarget)}` : ''}.`,
      columns: (count, notRead) => `Vai trò của ${count} cột${notRead ? ` (${notRead} cột không đọc)` : ' (đều được đọc)'}`,
      column: (col, header) => `Cột ${col}: ${header || '(không có tiêu đề)'}`,
      role: (role, year) =>
        ({
          code: 'Số thứ tự',
          name: 'Tên tiêu chí',
          task: 'Nhiệm vụ',
          deadline: 'Tiến độ, thời hạn',
          lead: 'Cơ quan chủ trì',
          support: 'Cơ quan phối hợp',
          output: 'Sản phẩm',
          max: 'Điểm tối đa',
          result: year ? `Kết quả năm ${year}` : 'Kết quả',
          target: year ? `Mục tiêu năm ${year}` : 'Mục tiêu',
          delta: 'Tăng, giảm',
          rank: 'Xếp hạng',
          note: 'Ghi chú',
        })[role],
      ignore: 'Bỏ qua',
      why: (c) => {
        if (c.overridden) return c.role ? 'Do bạn chọn.' : c.status === 'ignored' && c.claimed === null ? 'Do bạn chọn: không nhập cột này.' : `Do bạn chọn, nhưng không đọc: ${MAPPING_WHY_VI[c.status]}.`;
        if (c.role) return c.empty ? 'Trống ở mọi dòng: cột này không cho gì.' : '';
        const known = c.claimed ? `${vi.ui.mapping.role(c.claimed, c.year)} — ` : '';
        return `${known}${MAPPING_WHY_VI[c.status]}.`;
      },
      changed: 'Vừa chọn, chưa đọc lại.',
      readAgain: 'Đọc lại với các cột đã chọn',
      reset: 'Đọc lại như ban đầu',
      pending: 'Các lựa chọn chưa được áp dụng: bấm “Đọc lại với các cột đã chọn” trước khi tạo các trang.',
      lost: (labels) => `Với các vai trò vừa chọn, bảng ${labels.join(', ')} không còn đọc được (bảng tiêu chí cần cột số thứ tự, tên và điểm; bảng nhiệm vụ cần cột nhiệm vụ và cơ quan chủ trì). Kế hoạch đang xem giữ nguyên; hãy chọn lại.`,
      failed: 'Với các vai trò vừa chọn, không còn bảng nào đọc được. Kế hoạch đang xem giữ nguyên; hãy chọn lại.',
    },
  },
  number: (v) => formatViNumber(Number(v.toFixed(6))),
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },

  finding: (f) => wordFinding(RULES, f),

  where(f) {
    const l = f.location;
    if (!l) return '';
    if (l.row !== null && l.col !== null) return `${l.table ?? ''}, ô ${columnLetter(l.col)}${l.row}`;
    const parts = [l.table, l.line !== null ? `dòng ${l.line}` : null, l.row !== null ? `hàng ${l.row}` : null].filter(Boolean);
    return parts.join(', ');
  },

  readProblem: (p, file) => wordReadProblem(PROBLEMS, p, file),

  usage: [
    'chiso — nhập, kiểm tra và tổng hợp kế hoạch nâng cao Chỉ số PAR INDEX, SIPAS, PAPI.',
    '',
    'Cách dùng: chiso <lệnh> <tệp> [tùy chọn]',
    '',
    'Các lệnh, theo thứ tự công việc trong năm:',
    '  import    đọc kế hoạch (.docx, .html, .txt, PDF) và ghi sổ tính .xlsx (hoặc JSON)',
    '  check     kiểm tra kế hoạch hoặc sổ tính: tổng, mục tiêu, số thứ tự, đơn vị',
    '  assemble  tạo sổ tính báo cáo gửi từng đơn vị, danh sách gửi thư và tệp nén',
    '  compile   tổng hợp các sổ tính đơn vị gửi lại thành sổ tổng hợp',
    '  report    viết báo cáo Word (.docx) từ sổ tổng hợp',
    '',
    'Xem chi tiết và ví dụ của một lệnh: chiso help <lệnh>  (hoặc chiso <lệnh> --help)',
    '',
    'Tùy chọn dùng được với mọi lệnh:',
    '  --lang vi|en   ngôn ngữ của thông báo (mặc định vi)',
    '  -q, --quiet    không in gì ra màn hình ngoài dữ liệu đã yêu cầu (--json); lỗi vẫn được báo',
    '  -V, --version  in số phiên bản của chiso',
    '  -h, --help     in hướng dẫn này',
    '',
    'Ví dụ:',
    '  chiso import ke-hoach.docx -o ke-hoach.xlsx',
    '  chiso check ke-hoach.xlsx',
  ].join('\n'),

  badArguments: (p) => `Tham số không hợp lệ: ${argProblemVi(p)}`,

  summary: (s) =>
    `${s.file}: ${s.tasks} nhiệm vụ, ${s.criteria} tiêu chí; ${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} thông tin.`,

  noPdf: (reason) => (reason === 'not-installed' ? 'Chưa cài LibreOffice nên không tạo được PDF: apt-get install -y --no-install-recommends libreoffice-calc-nogui fonts-liberation2' : 'LibreOffice không chuyển được sổ tính sang PDF.'),
  assembled: (n, dir, zip) => `Đã tạo ${n} sổ tính báo cáo trong ${dir} và tệp nén ${zip}.`,
  unexpanded: (name, count) => `Nhóm “${name}” (${count} lần) không chỉ rõ đơn vị nào nên không có sổ tính riêng; hãy ghi rõ đơn vị trong kế hoạch nếu cần.`,
  refusal(r, file) {
    return isFileProblem(r) ? this.readProblem({ kind: r.reason }, file) : wordRefusal(REFUSALS, r);
  },
  rejection(r) {
    return placed(r, this.refusal(r, r.file), { file: 'Tệp', sheet: 'trang', cell: 'ô' });
  },
  compiled: (c) => compiledWords(c, ' (xem trang Tình hình nộp)'),
  wrote: (path) => `Đã ghi ${path}`,
  tableHeader: { severity: 'Mức', where: 'Vị trí', id: 'Mục', message: 'Nội dung' },
  noFindings: 'Không có phát hiện nào.',
  report: {
    wrongExtension: (path) => `Báo cáo được ghi dưới dạng Word (.docx), không ghi được vào “${path}”. Hãy đặt tên tệp có đuôi .docx, ví dụ: -o bao-cao.docx`,
    notMaster: (path) => `“${path}” không phải sổ tổng hợp do chiso tạo (thiếu trang _meta của sổ tổng hợp). Hãy chọn tệp do lệnh “chiso compile … -o tong-hop.xlsx” hoặc nút Tổng hợp trong add-in tạo ra.`,
    newerMaster: (path, version) => `“${path}” được tạo bởi phiên bản chiso mới hơn (mẫu sổ tổng hợp số ${version}); hãy cập nhật chiso rồi chạy lại.`,
    masterWithoutPlan: (path) => `“${path}” là sổ tổng hợp do phiên bản chiso cũ tạo, chưa lưu kèm danh mục nhiệm vụ, tiêu chí và đơn vị của kế hoạch nên chưa viết được báo cáo. Hãy tổng hợp lại (chiso compile … -o tong-hop.xlsx) rồi viết báo cáo từ sổ mới.`,
    note: (path, note) =>
      note.kind === 'sheet-missing'
        ? `${path}: thiếu trang “${note.sheet}” (bị xóa hoặc đổi tiêu đề cột); các số liệu của trang này không có trong báo cáo.`
        : `${path}, trang ${note.sheet}, dòng ${note.row}: không đọc được cột ${note.field}; dòng này được bỏ qua trong báo cáo.`,
  },
  explain: {
    table: (t) =>
      t.kind === 'unread'
        ? `${t.label}${t.caption ? ` (${t.caption})` : ''}: không nhập — ${t.rowsSkipped} dòng, không có dòng tiêu đề phụ lục`
        : `${t.label}${t.caption ? ` (${t.caption})` : ''}: ${t.kind === 'tasks' ? 'nhiệm vụ' : `tiêu chí ${t.index ?? '?'}`}, đọc ${t.rowsRead} dòng${t.rowsSkipped ? `, bỏ ${t.rowsSkipped} dòng` : ''}, tiêu đề ${t.headerRows} dòng${t.resultYear ? `, kết quả năm ${t.resultYear}` : ''}${t.targetYear ? `, mục tiêu năm ${t.targetYear}` : ''}`,
    column: (c) => {
      const why: Record<string, string> = { 'other-year': 'năm khác, không đọc', duplicate: 'cột cùng loại thứ hai, không đọc', ignored: 'không đọc', unknown: 'không nhận ra tiêu đề, không đọc', blank: 'không có tiêu đề, không đọc' };
      const role = c.role ?? c.claimed;
      return `  cột ${c.col}: “${c.header || '—'}” → ${role ? vi.explain.role[role] ?? role : '—'}${c.year ? ` (${c.year})` : ''}${c.role ? '' : ` — ${why[c.status] ?? c.status}`}${c.empty ? ' — trống ở mọi dòng' : ''}${c.overridden ? ' [do người dùng chọn]' : ''}`;
    },
    role: { code: 'số thứ tự', task: 'nhiệm vụ', deadline: 'tiến độ', lead: 'đơn vị chủ trì', support: 'đơn vị phối hợp', output: 'sản phẩm', name: 'tên', max: 'điểm tối đa', result: 'kết quả', target: 'mục tiêu', delta: 'tăng, giảm', rank: 'xếp hạng', note: 'ghi chú' },
  },
  output: {
    isInput: (output, input) => `Không ghi ${output}: đó chính là tệp đầu vào ${input} của lệnh này, ghi đè sẽ làm mất nó. Hãy chọn tên tệp khác; chưa có gì được ghi.`,
    changed: (output) => `Không ghi đè ${output}: tệp này khác với bản chiso ghi lần trước (đã có người sửa, hoặc không phải do chiso tạo). Hãy chọn tên tệp khác, hoặc thêm --force nếu chắc chắn muốn thay nó; chưa có gì được ghi.`,
    isDirectory: (output) => `${output} là thư mục, không phải tệp. Hãy ghi tên tệp, ví dụ ${output}/tong-hop.xlsx; chưa có gì được ghi.`,
    notAFolder: (output) => `${output} là một tệp, không phải thư mục. Hãy chọn một thư mục (có sẵn hoặc chưa có); chưa có gì được ghi.`,
    notWritable: (output) => `Không ghi được ${output}: tệp hoặc thư mục chỉ cho đọc (không có quyền ghi). Hãy chọn chỗ khác hoặc cấp quyền ghi; chưa có gì được ghi.`,
    folderHasWork: (folder, files) => `Không ghi vào ${folder}: ${files.length} tệp ở đó khác với bản chiso tạo (có thể là báo cáo đơn vị đã điền): ${files.slice(0, 5).join(', ')}${files.length > 5 ? '…' : ''}. Hãy chọn thư mục mới, hoặc thêm --force nếu chắc chắn muốn thay; chưa có gì được ghi.`,
    writeFailed: (output, cause, detail) =>
      `${{ interrupted: 'Đã dừng (Ctrl+C) khi đang ghi', 'disk-full': 'Ổ đĩa đầy, không ghi xong', 'no-permission': 'Không có quyền ghi', failed: `Lỗi khi ghi (${detail})` }[cause]} ${output}. Tệp cũ (nếu có) vẫn nguyên vẹn, không để lại tệp ghi dở.`,
  },
  // --- Reading a file's bytes (encodings, legacy fonts, PDF).
  sourceProblem(p, file) {
    switch (p.reason) {
      case 'empty':
        return `Tệp ${file} trống.`;
      case 'binary':
        return `Tệp ${file} không phải văn bản (có thể là tệp nén hay ảnh). Hãy lưu kế hoạch dạng .docx, .html, .txt hoặc PDF có chữ.`;
      case 'unreadable-text': {
        const font = { tcvn3: 'mã TCVN3 (ABC, phông .VnTime)', vni: 'mã VNI (phông VNI-Times)', 'windows-1258': 'mã Windows-1258', unknown: 'một bảng mã cũ' }[p.looksLike];
        return `Không đọc được chữ trong tệp ${file}: ${p.words - p.readable}/${p.words} từ không phải tiếng Việt (ví dụ “${p.samples.slice(0, 3).join('”, “')}”); có vẻ là ${font}. chiso không nhập để tránh ghi sai tên đơn vị. Hãy mở tệp, chuyển mã sang Unicode (Unikey: Công cụ chuyển mã) rồi lưu lại.`;
      }
      case 'not-pdf':
        return `Tệp ${file} không phải PDF.`;
      case 'pdf-encrypted':
        return `Tệp PDF ${file} có mật khẩu. Hãy gỡ mật khẩu hoặc dùng bản .docx/.html của kế hoạch.`;
      case 'pdf-damaged':
        return `Tệp PDF ${file} bị hỏng hoặc tải chưa hết, không đọc được. Hãy tải lại tệp.`;
      case 'no-text-layer':
        return `Tệp PDF ${file} (${p.pages} trang) là bản chụp/quét, không có lớp chữ nên không đọc được bảng. Hãy dùng bản .docx hoặc trang web của kế hoạch, hoặc PDF xuất từ Word.`;
      case 'no-ruled-table':
        return `Tệp PDF ${file} có chữ nhưng không có bảng kẻ đường viền; chiso chỉ dựng lại được bảng có kẻ ô. Hãy dùng bản .docx hoặc trang web của kế hoạch.`;
      case 'too-many-pages':
        return `Tệp PDF ${file} có ${p.pages} trang, quá giới hạn ${p.limit} trang của một kế hoạch; không đọc để tránh treo máy.`;
      case 'too-slow':
        return `Đọc tệp ${file} quá ${p.seconds} giây nên đã dừng (tệp hỏng hoặc bất thường). Hãy dùng bản .docx hoặc trang web của kế hoạch.`;
      case 'too-much-content':
        return `Tệp ${file} giải nén ra quá lớn${p.page === null ? '' : ` (trang ${p.page})`}, không giống một kế hoạch; không đọc để tránh treo máy.`;
    }
  },
  sourceNote(n) {
    switch (n.kind) {
      case 'encoding-guessed':
        return `Tệp không ghi bảng mã; đã đọc theo ${n.encoding}.`;
      case 'declared-charset-ignored':
        return `Trang web khai báo bảng mã ${n.declared} nhưng nội dung là ${n.used}; đã đọc theo ${n.used}.`;
      case 'legacy-converted':
        return `Đã chuyển ${n.words} từ ở ${n.lines} dòng từ mã ${n.font === 'tcvn3' ? 'TCVN3 (.VnTime)' : 'VNI'} sang Unicode; hãy soát lại tên đơn vị.`;
      case 'legacy-mixed':
        return `Tệp trộn chữ Unicode (${n.unicodeLines} dòng) và mã ${n.font === 'tcvn3' ? 'TCVN3' : 'VNI'} (${n.legacyLines} dòng); mỗi dòng đã được đọc theo mã của nó.`;
      case 'words-unreadable':
        return `${n.count} từ không đọc được theo bảng mã nào, giữ nguyên: “${n.samples.join('”, “')}”.`;
      case 'running-text-dropped':
        return `Đã bỏ dòng đầu/chân trang “${n.text}” lặp lại ở ${n.pages} trang.`;
      case 'table-joined':
        return `Bảng ở trang ${n.pages[0]} chạy tiếp sang trang ${n.pages[1]}: đã ghép thành một bảng.`;
      case 'header-repeated':
        return `Trang ${n.page} lặp lại ${n.rows} dòng tiêu đề bảng: đã bỏ bản lặp.`;
      case 'header-overflow-dropped':
        return `Trang ${n.page} lặp lại tiêu đề bảng bị cắt ngắn; phần chữ bị che của tiêu đề (“${n.text}”) lẫn vào dòng ${n.row} đã được bỏ ra.`;
      case 'row-joined':
        return `Dòng ${n.row} bị ngắt sang trang ${n.page}: đã ghép lại thành một dòng.`;
      case 'pages-without-text':
        return `Trang ${n.pages.join(', ')} là ảnh quét, không có chữ: nội dung các trang này không được đọc.`;
      case 'sheets-hidden':
        return `Không đọc ${n.sheets.length === 1 ? 'trang ẩn' : 'các trang ẩn'} “${n.sheets.join('”, “')}” (thường là danh sách tra cứu hoặc bản cũ). Nếu phụ lục nằm ở đó, hãy bỏ ẩn trang rồi nhập lại.`;
      case 'cells-beyond-table':
        return `Trang “${n.sheet}” có ${n.count} ô ở ngoài cột thứ 64 (ô đầu tiên: ${n.cell}); không bảng phụ lục nào rộng như vậy nên các ô đó không được đọc.`;
      case 'rows-hidden':
        return `Trang “${n.sheet}” có ${n.count} hàng ẩn (hàng ${n.rows.join(', ')}${n.count > n.rows.length ? '…' : ''}) không được đọc: thường là số liệu năm trước hoặc mục đã bỏ. Nếu đó là một phần của kế hoạch, hãy bỏ ẩn rồi nhập lại.`;
      case 'sheet-cut':
        return `Trang “${n.sheet}” chứa nhiều ô hơn mọi bảng phụ lục; chỉ đọc đến trước hàng ${n.row}. Hãy chép riêng các bảng phụ lục sang một sổ tính mới rồi nhập lại.`;
    }
  },
  // --- The command line's own words (issue #14).
  cli: {
    help: {
      import: [
        'chiso import <kế-hoạch> [-o tệp.xlsx|tệp.json] [tùy chọn]',
        '',
        'Đọc kế hoạch (Word .docx, trang web .html, văn bản .txt, PDF có chữ, hoặc các bảng phụ lục lưu',
        'trong sổ tính Excel .xlsx), in tóm tắt và các lỗi, cảnh báo tìm thấy; với -o ghi kế hoạch thành',
        'sổ tính để làm việc tiếp trong Excel.',
        '',
        'Tùy chọn:',
        '  -o, --output <tệp>  ghi kế hoạch ra tệp: .xlsx là sổ tính có các trang Nhiệm vụ, Tiêu chí,',
        '                      Đơn vị, Kiểm tra; .json là dữ liệu cho chương trình khác. Tên có đuôi',
        '                      khác (.xls, .docx, không đuôi) bị từ chối.',
        '  --pdf               in thêm sổ tính ra PDF (cùng tên, đuôi .pdf) qua LibreOffice; cần -o tệp.xlsx',
        '  --json              in kế hoạch và các phát hiện dạng JSON thay cho bảng',
        '  --explain           in cách đọc từng bảng và từng cột của tệp gốc (khi số liệu bị đọc sai cột)',
        '  --all               in cả các phát hiện mức thông tin (mặc định chỉ lỗi và cảnh báo)',
        '  --severity <mức>    chỉ in từ mức này trở lên: error (lỗi), warning (và cảnh báo), info (tất cả)',
        '  --force             thay tệp -o đã có dù nó không còn như chiso ghi lần trước (đã có người sửa)',
        '  -q, --quiet         không in tóm tắt và bảng; chỉ báo lỗi',
        '  --lang vi|en        ngôn ngữ của thông báo',
        '',
        'Ví dụ:',
        '  chiso import ke-hoach-159.docx -o ke-hoach-2025.xlsx',
        '  chiso import ke-hoach-159.docx -o ke-hoach-2025.xlsx --pdf',
        '  chiso import ke-hoach-159.html --explain',
        '  chiso import ke-hoach-159.docx --json > ke-hoach.json',
      ].join('\n'),
      check: [
        'chiso check <kế-hoạch|sổ-tính.xlsx> [tùy chọn]',
        '',
        'Kiểm tra kế hoạch hoặc sổ tính chiso đã tạo (kể cả sau khi đã sửa trong Excel): tổng điểm các mục',
        'con, mục tiêu so với điểm tối đa và kết quả năm trước, số thứ tự, đơn vị chủ trì, email đơn vị.',
        'In tóm tắt, rồi các lỗi và cảnh báo; các phát hiện mức thông tin chỉ được đếm (xem bằng --all).',
        '',
        'Tùy chọn:',
        '  --all               in cả các phát hiện mức thông tin',
        '  --severity <mức>    chỉ in từ mức này trở lên: error (lỗi), warning (và cảnh báo), info (tất cả)',
        '  --json              in kết quả dạng JSON',
        '  -q, --quiet         không in gì; chỉ trả mã thoát',
        '  --lang vi|en        ngôn ngữ của thông báo',
        '',
        'Mã thoát: 0 không có lỗi hay cảnh báo, 1 có lỗi hoặc cảnh báo, 2 không đọc được tệp.',
        '',
        'Ví dụ:',
        '  chiso check ke-hoach-2025.xlsx',
        '  chiso check ke-hoach-159.docx --severity error',
        '  chiso check ke-hoach-159.docx --all | grep PAPI',
      ].join('\n'),
      assemble: [
        'chiso assemble <kế-hoạch|sổ-tính.xlsx> -o <thư-mục> [tùy chọn]',
        '',
        'Tạo cho mỗi đơn vị có phần việc (sở, ngành và từng xã, phường) một sổ tính báo cáo chỉ gồm',
        'nhiệm vụ và tiêu chí của đơn vị đó, kèm danh sách gửi thư (.csv và .xlsx, lấy email từ trang',
        'Đơn vị của sổ tính) và tệp nén bao-cao-don-vi.zip của tất cả.',
        '',
        'Tùy chọn:',
        '  -o, --output <thư-mục>  thư mục ghi các sổ tính (tạo mới nếu chưa có). Báo cáo đơn vị đã điền',
        '                          để trong thư mục đó không bị ghi đè nếu không có --force.',
        '  --due <dd/mm/yyyy>      hạn gửi báo cáo, ghi vào từng sổ tính; không có thì sổ tính không ghi hạn',
        '  --to <nơi nhận>         cơ quan nhận báo cáo, ghi trong hướng dẫn của sổ tính (mặc định “Sở Nội vụ”)',
        '  --password <mật-khẩu>   khóa các ô ngoài vùng đơn vị điền (nền tím nhạt) bằng mật khẩu này, để đơn vị',
        '                          không gỡ khóa và sửa nhiệm vụ, mục tiêu',
        '  --only <tên>            chỉ tạo sổ tính cho đơn vị có tên hoặc mã chứa chữ này (ví dụ “Tư pháp”)',
        '  --period <kỳ>           kỳ báo cáo: 2026-Q1 (quý I), 2026-H1 (6 tháng), 2026-Q3 (quý III), 2026-Y (năm),',
        '                          2026-M04 (tháng 4) hoặc X:01/03/2026-15/04/2026 (đột xuất); ghi vào từng sổ tính',
        '  --previous <tổng-hợp.xlsx>  sổ tổng hợp kỳ trước: mỗi sổ tính được điền sẵn báo cáo kỳ trước của đơn vị',
        '                          (ô chữ nghiêng); cần --period',
        '  --force                 thay cả những tệp trong thư mục mà chiso không ghi ra như hiện nay',
        '  -q, --quiet             không in gì khi thành công',
        '  --lang vi|en            ngôn ngữ của thông báo',
        '',
        'Ví dụ:',
        '  chiso assemble ke-hoach-2025.xlsx -o gui-don-vi/ --due 15/12/2025',
        '  chiso assemble ke-hoach-2025.xlsx -o gui-don-vi/ --due 15/12/2025 --password 2025@snv',
        '  chiso assemble ke-hoach-2025.xlsx -o gui-lai/ --only "Sở Tư pháp" --force',
        '  chiso assemble ke-hoach-2025.xlsx -o gui-6-thang/ --period 2026-H1 --due 05/06/2026 --previous tong-hop-quy-I.xlsx',
      ].join('\n'),
      compile: [
        'chiso compile <kế-hoạch|sổ-tính.xlsx> <thư-mục-báo-cáo> [-o tổng-hợp.xlsx] [tùy chọn]',
        '',
        'Đọc mọi sổ tính đơn vị gửi lại trong thư mục, đối chiếu với kế hoạch và tổng hợp. In số tệp, số',
        'giá trị nhận, các giá trị bị loại (tệp, trang, ô và lý do) và số đơn vị chưa nộp; với -o ghi sổ',
        'tổng hợp (tình hình nộp, tiến độ nhiệm vụ, tự đánh giá tiêu chí) để xem và in.',
        '',
        'Tùy chọn:',
        '  -o, --output <tệp.xlsx>  ghi sổ tổng hợp (chỉ .xlsx); sổ này dùng để viết báo cáo (chiso report)',
        '  --today <yyyy-mm-dd>     ngày dùng để tính nhiệm vụ quá hạn (mặc định hôm nay)',
        '  --period <kỳ>            kỳ đang tổng hợp (ví dụ 2026-Q1); báo cáo của kỳ khác bị từ chối, sổ tổng hợp',
        '                           thêm trang Đúng hạn và Lịch sử theo kỳ',
        '  --due <dd/mm/yyyy>       hạn nộp của các đơn vị trong kỳ, để tính đúng hạn, trễ hạn',
        '  --previous <tổng-hợp.xlsx>  sổ tổng hợp kỳ trước: thêm trang Thay đổi so với kỳ trước; cần --period',
        '  --json                   in kết quả tổng hợp dạng JSON',
        '  --all                    in mọi giá trị bị loại (mặc định in 40 giá trị đầu, còn lại chỉ đếm)',
        '  --force                  thay tệp -o đã có dù nó không còn như chiso ghi lần trước',
        '  -q, --quiet              không in tóm tắt; chỉ báo lỗi',
        '  --lang vi|en             ngôn ngữ của thông báo',
        '',
        'Ví dụ:',
        '  chiso compile ke-hoach-2025.xlsx bao-cao-gui-lai/ -o tong-hop.xlsx',
        '  chiso compile ke-hoach-2025.xlsx bao-cao-gui-lai/ --today 2025-12-20',
        '  chiso compile ke-hoach-2025.xlsx bao-cao-6-thang/ -o tong-hop-6-thang.xlsx --period 2026-H1 --previous tong-hop-quy-I.xlsx',
      ].join('\n'),
      report: [
        'chiso report <tổng-hợp.xlsx> -o <báo-cáo.docx> [tùy chọn]',
        '',
        'Viết báo cáo Word về kết quả thực hiện kế hoạch từ sổ tổng hợp (do chiso compile hoặc nút Tổng',
        'hợp trong add-in tạo ra): tình hình nộp, nhiệm vụ hoàn thành và quá hạn, tiêu chí chưa đạt.',
        '',
        'Tùy chọn:',
        '  -o, --output <tệp.docx>  tệp Word sẽ ghi (chỉ .docx)',
        '  --number <số hiệu>       số hiệu văn bản, ví dụ 12/BC-SNV',
        '  --date <dd/mm/yyyy>      ngày ban hành ghi ở đầu báo cáo',
        '  --issuer <cơ quan>       cơ quan ban hành (mặc định Sở Nội vụ)',
        '  --period <kỳ>            kỳ báo cáo, ví dụ “Quý IV/2025”',
        '  --due <dd/mm/yyyy>       hạn các đơn vị nộp báo cáo, để nêu đơn vị nộp muộn',
        '  -q, --quiet              không in gì khi thành công',
        '  --lang vi|en             ngôn ngữ của thông báo',
        '',
        'Ví dụ:',
        '  chiso report tong-hop.xlsx -o bao-cao-quy-IV.docx --number 12/BC-SNV --date 20/12/2025 --period "Quý IV/2025"',
      ].join('\n'),
    },
    version: (v) => `chiso ${v}`,
    hidden: (h) => `và ${[h.warnings ? `${h.warnings} cảnh báo` : '', h.infos ? `${h.infos} phát hiện thông tin` : ''].filter(Boolean).join(', ')} khác (--all để xem tất cả)`,
    noneAtSeverity: (s) => (s === 'error' ? 'Không có lỗi.' : s === 'warning' ? 'Không có lỗi hay cảnh báo.' : 'Không có phát hiện nào.'),
    progress: {
      reading: (done, total) => `Đang đọc báo cáo ${done}/${total}…`,
      assembling: (done, total) => `Đang tạo sổ tính đơn vị ${done}/${total}…`,
      writing: (path) => `Đang ghi ${path}…`,
      printing: (seconds) => `Đang in PDF qua LibreOffice… ${seconds} giây`,
    },
    converted: (file, to) => `Đã nhờ LibreOffice lưu ${file} thành .${to} để đọc (tệp gốc không đổi).`,
  },
  periods: {
    round: (r) => `Kỳ báo cáo: ${r.name} (số liệu từ ngày ${day(r.from)} đến ngày ${day(r.to)})${r.due ? `; hạn gửi của đơn vị: ${day(r.due)} (${DUE_FROM_VI[r.dueFrom ?? 'given']})` : '; kỳ này chưa có hạn gửi (ghi hạn trên trang Lịch báo cáo của sổ kế hoạch, hoặc dùng --due dd/mm/yyyy)'}.`,
    carried: (units, master) => `${units} sổ tính được điền sẵn theo báo cáo kỳ trước trong ${master} (ô chữ nghiêng).`,
    previousOtherPlan: (path, plan) => `${path} là sổ tổng hợp của kế hoạch khác (${plan ?? 'không ghi số'}); không dùng làm kỳ trước. Hãy chọn sổ tổng hợp kỳ trước của kế hoạch này.`,
    compiledRound: (c) => `${c.name}: ${c.onTime} đơn vị gửi đúng hạn, ${c.late} trễ hạn, ${c.missing} chưa gửi (trang Đúng hạn)${c.changes === null ? '' : `; ${c.changes} thay đổi so với kỳ trước (trang Thay đổi so với kỳ trước)`}.`,
    previousNeedsPeriod: 'Tham số không hợp lệ: --previous cần đi kèm --period (kỳ báo cáo của đợt này, ví dụ --period 2026-H1).',
    calendarProblem: (where, message) => `Sổ kế hoạch, ${where}: ${message}`,
  },
  item: (id) => itemWords(id, { task: 'Nhiệm vụ', group: 'Mục', total: '(tổng điểm)' }),
  rejectionsMore: (hidden, wroteMaster) => `… và ${hidden} giá trị bị loại khác (${wroteMaster ? 'đủ cả trên trang Tình hình nộp của sổ tổng hợp; ' : ''}thêm --all để in tất cả).`,
};

/** What an option needs after it, as an example to copy. */
const EXAMPLE_VALUE: Record<string, string> = {
  '-o': 'ke-hoach.xlsx',
  '--output': 'ke-hoach.xlsx',
  '--due': '15/12/2025',
  '--date': '20/12/2025',
  '--today': '2025-12-20',
  '--to': '"Sở Nội vụ"',
  '--password': 'matkhau',
  '--only': '"Sở Tư pháp"',
  '--lang': 'en',
  '--severity': 'warning',
  '--issuer': '"Sở Nội vụ"',
  '--number': '12/BC-SNV',
  '--period': '"Quý IV/2025"',
};

const FORMAT_NAME: Record<string, string> = { '.xlsx': 'sổ tính Excel (.xlsx)', '.json': 'dữ liệu JSON (.json)', '.docx': 'văn bản Word (.docx)' };

function argProblemVi(p: ArgProblem): string {
  const helpFor = (command: string | null | undefined) => (command ? `Xem “chiso help ${command}”.` : 'Xem “chiso --help”.');
  switch (p.kind) {
    case 'unknown-option':
      return `không có tùy chọn ${p.option}${p.command ? ` cho lệnh ${p.command}` : ''}. ${p.suggestion ? `Có phải ý bạn là ${p.suggestion}? ` : ''}${helpFor(p.command)}`;
    case 'missing-value':
      return `thiếu giá trị sau ${p.option}. Ghi giá trị ngay sau tùy chọn, ví dụ: ${p.option} ${EXAMPLE_VALUE[p.option] ?? '…'}`;
    case 'takes-no-value':
      return `tùy chọn ${p.option} không nhận giá trị. Chỉ ghi ${p.option}, bỏ phần “=…” phía sau.`;
    case 'bad-value':
      if (p.expected === 'vi|en') return `${p.option} “${p.value}” không hợp lệ (cần vi hoặc en).`;
      if (p.expected === 'period') return `${p.option} “${p.value}” không hợp lệ (cần một kỳ báo cáo: 2026-Q1, 2026-H1, 2026-Q3, 2026-Y, 2026-M04 hoặc X:01/03/2026-15/04/2026).`;
      if (p.expected === 'error|warning|info') return `${p.option} “${p.value}” không hợp lệ (cần error — chỉ lỗi, warning — lỗi và cảnh báo, hoặc info — tất cả).`;
      return `${p.option} “${p.value}” không hợp lệ${p.expected ? ` (cần một ngày có thật, dạng ${p.expected}). Ví dụ: ${p.option} ${EXAMPLE_VALUE[p.option] ?? ''}` : '.'}`;
    case 'unknown-command':
      return `không có lệnh ${p.command}. Các lệnh: import, check, assemble, compile, report. Xem “chiso --help”.`;
    case 'missing-input':
      return p.command === 'report'
        ? 'thiếu sổ tổng hợp cần viết báo cáo. Ví dụ: chiso report tong-hop.xlsx -o bao-cao.docx'
        : `thiếu tệp kế hoạch. Ví dụ: chiso ${p.command ?? 'check'} ke-hoach.docx`;
    case 'missing-output':
      return p.command === 'report'
        ? 'thiếu -o bao-cao.docx (tệp Word sẽ ghi). Ví dụ: chiso report tong-hop.xlsx -o bao-cao.docx'
        : `thiếu -o <thư-mục> (thư mục sẽ ghi các sổ tính gửi đơn vị). Ví dụ: chiso ${p.command} ke-hoach.xlsx -o gui-don-vi/`;
    case 'missing-returns':
      return 'thiếu thư mục chứa các sổ tính gửi lại. Ví dụ: chiso compile ke-hoach.xlsx bao-cao-gui-lai/ -o tong-hop.xlsx';
    case 'unexpected-argument':
      return `thừa tham số ${p.argument}. ${p.command === 'compile' ? 'Lệnh compile nhận kế hoạch và một thư mục' : `Lệnh ${p.command ?? ''} nhận một tệp`}; tên tệp có dấu cách phải đặt trong ngoặc kép, ví dụ "Kế hoạch 2025.docx".`;
    case 'option-not-for-command':
      return `lệnh ${p.command} không dùng tùy chọn ${p.option}. ${helpFor(p.command)}`;
    case 'conflicting-options':
      return `không dùng ${p.options[0]} cùng ${p.options[1]}: ${p.options[0]} là tất cả, ${p.options[1]} chọn một mức. Bỏ một trong hai.`;
    case 'bad-output-extension':
      return `-o “${p.output}”: lệnh ${p.command} chỉ ghi được ${p.formats.map((f) => FORMAT_NAME[f] ?? f).join(' hoặc ')}. Đặt tên tệp có đuôi ${p.formats.join(' hoặc ')}, ví dụ -o ${p.command === 'report' ? 'bao-cao' : p.command === 'compile' ? 'tong-hop' : 'ke-hoach'}${p.formats[p.formats.length - 1]}; chưa có gì được ghi.`;
    case 'pdf-needs-workbook':
      return '--pdf in sổ tính ra PDF nên cần -o <tên>.xlsx. Ví dụ: chiso import ke-hoach.docx -o ke-hoach.xlsx --pdf';
  }
}

// --- The user guide (assets/help.html): what each kind of finding means, filled into the guide by
// scripts/help-guide.ts. Typed by Rule, so a rule added to FindingSchema without its line here does not compile.

/** The guide's sections of findings, by the rule's family (the part of its id before the dot). */
export const RULE_GUIDE_GROUPS: Record<string, string> = {
  sum: 'Tổng điểm',
  sipas: 'Chỉ số SIPAS',
  cross: 'Đối chiếu giữa các phụ lục',
  bounds: 'Điểm vượt giới hạn',
  target: 'Mục tiêu so với kết quả',
  numbering: 'Số thứ tự',
  task: 'Nhiệm vụ',
  link: 'Liên kết nhiệm vụ – tiêu chí',
  agency: 'Đơn vị',
  text: 'Chữ trong kế hoạch',
  meta: 'Thông tin chung của kế hoạch',
  import: 'Đọc bảng của kế hoạch',
  sheet: 'Đọc lại các trang đã sửa',
  workbook: 'Sổ tính',
};

/** What a finding of each rule means, and what to do about it, for officials. */
export const RULE_GUIDE: { [R in Rule]: string } = {
  'sum.children': 'Điểm của một mục (lĩnh vực, tiêu chí) khác tổng điểm các mục con của nó. Nếu chênh trong sai số làm tròn thì chỉ là thông tin; nếu vượt thì một trong các số bị ghi sai — sửa mục cha hoặc mục con.',
  'sum.max-missing': 'Ô điểm tối đa của một tiêu chí để trống, trong khi các tiêu chí cùng cấp với nó có điểm tối đa. Ghi điểm tối đa để cộng được điểm của mục cha.',
  'sum.children-incomplete': 'Không cộng được các mục con của một mục để đối chiếu với điểm của nó, vì có mục con để trống ô điểm đó; các mục con thiếu được nêu tên. Chỉ để biết.',
  'sipas.mean': 'Chỉ số SIPAS chung khác trung bình cộng của các nhóm. Kiểm tra lại chỉ số chung hoặc điểm từng nhóm.',
  'sipas.bounds': 'Tỷ lệ hài lòng SIPAS nằm ngoài 0–100%: số bị gõ sai (thừa, thiếu chữ số hoặc dấu thập phân).',
  'cross.sipas-par': 'Điểm tiêu chí PAR INDEX lấy từ SIPAS không bằng Chỉ số SIPAS chia 10 như cách tính của Bộ Nội vụ. Hai phụ lục phải khớp nhau; sửa một trong hai.',
  'bounds.negative': 'Một điểm số âm. Điểm tối đa, kết quả và mục tiêu không thể âm; sửa lại số.',
  'bounds.result-above-max': 'Kết quả năm trước lớn hơn điểm tối đa của tiêu chí: số bị ghi sai.',
  'bounds.target-above-max': 'Mục tiêu lớn hơn điểm tối đa: không thể đạt. Hạ mục tiêu, nhiều nhất bằng điểm tối đa.',
  'target.below-result': 'Mục tiêu thấp hơn kết quả năm trước: kế hoạch đang chấp nhận giảm điểm. Nâng mục tiêu, hoặc giải trình lý do.',
  'target.no-gain': 'Mục tiêu bằng kết quả năm trước dù chưa đạt tối đa: không có kế hoạch tăng điểm ở tiêu chí này.',
  'target.missing': 'Tiêu chí có kết quả năm trước nhưng chưa có mục tiêu. Bổ sung mục tiêu.',
  'target.missed': 'Kết quả chưa đạt mục tiêu; cho biết còn thiếu bao nhiêu điểm. Đây là các tiêu chí cần tập trung.',
  'numbering.skipped': 'Số thứ tự nhảy cóc (ví dụ từ 8.4 sang 8.6): có thể thiếu một dòng khi sao chép bảng.',
  'numbering.orphan': 'Tiêu chí con không có mục cha trong phụ lục (ví dụ có 2.1 mà không có 2). Kiểm tra bảng gốc.',
  'numbering.duplicate': 'Hai dòng cùng số thứ tự; dòng sau được đánh mã khác để không lẫn. Sửa số thứ tự trong kế hoạch.',
  'numbering.wrong-parent': 'Số thứ tự không thuộc lĩnh vực chứa nó (ví dụ 3.2 nằm trong lĩnh vực 2): có lẽ gõ nhầm.',
  'numbering.code-repaired': 'Số thứ tự viết khác thường (dấu phẩy thay dấu chấm, thừa dấu cách) đã được đọc lại; chỉ để biết.',
  'numbering.number-cell': 'Số thứ tự gõ vào ô kiểu số bị Excel bỏ số 0 cuối (5.10 thành 5.1); chiso đọc lại theo dòng đứng trước. Định dạng cột số thứ tự là Văn bản để giữ nguyên.',
  'task.deadline-unparsed': 'Ô Tiến độ để trống, hoặc không đọc được thành thời hạn (ví dụ “Theo hướng dẫn của Bộ”); giữ nguyên văn bản, nhiệm vụ này không được tính quá hạn.',
  'task.no-lead': 'Nhiệm vụ chưa có cơ quan chủ trì: không ai nhận sổ tính báo cáo cho nhiệm vụ này. Bổ sung cơ quan chủ trì.',
  'task.subarea-wrong-area': 'Tiểu mục của bảng nhiệm vụ nằm sai lĩnh vực (ví dụ II.3 trong lĩnh vực I): có lẽ gõ nhầm.',
  'task.subarea-sequence': 'Số tiểu mục của bảng nhiệm vụ nhảy cóc hoặc không theo thứ tự.',
  'link.unmatched-group': 'Một nhóm nhiệm vụ không khớp tên với tiêu chí nào của chỉ số, nên không liên kết được nhiệm vụ với tiêu chí.',
  'agency.spellings': 'Một đơn vị được viết nhiều cách; chiso coi là một và dùng tên thống nhất. Nên sửa cho thống nhất trong kế hoạch.',
  'agency.inherited': 'Ô đơn vị chủ trì để trống (thường vì gộp với ô trên); đã lấy theo dòng trên. Kiểm tra đúng đơn vị.',
  'agency.missing-lead': 'Tiêu chí chưa có đơn vị chủ trì tham mưu, theo dõi. Bổ sung đơn vị.',
  'agency.members-bundled': 'Một nhóm đơn vị (ví dụ “UBND cấp xã”) được mở thành từng xã, phường theo danh sách kèm theo; mỗi nơi nhận sổ tính riêng.',
  'agency.unknown': 'Tên đơn vị ở trang nhiệm vụ hoặc tiêu chí không có trên trang Đơn vị. Sửa tên cho đúng, hoặc thêm đơn vị vào trang Đơn vị.',
  'agency.email-invalid': 'Email trên trang Đơn vị không đúng dạng. Nhiều địa chỉ cách nhau bằng dấu chấm phẩy (;).',
  'agency.unknown-group': 'Cột Thuộc nhóm trên trang Đơn vị ghi một nhóm không có; đơn vị đó không nhận phần việc giao cho nhóm.',
  'agency.duplicate-code': 'Hai đơn vị trùng mã trên trang Đơn vị; mã của đơn vị sau bị bỏ qua. Sửa mã.',
  'text.repaired': 'Ký tự lỗi mã hóa (thường do sao chép từ PDF) đã được sửa; nên soát lại đoạn chữ đó.',
  'meta.dates-disagree': 'Ngày ban hành ghi ở đầu văn bản và ở các phụ lục khác nhau. Thống nhất ngày.',
  'meta.years-disagree': 'Các phụ lục ghi năm kết quả hoặc năm mục tiêu khác nhau.',
  'meta.number-missing': 'Không tìm thấy số hiệu kế hoạch (dòng “Số: …/KH-UBND”). Sổ tính vẫn được tạo, nhưng không ghi số hiệu.',
  'import.row-short': 'Một dòng của bảng thiếu ô nên các cột có thể bị lệch. Kiểm tra dòng đó trong bảng gốc.',
  'import.row-misaligned': 'Một ô không khớp với cột nào: bảng gốc thiếu hoặc thừa ô ở một dòng.',
  'import.row-unrecognised': 'Không nhận ra số thứ tự của một dòng; dòng được giữ (cần kiểm tra) hoặc bị bỏ qua.',
  'import.value-footnote': 'Một ô điểm ghi số kèm dấu chú thích như (*) hay (1): chiso đọc số và bỏ dấu; lời chú thích nằm trong văn bản gốc. Chỉ để biết.',
  'import.number-unreadable': 'Ô điểm có chữ không đọc được thành số. Sửa thành số (ví dụ 9,5).',
  'import.total-missing': 'Phụ lục chỉ số không có dòng tổng điểm; không đối chiếu được tổng.',
  'import.part-unknown': 'Một phần của bảng nhiệm vụ (A, B, C) không nêu chỉ số nào; các nhiệm vụ của phần đó bị bỏ qua.',
  'import.row-outside-part': 'chiso không nhận ra một dòng của bảng nhiệm vụ thuộc chỉ số nào, vì phía trên nó chưa có dòng phần hay nhóm nào chiso nhận ra là nêu tên chỉ số; dòng bị bỏ qua.',
  'import.table-repeated': 'Một bảng xuất hiện hai lần (thường do ngắt trang); các dòng được gộp lại.',
  'import.roman-areas': 'Lĩnh vực đánh số La Mã (I, II…) được đọc theo số của các tiêu chí bên dưới; chỉ để biết.',
  'import.codes-inferred': 'Dòng không có số thứ tự được đọc là tiêu chí con của dòng trên; kiểm tra lại.',
  'import.codes-in-names': 'Số thứ tự ghi ở đầu tên tiêu chí (cột số thứ tự trống) đã được tách ra; chỉ để biết.',
  'import.subtotal-skipped': 'Dòng cộng phụ sau dòng tổng không được nhập thành tiêu chí; chỉ để biết.',
  'import.row-repeated': 'Một dòng in lại ở trang khác với cùng số thứ tự, tên và số liệu (trang tổng hợp và trang từng lĩnh vực) được gộp làm một tiêu chí; chỉ để biết.',
  'import.note-row': 'Dòng ghi chú trong bảng (“Ghi chú: …”, “(*) …”) không phải tiêu chí; không được nhập, chỉ để biết.',
  'import.subtotal-area': 'Dòng cộng của một lĩnh vực (“Cộng lĩnh vực I”) ghi số của lĩnh vực; số lĩnh vực chưa ghi được lấy từ đó, không nhập thành tiêu chí hay dòng tổng.',
  'import.max-assumed': 'Bảng không có cột điểm tối đa; đã áp dụng thang điểm của chỉ số.',
  'import.partial-list': 'Kế hoạch chỉ liệt kê một phần tiêu chí con của một mục; không kiểm tra tổng và số thứ tự ở đó.',
  'import.parent-not-printed': 'Tiêu chí được liệt kê mà không có dòng cấp trên; được xếp dưới dòng gần nhất có in.',
  'import.target-words': 'Mục tiêu viết bằng lời (ví dụ “đạt tối đa”) đã được đọc thành số; lời văn được giữ nguyên.',
  'import.target-rank': 'Mục tiêu là thứ hạng hoặc lời văn, không phải điểm số; giữ dạng chữ, không kiểm tra.',
  'import.part-inferred': 'Bảng nhiệm vụ không chia phần A/B/C; các nhiệm vụ được xếp vào chỉ số theo tên bảng hoặc chỉ số duy nhất của kế hoạch.',
  'import.result-year': 'Bảng có kết quả của nhiều năm; đã lấy năm gần nhất trước năm mục tiêu.',
  'import.result-ambiguous': 'Nhiều cột kết quả không ghi năm; đã lấy một cột. Kiểm tra, hoặc chọn cột khác (chiso import --explain).',
  'import.columns-ignored': 'Một số cột của bảng không được nhập (không thuộc mẫu phụ lục); chỉ để biết.',
  'import.appendix-without-table': 'Văn bản có tiêu đề một phụ lục nhưng không có bảng nào dưới nó mà chiso đọc được (bảng bị lưu thành đoạn văn hay ảnh); phụ lục đó không được nhập.',
  'import.table-unrecognised': 'Một bảng có dòng tiêu đề nhưng các cột không khớp bảng phụ lục nào; không được nhập.',
  'import.block-skipped': 'Một bảng không có dòng tiêu đề phụ lục; không được nhập.',
  'import.index-unknown': 'Không xác định được bảng thuộc chỉ số nào. Ghi tên chỉ số (PAR INDEX, SIPAS, PAPI) ở tiêu đề bảng.',
  'sheet.missing': 'Không tìm thấy một trang của sổ tính (bị xóa hoặc đổi tiêu đề cột); phần đó của kế hoạch không được đọc.',
  'sheet.invalid': 'Dữ liệu đọc được từ các trang không hợp lệ. Mở lại sổ tính gốc do chiso tạo.',
  'sheet.row-without-id': 'Dòng không có ID ở cột A (dòng thêm bằng tay): không thuộc kế hoạch. Thêm nhiệm vụ, tiêu chí bằng add-in.',
  'sheet.unknown-id': 'ID ở cột A không đúng dạng (đã bị sửa); dòng bị bỏ qua. Đừng sửa cột ID.',
  'sheet.duplicate-id': 'Hai dòng cùng ID (dòng bị sao chép); chỉ dòng đầu được đọc.',
  'sheet.number-unreadable': 'Ô điểm trên trang có chữ không phải số. Nhập số (ví dụ 9,5) hoặc để trống.',
  'sheet.unknown-index': 'Cột Chỉ số ghi khác PAR, SIPAS hoặc PAPI.',
  'workbook.clamped': 'Một vùng định dạng của sổ tính quá lớn (trùm cả trang) đã được thu nhỏ để đọc được; không ảnh hưởng số liệu.',
  'workbook.formula-without-value': 'Một ô của sổ tính kế hoạch có công thức nhưng không lưu kết quả (tệp do chương trình khác tạo, chưa tính lại), nên chiso không biết giá trị của nó. Mở tệp bằng Excel, lưu lại rồi nhập lại.',
  'workbook.hidden-by-merge': 'Một giá trị nằm trong vùng ô gộp, sau ô đầu của vùng: Excel không hiện nó, nên chiso không đọc. Bỏ gộp ô hoặc chuyển giá trị sang ô đầu.',  'sheet.date-unreadable': 'Một ô hạn của tỉnh trên trang Lịch báo cáo không phải ngày. Ghi dd/mm/yyyy hoặc để trống (khi đó dùng hạn chung của tỉnh, rồi hạn của Bộ).',
  'sheet.day-unreadable': 'Ô hạn chung của tỉnh trên trang Lịch báo cáo cần một số từ 1 đến 31 (ngày của tháng cuối kỳ) hoặc để trống.',
  'sheet.period-unreadable': 'Một dòng trên trang Lịch báo cáo ghi kỳ không đọc được (cần “Tháng 4/2026”, “Quý I/2026”…, hoặc ngày ở hai cột Số liệu từ ngày, đến ngày); dòng bị bỏ qua.',
};
