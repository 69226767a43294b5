import { parseArgs as parseArgv } from 'node:util';
import { z } from 'zod';
import { isDueDate, isIsoDay } from '../app/dates';
import { PeriodIdSchema } from '../periods/calendar';
import type { ArgProblem } from '../strings';

/** Command-line arguments are a boundary like any other: split by node:util's parseArgs, then validated with zod. */
export const LangSchema = z.enum(['vi', 'en']);
export type Lang = z.infer<typeof LangSchema>;

const Common = {
  input: z.string().min(1),
  lang: LangSchema.default('vi'),
};

/** `--period 2026-Q1` (made canonical) and `--previous master.xlsx`: the reporting round of assemble and compile (issue #15). */
const Round = {
  period: PeriodIdSchema.nullable().default(null),
  /** The unit's due date, over the calendar's (assemble also writes it into the guide). */
  due: z.string().refine(isDueDate).nullable().default(null),
  previous: z.string().min(1).nullable().default(null),
};

export const CommandSchema = z.discriminatedUnion('command', [
  z.object({ command: z.literal('import'), ...Common, json: z.boolean().default(false), pdf: z.boolean().default(false), output: z.string().min(1).nullable().default(null), explain: z.boolean().default(false), force: z.boolean().default(false) }),
  z.object({ command: z.literal('check'), ...Common, json: z.boolean().default(false) }),
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
  z.object({ command: z.literal('compile'), ...Common, returns: z.string().min(1), output: z.string().min(1).nullable().default(null), json: z.boolean().default(false), today: z.string().refine(isIsoDay).nullable().default(null), force: z.boolean().default(false), ...Round }),
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
  z.object({ command: z.literal('help'), lang: LangSchema.default('vi') }),
]);
export type Command = z.infer<typeof CommandSchema>;

const OPTIONS = {
  json: { type: 'boolean' },
  pdf: { type: 'boolean' },
  explain: { type: 'boolean' },
  // Replace an output chiso did not write as it is now.
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
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

export type ArgsResult = { ok: true; command: Command } | { ok: false; problem: ArgProblem; lang: Lang };

/** `chiso import plan.txt --json -o out.json --lang en` (or `--output=out.json`) -> a validated command. */
export function parseArgs(argv: string[]): ArgsResult {
  // Not strict, so that each mistake can be said in the user's language, naming the option.
  const { values, positionals, tokens } = parseArgv({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const lang: Lang = values.lang === 'en' ? 'en' : 'vi';
  const fail = (problem: ArgProblem): ArgsResult => ({ ok: false, problem, lang });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = OPTIONS[token.name as keyof typeof OPTIONS] as (typeof OPTIONS)[keyof typeof OPTIONS] | undefined;
    if (!option) return fail({ kind: 'unknown-option', option: token.rawName });
    if (option.type === 'string' && token.value === undefined) return fail({ kind: 'missing-value', option: token.rawName });
    if (option.type === 'boolean' && token.value !== undefined) return fail({ kind: 'takes-no-value', option: token.rawName });
  }
  if (values.lang !== undefined && values.lang !== 'vi' && values.lang !== 'en') return fail({ kind: 'bad-value', option: '--lang', value: String(values.lang), expected: 'vi|en' });

  const [command, input, second, ...rest] = positionals;
  if (values.help || !command || command === 'help') return { ok: true, command: { command: 'help', lang } };
  // `compile plan returns/` takes a second path; every other command takes one.
  const extra = command === 'compile' ? rest : [second, ...rest].filter((x): x is string => x !== undefined);
  if (extra.length > 0) return fail({ kind: 'unexpected-argument', argument: extra[0]! });
  const parsed = CommandSchema.safeParse({ command, input, ...values, ...(command === 'compile' && second !== undefined ? { returns: second } : {}) });
  if (parsed.success) return { ok: true, command: parsed.data };
  const field = String(parsed.error.issues[0]?.path[0] ?? 'command');
  if (field === 'command') return fail({ kind: 'unknown-command', command });
  if (field === 'input') return fail({ kind: 'missing-input' });
  if (field === 'returns') return fail({ kind: 'missing-returns' });
  if (field === 'output') return fail({ kind: 'missing-output', command });
  if (field === 'due') return fail({ kind: 'bad-value', option: '--due', value: String(values.due), expected: 'dd/mm/yyyy' });
  if (field === 'date') return fail({ kind: 'bad-value', option: '--date', value: String(values.date), expected: 'dd/mm/yyyy' });
  if (field === 'period' && command !== 'report') return fail({ kind: 'bad-value', option: '--period', value: String(values.period), expected: 'period' });
  if (field === 'today') return fail({ kind: 'bad-value', option: '--today', value: String(values.today), expected: 'yyyy-mm-dd' });
  return fail({ kind: 'bad-value', option: `--${field}`, value: String(values[field as keyof typeof values] ?? ''), expected: '' });
}
