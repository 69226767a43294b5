import { splitAgencies, type AgencyRef } from '../agencies/split';
import { finding } from '../plan/finding';
import { normalizeCode } from '../plan/codes';
import { parseViNumber } from '../plan/numbers';
import type { Criterion, Finding, IndexId } from '../plan/schema';
import { fold } from '../plan/text';
import { cellText } from './cell-text';
import { criterionId } from './ids';
import type { RecognisedTable, TableRow } from './tables';

/** A criterion before agency names are made canonical. */
export interface CriterionDraft extends Omit<Criterion, 'lead'> {
  leadRefs: AgencyRef[];
}

const TOTAL_NAME = /^(tong diem|tong cong|tong so|tong|chi so chung|chi so hai long chung|diem tong|cong)\b/;

/**
 * Rows of Phụ lục 2–4 -> criteria. `byCode` holds the codes already read for this index, so a
 * table met twice still yields unique ids. The hierarchy comes from the codes ('5.3.2' under
 * '5.3'), from roman groups (SIPAS I, II hold indices 1–9) and from dashes (PAPI
 * sub-dimensions marked only '-', numbered 1.1, 1.2 … under their dimension).
 */
export function readCriteria(table: RecognisedTable, findings: Finding[], byCode = new Map<string, CriterionDraft>()): CriterionDraft[] {
  const index = table.index;
  if (!index) return [];
  const out: CriterionDraft[] = [];
  let roman: CriterionDraft | null = null; // current roman group (SIPAS)
  let area: CriterionDraft | null = null; // current level-1 row: where agency inheritance stops
  let lastSingle: CriterionDraft | null = null; // parent of dash rows
  let dashCount = 0;
  let lastLead: AgencyRef[] = [];
  let hasTotal = false;

  for (const row of table.rows) {
    const name = cellText(row, 'name', index, findings);
    const rawCode = row.get('code').text;
    const norm = normalizeCode(rawCode);
    if (!name && norm.kind === 'empty' && row.cells.every((c) => !c.text.trim())) continue;

    let code: string;
    let parent: string | null;
    let level: number;
    if (norm.kind === 'empty' && TOTAL_NAME.test(fold(name))) {
      code = 'total';
      parent = null;
      level = 0;
    } else if (norm.kind === 'roman') {
      code = norm.code;
      parent = 'total';
      level = 1;
    } else if (norm.kind === 'numeric') {
      code = norm.code;
      const parts = code.split('.');
      if (parts.length === 1) {
        parent = roman ? roman.code : 'total';
        level = roman ? 2 : 1;
      } else {
        parent = parts.slice(0, -1).join('.');
        level = parts.length + (roman ? 1 : 0);
        const expectedArea = area && area.code !== 'total' ? area.code : null;
        if (expectedArea && !roman && parts[0] !== expectedArea) {
          findings.push(
            finding('numbering.wrong-parent', 'warning', { index, id: criterionId(index, code), source: row.location }, 'code', code, `${expectedArea}.${parts.slice(1).join('.')}`, { area: expectedArea }),
          );
        }
      }
      if (norm.repaired) {
        findings.push(finding('numbering.code-repaired', 'info', { index, id: criterionId(index, code), source: row.location }, 'code', rawCode, code, {}));
      }
    } else if (norm.kind === 'dash' && lastSingle) {
      dashCount += 1;
      code = `${lastSingle.code}.${dashCount}`;
      parent = lastSingle.code;
      level = lastSingle.level + 1;
    } else {
      findings.push(finding('import.row-unrecognised', 'error', { index, id: null, source: row.location }, 'code', rawCode, null, { name }));
      continue;
    }

    if (code === 'total') hasTotal = true;
    let id = criterionId(index, code);
    if (byCode.has(code)) {
      let k = 2;
      while (byCode.has(`${code}~${k}`)) k++;
      findings.push(finding('numbering.duplicate', 'warning', { index, id, source: row.location }, 'code', code, `${code}~${k}`, {}));
      code = `${code}~${k}`;
      id = criterionId(index, code);
    }

    // Blank lead cells continue the agency above (merged cells), but never across an area heading.
    const opensArea = level <= 1;
    if (opensArea) lastLead = [];
    const written = splitAgencies(row.get('lead').text);
    const inherited = written.length === 0 && !opensArea && lastLead.length > 0;
    const leadRefs = written.length > 0 ? written : inherited ? lastLead : [];
    if (written.length > 0) lastLead = written;

    const values = readValues(row, index, id, findings);
    const draft: CriterionDraft = {
      id,
      index,
      code,
      parent,
      level,
      name,
      max: values.max.value,
      result: values.result.value,
      target: values.target.value,
      decimals: { max: values.max.decimals, result: values.result.decimals, target: values.target.decimals },
      leadRefs,
      leadInherited: inherited,
      source: row.location,
    };
    out.push(draft);
    byCode.set(code, draft);
    if (norm.kind === 'roman') roman = draft;
    if (level === 1 || code === 'total') area = draft;
    if (norm.kind === 'numeric' || norm.kind === 'roman') {
      lastSingle = draft;
      dashCount = 0;
    }
  }
  if (!hasTotal && out.length > 0) {
    findings.push(finding('import.total-missing', 'warning', { index, id: null, source: out[0]!.source }, null, null, null, {}));
  }
  return out;
}

function readValues(row: TableRow, index: IndexId, id: string, findings: Finding[]) {
  const read = (role: 'max' | 'result' | 'target') => {
    const text = row.get(role).text.trim();
    if (!text) return { value: null, decimals: 0 };
    const n = parseViNumber(text);
    if (!n) {
      findings.push(finding('import.number-unreadable', 'error', { index, id, source: row.location }, role, text, null, {}));
      return { value: null, decimals: 0 };
    }
    return n;
  };
  return { max: read('max'), result: read('result'), target: read('target') };
}
