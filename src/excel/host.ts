import type { WorkbookSpec } from '../workbook-kit/spec';
import type { ReadWorkbook } from '../workbook-kit/read-model';

/**
 * What the task pane needs from the open Excel workbook. The Office.js implementation lives in
 * this folder (the only code that touches Excel.* / Office.*); the pane never calls Office.js itself.
 */
export interface Progress {
  /** 0..1 */
  fraction: number;
  /** A stage the pane can word: 'sheets', 'values', 'formats', 'rules', 'print'. */
  stage: string;
}

export interface RenderOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

export interface RenderResult {
  /** Sheet names as created: a name already taken gets ' (2)', ' (3)'…; no user sheet is overwritten. */
  sheets: { planned: string; actual: string }[];
  /** context.sync() calls made. */
  syncs: number;
}

export interface RequirementReport {
  /** ExcelApi 1.9 (the manifest minimum) is there. */
  ok: boolean;
  /** Optional sets missing, e.g. ['ExcelApi 1.10'] (outline groups): features degrade, the pane says which. */
  missingOptional: string[];
}

export interface ExcelHost {
  requirements(): RequirementReport;
  /** Names of the sheets in the open workbook. */
  sheetNames(): Promise<string[]>;
  /** Writes every sheet of the spec as new sheets (values, formulas, formats, rules, validation, print setup). */
  render(spec: WorkbookSpec, options?: RenderOptions): Promise<RenderResult>;
  /** Values, formulas and number formats of every sheet (used ranges), in a fixed number of syncs. */
  readAll(options?: RenderOptions): Promise<ReadWorkbook>;
  /** Values of the range the user selected (a table pasted from the web page). */
  readSelection(): Promise<unknown[][]>;
  /** Selects a cell ('PL2 PAR INDEX', 'G12') and brings it into view. */
  select(sheet: string, address: string): Promise<void>;
  /**
   * Marks rows with a conditional format of chiso's own, on top of the sheet's own formats
   * (priority 0), after clearing chiso's earlier marks. `formula` is relative to the ref's top-left cell.
   */
  markRows(marks: { sheet: string; ref: string; formula: string }[]): Promise<void>;
  /** Removes every mark chiso made, on every sheet, and nothing else; returns how many rules went. */
  clearMarks(): Promise<number>;
  /** How many of chiso's marks the workbook holds (after a reload too): what the highlight switch shows. */
  countMarks(): Promise<number>;
  /** Whether openCopy works here (Excel.createWorkbook, ExcelApi 1.8). */
  canOpenCopy(): boolean;
  /** Applies page layout (A4, orientation, fit, titles, header/footer, margins) to the given sheets. */
  applyPrintSetup(spec: WorkbookSpec, sheets: string[]): Promise<void>;
  /** Opens a separate new workbook from .xlsx bytes (Excel.createWorkbook). */
  openCopy(bytes: Uint8Array): Promise<void>;
}
