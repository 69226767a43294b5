import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agencyWorkbook } from '../../src/agency-workbook/write';
import { mailingListWorkbook } from '../../src/agency-workbook/mailing-list';
import type { Compiled } from '../../src/agencies/compile';
import { runChecks } from '../../src/checks';
import { TASK_STATUSES } from '../../src/master-workbook/layout';
import { masterWorkbook } from '../../src/master-workbook/write';
import { buildWorkbook } from '../../src/plan-workbook/write';
import { workbookWords } from '../../src/strings';
import { vi } from '../../src/strings/vi';
import { FILL, FONT_COLOUR, STRUCTURE_FILLS } from '../../src/workbook-kit/colours';
import { LEGEND_WORDS } from '../../src/workbook-kit/legend';
import { withAllRows, type SheetSpec, type WorkbookSpec } from '../../src/workbook-kit/spec';
import { seedRound } from '../support/master-round';
import { AGENCY_OPTIONS, seedPlan, seedRecipients } from '../support/seed';

/**
 * Each colour means one thing in every workbook chiso writes (issue #13: not a pale yellow for
 * "fill in here" beside a yellow for "look again"): every fill a generated workbook uses — in its
 * cells, its conditional formats and its data bars — is one of colours.ts, and every colour that
 * carries a meaning is explained in the legend of the sheet that uses it.
 */

const plan = seedPlan();
const recipients = seedRecipients(plan);

/** Returns for every unit, cycling through the statuses, some blank, self-assessments below and above target. */
function compiled(): Compiled {
  const values: Compiled['values'] = [];
  let i = 0;
  for (const a of recipients) {
    for (const id of [...a.leads, ...a.supports]) {
      if (++i % 5 === 0) continue;
      values.push({ id, agency: a.recipient.name, field: 'status', value: TASK_STATUSES[i % TASK_STATUSES.length]!, file: 'x.xlsx', cell: 'Nhiệm vụ!G5' });
    }
    for (const id of a.criteria) {
      const c = plan.criteria.find((x) => x.id === id)!;
      if (c.max !== null) values.push({ id, agency: a.recipient.name, field: 'selfAssessment', value: ++i % 2 ? c.max : 0, file: 'x.xlsx', cell: 'Tiêu chí!H5' });
    }
  }
  return { submissions: [], missing: ['Sở Xây dựng'], values, rejected: [] };
}

const withCriteria = recipients.find((a) => a.recipient.key === 'AGENCY:Sở Tư pháp')!;
const commune = recipients.find((a) => a.recipient.code && a.leads.length > 0)!;
const carried = new Map(withCriteria.leads.slice(0, 2).map((id) => [id, { status: 'Đang thực hiện', result: 'Kỳ trước' }] as const));
const period = { id: '2026-Q2', name: 'Quý II/2026', from: '2026-04-01', to: '2026-06-30', due: '2026-07-05', carriedFrom: 'Quý I/2026' };

const workbooks: [string, WorkbookSpec][] = [
  ['plan', buildWorkbook(plan, runChecks(plan), workbookWords(vi))],
  ['agency (criteria)', agencyWorkbook(plan, withCriteria, AGENCY_OPTIONS)],
  ['agency (commune)', agencyWorkbook(plan, commune, AGENCY_OPTIONS)],
  ['agency (carried forward)', agencyWorkbook(plan, withCriteria, { ...AGENCY_OPTIONS, period, carried })],
  ['mailing list', mailingListWorkbook(recipients.map((a) => a.recipient))],
  ['master', withAllRows(masterWorkbook(plan, compiled(), [], '2025-09-30', (r) => r.reason))],
  ['master of a round', withAllRows(masterWorkbook(plan, compiled(), [], '2025-09-30', (r) => r.reason, seedRound(plan)))],
];

/** The fills a sheet shows: its cells' and columns' styles, its conditional formats' styles and data bars. */
function fillsOf(wb: WorkbookSpec, s: SheetSpec): Set<string> {
  const fill = (style: string | undefined) => (style ? wb.styles[style]?.fill : undefined);
  const out = new Set<string>();
  const add = (f: string | undefined) => f && out.add(f);
  for (const r of s.rows) for (const c of r.cells) add(fill(c?.style));
  for (const c of s.columns) add(fill(c.style));
  for (const cf of s.conditionalFormats) for (const rule of cf.rules) add(rule.kind === 'dataBar' ? rule.color : fill(rule.style));
  return out;
}

const legendOf = (s: SheetSpec) => String(s.rows[2]?.cells.find((c) => c)?.value ?? '');
/** The words that explain each colour that carries a meaning. */
const EXPLAINED_BY: Record<string, string> = { [FILL.action]: LEGEND_WORDS.action, [FILL.review]: LEGEND_WORDS.review, [FILL.input]: LEGEND_WORDS.input, [FILL.lostBar]: LEGEND_WORDS.lostBar };
const palette = new Set<string>(Object.values(FILL));

describe.each(workbooks)('the %s workbook', (_, wb) => {
  const sheets = wb.sheets.filter((s) => s.state === 'visible');

  it('fills only with the colours of colours.ts', () => {
    const foreign = sheets.flatMap((s) => [...fillsOf(wb, s)].filter((f) => !palette.has(f)).map((f) => `${s.name}: ${f}`));
    expect(foreign).toEqual([]);
  });

  it('explains on each sheet, in its legend, every colour that carries a meaning there, and no other', () => {
    for (const s of sheets) {
      const meant = [...fillsOf(wb, s)].filter((f) => !STRUCTURE_FILLS.has(f)).sort();
      const legend = legendOf(s);
      const named = Object.entries(EXPLAINED_BY).filter(([, words]) => legend.includes(words)).map(([f]) => f).sort();
      expect([s.name, named]).toEqual([s.name, meant]);
    }
  });

  it('names only styles it defines', () => {
    const missing = sheets.flatMap((s) => s.rows.flatMap((r) => r.cells.filter((c) => c?.style && !wb.styles[c.style]).map((c) => `${s.name}: ${c!.style}`)));
    expect([...new Set(missing)]).toEqual([]);
  });

  it('writes red and yellow with their own text colour wherever they are used', () => {
    for (const [name, style] of Object.entries(wb.styles)) {
      if (style.fill === FILL.action) expect([name, style.color]).toEqual([name, FONT_COLOUR.action]);
      if (style.fill === FILL.review) expect([name, style.color]).toEqual([name, FONT_COLOUR.review]);
    }
  });
});

it('gives each meaning a colour of its own', () => {
  expect(new Set(Object.values(FILL)).size).toBe(Object.keys(FILL).length);
});

it('the legends name what they mark in words, one list per colour', () => {
  const master = workbooks.find(([k]) => k === 'master')![1];
  const tasks = master.sheets.find((s) => s.name === 'Tổng hợp nhiệm vụ')!;
  expect(legendOf(tasks)).toBe(`${LEGEND_WORDS.lead} — ${LEGEND_WORDS.action} (${LEGEND_WORDS.overdue}).`);
});

it('defines every colour once: no colour is written out in the workbook code beside colours.ts', () => {
  const root = join(__dirname, '../../src');
  const hex = /['"`](?:FF)?[0-9A-Fa-f]{6}['"`]/g;
  const found: string[] = [];
  for (const dir of ['workbook-kit', 'plan-workbook', 'agency-workbook', 'master-workbook']) {
    for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.ts') && f !== 'colours.ts')) {
      for (const m of readFileSync(join(root, dir, file), 'utf8').matchAll(hex)) found.push(`${dir}/${file}: ${m[0]}`);
    }
  }
  expect(found).toEqual([]);
});
