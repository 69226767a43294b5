/**
 * The extensions the format registry (formats.ts) reads, for the pane's file picker. Kept apart so
 * the pane's first paint does not load the registry; tests/app/load.test.ts fails when they drift.
 */
export const PLAN_FILE_EXTENSIONS = ['xlsx', 'xlsm', 'xls', 'ods', 'docx', 'docm', 'doc', 'pdf', 'html', 'htm', 'txt', 'tsv'] as const;
