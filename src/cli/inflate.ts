import { inflateRawSync } from 'node:zlib';
import type { RawInflate } from '../xlsx/guard';

/** Node's native zlib for the guard: `maxOutputLength` makes it stop at the declared size, so a lying entry costs nothing. */
export const nodeInflate: RawInflate = (raw, size) => {
  try {
    const out = inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
    return out.length === size ? new Uint8Array(out.buffer, out.byteOffset, out.length) : null;
  } catch {
    return null;
  }
};
