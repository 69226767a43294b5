import type { Agency, Criterion, IndexId, Plan, SourceLocation, Task, TaskGroup } from '../../src/plan/schema';

/**
 * Small plans for the checks. Values may be written as in the plan ('9,45'), so the
 * decimals a rounding tolerance depends on come from the text, as the importer does.
 */
export type Written = number | string | null;

function read(value: Written): { value: number | null; decimals: number } {
  if (value === null) return { value: null, decimals: 0 };
  if (typeof value === 'number') {
    const text = String(value);
    const dot = text.indexOf('.');
    return { value, decimals: dot < 0 ? 0 : text.length - dot - 1 };
  }
  const comma = value.indexOf(',');
  return { value: Number(value.replace(',', '.')), decimals: comma < 0 ? 0 : value.length - comma - 1 };
}

export function source(line: number | null = null, table: string | null = null): SourceLocation {
  return { table, line, row: null, col: null };
}

/** Parent and level follow the importer's conventions: '1.3' → parent '1'; '1' → 'total'; 'total' → null. */
function parentOf(code: string): string | null {
  if (code === 'total') return null;
  const dot = code.lastIndexOf('.');
  return dot < 0 ? 'total' : code.slice(0, dot);
}

function levelOf(code: string): number {
  return code === 'total' ? 0 : code.split('.').length;
}

export interface CriterionInput extends Partial<Omit<Criterion, 'max' | 'result' | 'target'>> {
  max?: Written;
  result?: Written;
  target?: Written;
}

export function criterion(index: IndexId, code: string, input: CriterionInput = {}): Criterion {
  const max = read(input.max ?? null);
  const result = read(input.result ?? null);
  const target = read(input.target ?? null);
  const { max: _m, result: _r, target: _t, ...rest } = input;
  return {
    id: `${index}:${code}`,
    index,
    code,
    parent: parentOf(code),
    level: levelOf(code),
    name: `${index} ${code}`,
    max: max.value,
    result: result.value,
    target: target.value,
    decimals: { max: max.decimals, result: result.decimals, target: target.decimals },
    lead: ['Sở Nội vụ'],
    leadInherited: false,
    source: source(null, index === 'PAR' ? 'PL2' : index === 'SIPAS' ? 'PL3' : 'PL4'),
    ...rest,
  };
}

/** Shorthand for [max, result, target] rows. */
export function row(index: IndexId, code: string, max: Written, result: Written, target: Written, extra: CriterionInput = {}): Criterion {
  return criterion(index, code, { max, result, target, ...extra });
}

export function task(id: string, input: Partial<Task> = {}): Task {
  const parts = id.replace(/^TASK:/, '').split('.');
  return {
    id,
    index: 'PAR',
    path: parts.slice(0, -1),
    number: parts[parts.length - 1] ?? '1',
    title: `task ${id}`,
    deadline: { text: 'Quý II/2025', from: '2025-04-01', to: '2025-06-30', recurring: null, parsed: true, parts: [] },
    lead: ['Sở Nội vụ'],
    support: [],
    output: '',
    group: null,
    source: source(null, 'PL1'),
    ...input,
  };
}

/** A group from its path, ids as the importer writes them: ['B','III','III.1'] → 'GROUP:B.III.1'. */
export function group(path: string[], input: Partial<TaskGroup> = {}): TaskGroup {
  const code = path[path.length - 1] ?? '';
  const parentPath = path.slice(0, -1);
  const idOf = (p: string[]): string => `GROUP:${[p[0], p[p.length - 1]].filter((x) => x !== undefined).join('.')}`;
  return {
    id: path.length <= 1 ? `GROUP:${code}` : idOf(path),
    index: 'PAPI',
    path,
    code,
    title: `group ${code}`,
    parent: parentPath.length === 0 ? null : parentPath.length === 1 ? `GROUP:${parentPath[0]}` : idOf(parentPath),
    criteria: ['PAPI:1'],
    source: source(null, 'PL1'),
    ...input,
  };
}

export function agency(name: string, aliases: string[] = [], collective = false): Agency {
  return { name, aliases, collective };
}

export function plan(input: Partial<Plan> = {}): Plan {
  return {
    meta: { number: null, issuer: null, date: null, title: null, datesSeen: [], resultYear: 2024, targetYear: 2025 },
    tasks: [],
    groups: [],
    criteria: [],
    agencies: [],
    ...input,
  };
}
