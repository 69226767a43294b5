import type { Criterion, IndexId } from '../plan/schema';

/** Key of a code within its index: codes repeat across indices ('1' in PAR and PAPI). */
function key(index: IndexId, code: string): string {
  return `${index}\u0000${code}`;
}

/** Parent/child lookups over the flat criteria list; children keep plan order. */
export class CriteriaTree {
  private readonly children = new Map<string, Criterion[]>();
  private readonly codes = new Set<string>();

  constructor(criteria: readonly Criterion[]) {
    for (const c of criteria) {
      this.codes.add(key(c.index, c.code));
      if (c.parent === null) continue;
      const k = key(c.index, c.parent);
      const list = this.children.get(k);
      if (list) list.push(c);
      else this.children.set(k, [c]);
    }
  }

  childrenOf(c: Criterion): Criterion[] {
    return this.children.get(key(c.index, c.code)) ?? [];
  }

  hasCode(index: IndexId, code: string): boolean {
    return this.codes.has(key(index, code));
  }
}

export const TOTAL_CODE = 'total';

export function isTotal(c: Criterion): boolean {
  return c.code === TOTAL_CODE;
}
