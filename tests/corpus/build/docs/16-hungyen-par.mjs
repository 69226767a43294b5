// Hưng Yên (after the 2025 merger with Thái Bình), PAR INDEX full tree, results 2025 -> targets 2026, Word.
export default {
  dir: '16-hungyen-par-2026',
  format: 'docx',
  source: 'source.docx',
  description: 'PAR INDEX plan for 2026 as a Word file with the whole tree (areas, all criteria, sub-criteria of ten criteria): one 86-row table with long vertical merges of the lead cells, total spanning two columns at the end, deadlines over two lines, a sub-criterion typo breaking its criterion sum and a target above max',
  plan: { number: '64/KH-UBND', issuer: 'UBND tỉnh Hưng Yên', resultYear: 2025, targetYear: 2026 },
  meta: {
    issuerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH HƯNG YÊN'],
    numberLine: 'Số: 64/KH-UBND',
    placeDate: 'Hưng Yên, ngày 24 tháng 3 năm 2026',
    docTitle: 'KẾ HOẠCH',
    docSubtitle: 'Cải thiện, nâng cao Chỉ số cải cách hành chính (PAR INDEX) tỉnh Hưng Yên năm 2026',
    recipients: ['- Bộ Nội vụ;', '- TT Tỉnh ủy, TT HĐND tỉnh;', '- Chủ tịch, các PCT UBND tỉnh;', '- Các sở, ban, ngành;', '- UBND các xã, phường;', '- Lưu: VT, NC.'],
    signLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    signer: 'Nguyễn Khắc Thận',
  },
  docx: { landscape: true, tableFontSize: 20 },
  body: [
    'Năm 2025, Chỉ số cải cách hành chính của tỉnh Hưng Yên (sau hợp nhất) đạt 90,47 điểm. Để cải thiện các tiêu chí, tiêu chí thành phần còn bị trừ điểm, UBND tỉnh ban hành Kế hoạch như sau:',
    '## I. MỤC TIÊU',
    'Chỉ số PAR INDEX năm 2026 đạt 95,99 điểm trở lên.',
    '## II. NHIỆM VỤ, GIẢI PHÁP',
    'Nhiệm vụ tại Phụ lục I; chỉ tiêu từng lĩnh vực, tiêu chí, tiêu chí thành phần tại Phụ lục II.',
    '## III. TỔ CHỨC THỰC HIỆN',
    'Sở Nội vụ là cơ quan thường trực; các cơ quan chủ trì tiêu chí báo cáo kết quả trước ngày 20/11/2026.',
  ],
  tables: [
    {
      kind: 'tasks',
      caption: 'Phụ lục I',
      captionLines: ['Phụ lục I', 'NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAR INDEX NĂM 2026', '(Kèm theo Kế hoạch số 64/KH-UBND ngày 24/3/2026 của UBND tỉnh Hưng Yên)'],
      index: 'PAR',
      header: [['TT', 'Nhiệm vụ', 'Thời gian hoàn thành', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm']],
      cols: ['num', 'title', 'deadline', 'lead', 'support', 'product'],
      leadJoin: '\n',
      supportJoin: '\n',
      rows: `
1 | Xây dựng kế hoạch khắc phục các tiêu chí bị trừ điểm năm 2025 | Các sở, ban, ngành + UBND các xã, phường | Sở Nội vụ | - Tháng 4/2026 (các sở, ngành) // - Tháng 5/2026 (UBND cấp xã) | Kế hoạch
2 | Tổ chức Hội thi sáng kiến cải cách hành chính tỉnh năm 2026 | Sở Nội vụ | Sở Khoa học và Công nghệ + Sở Văn hóa, Thể thao và Du lịch | Quý III/2026 | Sáng kiến được công nhận
3 | Thực hiện đúng hạn nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao trên Hệ thống theo dõi nhiệm vụ | Văn phòng UBND tỉnh | Các sở, ban, ngành | Thường xuyên | Báo cáo
4 | Đánh giá tác động của VBQPPL do tỉnh ban hành sau hợp nhất | Sở Tư pháp | Các sở, ban, ngành | Quý III/2026 | Báo cáo
5 | Công khai tiến độ, kết quả giải quyết hồ sơ trên Hệ thống thông tin giải quyết TTHC | Trung tâm Phục vụ hành chính công tỉnh | UBND các xã, phường | Thường xuyên | Hồ sơ được công khai
6 | Sắp xếp, giảm đơn vị sự nghiệp công lập theo lộ trình | Sở Nội vụ | Sở Tài chính + Các sở, ban, ngành | Tháng 10/2026 | Đề án
7 | Kiểm tra chuẩn hóa cán bộ, công chức cấp xã sau sắp xếp | Sở Nội vụ | UBND các xã, phường | - Quý II/2026 (kiểm tra) // - Quý IV/2026 (báo cáo) | Kết luận kiểm tra
8 | Giải ngân vốn đầu tư công; thực hiện kiến nghị sau thanh tra, kiểm toán | Sở Tài chính | Kho bạc Nhà nước khu vực IV + Các chủ đầu tư | Tháng 01/2027 | Báo cáo
9 | Đưa dịch vụ dữ liệu trên NDXP vào sử dụng; tăng hồ sơ trực tuyến toàn trình | Sở Khoa học và Công nghệ | Trung tâm Phục vụ hành chính công tỉnh | Tháng 11/2026 | Báo cáo
10 | Thực hiện các chỉ tiêu phát triển kinh tế - xã hội do HĐND tỉnh giao | Sở Tài chính | Các sở, ban, ngành + UBND các xã, phường | Tháng 12/2026 | Báo cáo
`,
    },
    {
      kind: 'PAR',
      caption: 'Phụ lục II',
      captionLines: ['Phụ lục II', 'CHỈ TIÊU CÁC LĨNH VỰC, TIÊU CHÍ, TIÊU CHÍ THÀNH PHẦN CHỈ SỐ PAR INDEX NĂM 2026', '(Kèm theo Kế hoạch số 64/KH-UBND ngày 24/3/2026 của UBND tỉnh Hưng Yên)'],
      years: ['2025'],
      header: [['STT', 'Lĩnh vực, tiêu chí, tiêu chí thành phần', 'Điểm tối đa', 'Kết quả năm 2025', 'Chỉ tiêu năm 2026', 'Cơ quan chủ trì']],
      cols: ['lbl', 'name', 'max', 'y0', 'target', 'lead'],
      totalSpan: true,
      mergeLead: true,
      boldParents: ['1.3', '2.4', '3.2', '4.1', '4.3', '5.2', '5.3', '5.5', '5.7', '6.1', '6.2', '6.3', '7.1', '7.3'],
      rows: `
1 | 1 | total | @ | 9,5 | 8,5 | 9,01 | Sở Nội vụ
1.1 | 1.1 | 1 | @ | 1,5 | 1,5 | 1,5 | ^Sở Nội vụ
1.2 | 1.2 | 1 | @ | 0,5 | 0,5 | 0,5 | ^Sở Nội vụ
1.3 | 1.3 | 1 | @ | 2 | 1,75 | 1,88 | ^Sở Nội vụ
1.4 | 1.4 | 1 | @ | 1 | 1 | 1 | ^Sở Nội vụ
1.5 | 1.5 | 1 | @ | 2 | 1,5 | 1,75 | ^Sở Nội vụ
1.6 | 1.6 | 1 | @ | 1 | 1 | 1 | Văn phòng UBND tỉnh
1.7 | 1.7 | 1 | @ | 1,5 | 1,25 | 1,38 | ^Văn phòng UBND tỉnh
2 | 2 | total | @ | 10 | 9,48 | 9,74 | Sở Tư pháp
2.1 | 2.1 | 2 | @ | 3 | 3 | 3 | ^Sở Tư pháp
2.2 | 2.2 | 2 | @ | 1,5 | 1,5 | 1,5 | ^Sở Tư pháp
2.3 | 2.3 | 2 | @ | 1,5 | 1,5 | 1,5 | ^Sở Tư pháp
2.4 | 2.4 | 2 | @ | 4 | 3,48 | 3,74 | ^Sở Tư pháp
2.4.1 | 2.4.1 | 2.4 | @ | 1 | 0,84 | 0,92 | ^Sở Tư pháp
2.4.2 | 2.4.2 | 2.4 | @ | 1 | 0,88 | 0,94 | ^Sở Tư pháp
2.4.3 | 2.4.3 | 2.4 | @ | 1 | 0,86 | 0,93 | ^Sở Tư pháp
2.4.4 | 2.4.4 | 2.4 | @ | 1 | 0,9 | 0,95 | ^Sở Tư pháp
3 | 3 | total | @ | 13 | 12,37 | 12,69 | Văn phòng UBND tỉnh
3.1 | 3.1 | 3 | @ | 1 | 1 | 1 | ^Văn phòng UBND tỉnh
3.2 | 3.2 | 3 | @ | 3 | 2,75 | 2,88 | Trung tâm Phục vụ hành chính công tỉnh
3.3 | 3.3 | 3 | @ | 3 | 3 | 3 | ^Trung tâm Phục vụ hành chính công tỉnh
3.4 | 3.4 | 3 | @ | 5 | 4,62 | 4,81 | ^Trung tâm Phục vụ hành chính công tỉnh
3.5 | 3.5 | 3 | @ | 1 | 1 | 1 | Văn phòng UBND tỉnh
4 | 4 | total | @ | 10,5 | 9,46 | 9,99 | Sở Nội vụ
4.1 | 4.1 | 4 | @ | 6,5 | 5,6 | 6,06 | ^Sở Nội vụ
4.1.1 | 4.1.1 | 4.1 | @ | 1 | 1 | 1 | ^Sở Nội vụ
4.1.2 | 4.1.2 | 4.1 | @ | 1,5 | 1,5 | 1,5 | ^Sở Nội vụ
4.1.3 | 4.1.3 | 4.1 | @ | 1 | 0,5 | 0,75 | ^Sở Nội vụ
4.1.4 | 4.1.4 | 4.1 | @ | 1 | 0,87 | 0,94 | ^Sở Nội vụ
4.1.5 | 4.1.5 | 4.1 | @ | 1 | 0,85 | 0,93 | ^Sở Nội vụ
4.1.6 | 4.1.6 | 4.1 | @ | 1 | 0,88 | 0,94 | Văn phòng UBND tỉnh
4.2 | 4.2 | 4 | @ | 1 | 1 | 1 | Sở Nội vụ
4.3 | 4.3 | 4 | @ | 3 | 2,86 | 2,93 | ^Sở Nội vụ
4.3.1 | 4.3.1 | 4.3 | @ | 0,5 | 0,5 | 0,5 | ^Sở Nội vụ
4.3.2 | 4.3.2 | 4.3 | @ | 0,5 | 0,5 | 0,5 | ^Sở Nội vụ
4.3.3 | 4.3.3 | 4.3 | @ | 1 | 1 | 1 | ^Sở Nội vụ
4.3.4 | 4.3.4 | 4.3 | @ | 1 | 0,86 | 0,93 | ^Sở Nội vụ
5 | 5 | total | @ | 15 | 13,16 | 14,08 | ^Sở Nội vụ
5.1 | 5.1 | 5 | @ | 1,75 | 1,75 | 1,75 | ^Sở Nội vụ
5.2 | 5.2 | 5 | @ | 2,5 | 2,31 | 2,4 | ^Sở Nội vụ
5.2.1 | 5.2.1 | 5.2 | @ | 0,25 | 0,25 | 0,25 | ^Sở Nội vụ
5.2.2 | 5.2.2 | 5.2 | @ | 0,25 | 0,25 | 0,25 | ^Sở Nội vụ
5.2.3 | 5.2.3 | 5.2 | @ | 1 | 0,91 | 0,95 | ^Sở Nội vụ
5.2.4 | 5.2.4 | 5.2 | @ | 1 | 0,9 | 0,95 | ^Sở Nội vụ
5.3 | 5.3 | 5 | @ | 2,75 | 2,54 | 2,64 | ^Sở Nội vụ
5.3.1 | 5.3.1 | 5.3 | @ | 0,75 | 0,75 | 0,75 | ^Sở Nội vụ
5.3.2 | 5.3.2 | 5.3 | @ | 1 | 0,9 | 0,95 | ^Sở Nội vụ
5.3.3 | 5.3.3 | 5.3 | @ | 1 | 0,89 | 0,94 | ^Sở Nội vụ
5.4 | 5.4 | 5 | @ | 1,5 | 1 | 1,25 | ^Sở Nội vụ
5.5 | 5.5 | 5 | @ | 2 | 1,86 | 1,93 | ^Sở Nội vụ
5.5.1 | 5.5.1 | 5.5 | @ | 1 | 1 | 1 | ^Sở Nội vụ
5.5.2 | 5.5.2 | 5.5 | @ | 1 | 0,86 | 0,93 | ^Sở Nội vụ
5.6 | 5.6 | 5 | @ | 0,5 | 0,25 | 0,38 | ^Sở Nội vụ
5.7 | 5.7 | 5 | @ | 4 | 3,45 | 3,73 | ^Sở Nội vụ
5.7.1 | 5.7.1 | 5.7 | @ | 1 | 0,92 | 0,96 | ^Sở Nội vụ
5.7.2 | 5.7.2 | 5.7 | @ | 1 | 0,88 | 0,94 | ^Sở Nội vụ
5.7.3 | 5.7.3 | 5.7 | @ | 1 | 0,87 | 0,94 | ^Sở Nội vụ
5.7.4 | 5.7.4 | 5.7 | @ | 1 | 0,78 | 0,89 | ^Sở Nội vụ
6 | 6 | total | @ | 12 | 10,95 | 11,49 | Sở Tài chính
6.1 | 6.1 | 6 | @ | 5 | 4,23 | 4,62 | ^Sở Tài chính
6.1.1 | 6.1.1 | 6.1 | @ | 1 | 0,07 | 0,85 | ^Sở Tài chính
6.1.2 | 6.1.2 | 6.1 | @ | 1 | 1 | 1 | ^Sở Tài chính
6.1.3 | 6.1.3 | 6.1 | @ | 1 | 0,8 | 0,9 | ^Sở Tài chính
6.1.4 | 6.1.4 | 6.1 | @ | 1 | 0,85 | 0,93 | ^Sở Tài chính
6.1.5 | 6.1.5 | 6.1 | @ | 1 | 0,88 | 0,94 | ^Sở Tài chính
6.2 | 6.2 | 6 | @ | 3 | 2,87 | 2,94 | ^Sở Tài chính
6.2.1 | 6.2.1 | 6.2 | @ | 0,75 | 0,75 | 0,75 | ^Sở Tài chính
6.2.2 | 6.2.2 | 6.2 | @ | 0,5 | 0,5 | 0,5 | ^Sở Tài chính
6.2.3 | 6.2.3 | 6.2 | @ | 0,75 | 0,75 | 0,75 | ^Sở Tài chính
6.2.4 | 6.2.4 | 6.2 | @ | 1 | 0,87 | 0,94 | ^Sở Tài chính
6.3 | 6.3 | 6 | @ | 4 | 3,85 | 3,93 | ^Sở Tài chính
6.3.1 | 6.3.1 | 6.3 | @ | 0,25 | 0,25 | 0,25 | ^Sở Tài chính
6.3.2 | 6.3.2 | 6.3 | @ | 0,75 | 0,75 | 0,75 | ^Sở Tài chính
6.3.3 | 6.3.3 | 6.3 | @ | 1 | 1 | 1 | ^Sở Tài chính
6.3.4 | 6.3.4 | 6.3 | @ | 1 | 1 | 1 | ^Sở Tài chính
6.3.5 | 6.3.5 | 6.3 | @ | 1 | 0,85 | 0,93 | ^Sở Tài chính
7 | 7 | total | @ | 13,5 | 12,35 | 12,93 | Sở Khoa học và Công nghệ
7.1 | 7.1 | 7 | @ | 3,5 | 3,1 | 3,3 | ^Sở Khoa học và Công nghệ
7.2 | 7.2 | 7 | @ | 3 | 3 | 3 | Văn phòng UBND tỉnh
7.3 | 7.3 | 7 | @ | 7 | 6,25 | 6,63 | Trung tâm Phục vụ hành chính công tỉnh
8 | 8 | total | @ | 16,5 | 14,2 | 16,06 | Sở Nội vụ
8.1 | 8.1 | 8 | @ | 10 | 8,62 | 9,31 | ^Sở Nội vụ
8.2 | 8.2 | 8 | @ | 1 | 1 | 1 | Sở Tài chính
8.3 | 8.3 | 8 | @ | 2 | 1,5 | 1,75 | ^Sở Tài chính
8.4 | 8.4 | 8 | @ | 2 | 2 | 2 | Thuế tỉnh Hưng Yên
8.6 | 8.6 | 8 | @ | 1,5 | 1,08 | 2 | Sở Tài chính
 | total | null | Tổng điểm | 100 | 90,47 | 95,99 | Sở Nội vụ
`,
    },
  ],
  planted: [
    { kind: 'sum', index: 'PAR', code: '6.1', field: 'result' },
    { kind: 'target-above-max', index: 'PAR', code: '8.6', field: 'target' },
  ],
  mustReport: [],
  notes: `
# 16 — Hưng Yên (merged), PAR INDEX 2025 → 2026 (.docx, whole tree)

Varies:
- The whole PAR INDEX tree in one Word table (86 rows + total): the 8 areas, all 37 criteria, and
  the sub-criteria of ten criteria (2.4, 4.1, 4.3, 5.2, 5.3, 5.5, 5.7, 6.1, 6.2, 6.3); the
  sub-criteria of 1.3, 3.2, 7.1 and 7.3 are not printed (their criteria carry the score).
  National codes printed plainly (\`1\`, \`1.1\`, \`2.4.1\`); criteria and areas in bold.
- Lead cells merged vertically over long runs in Word (Sở Nội vụ over most of areas 4–5, Sở Tài chính
  over area 6), including runs that continue from one area into the next.
- Single result column \`Kết quả năm 2025\`, target \`Chỉ tiêu năm 2026\`; total \`Tổng điểm\` last,
  spanning the STT and name columns.
- Task table (Phụ lục I): PAR-only, no headings; \`Thời gian hoàn thành\` second; deadlines written
  on two lines (\`- Tháng 4/2026 (các sở, ngành)\` / \`- Tháng 5/2026 (UBND cấp xã)\`) kept as printed
  with the line break; agencies one per line.
- Planted: (1) 6.1.1 prints 0,07 (for 0,70), so the sub-criteria of 6.1 add up to 3,60, not the
  printed 4,23 (6.1 itself is right, and area 6 adds up); (2) 8.6's target 2 is above its max 1,5
  (area 8's target 16,06 includes it, so targets add up).

Figures: national PAR tree (bundled plan, Phụ lục 2). Scores constructed: each sub-criterion's
loss chosen, criteria and areas are their sums, targets recover half of each loss.
`,
};
