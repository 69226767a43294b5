/** The pane's engine, loaded once on first use (see engine.ts). */
let loading: Promise<typeof import('./engine')> | null = null;

export function engine(): Promise<typeof import('./engine')> {
  loading ??= import('./engine');
  return loading;
}

export type Engine = Awaited<ReturnType<typeof engine>>;
