// Cần Thơ, PAR INDEX only, results 2023 -> targets 2024, only the criteria that lost points.
export default {
  dir: '02-cantho-par-2024',
  format: 'html',
  source: 'source.html',
  description: 'PAR INDEX plan of a city, only criteria that lost points: Roman areas over national codes, caption inside the table, Điểm chuẩn / Điểm bị trừ / Phấn đấu đạt / Cơ quan tham mưu, total named in two merged cells at the end, one target above its max',
  plan: { number: '85/KH-UBND', issuer: 'UBND thành phố Cần Thơ', resultYear: 2023, targetYear: 2024 },
  meta: {
    pageTitle: 'Kế hoạch khắc phục hạn chế, nâng cao Chỉ số cải cách hành chính (PAR INDEX) năm 2024',
    portal: 'CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ',
    posted: '22/04/2024 15:10',
    issuerLines: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ CẦN THƠ'],
    numberLine: 'Số: 85/KH-UBND',
    placeDate: 'Cần Thơ, ngày 19 tháng 4 năm 2024',
    docTitle: 'KẾ HOẠCH',
    docSubtitle: 'Khắc phục hạn chế, nâng cao Chỉ số cải cách hành chính (PAR INDEX) của thành phố Cần Thơ năm 2024',
    recipients: ['- Bộ Nội vụ;', '- TT. Thành ủy; TT. HĐND thành phố;', '- CT, các PCT UBND thành phố;', '- Sở, ban, ngành thành phố;', '- UBND quận, huyện;', '- Lưu: VT.'],
    signLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    signer: 'Trần Việt Trường',
    footer: 'Bản quyền thuộc Ủy ban nhân dân thành phố Cần Thơ. Số 02 Hòa Bình, phường Tân An, quận Ninh Kiều, thành phố Cần Thơ.',
  },
  html: { captionTag: 'p' },
  body: [
    'Ngày 07/4/2024, Ban Chỉ đạo cải cách hành chính của Chính phủ công bố Chỉ số cải cách hành chính năm 2023 của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương. Chỉ số CCHC năm 2023 của thành phố Cần Thơ đạt 89,72%.',
    'Nhằm khắc phục các tiêu chí, tiêu chí thành phần bị trừ điểm, UBND thành phố ban hành Kế hoạch như sau:',
    '## I. MỤC TIÊU',
    'Phấn đấu Chỉ số CCHC năm 2024 của thành phố đạt từ 94,60% trở lên; không để tiêu chí nào giảm điểm so với năm 2023.',
    '## II. NHIỆM VỤ, GIẢI PHÁP',
    'Các tiêu chí, tiêu chí thành phần bị trừ điểm năm 2023 và chỉ tiêu phấn đấu năm 2024 tại Phụ lục 01; nhiệm vụ cụ thể tại Phụ lục 02.',
    '## III. TỔ CHỨC THỰC HIỆN',
    'Thủ trưởng các sở, ban, ngành, Chủ tịch UBND quận, huyện chịu trách nhiệm trước Chủ tịch UBND thành phố về kết quả các tiêu chí được phân công. Sở Nội vụ theo dõi, tổng hợp, báo cáo.',
  ],
  tables: [
    {
      kind: 'PAR',
      caption: 'PHỤ LỤC 01',
      captionLines: ['PHỤ LỤC 01', 'CÁC TIÊU CHÍ, TIÊU CHÍ THÀNH PHẦN BỊ TRỪ ĐIỂM TRONG CHỈ SỐ CCHC NĂM 2023', '(Kèm theo Kế hoạch số 85/KH-UBND ngày 19/4/2024 của UBND thành phố Cần Thơ)'],
      captionInTable: true,
      years: ['2023'],
      header: [['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm chuẩn', 'Điểm đạt năm 2023', 'Điểm bị trừ', 'Phấn đấu đạt năm 2024', 'Cơ quan tham mưu']],
      cols: ['lbl', 'name', 'max', 'y0', 'lost', 'target', 'lead'],
      totalSpan: true,
      mergeLead: true,
      rows: `
I | 1 | total | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC | 9,5 | 9,00 | 9,5 | Sở Nội vụ
1.3 | 1.3 | 1 | Kiểm tra CCHC của thành phố | 2 | 1,75 | 2 | ^Sở Nội vụ
1.3.2 | 1.3.2 | 1.3 | @ | 1 | 0,75 | 1 | ^Sở Nội vụ
1.6 | 1.6 | 1 | Đối thoại của lãnh đạo thành phố với người dân và doanh nghiệp | 1 | 0,75 | 1 | Văn phòng UBND thành phố
II | 2 | total | CẢI CÁCH THỂ CHẾ | 10 | 9,18 | 9,50 | Sở Tư pháp
2.4 | 2.4 | 2 | Tác động của cải cách đến chất lượng VBQPPL do thành phố ban hành | 4 | 3,18 | 3,50 | ^Sở Tư pháp
2.4.1 | 2.4.1 | 2.4 | @ | 1 | 0,80 | 0,88 | ^Sở Tư pháp
2.4.2 | 2.4.2 | 2.4 | @ | 1 | 0,79 | 0,87 | ^Sở Tư pháp
2.4.3 | 2.4.3 | 2.4 | @ | 1 | 0,77 | 0,87 | ^Sở Tư pháp
2.4.4 | 2.4.4 | 2.4 | @ | 1 | 0,82 | 0,88 | ^Sở Tư pháp
III | 3 | total | CẢI CÁCH THỦ TỤC HÀNH CHÍNH | 13 | 12,50 | 13 | Văn phòng UBND thành phố
3.4 | 3.4 | 3 | @ | 5 | 4,50 | 5 | ^Văn phòng UBND thành phố
IV | 4 | total | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH | 10,5 | 9,62 | 10 | Sở Nội vụ
4.1 | 4.1 | 4 | @ | 6,5 | 5,92 | 6,2 | ^Sở Nội vụ
4.1.4 | 4.1.4 | 4.1 | Tính hợp lý trong sắp xếp tổ chức bộ máy các cơ quan, đơn vị thuộc thẩm quyền của thành phố | 1 | 0,80 | 0,85 | ^Sở Nội vụ
4.1.5 | 4.1.5 | 4.1 | @ | 1 | 0,79 | 0,85 | ^Sở Nội vụ
4.1.6 | 4.1.6 | 4.1 | Tình hình thực hiện quy chế làm việc của UBND thành phố | 1 | 0,83 | 0,90 | Văn phòng UBND thành phố
4.3 | 4.3 | 4 | @ | 3 | 2,70 | 2,80 | Sở Nội vụ
4.3.4 | 4.3.4 | 4.3 | @ | 1 | 0,70 | 0,80 | ^Sở Nội vụ
V | 5 | total | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ | 15 | 12,86 | 13,80 | ^Sở Nội vụ
5.2 | 5.2 | 5 | @ | 2,5 | 2,26 | 2,35 | ^Sở Nội vụ
5.2.3 | 5.2.3 | 5.2 | @ | 1 | 0,88 | 0,92 | ^Sở Nội vụ
5.2.4 | 5.2.4 | 5.2 | @ | 1 | 0,88 | 0,93 | ^Sở Nội vụ
5.4 | 5.4 | 5 | @ | 1,5 | 1,00 | 1,5 | ^Sở Nội vụ
5.7 | 5.7 | 5 | @ | 4 | 3,22 | 3,50 | ^Sở Nội vụ
5.7.1 | 5.7.1 | 5.7 | @ | 1 | 0,86 | 0,90 | ^Sở Nội vụ
5.7.2 | 5.7.2 | 5.7 | @ | 1 | 0,84 | 0,90 | ^Sở Nội vụ
5.7.3 | 5.7.3 | 5.7 | @ | 1 | 0,83 | 0,90 | ^Sở Nội vụ
5.7.4 | 5.7.4 | 5.7 | @ | 1 | 0,69 | 0,80 | ^Sở Nội vụ
VI | 6 | total | CẢI CÁCH TÀI CHÍNH CÔNG | 12 | 10,73 | 11,30 | Sở Tài chính
6.1 | 6.1 | 6 | @ | 5 | 4,28 | 4,60 | ^Sở Tài chính
6.1.1 | 6.1.1 | 6.1 | @ | 1 | 0,70 | 1 | Sở Kế hoạch và Đầu tư
6.1.3 | 6.1.3 | 6.1 | @ | 1 | 0,80 | 1,10 | Sở Tài chính
6.1.4 | 6.1.4 | 6.1 | @ | 1 | 0,85 | 0,90 | ^Sở Tài chính
6.3 | 6.3 | 6 | @ | 4 | 3,70 | 3,80 | ^Sở Tài chính
6.3.5 | 6.3.5 | 6.3 | @ | 1 | 0,80 | 0,85 | ^Sở Tài chính
VII | 7 | total | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ | 13,5 | 12,38 | 13,00 | Sở Thông tin và Truyền thông
7.1 | 7.1 | 7 | @ | 3,5 | 3,13 | 3,5 | ^Sở Thông tin và Truyền thông
7.1.4 | 7.1.4 | 7.1 | @ | 1 | 0,63 | 1 | ^Sở Thông tin và Truyền thông
7.3 | 7.3 | 7 | @ | 7 | 6,25 | 6,75 | ^Sở Thông tin và Truyền thông
7.3.2 | 7.3.2 | 7.3 | Chất lượng cung cấp thông tin trên Cổng thông tin điện tử của thành phố | 1 | 0,85 | 0,95 | ^Sở Thông tin và Truyền thông
7.3.6 | 7.3.6 | 7.3 | @ | 1,5 | 0,90 | 1,30 | Văn phòng UBND thành phố
VIII | 8 | total | TÁC ĐỘNG CỦA CCHC ĐẾN NGƯỜI DÂN, TỔ CHỨC VÀ CÁC CHỈ TIÊU PHÁT TRIỂN KT-XH | 16,5 | 13,45 | 14,50 | Sở Nội vụ
8.1 | 8.1 | 8 | @ | 10 | 8,37 | 8,80 | ^Sở Nội vụ
8.6 | 8.6 | 8 | Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND thành phố giao | 1,5 | 1,08 | 1,5 | Sở Kế hoạch và Đầu tư
 | total | null | TỔNG ĐIỂM | 100 | 89,72 | 94,60 | Sở Nội vụ
`,
    },
    {
      kind: 'tasks',
      caption: 'PHỤ LỤC 02',
      captionLines: ['PHỤ LỤC 02', 'NHIỆM VỤ KHẮC PHỤC, NÂNG CAO CHỈ SỐ CCHC NĂM 2024', '(Kèm theo Kế hoạch số 85/KH-UBND ngày 19/4/2024 của UBND thành phố Cần Thơ)'],
      index: 'PAR',
      header: [['STT', 'Nội dung nhiệm vụ', 'Đơn vị phụ trách', 'Đơn vị phối hợp', 'Thời hạn hoàn thành']],
      cols: ['num', 'title', 'lead', 'support', 'deadline'],
      headingSpan: false,
      rows: `
# I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
1 | Kiểm tra CCHC tối thiểu 30% cơ quan chuyên môn và UBND quận, huyện; theo dõi xử lý 100% vấn đề phát hiện qua kiểm tra | Sở Nội vụ | Các sở, ban, ngành + UBND quận, huyện | Tháng 11/2024 | 
2 | Tổ chức đối thoại giữa Chủ tịch UBND thành phố với người dân, doanh nghiệp về thủ tục hành chính | Văn phòng UBND thành phố | Sở Kế hoạch và Đầu tư + Hiệp hội Doanh nghiệp thành phố | Quý III/2024 | 
# II | CẢI CÁCH THỂ CHẾ
1 | Lấy ý kiến đối tượng chịu tác động trước khi ban hành VBQPPL; rà soát, kịp thời sửa đổi văn bản bất cập | Sở Tư pháp | Các sở, ban, ngành | Thường xuyên | 
# III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
1 | Giải quyết hồ sơ TTHC đúng hạn; công khai xin lỗi khi trễ hạn | Văn phòng UBND thành phố | Các sở, ban, ngành + UBND quận, huyện | Thường xuyên | 
# IV | CẢI CÁCH TỔ CHỨC BỘ MÁY
1 | Rà soát quy định chức năng, nhiệm vụ của các cơ quan chuyên môn, tránh chồng chéo | Sở Nội vụ | Sở Tư pháp | Quý II/2024 | 
2 | Kiểm tra việc thực hiện nhiệm vụ đã phân cấp cho UBND quận, huyện | Sở Nội vụ | Văn phòng UBND thành phố | Quý III/2024 | 
# V | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
1 | Chấn chỉnh kỷ luật, kỷ cương hành chính; xử lý nghiêm cán bộ vi phạm | Sở Nội vụ | Thanh tra thành phố | Thường xuyên | 
2 | Thực hiện chính sách thu hút người có tài năng vào cơ quan hành chính | Sở Nội vụ | Sở Tài chính | Năm 2024 | 
# VI | CẢI CÁCH TÀI CHÍNH CÔNG
1 | Đẩy nhanh giải ngân vốn đầu tư công; thực hiện kiến nghị của Kiểm toán Nhà nước | Sở Kế hoạch và Đầu tư | Sở Tài chính + Kho bạc Nhà nước Cần Thơ | Tháng 01/2025 | 
# VII | CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
1 | Đưa các dịch vụ dữ liệu trên NDXP vào sử dụng chính thức | Sở Thông tin và Truyền thông | Các sở, ban, ngành | Quý IV/2024 | 
2 | Nâng tỷ lệ hồ sơ trực tuyến toàn trình | Văn phòng UBND thành phố | Sở Thông tin và Truyền thông + UBND quận, huyện | Tháng 12/2024 | 
# VIII | TÁC ĐỘNG CỦA CCHC
1 | Khảo sát sự hài lòng của người dân đối với các cơ quan hành chính thành phố | Sở Nội vụ | Viện Kinh tế - Xã hội thành phố | Quý III/2024 | 
`,
    },
  ],
  planted: [{ kind: 'target-above-max', index: 'PAR', code: '6.1.3', field: 'target' }],
  mustReport: [],
  notes: `
# 02 — Cần Thơ, PAR INDEX 2023 → 2024 (HTML)

A city's PAR INDEX plan as a portal page, listing ONLY the criteria that lost points.

Varies:
- Partial list: each area (Roman I–VIII) prints its real score, but only the criteria and
  sub-criteria that lost points are listed under it (children's max adds to less than the area's),
  except 2.4 and 5.7 which list all four sub-criteria (and those add up).
- Roman area numbers with national codes under them (\`1.3\`, \`1.3.2\`, \`4.1.4\`) -> areas 1–8.
- The caption (\`PHỤ LỤC 01\`, title, "Kèm theo") is the first row of the table itself (colspan).
- Header words: \`Lĩnh vực/Tiêu chí/Tiêu chí thành phần\`, \`Điểm chuẩn\`, \`Điểm đạt năm 2023\`,
  \`Điểm bị trừ\` (a difference column, never the result), \`Phấn đấu đạt năm 2024\`, \`Cơ quan tham
  mưu\`.
- Total row LAST, \`TỔNG ĐIỂM\` spanning the STT and name columns (colspan=2).
- Lead cells merged with rowspan over long runs (Sở Nội vụ over area V and all of it; Sở Tư pháp over
  area II), so most criteria rows have no lead cell of their own.
- Task table (PHỤ LỤC 02) without parts A/B/C (PAR-only plan), numbering restarting 1, 2 under each
  Roman heading (headings do not span: their other cells are empty), headed \`Đơn vị phụ trách\`,
  \`Đơn vị phối hợp\`, \`Thời hạn hoàn thành\`.
- Planted: 6.1.3 target 1,10 above its max 1.

Figures: the criteria tree and maxima are the national PAR INDEX tree (bundled plan, Phụ lục 2).
Cần Thơ's per-criterion scores are constructed (plausible, areas add up to the total 89,72);
they are not the published figures.
`,
};
