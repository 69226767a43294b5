/**
 * Word's automatic list numbers, written into the document as text. A plan's STT column often gets
 * its "1.", "II." from a list (`w:numPr`): the label is not in document.xml but computed by Word
 * from word/numbering.xml, and mammoth's HTML drops it in table cells, so every number read empty.
 * Here each numbered paragraph gets its label as a run at its start, computed as Word does, and its
 * numbering is switched off so that mammoth does not make a list of it as well.
 *
 * Pure core: XML strings in and out, scanned by hand (no DOM), linear in the input. Only the usual
 * `w:` prefix is recognised. Supported: numFmt decimal, decimalZero, upper/lowerRoman,
 * upper/lowerLetter (other formats are written as decimal), bullet and none (no label),
 * lvlText %1..%9, w:start, w:isLgl, w:lvlRestart, w:suff, lvlOverride (startOverride and a whole
 * w:lvl), numbering carried by a paragraph style (styles.xml, through basedOn) and abstractNum's
 * numStyleLink. Not supported: numbering in headers, footers and notes (only the body is labelled),
 * tracked changes to numbering (the current properties are used), w:legacy and picture bullets.
 */

interface Level {
  start: number;
  fmt: string;
  /** null: no label (bullet, none, or an empty lvlText). */
  text: string | null;
  /** One-based level after which this one restarts; 0 never. null: after any higher level (Word's default). */
  restart: number | null;
  legal: boolean;
  suffix: string;
}

interface Num {
  abstractId: string;
  /** Level index → the value a first use of this num starts it at. */
  starts: Map<number, number>;
  /** Level index → a level defined by this num, in place of its abstractNum's. */
  levels: Map<number, Level>;
}

interface Numbering {
  abstracts: Map<string, { levels: Map<number, Level>; styleLink: string | null }>;
  nums: Map<string, Num>;
}

/** A list reference: a num and a level. */
interface ListRef {
  numId: string;
  ilvl: number;
}

const MAX_LEVELS = 9;
/** Word's own limits on list values; beyond them a hostile file only burns time formatting. */
const MAX_VALUE = 32_767;

/**
 * The document's XML with every numbered paragraph's label written in as text. Unchanged when
 * there is no numbering.xml or no numbered paragraph; never throws (bad XML gives it unchanged).
 */
export function withListLabels(documentXml: string, numberingXml: string | null, stylesXml?: string | null): string {
  if (!numberingXml) return documentXml;
  try {
    const styles = stylesXml ? readStyles(stylesXml) : new Map<string, StyleDef>();
    // Most documents never number a paragraph: nothing to compute.
    if (!documentXml.includes('<w:numPr') && !(styles.size > 0 && documentXml.includes('<w:pStyle'))) return documentXml;
    const numbering = readNumbering(numberingXml);
    if (numbering.nums.size === 0) return documentXml;
    return labelParagraphs(documentXml, numbering, styles);
  } catch {
    return documentXml;
  }
}

// ---------------------------------------------------------------------------------------------
// Scanning

/** The elements `<w:tag …>…</w:tag>` (or self-closed) in order: their start tag and inner XML. Not nested in themselves. */
function elements(xml: string, tag: string): { open: string; inner: string }[] {
  return elementSpans(xml, tag).map((e) => ({ open: e.open, inner: e.inner }));
}

/** As elements, with where each starts and ends; an unclosed last one runs to the end. */
function elementSpans(xml: string, tag: string): { open: string; inner: string; start: number; end: number }[] {
  const out: { open: string; inner: string; start: number; end: number }[] = [];
  const opener = `<${tag}`;
  const closer = `</${tag}>`;
  let from = 0;
  for (;;) {
    const at = xml.indexOf(opener, from);
    if (at < 0) break;
    const next = xml.charAt(at + opener.length);
    if (next !== ' ' && next !== '>' && next !== '/' && next !== '\t' && next !== '\n' && next !== '\r') {
      from = at + opener.length;
      continue;
    }
    const end = xml.indexOf('>', at);
    if (end < 0) {
      out.push({ open: xml.slice(at), inner: '', start: at, end: xml.length });
      break;
    }
    const open = xml.slice(at, end + 1);
    if (open.endsWith('/>')) {
      out.push({ open, inner: '', start: at, end: end + 1 });
      from = end + 1;
      continue;
    }
    const close = xml.indexOf(closer, end);
    // An unclosed element: the rest is its own (and a linear scan stays linear).
    if (close < 0) {
      out.push({ open, inner: xml.slice(end + 1), start: at, end: xml.length });
      break;
    }
    out.push({ open, inner: xml.slice(end + 1, close), start: at, end: close + closer.length });
    from = close + closer.length;
  }
  return out;
}

const first = (xml: string, tag: string): { open: string; inner: string } | null => elements(xml, tag)[0] ?? null;

function attr(open: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(open);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** w:val of the first `<w:tag>`, or null. */
const valOf = (xml: string, tag: string): string | null => {
  const e = first(xml, tag);
  return e ? attr(e.open, 'w:val') : null;
};

function intOf(s: string | null): number | null {
  if (s === null || !/^\s*-?\d{1,9}\s*$/.test(s)) return null;
  return Number.parseInt(s, 10);
}

/** An on/off property: present and not "false", "0" or "off". */
function isOn(xml: string, tag: string): boolean {
  const e = first(xml, tag);
  if (!e) return false;
  const v = attr(e.open, 'w:val');
  return v === null || !/^(?:false|0|off)$/i.test(v);
}

// ---------------------------------------------------------------------------------------------
// numbering.xml and styles.xml

function readLevel(inner: string): Level {
  const fmt = valOf(inner, 'w:numFmt') ?? 'decimal';
  const lvlText = first(inner, 'w:lvlText');
  const text = lvlText && attr(lvlText.open, 'w:null') === null ? attr(lvlText.open, 'w:val') : null;
  const suff = valOf(inner, 'w:suff');
  return {
    start: clampValue(intOf(valOf(inner, 'w:start')) ?? 0),
    fmt,
    text: fmt === 'bullet' || fmt === 'none' || !text ? null : decodeEntities(text),
    restart: intOf(valOf(inner, 'w:lvlRestart')),
    legal: isOn(inner, 'w:isLgl'),
    // A tab after the label is whitespace in HTML anyway.
    suffix: suff === 'nothing' ? '' : ' ',
  };
}

function readLevels(xml: string): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const l of elements(xml, 'w:lvl')) {
    const ilvl = intOf(attr(l.open, 'w:ilvl')) ?? 0;
    if (ilvl >= 0 && ilvl < MAX_LEVELS && !levels.has(ilvl)) levels.set(ilvl, readLevel(l.inner));
  }
  return levels;
}

function readNumbering(xml: string): Numbering {
  const abstracts: Numbering['abstracts'] = new Map();
  for (const a of elements(xml, 'w:abstractNum')) {
    const id = attr(a.open, 'w:abstractNumId');
    if (id !== null) abstracts.set(id, { levels: readLevels(a.inner), styleLink: valOf(a.inner, 'w:numStyleLink') });
  }
  const nums: Numbering['nums'] = new Map();
  for (const n of elements(xml, 'w:num')) {
    const id = attr(n.open, 'w:numId');
    const abstractId = valOf(n.inner, 'w:abstractNumId');
    if (id === null || abstractId === null) continue;
    const starts = new Map<number, number>();
    const levels = new Map<number, Level>();
    for (const o of elements(n.inner, 'w:lvlOverride')) {
      const ilvl = intOf(attr(o.open, 'w:ilvl'));
      if (ilvl === null || ilvl < 0 || ilvl >= MAX_LEVELS) continue;
      const start = intOf(valOf(o.inner, 'w:startOverride'));
      if (start !== null) starts.set(ilvl, clampValue(start));
      const lvl = first(o.inner, 'w:lvl');
      if (lvl) levels.set(ilvl, readLevel(lvl.inner));
    }
    nums.set(id, { abstractId, starts, levels });
  }
  return { abstracts, nums };
}

interface StyleDef {
  basedOn: string | null;
  /** The style's own numPr: numId (null when it gives only a level) and level (null when not given). */
  numId: string | null;
  ilvl: number | null;
  hasNumPr: boolean;
}

/** Paragraph and numbering styles with their numPr and basedOn; styles without any numbering are kept only as links. */
function readStyles(xml: string): Map<string, StyleDef> {
  const styles = new Map<string, StyleDef>();
  let anyNumbered = false;
  for (const s of elements(xml, 'w:style')) {
    const type = attr(s.open, 'w:type');
    const id = attr(s.open, 'w:styleId');
    if (id === null || (type !== 'paragraph' && type !== 'numbering')) continue;
    const pPr = first(s.inner, 'w:pPr');
    const numPr = pPr ? first(pPr.inner, 'w:numPr') : null;
    if (numPr) anyNumbered = true;
    styles.set(id, {
      basedOn: valOf(s.inner, 'w:basedOn'),
      numId: numPr ? valOf(numPr.inner, 'w:numId') : null,
      ilvl: numPr ? intOf(valOf(numPr.inner, 'w:ilvl')) : null,
      hasNumPr: numPr !== null,
    });
  }
  // No style numbers anything: the document's paragraphs need not be looked up.
  return anyNumbered ? styles : new Map();
}

/** The list a paragraph style numbers its paragraphs with, through basedOn (a loop ends the walk). */
function styleList(styles: Map<string, StyleDef>, styleId: string): ListRef | null {
  let numId: string | null = null;
  let ilvl: number | null = null;
  const seen = new Set<string>();
  for (let id: string | null = styleId; id !== null && !seen.has(id); ) {
    seen.add(id);
    const s = styles.get(id);
    if (!s) break;
    if (numId === null && s.numId !== null) numId = s.numId;
    if (ilvl === null && s.ilvl !== null) ilvl = s.ilvl;
    id = s.basedOn;
  }
  return numId === null ? null : { numId, ilvl: ilvl ?? 0 };
}

// ---------------------------------------------------------------------------------------------
// Counting, as Word does

/** Counters per abstractNum (nums over one abstractNum continue one list, unless a num restarts it). */
interface ListState {
  values: (number | null)[];
}

function labelParagraphs(xml: string, numbering: Numbering, styles: Map<string, StyleDef>): string {
  const states = new Map<string, ListState>();
  const usedNums = new Set<string>();
  const parts: string[] = [];
  let copied = 0;
  let from = 0;
  for (;;) {
    const at = xml.indexOf('<w:pPr', from);
    if (at < 0) break;
    const next = xml.charAt(at + 6);
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd < 0) break;
    if ((next !== '>' && next !== ' ') || xml.charAt(tagEnd - 1) === '/') {
      from = tagEnd + 1;
      continue;
    }
    const end = closingPPr(xml, tagEnd + 1);
    if (end < 0) break;
    from = end + '</w:pPr>'.length;
    const inner = xml.slice(tagEnd + 1, end);
    const own = ownProperties(inner);
    const numPr = first(own, 'w:numPr');
    let ref: ListRef | null = null;
    if (numPr) {
      const numId = valOf(numPr.inner, 'w:numId');
      const ilvl = intOf(valOf(numPr.inner, 'w:ilvl'));
      const styleId = valOf(own, 'w:pStyle');
      const fromStyle = styleId !== null && styles.size > 0 ? styleList(styles, styleId) : null;
      // A numPr giving only a level takes its list from the style, and one giving only a list, level 0 (or the style's).
      if (numId !== null) ref = { numId, ilvl: ilvl ?? fromStyle?.ilvl ?? 0 };
      else if (fromStyle) ref = { numId: fromStyle.numId, ilvl: ilvl ?? fromStyle.ilvl };
    } else if (styles.size > 0) {
      const styleId = valOf(own, 'w:pStyle');
      ref = styleId !== null ? styleList(styles, styleId) : null;
    }
    // numId 0 is Word's "no numbering here".
    if (!ref || ref.numId === '0') continue;
    const label = nextLabel(numbering, styles, states, usedNums, ref);
    if (label === null) continue;
    const off = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';
    // numId 0, not just no numPr: mammoth would still make a list of a paragraph whose style a level names.
    const newInner = numPr ? inner.replace(numPr.open + numPr.inner + (numPr.open.endsWith('/>') ? '' : '</w:numPr>'), off) : off + inner;
    parts.push(xml.slice(copied, tagEnd + 1), newInner, '</w:pPr>', `<w:r><w:t xml:space="preserve">${escapeText(label)}</w:t></w:r>`);
    copied = from;
  }
  if (parts.length === 0) return xml;
  parts.push(xml.slice(copied));
  return parts.join('');
}

/** Where the `</w:pPr>` closing the one opened before `from` is, past any nested pPr (a tracked change holds one); -1 if none. */
function closingPPr(xml: string, from: number): number {
  let depth = 1;
  let at = from;
  // Kept between turns, so that a file of many closes and no opens is still scanned once.
  let open = xml.indexOf('<w:pPr', at);
  let close = xml.indexOf('</w:pPr>', at);
  for (;;) {
    if (close < 0) return -1;
    if (open >= 0 && open < close) {
      const gt = xml.indexOf('>', open);
      const c = xml.charAt(open + 6);
      if ((c === '>' || c === ' ') && gt > open && xml.charAt(gt - 1) !== '/') depth++;
      at = open + 6;
      open = xml.indexOf('<w:pPr', at);
      continue;
    }
    depth--;
    if (depth === 0) return close;
    at = close + 8;
    close = xml.indexOf('</w:pPr>', at);
    if (open >= 0 && open < at) open = xml.indexOf('<w:pPr', at);
  }
}

/** The paragraph's current properties: without a tracked change's former ones, and without its run properties. */
function ownProperties(inner: string): string {
  return without(without(inner, 'w:pPrChange'), 'w:rPr');
}

/** The XML without the `<tag>…</tag>` elements (an unclosed one: without the rest). Linear, unlike a lazy regex on hostile input. */
function without(xml: string, tag: string): string {
  const kept: string[] = [];
  let from = 0;
  for (const e of elementSpans(xml, tag)) {
    kept.push(xml.slice(from, e.start));
    from = e.end;
  }
  kept.push(xml.slice(from));
  return kept.join('');
}

function resolve(numbering: Numbering, styles: Map<string, StyleDef>, numId: string): { num: Num; abstractId: string; levels: Map<number, Level> } | null {
  const num = numbering.nums.get(numId);
  if (!num) return null;
  let abstractId = num.abstractId;
  let abstract = numbering.abstracts.get(abstractId);
  // An abstractNum linked to a numbering style takes its levels from the list that style names.
  const seen = new Set<string>();
  while (abstract?.styleLink && !seen.has(abstractId)) {
    seen.add(abstractId);
    const linked = styles.get(abstract.styleLink)?.numId;
    const target = linked ? numbering.nums.get(linked) : undefined;
    if (!target) break;
    abstractId = target.abstractId;
    abstract = numbering.abstracts.get(abstractId);
  }
  if (!abstract) return null;
  return { num, abstractId, levels: abstract.levels };
}

function nextLabel(numbering: Numbering, styles: Map<string, StyleDef>, states: Map<string, ListState>, usedNums: Set<string>, ref: ListRef): string | null {
  const found = resolve(numbering, styles, ref.numId);
  if (!found || ref.ilvl < 0 || ref.ilvl >= MAX_LEVELS) return null;
  const { num, abstractId } = found;
  const level = (k: number): Level | undefined => num.levels.get(k) ?? found.levels.get(k);
  const own = level(ref.ilvl);
  if (!own) return null;
  let state = states.get(abstractId);
  if (!state) {
    state = { values: new Array<number | null>(MAX_LEVELS).fill(null) };
    states.set(abstractId, state);
  }
  const values = state.values;
  // A num that overrides a start restarts the list there, the first time it is used.
  if (!usedNums.has(ref.numId)) {
    usedNums.add(ref.numId);
    for (const k of num.starts.keys()) values[k] = null;
  }
  const startOf = (k: number): number => num.starts.get(k) ?? level(k)?.start ?? 0;
  const current = values[ref.ilvl];
  values[ref.ilvl] = current === null || current === undefined ? startOf(ref.ilvl) : Math.min(current + 1, MAX_VALUE);
  // Deeper levels start again after a higher one, unless their lvlRestart says otherwise.
  for (let k = ref.ilvl + 1; k < MAX_LEVELS; k++) {
    const after = level(k)?.restart ?? k;
    if (after > 0 && ref.ilvl < after) values[k] = null;
  }
  if (own.text === null) return null;
  const text = own.text.replace(/%([1-9])/g, (_m, d: string) => {
    const k = Number(d) - 1;
    const lk = level(k);
    if (lk && (lk.fmt === 'none' || lk.fmt === 'bullet')) return '';
    const value = values[k] ?? startOf(k);
    return formatValue(value, own.legal && k < ref.ilvl ? 'decimal' : (lk?.fmt ?? 'decimal'));
  });
  return text.trim() === '' ? null : text + own.suffix;
}

// ---------------------------------------------------------------------------------------------
// Formats

export function formatValue(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    default:
      return String(n);
  }
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const marks: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of marks) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** Word's letters: A…Z, then AA…ZZ, AAA…, the letter repeated (not A…Z, AA, AB as in spreadsheets). */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.min(Math.floor((n - 1) / 26) + 1, 50));
}

function clampValue(n: number): number {
  return Math.max(0, Math.min(n, MAX_VALUE));
}

function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos));/gi, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()] ?? m;
    const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
