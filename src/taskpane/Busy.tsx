import { Button, Field, ProgressBar } from '@fluentui/react-components';
import type { Strings } from '../strings';

export interface Task {
  /** null while the amount of work is unknown. */
  fraction: number | null;
  /** Items done of how many (files, workbooks), when the work counts items. */
  count: { done: number; total: number } | null;
  cancel: () => void;
}

/** How work reports progress: a fraction, and optionally the items done of a total, shown beside the bar. */
export type Progress = (fraction: number, done?: number, total?: number) => void;

/** Runs a piece of work with progress and cancel (see App). */
export type Run = (work: (signal: AbortSignal, progress: Progress) => Promise<void>) => Promise<void>;

/** Progress of the running work, with a cancel button: anything may take more than a second on a large plan. */
export function Busy({ task, t }: { task: Task; t: Strings }) {
  return (
    <div role="status" aria-live="polite" style={{ display: 'flex', gap: 8, alignItems: 'flex-end' }}>
      <Field label={t.ui.progress.working} style={{ flexGrow: 1 }} hint={task.count ? t.ui.progress.count(task.count.done, task.count.total) : undefined}>
        <ProgressBar value={task.fraction ?? undefined} max={1} />
      </Field>
      <Button onClick={task.cancel}>{t.ui.progress.cancel}</Button>
    </div>
  );
}
