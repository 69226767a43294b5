// Lai Châu, PAPI only, results 2024 -> targets 2025. Published web page.
export default {
  dir: '01-laichau-papi-2025',
  format: 'html',
  source: 'source.html',
  description: 'PAPI-only plan of a northern province as a web page: heading layout table, task table without parts, two-row header with Năm 2023 | Năm 2024 | Tăng, giảm, Roman dimensions with restarting sub-numbers, targets in words, merged lead cells',
  plan: { number: '1331/KH-UBND', issuer: 'UBND tỉnh Lai Châu', resultYear: 2024, targetYear: 2025 },
  meta: {
    pageTitle: 'Kế hoạch nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2025',
    portal: 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU',
    posted: '16/05/2025 08:42',
    issuerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH LAI CHÂU'],
    numberLine: 'Số: 1331/KH-UBND',
    placeDate: 'Lai Châu, ngày 14 tháng 5 năm 2025',
    docTitle: 'KẾ HOẠCH',
    docSubtitle: 'Nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) tỉnh Lai Châu năm 2025',
    recipients: ['- Bộ Nội vụ (b/c);', '- TT. Tỉnh ủy, TT. HĐND tỉnh (b/c);', '- Chủ tịch, các PCT UBND tỉnh;', '- Các sở, ban, ngành tỉnh;', '- UBND các huyện, thành phố;', '- Lưu: VT, NC.'],
    signLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    signer: 'Hà Trọng Hải',
    footer: 'Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lai Châu. Địa chỉ: Tầng 5, Nhà A, Trung tâm Hành chính - Chính trị tỉnh, phường Đông Phong, thành phố Lai Châu. Ghi rõ nguồn khi phát hành lại thông tin từ website này.',
  },
  body: [
    'Ngày 15/4/2025, Chương trình Phát triển Liên hợp quốc (UNDP) tại Việt Nam công bố kết quả Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2024. Tỉnh Lai Châu đạt 43,4796/80 điểm, giảm 0,1427 điểm so với năm 2023, xếp thứ 31/63 tỉnh, thành phố, thuộc nhóm trung bình thấp. Trong 8 chỉ số nội dung, có 4 chỉ số tăng điểm và 4 chỉ số giảm điểm so với năm 2023.',
    'Để khắc phục những hạn chế, nâng cao Chỉ số PAPI năm 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch với các nội dung sau:',
    '## I. MỤC ĐÍCH, YÊU CẦU',
    '1. Xác định rõ trách nhiệm của các sở, ban, ngành, UBND các huyện, thành phố trong việc cải thiện từng chỉ số nội dung, chỉ số thành phần của PAPI.',
    '2. Phấn đấu năm 2025 Chỉ số PAPI của tỉnh trở lại nhóm trung bình cao.',
    '## II. NHIỆM VỤ, GIẢI PHÁP',
    'Chi tiết nhiệm vụ, giải pháp tại Phụ lục I; chỉ tiêu cụ thể từng nội dung tại Phụ lục II kèm theo Kế hoạch này.',
    '## III. TỔ CHỨC THỰC HIỆN',
    '1. Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh trước ngày 15/12/2025.',
    '2. Các sở, ban, ngành, UBND các huyện, thành phố căn cứ nhiệm vụ được giao xây dựng kế hoạch triển khai, báo cáo kết quả về Sở Nội vụ.',
  ],
  tables: [
    {
      kind: 'tasks',
      caption: 'PHỤ LỤC I',
      captionLines: ['PHỤ LỤC I', 'NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI NĂM 2025', '(Kèm theo Kế hoạch số 1331/KH-UBND ngày 14/5/2025 của UBND tỉnh Lai Châu)'],
      index: 'PAPI',
      header: [['TT', 'Nhiệm vụ, giải pháp', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', 'Sản phẩm']],
      cols: ['num', 'title', 'lead', 'support', 'deadline', 'product'],
      headingSpan: true,
      rows: `
# I | Tham gia của người dân ở cấp cơ sở
1 | Tuyên truyền Luật Thực hiện dân chủ ở cơ sở đến thôn, bản, tổ dân phố bằng tiếng dân tộc | Sở Văn hóa, Thể thao và Du lịch | Sở Nội vụ + UBND các huyện, thành phố | Quý II/2025 | Chuyên mục, tài liệu tuyên truyền
2 | Chỉ đạo tổ chức bầu trưởng thôn, bản, tổ trưởng tổ dân phố đúng quy định, công khai, minh bạch | Sở Nội vụ | UBND các huyện, thành phố | Năm 2025 | Văn bản hướng dẫn
3 | Công khai các khoản đóng góp tự nguyện của người dân xây dựng công trình công cộng ở thôn, bản | UBND các huyện, thành phố | Sở Tài chính | Thường xuyên | Báo cáo
# II | Công khai, minh bạch trong việc ra quyết định
4 | Niêm yết công khai danh sách hộ nghèo, hộ cận nghèo tại nhà văn hóa thôn, bản | Sở Nội vụ | UBND các huyện, thành phố | Quý III/2025 | Danh sách được niêm yết
5 | Công khai quy hoạch, kế hoạch sử dụng đất, bảng giá đất tại trụ sở UBND cấp xã | Sở Nông nghiệp và Môi trường | UBND các huyện, thành phố | Quý II/2025 | Văn bản chỉ đạo
# III | Trách nhiệm giải trình với người dân
6 | Tổ chức đối thoại định kỳ giữa Chủ tịch UBND cấp xã với người dân | UBND các huyện, thành phố | Thanh tra tỉnh + Sở Nội vụ | 6 tháng/lần | Biên bản đối thoại
7 | Nâng cao chất lượng hoạt động hòa giải ở cơ sở | Sở Tư pháp | Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh | Năm 2025 | Báo cáo
# IV | Kiểm soát tham nhũng trong khu vực công
8 | Công khai kết quả tuyển dụng công chức, viên chức trên Cổng thông tin điện tử tỉnh | Sở Nội vụ | Các sở, ban, ngành | Sau mỗi kỳ tuyển dụng | Thông báo kết quả
9 | Kiểm tra việc thu các khoản ngoài quy định tại cơ sở y tế và trường học công lập | Thanh tra tỉnh | Sở Y tế + Sở Giáo dục và Đào tạo | Quý III/2025 | Kết luận kiểm tra
# V | Thủ tục hành chính công
10 | Rút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất lần đầu | Sở Nông nghiệp và Môi trường | Trung tâm Phục vụ hành chính công tỉnh | Năm 2025 | Quy trình nội bộ được sửa đổi
# VI | Cung ứng dịch vụ công
11 | Đầu tư nâng cấp trạm y tế xã và trường tiểu học vùng sâu, vùng xa | Sở Y tế + Sở Giáo dục và Đào tạo | Sở Tài chính | Năm 2025 | Danh mục công trình
# VII | Quản trị môi trường
12 | Kiểm tra, xử lý cơ sở sản xuất gây ô nhiễm nguồn nước | Sở Nông nghiệp và Môi trường | Công an tỉnh | Quý IV/2025 | Kết luận kiểm tra
# VIII | Quản trị điện tử
13 | Hướng dẫn người dân sử dụng dịch vụ công trực tuyến và Cổng thông tin điện tử tỉnh | Sở Khoa học và Công nghệ | Văn phòng UBND tỉnh + Đài Phát thanh và Truyền hình tỉnh | Thường xuyên | Tài liệu hướng dẫn
`,
    },
    {
      kind: 'PAPI',
      caption: 'PHỤ LỤC II',
      captionLines: ['PHỤ LỤC II', 'CHỈ TIÊU CẢI THIỆN CÁC CHỈ SỐ NỘI DUNG PAPI NĂM 2025', '(Kèm theo Kế hoạch số 1331/KH-UBND ngày 14/5/2025 của UBND tỉnh Lai Châu)'],
      years: ['2023', '2024'],
      header: [
        [['TT', 2], ['Khía cạnh/Chỉ số nội dung thành phần', 2], ['Thang điểm', 2], ['Điểm đạt được', 1, 3], ['Chỉ tiêu phấn đấu năm 2025', 2], ['Cơ quan chủ trì', 2], ['Ghi chú', 2]],
        ['Năm 2023', 'Năm 2024', 'Tăng, giảm'],
      ],
      cols: ['lbl', 'name', 'max', 'y0', 'y1', 'diff', 'target', 'lead', 'note'],
      mergeLead: true,
      leadJoin: '; ',
      rows: `
 | total | null | Tổng điểm PAPI | 80 | 43,6223 | 43,4796 | Nhóm trung bình cao= | Sở Nội vụ
I | 1 | total | @ | 10 | 4,9664 | 5,2363 | Tăng 0,5 điểm=5.7363 | Sở Nội vụ
1 | 1.1 | 1 | @ | 2,5 | 1,3183 | 1,4124 | Đạt điểm tối đa=2.5 | Sở Văn hóa, Thể thao và Du lịch
2 | 1.2 | 1 | @ | 2,5 | 1,3995 | 1,5278 |  | Sở Nội vụ
3 | 1.3 | 1 | @ | 2,5 | 1,4509 | 1,4098 |  | ^Sở Nội vụ
4 | 1.4 | 1 | @ | 2,5 | 0,7977 | 0,8863 |  | Sở Tài chính
II | 2 | total | @ | 10 | 5,4656 | 5,4311 | Trên 6,00=6 | Sở Văn hóa, Thể thao và Du lịch
1 | 2.1 | 2 | @ | 2,5 | 1,0804 | 1,0584 |  | Sở Văn hóa, Thể thao và Du lịch + Đài Phát thanh và Truyền hình tỉnh
2 | 2.2 | 2 | @ | 2,5 | 1,8322 | 1,7821 |  | Sở Nội vụ
3 | 2.3 | 2 | @ | 2,5 | 1,3327 | 1,3586 |  | Sở Tài chính
4 | 2.4 | 2 | @ | 2,5 | 1,2203 | 1,2320 |  | Sở Nông nghiệp và Môi trường
III | 3 | total | @ | 10 | 4,5131 | 4,2190 | 4,50 | Thanh tra tỉnh
1 | 3.1 | 3 | @ | 3,33 | 2,1248 | 1,8185 | 1,95 | Văn phòng UBND tỉnh
2 | 3.2 | 3 | @ | 3,33 | 0,8963 | 0,8758 | 0,95 | Thanh tra tỉnh
3 | 3.3 | 3 | @ | 3,33 | 1,4920 | 1,5247 | 1,60 | Sở Tư pháp
IV | 4 | total | @ | 10 | 6,4826 | 6,6353 | 6,80 | Thanh tra tỉnh
1 | 4.1 | 4 | @ | 2,5 | 1,5366 | 1,6067 | 1,65 | ^Thanh tra tỉnh
2 | 4.2 | 4 | @ | 2,5 | 1,8120 | 1,8413 | 1,88 | Sở Y tế + Sở Giáo dục và Đào tạo
3 | 4.3 | 4 | @ | 2,5 | 1,3549 | 1,2985 | 1,35 | Sở Nội vụ
4 | 4.4 | 4 | @ | 2,5 | 1,7791 | 1,8888 | 1,92 | Thanh tra tỉnh
V | 5 | total | @ | 10 | 7,3947 | 7,1312 | 7,30 | Trung tâm Phục vụ hành chính công tỉnh
1 | 5.1 | 5 | @ | 3,33 | 2,4938 | 2,4195 | 2,45 | Sở Tư pháp
2 | 5.2 | 5 | @ | 3,33 | 2,3337 | 2,3179 | 2,40 | Sở Nông nghiệp và Môi trường
3 | 5.3 | 5 | @ | 3,33 | 2,5672 | 2,3938 | 2,45 | Trung tâm Phục vụ hành chính công tỉnh
VI | 6 | total | @ | 10 | 7,7201 | 7,7217 | 7,80 | Sở Y tế
1 | 6.1 | 6 | @ | 2,5 | 1,8777 | 1,7747 |  | ^Sở Y tế
2 | 6.2 | 6 | @ | 2,5 | 1,8897 | 1,8529 |  | Sở Giáo dục và Đào tạo
3 | 6.3 | 6 | @ | 2,5 | 2,0572 | 2,1048 |  | Sở Xây dựng
4 | 6.4 | 6 | @ | 2,5 | 1,8955 | 1,9893 |  | Công an tỉnh
VII | 7 | total | @ | 10 | 3,8066 | 3,6816 | 3,90 | Sở Nông nghiệp và Môi trường
1 | 7.1 | 7 | @ | 3,33 | 1,3063 | 1,2358 | 1,30 | ^Sở Nông nghiệp và Môi trường
2 | 7.2 | 7 | @ | 3,33 | 1,7527 | 1,6001 | 1,70 | ^Sở Nông nghiệp và Môi trường
3 | 7.3 | 7 | @ | 3,33 | 0,7476 | 0,8457 | 0,90 | ^Sở Nông nghiệp và Môi trường
VIII | 8 | total | @ | 10 | 3,2732 | 3,4233 | Từ 3,6 điểm trở lên=3.6 | Sở Khoa học và Công nghệ
1 | 8.1 | 8 | @ | 3,33 | 0,4071 | 0,4133 |  | Văn phòng UBND tỉnh
2 | 8.2 | 8 | @ | 3,33 | 2,5301 | 2,7351 |  | Sở Khoa học và Công nghệ
3 | 8.3 | 8 | @ | 3,33 | 0,3360 | 0,2749 |  | Văn phòng UBND tỉnh
`,
    },
  ],
  planted: [],
  mustReport: [{ what: 'the total\'s target is a rank (Nhóm trung bình cao), kept as text', index: 'PAPI', code: 'total' }],
  notes: `
# 01 — Lai Châu, PAPI 2024 → 2025 (HTML)

A PAPI-only plan as published on a provincial portal (page chrome, heading layout table with
\`Số: 1331/KH-UBND\`, signature block, related news and comment form after the appendices).

Varies:
- PAPI-only: the task table (PHỤ LỤC I) has no parts A/B/C; its part comes from the plan's index.
  Area headings I–VIII span the row (colspan).
- Criteria table (PHỤ LỤC II): two-row header, \`Điểm đạt được\` over \`Năm 2023 | Năm 2024 |
  Tăng, giảm\` (rowspan/colspan); max headed \`Thang điểm\`; target headed \`Chỉ tiêu phấn đấu năm
  2025\`; lead \`Cơ quan chủ trì\`; an empty \`Ghi chú\` column.
- Total row first, with an empty TT cell, named \`Tổng điểm PAPI\`.
- Roman dimensions I–VIII; sub-dimensions numbered 1, 2, 3… restarting under each dimension
  (codes 1.1 … 8.3).
- Targets in words: \`Tăng 0,5 điểm\` (5,2363 + 0,5 = 5,7363), \`Trên 6,00\`, \`Đạt điểm tối đa\`
  (2,5), \`Từ 3,6 điểm trở lên\`, and a rank \`Nhóm trung bình cao\` for the total (target null).
- Agencies with commas (\`Sở Văn hóa, Thể thao và Du lịch\`), \`Đài Phát thanh và Truyền hình tỉnh\`,
  two agencies in one cell separated by \`; \`; lead cells merged down over rows (rowspan) —
  1.3 under 1.2, 4.1 under dimension 4, 6.1 under 6, 7.1–7.3 under 7.
- No planted errors (sub-dimensions add up to their dimension, dimensions to the total within 0,0001).

Figures: dimension and total scores 2023 and 2024 are Lai Châu's published PAPI scores
(tunah72/papi-dashboard, data/processed/agg_province_year.csv, rounded to 4 decimals).
Sub-dimension scores are constructed to add up to the published dimension scores. Targets and
agencies are invented but typical.
`,
};
