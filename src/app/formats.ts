import type { PlanSource } from '../import';
import { readDocxHtml, readHtmlFile, readTextFile, type SourceNote, type SourceRead } from '../import/source-read';
import type { ReadProblem } from '../strings';
import type { ReadWorkbook } from '../workbook-kit/read-model';
import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import { withListLabels } from '../import/word-numbering';
import { DOCX_FORMAT, fflateInflate, inflateEntry, inspectDocx, openDocx, XLSX_FORMAT, zipEntryNames, type GuardProblem, type RawInflate, type ZipEntry } from '../xlsx/guard';
import type { ReadNote, ReadProblem as XlsxProblem, ReadResult } from '../xlsx/read';

/**
 * Every kind of file a plan can come in, in one table. A file is given to the format its
 * extension names; a file whose extension names none goes to the first format that recognises
 * its content (`sniff`), and failing all, it is read as text. Adding a format is one entry:
 * `sourceFormat(name, extensions, sniff, read)` for anything that yields a PlanSource.
 */

/** Why nothing could be read (a problem cut off at a line says which). */
export interface LoadFailure {
  ok: false;
  problem: ReadProblem;
}

/** What a format's reader gives: a source for the importer, a plan workbook as read, or why not. */
export type FormatRead =
  | { ok: true; kind: 'source'; source: PlanSource; notes: SourceNote[] }
  | { ok: true; kind: 'workbook'; workbook: ReadWorkbook; notes: ReadNote[] }
  | LoadFailure;

/** A workbook read off the caller's thread may also time out. */
export type WorkbookRead = ReadResult | { ok: false; problem: { kind: 'timeout' } };

/** What a shell lends the readers: how it reads an .xlsx (the CLI: a worker with a time limit) and its inflater. */
export interface ReadIo {
  readXlsx?: (bytes: Uint8Array) => Promise<WorkbookRead>;
  /** Raw deflate for the zip guard (the CLI passes Node's zlib); fflate by default. */
  inflate?: RawInflate;
}

export interface PlanFormat {
  name: string;
  /** Lower case, without the dot. */
  extensions: readonly string[];
  /** Whether the bytes are of this format, for a file whose extension says nothing. */
  sniff: (bytes: Uint8Array) => boolean;
  read: (bytes: Uint8Array, io: ReadIo) => Promise<FormatRead>;
}

/** A reader that turns the file into a PlanSource (or says why it cannot), as a format. */
export function sourceFormat(
  name: string,
  extensions: readonly string[],
  sniff: (bytes: Uint8Array) => boolean,
  read: (bytes: Uint8Array, io: ReadIo) => Promise<PlanSource | LoadFailure | SourceReadOk>,
): PlanFormat {
  return {
    name,
    extensions,
    sniff,
    read: async (bytes, io) => {
      const r = await read(bytes, io);
      if (!('ok' in r)) return { ok: true, kind: 'source', source: r, notes: [] };
      if (!r.ok) return r;
      return { ok: true, kind: 'source', source: r.source, notes: r.notes };
    },
  };
}

const failure = (kind: Exclude<ReadProblem['kind'], 'cut-off' | 'space-aligned' | 'source'>): LoadFailure => ({ ok: false, problem: { kind } as ReadProblem });

/** The one rule for "is this HTML": it opens with a tag or a comment, or it holds a table element. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*<(?:!doctype|!--|html|head|body|meta|style|table|div|p|span|h[1-6])\b/i.test(text) || /<table[\s>]/i.test(text.slice(0, 1024 * 1024));
}

/**
 * The first bytes as text, only to sniff whether a file without a telling extension is HTML:
 * UTF-8, or UTF-16 when a byte-order mark says so. Reading a file is the source readers' job
 * (import/source-read.ts: every encoding a plan comes in).
 */
function decodeText(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
}

const head = (bytes: Uint8Array): string => decodeText(bytes.subarray(0, 4096));

const isZip = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5);

/** A zip holding these parts (read from its directory, nothing inflated). */
const zipHolding = (parts: readonly string[]) => (bytes: Uint8Array): boolean => {
  if (!isZip(bytes)) return false;
  const names = zipEntryNames(bytes);
  return names !== null && parts.every((p) => names.includes(p));
};

/** mammoth's CommonJS exports: in Node the module itself, in the pane's split chunk its default export. */
type Mammoth = typeof import('mammoth');
async function mammoth(): Promise<Mammoth> {
  const mod = (await import('mammoth')) as Mammoth & { default?: Mammoth };
  return typeof mod.convertToHtml === 'function' ? mod : mod.default!;
}

const guardProblem = (p: GuardProblem | XlsxProblem | { kind: 'unreadable' | 'timeout' }): Exclude<ReadProblem['kind'], 'cut-off' | 'space-aligned' | 'source'> => (p.kind === 'unreadable' ? 'damaged' : p.kind);

/** A source reader's answer as a format's: its problem said as a read problem. */
type SourceReadOk = Extract<SourceRead, { ok: true }>;
const fromSourceRead = (r: SourceRead): SourceReadOk | LoadFailure => {
  if (r.ok) return r;
  const p = r.problem;
  return { ok: false, problem: p.reason === 'empty' || p.reason === 'binary' ? { kind: p.reason } : { kind: 'source', problem: p } };
};

/** Text in any encoding a plan comes in (UTF-8/16, Windows-1258, TCVN3 and VNI legacy fonts), or tab-separated cells. */
export const TEXT_FORMAT = sourceFormat('text', ['txt', 'tsv'], () => false, async (bytes) => fromSourceRead(readTextFile(bytes)));

export const HTML_FORMAT = sourceFormat('html', ['html', 'htm'], (bytes) => looksLikeHtml(head(bytes)), async (bytes) => fromSourceRead(readHtmlFile(bytes)));

/** A PDF with a text layer: its ruled tables rebuilt (src/pdf); a scan is answered as such. */
export const PDF_FORMAT = sourceFormat('pdf', ['pdf'], (b) => b.length >= 5 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46, async (bytes) => {
  const { readPdfFile } = await import('../pdf/read-pdf');
  return fromSourceRead(await readPdfFile(bytes));
});

/**
 * Word: its tables through mammoth's HTML, after the zip guard (a small .docx may inflate to
 * gigabytes). A .doc, or a .docx Word encrypted (both OLE files), is answered with how to save it as .docx.
 */
export const DOCX_FORMAT_ENTRY = sourceFormat('docx', ['docx', 'docm', 'doc'], zipHolding(DOCX_FORMAT.required), async (bytes, io) => {
  const guarded = inspectDocx(bytes, {}, io.inflate);
  if (!guarded.ok) return failure(guarded.problem.kind === 'old-format' || guarded.problem.kind === 'encrypted' ? 'old-word-format' : guardProblem(guarded.problem));
  const m = await mammoth();
  const docx = withWordListLabels(guarded.bytes, io.inflate);
  // mammoth's browser build reads `arrayBuffer`, its Node build `buffer`: give both.
  const arrayBuffer = docx.buffer.slice(docx.byteOffset, docx.byteOffset + docx.byteLength) as ArrayBuffer;
  try {
    const { value } = await m.convertToHtml({ arrayBuffer, buffer: docx } as unknown as { arrayBuffer: ArrayBuffer });
    // Paragraphs of one cell are separate lines, as they were in Word (a list of agencies, one per line).
    return fromSourceRead(readDocxHtml(value));
  } catch {
    return failure('corrupt');
  }
});

/**
 * The .docx with Word's automatic list numbers ("1.", "II.") written into its body as text
 * (import/word-numbering.ts): mammoth drops them in table cells, and an STT column numbered by a
 * list read empty. The bytes as given when there is no numbering part, nothing is numbered, or
 * anything fails: labels are a help, never a reason not to read the document.
 */
export function withWordListLabels(bytes: Uint8Array, inflate: RawInflate = fflateInflate): Uint8Array {
  try {
    const opened = openDocx(bytes);
    if (!opened.ok) return bytes;
    const entries = opened.entries;
    // The usual part names, which the guard already requires of the body; numbering elsewhere is not looked for.
    const named = (name: string): ZipEntry | undefined => entries.find((e) => e.name.replace(/^\//, '') === name);
    const numberingEntry = named('word/numbering.xml');
    const documentEntry = named('word/document.xml');
    if (!numberingEntry || !documentEntry) return bytes;
    const text = (e: ZipEntry | undefined): string | null => {
      if (!e) return null;
      const data = inflateEntry(bytes, e, inflate);
      return data.ok ? strFromU8(data.bytes) : null;
    };
    const documentXml = text(documentEntry);
    if (documentXml === null) return bytes;
    const labelled = withListLabels(documentXml, text(numberingEntry), text(named('word/styles.xml')));
    if (labelled === documentXml) return bytes;
    const files: Zippable = {};
    for (const e of entries) {
      if (e.name.endsWith('/')) continue;
      if (e === documentEntry) {
        files[e.name] = strToU8(labelled);
        continue;
      }
      const data = inflateEntry(bytes, e, inflate);
      if (!data.ok) return bytes;
      files[e.name] = data.bytes;
    }
    return zipSync(files, { level: 1 });
  } catch {
    return bytes;
  }
}

/** A chiso plan workbook, read as people left it. */
export const PLAN_WORKBOOK_FORMAT: PlanFormat = {
  name: 'plan-workbook',
  // .xls and .ods are not read, but named: the guard tells them apart and says how to save them as .xlsx.
  extensions: ['xlsx', 'xlsm', 'xls', 'ods'],
  sniff: zipHolding(XLSX_FORMAT.required),
  read: async (bytes, io) => {
    const read = io.readXlsx ? await io.readXlsx(bytes) : await (await import('../xlsx/read')).readWorkbook(bytes, {}, io.inflate);
    if (!read.ok) return failure(guardProblem(read.problem));
    return { ok: true, kind: 'workbook', workbook: read.workbook, notes: read.notes };
  },
};

/** In the order content is tried; text is what is left. */
export const FORMATS: readonly PlanFormat[] = [PLAN_WORKBOOK_FORMAT, DOCX_FORMAT_ENTRY, PDF_FORMAT, HTML_FORMAT, TEXT_FORMAT];

/** The format a file is read as: by its extension, else by its content, else text. */
export function formatOf(name: string, bytes: Uint8Array, formats: readonly PlanFormat[] = FORMATS): PlanFormat {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  return formats.find((f) => f.extensions.includes(ext)) ?? formats.find((f) => f.sniff(bytes)) ?? TEXT_FORMAT;
}
