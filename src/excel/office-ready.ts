/// <reference types="office-js" />

/**
 * Whether the pane runs inside Excel, and Office's display language. Outside Office (a plain
 * browser, where office.js did not load) the pane works on files instead.
 */
export interface OfficeEnvironment {
  inExcel: boolean;
  /** 'vi-VN', 'en-US'…; null outside Office. */
  displayLanguage: string | null;
}

export async function detectOffice(timeoutMs = 3000): Promise<OfficeEnvironment> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== 'function') return { inExcel: false, displayLanguage: null };
  const info = await Promise.race([office.onReady(), new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs))]);
  const inExcel = info !== null && info.host === office.HostType.Excel;
  return { inExcel, displayLanguage: inExcel ? office.context?.displayLanguage ?? null : null };
}
