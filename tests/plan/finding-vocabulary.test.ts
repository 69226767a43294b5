import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runChecks } from '../../src/checks';
import { importPlan } from '../../src/import';
import { FindingSchema, type Finding } from '../../src/plan/schema';
import { readPlan } from '../../src/plan-workbook/read';
import { buildWorkbook } from '../../src/plan-workbook/write';
import { workbookWords } from '../../src/strings';
import { en } from '../../src/strings/en';
import type { ReadProblemWords, RefusalWords, RuleWords } from '../../src/strings/types';
import { vi } from '../../src/strings/vi';
import { specToRead } from '../support/spec-to-read';

/**
 * Findings are data of a closed vocabulary: each rule is declared in FindingSchema with its
 * details, and each language words every rule. Here: what the importer, the checks and the
 * workbook reader produce on real input keeps to the declared details, and words in both languages.
 */

function seedFindings(): Finding[] {
  const text = readFileSync(join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt'), 'utf8');
  // A damaged copy of the seed, so the importer's repairs and complaints are among the findings too.
  const damaged = text.replace('PAR INDEX', '0050AR INDEX').replace(/\n5\.3\.2 \|/, '\n5.3.2. |');
  const out: Finding[] = [];
  for (const source of [text, damaged]) {
    const r = importPlan({ kind: 'text', text: source });
    if (!r.ok) throw new Error(r.error.code);
    out.push(...r.findings, ...runChecks(r.plan));
    // Read back from its workbook with a row a person added, without an ID: the reader's findings too.
    const spec = buildWorkbook(r.plan, [], workbookWords(vi));
    const read = specToRead(spec);
    const criteria = read.sheets.find((s) => s.name === 'PL2 PAR INDEX')!;
    criteria.rows.push([{ value: '', formula: null, numFmt: null }, null, null, { value: 'dòng tự thêm', formula: null, numFmt: null }]);
    const back = readPlan(read);
    out.push(...back.findings);
  }
  return out;
}

describe('findings as produced', () => {
  const findings = seedFindings();

  it('are many rules, each with exactly the details FindingSchema declares for it', () => {
    expect([...new Set(findings.map((f) => f.rule))]).toEqual(expect.arrayContaining(['text.repaired', 'numbering.code-repaired', 'sum.children', 'cross.sipas-par', 'numbering.skipped', 'task.subarea-sequence', 'sheet.row-without-id']));
    // Parsing strips undeclared details, so an equal parse means nothing extra and nothing missing.
    for (const f of findings) expect(FindingSchema.parse(f)).toEqual(f);
  });

  it.each([['vi', vi], ['en', en]] as const)('are each worded in %s, with no hole in the sentence', (_lang, t) => {
    for (const f of findings) expect([f.rule, t.finding(f)]).toEqual([f.rule, expect.not.stringMatching(/undefined|\[object|NaN|^\s*$/)]);
  });
});

/**
 * Type-level: a wording table missing one entry is not a wording table. If one of these types
 * ever stopped being exhaustive (a Record<string, …>, an optional entry), tsc would fail here on
 * an unused @ts-expect-error.
 */
// @ts-expect-error a finding rule without its wording does not compile
const ruleWithoutWording: RuleWords = {} as Omit<RuleWords, 'sum.children'>;
// @ts-expect-error a refusal without its wording does not compile
const refusalWithoutWording: RefusalWords = {} as Omit<RefusalWords, 'column-missing'>;
// @ts-expect-error a read problem without its wording does not compile
const problemWithoutWording: ReadProblemWords = {} as Omit<ReadProblemWords, 'cut-off'>;
