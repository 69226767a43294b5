import { checkTasks } from '../../src/checks/tasks';
import { criterion, group, plan, task } from './fixtures';

const summary = (findings: ReturnType<typeof checkTasks>) => findings.map((f) => [f.rule, f.id, f.severity, f.details]);

describe('task.deadline-unparsed', () => {
  it('flags a deadline the parser could not read, quoting it', () => {
    const t = task('TASK:A.13', { deadline: { text: 'Sớm nhất có thể', from: null, to: null, recurring: null, parsed: false, parts: [] } });
    expect(checkTasks(plan({ tasks: [t] }))).toEqual([
      expect.objectContaining({ rule: 'task.deadline-unparsed', severity: 'warning', id: 'TASK:A.13', field: 'deadline', stated: 'Sớm nhất có thể', computed: null }),
    ]);
  });

  it('accepts a parsed deadline', () => {
    expect(checkTasks(plan({ tasks: [task('TASK:A.1')] }))).toEqual([]);
  });
});

describe('task.no-lead', () => {
  it('flags a task whose lead cell is blank', () => {
    expect(summary(checkTasks(plan({ tasks: [task('TASK:B.III.7', { lead: [] })] })))).toEqual([['task.no-lead', 'TASK:B.III.7', 'warning', {}]]);
  });
});

describe('task.subarea-wrong-area', () => {
  it('flags the seed sub-area II.3 inside area I, expecting I.3', () => {
    const groups = [group(['B']), group(['B', 'I']), group(['B', 'I', 'I.1']), group(['B', 'I', 'I.2']), group(['B', 'I', 'II.3'])];
    expect(checkTasks(plan({ groups }))).toEqual([
      expect.objectContaining({ rule: 'task.subarea-wrong-area', severity: 'warning', stated: 'II.3', computed: 'I.3', details: { expected: 'I.3', area: 'I' } }),
    ]);
  });

  it('accepts sub-areas numbered under their own area', () => {
    const groups = [group(['B', 'II']), group(['B', 'II', 'II.1']), group(['B', 'II', 'II.2'])];
    expect(checkTasks(plan({ groups }))).toEqual([]);
  });
});

describe('task.subarea-sequence', () => {
  it('notes a skipped sub-area (seed III.1, III.2, III.4) as info', () => {
    const groups = [group(['B', 'III']), group(['B', 'III', 'III.1']), group(['B', 'III', 'III.2']), group(['B', 'III', 'III.4'])];
    expect(summary(checkTasks(plan({ groups })))).toEqual([
      ['task.subarea-sequence', 'GROUP:B.III.4', 'info', { previous: 2, number: 4, missing: 'III.3', missingCount: 1 }],
    ]);
  });

  it('warns when sub-areas repeat or go backwards', () => {
    const groups = [group(['B', 'V', 'V.2']), group(['B', 'V', 'V.1']), group(['B', 'V', 'V.1'], { id: 'GROUP:B.V.1b' })];
    expect(summary(checkTasks(plan({ groups })))).toEqual([
      ['task.subarea-sequence', 'GROUP:B.V.1', 'warning', { previous: 2, number: 1 }],
      ['task.subarea-sequence', 'GROUP:B.V.1b', 'warning', { previous: 1, number: 1 }],
    ]);
  });

  it('restarts numbering in each area and each part', () => {
    const groups = [
      group(['B', 'I', 'I.1']),
      group(['B', 'I', 'I.2']),
      group(['B', 'II', 'II.1']),
      group(['C', 'I', 'I.1']),
    ];
    expect(checkTasks(plan({ groups }))).toEqual([]);
  });
});

describe('link.unmatched-group', () => {
  it('flags an area or sub-area linked to no criterion', () => {
    const groups = [group(['B', 'IV'], { criteria: [] }), group(['B', 'IV', 'IV.1'], { criteria: [] })];
    expect(summary(checkTasks(plan({ groups, criteria: [criterion('PAPI', '1')] })))).toEqual([
      ['link.unmatched-group', 'GROUP:B.IV', 'warning', { code: 'IV' }],
      ['link.unmatched-group', 'GROUP:B.IV.1', 'warning', { code: 'IV.1' }],
    ]);
  });

  it('does not ask for criteria a plan does not list (a plan of tasks only)', () => {
    const groups = [group(['B', 'IV'], { criteria: [] })];
    expect(checkTasks(plan({ groups }))).toEqual([]);
  });

  it('does not ask a part (A, B, C) for criteria', () => {
    expect(checkTasks(plan({ groups: [group(['C'], { criteria: [] })] }))).toEqual([]);
  });
});
