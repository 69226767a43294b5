import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommuneList } from '../../src/agencies/communes';

/** Hà Nội's 126 commune-level units since 1 July 2025, bundled as the default members of "UBND cấp xã". */

const bundled = readFileSync(join(__dirname, '../../seeds/hanoi-communes-2025.md'), 'utf8');

describe('parseCommuneList', () => {
  const { units, problems } = parseCommuneList(bundled);

  it('reads all 126 units of the bundled list, 51 phường and 75 xã, across its page breaks', () => {
    expect(problems).toEqual([]);
    expect(units).toHaveLength(126);
    expect(units.filter((u) => u.kind === 'Phường')).toHaveLength(51);
    expect(units.filter((u) => u.kind === 'Xã')).toHaveLength(75);
    expect(new Set(units.map((u) => u.code)).size).toBe(126);
  });

  it('keys units by code and joins names broken across lines', () => {
    expect(units[0]).toEqual({ code: '00070', name: 'Phường Hoàn Kiếm', kind: 'Phường' });
    expect(units.find((u) => u.code === '00226')?.name).toBe('Phường Văn Miếu - Quốc Tử Giám');
    expect(units.find((u) => u.code === '00382')).toEqual({ code: '00382', name: 'Xã Kim Anh', kind: 'Xã' });
  });

  it('finds columns by their headers, not their position', () => {
    const swapped = ['| Tên đơn vị hành chính | Mã số |', '| --- | --- |', '| Xã Đa Phúc | 00430 |'].join('\n');
    expect(parseCommuneList(swapped).units).toEqual([{ code: '00430', name: 'Xã Đa Phúc', kind: 'Xã' }]);
  });

  it('reports a malformed code and a repeated one instead of keeping them', () => {
    const bad = ['| Stt | Mã số | Tên đơn vị hành chính |', '| 1 | 0043 | Xã Một |', '| 2 | 00430 | Xã Hai |', '| 3 | 00430 | Xã Ba |'].join('\n');
    const r = parseCommuneList(bad);
    expect(r.units.map((u) => u.name)).toEqual(['Xã Hai']);
    expect(r.problems.map((p) => [p.line, p.reason])).toEqual([
      [2, 'unreadable'],
      [4, 'duplicate-code'],
    ]);
  });
});
