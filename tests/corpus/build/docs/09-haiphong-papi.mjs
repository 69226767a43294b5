// Hải Phòng, PAPI only, results 2023 -> targets 2024, PDF of the signed document.
export default {
  dir: '09-haiphong-papi-2024',
  format: 'pdf',
  source: 'source.pdf',
  description: 'PAPI-only plan as a PDF with a text layer: dimensions numbered 1. with dash-listed sub-dimensions, Kết quả over Năm 2022 | Năm 2023, total CHỈ SỐ CHUNG first, a sub-dimension that breaks its dimension sum and a target above max',
  plan: { number: '96/KH-UBND', issuer: 'UBND thành phố Hải Phòng', resultYear: 2023, targetYear: 2024 },
  meta: {
    issuerLines: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HẢI PHÒNG'],
    numberLine: 'Số: 96/KH-UBND',
    placeDate: 'Hải Phòng, ngày 17 tháng 4 năm 2024',
    docTitle: 'KẾ HOẠCH',
    docSubtitle: 'Cải thiện Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) thành phố Hải Phòng năm 2024',
    recipients: ['- Bộ Nội vụ;', '- TTTU, TT HĐND TP;', '- CT, các PCT UBND TP;', '- Các Sở, ban, ngành TP;', '- UBND các quận, huyện;', '- CVP, các PCVP;', '- Lưu: VT.'],
    signLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    signer: 'Hoàng Minh Cường',
  },
  html: { plain: true, theadTh: true },
  body: [
    'Theo kết quả Chỉ số PAPI năm 2023 do UNDP công bố ngày 02/4/2024, thành phố Hải Phòng đạt 42,1143 điểm, giảm 1,4892 điểm so với năm 2022, xếp thứ 32/63 tỉnh, thành phố. Có 7/8 chỉ số nội dung giảm điểm.',
    '## I. MỤC TIÊU',
    'Chỉ số PAPI năm 2024 của thành phố tăng ít nhất 2 điểm so với năm 2023, trở lại nhóm các địa phương có điểm cao.',
    '## II. NHIỆM VỤ, GIẢI PHÁP',
    'Nhiệm vụ tại Phụ lục I; chỉ tiêu các chỉ số nội dung, chỉ số thành phần tại Phụ lục II.',
    '## III. TỔ CHỨC THỰC HIỆN',
    'Sở Nội vụ chủ trì, theo dõi, đôn đốc; định kỳ 6 tháng, năm báo cáo UBND thành phố.',
  ],
  tables: [
    {
      kind: 'tasks',
      caption: 'PHỤ LỤC I',
      captionLines: ['PHỤ LỤC I', 'NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAPI NĂM 2024', '(Kèm theo Kế hoạch số 96/KH-UBND ngày 17/4/2024 của UBND thành phố)'],
      index: 'PAPI',
      header: [['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn']],
      cols: ['num', 'title', 'lead', 'support', 'deadline'],
      headingSpan: true,
      rows: `
1 | Tuyên truyền về vị trí, vai trò trưởng thôn, tổ trưởng tổ dân phố và quyền tham gia của người dân | Sở Nội vụ | UBND các quận, huyện | Quý II/2024 | 
2 | Công khai thu chi ngân sách cấp xã, danh sách hộ nghèo tại nhà văn hóa thôn, tổ dân phố | Sở Tài chính | Sở Lao động - Thương binh và Xã hội + UBND các quận, huyện | Thường xuyên | 
3 | Giải quyết khiếu nại, tố cáo đúng thời hạn; tổ chức đối thoại với người dân | Thanh tra thành phố | UBND các quận, huyện | Thường xuyên | 
4 | Ngăn chặn việc đưa "tiền lót tay" khi làm thủ tục đất đai và tuyển dụng | Thanh tra thành phố | Sở Tài nguyên và Môi trường + Sở Nội vụ | Năm 2024 | 
5 | Nâng cao chất lượng dịch vụ chứng thực và thủ tục cấp xã | Sở Tư pháp | UBND các quận, huyện | Năm 2024 | 
6 | Xử lý rác thải, nước thải sinh hoạt tại khu dân cư nông thôn | Sở Tài nguyên và Môi trường | Sở Xây dựng + UBND các quận, huyện | Năm 2024 | 
7 | Tăng tương tác trên Cổng thông tin điện tử thành phố; trả lời ý kiến người dân trong 5 ngày làm việc | Văn phòng UBND thành phố | Sở Thông tin và Truyền thông | Thường xuyên | 
`,
    },
    {
      kind: 'PAPI',
      caption: 'PHỤ LỤC II',
      captionLines: ['PHỤ LỤC II', 'CHỈ TIÊU CÁC CHỈ SỐ NỘI DUNG, CHỈ SỐ THÀNH PHẦN PAPI NĂM 2024', '(Kèm theo Kế hoạch số 96/KH-UBND ngày 17/4/2024 của UBND thành phố)'],
      years: ['2022', '2023'],
      header: [
        [['TT', 2], ['Chỉ số nội dung/Chỉ số thành phần', 2], ['Điểm tối đa', 2], ['Kết quả', 1, 2], ['Chỉ tiêu năm 2024', 2], ['Cơ quan chủ trì', 2]],
        ['Năm 2022', 'Năm 2023'],
      ],
      cols: ['lbl', 'name', 'max', 'y0', 'y1', 'target', 'lead'],
      rows: `
 | total | null | CHỈ SỐ CHUNG | 80 | 43,6035 | 42,1143 | Tăng 2 điểm=44.1143 | Sở Nội vụ
1. | 1 | total | @ | 10 | 5,3939 | 4,9757 | 5,20 | Sở Nội vụ
- | 1.1 | 1 | @ | 2,5 | 1,4782 | 1,3314 | 1,40 | Sở Tư pháp
- | 1.2 | 1 | @ | 2,5 | 1,6275 | 1,4991 | 1,55 | Sở Nội vụ
- | 1.3 | 1 | @ | 2,5 | 1,4797 | 1,3966 |  | Sở Nội vụ
- | 1.4 | 1 | @ | 2,5 | 0,8085 | 0,7486 |  | Sở Tài chính
2. | 2 | total | @ | 10 | 5,7388 | 5,1073 | 5,40 | Sở Tài chính
- | 2.1 | 2 | @ | 2,5 | 1,1023 | 1,0535 |  | Sở Thông tin và Truyền thông
- | 2.2 | 2 | @ | 2,5 | 1,8423 | 1,6940 |  | Sở Lao động - Thương binh và Xã hội
- | 2.3 | 2 | @ | 2,5 | 1,4719 | 1,2615 | 1,35 | Sở Tài chính
- | 2.4 | 2 | @ | 2,5 | 1,3223 | 1,0983 | 1,20 | Sở Tài nguyên và Môi trường
3. | 3 | total | @ | 10 | 4,5039 | 4,1539 | 4,40 | Thanh tra thành phố
- | 3.1 | 3 | @ | 3,33 | 1,9649 | 1,7796 |  | Văn phòng UBND thành phố
- | 3.2 | 3 | @ | 3,33 | 0,8852 | 0,8201 | 0,90 | Thanh tra thành phố
- | 3.3 | 3 | @ | 3,33 | 1,6538 | 1,5722 |  | Sở Tư pháp
4. | 4 | total | @ | 10 | 6,8897 | 6,3267 | 6,60 | Thanh tra thành phố
- | 4.1 | 4 | @ | 2,5 | 1,7035 | 1,5917 |  | Thanh tra thành phố
- | 4.2 | 4 | @ | 2,5 | 1,8980 | 1,7621 |  | Sở Y tế + Sở Giáo dục và Đào tạo
- | 4.3 | 4 | @ | 2,5 | 1,3943 | 1,2169 | 1,35 | Sở Nội vụ
- | 4.4 | 4 | @ | 2,5 | 1,8939 | 1,7560 |  | Thanh tra thành phố
5. | 5 | total | @ | 10 | 7,1115 | 6,9351 | 7,20 | Văn phòng UBND thành phố
- | 5.1 | 5 | @ | 3,33 | 2,4273 | 2,3459 |  | Sở Tư pháp
- | 5.2 | 5 | @ | 3,33 | 2,3787 | 2,2214 | 2,35 | Sở Tài nguyên và Môi trường
- | 5.3 | 5 | @ | 3,33 | 2,3055 | 2,3678 |  | Văn phòng UBND thành phố
6. | 6 | total | @ | 10 | 7,5641 | 7,9911 | 8,00 | Sở Y tế
- | 6.1 | 6 | @ | 2,5 | 1,8188 | 1,9860 |  | Sở Y tế
- | 6.2 | 6 | @ | 2,5 | 1,7787 | 1,8409 |  | Sở Giáo dục và Đào tạo
- | 6.3 | 6 | @ | 2,5 | 2,1080 | 2,2657 |  | Sở Xây dựng + Sở Giao thông vận tải + Sở Công Thương
- | 6.4 | 6 | @ | 2,5 | 1,8586 | 1,8985 |  | Công an thành phố
7. | 7 | total | @ | 10 | 3,3741 | 3,2356 | 3,60 | Sở Tài nguyên và Môi trường
- | 7.1 | 7 | @ | 3,33 | 1,1073 | 1,0982 |  | Sở Tài nguyên và Môi trường
- | 7.2 | 7 | @ | 3,33 | 1,5311 | 1,4480 |  | Sở Tài nguyên và Môi trường
- | 7.3 | 7 | @ | 3,33 | 0,7357 | 0,6894 | 3,50 | Sở Xây dựng
8. | 8 | total | @ | 10 | 3,0276 | 3,3889 | 3,71 | Sở Thông tin và Truyền thông
- | 8.1 | 8 | @ | 3,33 | 0,3545 | 0,3950 | 0,60 | Văn phòng UBND thành phố
- | 8.2 | 8 | @ | 3,33 | 2,4977 | 2,6636 |  | Sở Thông tin và Truyền thông
- | 8.3 | 8 | @ | 3,33 | 0,1754 | 0,3303 | 0,45 | Văn phòng UBND thành phố
`,
    },
  ],
  planted: [
    { kind: 'sum', index: 'PAPI', code: '3', field: 'result' },
    { kind: 'target-above-max', index: 'PAPI', code: '7.3', field: 'target' },
  ],
  mustReport: [],
  notes: `
# 09 — Hải Phòng, PAPI 2023 → 2024 (PDF with a text layer)

The signed plan as a PDF: laid out by tests/corpus/build as a printable page and printed with
headless Chromium (\`--print-to-pdf\`); header rows repeat where the tables cross pages.

Varies:
- PDF input; PAPI-only; the task table (PHỤ LỤC I) has no headings at all and no parts.
- Criteria table (PHỤ LỤC II): \`Kết quả\` over \`Năm 2022 | Năm 2023\` (result 2023),
  \`Chỉ số nội dung/Chỉ số thành phần\`, \`Điểm tối đa\`, \`Chỉ tiêu năm 2024\`.
- Dimensions numbered \`1.\` … \`8.\`; sub-dimensions are dashes (\`-\`) -> codes 1.1 … 8.3 by
  position under their dimension.
- Total first: \`CHỈ SỐ CHUNG\`, empty TT cell, target \`Tăng 2 điểm\` (42,1143 + 2 = 44,1143; the
  dimension targets add up to 44,11).
- Sub-dimension targets only where the plan sets one (others empty).
- \`Sở Lao động - Thương binh và Xã hội\` (2024, before the 2025 merger), several agencies
  separated by \`; \`.
- Planted: (1) sub-dimension 3.2 prints 0,8201 (published 0,8021), so dimension 3's
  sub-dimensions add up to 4,1719, not the printed 4,1539; (2) 7.3's target 3,50 is above its max 3,33.

Figures: dimension and total scores 2022–2023 are Hải Phòng's published PAPI scores
(tunah72/papi-dashboard, agg_province_year.csv). Sub-dimension scores are constructed to add up
to them (except the planted typo).
`,
};
