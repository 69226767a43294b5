import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import type { WorkbookSpec } from '../workbook-kit/spec';
import { fillWorkbook, fixXml } from './write';

/**
 * WorkbookSpec -> .xlsx bytes through exceljs's streaming writer (Node only): each row is written
 * out and let go as soon as it is filled. Same sheets, styles and print setup as writeWorkbook;
 * for the master of a compile, whose tens of thousands of rows made the in-memory writer the
 * largest use of memory of the whole command.
 */
export async function writeWorkbookStreaming(spec: WorkbookSpec): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  await fillWorkbook(wb, spec, true);
  await wb.commit();
  await ended;
  return fixXml(new Uint8Array(Buffer.concat(chunks)), spec);
}
