import fc from 'fast-check';
import { esc, XmlBytes } from '../../src/xlsx/write-lean';

/**
 * The lean writer puts a sheet's XML straight into bytes (issue #11: the strings it built were
 * several times a city master's size in garbage). Its text must be what escaping as a string and
 * encoding as UTF-8 gives, for any text a unit may type: Vietnamese, markup characters, control
 * characters XML cannot hold, characters outside the BMP and broken surrogate pairs — however
 * the chunks fall.
 */

function written(pieces: { text: string; escaped: boolean }[], chunk?: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const o = new XmlBytes((c) => chunks.push(c), chunk);
  for (const p of pieces) (p.escaped ? o.text(p.text) : o.raw(p.text));
  o.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const CHARS = [...'aZàảđêơưữự &<>"\'\t\n\r', '\u0000', '\u0001', '\u000b', '\u001f', '\ufffe', '\uffff', '\ud800', '\udc00', '\ud83d\ude00'];
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((cs) => cs.join('')),
);

describe('the lean writer’s bytes', () => {
  it('hold the same text as escaping as a string and encoding as UTF-8, whatever the text and the chunk size', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text: anyText, escaped: fc.boolean() }), { maxLength: 30 }), fc.constantFrom(undefined, 8, 13), (pieces, chunk) => {
        // Each piece on its own: a text always stands between markup, so half a surrogate pair at
        // a piece's end is broken in the string too (the old writer encoded it as U+FFFD as well).
        const encoded = pieces.map((p) => new TextEncoder().encode(p.escaped ? esc(p.text) : p.text));
        const expected = new Uint8Array(encoded.reduce((n, e) => n + e.length, 0));
        let at = 0;
        for (const e of encoded) {
          expected.set(e, at);
          at += e.length;
        }
        expect(written(pieces, chunk)).toEqual(expected);
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it('write markup and numbers as they are', () => {
    const out = written([{ text: '<c r="A1">', escaped: false }]);
    expect(new TextDecoder().decode(out)).toBe('<c r="A1">');
  });
});
