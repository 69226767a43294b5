import type { Criterion, Finding, Plan } from '../plan/schema';
import { finding } from '../plan/finding';
import { lastPart, parsePart, withLastPart } from './numbering-parts';
import { CriteriaTree } from './tree';
import { childrenAreSubset } from '../plan/partial';

export const NUMBERING_SKIPPED = 'numbering.skipped';
export const NUMBERING_ORPHAN = 'numbering.orphan';

/**
 * Gaps between consecutive siblings (PAR 8.4 → 8.6) and criteria whose parent code is
 * nowhere in their index. Duplicates and wrong parents are the importer's to report.
 */
export function checkNumbering(plan: Plan): Finding[] {
  const out: Finding[] = [];
  const tree = new CriteriaTree(plan.criteria);

  // Siblings share index and parent code; plan order is the order they were written in.
  const siblings = new Map<string, Criterion[]>();
  for (const c of plan.criteria) {
    if (c.parent === null) continue;
    const k = `${c.index}\u0000${c.parent}`;
    const list = siblings.get(k);
    if (list) list.push(c);
    else siblings.set(k, [c]);
  }

  const byCode = new Map(plan.criteria.map((c) => [`${c.index}\u0000${c.code}`, c]));
  const skipped = new Map<Criterion, Finding>();
  for (const [k, list] of siblings) {
    // Under a parent that lists only some of its children, a gap is the omission, not a mistake.
    const parent = byCode.get(k);
    if (parent && childrenAreSubset(parent, list)) continue;
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1];
      const next = list[i];
      if (!prev || !next) continue;
      const a = parsePart(lastPart(prev.code));
      const b = parsePart(lastPart(next.code));
      // Only a forward jump is a gap; going back or repeating is a duplicate/order problem for the importer.
      if (!a || !b || a.style !== b.style || b.value <= a.value + 1) continue;
      skipped.set(
        next,
        finding(NUMBERING_SKIPPED, 'warning', next, 'code', next.code, prev.code, {
          missing: withLastPart(prev.code, a.value + 1, a.style),
          missingCount: b.value - a.value - 1,
          previous: prev.code,
          next: next.code,
        }),
      );
    }
  }

  // Emitted in plan order of the criterion after the gap, with orphans interleaved likewise.
  for (const c of plan.criteria) {
    const gap = skipped.get(c);
    if (gap) out.push(gap);
    // An area's parent is the index's total, printed or not: only a missing criterion is an orphan.
    if (c.parent !== null && c.parent !== 'total' && !tree.hasCode(c.index, c.parent)) {
      out.push(finding(NUMBERING_ORPHAN, 'error', c, 'code', c.parent, null, { parent: c.parent, code: c.code }));
    }
  }
  return out;
}
