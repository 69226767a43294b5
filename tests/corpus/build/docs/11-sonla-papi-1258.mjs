// Sơn La, short PAPI plan saved as plain text in Windows-1258.
export default {
  dir: '11-sonla-papi-cp1258-2024',
  format: 'txt-1258',
  source: 'source.txt',
  description: 'Short PAPI plan saved as plain text in Windows-1258 (tone marks as combining characters): tables as tab-separated lines, merged header cells flattened to blanks, a target below last year',
  plan: { number: '127/KH-UBND', issuer: 'UBND tỉnh Sơn La', resultYear: 2023, targetYear: 2024 },
  meta: {
    issuerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH SƠN LA'],
    numberLine: 'Số: 127/KH-UBND',
    placeDate: 'Sơn La, ngày 15 tháng 5 năm 2024',
    docTitle: 'KẾ HOẠCH',
    docSubtitle: 'Nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2024',
    recipients: ['- Bộ Nội vụ;', '- TT Tỉnh ủy, TT HĐND tỉnh;', '- Các sở, ban, ngành;', '- UBND các huyện, thành phố;', '- Lưu: VT, NC.'],
    signLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    signer: 'Đặng Ngọc Hậu',
  },
  body: [
    'Chỉ số PAPI năm 2023 của tỉnh Sơn La đạt 42,3966 điểm, tăng 1,5272 điểm so với năm 2022, xếp thứ 30/63.',
    'I. MỤC TIÊU: Chỉ số PAPI năm 2024 đạt từ 43,40 điểm trở lên.',
    'II. NHIỆM VỤ, GIẢI PHÁP: theo Phụ lục 1 và Phụ lục 2 kèm theo.',
    'III. TỔ CHỨC THỰC HIỆN: Sở Nội vụ theo dõi, tổng hợp, báo cáo UBND tỉnh.',
  ],
  tables: [
    {
      kind: 'tasks',
      caption: 'Phụ lục 1',
      captionLines: ['Phụ lục 1', 'NHIỆM VỤ NÂNG CAO CHỈ SỐ PAPI NĂM 2024'],
      index: 'PAPI',
      header: [['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian']],
      cols: ['num', 'title', 'lead', 'support', 'deadline'],
      rows: `
1 | Tuyên truyền Luật Thực hiện dân chủ ở cơ sở bằng tiếng Thái, tiếng Mông | Sở Tư pháp | Đài Phát thanh và Truyền hình tỉnh + UBND các huyện, thành phố | Quý II/2024 | 
2 | Công khai danh sách hộ nghèo, kế hoạch sử dụng đất tại bản, tiểu khu | UBND các huyện, thành phố | Sở Lao động - Thương binh và Xã hội + Sở Tài nguyên và Môi trường | Thường xuyên | 
3 | Giải quyết khiếu nại, tố cáo tại cơ sở, không để vượt cấp | Thanh tra tỉnh | UBND các huyện, thành phố | Thường xuyên | 
4 | Nâng cao chất lượng khám chữa bệnh tuyến xã và giáo dục tiểu học vùng cao | Sở Y tế + Sở Giáo dục và Đào tạo | UBND các huyện, thành phố | Năm 2024 | 
5 | Phát triển hạ tầng Internet, hướng dẫn người dân dùng Cổng thông tin điện tử tỉnh | Sở Thông tin và Truyền thông | Viễn thông Sơn La | Quý IV/2024 | 
`,
    },
    {
      kind: 'PAPI',
      caption: 'Phụ lục 2',
      captionLines: ['Phụ lục 2', 'CHỈ TIÊU CÁC CHỈ SỐ NỘI DUNG PAPI NĂM 2024'],
      years: ['2022', '2023'],
      header: [
        [['TT', 2], ['Chỉ số nội dung', 2], ['Điểm tối đa', 2], ['Điểm đạt được', 1, 2], ['Chỉ tiêu năm 2024', 2], ['Cơ quan chủ trì', 2]],
        ['Năm 2022', 'Năm 2023'],
      ],
      cols: ['lbl', 'name', 'max', 'y0', 'y1', 'target', 'lead'],
      rows: `
1 | 1 | total | @ | 10 | 4,7769 | 4,8918 | Trên 5,00=5 | Sở Nội vụ
2 | 2 | total | @ | 10 | 5,0647 | 5,1034 | 5,30 | Sở Tài chính
3 | 3 | total | @ | 10 | 4,2188 | 4,3282 | 4,45 | Thanh tra tỉnh
4 | 4 | total | @ | 10 | 6,6229 | 6,6088 | 6,80 | Thanh tra tỉnh
5 | 5 | total | @ | 10 | 7,3814 | 7,3132 | 7,30 | Văn phòng UBND tỉnh
6 | 6 | total | @ | 10 | 7,0744 | 7,5906 | 7,75 | Sở Y tế
7 | 7 | total | @ | 10 | 3,4021 | 3,4311 | 3,55 | Sở Tài nguyên và Môi trường
8 | 8 | total | @ | 10 | 2,3282 | 3,1295 | 3,25 | Sở Thông tin và Truyền thông
 | total | null | Tổng cộng | 80 | 40,8694 | 42,3966 | Từ 43,40 điểm trở lên=43.4 | Sở Nội vụ
`,
    },
  ],
  planted: [{ kind: 'target-below-result', index: 'PAPI', code: '5', field: 'target' }],
  mustReport: [],
  notes: `
# 11 — Sơn La, PAPI 2023 → 2024 (plain text, Windows-1258)

A short plan "saved as plain text" from an old office machine in the Vietnamese Windows code page
1258: no BOM, CRLF, the tone marks stored as combining characters after the vowel (as code page
1258 requires: \`ầ\` is \`â\` + combining grave), base vowels â ă ê ô ơ ư đ precomposed. Decoded
with windows-1258 and normalised to NFC it reads as ordinary Vietnamese.

Varies:
- Encoding: Windows-1258, not UTF-8.
- Flattened text: heading lines, then paragraphs, then each appendix's caption lines and its
  table as tab-separated lines; the merged header cells become blanks (\`Điểm đạt được\` then an
  empty cell over \`Năm 2022 | Năm 2023\`).
- Task table (Phụ lục 1) without parts or headings (PAPI-only).
- Dimensions only, \`Điểm tối đa\` 10; total \`Tổng cộng\` last with empty TT; targets \`Trên 5,00\` and
  \`Từ 43,40 điểm trở lên\`.
- Planted: dimension 5's target 7,30 is below its 2023 result 7,3132.

Figures: Sơn La's published PAPI scores 2022–2023 (tunah72/papi-dashboard, agg_province_year.csv).
`,
};
