import { Button, Field, ProgressBar } from '@fluentui/react-components';
import type { Strings } from '../strings';

export interface Task {
  /** null while the amount of work is unknown. */
  fraction: number | null;
  cancel: () => void;
}

/** Progress of the running work, with a cancel button: anything may take more than a second on a large plan. */
export function Busy({ task, t }: { task: Task; t: Strings }) {
  return (
    <div role="status" aria-live="polite" style={{ display: 'flex', gap: 8, alignItems: 'flex-end' }}>
      <Field label={t.ui.progress.working} style={{ flexGrow: 1 }}>
        <ProgressBar value={task.fraction ?? undefined} max={1} />
      </Field>
      <Button onClick={task.cancel}>{t.ui.progress.cancel}</Button>
    </div>
  );
}
