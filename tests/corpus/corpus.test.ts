import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The held-out corpus (tests/CORPUS-FORMAT, tests/corpus/README.md): every document folder holds its
 * source, a key in the agreed format and notes, and the keys are consistent with themselves. This
 * test says nothing about chiso's reading; it guards the answer keys the importer is scored against.
 */

const root = __dirname;
const dirs = readdirSync(root).filter((d) => /^\d\d-/.test(d)).sort();

const index = z.enum(['PAR', 'SIPAS', 'PAPI']);
const num = z.number().finite().nullable();
const key = z
  .object({
    description: z.string().min(10),
    source: z.string().regex(/^source\.(html|docx|pdf|txt|tsv|xlsx)$/),
    plan: z.object({
      number: z.string().regex(/^\d+\/KH-UBND$/),
      issuer: z.string().regex(/^UBND (tỉnh|thành phố) \S/),
      resultYear: z.number().int().min(2020).max(2030),
      targetYear: z.number().int().min(2021).max(2031),
    }),
    tables: z.array(z.object({ caption: z.string().min(1), kind: z.enum(['tasks', 'PAR', 'SIPAS', 'PAPI']) })).min(1),
    criteria: z.array(
      z.object({
        index,
        code: z.string().regex(/^(total|[IVX]+|\d+(\.\d+)*)$/),
        parent: z.string().nullable(),
        name: z.string().min(2),
        max: num,
        result: num,
        target: num,
        targetText: z.string().nullable(),
        lead: z.array(z.string().min(2)),
      }),
    ),
    tasks: z.array(
      z.object({
        index,
        number: z.string().min(1),
        title: z.string().min(5),
        deadline: z.string().min(2),
        lead: z.array(z.string().min(2)),
        support: z.array(z.string().min(2)),
      }),
    ),
    planted: z.array(z.object({ kind: z.string(), index, code: z.string(), field: z.string() })),
    mustReport: z.array(z.object({ what: z.string(), index, code: z.string() })),
  })
  .strict();

describe('the held-out corpus', () => {
  it('has at least fourteen documents in every kind of input people have', () => {
    expect(dirs.length).toBeGreaterThanOrEqual(14);
    const sources = dirs.map((d) => readdirSync(join(root, d)).find((f) => f.startsWith('source.')) ?? '');
    const count = (ext: string) => sources.filter((s) => s.endsWith(ext)).length;
    expect(count('.html')).toBeGreaterThanOrEqual(6);
    expect(count('.docx')).toBeGreaterThanOrEqual(3);
    expect(count('.pdf')).toBeGreaterThanOrEqual(2);
    expect(count('.tsv')).toBeGreaterThanOrEqual(1);
    expect(count('.txt')).toBeGreaterThanOrEqual(1);
  });

  describe.each(dirs)('%s', (dir) => {
    const k = key.parse(JSON.parse(readFileSync(join(root, dir, 'key.json'), 'utf8')));

    it('has its source and its notes', () => {
      expect(existsSync(join(root, dir, k.source))).toBe(true);
      expect(readFileSync(join(root, dir, 'NOTES.md'), 'utf8')).toMatch(/Figures:/);
    });

    it('targets the year after its results', () => {
      expect(k.plan.targetYear).toBe(k.plan.resultYear + 1);
    });

    it('gives every criterion a unique code and a printed parent (or the total)', () => {
      for (const i of ['PAR', 'SIPAS', 'PAPI'] as const) {
        const rows = k.criteria.filter((c) => c.index === i);
        const codes = rows.map((c) => c.code);
        expect(new Set(codes).size).toBe(codes.length);
        for (const c of rows) {
          if (c.code === 'total') expect(c.parent).toBeNull();
          else expect(c.parent === 'total' || codes.includes(c.parent ?? '')).toBe(true);
        }
      }
    });

    it('keeps a target in words with its words, and numbers within the scales', () => {
      for (const c of k.criteria) {
        if (c.targetText !== null) expect(c.targetText).toMatch(/[a-zà-ỹ]/i);
        for (const v of [c.max, c.result, c.target]) if (v !== null) expect(v).toBeGreaterThanOrEqual(0);
        if (c.result !== null && c.max !== null) expect(c.result).toBeLessThanOrEqual(c.max);
      }
    });

    it('has a criteria table for every index its criteria belong to, and tasks only with a task table', () => {
      const kinds = new Set(k.tables.map((t) => t.kind));
      for (const c of k.criteria) expect(kinds.has(c.index)).toBe(true);
      if (k.tasks.length) expect(kinds.has('tasks')).toBe(true);
    });

    it('plants and asks to report only rows the key has', () => {
      for (const p of [...k.planted, ...k.mustReport]) expect(k.criteria.some((c) => c.index === p.index && c.code === p.code)).toBe(true);
    });
  });
});
