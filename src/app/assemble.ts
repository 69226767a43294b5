import { assign, hasWork, type Assignment } from '../agencies/recipients';
import { reportFileNames } from '../agencies/file-names';
import { MAILING_LIST_FILE, mailingList, returnAddress } from '../agencies/sending';
import { MAILING_LIST_WORKBOOK, mailingListWorkbook } from '../agency-workbook/mailing-list';
import { agencyWorkbook, type AgencyWorkbookOptions } from '../agency-workbook/write';
import type { MasterData } from '../master-workbook/read';
import { agencyPeriod, carriedByUnit, type Round } from './periods';
import type { Plan } from '../plan/schema';

/**
 * The report workbook of every recipient the plan gives work to, their mailing list and a .zip of
 * them all, as bytes with their file names: the command line writes them to a folder, the pane
 * offers the .zip for download or opens one workbook in Excel.
 */

export const ZIP_FILE = 'bao-cao-don-vi.zip';
/** Who collects the returns unless told otherwise. */
export const DEFAULT_RETURN_TO = 'Sở Nội vụ';

export interface AssembleOptions {
  /** As people read it ('15/12/2025'); see dates.ts. */
  due: string | null;
  to?: string;
  password: string | null;
  /** Keeps recipients whose name or code contains this text. */
  only?: string | null;
  generatedAt: string;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** The reporting round (issue #15): stamped into every workbook; its due date is the unit's unless `due` is given. */
  round?: Round | null;
  /** The previous round's master: each unit's workbook arrives pre-filled with what it reported there. */
  previous?: MasterData | null;
}

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

export interface Assembled {
  workbooks: NamedBytes[];
  /** The mailing list as .csv (formula cells neutralised) and as .xlsx (text cells: a Vietnamese Excel opens a comma CSV in one column). */
  mailingLists: NamedBytes[];
  zip: NamedBytes;
  /** Collectives named in the plan that name no one in particular: no workbook, said to the user. */
  unexpanded: { name: string; count: number }[];
  /** How many of the workbooks arrive pre-filled with last round's answers. */
  carried: number;
}

/** The recipients that answer for something, in the plan's order. */
export function recipients(plan: Plan, only: string | null = null): Assignment[] {
  return withWork(assign(plan).assignments, only);
}

function withWork(assignments: Assignment[], only: string | null): Assignment[] {
  const wanted = (a: Assignment) => !only || `${a.recipient.name} ${a.recipient.code ?? ''}`.toLowerCase().includes(only.toLowerCase());
  return assignments.filter((a) => hasWork(a) && wanted(a));
}

/** One recipient's workbook (by its key), or null when the plan gives it no work. */
export async function agencyWorkbookFile(plan: Plan, key: string, o: AssembleOptions): Promise<NamedBytes | null> {
  const all = recipients(plan);
  const a = all.find((x) => x.recipient.key === key);
  if (!a) return null;
  const { writeWorkbook } = await import('../xlsx/write');
  // Named among every recipient of the plan, so the name is the one the whole round uses.
  return { name: reportFileNames(all.map((x) => x.recipient)).get(key)!, bytes: await writeWorkbook(agencyWorkbook(plan, a, unitOptions(workbookOptions(plan, o), a, o, carriedOf(o)))) };
}

export async function assembleWorkbooks(plan: Plan, o: AssembleOptions): Promise<Assembled> {
  const { writeWorkbook } = await import('../xlsx/write');
  const { zipFiles } = await import('../xlsx/zip');
  const { assignments, unexpanded } = assign(plan);
  const wanted = withWork(assignments, o.only ?? null);
  // Named among every recipient of the plan: a name never changes with `only`, and no two are alike.
  const names = reportFileNames(withWork(assignments, null).map((a) => a.recipient));
  const options = workbookOptions(plan, o);
  const carried = carriedOf(o);
  const workbooks: NamedBytes[] = [];
  for (const a of wanted) {
    if (o.signal?.aborted) throw new Error('cancelled');
    workbooks.push({ name: names.get(a.recipient.key)!, bytes: await writeWorkbook(agencyWorkbook(plan, a, unitOptions(options, a, o, carried))) });
    o.onProgress?.(workbooks.length, wanted.length);
  }
  const people = wanted.map((a) => a.recipient);
  const mailingLists = [
    { name: MAILING_LIST_FILE, bytes: new TextEncoder().encode(mailingList(people, names)) },
    { name: MAILING_LIST_WORKBOOK, bytes: await writeWorkbook(mailingListWorkbook(people, names)) },
  ];
  const prefilled = wanted.filter((a) => carried?.has(a.recipient.name)).length;
  return { workbooks, mailingLists, zip: { name: ZIP_FILE, bytes: zipFiles([...workbooks, ...mailingLists]) }, unexpanded, carried: prefilled };
}

function workbookOptions(plan: Plan, o: AssembleOptions): AgencyWorkbookOptions {
  return { dueDate: o.due, returnTo: returnAddress(plan, o.to ?? DEFAULT_RETURN_TO), generatedAt: o.generatedAt, password: o.password };
}

/** Last round's answers by unit name, read once per run. */
function carriedOf(o: AssembleOptions): ReturnType<typeof carriedByUnit> | null {
  return o.previous ? carriedByUnit(o.previous, o.round ?? null) : null;
}

/** One unit's options: the round stamped, and its own answers of last round. */
function unitOptions(base: AgencyWorkbookOptions, a: Assignment, o: AssembleOptions, carried: ReturnType<typeof carriedByUnit> | null): AgencyWorkbookOptions {
  const mine = carried?.get(a.recipient.name) ?? null;
  const round = o.round ?? null;
  return { ...base, period: round ? agencyPeriod(round, mine?.from ?? null) : null, carried: mine?.rows ?? null };
}
