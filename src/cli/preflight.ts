import type { Strings } from '../strings';
import type { Command } from './args';
import { returnPaths } from './returns-folder';
import { checkFileTarget, checkFolderTarget, sameFileAs, targetState, type TargetProblem } from './safe-write';
import { join } from 'node:path';

/**
 * What a command will write, checked before any work is done: a folder where a file is wanted,
 * a read-only place, one of the command's own inputs, or a file someone changed since chiso
 * wrote it. Answered in the user's language; null when the command may go ahead.
 */
export async function checkOutputs(cmd: Command, t: Strings): Promise<string | null> {
  if (cmd.command === 'import' && cmd.output) return said(t, cmd.output, await checkFileTarget(cmd.output, [cmd.input], cmd.force));
  if (cmd.command === 'compile' && cmd.output) {
    // Every return in the folder is an input too: `-o returns/so-noi-vu.xlsx` would destroy one.
    return said(t, cmd.output, await checkFileTarget(cmd.output, [cmd.input, ...(await returnPaths(cmd.returns))], cmd.force));
  }
  if (cmd.command === 'assemble') return said(t, cmd.output, await checkFolderTarget(cmd.output));
  return null;
}

/**
 * The files assemble is about to write into its folder that it must not replace: the plan it
 * reads, and any file that is not as chiso last wrote it (a return an agency filled and sent
 * back into the same folder). Empty with `force`, except the input, which is never replaced.
 */
export async function filesAtRisk(folder: string, names: string[], input: string, force: boolean): Promise<{ input: string | null; changed: string[] }> {
  const paths = names.map((n) => join(folder, n));
  for (const p of paths) if (await sameFileAs(p, [input])) return { input: p, changed: [] };
  if (force) return { input: null, changed: [] };
  const changed: string[] = [];
  for (const [i, p] of paths.entries()) if ((await targetState(p)) === 'changed') changed.push(names[i]!);
  return { input: null, changed };
}

function said(t: Strings, path: string, p: TargetProblem | null): string | null {
  if (!p) return null;
  switch (p.kind) {
    case 'is-directory':
      return t.output.isDirectory(path);
    case 'not-a-folder':
      return t.output.notAFolder(p.path ?? path);
    case 'not-writable':
      return t.output.notWritable(path);
    case 'is-input':
      return t.output.isInput(path, p.input);
    case 'changed':
      return t.output.changed(path);
  }
}
