import { Button, Field, ProgressBar } from '@fluentui/react-components';
import type { BusyKind, Strings } from '../strings';

export interface Task {
  /** null while the amount of work is unknown. */
  fraction: number | null;
  /** Items done of how many (files, workbooks), when the work counts items. */
  count: { done: number; total: number } | null;
  cancel: () => void;
  /** What is being done, said above the bar. */
  kind: BusyKind;
}

/** How work reports progress: a fraction, and optionally the items done of a total, shown beside the bar. */
export type Progress = (fraction: number, done?: number, total?: number) => void;

/** Runs a piece of work with progress and cancel (see App); `kind` names it while it runs and in its errors. */
export type Run = (work: (signal: AbortSignal, progress: Progress) => Promise<void>, kind: BusyKind) => Promise<void>;

/** Progress of the running work, with a cancel button: anything may take more than a second on a large plan. */
export function Busy({ task, t }: { task: Task; t: Strings }) {
  return (
    <div role="status" aria-live="polite" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end' }}>
      <Field label={t.ui.progress.doing[task.kind]} style={{ flexGrow: 1, minWidth: 160 }} hint={task.count ? t.ui.progress.count(task.count.done, task.count.total) : undefined}>
        <ProgressBar value={task.fraction ?? undefined} max={1} />
      </Field>
      <Button onClick={task.cancel}>{t.ui.progress.cancel}</Button>
    </div>
  );
}
