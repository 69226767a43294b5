/**
 * Everything heavy the pane does — importing, checking, building the workbook, assembling and
 * compiling — is the app layer's; this module loads it on first use, so the pane's first paint
 * carries only React, Fluent UI and its words.
 */
export { buildWorkbook } from '../plan-workbook/write';
export { loadAgain, loadFile, loadSource, loadText, loadWorkbook, rowsById, withCommunes } from '../app/load';
export { agencyWorkbookFile, assembleWorkbooks, recipients } from '../app/assemble';
export { compileReturns, masterSpec } from '../app/compile';
export { compileCounts } from '../agencies/compile';
export { roundOf } from '../app/periods';
export { comparePeriods, nationalPeriods, parsePeriod, periodName } from '../periods/ids';
export { readMasterBytes } from './previous';
