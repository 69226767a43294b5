import fc from 'fast-check';
import { decodeUtf8 } from '../../src/xlsx/utf8';

/** The reader's UTF-8 decoder gives exactly what the platform's gives, for any bytes at all. */
const platform = new TextDecoder('utf-8');
const encode = (s: string) => new TextEncoder().encode(s);

describe('decoding UTF-8', () => {
  it('reads Vietnamese, symbols and characters outside the basic plane as written', () => {
    for (const s of ['', 'a', 'Ủy ban nhân dân thành phố Hà Nội', 'Chỉ số PAR INDEX ≥ 90 %', '“Đạt” – 😀 𝔸', 'ﬀ\uFEFFx']) expect(decodeUtf8(encode(s))).toBe(s);
  });

  it('gives the platform’s answer for a byte order mark, cut-off, overlong, surrogate and stray bytes', () => {
    const cases = [
      [0xef, 0xbb, 0xbf, 0x41],
      [0xef, 0xbb, 0xbf],
      [0xe1, 0xbb],
      [0xc3],
      [0x41, 0xf0, 0x9f, 0x98],
      [0xc0, 0x80],
      [0xe0, 0x80, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf0, 0x80, 0x80, 0x80],
      [0x80, 0x41],
      [0xff, 0xfe, 0x41],
    ];
    for (const bytes of cases) expect(decodeUtf8(new Uint8Array(bytes))).toBe(platform.decode(new Uint8Array(bytes)));
  });

  it('gives the platform’s answer for any string’s bytes, damaged or not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }), (s, damage) => {
        const bytes = encode(s);
        for (const [at, b] of damage) if (bytes.length > 0) bytes[at % bytes.length] = b;
        expect(decodeUtf8(bytes)).toBe(platform.decode(bytes));
      }),
      { numRuns: 20_000, seed: 8 },
    );
  });

  it('gives the platform’s answer for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(decodeUtf8(bytes)).toBe(platform.decode(bytes));
      }),
      { numRuns: 20_000, seed: 9 },
    );
  });

  it('reads a part larger than the array it keeps, and a small one after it', () => {
    const big = 'Sở Nội vụ '.repeat(300_000);
    expect(decodeUtf8(encode(big))).toBe(big);
    expect(decodeUtf8(encode('Hà Nội'))).toBe('Hà Nội');
  });
});
