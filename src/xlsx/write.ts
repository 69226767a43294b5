import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { withAllRows, type CellStyle, type SheetSpec, type WorkbookSpec } from '../workbook-kit/spec';

/**
 * WorkbookSpec -> .xlsx bytes through exceljs (4.4.0, pinned), in Node and in the browser.
 * The only writer of the project; it applies the library's known workarounds:
 * validations per range (cell by cell they come out overlapping), data bars without `gradient`
 * and always with cfvo and colour, the protection hash computed once and copied (exceljs hashes
 * 100,000 times per call), explicit heights for wrapped rows (nothing auto-fits), and a pass over
 * the written XML for what exceljs gets wrong there (see fixXml).
 */

const MM_PER_INCH = 25.4;

export async function writeWorkbook(given: WorkbookSpec): Promise<Uint8Array> {
  // exceljs holds the whole workbook: streamed rows are made here.
  const spec = withAllRows(given);
  const wb = new ExcelJS.Workbook();
  await fillWorkbook(wb, spec, false);
  // Stored, not deflated: fixXml patches the XML and deflates every part once, as it zips.
  const buffer = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as Partial<ExcelJS.XlsxWriteOptions>);
  return fixXml(new Uint8Array(buffer as ArrayBuffer), spec);
}

/**
 * The sheets of `spec` into an exceljs workbook. `streaming`: the workbook is exceljs's streaming
 * writer, so each row is committed (written out and let go) as soon as it is filled, and each
 * sheet when done — for workbooks of tens of thousands of rows (see write-stream.ts).
 */
export async function fillWorkbook(wb: ExcelJS.Workbook, spec: WorkbookSpec, streaming: boolean): Promise<void> {
  wb.creator = 'chiso';
  // A fixed date keeps the same plan's workbook byte-stable apart from the zip's own timestamps.
  wb.created = new Date(Date.UTC(2025, 0, 1));
  wb.modified = wb.created;
  // Cached results are written, but every application is asked to recalculate on open.
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  let protection: Partial<ExcelJS.WorksheetProtection> | null = null;
  for (const sheet of spec.sheets) {
    const ws = addSheet(wb, sheet, spec, streaming);
    if (sheet.protect) {
      if (!protection) {
        await ws.protect(spec.password ?? '', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
        protection = { ...(ws as unknown as { sheetProtection: Partial<ExcelJS.WorksheetProtection> }).sheetProtection };
      } else {
        (ws as unknown as { sheetProtection: Partial<ExcelJS.WorksheetProtection> }).sheetProtection = { ...protection };
      }
    }
    if (streaming) (ws as unknown as { commit(): void }).commit();
  }
}

/**
 * What exceljs 4.4.0 writes wrong, put right in the XML:
 * - <sheetPr> holds pageSetUpPr before outlinePr; the schema wants outlinePr first, and Excel
 *   declares the file corrupt when a sheet has both (fit to page and outline settings: exceljs #1348);
 * - every outlined row at the deepest level is marked collapsed="1" though none is folded, so Excel
 *   would show its group as closed;
 * - print defined names quote sheet names without doubling their apostrophes.
 * It is also where the workbook is deflated, once: exceljs hands it over stored.
 */
export function fixXml(bytes: Uint8Array, spec: WorkbookSpec): Uint8Array {
  const files = unzipSync(bytes);
  for (const [name, data] of Object.entries(files)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const xml = strFromU8(data);
    const fixed = xml
      .replace(/<sheetPr>([\s\S]*?)<\/sheetPr>/, (_m, inner: string) => {
        const part = (tag: string) => new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`).exec(inner)?.[0] ?? '';
        return `<sheetPr>${part('tabColor')}${part('outlinePr')}${part('pageSetUpPr')}</sheetPr>`;
      })
      .replace(/(<row [^>]*?) collapsed="1"/g, '$1');
    if (fixed !== xml) files[name] = strToU8(fixed);
  }
  const quoted = spec.sheets.filter((s) => s.name.includes("'"));
  if (quoted.length > 0 && files['xl/workbook.xml']) {
    let book = strFromU8(files['xl/workbook.xml']);
    for (const s of quoted) {
      const esc = (n: string) => n.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;');
      book = book.split(`&apos;${esc(s.name)}&apos;!`).join(`&apos;${esc(s.name.replace(/'/g, "''"))}&apos;!`);
    }
    files['xl/workbook.xml'] = strToU8(book);
  }
  return zipSync(files, { level: 6 });
}

/** 'A1:D40' -> 'A$1:D$40': exceljs only prefixes '$' to each end, and a print area must be absolute. */
function absoluteArea(ref: string): string {
  return ref.replace(/\$?([A-Za-z]{1,3})\$?(\d+)/g, '$1$$$2');
}

function addSheet(wb: ExcelJS.Workbook, sheet: SheetSpec, spec: WorkbookSpec, streaming: boolean): ExcelJS.Worksheet {
  // Everything the sheet's head holds (properties, views, page setup, outline depth) is given at
  // creation: the streaming writer writes the head at once.
  const outlineLevel = sheet.rows.reduce((m, r) => Math.max(m, r.outlineLevel ?? 0), 0);
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.state,
    properties: {
      outlineProperties: { summaryBelow: !sheet.outlineSummaryAbove, summaryRight: true },
      ...(sheet.tabColor ? { tabColor: { argb: `FF${sheet.tabColor}` } } : {}),
      // exceljs leaves <sheetFormatPr outlineLevelRow> at 0, and Excel then draws no outline buttons.
      ...(outlineLevel > 0 ? { outlineLevelRow: outlineLevel } : {}),
    } as Partial<ExcelJS.WorksheetProperties>,
    views: sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0) ? [{ state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }] : [],
    ...(sheet.print ? printOptions(sheet.print) : {}),
  });

  const styleCache = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (name: string | undefined): Partial<ExcelJS.Style> => {
    const key = name ?? '';
    let s = styleCache.get(key);
    if (!s) {
      s = toExcelStyle(name ? spec.styles[name] : undefined, spec.font);
      styleCache.set(key, s);
    }
    return s;
  };

  sheet.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
    // A column style is what Excel gives the cells nobody filled: at least the workbook's font.
    col.style = styleOf(c.style);
  });

  // A merge is made once all its rows are filled (values first, as the in-memory writer has it);
  // the streaming writer may only write out rows above every merge still open.
  const merges = sheet.merges.map((ref) => {
    const rows = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(ref.replace(/\$/g, ''));
    return { ref, top: Number(rows?.[1] ?? 1), bottom: Number(rows?.[2] ?? sheet.rows.length) };
  });
  let pending = merges;
  let committed = 0;
  const fillTo = (r: number) => {
    const due = pending.filter((m) => m.bottom <= r);
    for (const m of due) ws.mergeCells(m.ref);
    pending = pending.filter((m) => m.bottom > r);
    if (!streaming) return;
    const open = pending.reduce((top, m) => Math.min(top, m.top), Infinity);
    const safe = Math.min(r, open - 1, sheet.rows.length);
    if (safe > committed) {
      committed = safe;
      ws.getRow(committed).commit();
    }
  };

  const breaks = new Set(sheet.print?.rowBreaks ?? []);
  sheet.rows.forEach((rowSpec, i) => {
    const row = ws.getRow(i + 1);
    // A manual page break after this row, across every column (exceljs counts them from 1).
    if (breaks.has(i + 1)) row.addPageBreak(1, 16_384);
    if (rowSpec.height) row.height = rowSpec.height;
    if (rowSpec.outlineLevel) row.outlineLevel = rowSpec.outlineLevel;
    rowSpec.cells.forEach((cellSpec, j) => {
      if (!cellSpec) return;
      const cell = row.getCell(j + 1);
      if (cellSpec.formula) {
        // exceljs writes a leading '=' into <f>, which Excel then refuses to open.
        cell.value = { formula: cellSpec.formula.replace(/^=/, ''), result: cellSpec.value ?? undefined } as ExcelJS.CellFormulaValue;
      } else if (cellSpec.hyperlink) {
        cell.value = { text: cellSpec.value === null ? cellSpec.hyperlink : String(cellSpec.value), hyperlink: cellSpec.hyperlink } as ExcelJS.CellHyperlinkValue;
      } else if (cellSpec.value !== null) {
        // Plain strings stay inert text even when they begin with '=', '+', '-' or '@'.
        cell.value = cellSpec.value;
      }
      cell.style = styleOf(cellSpec.style ?? sheet.columns[j]?.style);
    });
    fillTo(i + 1);
  });
  fillTo(Infinity);
  if (sheet.autoFilter) ws.autoFilter = sheet.autoFilter;

  let priority = 1;
  for (const cf of sheet.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: cf.ref,
      rules: cf.rules.map((rule): ExcelJS.ConditionalFormattingRule => {
        if (rule.kind === 'expression') {
          const s = spec.styles[rule.style] ?? {};
          return {
            type: 'expression',
            priority: rule.priority ?? priority++,
            formulae: [rule.formula],
            style: {
              ...(s.fill ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${s.fill}` } } } : {}),
              font: { ...(s.color ? { color: { argb: `FF${s.color}` } } : {}), ...(s.bold ? { bold: true } : {}), ...(s.italic ? { italic: true } : {}) },
            },
          };
        }
        return {
          type: 'dataBar',
          priority: priority++,
          cfvo: [{ type: 'num', value: rule.min }, rule.max === null ? { type: 'max' } : { type: 'num', value: rule.max }],
          color: { argb: `FF${rule.color}` },
        } as ExcelJS.DataBarRuleType;
      }),
    });
  }

  const validations = (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of sheet.validations) {
    if (v.rule.kind === 'decimal') {
      validations.add(v.ref, {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Giá trị không hợp lệ',
        error: v.rule.error,
        ...(v.rule.prompt ? { showInputMessage: true, prompt: v.rule.prompt } : {}),
        formulae: [v.rule.min, v.rule.max],
      });
    } else {
      validations.add(v.ref, {
        type: 'list',
        allowBlank: true,
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Giá trị không hợp lệ',
        error: v.rule.error,
        formulae: [`"${v.rule.values.map((x) => x.replace(/"/g, '""')).join(',')}"`],
      });
    }
  }

  return ws;
}

/** A4 (or A3), fitted one page wide, print titles and area, the margins of Nghị định 30/2020, header and footer. */
function printOptions(p: NonNullable<SheetSpec['print']>): Pick<Partial<ExcelJS.AddWorksheetOptions>, 'pageSetup' | 'headerFooter'> {
  const inch = (mm: number) => Math.round((mm / MM_PER_INCH) * 1000) / 1000;
  return {
    pageSetup: {
      paperSize: p.paperSize === 'A3' ? 8 : 9,
      orientation: p.orientation,
      fitToPage: true,
      fitToWidth: p.fitToWidth,
      fitToHeight: 0,
      ...(p.titleRows ? { printTitlesRow: p.titleRows } : {}),
      ...(p.printArea ? { printArea: absoluteArea(p.printArea) } : {}),
      horizontalCentered: true,
      margins: { top: inch(p.margins.top), bottom: inch(p.margins.bottom), left: inch(p.margins.left), right: inch(p.margins.right), header: inch(p.margins.header), footer: inch(p.margins.footer) },
    } as Partial<ExcelJS.PageSetup>,
    headerFooter: { oddHeader: p.header, oddFooter: p.footer, ...(p.firstPageHeader !== undefined ? { differentFirst: true, firstHeader: p.firstPageHeader, firstFooter: p.footer } : {}) } as Partial<ExcelJS.HeaderFooter>,
  };
}

function toExcelStyle(s: CellStyle | undefined, font: WorkbookSpec['font']): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {
    font: { name: font.name, size: s?.size ?? font.size, ...(s?.bold ? { bold: true } : {}), ...(s?.italic ? { italic: true } : {}), ...(s?.color ? { color: { argb: `FF${s.color}` } } : {}) },
  };
  if (!s) return out;
  if (s.hAlign || s.vAlign || s.wrap || s.indent) {
    out.alignment = {
      ...(s.hAlign ? { horizontal: s.hAlign } : {}),
      ...(s.vAlign ? { vertical: s.vAlign } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
      ...(s.indent ? { indent: s.indent } : {}),
    };
  }
  if (s.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill}` } };
  if (s.numFmt) out.numFmt = s.numFmt;
  if (s.border) {
    const thin = { style: 'thin' as const, color: { argb: 'FFA6A6A6' } };
    out.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (s.unlocked) out.protection = { locked: false };
  return out;
}
