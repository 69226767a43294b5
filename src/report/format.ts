/** Numbers and dates as a Vietnamese document writes them: 9,45; 1.250; 30/09/2025. */

/** A score with at most four decimals and no trailing zeros, decimal comma, thousands with a dot: 9,45; 43,7747; 1.250. */
export function viNumber(n: number, maxDecimals = 4): string {
  const fixed = (Math.round(n * 10 ** maxDecimals) / 10 ** maxDecimals).toFixed(maxDecimals);
  const [whole, frac = ''] = fixed.replace(/^-/, '').split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimals = frac.replace(/0+$/, '');
  const sign = n < 0 && (whole !== '0' || decimals !== '') ? '-' : '';
  return `${sign}${grouped}${decimals ? `,${decimals}` : ''}`;
}

/** A signed difference: +0,25 / -1,3 / 0. */
export function viSigned(n: number): string {
  return n > 0 ? `+${viNumber(n)}` : viNumber(n);
}

/** 'YYYY-MM-DD' -> 'dd/mm/yyyy'. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * 'YYYY-MM-DD' -> 'ngày 05 tháng 01 năm 2026', the way a document dates itself: Nghị định 30
 * writes a zero before days under 10 and before months 1 and 2 only ('ngày 09 tháng 6').
 */
export function viLongDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  const month = Number(m);
  return `ngày ${d} tháng ${month <= 2 ? String(month).padStart(2, '0') : month} năm ${y}`;
}

/** n of total as a share: '12,5%'; '0%' when there is nothing to share. */
export function viPercent(n: number, total: number): string {
  return total === 0 ? '0%' : `${viNumber((n / total) * 100, 1)}%`;
}
