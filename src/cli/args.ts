import { extname } from 'node:path';
import { parseArgs as parseArgv } from 'node:util';
import { z } from 'zod';
import { isDueDate, isIsoDay } from '../app/dates';
import { PeriodIdSchema } from '../periods/calendar';
import type { ArgProblem } from '../strings';

/** Command-line arguments are a boundary like any other: split by node:util's parseArgs, then validated with zod. */
export const LangSchema = z.enum(['vi', 'en']);
export type Lang = z.infer<typeof LangSchema>;

export const COMMANDS = ['import', 'check', 'assemble', 'compile', 'report'] as const;
export type CommandName = (typeof COMMANDS)[number];

const SeveritySchema = z.enum(['error', 'warning', 'info']);

const Common = {
  input: z.string().min(1),
  lang: LangSchema.default('vi'),
  // Nothing on stdout but what was asked for as data (--json); problems still go to stderr.
  quiet: z.boolean().default(false),
};

/** Which findings a listing shows: the default is errors and warnings, the rest counted. */
const Listing = {
  all: z.boolean().default(false),
  severity: SeveritySchema.nullable().default(null),
};

/** `--period 2026-Q1` (made canonical) and `--previous master.xlsx`: the reporting round of assemble and compile (issue #15). */
const Round = {
  period: PeriodIdSchema.nullable().default(null),
  /** The unit's due date, over the calendar's (assemble also writes it into the guide). */
  due: z.string().refine(isDueDate).nullable().default(null),
  previous: z.string().min(1).nullable().default(null),
};

export const CommandSchema = z.discriminatedUnion('command', [
  z.object({ command: z.literal('import'), ...Common, ...Listing, json: z.boolean().default(false), pdf: z.boolean().default(false), output: z.string().min(1).nullable().default(null), explain: z.boolean().default(false), force: z.boolean().default(false) }),
  z.object({ command: z.literal('check'), ...Common, ...Listing, json: z.boolean().default(false) }),
  z.object({
    command: z.literal('assemble'),
    ...Common,
    output: z.string().min(1),
    to: z.string().min(1).default('Sở Nội vụ'),
    password: z.string().min(1).nullable().default(null),
    only: z.string().min(1).nullable().default(null),
    force: z.boolean().default(false),
    ...Round,
  }),
  z.object({ command: z.literal('compile'), ...Common, returns: z.string().min(1), output: z.string().min(1).nullable().default(null), json: z.boolean().default(false), all: z.boolean().default(false), today: z.string().refine(isIsoDay).nullable().default(null), force: z.boolean().default(false), ...Round }),
  z.object({
    command: z.literal('report'),
    ...Common,
    output: z.string().min(1),
    date: z.string().refine(isDueDate).nullable().default(null),
    due: z.string().refine(isDueDate).nullable().default(null),
    issuer: z.string().min(1).nullable().default(null),
    number: z.string().min(1).nullable().default(null),
    period: z.string().min(1).nullable().default(null),
  }),
  /** `chiso --help`, or one command's page: `chiso help compile`, `chiso compile --help`. */
  z.object({ command: z.literal('help'), lang: LangSchema.default('vi'), topic: z.enum(COMMANDS).nullable().default(null) }),
  z.object({ command: z.literal('version'), lang: LangSchema.default('vi') }),
]);
export type Command = z.infer<typeof CommandSchema>;

const OPTIONS = {
  json: { type: 'boolean' },
  pdf: { type: 'boolean' },
  explain: { type: 'boolean' },
  // Replace an output chiso did not write as it is now.
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  quiet: { type: 'boolean', short: 'q' },
  all: { type: 'boolean' },
  severity: { type: 'string' },
  lang: { type: 'string' },
  output: { type: 'string', short: 'o' },
  due: { type: 'string' },
  to: { type: 'string' },
  password: { type: 'string' },
  only: { type: 'string' },
  today: { type: 'string' },
  date: { type: 'string' },
  issuer: { type: 'string' },
  number: { type: 'string' },
  period: { type: 'string' },
  previous: { type: 'string' },
} as const;
type OptionName = keyof typeof OPTIONS;

/** The options each command takes (beyond --help, --lang, --quiet); every other one is said, not silently ignored. */
export const COMMAND_OPTIONS: Record<CommandName, readonly OptionName[]> = {
  import: ['output', 'json', 'pdf', 'explain', 'force', 'all', 'severity'],
  check: ['json', 'all', 'severity'],
  assemble: ['output', 'due', 'to', 'password', 'only', 'force', 'period', 'previous'],
  compile: ['output', 'json', 'today', 'force', 'period', 'due', 'previous', 'all'],
  report: ['output', 'date', 'due', 'issuer', 'number', 'period'],
};
const EVERYWHERE: readonly OptionName[] = ['help', 'version', 'lang', 'quiet'];

/** What `-o` may be called, per command: the formats it writes (assemble writes into a folder). */
export const OUTPUT_FORMATS: Record<Exclude<CommandName, 'check' | 'assemble'>, readonly string[]> = {
  import: ['.json', '.xlsx'],
  compile: ['.xlsx'],
  report: ['.docx'],
};

export type ArgsResult = { ok: true; command: Command } | { ok: false; problem: ArgProblem; lang: Lang };

const isCommand = (c: string | undefined): c is CommandName => (COMMANDS as readonly string[]).includes(c ?? '');

/** `chiso import plan.txt --json -o out.json --lang en` (or `--output=out.json`) -> a validated command. */
export function parseArgs(argv: string[]): ArgsResult {
  // Not strict, so that each mistake can be said in the user's language, naming the option.
  const { values, positionals, tokens } = parseArgv({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const lang: Lang = values.lang === 'en' ? 'en' : 'vi';
  const fail = (problem: ArgProblem): ArgsResult => ({ ok: false, problem, lang });
  const [command, input, second, ...rest] = positionals;
  const known = isCommand(command) ? command : null;
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = OPTIONS[token.name as OptionName] as (typeof OPTIONS)[OptionName] | undefined;
    if (!option) return fail({ kind: 'unknown-option', option: token.rawName, command: known, suggestion: closest(token.name, known) });
    if (option.type === 'string' && token.value === undefined) return fail({ kind: 'missing-value', option: token.rawName });
    if (option.type === 'boolean' && token.value !== undefined) return fail({ kind: 'takes-no-value', option: token.rawName });
  }
  if (values.lang !== undefined && values.lang !== 'vi' && values.lang !== 'en') return fail({ kind: 'bad-value', option: '--lang', value: String(values.lang), expected: 'vi|en' });

  if (values.version) return { ok: true, command: { command: 'version', lang } };
  if (command === 'help') {
    if (input === undefined) return { ok: true, command: { command: 'help', lang, topic: null } };
    return isCommand(input) ? { ok: true, command: { command: 'help', lang, topic: input } } : fail({ kind: 'unknown-command', command: input });
  }
  if (!command) return { ok: true, command: { command: 'help', lang, topic: null } };
  if (!known) return fail({ kind: 'unknown-command', command });
  if (values.help) return { ok: true, command: { command: 'help', lang, topic: known } };

  // An option another command takes (`check --due`) is said, not silently dropped.
  for (const token of tokens) {
    if (token.kind === 'option' && !EVERYWHERE.includes(token.name as OptionName) && !COMMAND_OPTIONS[known].includes(token.name as OptionName)) {
      return fail({ kind: 'option-not-for-command', option: token.rawName, command: known });
    }
  }
  // `compile plan returns/` takes a second path; every other command takes one.
  const extra = known === 'compile' ? rest : [second, ...rest].filter((x): x is string => x !== undefined);
  if (extra.length > 0) return fail({ kind: 'unexpected-argument', argument: extra[0]!, command: known });
  if (values.all && values.severity !== undefined) return fail({ kind: 'conflicting-options', options: ['--all', '--severity'] });

  if (known === 'import' && values.pdf && !(typeof values.output === 'string' && extname(values.output).toLowerCase() === '.xlsx')) return fail({ kind: 'pdf-needs-workbook' });

  const parsed = CommandSchema.safeParse({ command, input, ...values, ...(known === 'compile' && second !== undefined ? { returns: second } : {}) });
  if (parsed.success) return { ok: true, command: parsed.data };
  const field = String(parsed.error.issues[0]?.path[0] ?? 'command');
  if (field === 'input') return fail({ kind: 'missing-input', command: known });
  if (field === 'returns') return fail({ kind: 'missing-returns' });
  if (field === 'output') return fail({ kind: 'missing-output', command: known });
  if (field === 'due') return fail({ kind: 'bad-value', option: '--due', value: String(values.due), expected: 'dd/mm/yyyy' });
  if (field === 'date') return fail({ kind: 'bad-value', option: '--date', value: String(values.date), expected: 'dd/mm/yyyy' });
  if (field === 'period' && command !== 'report') return fail({ kind: 'bad-value', option: '--period', value: String(values.period), expected: 'period' });
  if (field === 'today') return fail({ kind: 'bad-value', option: '--today', value: String(values.today), expected: 'yyyy-mm-dd' });
  if (field === 'severity') return fail({ kind: 'bad-value', option: '--severity', value: String(values.severity), expected: 'error|warning|info' });
  return fail({ kind: 'bad-value', option: `--${field}`, value: String(values[field as keyof typeof values] ?? ''), expected: '' });
}

/** The option a mistyped one most likely meant (`--ouput` -> `--output`), among the command's own when known. */
function closest(typed: string, command: CommandName | null): string | null {
  const names = command ? [...COMMAND_OPTIONS[command], ...EVERYWHERE] : (Object.keys(OPTIONS) as OptionName[]);
  let best: { name: string; d: number } | null = null;
  for (const name of names) {
    const d = distance(typed.toLowerCase(), name);
    if (d <= Math.max(1, Math.floor(name.length / 3)) && (!best || d < best.d)) best = { name, d };
  }
  return best ? `--${best.name}` : null;
}

/** Levenshtein distance, for the suggestion above. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The file -o names is written in the format its name says: a name in no format the command
 * writes (`plan.xls`, `plan.docx`, `plan`) is refused, never given JSON under that name. Asked
 * after the output's other checks, so that `-o` naming the input or a folder is said as that.
 * (report says so itself, in its own words.)
 */
export function outputExtensionProblem(cmd: Command): ArgProblem | null {
  if ((cmd.command !== 'import' && cmd.command !== 'compile') || cmd.output === null) return null;
  const formats = OUTPUT_FORMATS[cmd.command];
  return formats.includes(extname(cmd.output).toLowerCase()) ? null : { kind: 'bad-output-extension', command: cmd.command, output: cmd.output, formats: [...formats] };
}
