import type { Finding, Plan } from '../plan/schema';
import { agenciesSheet } from './agencies-sheet';
import { CALENDAR_STYLES, calendarSheet } from './calendar-sheet';
import type { Placement } from './placement';
import { criteriaSheet } from './criteria-sheet';
import { findingsSheet, type FindingWords } from './findings-sheet';
import { metaSheet } from './meta-sheet';
import { overviewSheet } from './overview-sheet';
import type { WorkbookSpec } from '../workbook-kit/spec';
import { allStyles } from '../workbook-kit/styles';
import { tasksSheet } from './tasks-sheet';
import { fitRowHeights } from '../workbook-kit/row-heights';
import { readablePaper } from '../workbook-kit/print';

export type { FindingWords } from './findings-sheet';

/**
 * Plan + findings -> the structured workbook: Tổng quan, PL1 Nhiệm vụ, PL2 PAR INDEX, PL3 SIPAS,
 * PL4 PAPI, Kiểm tra, Đơn vị, Lịch báo cáo, and a hidden _meta. Index sheets are laid out before the overview
 * and the findings so those can point at their rows; the sheet order people see is fixed below.
 */
export function buildWorkbook(plan: Plan, findings: Finding[], words: FindingWords & { severityWord: Record<Finding['severity'], string> }): WorkbookSpec {
  const place: Placement = { rowOf: new Map() };
  // SIPAS first: PAR's SIPAS criterion refers to the SIPAS total row.
  const sipas = criteriaSheet(plan, 'SIPAS', place);
  const par = criteriaSheet(plan, 'PAR', place);
  const papi = criteriaSheet(plan, 'PAPI', place);
  const tasks = tasksSheet(plan, place);
  return readablePaper(fitRowHeights({
    font: { name: 'Times New Roman', size: 11 },
    password: null,
    styles: { ...allStyles(), ...CALENDAR_STYLES },
    sheets: [
      overviewSheet(plan, findings, place.rowOf, words.severityWord),
      tasks,
      par,
      sipas,
      papi,
      findingsSheet(plan, findings, words, place),
      agenciesSheet(plan),
      calendarSheet(plan),
      metaSheet(plan),
    ],
  }));
}
