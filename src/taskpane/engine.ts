/**
 * Everything heavy the pane does — importing, checking, building the workbook — in one module
 * loaded on first use, so the pane's first paint carries only React, Fluent UI and its words.
 */
export { buildWorkbook } from '../sheets/build';
export { loadFile, loadSource, loadWorkbook } from './load';
export { assign, hasWork } from '../agencies/recipients';
export { parseCommuneList } from '../agencies/communes';
export { withBundledCommunes } from '../agencies/members';
export { compiler } from '../agencies/compile';
export { agencyWorkbook } from '../sheets/agency-workbook';
export { masterWorkbook } from '../sheets/master-workbook';
export { MAILING_LIST_FILE, mailingList, reportFileName, returnAddress } from '../agencies/sending';
