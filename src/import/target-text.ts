import { parseViNumber } from '../plan/numbers';
import { fold } from '../plan/text';

/**
 * Targets written in words (issue #10 item 9). The words are always kept; the number is the floor
 * ('Trên 6,00', 'Từ 86,5% trở lên'), the max ('Đạt điểm tối đa'), last year's result plus a gain
 * ('Tăng 0,5 điểm'), last year's result ('Giữ vững') — or none for a rank ('Nhóm trung bình cao'),
 * which is not a score.
 */
export type TargetWords =
  | { kind: 'floor'; value: number; decimals: number }
  | { kind: 'max' }
  | { kind: 'delta'; value: number; decimals: number }
  | { kind: 'hold' }
  | { kind: 'rank' }
  | { kind: 'unreadable' };

/** Phrases as data: folded, tried in order. */
const FLOOR = /^(?:dat\s+)?(?:tu|tren|toi thieu|it nhat|khong thap hon|khong duoi|lon hon|bang hoac lon hon|dat tren|dat tu|dat it nhat|dat)\s+(?:muc\s+)?$/;
const MAX = /^(?:dat\s+)?(?:diem\s+)?toi da$|^dat diem toi da|^dat muc toi da|^dat toi da|^toi da/;
const HOLD = /^(?:giu vung|duy tri|giu nguyen|bang nam)/;
const DELTA = /^(?:tang|tang them|tang it nhat|tang toi thieu|nang)\s/;
const RANK = /\b(?:nhom|xep hang|hang|top|vi tri|thu hang|tot nhat|bac)\b/;
/** Words that may follow the number without changing its meaning ('%' is gone once folded). */
const TAIL = /^(?:diem)?\s*(?:tro len)?$/;

const NUMBER = /[-+]?\d+(?:[.,]\d+)*/;

export function readTargetWords(text: string): TargetWords {
  const raw = text.replace(/≥|>=|>/g, ' trên ').replace(/\s+/g, ' ').trim();
  const f = fold(raw);
  if (MAX.test(f)) return { kind: 'max' };
  // 'Duy trì nhóm cao nhất' keeps a rank, not a score; 'Duy trì trên 7,35' sets a floor (below).
  if (HOLD.test(f) && !RANK.test(f) && !NUMBER.test(raw)) return { kind: 'hold' };
  const m = NUMBER.exec(raw);
  if (m) {
    // 'Duy trì trên 7,35', 'Giữ vững từ 86%': the number after the hold is the floor.
    const before = fold(raw.slice(0, m.index)).replace(HOLD, '').trim();
    const after = fold(raw.slice(m.index + m[0].length));
    const n = parseViNumber(m[0]);
    if (n && TAIL.test(after)) {
      if (DELTA.test(`${before} `)) return { kind: 'delta', value: n.value, decimals: n.decimals };
      if (FLOOR.test(`${before} `) || (before === '' && /tro len/.test(after))) return { kind: 'floor', value: n.value, decimals: n.decimals };
    }
  }
  if (RANK.test(f)) return { kind: 'rank' };
  return { kind: 'unreadable' };
}
