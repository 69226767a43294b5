import fc from 'fast-check';
import { splitAgencies, type AgencyRef } from '../../src/agencies/split';

const names = (cell: string): string[] => splitAgencies(cell).map((r) => r.name);
const ref = (name: string, scope: string | null = null): AgencyRef => ({ name, scope });

describe('splitAgencies', () => {
  it('returns nothing for a blank cell', () => {
    expect(splitAgencies('')).toEqual([]);
    expect(splitAgencies('   \t ')).toEqual([]);
  });

  it('keeps a single agency', () => {
    expect(splitAgencies('Sở Nội vụ')).toEqual([ref('Sở Nội vụ')]);
  });

  describe('leading-dash lists', () => {
    it('splits at bullet dashes', () => {
      expect(names('- Văn phòng UBND Thành phố - Sở Nội vụ')).toEqual(['Văn phòng UBND Thành phố', 'Sở Nội vụ']);
    });

    it('splits bullets ending in semicolons, then collectives at commas', () => {
      expect(names('- Sở Nội vụ; - Các Sở, ban, ngành, UBND cấp xã')).toEqual([
        'Sở Nội vụ',
        'Các Sở, ban, ngành',
        'UBND cấp xã',
      ]);
    });

    it('strips the closing full stop', () => {
      expect(names('- Bảo hiểm xã hội Thành phố; - Sở Nội vụ; - UBND cấp xã.')).toEqual([
        'Bảo hiểm xã hội Thành phố',
        'Sở Nội vụ',
        'UBND cấp xã',
      ]);
    });

    it('keeps scopes on bullets', () => {
      expect(
        splitAgencies('- Sở Y tế (lĩnh vực y tế công lập) - Sở Giáo dục và Đào tạo (lĩnh vực giáo dục công lập)'),
      ).toEqual([
        ref('Sở Y tế', 'lĩnh vực y tế công lập'),
        ref('Sở Giáo dục và Đào tạo', 'lĩnh vực giáo dục công lập'),
      ]);
    });

    it('does not split at a hyphen inside a word or abbreviation', () => {
      expect(names('- Sở Y tế - Ban chỉ đạo Covid-19')).toEqual(['Sở Y tế', 'Ban chỉ đạo Covid-19']);
    });

    it('does not treat dashes as bullets when the cell does not start with one', () => {
      expect(names('Sở Nội vụ - Phòng CCHC')).toEqual(['Sở Nội vụ - Phòng CCHC']);
    });
  });

  describe('commas inside collective names', () => {
    it.each([
      ['Các sở, ban, ngành, UBND cấp xã', ['Các sở, ban, ngành', 'UBND cấp xã']],
      ['Các cơ quan, đơn vị, địa phương', ['Các cơ quan, đơn vị, địa phương']],
      ['Các Sở, ngành, UBND cấp xã', ['Các Sở, ngành', 'UBND cấp xã']],
      ['Các sở, ban, ngành, UBND các quận, huyện, thị xã', ['Các sở, ban, ngành', 'UBND các quận, huyện, thị xã']],
      [
        'Các cơ sở khám chữa bệnh trên địa bàn Thành phố và các cơ quan, đơn vị có liên quan',
        ['Các cơ sở khám chữa bệnh trên địa bàn Thành phố và các cơ quan, đơn vị có liên quan'],
      ],
      ['Các sở, ngành, địa phương', ['Các sở, ngành, địa phương']],
      ['Cơ quan, đơn vị liên quan', ['Cơ quan, đơn vị liên quan']],
    ])('%s', (cell, expected) => {
      expect(names(cell)).toEqual(expected);
    });

    it('starts a new agency at a lowercase "các" after a named agency', () => {
      expect(names('UBND cấp xã, các đơn vị liên quan')).toEqual(['UBND cấp xã', 'các đơn vị liên quan']);
    });
  });

  describe('plain separators', () => {
    it.each([
      ['Trung tâm phục vụ hành chính công; UBND cấp xã', ['Trung tâm phục vụ hành chính công', 'UBND cấp xã']],
      ['Trung tâm phục vụ hành chính công, UBND cấp xã', ['Trung tâm phục vụ hành chính công', 'UBND cấp xã']],
      ['Sở Khoa học và Công nghệ, UBND cấp xã.', ['Sở Khoa học và Công nghệ', 'UBND cấp xã']],
      ['Sở Giáo dục và Đào tạo; Sở Xây dựng', ['Sở Giáo dục và Đào tạo', 'Sở Xây dựng']],
      ['Sở Y tế, Sở Giáo dục và Đào tạo', ['Sở Y tế', 'Sở Giáo dục và Đào tạo']],
      [
        'Sở Văn hóa và Thể thao; Văn phòng UBND Thành phố; Sở Khoa học và Công nghệ',
        ['Sở Văn hóa và Thể thao', 'Văn phòng UBND Thành phố', 'Sở Khoa học và Công nghệ'],
      ],
    ])('%s', (cell, expected) => {
      expect(names(cell)).toEqual(expected);
    });

    it('always starts a new agency after a semicolon, even in lowercase', () => {
      expect(names('Trung tâm Phục vụ Hành chính công; các sở, ban, ngành, UBND cấp xã')).toEqual([
        'Trung tâm Phục vụ Hành chính công',
        'các sở, ban, ngành',
        'UBND cấp xã',
      ]);
    });

    it('collapses inner whitespace and ignores empty pieces', () => {
      expect(names('Sở  Nội vụ;; ,  Sở Tư pháp ;')).toEqual(['Sở Nội vụ', 'Sở Tư pháp']);
    });
  });

  describe('scopes', () => {
    it('keeps separators inside parentheses and the scope as written', () => {
      expect(
        splitAgencies(
          'Sở Tài chính (chính sách phát triển kinh tế); Sở Y tế (chính sách khám chữa bệnh); Công an Thành phố (chính sách trật tự, an toàn xã hội); Sở Nội vụ (chính sách an sinh; chính sách cải cách hành chính).',
        ),
      ).toEqual([
        ref('Sở Tài chính', 'chính sách phát triển kinh tế'),
        ref('Sở Y tế', 'chính sách khám chữa bệnh'),
        ref('Công an Thành phố', 'chính sách trật tự, an toàn xã hội'),
        ref('Sở Nội vụ', 'chính sách an sinh; chính sách cải cách hành chính'),
      ]);
    });

    it('keeps the same agency twice when scopes differ', () => {
      expect(
        splitAgencies(
          'Sở Công Thương (điện sinh hoạt), Sở Xây dựng (giao thông nội đô), Sở Nông nghiệp và Môi trường (thu gom rác thải), Sở Xây dựng (nước sạch sinh hoạt)',
        ),
      ).toEqual([
        ref('Sở Công Thương', 'điện sinh hoạt'),
        ref('Sở Xây dựng', 'giao thông nội đô'),
        ref('Sở Nông nghiệp và Môi trường', 'thu gom rác thải'),
        ref('Sở Xây dựng', 'nước sạch sinh hoạt'),
      ]);
    });

    it('trims the scope', () => {
      expect(splitAgencies('Sở Y tế (  chính sách  )')).toEqual([ref('Sở Y tế', 'chính sách')]);
    });

    it('leaves a parenthesis in the middle of a name alone', () => {
      expect(splitAgencies('Các đơn vị sự nghiệp công lập (SNCL) thuộc Thành phố')).toEqual([
        ref('Các đơn vị sự nghiệp công lập (SNCL) thuộc Thành phố'),
      ]);
    });

    it('gives an empty scope as null', () => {
      expect(splitAgencies('Sở Y tế ()')).toEqual([ref('Sở Y tế')]);
    });
  });

  describe('unbalanced parentheses', () => {
    it('treats an unclosed parenthesis as the scope', () => {
      expect(splitAgencies('Sở Y tế (chính sách khám chữa bệnh; Sở Nội vụ')).toEqual([
        ref('Sở Y tế', 'chính sách khám chữa bệnh; Sở Nội vụ'),
      ]);
    });

    it('keeps a stray closing parenthesis in the name', () => {
      expect(splitAgencies('Sở Y tế) ; Sở Nội vụ')).toEqual([ref('Sở Y tế)'), ref('Sở Nội vụ')]);
    });

    it('keeps a lone parenthesis as a name', () => {
      expect(splitAgencies('(chính sách)')).toEqual([ref('(chính sách)')]);
      expect(splitAgencies('(')).toEqual([ref('(')]);
    });
  });

  it('never throws and never returns an empty name', () => {
    const alphabet = fc.constantFrom('Sở', ' ', '-', ';', ',', '.', '(', ')', 'các', 'UBND', 'ban', 'đ', '–', '\t', 'X');
    const cell = fc.oneof(fc.string(), fc.array(alphabet, { maxLength: 30 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(cell, (text) => {
        const refs = splitAgencies(text);
        for (const r of refs) {
          expect(r.name.trim()).not.toBe('');
          expect(r.name).toBe(r.name.trim());
          if (r.scope !== null) expect(r.scope.trim()).not.toBe('');
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('agencies typed one per line in a cell (Word paragraphs, <br>)', () => {
  it('are separate agencies when each line reads as a name', () => {
    expect(splitAgencies('Sở Giáo dục và Đào tạo\nSở Lao động - Thương binh và Xã hội\nSở Y tế').map((r) => r.name)).toEqual(['Sở Giáo dục và Đào tạo', 'Sở Lao động - Thương binh và Xã hội', 'Sở Y tế']);
    expect(splitAgencies('Các sở, ban, ngành\nUBND các huyện, thị xã, thành phố').map((r) => r.name)).toEqual(['Các sở, ban, ngành', 'UBND các huyện, thị xã, thành phố']);
  });
  it('is one agency when the next line goes on in lower case or a line is a lone word', () => {
    expect(splitAgencies('Trung tâm Phục vụ hành chính\ncông tỉnh').map((r) => r.name)).toEqual(['Trung tâm Phục vụ hành chính công tỉnh']);
    expect(splitAgencies('Sở\nNội vụ').map((r) => r.name)).toEqual(['Sở Nội vụ']);
  });
  it('is one agency when a line is only the head of a name, wrapped before its complement in a narrow printed cell (outsider trial, Đắk Lắk PDF)', () => {
    expect(splitAgencies('Văn phòng\nUBND tỉnh').map((r) => r.name)).toEqual(['Văn phòng UBND tỉnh']);
    expect(splitAgencies('Trung tâm\nPhục vụ hành chính công').map((r) => r.name)).toEqual(['Trung tâm Phục vụ hành chính công']);
    // A head with its complement on its own line is still a name of its own.
    expect(splitAgencies('Văn phòng UBND tỉnh\nUBND các huyện').map((r) => r.name)).toEqual(['Văn phòng UBND tỉnh', 'UBND các huyện']);
  });
});

describe('agencies listed on one line with spaced dashes', () => {
  it('splits where the dash is followed by the head of an agency name', () => {
    expect(splitAgencies('Sở Tài chính - Sở Nông nghiệp và Môi trường').map((r) => r.name)).toEqual(['Sở Tài chính', 'Sở Nông nghiệp và Môi trường']);
  });
  it('keeps an official name that holds a dash whole', () => {
    expect(splitAgencies('Sở Lao động - Thương binh và Xã hội').map((r) => r.name)).toEqual(['Sở Lao động - Thương binh và Xã hội']);
  });
});
