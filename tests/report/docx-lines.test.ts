import { strFromU8, unzipSync } from 'fflate';
import { writeReportDocx } from '../../src/docx-write/write';
import type { ReportDocument } from '../../src/report/document';

/**
 * A unit's words typed on several lines, in a justified paragraph: each line its own paragraph,
 * for Word and LibreOffice stretch every line a manual break ends from margin to margin.
 */

const doc = (runs: { text: string; bold?: boolean }[], align: 'justify' | 'left'): ReportDocument => ({
  title: 'Báo cáo',
  date: '2025-10-05',
  font: 'Times New Roman',
  language: 'vi-VN',
  size: 14,
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  blocks: [{ kind: 'paragraph', runs, align, firstLine: true, after: 6 }],
});

/** The body's paragraphs: their alignment, whether they hold a manual break, and their text. */
async function paragraphs(d: ReportDocument): Promise<{ jc: string | null; br: boolean; text: string }[]> {
  const xml = strFromU8(unzipSync(await writeReportDocx(d))['word/document.xml']!);
  const body = xml.slice(xml.indexOf('<w:body>'));
  return [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const inner = m[1] ?? m[2] ?? '';
    return { jc: /<w:jc w:val="(\w+)"/.exec(inner)?.[1] ?? null, br: /<w:br\/>/.test(inner), text: [...inner.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('') };
  });
}

describe('a justified paragraph typed on several lines', () => {
  it('becomes one justified paragraph per line, with no manual break to stretch', async () => {
    const ps = await paragraphs(doc([{ text: 'Sở Hai: ', bold: true }, { text: 'Khó khăn:\n- Thiếu nhân lực;\n- Chưa kết nối.' }], 'justify'));
    expect(ps.filter((p) => p.text !== '')).toEqual([
      { jc: 'both', br: false, text: 'Sở Hai: Khó khăn:' },
      { jc: 'both', br: false, text: '- Thiếu nhân lực;' },
      { jc: 'both', br: false, text: '- Chưa kết nối.' },
    ]);
  });

  it('keeps a left-aligned paragraph’s breaks, which stretch nothing', async () => {
    const ps = await paragraphs(doc([{ text: 'Một\nHai' }], 'left'));
    expect(ps.filter((p) => p.text !== '').map((p) => [p.text, p.br])).toEqual([['MộtHai', true]]);
  });
});
