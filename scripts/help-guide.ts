/**
 * The user guide's generated parts (assets/help.html), so they cannot drift from the code:
 * - the findings section, one entry per rule of FindingSchema, worded in src/strings/vi.ts
 *   (RULE_GUIDE, grouped by RULE_GUIDE_GROUPS), each with the message the bundled plan gets for
 *   that rule, as the pane and `chiso check` print it (RULES);
 * - every button, tab and field the guide names (`<span data-ui="import.create">…</span>`), taken
 *   from the pane's own strings (vi.ui).
 * `node scripts/run-ts.mjs scripts/help-guide.ts writeGuide` rewrites the file; a test fails when
 * the committed guide is not what this would write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/main';
import { FindingSchema, type Rule } from '../src/plan/schema';
import { RULE_GUIDE, RULE_GUIDE_GROUPS, vi } from '../src/strings/vi';

export const GUIDE = 'assets/help.html';
export const SEED = 'seeds/ke-hoach-159-KH-UBND-2025.txt';
const START = '<!-- findings: start — written by scripts/help-guide.ts from src/strings/vi.ts; edit there -->';
const END = '<!-- findings: end -->';

/** Every rule of FindingSchema, in its order. */
export function allRules(): Rule[] {
  return FindingSchema.options.map((o) => o.shape.rule.value);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The anchor of a rule's entry: `quy-tac-sum-children`. */
export const ruleAnchor = (rule: string) => `quy-tac-${rule.replace(/[^a-z0-9]+/g, '-')}`;

/** The first message of each rule the bundled plan gets, as `chiso import --json` words it. */
export async function seedExamples(root: string): Promise<Map<string, string>> {
  const out: string[] = [];
  await main(['import', join(root, SEED), '--json'], { out: (t) => out.push(t), err: () => {}, seedsDir: join(root, 'seeds') });
  const examples = new Map<string, string>();
  for (const f of (JSON.parse(out.join('\n')) as { findings: { rule: string; message: string }[] }).findings) if (!examples.has(f.rule)) examples.set(f.rule, f.message);
  return examples;
}

/** The findings section: a heading per family, and per rule what it means, its id and an example. */
export function findingsSection(examples: Map<string, string>): string {
  const rules = allRules();
  const families = [...new Set(rules.map((r) => r.split('.')[0]!))];
  const lines: string[] = [];
  for (const family of families) {
    const heading = RULE_GUIDE_GROUPS[family];
    if (!heading) throw new Error(`RULE_GUIDE_GROUPS in src/strings/vi.ts has no heading for the rules ${family}.*`);
    lines.push(`<h3 id="phat-hien-${family}">${escapeHtml(heading)}</h3>`, '<dl class="rules">');
    for (const rule of rules.filter((r) => r.startsWith(family + '.'))) {
      const example = examples.get(rule);
      lines.push(
        `<dt id="${ruleAnchor(rule)}"><code>${rule}</code></dt>`,
        `<dd>${escapeHtml(RULE_GUIDE[rule])}${example ? `<br><span class="example">Ví dụ trong kế hoạch mẫu: “${escapeHtml(example)}”</span>` : ''}</dd>`,
      );
    }
    lines.push('</dl>');
  }
  return lines.join('\n');
}

/** A label of the pane by its path in vi.ui ('import.create'); an error when the pane no longer has it. */
function uiLabel(path: string): string {
  let at: unknown = vi.ui;
  for (const key of path.split('.')) at = (at as Record<string, unknown> | undefined)?.[key];
  if (typeof at === 'string') return at;
  if (typeof at === 'function') return String((at as (x: string) => string)('PAR INDEX'));
  throw new Error(`${GUIDE} names the pane's label ${path}, which src/strings/vi.ts (ui) no longer has`);
}

/** The guide with its generated parts rewritten; the rest is left exactly as written. */
export function fillGuide(html: string, examples: Map<string, string>): string {
  const a = html.indexOf(START);
  const b = html.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${GUIDE} has lost its markers ${START} … ${END}`);
  const filled = html.slice(0, a + START.length) + '\n' + findingsSection(examples) + '\n' + html.slice(b);
  return filled.replace(/<span data-ui="([a-zA-Z.]+)">[^<]*<\/span>/g, (_m, path: string) => `<span data-ui="${path}">${escapeHtml(uiLabel(path))}</span>`);
}

export async function writeGuide(root = process.cwd()): Promise<void> {
  const path = join(root, GUIDE);
  writeFileSync(path, fillGuide(readFileSync(path, 'utf8'), await seedExamples(root)));
  process.stderr.write(`wrote ${GUIDE}\n`);
}
