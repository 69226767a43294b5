import type { Finding, Plan, TaskGroup } from '../plan/schema';
import { finding } from '../plan/finding';
import { parseRoman } from './numbering-parts';

export const TASK_DEADLINE_UNPARSED = 'task.deadline-unparsed';
export const TASK_NO_LEAD = 'task.no-lead';
export const TASK_SUBAREA_WRONG_AREA = 'task.subarea-wrong-area';
export const TASK_SUBAREA_SEQUENCE = 'task.subarea-sequence';
export const LINK_UNMATCHED_GROUP = 'link.unmatched-group';

interface SubArea {
  group: TaskGroup;
  /** Roman area written in the code ('II' of 'II.3'). */
  codeArea: string;
  number: number;
  /** Roman area the group actually sits in (the path element before its own code). */
  area: string;
}

/** 'II.3' → its parts; null for parts ('B') and areas ('III'). */
function asSubArea(group: TaskGroup): SubArea | null {
  const m = /^([IVXLCDM]+)\.(\d{1,9})$/.exec(group.code);
  if (!m || group.path.length < 2) return null;
  const area = group.path[group.path.length - 2];
  const codeArea = m[1];
  const digits = m[2];
  if (area === undefined || codeArea === undefined || digits === undefined) return null;
  return { group, codeArea, number: Number(digits), area };
}

/** Phụ lục 1: tasks without a readable deadline or a lead, and the area/sub-area headings. */
export function checkTasks(plan: Plan): Finding[] {
  const out: Finding[] = [];
  for (const task of plan.tasks) {
    if (!task.deadline.parsed) {
      out.push(finding(TASK_DEADLINE_UNPARSED, 'warning', task, 'deadline', task.deadline.text, null));
    }
    // Unlike criteria, a blank lead cell in Phụ lục 1 is a gap, never an inheritance.
    if (task.lead.length === 0) out.push(finding(TASK_NO_LEAD, 'warning', task, 'lead', null, null));
  }

  const withCriteria = new Set(plan.criteria.map((c) => c.index));
  const previousInArea = new Map<string, number>();
  for (const group of plan.groups) {
    const sub = asSubArea(group);
    if (sub) {
      if (parseRoman(sub.area) !== null && sub.area !== sub.codeArea) {
        const expected = `${sub.area}.${sub.number}`;
        out.push(
          finding(TASK_SUBAREA_WRONG_AREA, 'warning', group, 'code', group.code, expected, {
            expected,
            area: sub.area,
          }),
        );
      }
      // Sequence by the number only: 'II.3' inside I still follows I.2 (the wrong area is reported above).
      const areaKey = group.path.slice(0, -1).join('\u0000');
      const prev = previousInArea.get(areaKey);
      previousInArea.set(areaKey, sub.number);
      if (prev !== undefined && sub.number !== prev + 1) {
        const skip = sub.number > prev + 1;
        out.push(
          finding(TASK_SUBAREA_SEQUENCE, skip ? 'info' : 'warning', group, 'code', group.code, null, {
            previous: prev,
            number: sub.number,
            ...(skip ? { missing: `${sub.area}.${prev + 1}`, missingCount: sub.number - prev - 1 } : {}),
          }),
        );
      }
    }
    // Parts (A, B, C) have no criteria of their own; areas and sub-areas should link to some, when
    // the plan lists that index's criteria at all (a plan of tasks only has nothing to link to).
    // A numbered task heading ('2. Thực hiện chế độ báo cáo…:' over its a), b)) is a task, not an area.
    if (group.path.length >= 2 && !/^\d+$/.test(group.code) && group.criteria.length === 0 && withCriteria.has(group.index)) {
      out.push(finding(LINK_UNMATCHED_GROUP, 'warning', group, 'criteria', null, null, { code: group.code }));
    }
  }
  return out;
}
