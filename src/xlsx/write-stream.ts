import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { withAllRows, type WorkbookSpec } from '../workbook-kit/spec';
import { fillWorkbook, fixXml } from './write';
import { leanSurvey, type EntryDeflater, writeLeanBytes } from './write-lean';

/**
 * WorkbookSpec -> .xlsx bytes for workbooks of tens of thousands of rows (Node only): the master
 * of a compile. A listing workbook goes through the lean writer (write-lean.ts: one pass straight
 * into the zip, each part deflated once, nothing kept per row); a workbook that needs protection,
 * validations or conditional formats through exceljs's streaming writer, stored, then patched and
 * deflated once by fixXml.
 */
export async function writeWorkbookStreaming(spec: WorkbookSpec, deflater?: EntryDeflater): Promise<Uint8Array> {
  // One pass over the rows finds both whether the lean writer covers the spec and its repeated text.
  const surveyed = leanSurvey(spec);
  return surveyed.gaps.length === 0 ? writeLeanBytes(spec, deflater, surveyed) : writeExceljsStreaming(spec);
}

/** exceljs's streaming writer, stored, then patched and deflated once (also the bench's comparison for the lean writer). */
export async function writeExceljsStreaming(given: WorkbookSpec): Promise<Uint8Array> {
  // fixXml patches rows by their index: streamed rows are made here (this path is for workbooks that need exceljs).
  const spec = withAllRows(given);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true, zip: { store: true } } as unknown as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>);
  await fillWorkbook(wb, spec, true);
  await wb.commit();
  await ended;
  return fixXml(new Uint8Array(Buffer.concat(chunks)), spec);
}
