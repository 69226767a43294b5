/**
 * Everything heavy the pane does — importing, checking, building the workbook — in one module
 * loaded on first use, so the pane's first paint carries only React, Fluent UI and its words.
 */
export { buildWorkbook } from '../sheets/build';
export { loadFile, loadSource, loadWorkbook } from './load';
