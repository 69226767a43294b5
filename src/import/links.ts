import { romanToInt } from '../plan/codes';
import type { Criterion, TaskGroup } from '../plan/schema';
import { fold } from '../plan/text';

/**
 * Links task groups of Phụ lục 1 to the criteria they serve by matching names, tolerant
 * of case, diacritics, abbreviations and small wording differences: part B's areas follow
 * the PAPI dimensions, part A's the PAR INDEX areas, part C's the SIPAS groups.
 */

const ABBREVIATIONS: Record<string, string> = {
  tthc: 'thu tuc hanh chinh',
  gcn: 'giay chung nhan',
  cchc: 'cai cach hanh chinh',
  hcc: 'hanh chinh cong',
  vbqppl: 'van ban quy pham phap luat',
  cntt: 'cong nghe thong tin',
};

const STOPWORDS = new Set(['va', 'cua', 'cac', 'trong', 'o', 'tai', 'doi', 'voi', 'viec', 've', 'cho', 'den', 'nhung', 'qua', 'la']);

function tokens(text: string): string[] {
  const words = fold(text)
    .split(' ')
    .flatMap((w) => (ABBREVIATIONS[w] ?? w).split(' '))
    .filter((w) => w && !STOPWORDS.has(w));
  return [...new Set(words)];
}

/** Weight of a word: words most candidates share ('cải cách', 'công') tell them apart least. */
type Weights = (word: string) => number;

type Tokens = (text: string) => string[];

function idfWeights(names: string[], tok: Tokens = tokens): Weights {
  const df = new Map<string, number>();
  for (const name of names) for (const w of tok(name)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = Math.max(names.length, 1);
  return (w) => Math.log(1 + n / (df.get(w) ?? 0.5));
}

/** Weighted word overlap: half containment of the shorter name in the longer, half Dice. */
export function nameSimilarity(a: string, b: string, weight: Weights = () => 1, tok: Tokens = tokens): number {
  const ta = tok(a);
  const tb = tok(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const sum = (ws: string[]) => ws.reduce((acc, w) => acc + weight(w), 0);
  const sb = new Set(tb);
  const common = sum(ta.filter((w) => sb.has(w)));
  const wa = sum(ta);
  const wb = sum(tb);
  const containment = common / Math.min(wa, wb);
  const dice = (2 * common) / (wa + wb);
  return 0.5 * containment + 0.5 * dice;
}

const ACCEPT = 0.45;
/** A group naming two criteria at once ('Cơ hội tham gia và chất lượng bầu cử') links to both. */
const ALSO = 0.75;
/** Numbering that agrees (area III ↔ dimension 3) only breaks near-ties; names decide. */
const NUMBER_BONUS = 0.1;
/** …and only when it matches about as well as the best one. */
const NEAR = 0.15;

/** Returns the groups with `criteria` filled; a group with no match keeps an empty list (reported by the checks). */
export function linkGroups(groups: TaskGroup[], criteria: Criterion[]): TaskGroup[] {
  const linked = new Map<string, string[]>();
  // Names are tokenised once and weights computed once per candidate set: plans have thousands of rows.
  const tokenCache = new Map<string, string[]>();
  const tok: Tokens = (text) => {
    let t = tokenCache.get(text);
    if (!t) {
      t = tokens(text);
      tokenCache.set(text, t);
    }
    return t;
  };
  const weightCache = new Map<string, Weights>();
  const weightsFor = (candidates: Criterion[]): Weights => {
    const key = candidates.map((c) => c.id).join('\u0000');
    let w = weightCache.get(key);
    if (!w) {
      w = idfWeights(candidates.map((c) => c.name), tok);
      weightCache.set(key, w);
    }
    return w;
  };
  const byIndex = new Map<string, Criterion[]>();
  for (const c of criteria) {
    const list = byIndex.get(c.index) ?? [];
    list.push(c);
    byIndex.set(c.index, list);
  }
  return groups.map((g) => {
    const ofIndex = byIndex.get(g.index) ?? [];
    let candidates: Criterion[];
    let number: number | null;
    if (g.path.length === 1) {
      const total = ofIndex.find((c) => c.code === 'total');
      const result = { ...g, criteria: total ? [total.id] : [] };
      linked.set(g.id, result.criteria);
      return result;
    } else if (g.path.length === 2) {
      candidates = ofIndex.filter((c) => c.level === 1);
      number = romanToInt(g.code);
    } else {
      // Sub-areas: children of the criterion the area linked to, else any level-2 criterion.
      const areaLinks = new Set(g.parent ? linked.get(g.parent) ?? [] : []);
      const under = ofIndex.filter((c) => c.level === 2 && areaLinks.has(`${c.index}:${c.parent}`));
      candidates = under.length > 0 ? under : ofIndex.filter((c) => c.level === 2);
      const last = g.code.split('.').pop() ?? '';
      number = /^\d+$/.test(last) ? Number(last) : null;
    }
    const weight = weightsFor(candidates);
    const scored = candidates
      .map((c) => {
        const own = c.code.split('.').pop() ?? '';
        const ownNumber = /^\d+$/.test(own) ? Number(own) : romanToInt(own);
        const bonus = number !== null && ownNumber === number ? NUMBER_BONUS : 0;
        return { c, score: nameSimilarity(g.title, c.name, weight, tok) + bonus };
      })
      .filter((s) => s.score >= ACCEPT)
      .sort((x, y) => y.score - x.score);
    const best = scored[0];
    const chosen = best ? [best, ...scored.slice(1).filter((s) => s.score >= ALSO && best.score - s.score <= NEAR)] : [];
    const result = { ...g, criteria: chosen.map((s) => s.c.id) };
    linked.set(g.id, result.criteria);
    return result;
  });
}
