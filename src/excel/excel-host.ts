/// <reference types="office-js" />
import type { WorkbookSpec } from '../workbook-kit/spec';
import type { ExcelHost, RenderOptions, RequirementReport } from './host';
import { cleanSheetName, toBase64 } from './names';
import { readWorkbook } from './read';
import { Batch, renderSpec, writePrintSetup } from './render';

/**
 * The ExcelHost the task pane uses inside Excel, over Office.js. Requirement sets: ExcelApi 1.9
 * (setCellProperties, pageLayout, suspendScreenUpdating, getSpecialCells) is the minimum; 1.10
 * adds outline groups (Range.group). Every call is one Excel.run with a fixed number of syncs,
 * plus one per 4 MB of payload.
 */

export interface OfficeGlobals {
  Excel: typeof Excel;
  Office: typeof Office;
}

const REQUIRED = '1.9';
const OPTIONAL = [{ version: '1.10', feature: 'outline groups' }];
/** The fill of a marked row: light orange, unlike any of the sheets' own formats. */
const MARK_FILL = '#F8CBAD';
/**
 * Tags chiso's own marks so they are found again (after a reload too) and nothing else is removed:
 * N("…") is 0, so the tag does not change the rule's result.
 */
export const MARK_TAG = 'N("chiso-mark")=0';
/** Cells per sync when reading a selection: a pasted table is text-heavy. */
const SELECTION_CELLS_PER_SYNC = 20000;

/** Every conditional format carrying MARK_TAG on every sheet: 3 syncs. */
async function findMarks(context: Excel.RequestContext): Promise<Excel.ConditionalFormat[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const collections = sheets.items.map((ws) => {
    const formats = ws.getRange().conditionalFormats;
    formats.load('items/type');
    return formats;
  });
  await context.sync();
  const custom = collections.flatMap((c) => c.items.filter((cf) => cf.type === 'Custom'));
  for (const cf of custom) cf.custom.rule.load('formula');
  await context.sync();
  return custom.filter((cf) => cf.custom.rule.formula.includes(MARK_TAG));
}

/** Deletes every conditional format carrying MARK_TAG on every sheet: 3 syncs, plus one if any was found. */
async function removeMarks(context: Excel.RequestContext): Promise<number> {
  const ours = await findMarks(context);
  for (const cf of ours) cf.delete();
  if (ours.length > 0) await context.sync();
  return ours.length;
}

export function createExcelHost(env?: OfficeGlobals): ExcelHost {
  const globals = (): OfficeGlobals => env ?? { Excel: globalThis.Excel, Office: globalThis.Office };
  const supported = (version: string) => globals().Office.context.requirements.isSetSupported('ExcelApi', version);
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => globals().Excel.run(batch);

  const host: ExcelHost = {
    requirements(): RequirementReport {
      return { ok: supported(REQUIRED), missingOptional: OPTIONAL.filter((o) => !supported(o.version)).map((o) => `ExcelApi ${o.version}`) };
    },

    sheetNames() {
      return run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        return sheets.items.map((s) => s.name);
      });
    },

    render(spec: WorkbookSpec, options: RenderOptions = {}) {
      const groups = supported('1.10');
      return run((context) => renderSpec(context, spec, { groups, ...options }));
    },

    readAll(options: RenderOptions = {}) {
      return run(async (context) => {
        const { workbook } = await readWorkbook(context, options.signal, (fraction) => options.onProgress?.({ stage: 'values', fraction }));
        return workbook;
      });
    },

    readSelection() {
      return run(async (context) => {
        const selected = context.workbook.getSelectedRange();
        selected.load('rowIndex,columnIndex,rowCount,columnCount');
        const used = selected.worksheet.getUsedRangeOrNullObject(true);
        used.load('rowIndex,columnIndex,rowCount,columnCount');
        await context.sync();
        if (used.isNullObject) return [];
        // A selected whole column is a million rows: read only where the sheet has values.
        const top = Math.max(selected.rowIndex, used.rowIndex);
        const left = Math.max(selected.columnIndex, used.columnIndex);
        const bottom = Math.min(selected.rowIndex + selected.rowCount, used.rowIndex + used.rowCount);
        const right = Math.min(selected.columnIndex + selected.columnCount, used.columnIndex + used.columnCount);
        if (bottom <= top || right <= left) return [];
        const width = right - left;
        const step = Math.max(1, Math.floor(SELECTION_CELLS_PER_SYNC / width));
        const out: unknown[][] = [];
        // One sync per chunk: the count follows the selection's size, each response stays small.
        for (let from = top; from < bottom; from += step) {
          const range = selected.worksheet.getRangeByIndexes(from, left, Math.min(step, bottom - from), width);
          range.load('values');
          await context.sync();
          for (const row of range.values as unknown[][]) out.push(row); // never spread: a chunk may hold >100k rows
        }
        // Keep the selection's shape: leading empty rows/columns it covered stay as ''.
        const pad = left - selected.columnIndex;
        const rows = out.map((row) => (pad > 0 ? [...new Array<unknown>(pad).fill(''), ...row] : row));
        const lead = top - selected.rowIndex;
        return [...Array.from({ length: lead }, () => new Array<unknown>(pad + width).fill('')), ...rows];
      });
    },

    select(sheet: string, address: string) {
      return run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      });
    },

    markRows(marks) {
      return run(async (context) => {
        await removeMarks(context);
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        const names = new Set(sheets.items.map((s) => s.name));
        for (const m of marks) {
          if (!names.has(m.sheet)) continue;
          const cf = sheets.getItem(m.sheet).getRange(m.ref).conditionalFormats.add('Custom');
          cf.custom.rule.formula = `=AND(${MARK_TAG},${m.formula})`;
          cf.custom.format.fill.color = MARK_FILL;
          // First among the sheet's rules: its fill shows over theirs; the others still apply (bars, red text).
          cf.priority = 0;
        }
        await context.sync();
      });
    },

    clearMarks() {
      return run(removeMarks);
    },

    countMarks() {
      return run(async (context) => (await findMarks(context)).length);
    },

    canOpenCopy() {
      return supported('1.8');
    },

    applyPrintSetup(spec: WorkbookSpec, sheets: string[]) {
      return run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load('items/name');
        await context.sync();
        const existing = new Set(worksheets.items.map((s) => s.name));
        const batch = new Batch(context);
        for (const name of sheets) {
          if (!existing.has(name)) continue;
          // 'PL2 PAR INDEX (2)' takes the print setup of 'PL2 PAR INDEX'.
          const planned = spec.sheets.find((s) => s.name === name || cleanSheetName(s.name) === name.replace(/ \(\d+\)$/, ''));
          if (planned?.print) await writePrintSetup(batch, worksheets.getItem(name), planned.print);
        }
        await batch.flush();
      });
    },

    async openCopy(bytes: Uint8Array) {
      await globals().Excel.createWorkbook(toBase64(bytes));
    },
  };
  return host;
}
