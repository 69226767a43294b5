/**
 * A PDF bomb is a small file whose compressed streams inflate to gigabytes. pdf.js keeps a
 * stream's whole decoded bytes in memory, so such a file could exhaust memory before any
 * deadline fires. Before pdf.js sees the file, every Flate stream is inflated here, counting
 * bytes and keeping none, and the file is refused once the total passes the cap.
 */

/** Far above any plan: a 100-page plan's streams inflate to a few MB. */
export const MAX_INFLATED_BYTES = 128 * 1024 * 1024;

/**
 * True when the file's Flate streams together inflate to more than `cap` bytes. Inflating uses
 * the platform's DecompressionStream (native zlib in Node and browsers): fast, and read chunk by
 * chunk, so nothing is kept.
 */
export async function inflatesBeyond(bytes: Uint8Array, cap = MAX_INFLATED_BYTES): Promise<boolean> {
  let total = 0;
  for (const body of flateStreams(bytes)) {
    const reader = new Blob([body.slice()]).stream().pipeThrough(new DecompressionStream('deflate')).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.length;
        if (total > cap) {
          await reader.cancel().catch(() => undefined);
          return true;
        }
      }
    } catch {
      // A broken stream is pdf.js's to judge; only the size counts here.
    }
  }
  return false;
}

const STREAM = [0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // 'stream'

/** Bodies of the streams whose dictionary names /FlateDecode (text search, as a repairing reader does). */
function* flateStreams(bytes: Uint8Array): Generator<Uint8Array> {
  const text = latin1(bytes);
  let from = 0;
  for (;;) {
    const at = text.indexOf('stream', from);
    if (at < 0) return;
    from = at + STREAM.length;
    if (text.startsWith('end', at - 3)) continue; // 'endstream'
    const dictStart = text.lastIndexOf('<<', at);
    if (dictStart < 0 || at - dictStart > 4096 || !text.slice(dictStart, at).includes('/FlateDecode')) continue;
    let start = at + STREAM.length;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    const end = text.indexOf('endstream', start);
    const body = bytes.subarray(start, end < 0 ? bytes.length : end);
    from = end < 0 ? bytes.length : end + 9;
    yield body;
  }
}

function latin1(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) parts.push(String.fromCharCode(...bytes.subarray(i, i + 8192)));
  return parts.join('');
}
