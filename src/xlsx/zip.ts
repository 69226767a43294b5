import { zipSync } from 'fflate';

/** Several files in one .zip (the agency workbooks, to send or download at once). */
export function zipFiles(files: { name: string; bytes: Uint8Array }[]): Uint8Array {
  // Workbooks are already deflated inside: store them as they are.
  return zipSync(Object.fromEntries(files.map((f) => [f.name, [f.bytes, { level: 0 }]])));
}
