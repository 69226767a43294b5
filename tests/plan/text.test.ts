import fc from 'fast-check';
import { cleanText, fold, repairEscapes, stripDiacritics } from '../../src/plan/text';

describe('repairEscapes', () => {
  it('decodes a 00XX escape at the start of text', () => {
    expect(repairEscapes('0050AR INDEX')).toEqual({ text: 'PAR INDEX', repairs: [{ from: '0050', to: 'P' }] });
  });

  it('decodes an escaped space between two words', () => {
    expect(repairEscapes('đang0020được')).toEqual({ text: 'đang được', repairs: [{ from: '0020', to: ' ' }] });
  });

  it('decodes after whitespace and reports every repair in order', () => {
    expect(repairEscapes('Chỉ số 0050AR và 0053IPAS')).toEqual({
      text: 'Chỉ số PAR và SIPAS',
      repairs: [
        { from: '0050', to: 'P' },
        { from: '0053', to: 'S' },
      ],
    });
  });

  it.each([
    ['00070'], // longer digit run
    ['2025'],
    ['10020abc'], // the 4 digits sit inside a longer run
    ['năm 2025 đạt 0050'], // nothing on the right
    ['0050 AR'], // a space, not a letter, on the right
    ['x10050AR'],
    ['a001Fb'], // below 0x20: a control character, not printable text
    ['a007Fb'], // DEL
    ['a0080b'], // outside ASCII
    ['9,50050AR'], // a digit on the left
    ['Đạt 86,50 điểm'],
  ])('leaves %j untouched', (text) => {
    expect(repairEscapes(text)).toEqual({ text, repairs: [] });
  });

  it('never changes text without reporting it', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = repairEscapes(s);
        if (r.repairs.length === 0) expect(r.text).toBe(s);
        else expect(r.text.length).toBe(s.length - 3 * r.repairs.length);
      }),
    );
  });
});

describe('cleanText', () => {
  it('collapses whitespace runs, newlines and NBSP, and trims', () => {
    expect(cleanText('  Sở \u00a0 Tư\n\tpháp  ')).toBe('Sở Tư pháp');
  });

  it('drops zero-width characters', () => {
    expect(cleanText('Sở\u200bTư pháp')).toBe('SởTư pháp');
  });

  it('leaves clean text alone and empties blank text', () => {
    expect(cleanText('Sở Y tế')).toBe('Sở Y tế');
    expect(cleanText(' \n ')).toBe('');
  });
});

describe('fold', () => {
  it('strips diacritics, đ, case and punctuation', () => {
    expect(fold('Tiếp cận dịch vụ Tư pháp')).toBe('tiep can dich vu tu phap');
    expect(fold('ĐỔI MỚI, sáng tạo!')).toBe('doi moi sang tao');
    expect(fold('  UBND  cấp xã (phường)  ')).toBe('ubnd cap xa phuong');
  });

  it('folds precomposed and decomposed spellings alike', () => {
    expect(fold('Thường xuyên'.normalize('NFC'))).toBe(fold('Thường xuyên'.normalize('NFD')));
  });

  it('does not equate different words', () => {
    expect(fold('Sở Tư pháp')).not.toBe(fold('Sở Tài chính'));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => expect(fold(fold(s))).toBe(fold(s))));
  });
});

describe('stripDiacritics', () => {
  it('keeps case and punctuation', () => {
    expect(stripDiacritics('Quý IV/2025, Đà Nẵng')).toBe('Quy IV/2025, Da Nang');
  });
});
