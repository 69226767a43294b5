/**
 * Saves bytes as a file through an anchor download. Downloads do not work in the Mac desktop
 * webview; there the pane offers "open as a new workbook" (Excel.createWorkbook) as well.
 */
export function downloadBytes(bytes: Uint8Array, name: string, type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
