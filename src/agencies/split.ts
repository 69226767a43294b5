import { maskOfficialNames, unmaskOfficialNames } from './official-names';

/** A reference to one agency in a lead/support cell, with its scope when the plan gives one in parentheses. */
export interface AgencyRef {
  name: string;
  scope: string | null;
}

const DASHES = new Set(['-', '–', '—']);

/** Characters left around a piece once separators are gone: list bullets, stray separators, the closing full stop. */
const LEADING_JUNK = /^[\s\-–—•+*;,.]+/u;
const TRAILING_JUNK = /[\s;,.]+$/u;

/**
 * Split one cell naming several agencies into references, keeping scopes in parentheses.
 *
 * Hard separators (';', and dash bullets when the cell is a dash list) always start a new agency,
 * except inside an official name (official-names.ts).
 * Commas are soft: collective names contain them ('Các sở, ban, ngành'), so a comma fragment that
 * starts with a lowercase letter is joined back to the previous one.
 */
export function splitAgencies(cell: string): AgencyRef[] {
  // An official name holding a comma or dash ('Sở Văn hóa, Thể thao và Du lịch') is one agency.
  const text = maskOfficialNames(cell.trim());
  if (text === '') return [];
  const dashList = DASHES.has(text[0] ?? '');
  const refs: AgencyRef[] = [];
  for (const segment of splitHard(text, dashList)) {
    for (const piece of splitSoft(segment)) {
      const ref = toRef(piece);
      if (ref) refs.push(ref);
    }
  }
  return refs;
}

/** Split at ';' and, in dash lists, at bullet dashes — both only outside parentheses. */
function splitHard(text: string, dashList: boolean): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ';' || (ch === '\n' && startsNewName(text, i)) || (dashList ? isBulletDash(text, i) : dashBeforeAgency(text, i)))) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/**
 * A line break inside a cell starts another agency when both lines read as names: the next starts
 * with a capital ('Sở', 'UBND', 'Các sở') and neither is a lone word. A line that goes on in lower
 * case is a long name wrapped; otherwise the break is read as a space.
 */
function startsNewName(text: string, i: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', i - 1) + 1, i).trim();
  const afterEnd = text.indexOf('\n', i + 1);
  const after = text.slice(i + 1, afterEnd < 0 ? undefined : afterEnd).trim();
  const first = after[0] ?? '';
  const isCapital = first !== '' && first === first.toUpperCase() && first !== first.toLowerCase();
  return isCapital && before.split(/\s+/).length > 1 && after.split(/\s+/).length > 1 && !BARE_HEAD.test(before);
}

/** A line that is only the head of a name, wrapped before its complement ('Văn phòng' / 'UBND tỉnh' in a narrow printed cell). */
const BARE_HEAD = /^(?:Văn phòng|Trung tâm|Ủy ban|Uỷ ban|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng|Chi cục|Kho bạc|Bảo hiểm|Ngân hàng|Công an|Ban Quản lý|Ban Chỉ đạo)$/iu;

/**
 * Agencies the way a hurried typist lists them on one line: 'Sở Tài chính - Sở Nông nghiệp và Môi
 * trường'. A spaced dash followed by a word that heads an agency's name starts another agency; an
 * official name holding a dash was masked before (official-names.ts).
 */
const AGENCY_HEAD = /^(?:Sở|UBND|Ủy ban|Uỷ ban|Ban|Văn phòng|Công an|Trung tâm|Thanh tra|Đài|Báo|Bộ|Cục|Chi cục|Kho bạc|Các|Hội|Liên đoàn|Tỉnh đoàn|Thành đoàn|Bảo hiểm|Ngân hàng|Cục Thuế)\s/u;
function dashBeforeAgency(text: string, i: number): boolean {
  if (!DASHES.has(text[i] ?? '') || text[i - 1] !== ' ' || text[i + 1] !== ' ') return false;
  return AGENCY_HEAD.test(text.slice(i + 2)) && text.slice(0, i).trim() !== '';
}

/** A bullet dash opens the cell or stands between spaces; 'KH- UBND' or 'Covid-19' is not a bullet. */
function isBulletDash(text: string, i: number): boolean {
  if (!DASHES.has(text[i] ?? '')) return false;
  if (i === 0) return true;
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  return /\s/u.test(before) && (after === '' || /\s/u.test(after));
}

/** Split at ',' outside parentheses, re-joining fragments that continue a collective name. */
function splitSoft(segment: string): string[] {
  const fragments: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i] ?? '';
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      fragments.push(segment.slice(start, i));
      start = i + 1;
    }
  }
  fragments.push(segment.slice(start));

  const pieces: string[] = [];
  for (const fragment of fragments) {
    const last = pieces.length - 1;
    const prev = pieces[last];
    if (prev !== undefined && continuesPrevious(prev, fragment)) {
      pieces[last] = `${prev},${fragment}`;
    } else {
      pieces.push(fragment);
    }
  }
  return pieces;
}

/**
 * 'ban', 'ngành', 'đơn vị liên quan' continue a list inside one collective name. A lowercase 'các …'
 * after a named agency ('UBND cấp xã, các đơn vị liên quan') is a new collective, though.
 */
function continuesPrevious(prev: string, fragment: string): boolean {
  const next = fragment.trimStart();
  const first = next[0] ?? '';
  // Only a lowercase letter continues; digits, brackets and capitals start a new agency.
  if (first === first.toUpperCase()) return false;
  if (/^các\s/u.test(next) && !/^[\s\-–—•+*]*các\s/iu.test(prev)) return false;
  return true;
}

/** Turn one piece into a reference; a final parenthesised group (closed or not) is the scope. */
function toRef(piece: string): AgencyRef | null {
  const text = unmaskOfficialNames(piece.replace(LEADING_JUNK, '').replace(TRAILING_JUNK, '').replace(/\s+/gu, ' '));
  if (text === '') return null;
  const open = scopeStart(text);
  if (open < 0) return { name: text, scope: null };
  const name = text.slice(0, open).replace(TRAILING_JUNK, '').trim();
  let inner = text.slice(open + 1);
  if (inner.endsWith(')')) inner = inner.slice(0, -1);
  const scope = inner.trim();
  // A cell that is only a parenthesis has no name to hang a scope on: keep it whole as the name.
  if (name === '') return { name: text, scope: null };
  return { name, scope: scope === '' ? null : scope };
}

/**
 * Index of the '(' opening the scope: the depth-0 group that runs to the end of the text, or an
 * unclosed '(' (so 'Sở Y tế (chính sách' still yields a scope). -1 when there is none.
 */
function scopeStart(text: string): number {
  let depth = 0;
  let groupStart = -1;
  let lastClosedAt = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') {
      if (depth === 0) groupStart = i;
      depth++;
    } else if (ch === ')' && depth > 0) {
      depth--;
      if (depth === 0) lastClosedAt = i;
    }
  }
  if (depth > 0) return groupStart;
  return groupStart >= 0 && lastClosedAt === text.length - 1 ? groupStart : -1;
}
