// Lays a document model out as the files people actually have: a published web page, a .docx
// (docx package), a range pasted from Excel (TSV) and flattened text.
import * as D from 'docx';

const esc = (s) => String(s).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Header rows are written in specs as strings or [text, rowSpan, colSpan]. */
export function headerCells(header) {
  return header.map((row) => row.map((c) => (Array.isArray(c) ? { t: c[0], rs: c[1] ?? 1, cs: c[2] ?? 1, b: true } : { t: c, b: true })));
}

function htmlTable(t, o) {
  const out = [];
  const attrs = o.tableAttrs ?? 'border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%"';
  out.push(`<table ${attrs}>`);
  const ncols = headerCells(t.header)[0].reduce((s, c) => s + (c.cs ?? 1), 0);
  if (t.captionInTable) {
    out.push(`<tr><td colspan="${ncols}" style="text-align:center;border:none"><b>${t.captionLines.map(esc).join('<br>')}</b></td></tr>`);
  }
  const tag = o.theadTh ? 'th' : 'td';
  if (o.theadTh) out.push('<thead>');
  for (const row of headerCells(t.header)) {
    out.push(`<tr>${row.map((c) => `<${tag}${c.rs > 1 ? ` rowspan="${c.rs}"` : ''}${c.cs > 1 ? ` colspan="${c.cs}"` : ''} style="text-align:center">${o.theadTh ? '' : '<b>'}${esc(c.t).replaceAll('\n', '<br>')}${o.theadTh ? '' : '</b>'}</${tag}>`).join('')}</tr>`);
  }
  if (o.theadTh) out.push('</thead><tbody>');
  for (const row of t.body) {
    const tds = row
      .filter(Boolean)
      .map((c) => {
        const inner = esc(c.t)
          .split('\n')
          .join(o.cellParagraphs ? '</p><p>' : '<br>');
        const text = o.cellParagraphs ? `<p>${inner}</p>` : inner;
        return `<td${c.rs > 1 ? ` rowspan="${c.rs}"` : ''}${c.cs > 1 ? ` colspan="${c.cs}"` : ''}>${c.b ? `<b>${text}</b>` : text}</td>`;
      });
    out.push(`<tr>${tds.join('')}</tr>`);
  }
  if (o.theadTh) out.push('</tbody>');
  out.push('</table>');
  return out.join('\n');
}

export function html(spec, model) {
  const h = spec.html ?? {};
  const m = spec.meta;
  const p = [];
  // plain: the document alone, laid out for printing (the PDFs are printed from it).
  const plain = h.plain === true;
  const style = plain ? '<style>@page{size:A4;margin:2cm 1.5cm}body{font-family:"Times New Roman","Liberation Serif",serif;font-size:13pt}td,th{font-size:12pt;vertical-align:middle}thead{display:table-header-group}tr{break-inside:avoid}</style>' : '<link rel="stylesheet" href="/Themes/portal.css">';
  p.push('<!DOCTYPE html>', '<html lang="vi">', '<head>', '<meta charset="utf-8">', `<title>${esc(m.pageTitle ?? m.docSubtitle)}</title>`, style, '</head>', '<body>');
  if (!plain) {
    p.push(`<div class="top-bar"><span>${esc(m.portal)}</span> <span class="date">${esc(m.posted)}</span></div>`);
    p.push('<ul class="menu"><li>Trang chủ</li><li>Giới thiệu</li><li>Tin tức - Sự kiện</li><li>Văn bản chỉ đạo điều hành</li><li>Dịch vụ công</li><li>Liên hệ</li></ul>');
    p.push(`<div class="breadcrumb">Trang chủ / Văn bản chỉ đạo điều hành / ${esc(m.docType ?? 'Kế hoạch')}</div>`);
  }
  p.push('<div class="article">');
  if (!plain) {
    p.push(`<h1 class="article-title">${esc(m.pageTitle)}</h1>`);
    p.push(`<div class="article-meta">Ngày đăng: ${esc(m.posted)} | Lượt xem: ${esc(m.views ?? '1.287')}</div>`);
  }
  // The heading of an official letter, laid out with a borderless table as portals publish it.
  p.push('<table class="heading" border="0" style="width:100%">');
  p.push(`<tr><td style="width:40%;text-align:center"><b>${m.issuerLines.map(esc).join('<br>')}</b><br>-------</td><td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------</td></tr>`);
  p.push(`<tr><td style="text-align:center">${esc(m.numberLine)}</td><td style="text-align:center"><i>${esc(m.placeDate)}</i></td></tr>`);
  p.push('</table>');
  p.push(`<p style="text-align:center"><b>${esc(m.docTitle)}</b></p>`);
  p.push(`<p style="text-align:center"><b>${esc(m.docSubtitle)}</b></p>`);
  for (const para of spec.body) {
    if (para.startsWith('## ')) p.push(`<p><b>${esc(para.slice(3))}</b></p>`);
    else p.push(`<p>${esc(para)}</p>`);
  }
  p.push('<table class="sign" border="0" style="width:100%"><tr>');
  p.push(`<td style="width:50%;vertical-align:top"><b><i>Nơi nhận:</i></b><br>${m.recipients.map(esc).join('<br>')}</td>`);
  p.push(`<td style="text-align:center;vertical-align:top"><b>${m.signLines.map(esc).join('<br>')}</b><br><br><br><b>${esc(m.signer)}</b></td>`);
  p.push('</tr></table>');
  for (const t of model.tables) {
    if (!t.captionInTable) {
      const [cap, ...rest] = t.captionLines;
      p.push(h.captionTag === 'h3' ? `<h3 style="text-align:center">${esc(cap)}</h3>` : `<p style="text-align:center"><b>${esc(cap)}</b></p>`);
      for (const r of rest) p.push(r.startsWith('(') ? `<p style="text-align:center"><i>${esc(r)}</i></p>` : `<p style="text-align:center"><b>${esc(r)}</b></p>`);
    }
    p.push(htmlTable(t, h));
    if (t.footnote) p.push(`<p><i>${esc(t.footnote)}</i></p>`);
  }
  p.push('</div>');
  if (plain) {
    p.push('</body>', '</html>', '');
    return p.join('\n');
  }
  p.push('<div class="attachments"><b>Tệp đính kèm:</b> <a href="#">' + esc(m.attachment ?? 'KH.signed.pdf') + '</a></div>');
  p.push('<div class="related"><h4>Tin liên quan</h4><ul><li>Hội nghị tổng kết công tác cải cách hành chính năm 2024</li><li>Công bố Chỉ số PAR INDEX, SIPAS năm 2024</li><li>Tập huấn nghiệp vụ cải cách hành chính cho cán bộ cấp xã</li></ul></div>');
  p.push('<div class="comments"><h4>Ý kiến bạn đọc</h4><p>Họ và tên: ____ Email: ____ Nội dung: ____</p><p>Gửi ý kiến</p></div>');
  p.push(`<div class="footer">${esc(m.footer)}</div>`);
  p.push('</body>', '</html>', '');
  return p.join('\n');
}

// ---- .docx -------------------------------------------------------------------------------------
const font = 'Times New Roman';
const run = (text, o = {}) => new D.TextRun({ text, font, size: o.size ?? 24, bold: o.b, italics: o.i });
const para = (text, o = {}) =>
  new D.Paragraph({
    alignment: o.center ? D.AlignmentType.CENTER : o.justify ? D.AlignmentType.JUSTIFIED : D.AlignmentType.LEFT,
    spacing: { after: o.after ?? 80 },
    children: String(text)
      .split('\n')
      .flatMap((line, i) => (i === 0 ? [run(line, o)] : [new D.TextRun({ break: 1 }), run(line, o)])),
  });
const noBorders = {
  top: { style: D.BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: D.BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: D.BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: D.BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: D.BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: D.BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

function docxCell(c, size) {
  return new D.TableCell({
    rowSpan: c.rs > 1 ? c.rs : undefined,
    columnSpan: c.cs > 1 ? c.cs : undefined,
    verticalAlign: D.VerticalAlign.CENTER,
    children: String(c.t)
      .split('\n')
      .map((line) => new D.Paragraph({ spacing: { after: 0 }, children: [run(line, { b: c.b, size })] })),
  });
}

function docxTable(t, o) {
  const size = o.tableFontSize ?? 22;
  const header = headerCells(t.header).map((row) => new D.TableRow({ tableHeader: true, children: row.map((c) => docxCell(c, size)) }));
  const body = t.body.map((row) => new D.TableRow({ cantSplit: false, children: row.filter(Boolean).map((c) => docxCell(c, size)) }));
  return new D.Table({ width: { size: 100, type: D.WidthType.PERCENTAGE }, columnWidths: o.widths?.(t), rows: [...header, ...body] });
}

export async function docx(spec, model) {
  const m = spec.meta;
  const o = spec.docx ?? {};
  const heading = new D.Table({
    width: { size: 100, type: D.WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [
      new D.TableRow({
        children: [
          new D.TableCell({ borders: noBorders, children: [para(m.issuerLines.join('\n'), { b: true, center: true }), para('-------', { center: true })] }),
          new D.TableCell({ borders: noBorders, children: [para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc', { b: true, center: true }), para('---------------', { center: true })] }),
        ],
      }),
      new D.TableRow({
        children: [
          new D.TableCell({ borders: noBorders, children: [para(m.numberLine, { center: true })] }),
          new D.TableCell({ borders: noBorders, children: [para(m.placeDate, { i: true, center: true })] }),
        ],
      }),
    ],
  });
  const main = [heading, para(''), para(m.docTitle, { b: true, center: true, size: 28 }), para(m.docSubtitle, { b: true, center: true })];
  for (const p of spec.body) main.push(p.startsWith('## ') ? para(p.slice(3), { b: true }) : para(p, { justify: true }));
  main.push(
    new D.Table({
      width: { size: 100, type: D.WidthType.PERCENTAGE },
      borders: noBorders,
      rows: [
        new D.TableRow({
          children: [
            new D.TableCell({ borders: noBorders, children: [para('Nơi nhận:', { b: true, i: true, size: 22 }), para(m.recipients.join('\n'), { size: 20 })] }),
            new D.TableCell({ borders: noBorders, children: [para(m.signLines.join('\n'), { b: true, center: true }), para('\n\n'), para(m.signer, { b: true, center: true })] }),
          ],
        }),
      ],
    }),
  );
  const sections = [{ properties: {}, children: main }];
  for (const t of model.tables) {
    const children = [];
    for (const [i, line] of t.captionLines.entries()) children.push(para(line, { b: i < 2, i: line.startsWith('('), center: true }));
    children.push(docxTable(t, o));
    if (t.footnote) children.push(para(t.footnote, { i: true, size: 22 }));
    sections.push({
      properties: o.landscape ? { page: { size: { orientation: D.PageOrientation.LANDSCAPE } } } : {},
      children,
    });
  }
  const doc = new D.Document({ creator: m.issuerLines.join(' '), title: m.docSubtitle, sections });
  return D.Packer.toBuffer(doc);
}

// ---- pasted ranges and flattened text ----------------------------------------------------------

/** Expand a header+body matrix into a plain grid (merged cells: text in the first cell, blanks after). */
export function grid(t) {
  const rows = [...headerCells(t.header), ...t.body.map((r) => r.map((c) => c ?? { t: '', covered: true }))];
  const out = [];
  for (let r = 0; r < rows.length; r++) {
    out[r] ??= [];
    let col = 0;
    for (const c of rows[r]) {
      if (c.covered) continue;
      while (out[r][col] !== undefined) col++;
      out[r][col] = c.t;
      for (let k = 1; k < (c.cs ?? 1); k++) out[r][col + k] = '';
      for (let k = 1; k < (c.rs ?? 1); k++) {
        out[r + k] ??= [];
        for (let j = 0; j < (c.cs ?? 1); j++) out[r + k][col + j] = '';
      }
      col += c.cs ?? 1;
    }
  }
  const width = Math.max(...out.map((r) => r.length));
  return out.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}

const tsvCell = (s) => (/[\t\n"]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
export const tsv = (rows) => `${rows.map((r) => r.map(tsvCell).join('\t')).join('\r\n')}\r\n`;
