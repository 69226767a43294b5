/**
 * Request-size accounting for Office.js batches. Excel on the web rejects a request or a
 * response over 5 MB, so a batch is synced before its queued payload would pass 4 MB.
 */

export const SYNC_PAYLOAD_LIMIT = 4 * 1024 * 1024;

/**
 * Office.js wraps each queued command in an action and an object path (ids, names, argument
 * info): counted at ~160 bytes, so many small commands cannot push a request past Excel's 5 MB.
 */
export const COMMAND_OVERHEAD = 160;

/** UTF-8 length without allocating (Vietnamese text is mostly 2–3 bytes a character). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of a value as JSON, the way it travels in a request. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}
