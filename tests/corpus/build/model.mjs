// Turns a document spec (docs/*.mjs, written by hand) into the printed table matrices and the
// answer key. Every key value is written in the spec by hand: code, parent, agencies, and the
// numbers exactly as the document prints them; this module only reads '9,45' as 9.45 and lays
// the rows out. It knows nothing of chiso.
import { PAPI, PAR, SIPAS } from './trees.mjs';

const TREES = { PAR, PAPI, SIPAS };

/** '9,45' -> 9.45, '86,5%' -> 86.5, '' -> null. Throws on anything else so a typo cannot hide. */
export function num(printed) {
  const s = String(printed ?? '').trim();
  if (s === '') return null;
  const m = /^([+-]?\d+(?:,\d+)?)%?$/.exec(s);
  if (!m) throw new Error(`not a printed number: "${s}"`);
  return Number(m[1].replace(',', '.'));
}

const decimals = (s) => (String(s).includes(',') ? String(s).split(',')[1].replace('%', '').length : 0);

function fmtDiff(a, b, sign) {
  const d = Math.max(decimals(a), decimals(b));
  const v = num(b) - num(a);
  let s = Math.abs(v).toFixed(d).replace('.', ',');
  if (v < 0) s = `-${s}`;
  else if (sign && v > 0) s = `+${s}`;
  return s;
}

function agencies(field) {
  const s = field.trim();
  if (s === '') return { merged: false, list: [] };
  const merged = s.startsWith('^');
  const list = (merged ? s.slice(1) : s)
    .split(' + ')
    .map((x) => x.trim())
    .filter(Boolean);
  return { merged, list };
}

/** Parse a target cell: '5,7' | 'Trên 6,00=6' | 'Nhóm trung bình cao=' | ''. */
function target(field) {
  const s = field.trim();
  if (s === '') return { printed: '', target: null, targetText: null };
  const eq = s.lastIndexOf('=');
  if (eq >= 0) {
    const words = s.slice(0, eq).trim();
    const v = s.slice(eq + 1).trim();
    return { printed: words, target: v === '' ? null : Number(v), targetText: words };
  }
  return { printed: s, target: num(s), targetText: null };
}

const cell = (t, extra = {}) => ({ t: String(t ?? ''), ...extra });

/** Criteria table: returns { header, body } matrices and key rows. */
export function criteriaTable(spec) {
  const tree = TREES[spec.kind];
  const years = spec.years ?? [];
  const rows = spec.rows
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('//'));
  const body = [];
  const key = [];
  const leadOwner = []; // index in body of the row whose lead cell a merged row extends
  for (const line of rows) {
    const f = line.split('|').map((x) => x.trim());
    const want = 5 + years.length + 2;
    if (f.length !== want) throw new Error(`${spec.caption}: row needs ${want} fields, has ${f.length}: ${line}`);
    const [lbl, code, parentRaw, nameRaw, max] = f;
    const vals = f.slice(5, 5 + years.length);
    const tgt = target(f[5 + years.length]);
    const lead = agencies(f[6 + years.length]);
    const parent = parentRaw === 'null' ? null : parentRaw;
    const name = nameRaw === '@' ? tree[code]?.[0] : nameRaw;
    if (!name) throw new Error(`${spec.caption}: no name for ${code}`);
    const isArea = code === 'total' || parent === 'total' || (spec.boldParents ?? []).includes(code);
    const cells = [];
    for (const col of spec.cols) {
      if (col === 'lbl') {
        if (code === 'total' && spec.totalSpan) continue;
        cells.push(cell(lbl, { b: isArea }));
      } else if (col === 'name') {
        cells.push(cell(name, { b: isArea, cs: code === 'total' && spec.totalSpan ? 2 : undefined }));
      } else if (col === 'max') cells.push(cell(max));
      else if (col.startsWith('y')) cells.push(cell(vals[Number(col.slice(1))], { b: isArea }));
      else if (col === 'diff') {
        const a = vals[years.length - 2];
        const b = vals[years.length - 1];
        cells.push(cell(a && b ? fmtDiff(a, b, spec.diffSign) : ''));
      } else if (col === 'lost') {
        const r = vals[years.length - 1];
        cells.push(cell(max && r ? fmtDiff(r, max, false) : ''));
      } else if (col === 'target') cells.push(cell(tgt.printed, { b: isArea }));
      else if (col === 'lead') {
        if (lead.merged && spec.mergeLead) {
          const owner = leadOwner[leadOwner.length - 1];
          owner.rs = (owner.rs ?? 1) + 1;
          cells.push(null); // covered by the cell above
        } else {
          const c = cell(lead.merged ? '' : lead.list.join(spec.leadJoin ?? '; '));
          if (!lead.merged) leadOwner.push(c);
          cells.push(c);
        }
      } else if (col === 'note') cells.push(cell(''));
      else if (col.startsWith('fixed:')) cells.push(cell(code === 'total' ? '' : col.slice(6)));
      else throw new Error(`unknown column ${col}`);
    }
    body.push(cells);
    key.push({
      index: spec.kind,
      code,
      parent,
      name,
      max: num(max),
      result: years.length ? num(vals[years.length - 1]) : null,
      target: tgt.target,
      targetText: tgt.targetText,
      lead: lead.list,
      _all: vals.map(num),
    });
  }
  return { header: spec.header, body, key };
}

/** Task table: '# A | title | INDEX' part headings, '# I | title' area headings, tasks otherwise:
 *  'number | title | lead | support | deadline | product' (agencies joined by ' + ', '^' = merged/blank). */
export function taskTable(spec) {
  let index = spec.index ?? null;
  const body = [];
  const key = [];
  const owners = {};
  const lines = spec.rows
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('//'));
  for (const line of lines) {
    if (line.startsWith('#')) {
      const f = line.slice(1).split('|').map((x) => x.trim());
      if (f[2]) index = f[2];
      const n = spec.cols.length;
      if (spec.headingSpan) body.push([cell(f[0], { b: true }), cell(f[1], { b: true, cs: n - 1 })]);
      else body.push(spec.cols.map((c, i) => cell(i === 0 ? f[0] : c === 'title' ? f[1] : '', { b: true })));
      continue;
    }
    const f = line.split('|').map((x) => x.trim());
    if (f.length !== 6) throw new Error(`${spec.caption}: task needs 6 fields: ${line}`);
    const [number, title, leadRaw, supRaw, deadline, product] = f;
    const lead = agencies(leadRaw);
    const sup = agencies(supRaw);
    const cells = [];
    for (const col of spec.cols) {
      if (col === 'num') cells.push(cell(number));
      else if (col === 'title') cells.push(cell(title.replaceAll(' // ', '\n')));
      else if (col === 'deadline') cells.push(cell(deadline.replaceAll(' // ', '\n')));
      else if (col === 'product') cells.push(cell(product.replaceAll(' // ', '\n')));
      else if (col === 'lead' || col === 'support') {
        const a = col === 'lead' ? lead : sup;
        const join = (col === 'lead' ? spec.leadJoin : spec.supportJoin) ?? '; ';
        if (a.merged && spec.mergeAgencies) {
          owners[col].rs = (owners[col].rs ?? 1) + 1;
          cells.push(null);
        } else {
          const text = a.merged ? '' : a.list.length > 1 && join.startsWith('\n-') ? `- ${a.list.join(join)}` : a.list.join(join);
          const c = cell(text);
          if (!a.merged) owners[col] = c;
          cells.push(c);
        }
      } else throw new Error(`unknown task column ${col}`);
    }
    body.push(cells);
    if (!index) throw new Error(`${spec.caption}: task ${number} has no index`);
    key.push({ index, number, title: title.replaceAll(' // ', '\n'), deadline: deadline.replaceAll(' // ', '\n'), lead: lead.list, support: sup.list });
  }
  return { header: spec.header, body, key };
}

/** Build the whole document model and its key from a spec. */
export function build(spec) {
  const tables = [];
  const criteria = [];
  const tasks = [];
  for (const t of spec.tables) {
    const out = t.kind === 'tasks' ? taskTable(t) : criteriaTable(t);
    tables.push({ ...t, header: out.header, body: out.body });
    if (t.kind === 'tasks') tasks.push(...out.key);
    else criteria.push(...out.key);
  }
  const key = {
    description: spec.description,
    source: spec.source,
    plan: spec.plan,
    tables: spec.tables.map((t) => ({ caption: t.caption, kind: t.kind })),
    criteria: criteria.map(({ _all, ...k }) => k),
    tasks,
    planted: spec.planted ?? [],
    mustReport: spec.mustReport ?? [],
  };
  return { tables, key, criteriaAll: criteria };
}

/** The checks a reader of the key would make, so that only the planted errors are errors. */
export function selfCheck(spec, criteriaAll) {
  const found = [];
  const byIdx = {};
  for (const r of criteriaAll) (byIdx[r.index] ??= []).push(r);
  for (const [index, rows] of Object.entries(byIdx)) {
    const codes = new Set();
    for (const r of rows) {
      const id = `${index}:${r.code}`;
      if (codes.has(r.code)) found.push({ kind: 'duplicate-code', index, code: r.code });
      codes.add(r.code);
      if (r.target != null && r.max != null && r.target > r.max + 1e-9) found.push({ kind: 'target-above-max', index, code: r.code, field: 'target' });
      if (r.target != null && r.result != null && r.target < r.result - 1e-9) found.push({ kind: 'target-below-result', index, code: r.code, field: 'target' });
      if (r.parent && r.parent !== 'total' && !rows.some((p) => p.code === r.parent)) found.push({ kind: 'orphan', id });
      if (index === 'SIPAS') continue;
      const kids = rows.filter((k) => k.parent === r.code);
      if (!kids.length) continue;
      const kidMax = kids.reduce((s, k) => s + (k.max ?? 0), 0);
      const complete = r.max != null && Math.abs(kidMax - r.max) < 0.02 * kids.length;
      if (!complete) continue;
      for (const field of ['result', 'target']) {
        if (r[field] == null || kids.some((k) => k[field] == null)) continue;
        const sum = kids.reduce((s, k) => s + k[field], 0);
        if (Math.abs(sum - r[field]) > 0.011) found.push({ kind: 'sum', index, code: r.code, field, sum: +sum.toFixed(4), printed: r[field] });
      }
    }
  }
  return found;
}
