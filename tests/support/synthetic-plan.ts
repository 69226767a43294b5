/**
 * A plan in the seed's flattened-text format, `scale` times the seed's size, with sums that
 * add up — for benchmarks and for tests that must hold whatever the size.
 */
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

function vn(n: number): string {
  return String(Number(n.toFixed(4))).replace('.', ',');
}

export function syntheticPlanText(scale: number): string {
  const out: string[] = [];
  const row = (...cells: string[]) => {
    for (const c of cells) out.push(`${c} |`);
  };
  out.push('ỦY BAN NHÂN DÂN', '|', 'Số: 1/KH-UBND |', 'Hà Nội, ngày 01 tháng 02 năm 2025 |', 'KẾ HOẠCH', 'KẾ HOẠCH THỬ NGHIỆM');

  out.push('PHỤ LỤC 1', 'CÁC NHIỆM VỤ, GIẢI PHÁP');
  row('TT', 'Nhiệm vụ', 'Tiến độ hoàn thành', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Yêu cầu/Kết quả/ Sản phẩm');
  const parts: [string, string][] = [
    ['A', 'CHỈ SỐ CCHC (PAR INDEX)'],
    ['B', 'CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG CẤP TỈNH - PAPI'],
    ['C', 'CHỈ SỐ HÀI LÒNG (SIPAS)'],
  ];
  const deadlines = ['Tháng 7/2025', 'Quý II/2025', 'Thường xuyên', 'Trong năm', '- Tháng 6/2025 (các sở, ngành) - Tháng 7/2025 (UBND cấp xã)'];
  const agencies = ['Sở Nội vụ', 'Sở Tư pháp', 'Trung tâm phục vụ HCC TP', 'UBND cấp xã', 'Sở Tài chính; Sở Y tế (chính sách khám chữa bệnh)'];
  for (const [letter, title] of parts) {
    row(letter, title, '', '', '', '');
    const areas = letter === 'C' ? 2 : 8;
    for (let a = 0; a < areas; a++) {
      row(ROMAN[a]!, `Lĩnh vực ${ROMAN[a]} của phần ${letter}`, '', '', '', '');
      const subs = letter === 'B' ? 3 : 0;
      const perGroup = Math.max(1, Math.round((letter === 'B' ? 4 : 8) * scale));
      let n = 0;
      for (let s = 0; s <= subs; s++) {
        if (s > 0) row(`${ROMAN[a]}.${s}`, `Tiểu mục ${ROMAN[a]}.${s}`, '', '', '', '');
        if (letter === 'B' && s === 0) continue;
        for (let k = 0; k < perGroup; k++) {
          n++;
          row(`${n}.`, `Nhiệm vụ ${letter}.${ROMAN[a]}.${n}: tăng cường công tác cải cách hành chính`, deadlines[n % deadlines.length]!, agencies[n % agencies.length]!, 'Các sở, ban, ngành, UBND cấp xã', 'Báo cáo kết quả thực hiện');
        }
      }
    }
  }

  // PAR: 8 areas, each with criteria of sub-criteria worth 1 point; results 0,9, targets 1.
  out.push('PHỤ LỤC 2', 'CÁC CHỈ TIÊU CẦN CẢI THIỆN, NÂNG CAO TẠI CHỈ SỐ CCHC - PAR INDEX');
  row('STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025', 'Đơn vị chủ trì tham mưu, theo dõi');
  const perArea = Math.max(1, Math.round(2 * scale));
  const subsPer = 5;
  for (let a = 1; a <= 8; a++) {
    row(String(a), `LĨNH VỰC ${a}`, vn(perArea * subsPer), vn(perArea * subsPer * 0.9), vn(perArea * subsPer), '');
    for (let c = 1; c <= perArea; c++) {
      row(`${a},${c}`, `Tiêu chí ${a}.${c}`, vn(subsPer), vn(subsPer * 0.9), vn(subsPer), c === 1 ? 'Sở Nội vụ' : '');
      for (let s = 1; s <= subsPer; s++) row(`${a}.${c}.${s}`, `Tiêu chí thành phần ${a}.${c}.${s}`, '1', '0,9', '1', '');
    }
  }
  row('', 'TỔNG ĐIỂM', vn(8 * perArea * subsPer), vn(8 * perArea * subsPer * 0.9), vn(8 * perArea * subsPer), '');

  out.push('PHỤ LỤC 3', 'CÁC CHỈ TIÊU CẦN CẢI THIỆN, NÂNG CAO TẠI CHỈ SỐ HÀI LÒNG - SIPAS');
  row('STT', 'Lĩnh vực', 'Chỉ số hài lòng tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025 (%)', 'Đơn vị chủ trì tham mưu, theo dõi');
  row('', 'CHỈ SỐ HÀI LÒNG CHUNG:', '100', '86,50', '88,00', '');
  const items = Math.max(1, Math.round(5 * scale));
  let k = 0;
  for (const g of ['I', 'II']) {
    row(g, `Nhóm ${g}`, '100', '86,50', '88,00', '');
    for (let i = 0; i < items; i++) row(`${++k}.`, `Chỉ số thành phần ${k}`, '100', '86,40', '88,00', 'Sở Tư pháp');
  }

  out.push('PHỤ LỤC 4', 'CÁC CHỈ TIÊU CẦN CẢI THIỆN, NÂNG CAO TẠI CHỈ SỐ HIỆU QUẢ VÀ QUẢN TRỊ HÀNH CHÍNH CÔNG CẤP TỈNH - PAPI');
  row('STT', 'Chỉ số nội dung', 'Điểm tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025', 'Đơn vị chủ trì tham mưu, theo dõi');
  const subdims = Math.max(1, Math.round(4 * scale));
  row('', 'CHỈ SỐ CHUNG:', '80', vn(8 * subdims * 0.5), vn(8 * subdims * 0.6), '');
  for (let d = 1; d <= 8; d++) {
    row(`${d}.`, `Chỉ số nội dung ${d}`, '10', vn(subdims * 0.5), vn(subdims * 0.6), '');
    for (let s = 0; s < subdims; s++) row('-', `Chỉ số nội dung thành phần ${d}.${s + 1}`, vn(10 / subdims), '0,5', '0,6', 'Sở Văn hóa và Thể thao');
  }
  out.push('Ý kiến bạn đọc');
  return out.join('\n') + '\n';
}
