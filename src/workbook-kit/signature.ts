import type { CellSpec, RowSpec } from './spec';

/** One signer of a report: the title ('THỦ TRƯỞNG ĐƠN VỊ') and what the signer does ('(Ký, ghi rõ họ tên, đóng dấu)'). */
export interface Signer {
  title: string;
  note: string;
}

/**
 * The signature block of a report in the Nghị định 30/2020 frame, inside the print area: the
 * place and date line over the signer on the right, room to sign, and an optional second signer
 * (who prepared it) on the left. `columns` are the 1-based columns of the left and right signer.
 */
export function signatureRows(columns: { left: number | null; right: number }, right: Signer, left: Signer | null = null): RowSpec[] {
  const row = (l: CellSpec | null, r: CellSpec): RowSpec => {
    const cells: (CellSpec | null)[] = [];
    if (columns.left !== null && l) cells[columns.left - 1] = l;
    cells[columns.right - 1] = r;
    return { cells: Array.from(cells, (c) => c ?? null) };
  };
  const blank = (): RowSpec => ({ cells: [] });
  return [
    blank(),
    row(null, { value: '……………, ngày …… tháng …… năm ………', style: 'signNote' }),
    row(left ? { value: left.title, style: 'signTitle' } : null, { value: right.title, style: 'signTitle' }),
    row(left ? { value: left.note, style: 'signNote' } : null, { value: right.note, style: 'signNote' }),
    // Room to sign and stamp.
    { cells: [], height: 60 },
  ];
}
