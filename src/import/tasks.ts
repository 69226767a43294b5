import { splitAgencies, type AgencyRef } from '../agencies/split';
import { finding } from '../plan/finding';
import { normalizeCode } from '../plan/codes';
import { parseDeadline } from '../plan/deadlines';
import type { Finding, IndexId, Task, TaskGroup } from '../plan/schema';
import { fold } from '../plan/text';
import { cellText } from './cell-text';
import { groupId, taskId } from './ids';
import { indexNamedIn, type RecognisedTable, type TableRow } from './tables';

export interface TaskDraft extends Omit<Task, 'lead' | 'support' | 'id'> {
  leadRefs: AgencyRef[];
  supportRefs: AgencyRef[];
  part: string;
  area: string | null;
}

export interface TasksRead {
  tasks: TaskDraft[];
  groups: TaskGroup[];
}

/**
 * Phụ lục 1 -> tasks and their groups: parts A/B/C (one index each), roman areas,
 * sub-areas (I.1). A sub-area row that also carries a deadline or agency is a task too.
 */
export function readTasks(table: RecognisedTable, targetYear: number | null, findings: Finding[]): TasksRead {
  const tasks: TaskDraft[] = [];
  const groups: TaskGroup[] = [];
  let part: { code: string; index: IndexId; group: TaskGroup } | null = null;
  let area: TaskGroup | null = null;
  let sub: TaskGroup | null = null;

  const addGroup = (path: string[], code: string, title: string, parent: TaskGroup | null, row: TableRow, index: IndexId): TaskGroup => {
    const g: TaskGroup = { id: groupId(path), index, path, code, title, parent: parent?.id ?? null, criteria: [], source: row.location };
    if (groups.some((x) => x.id === g.id)) {
      findings.push(finding('numbering.duplicate', 'warning', { index, id: g.id, source: row.location }, 'code', code, null, {}));
      g.id = `${g.id}~${groups.filter((x) => x.id.startsWith(g.id)).length + 1}`;
    }
    groups.push(g);
    return g;
  };

  for (const row of table.rows) {
    const rawCode = row.get('code').text;
    const norm = normalizeCode(rawCode);
    const title = cellText(row, 'task', part?.index ?? null, findings);
    const hasTaskData = ['deadline', 'lead', 'support', 'output'].some((r) => row.get(r as 'lead').text.trim());
    if (!title && !hasTaskData && norm.kind === 'empty') continue;

    if (norm.kind === 'letter') {
      const index = indexNamedIn(fold(title));
      if (!index) {
        findings.push(finding('import.part-unknown', 'error', { index: null, id: null, source: row.location }, 'task', title, null, { part: norm.code }));
        part = null;
        continue;
      }
      part = { code: norm.code, index, group: addGroup([norm.code], norm.code, title, null, row, index) };
      area = null;
      sub = null;
      continue;
    }
    if (!part) {
      findings.push(finding('import.row-outside-part', 'error', { index: null, id: null, source: row.location }, 'code', rawCode, null, { title }));
      continue;
    }
    if (norm.kind === 'roman') {
      area = addGroup([part.code, norm.code], norm.code, title, part.group, row, part.index);
      sub = null;
      if (!hasTaskData) continue;
    } else if (norm.kind === 'roman-sub') {
      const areaCode = area?.code ?? norm.code.split('.')[0]!;
      sub = addGroup([part.code, areaCode, norm.code], norm.code, title, area ?? part.group, row, part.index);
      if (!hasTaskData) continue;
    } else if (norm.kind !== 'numeric') {
      findings.push(finding('import.row-unrecognised', 'warning', { index: part.index, id: null, source: row.location }, 'code', rawCode, null, { title }));
    }

    const group = sub ?? area ?? part.group;
    const deadlineText = row.get('deadline').text;
    tasks.push({
      index: part.index,
      path: group.path.slice(),
      number: norm.code,
      title,
      deadline: parseDeadline(deadlineText, { year: targetYear }),
      leadRefs: splitAgencies(row.get('lead').text),
      supportRefs: splitAgencies(row.get('support').text),
      output: cellText(row, 'output', part.index, findings),
      group: group.id,
      source: row.location,
      part: part.code,
      area: area?.code ?? null,
    });
  }
  return { tasks, groups };
}

/** Ids: the area is left out where a part numbers its tasks once through (A), kept where numbering restarts (B, C). */
export function assignTaskIds(tasks: TaskDraft[], findings: Finding[]): (TaskDraft & { id: string })[] {
  const restarts = new Set<string>();
  const seen = new Map<string, Set<string>>();
  for (const t of tasks) {
    const numbers = seen.get(t.part) ?? new Set<string>();
    if (numbers.has(t.number)) restarts.add(t.part);
    numbers.add(t.number);
    seen.set(t.part, numbers);
  }
  const used = new Set<string>();
  return tasks.map((t) => {
    let id = taskId(t.part, restarts.has(t.part) ? t.area : null, t.number);
    if (used.has(id)) {
      let k = 2;
      while (used.has(`${id}~${k}`)) k++;
      findings.push(finding('numbering.duplicate', 'warning', { index: t.index, id, source: t.source }, 'number', t.number, `${id}~${k}`, {}));
      id = `${id}~${k}`;
    }
    used.add(id);
    return { ...t, id };
  });
}
