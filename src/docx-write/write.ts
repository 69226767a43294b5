import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Block, Columns, Paragraph as ParagraphSpec, ReportDocument, Run, Table as TableSpec } from '../report/document';

/**
 * ReportDocument -> .docx bytes through the `docx` package (Node and browser alike). A4 portrait,
 * the page number centred at the top from the second page, tables whose header row repeats on
 * every page. The file carries one date, the document's own, in its core properties and its zip
 * entries, so the same document gives the same bytes.
 */

const A4 = { width: 210, height: 297 };
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;
const halfPoints = (pt: number) => Math.round(pt * 2);
const twentieths = (pt: number) => Math.round(pt * 20);

export async function writeReportDocx(doc: ReportDocument): Promise<Uint8Array> {
  const textWidth = A4.width - doc.margins.left - doc.margins.right;
  const r = renderer(doc, textWidth);
  const document = new Document({
    title: doc.title,
    creator: 'chiso',
    lastModifiedBy: 'chiso',
    styles: { default: { document: { run: { font: doc.font, size: halfPoints(doc.size), language: { value: doc.language } }, paragraph: { spacing: { line: 276 } } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: convertMillimetersToTwip(A4.width), height: convertMillimetersToTwip(A4.height), orientation: PageOrientation.PORTRAIT },
            margin: {
              top: convertMillimetersToTwip(doc.margins.top),
              bottom: convertMillimetersToTwip(doc.margins.bottom),
              left: convertMillimetersToTwip(doc.margins.left),
              right: convertMillimetersToTwip(doc.margins.right),
              header: convertMillimetersToTwip(10),
              footer: convertMillimetersToTwip(10),
            },
          },
        },
        headers: {
          // Nghị định 30: the page number centred in the top margin, not on the first page.
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(doc.size) })] })] }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children: doc.blocks.flatMap((b) => r.block(b)),
      },
    ],
  });
  const packed = new Uint8Array(await Packer.toArrayBuffer(document));
  return fixDates(packed, doc.date);
}

/**
 * A justified paragraph holding line breaks (a unit's own words, typed on several lines) as one
 * paragraph per line: Word and LibreOffice stretch every line a break ends across the page, so
 * 'Khó khăn:' would be spread from margin to margin. The first keeps the indent, the last the
 * space after.
 */
function justifiedLines(p: ParagraphSpec): ParagraphSpec[] {
  if (p.align !== 'justify' || !p.runs.some((r) => r.text.includes('\n'))) return [p];
  const lines: Run[][] = [[]];
  for (const r of p.runs) {
    r.text.split('\n').forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece !== '') lines.at(-1)!.push({ ...r, text: piece });
    });
  }
  return lines.map((runs, i) => ({ ...p, runs, firstLine: i === 0 ? p.firstLine : false, after: i === lines.length - 1 ? p.after : 0, keepNext: i < lines.length - 1 ? false : p.keepNext }));
}

function renderer(doc: ReportDocument, textWidth: number) {
  const runs = (rs: Run[], fallbackSize?: number) =>
    rs.flatMap((r) =>
      // A line break inside a run's text ('\n') stays a line break in Word.
      r.text.split('\n').map((line, i) => new TextRun({ text: line, bold: r.bold, italics: r.italic, size: halfPoints(r.size ?? fallbackSize ?? doc.size), break: i > 0 ? 1 : undefined })),
    );

  const text = (p: ParagraphSpec, size?: number) =>
    new Paragraph({
      alignment: ALIGN[p.align ?? 'left'],
      indent: { firstLine: p.firstLine ? convertMillimetersToTwip(10) : undefined },
      spacing: { before: 0, after: p.rule ? 0 : twentieths(p.after ?? 6) },
      keepNext: p.keepNext || !!p.rule,
      pageBreakBefore: p.pageBreakBefore,
      children: runs(p.runs, size),
    });
  // A short rule under a paragraph: an empty paragraph two points high whose bottom border is
  // narrowed to the rule's length by equal indents on both sides.
  const rule = (length: number, width: number, after: number) => {
    const side = convertMillimetersToTwip(Math.max(0, (width - length) / 2));
    return new Paragraph({
      indent: { left: side, right: side },
      spacing: { before: 60, after: twentieths(after), line: 40, lineRule: LineRuleType.EXACT },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      children: [],
    });
  };
  const paragraph = (p: ParagraphSpec, width: number, size?: number): Paragraph[] =>
    p.rule ? [text(p, size), rule(p.rule, width, Math.max(p.after ?? 6, 6))] : justifiedLines(p).map((line) => text(line, size));

  const table = (t: TableSpec) => {
    const widths = t.columns.map((c) => convertMillimetersToTwip((textWidth * c.width) / 100));
    const cell = (text: string, i: number, o: { bold?: boolean; shade?: boolean; header?: boolean }) =>
      new TableCell({
        width: { size: widths[i]!, type: WidthType.DXA },
        verticalAlign: o.header ? VerticalAlign.CENTER : VerticalAlign.TOP,
        margins: { top: 30, bottom: 30, left: 70, right: 70 },
        shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.header ? 'D9E2F3' : 'F2F2F2' } : undefined,
        children: paragraph({ kind: 'paragraph', runs: [{ text, bold: o.bold }], align: o.header ? 'center' : t.columns[i]!.align ?? 'left', after: 0 }, 0, t.size),
      });
    return new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: t.columns.map((c, i) => cell(c.header, i, { bold: true, shade: true, header: true })) }),
        ...t.rows.map((row) => new TableRow({ cantSplit: true, children: row.cells.map((text, i) => cell(text, i, { bold: !!row.emphasis, shade: !!row.emphasis })) })),
      ],
    });
  };

  const columns = (c: Columns) => {
    const left = (textWidth * c.leftWidth) / 100;
    const right = textWidth - left;
    const side = (ps: ParagraphSpec[], width: number) => new TableCell({ width: { size: convertMillimetersToTwip(width), type: WidthType.DXA }, margins: { left: 0, right: 0 }, children: ps.length ? ps.flatMap((p) => paragraph(p, width)) : [new Paragraph({})] });
    return new Table({
      width: { size: convertMillimetersToTwip(textWidth), type: WidthType.DXA },
      columnWidths: [convertMillimetersToTwip(left), convertMillimetersToTwip(right)],
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      rows: [new TableRow({ children: [side(c.left, left), side(c.right, right)] })],
    });
  };

  return {
    block(b: Block): (Paragraph | Table)[] {
      if (b.kind === 'paragraph') return paragraph(b, textWidth);
      // Word needs a paragraph between two tables, or it merges them.
      if (b.kind === 'table') return [table(b), new Paragraph({ spacing: { after: 0 }, children: [] })];
      return [columns(b)];
    },
  };
}

/**
 * The docx package stamps the time of packing into docProps/core.xml and every zip entry: both get
 * the document's own date instead (noon UTC, so no time zone moves it to another day).
 */
function fixDates(bytes: Uint8Array, date: string): Uint8Array {
  const stamp = `${date}T12:00:00Z`;
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`));
  }
  const [y, m, d] = date.split('-').map(Number);
  // Zip entries keep local wall-clock time: a local date built from the parts is the same everywhere.
  const mtime = new Date(y!, m! - 1, d!, 12, 0, 0);
  const zippable: Zippable = {};
  for (const name of Object.keys(files)) zippable[name] = [files[name]!, { mtime }];
  return zipSync(zippable, { level: 6 });
}
