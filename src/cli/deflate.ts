import { constants, crc32, deflateRawSync } from 'node:zlib';
import type { DeflatedEntry, EntryDeflater } from '../xlsx/write-lean';

/** Text gathered before one native deflate call: large enough that restarting the window costs nothing measurable. */
const BATCH = 1 << 20;

/**
 * Node's native zlib for the lean writer's zip entries (several times faster than fflate's
 * JavaScript deflate). Each batch is deflated on its own and ends on a sync flush, so the
 * batches join into one valid deflate stream; the last one finishes it. Memory: one batch.
 */
export const nodeDeflater: EntryDeflater = (filename) => {
  let pending: Uint8Array[] = [];
  let pendingSize = 0;
  const entry: DeflatedEntry = {
    filename,
    compression: 8,
    crc: 0,
    size: 0,
    terminate() {
      pending = [];
      pendingSize = 0;
    },
    push(chunk, final) {
      entry.crc = crc32(chunk, entry.crc);
      entry.size += chunk.length;
      pending.push(chunk);
      pendingSize += chunk.length;
      if (pendingSize < BATCH && !final) return;
      const text = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
      pending = [];
      pendingSize = 0;
      const out = deflateRawSync(text, { level: 6, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
      entry.ondata?.(null, new Uint8Array(out.buffer, out.byteOffset, out.length), final);
    },
  };
  return entry;
};
