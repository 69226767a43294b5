// Hà Tĩnh, PAR INDEX only, results 2024 -> targets 2025, web page with blank (not merged) lead cells.
export default {
  dir: '13-hatinh-par-2025',
  format: 'html',
  source: 'source.html',
  description: 'PAR INDEX plan as a web page: Roman areas, national criterion codes, sub-criteria lettered a, b … by national position, lead cells left blank (no rowspan) when they continue, total first, tasks lettered under Roman areas',
  plan: { number: '215/KH-UBND', issuer: 'UBND tỉnh Hà Tĩnh', resultYear: 2024, targetYear: 2025 },
  meta: {
    pageTitle: 'Kế hoạch nâng cao Chỉ số CCHC (PAR INDEX) tỉnh Hà Tĩnh năm 2025',
    portal: 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH',
    posted: '09/05/2025 14:32',
    issuerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH'],
    numberLine: 'Số: 215/KH-UBND',
    placeDate: 'Hà Tĩnh, ngày 07 tháng 5 năm 2025',
    docTitle: 'KẾ HOẠCH',
    docSubtitle: 'Nâng cao Chỉ số cải cách hành chính (PAR INDEX) tỉnh Hà Tĩnh năm 2025',
    recipients: ['- Bộ Nội vụ;', '- Thường trực Tỉnh ủy;', '- Thường trực HĐND tỉnh;', '- Chủ tịch, các PCT UBND tỉnh;', '- Các sở, ban, ngành cấp tỉnh;', '- UBND các huyện, thành phố, thị xã;', '- Lưu: VT, NV.'],
    signLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    signer: 'Nguyễn Hồng Lĩnh',
    footer: 'Cổng thông tin điện tử tỉnh Hà Tĩnh. Số 01 Nguyễn Tất Thành, thành phố Hà Tĩnh.',
  },
  html: { captionTag: 'p' },
  body: [
    'Năm 2024, Chỉ số CCHC của tỉnh Hà Tĩnh đạt 93,92 điểm. Để khắc phục các tiêu chí, tiêu chí thành phần bị trừ điểm, UBND tỉnh ban hành Kế hoạch nâng cao Chỉ số PAR INDEX năm 2025 như sau:',
    '## I. MỤC TIÊU',
    'Chỉ số PAR INDEX năm 2025 đạt 96,90 điểm, tăng ít nhất 2,98 điểm so với năm 2024.',
    '## II. NHIỆM VỤ, GIẢI PHÁP (Phụ lục I và Phụ lục II kèm theo)',
    '## III. TỔ CHỨC THỰC HIỆN',
    'Các cơ quan chủ trì, theo dõi tiêu chí chịu trách nhiệm trước UBND tỉnh về kết quả điểm số; Sở Nội vụ tổng hợp, báo cáo.',
  ],
  tables: [
    {
      kind: 'tasks',
      caption: 'PHỤ LỤC I',
      captionLines: ['PHỤ LỤC I', 'NHIỆM VỤ KHẮC PHỤC CÁC TIÊU CHÍ BỊ TRỪ ĐIỂM', '(Kèm theo Kế hoạch số 215/KH-UBND ngày 07/5/2025 của UBND tỉnh Hà Tĩnh)'],
      index: 'PAR',
      header: [['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành']],
      cols: ['num', 'title', 'lead', 'support', 'deadline'],
      rows: `
# I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
a | Phát động, đánh giá, công nhận sáng kiến CCHC và nhân rộng | Sở Nội vụ | Sở Khoa học và Công nghệ | Quý III/2025 | 
# II | CẢI CÁCH THỂ CHẾ
a | Tổ chức khảo sát tác động của VBQPPL do tỉnh ban hành | Sở Tư pháp | Các sở, ban, ngành | Quý III/2025 | 
b | Tập huấn kỹ năng soạn thảo VBQPPL cho công chức pháp chế | Sở Tư pháp | Sở Nội vụ | Quý II/2025 | 
# IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
a | Hoàn thiện quy định chức năng, nhiệm vụ các cơ quan sau hợp nhất | Sở Nội vụ | Sở Tư pháp + Các sở, ban, ngành | Quý II/2025 | 
b | Sửa đổi Quy chế làm việc của UBND tỉnh nhiệm kỳ 2021-2026 | Văn phòng UBND tỉnh | Sở Tư pháp | Quý II/2025 | 
# V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
a | Xử lý nghiêm vi phạm kỷ luật, kỷ cương hành chính | Sở Nội vụ | Thanh tra tỉnh | Thường xuyên | 
# VI | CẢI CÁCH TÀI CHÍNH CÔNG
a | Đẩy nhanh giải ngân vốn đầu tư công năm 2025 | Sở Tài chính | Các chủ đầu tư | Tháng 01/2026 | 
# VII | CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
a | Tăng tỷ lệ hồ sơ trực tuyến toàn trình trên Hệ thống thông tin giải quyết TTHC tỉnh | Trung tâm Phục vụ hành chính công tỉnh | Sở Khoa học và Công nghệ + UBND các huyện, thành phố, thị xã | Tháng 11/2025 | 
`,
    },
    {
      kind: 'PAR',
      caption: 'PHỤ LỤC II',
      captionLines: ['PHỤ LỤC II', 'CÁC TIÊU CHÍ, TIÊU CHÍ THÀNH PHẦN BỊ TRỪ ĐIỂM NĂM 2024 VÀ CHỈ TIÊU PHẤN ĐẤU NĂM 2025', '(Kèm theo Kế hoạch số 215/KH-UBND ngày 07/5/2025 của UBND tỉnh Hà Tĩnh)'],
      years: ['2024'],
      header: [['STT', 'Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Điểm đạt năm 2024', 'Chỉ tiêu phấn đấu năm 2025', 'Cơ quan chủ trì, theo dõi', 'Ghi chú']],
      cols: ['lbl', 'name', 'max', 'y0', 'target', 'lead', 'note'],
      rows: `
 | total | null | TỔNG ĐIỂM CHỈ SỐ CCHC | 100 | 93,92 | 96,90 | Sở Nội vụ
I | 1 | total | @ | 9,5 | 9,25 | 9,5 | Sở Nội vụ
1.5 | 1.5 | 1 | @ | 2 | 1,75 | Đạt điểm tối đa=2 | ^Sở Nội vụ
II | 2 | total | @ | 10 | 9,41 | 9,6 | Sở Tư pháp
2.4 | 2.4 | 2 | @ | 4 | 3,41 | 3,6 | ^Sở Tư pháp
a | 2.4.1 | 2.4 | @ | 1 | 0,85 | 0,90 | ^Sở Tư pháp
b | 2.4.2 | 2.4 | @ | 1 | 0,84 | 0,90 | ^Sở Tư pháp
c | 2.4.3 | 2.4 | @ | 1 | 0,86 | 0,90 | ^Sở Tư pháp
d | 2.4.4 | 2.4 | @ | 1 | 0,86 | 0,90 | ^Sở Tư pháp
III | 3 | total | @ | 13 | 12,80 | 13 | Trung tâm Phục vụ hành chính công tỉnh
3.4 | 3.4 | 3 | @ | 5 | 4,80 | 5 | ^Trung tâm Phục vụ hành chính công tỉnh
IV | 4 | total | @ | 10,5 | 9,86 | 10,2 | Sở Nội vụ
4.1 | 4.1 | 4 | @ | 6,5 | 6,06 | 6,3 | ^Sở Nội vụ
d | 4.1.4 | 4.1 | @ | 1 | 0,85 | 0,90 | ^Sở Nội vụ
e | 4.1.5 | 4.1 | @ | 1 | 0,80 | 0,90 | ^Sở Nội vụ
f | 4.1.6 | 4.1 | @ | 1 | 0,91 | 0,95 | Văn phòng UBND tỉnh
4.3 | 4.3 | 4 | @ | 3 | 2,80 | 2,9 | ^Sở Nội vụ
d | 4.3.4 | 4.3 | @ | 1 | 0,80 | 0,90 | ^Sở Nội vụ
V | 5 | total | @ | 15 | 13,95 | 14,5 | Sở Nội vụ
5.4 | 5.4 | 5 | @ | 1,5 | 1 | 1,5 | ^Sở Nội vụ
5.7 | 5.7 | 5 | @ | 4 | 3,45 | 3,7 | ^Sở Nội vụ
a | 5.7.1 | 5.7 | @ | 1 | 0,90 | 0,95 | ^Sở Nội vụ
b | 5.7.2 | 5.7 | @ | 1 | 0,88 | 0,93 | ^Sở Nội vụ
c | 5.7.3 | 5.7 | @ | 1 | 0,87 | 0,92 | ^Sở Nội vụ
d | 5.7.4 | 5.7 | @ | 1 | 0,80 | 0,90 | ^Sở Nội vụ
VI | 6 | total | @ | 12 | 11,45 | 11,6 | Sở Tài chính
6.1 | 6.1 | 6 | @ | 5 | 4,55 | 4,75 | ^Sở Tài chính
a | 6.1.1 | 6.1 | @ | 1 | 0,75 | 0,90 | ^Sở Tài chính
c | 6.1.3 | 6.1 | @ | 1 | 0,80 | 0,85 | Thanh tra tỉnh
6.2 | 6.2 | 6 | @ | 3 | 2,90 | 2,95 | Sở Tài chính
d | 6.2.4 | 6.2 | @ | 1 | 0,90 | Đạt điểm tối đa=1 | ^Sở Tài chính
VII | 7 | total | @ | 13,5 | 12,60 | 13,2 | Sở Khoa học và Công nghệ
7.3 | 7.3 | 7 | @ | 7 | 6,10 | 6,7 | ^Sở Khoa học và Công nghệ
b | 7.3.2 | 7.3 | @ | 1 | 0,90 | 1 | Văn phòng UBND tỉnh
f | 7.3.6 | 7.3 | @ | 1,5 | 0,70 | 1,2 | Trung tâm Phục vụ hành chính công tỉnh
VIII | 8 | total | @ | 16,5 | 14,60 | 15,3 | Sở Nội vụ
8.1 | 8.1 | 8 | @ | 10 | 8,60 | 8,9 | ^Sở Nội vụ
8.6 | 8.6 | 8 | @ | 1,5 | 1,00 | 1,5 | Sở Tài chính
`,
    },
  ],
  planted: [],
  mustReport: [],
  notes: `
# 13 — Hà Tĩnh, PAR INDEX 2024 → 2025 (HTML)

Varies:
- Total first: \`TỔNG ĐIỂM CHỈ SỐ CCHC\` with an empty STT cell.
- Roman areas I–VIII; criteria printed with national codes (\`1.5\`, \`2.4\`, \`4.1\`); sub-criteria
  LETTERED \`a\`, \`b\` … by their national position (\`d\`, \`e\`, \`f\` under 4.1 = 4.1.4, 4.1.5, 4.1.6;
  \`b\`, \`f\` under 7.3 = 7.3.2, 7.3.6).
- Partial list (criteria that lost points), except 2.4 and 5.7, whose four sub-criteria are all
  listed and add up.
- Lead cells left BLANK (no rowspan) where the agency continues: a blank means the area's lead.
  At 4.3 the previous row (4.1.6) names Văn phòng UBND tỉnh, but 4.3 and 4.3.4 belong to area
  IV, whose lead is Sở Nội vụ — the key writes Sở Nội vụ (prefer the area's lead).
- Targets \`Đạt điểm tối đa\` (1.5 -> 2, 6.2.4 -> 1); an empty \`Ghi chú\` column.
- Task table (PHỤ LỤC I): PAR-only, Roman area headings that do not span (other cells empty),
  tasks LETTERED a, b restarting under each heading; \`Đơn vị chủ trì\`, \`Đơn vị phối hợp\`.
- No planted errors (the sum of the listed lost points of each area equals what the area lost).

Figures: national PAR tree (bundled plan, Phụ lục 2); Hà Tĩnh's scores are constructed.
`,
};
