import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadFile, type Loaded } from '../../src/app/load';
import type { TableReport } from '../../src/import';
import { findingAbout } from '../../src/plan/finding';
import type { Criterion, Finding, Plan, Task } from '../../src/plan/schema';

/**
 * Scores chiso's reading of a folder of documents against answer keys written by hand
 * (tests/CORPUS-FORMAT: one folder per document, `source.<ext>` and `key.json`).
 */

const Index = z.enum(['PAR', 'SIPAS', 'PAPI']);
const Num = z.number().nullable();
export const KeySchema = z.object({
  description: z.string().optional(),
  source: z.string().optional(),
  plan: z.object({ number: z.string().nullable().optional(), issuer: z.string().nullable().optional(), resultYear: z.number().nullable(), targetYear: z.number().nullable() }),
  tables: z.array(z.object({ caption: z.string().nullable(), kind: z.string() })).default([]),
  criteria: z.array(
    z.object({
      index: Index,
      code: z.string(),
      parent: z.string().nullable(),
      name: z.string().optional(),
      max: Num,
      result: Num,
      target: Num,
      targetText: z.string().nullable().optional(),
      lead: z.array(z.string()).default([]),
    }),
  ),
  tasks: z
    .array(
      z.object({
        index: Index,
        number: z.string(),
        title: z.string(),
        deadline: z.string(),
        lead: z.array(z.string()).default([]),
        support: z.array(z.string()).default([]),
      }),
    )
    .default([]),
  planted: z.array(z.object({ kind: z.string(), index: Index, code: z.string(), field: z.string().nullable().optional() })).default([]),
  mustReport: z.array(z.object({ what: z.string(), index: Index.optional(), code: z.string().optional(), table: z.string().optional() })).default([]),
});
export type Key = z.infer<typeof KeySchema>;

/**
 * The document as a user hands it over, read through the application layer's one format registry
 * (src/app/formats.ts), exactly as `chiso import` and the pane read it: encodings, .docx, PDF and
 * pasted cells included.
 */
async function loadDocument(dir: string): Promise<{ file: string | null; loaded: Loaded | null }> {
  const file = readdirSync(dir).find((f) => /^source\./i.test(f)) ?? null;
  if (!file) return { file: null, loaded: null };
  return { file, loaded: await loadFile(file, new Uint8Array(readFileSync(join(dir, file)))) };
}

export interface RowMiss {
  what: string;
  expected: string;
  got: string;
}

export interface DocScore {
  name: string;
  file: string;
  skipped: string | null;
  imported: boolean;
  criteria: { total: number; exact: number; leadExact: number; extra: number; misses: RowMiss[] };
  tasks: { total: number; exact: number; extra: number; misses: RowMiss[] };
  resultYear: { expected: number | null; got: number | null };
  planted: { total: number; found: number; missing: string[] };
  falseAlarms: string[];
  mustReport: { total: number; found: number; missing: string[] };
  tables: { total: number; found: number; missing: string[] };
}

const same = (a: number | null, b: number | null | undefined) => (a === null ? b === null || b === undefined : b !== null && b !== undefined && Math.abs(a - b) < 1e-9);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const setOf = (l: readonly string[]) => [...new Set(l.map(norm))].sort().join(' ; ');
const num = (n: number | null | undefined) => (n === null || n === undefined ? '∅' : String(n));
/** 'a)', '(a)', '1.' are written forms of 'a' and '1'. */
const taskNumber = (s: string) => norm(s).replace(/^\(/, '').replace(/[.)]$/, '');

export async function scoreDocument(dir: string, name: string): Promise<DocScore> {
  const key = KeySchema.parse(JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8')));
  const { file, loaded } = await loadDocument(dir);
  const score: DocScore = {
    name,
    file: file ?? '',
    skipped: loaded ? null : 'no source.* file',
    imported: false,
    criteria: { total: key.criteria.length, exact: 0, leadExact: 0, extra: 0, misses: [] },
    tasks: { total: key.tasks.length, exact: 0, extra: 0, misses: [] },
    resultYear: { expected: key.plan.resultYear, got: null },
    planted: { total: key.planted.length, found: 0, missing: [] },
    falseAlarms: [],
    mustReport: { total: key.mustReport.length, found: 0, missing: [] },
    tables: { total: key.tables.length, found: 0, missing: [] },
  };
  if (!loaded) return score;
  if (!loaded.ok) {
    score.criteria.misses.push({ what: 'import', expected: 'a plan', got: JSON.stringify(loaded.problem) });
    return score;
  }
  score.imported = true;
  scoreCriteria(key, loaded.plan, score);
  scoreTasks(key, loaded.plan, score);
  score.resultYear.got = loaded.plan.meta.resultYear;
  scoreFindings(key, loaded.findings, loaded.tables ?? [], score);
  return score;
}

/**
 * chiso writes one name for an agency spelled several ways in the plan (and lists the spellings);
 * a key written as printed is compared through that same grouping, so a merge is not a miss.
 */
function canonicalNames(plan: Plan): (names: readonly string[]) => string[] {
  const canon = new Map<string, string>();
  for (const a of plan.agencies) for (const alias of a.aliases) canon.set(norm(alias), a.name);
  return (names) => names.map((n) => {
    const m = /^(.*?)\s*(\([^()]*\))$/.exec(n);
    const [name, scope] = m ? [m[1]!, ` ${m[2]}`] : [n, ''];
    return `${canon.get(norm(name)) ?? name}${scope}`;
  });
}

function scoreCriteria(key: Key, plan: Plan, score: DocScore): void {
  const canon = canonicalNames(plan);
  const byKey = new Map(plan.criteria.map((c) => [`${c.index}:${c.code}`, c]));
  const used = new Set<Criterion>();
  for (const k of key.criteria) {
    const c = byKey.get(`${k.index}:${k.code}`);
    if (!c) {
      score.criteria.misses.push({ what: `${k.index}:${k.code}`, expected: `${k.name ?? ''}`.slice(0, 40), got: 'not read' });
      continue;
    }
    used.add(c);
    const diffs: string[] = [];
    if (c.parent !== k.parent) diffs.push(`parent ${k.parent} ≠ ${c.parent}`);
    for (const f of ['max', 'result', 'target'] as const) if (!same(k[f], c[f])) diffs.push(`${f} ${num(k[f])} ≠ ${num(c[f])}`);
    if (diffs.length === 0) score.criteria.exact++;
    else score.criteria.misses.push({ what: `${k.index}:${k.code}`, expected: diffs.join(', '), got: '' });
    if (setOf(canon(k.lead)) === setOf(c.lead)) score.criteria.leadExact++;
    else score.criteria.misses.push({ what: `${k.index}:${k.code} lead`, expected: setOf(k.lead), got: setOf(c.lead) });
  }
  score.criteria.extra = plan.criteria.filter((c) => !used.has(c)).length;
}

function scoreTasks(key: Key, plan: Plan, score: DocScore): void {
  const canon = canonicalNames(plan);
  const pool = plan.tasks.slice();
  for (const k of key.tasks) {
    // Matched by title within the index: a missing task must not shift every later one.
    const at = pool.findIndex((t) => t.index === k.index && norm(t.title) === norm(k.title));
    if (at < 0) {
      score.tasks.misses.push({ what: `${k.index} ${k.number}`, expected: norm(k.title).slice(0, 50), got: 'not read' });
      continue;
    }
    const t: Task = pool.splice(at, 1)[0]!;
    const diffs: string[] = [];
    if (taskNumber(t.number) !== taskNumber(k.number) && !(t.number === '-' && k.number === '-')) diffs.push(`number ${k.number} ≠ ${t.number}`);
    if (norm(t.deadline.text) !== norm(k.deadline)) diffs.push(`deadline “${k.deadline}” ≠ “${t.deadline.text}”`);
    if (setOf(t.lead) !== setOf(canon(k.lead))) diffs.push(`lead [${setOf(k.lead)}] ≠ [${setOf(t.lead)}]`);
    if (setOf(t.support) !== setOf(canon(k.support))) diffs.push(`support [${setOf(k.support)}] ≠ [${setOf(t.support)}]`);
    if (diffs.length === 0) score.tasks.exact++;
    else score.tasks.misses.push({ what: `${k.index} ${k.number}`, expected: diffs.join('; '), got: '' });
  }
  score.tasks.extra = pool.length;
}

function findingCode(f: Finding): string | null {
  if (!f.id) return null;
  const at = f.id.indexOf(':');
  return at < 0 ? null : f.id.slice(at + 1);
}

function scoreFindings(key: Key, findings: Finding[], tables: TableReport[], score: DocScore): void {
  const alarms = findings.filter((f) => f.severity !== 'info' && findingAbout(f.rule) === 'plan');
  const names = (p: { index: string; code: string }) => (f: Finding) =>
    f.index === p.index && (findingCode(f) === p.code || (f.rule === 'numbering.skipped' && f.details.missing.includes(p.code)));
  for (const p of key.planted) {
    if (alarms.some(names(p))) score.planted.found++;
    else score.planted.missing.push(`${p.kind} ${p.index}:${p.code}`);
  }
  for (const f of alarms) {
    if (!key.planted.some((p) => names(p)(f))) score.falseAlarms.push(`${f.rule} ${f.id ?? f.index ?? ''} ${f.field ?? ''} (${String(f.stated)} / ${String(f.computed)})`);
  }
  for (const m of key.mustReport) {
    const hit = findings.some((f) =>
      m.code !== undefined
        ? f.index === (m.index ?? f.index) && findingCode(f) === m.code
        : m.table !== undefined
          ? f.location?.table === m.table || String(f.stated ?? '').includes(m.table) || ('caption' in f.details && String(f.details.caption ?? '').includes(m.table))
          : f.index === (m.index ?? null),
    );
    if (hit) score.mustReport.found++;
    else score.mustReport.missing.push(m.what);
  }
  for (const t of key.tables) {
    const hit = tables.some((r) => r.kind !== 'unread' && norm(r.caption ?? '') === norm(t.caption ?? '') && (t.kind === 'tasks' ? r.kind === 'tasks' : r.index === t.kind));
    if (hit) score.tables.found++;
    else score.tables.missing.push(`${t.caption} (${t.kind})`);
  }
}

/** Every document folder (holding a key.json) under root, sorted. */
export function documentFolders(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'key.json')))
    .map((d) => d.name)
    .sort();
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);

/** One line per document, then what each one missed. */
export function scoreTable(scores: DocScore[]): string {
  const head = ['document', 'criteria exact', 'lead exact', 'tasks exact', 'year', 'planted', 'false alarms', 'must report', 'tables'];
  const rows = scores.map((s) =>
    s.skipped
      ? [s.name, `skipped: ${s.skipped}`, '', '', '', '', '', '', '']
      : [
          s.name,
          `${s.criteria.exact}/${s.criteria.total} ${pct(s.criteria.exact, s.criteria.total)}`,
          `${s.criteria.leadExact}/${s.criteria.total}`,
          `${s.tasks.exact}/${s.tasks.total} ${pct(s.tasks.exact, s.tasks.total)}`,
          `${s.resultYear.got ?? '∅'}${s.resultYear.got === s.resultYear.expected ? '' : ` (key ${s.resultYear.expected})`}`,
          `${s.planted.found}/${s.planted.total}`,
          String(s.falseAlarms.length),
          `${s.mustReport.found}/${s.mustReport.total}`,
          `${s.tables.found}/${s.tables.total}`,
        ],
  );
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)];
  for (const s of scores) {
    const notes = [
      ...s.criteria.misses.map((m) => `  criterion ${m.what}: ${m.expected}${m.got ? ` → ${m.got}` : ''}`),
      ...s.tasks.misses.map((m) => `  task ${m.what}: ${m.expected}${m.got ? ` → ${m.got}` : ''}`),
      ...s.planted.missing.map((m) => `  planted error not found: ${m}`),
      ...s.falseAlarms.map((m) => `  false alarm: ${m}`),
      ...s.mustReport.missing.map((m) => `  not reported: ${m}`),
      ...s.tables.missing.map((m) => `  table not found: ${m}`),
    ];
    if (notes.length > 0) out.push('', `${s.name}:`, ...notes);
  }
  return out.join('\n');
}

/**
 * The corpus test for one folder of documents: a score table printed once, then per document
 * ≥ 95 % of criteria rows and of tasks exact, the result year right, every planted error found,
 * no false alarm, everything the key says must be reported reported. Zero documents pass.
 */
export function describeCorpus(root: string, title: string): void {
  const folders = documentFolders(root);
  describe(title, () => {
    const scores = new Map<string, DocScore>();
    beforeAll(async () => {
      for (const name of folders) scores.set(name, await scoreDocument(join(root, name), name));
      const list = [...scores.values()];
      const skipped = list.filter((s) => s.skipped);
      process.stdout.write(
        `\n${title}: ${folders.length} documents${skipped.length ? `; skipped ${skipped.map((s) => `${s.name} (${s.file || 'no source'})`).join(', ')}` : ''}\n${folders.length ? scoreTable(list) : ''}\n`,
      );
      // A dozen documents, some .docx through mammoth, on a busy machine: minutes, not the default seconds.
    }, 300_000);

    it('holds answer keys that parse (zero documents is fine)', () => {
      for (const name of folders) expect(() => KeySchema.parse(JSON.parse(readFileSync(join(root, name, 'key.json'), 'utf8')))).not.toThrow();
    });

    const knownFile = join(root, 'known-differences.json');
    const known: { document: string; alarm: string }[] = existsSync(knownFile) ? JSON.parse(readFileSync(knownFile, 'utf8')).falseAlarms : [];
    for (const name of folders) {
      it(`${name}: rows exact, year right, planted errors found, no false alarm`, () => {
        const s = scores.get(name)!;
        if (s.skipped) return; // said in the table above
        expect(s.imported).toBe(true);
        expect({ name, criteria: s.criteria.exact >= 0.95 * s.criteria.total }).toEqual({ name, criteria: true });
        expect({ name, tasks: s.tasks.exact >= 0.95 * s.tasks.total }).toEqual({ name, tasks: true });
        expect(s.resultYear.got).toBe(s.resultYear.expected);
        expect(s.planted.missing).toEqual([]);
        // Only disagreements written down, with why, in known-differences.json may stand.
        expect(s.falseAlarms.filter((a) => !known.some((k) => k.document === name && a.startsWith(k.alarm)))).toEqual([]);
        expect(s.mustReport.missing).toEqual([]);
      });
    }
  });
}
