/**
 * Everything heavy the pane does — importing, checking, building the workbook — in one module
 * loaded on first use, so the pane's first paint carries only React, Fluent UI and its words.
 */
export { buildWorkbook } from '../plan-workbook/write';
export { loadFile, loadSource, loadWorkbook } from './load';
export { assign, hasWork } from '../agencies/recipients';
export { parseCommuneList } from '../agencies/communes';
export { withBundledCommunes } from '../agencies/members';
export { compiler } from '../agencies/compile';
export { returnReader } from '../agency-workbook/read';
export { agencyWorkbook } from '../agency-workbook/write';
export { masterWorkbook, vietnamDay } from '../master-workbook/write';
export { MAILING_LIST_FILE, mailingList, reportFileName, returnAddress } from '../agencies/sending';
export { reportFileNames } from '../agencies/file-names';
export { MAILING_LIST_WORKBOOK, mailingListWorkbook } from '../agency-workbook/mailing-list';
