/** pdf.js ships no types for its worker module; this file only needs to know it exists. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
