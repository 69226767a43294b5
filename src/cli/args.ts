import { z } from 'zod';

/** Command-line arguments are a boundary like any other: parsed, then validated with zod. */
export const LangSchema = z.enum(['vi', 'en']);
export type Lang = z.infer<typeof LangSchema>;

const Common = {
  input: z.string().min(1),
  lang: LangSchema.default('vi'),
};

export const CommandSchema = z.discriminatedUnion('command', [
  z.object({ command: z.literal('import'), ...Common, json: z.boolean().default(false), pdf: z.boolean().default(false), output: z.string().min(1).nullable().default(null), explain: z.boolean().default(false), force: z.boolean().default(false) }),
  z.object({ command: z.literal('check'), ...Common, json: z.boolean().default(false) }),
  z.object({
    command: z.literal('assemble'),
    ...Common,
    output: z.string().min(1),
    due: z.string().regex(/^\d{1,2}\/\d{1,2}\/\d{4}$/).nullable().default(null),
    to: z.string().min(1).default('Sở Nội vụ'),
    password: z.string().min(1).nullable().default(null),
    only: z.string().min(1).nullable().default(null),
    force: z.boolean().default(false),
  }),
  z.object({ command: z.literal('compile'), ...Common, returns: z.string().min(1), output: z.string().min(1).nullable().default(null), json: z.boolean().default(false), today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().default(null), force: z.boolean().default(false) }),
  z.object({
    command: z.literal('report'),
    ...Common,
    output: z.string().min(1),
    date: z.string().regex(/^\d{1,2}\/\d{1,2}\/\d{4}$/).nullable().default(null),
    due: z.string().regex(/^\d{1,2}\/\d{1,2}\/\d{4}$/).nullable().default(null),
    issuer: z.string().min(1).nullable().default(null),
    number: z.string().min(1).nullable().default(null),
    period: z.string().min(1).nullable().default(null),
  }),
  z.object({ command: z.literal('help'), lang: LangSchema.default('vi') }),
]);
export type Command = z.infer<typeof CommandSchema>;

/** Options that take a value, and the field each fills. */
const VALUE_FLAGS: Record<string, string> = { '--lang': 'lang', '-o': 'output', '--output': 'output', '--due': 'due', '--to': 'to', '--password': 'password', '--only': 'only', '--today': 'today', '--date': 'date', '--issuer': 'issuer', '--number': 'number', '--period': 'period' };

export type ArgsResult = { ok: true; command: Command } | { ok: false; problem: string; lang: Lang };

/** `chiso import plan.txt --json -o out.json --lang en` -> a validated command. */
export function parseArgs(argv: string[]): ArgsResult {
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') flags.json = true;
    else if (a === '--pdf') flags.pdf = true;
    else if (a === '--explain') flags.explain = true;
    else if (a === '--force') flags.force = true; // replace an output chiso did not write as it is now
    else if (a === '-h' || a === '--help') flags.help = true;
    else if (VALUE_FLAGS[a]) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('-')) return { ok: false, problem: `missing value after ${a}`, lang: langOf(flags) };
      flags[VALUE_FLAGS[a]!] = value;
      i++;
    } else if (a.startsWith('--lang=')) flags.lang = a.slice(7);
    else if (a.startsWith('-') && a !== '-') return { ok: false, problem: `unknown option ${a}`, lang: langOf(flags) };
    else positional.push(a);
  }
  const [command, input, second, ...rest] = positional;
  // `compile plan returns/` takes a second path; every other command takes one.
  const extra = command === 'compile' ? rest : [second, ...rest].filter((x): x is string => x !== undefined);
  if (command === 'compile' && second !== undefined) flags.returns = second;
  if (flags.help || !command || command === 'help') {
    return { ok: true, command: { command: 'help', lang: langOf(flags) } };
  }
  if (extra.length > 0) return { ok: false, problem: `unexpected argument ${extra[0]}`, lang: langOf(flags) };
  const parsed = CommandSchema.safeParse({ command, input, ...flags });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'command';
    const problem = field === 'input' ? 'missing input file' : field === 'command' ? `unknown command ${command}` : field === 'output' ? (command === 'report' ? 'missing -o bao-cao.docx' : 'missing -o <folder>') : field === 'returns' ? 'missing the folder of returned workbooks' : `invalid ${field}`;
    return { ok: false, problem, lang: langOf(flags) };
  }
  return { ok: true, command: parsed.data };
}

function langOf(flags: Record<string, string | boolean>): Lang {
  return flags.lang === 'en' ? 'en' : 'vi';
}
