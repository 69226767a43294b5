import { createColors } from 'picocolors';
import type { Severity } from '../plan/schema';

/**
 * What the place the CLI prints to can show. Decided once, in the shell, from the process; main
 * and its tests take it as a value, so a test can be a terminal or a pipe without being one.
 */
export interface Terminal {
  /** Severities in colour (stdout). */
  colour: boolean;
  /**
   * Columns to wrap the findings' message column to; null never wraps. A pipe is not wrapped: the
   * table keeps one finding per line so `grep` and scripts see each finding whole, and whatever
   * reads the pipe (a pager, an editor) wraps to its own width.
   */
  width: number | null;
  /** Progress lines on stderr (only a terminal sees them; a log file would fill with them). */
  progress: boolean;
}

export const PIPE: Terminal = { colour: false, width: null, progress: false };

/** Below this a wrapped message column is narrower than a phrase: the table is printed unwrapped. */
export const MIN_WIDTH = 60;

/**
 * The rules: no colour when NO_COLOR is set to anything (no-color.org); FORCE_COLOR forces it on
 * (or off with 0/false), as picocolors and Node read it; otherwise colour only on a terminal
 * that is not TERM=dumb. Wrapping follows stdout's width when it is a terminal; progress when
 * stderr is one.
 */
export function terminalFrom(p: { stdoutIsTTY: boolean; stderrIsTTY: boolean; columns: number | undefined; env: Readonly<Record<string, string | undefined>> }): Terminal {
  const dumb = p.env.TERM === 'dumb';
  const force = p.env.FORCE_COLOR;
  const colour = p.env.NO_COLOR !== undefined && p.env.NO_COLOR !== '' ? false : force !== undefined ? force !== '0' && force !== 'false' : p.stdoutIsTTY && !dumb;
  return { colour, width: p.stdoutIsTTY && p.columns ? Math.max(p.columns, MIN_WIDTH) : null, progress: p.stderrIsTTY && !dumb };
}

/** A severity's cell, padded first (the colour codes take no room on screen). */
export function paintSeverity(text: string, severity: Severity, colour: boolean): string {
  if (!colour) return text;
  const c = createColors(true);
  return severity === 'error' ? c.bold(c.red(text)) : severity === 'warning' ? c.yellow(text) : c.cyan(text);
}

/** Words of `text` in lines of at most `width` characters; a word longer than that is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/ +/)) {
    while (word.length > width) {
      if (line) lines.push(line);
      lines.push(word.slice(0, width));
      word = word.slice(width);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ' ' + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
