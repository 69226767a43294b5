import fc from 'fast-check';
import { agencyKey, buildRegistry, formatAgencyRef, isCollective } from '../../src/agencies/registry';
import { splitAgencies } from '../../src/agencies/split';

const times = (spelling: string, n: number): string[] => Array.from({ length: n }, () => spelling);

const CENTRE = 'Trung tâm Phục vụ hành chính công Thành phố';
const centreSpellings = [
  ...times('Trung tâm phục vụ hành chính công TP', 2),
  ...times('Trung tâm phục vụ hành chính công', 5),
  'Trung tâm phục vụ HCC TP',
  ...times(CENTRE, 9),
  ...times('Trung tâm Phục vụ Hành chính công', 2),
];

describe('agencyKey', () => {
  it('gives every spelling of the public administration centre one key', () => {
    const keys = new Set(
      [...centreSpellings, 'Trung tâm phục vụ HCC Thành phố', 'Trung tâm Phục vụ hành chính công TP.'].map(agencyKey),
    );
    expect([...keys]).toEqual(['trung tam phuc vu hanh chinh cong']);
  });

  it.each([
    ['Sở Công thương', 'Sở Công Thương'],
    ['Văn phòng UBND Thành phố', 'Văn phòng UBND Thành phố.'],
    ['Văn phòng UBND Thành phố', 'Văn phòng Ủy ban nhân dân thành phố Hà Nội'],
    ['Các Sở, ban, ngành', 'các sở, ban, ngành'],
    ['Các sở, ban, ngành', 'Các Sở, ngành'],
    ['Sở KH&CN', 'Sở Khoa học và Công nghệ'],
    ['Sở KH & CN', 'Sở Khoa học và Công nghệ'],
    ['Sở NN&MT', 'Sở Nông nghiệp và Môi trường'],
    ['Sở GD&ĐT', 'Sở Giáo dục và Đào tạo'],
    ['Sở GDĐT', 'Sở Giáo dục và Đào tạo'],
    ['Sở Văn hóa và Thể thao', 'Sở Văn hoá và Thể thao'],
    ['Cơ quan, đơn vị liên quan', 'Các cơ quan, đơn vị liên quan'],
    ['Các cơ sở khám chữa bệnh trên địa bàn thành phố', 'Các cơ sở khám chữa bệnh trên địa bàn Thành phố.'],
  ])('%s ~ %s', (a, b) => {
    expect(agencyKey(a)).toBe(agencyKey(b));
  });

  it.each([
    ['Sở Nội vụ', 'Sở Tư pháp'],
    ['Thanh tra Thành phố', 'Văn phòng UBND Thành phố'],
    ['Bảo hiểm xã hội Thành phố', 'Bảo hiểm Thành phố'],
    ['UBND cấp xã', 'Công an cấp xã'],
    ['Các cơ quan, đơn vị liên quan', 'Các cơ quan có liên quan'],
    ['Các sở, ban, ngành', 'Các sở, ngành, địa phương'],
  ])('%s ≁ %s', (a, b) => {
    expect(agencyKey(a)).not.toBe(agencyKey(b));
  });

  it('folds diacritics and expands abbreviations', () => {
    expect(agencyKey('UBND cấp xã')).toBe('uy ban nhan dan cap xa');
    expect(agencyKey('Đơn vị TTHC')).toBe('don vi thu tuc hanh chinh');
  });

  it('keeps a lone city qualifier', () => {
    expect(agencyKey('Thành phố')).toBe('thanh pho');
    expect(agencyKey('UBND TP')).toBe('uy ban nhan dan');
  });

  it('never returns an empty key for a non-blank spelling', () => {
    expect(agencyKey('-')).toBe('-');
    expect(agencyKey('( )')).toBe('( )');
  });
});

describe('isCollective', () => {
  it.each([
    'Các sở, ban, ngành',
    'các sở, ban, ngành',
    'UBND cấp xã',
    'UBND các quận, huyện, thị xã',
    'Công an cấp xã',
    'Cơ quan, đơn vị liên quan',
    'Các cơ quan, đơn vị, địa phương',
    'Các cơ sở khám chữa bệnh trên địa bàn Thành phố',
  ])('%s is collective', (s) => {
    expect(isCollective(s)).toBe(true);
  });

  it.each(['Sở Nội vụ', 'Văn phòng UBND Thành phố', 'Công an Thành phố', CENTRE, 'Bảo hiểm xã hội Thành phố'])(
    '%s is one agency',
    (s) => {
      expect(isCollective(s)).toBe(false);
    },
  );
});

describe('formatAgencyRef', () => {
  it('adds the scope in parentheses', () => {
    expect(formatAgencyRef({ name: 'Sở Y tế', scope: 'chính sách khám chữa bệnh' })).toBe(
      'Sở Y tế (chính sách khám chữa bệnh)',
    );
  });

  it('leaves a name without scope alone', () => {
    expect(formatAgencyRef({ name: 'Sở Nội vụ', scope: null })).toBe('Sở Nội vụ');
    expect(formatAgencyRef({ name: 'Sở Nội vụ', scope: '  ' })).toBe('Sở Nội vụ');
  });

  it('round-trips through splitAgencies', () => {
    const text = formatAgencyRef({ name: 'Công an Thành phố', scope: 'chính sách trật tự, an toàn xã hội' });
    expect(splitAgencies(text)).toEqual([{ name: 'Công an Thành phố', scope: 'chính sách trật tự, an toàn xã hội' }]);
  });
});

describe('buildRegistry', () => {
  it('groups the centre under its most frequent unabbreviated spelling', () => {
    const registry = buildRegistry(['Sở Nội vụ', ...centreSpellings, 'Sở Tư pháp']);
    const centre = registry.agencies.find((a) => a.name === CENTRE);
    expect(centre).toEqual({
      name: CENTRE,
      aliases: [
        'Trung tâm phục vụ hành chính công TP',
        'Trung tâm phục vụ hành chính công',
        'Trung tâm phục vụ HCC TP',
        'Trung tâm Phục vụ Hành chính công',
      ],
      collective: false,
    });
    for (const spelling of centreSpellings) expect(registry.canonical(spelling)).toBe(CENTRE);
    expect(registry.canonical('Trung tâm phục vụ HCC Thành phố')).toBe(CENTRE);
    expect(registry.agencies).toHaveLength(3);
  });

  it('keeps distinct agencies distinct', () => {
    const registry = buildRegistry(['Sở Nội vụ', 'Sở Tư pháp', 'Thanh tra Thành phố', 'Văn phòng UBND Thành phố']);
    expect(registry.agencies.map((a) => a.name)).toHaveLength(4);
    expect(registry.canonical('Sở Nội vụ')).toBe('Sở Nội vụ');
    expect(registry.canonical('Sở Tư pháp')).toBe('Sở Tư pháp');
    expect(registry.canonical('Thanh tra Thành phố')).toBe('Thanh tra Thành phố');
    expect(registry.canonical('Văn phòng UBND Thành phố.')).toBe('Văn phòng UBND Thành phố');
  });

  it('returns null for an unknown or blank spelling', () => {
    const registry = buildRegistry(['Sở Nội vụ']);
    expect(registry.canonical('Sở Y tế')).toBeNull();
    expect(registry.canonical('')).toBeNull();
  });

  it('breaks ties by length, then first met', () => {
    expect(buildRegistry(['Sở Công thương', 'Sở Công Thương']).agencies[0]?.name).toBe('Sở Công thương');
    expect(buildRegistry(['Các Sở, ngành', 'Các sở, ban, ngành']).agencies[0]?.name).toBe('Các sở, ban, ngành');
  });

  it('prefers the spelling with fewest abbreviations when all have some', () => {
    const registry = buildRegistry(['Văn phòng UBND TP', 'Văn phòng UBND TP', 'Văn phòng UBND Thành phố']);
    expect(registry.agencies).toEqual([
      { name: 'Văn phòng UBND Thành phố', aliases: ['Văn phòng UBND TP'], collective: false },
    ]);
  });

  it('does not keep punctuation-only variants as aliases', () => {
    const registry = buildRegistry(['Văn phòng UBND Thành phố.', 'Văn phòng UBND Thành phố', ' Văn phòng  UBND Thành phố ']);
    expect(registry.agencies).toEqual([{ name: 'Văn phòng UBND Thành phố', aliases: [], collective: false }]);
  });

  it('marks collectives and sorts by Vietnamese collation', () => {
    const registry = buildRegistry(['UBND cấp xã', 'Sở Y tế', 'Các sở, ban, ngành', 'Đơn vị A', 'Bảo hiểm xã hội Thành phố']);
    expect(registry.agencies.map((a) => [a.name, a.collective])).toEqual([
      ['Bảo hiểm xã hội Thành phố', false],
      ['Các sở, ban, ngành', true],
      ['Đơn vị A', false],
      ['Sở Y tế', false],
      ['UBND cấp xã', true],
    ]);
  });

  it('never throws and resolves every non-blank spelling', () => {
    const word = fc.constantFrom('Sở', 'sở', 'UBND', 'TP', 'Thành phố', 'các', 'Các', 'ban', 'ngành', 'KH&CN', '&', '.', ',', '-', 'đ', ' ', '(', ')');
    const spelling = fc.oneof(fc.string(), fc.array(word, { maxLength: 8 }).map((w) => w.join(' ')));
    fc.assert(
      fc.property(fc.array(spelling, { maxLength: 20 }), (spellings) => {
        const registry = buildRegistry(spellings);
        for (const s of spellings) {
          if (s.trim() === '') continue;
          const name = registry.canonical(s);
          expect(name).not.toBeNull();
          expect(registry.agencies.some((a) => a.name === name)).toBe(true);
        }
        for (const a of registry.agencies) expect(a.name.trim()).not.toBe('');
      }),
      { numRuns: 500 },
    );
  });

  it('resolves every agency the splitter finds', () => {
    const cells = fc.array(fc.constantFrom('Sở Nội vụ', 'UBND cấp xã', '; ', ', ', '- ', 'các sở', '(x)', ' ban'), { maxLength: 10 });
    fc.assert(
      fc.property(fc.array(cells.map((p) => p.join('')), { maxLength: 10 }), (cellTexts) => {
        const names = cellTexts.flatMap((c) => splitAgencies(c).map((r) => r.name));
        const registry = buildRegistry(names);
        for (const n of names) expect(registry.canonical(n)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
