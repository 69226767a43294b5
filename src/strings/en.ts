import type { CompileCounts } from '../agencies/compile';
import type { DueSource } from '../periods/calendar';
import type { Finding } from '../plan/schema';
import { columnLetter } from '../workbook-kit/spec';
import { isFileProblem } from '../agencies/file-problems';
import { fieldOf, itemWords, listOf, placed, subjectOf, wordFinding, wordReadProblem, wordRefusal } from './format';
import type { ColumnStatus } from '../import/columns';
import { parsePeriod, periodName } from '../periods/ids';
import type { ArgProblem, ReadProblemWords, RefusalWords, RuleWords, Strings } from './types';

/** English, for `--lang en` and an English Office display language. */

/** '1 error', '3 errors': a count with its noun, singular for one. */
const count = (k: number, one: string, many = `${one}s`): string => `${k} ${k === 1 ? one : many}`;

const FIELD: Record<string, string> = {
  max: 'max points',
  result: 'result',
  target: 'target',
  lead: 'lead agency',
  support: 'supporting agency',
  deadline: 'deadline',
  code: 'number',
  number: 'number',
  task: 'task',
  output: 'output',
  name: 'name',
  date: 'date',
  resultYear: 'result year',
  targetYear: 'target year',
  criteria: 'linked criteria',
};

function n(v: unknown): string {
  if (typeof v === 'number') return String(Number(v.toFixed(6)));
  if (v === null || v === undefined) return '(blank)';
  return String(v);
}

const WORDS = { task: 'Task', group: 'Group', total: 'total' };
const subject = (f: Finding) => subjectOf(f, WORDS);
const field = (f: Finding) => fieldOf(f, FIELD);
const list = (v: unknown) => listOf(v, n);

/** Every rule of FindingSchema in one sentence that says what is wrong and, where it helps, what to do. */
const RULES: RuleWords = {
  'sum.children': (f) => f.details.explainedByRounding
    ? `${subject(f)}: ${field(f)} states ${n(f.stated)}, its children add up to ${n(f.computed)} — off by ${n(f.details.difference)}, within rounding (${n(f.details.tolerance)}).`
    : f.severity === 'info'
      ? `${subject(f)}: ${field(f)} written in words (${n(f.stated)}) is an aspiration, not a sum; its children add up to ${n(f.computed)}. For information.`
      : `${subject(f)}: ${field(f)} states ${n(f.stated)} but its ${n(f.details.children)} children add up to ${n(f.computed)} — off by ${n(f.details.difference)}, beyond rounding (${n(f.details.tolerance)}). Check the parent or its children.`,
  'sum.max-missing': (f) => `${subject(f)}: the max cell is empty. Write the criterion's max so its parent's max can be added up.`,
  'sum.children-incomplete': (f) =>
    `${subject(f)}: ${field(f)} states ${n(f.stated)} but its children cannot be added up to compare, as ${list(f.details.missing)} has no ${field(f)}.`,
  'sipas.mean': (f) => `${subject(f)}: ${field(f)} states ${n(f.stated)}, the mean of the groups is ${n(f.computed)} — off by ${n(f.details.difference)}${f.details.explainedByRounding ? ', within rounding.' : f.severity === 'info' ? '; a target written in words is an aspiration, not a mean. For information.' : '. Check the overall figure.'}`,
  'sipas.bounds': (f) => `${subject(f)}: ${field(f)} ${n(f.stated)} is outside 0–100%.`,
  'cross.sipas-par': (f) => `${subject(f)}: ${field(f)} states ${n(f.stated)} but the SIPAS figure divided by ten is ${n(f.computed)}. The appendices must agree; correct one of them.`,
  'bounds.result-above-max': (f) => `${subject(f)}: result ${n(f.stated)} is above the max of ${n(f.computed)}.`,
  'bounds.target-above-max': (f) => `${subject(f)}: target ${n(f.stated)} is above the max of ${n(f.computed)} — unreachable; lower it to at most ${n(f.computed)}.`,
  'bounds.negative': (f) => `${subject(f)}: ${field(f)} is negative (${n(f.stated)}).`,
  'target.below-result': (f) => `${subject(f)}: target ${n(f.stated)} is below last year's result ${n(f.computed)} — the plan accepts a loss.`,
  'target.no-gain': (f) => `${subject(f)}: target equals last year's result (${n(f.stated)}) while below the max — no gain planned (${n(f.details.atStakeMax)} points left).`,
  'target.missing': (f) => `${subject(f)}: has a result (${n(f.details.result)}) but no target. Add a target.`,
  'target.missed': (f) => `${subject(f)}: result ${n(f.stated)} misses the target ${n(f.computed)} — ${n(f.details.atStakeTarget)} points to gain; ${n(f.details.atStakeMax)} below the max.`,
  'numbering.skipped': (f) => `${subject(f)}: numbering jumps from ${n(f.computed)} to ${n(f.stated)} — ${list(f.details.missing)} missing.`,
  'numbering.orphan': (f) => `${subject(f)}: its parent ${n(f.details.parent)} is not in the appendix.`,
  'numbering.duplicate': (f) => `${subject(f)}: number ${n(f.stated)} is used twice; the later row was given ${n(f.computed)}.`,
  'numbering.wrong-parent': (f) => `${subject(f)}: code ${n(f.stated)} sits in area ${n(f.details.area)} — probably ${n(f.computed)}.`,
  'numbering.code-repaired': (f) => `${subject(f)}: number “${n(f.stated)}” read as ${n(f.computed)}.`,
  'numbering.number-cell': (f) => `${subject(f)}: the number cell holds ${n(f.stated)} (Excel drops the last zero of ${n(f.computed)}); read as ${n(f.computed)} because it follows ${n(f.details.previous)}. Format the number column as Text and type it again to keep it.`,
  'text.repaired': (f) => `${subject(f) ? subject(f) + ': ' : ''}repaired escaped characters in the ${field(f)} (${list(f.details.repairs)}).`,
  'agency.spellings': (f) => `One agency spelled several ways: ${list(f.details.spellings)} — unified as “${n(f.details.canonical)}”.`,
  'agency.inherited': (f) => `${subject(f)}: blank lead cell (or merged with the one above) — continues the row above: ${n(f.computed)}.`,
  'agency.missing-lead': (f) => `${subject(f)}: no lead agency. Add one.`,
  'agency.unknown': (f) => `${subject(f)}: ${field(f)} “${n(f.stated)}” is not on the Đơn vị sheet. Correct the name, or add the agency to the Đơn vị sheet.`,
  'agency.email-invalid': (f) => `${n(f.details.name)}: e-mail “${n(f.stated)}” is not an address (e.g. office@hanoi.gov.vn; separate several with ;).`,
  'agency.unknown-group': (f) => `${n(f.details.name)}: group “${n(f.stated)}” is no group on the Đơn vị sheet, so this unit gets none of a group's work. Correct the Thuộc nhóm cell.`,
  'agency.duplicate-code': (f) => `${n(f.details.name)}: code ${n(f.stated)} is also ${n(f.details.first)}'s; it is ignored for this unit. Correct the code.`,
  'agency.members-bundled': (f) => `“${n(f.stated)}” has ${n(f.computed)} communes and wards from the bundled list (Hà Nội, since 1 July 2025). Edit them, and add e-mails and contacts, on the Đơn vị sheet.`,
  'task.deadline-unparsed': (f) => String(f.stated ?? '').trim() === ''
    ? `${subject(f)}: no deadline is written (the cell is empty); the task is never counted overdue. Add the deadline if there is one.`
    : `${subject(f)}: deadline “${n(f.stated)}” could not be read as a date; the text is kept.`,
  'task.no-lead': (f) => `${subject(f)}: no lead agency. Add the agency in charge of this task.`,
  'task.subarea-wrong-area': (f) => `${subject(f)}: sub-area ${n(f.stated)} sits in area ${n(f.details.area)} — probably ${n(f.computed)}.`,
  'task.subarea-sequence': (f) => f.details.missing ? `${subject(f)}: sub-area numbering skips ${list(f.details.missing)}.` : `${subject(f)}: sub-area ${n(f.stated)} is out of order (after ${n(f.details.previous)}).`,
  'link.unmatched-group': (f) => `${subject(f)}: no ${f.index ?? ''} criterion matches this task group's name.`,
  'meta.dates-disagree': (f) => `The plan gives itself different dates: ${list(f.details.dates)}.`,
  'meta.years-disagree': (f) => `The appendices disagree on the ${field(f)}: ${n(f.stated)} and ${n(f.computed)} (${n(f.details.table)}).`,
  'meta.number-missing': () => 'No plan number found (the “Số: …” line).',
  'sheet.missing': (f) => `Sheet “${n(f.stated)}” (or one with its column headers) not found. That part of the plan was not read.`,
  'sheet.row-without-id': (f) => `A row without an ID (added by hand?): “${n(f.stated)}”. It is not part of the plan; add it through the add-in if needed.`,
  'sheet.unknown-id': (f) => `ID “${n(f.stated)}” is malformed; the row is skipped. Do not edit the ID column.`,
  'sheet.duplicate-id': (f) => `ID ${n(f.stated)} appears again (a copied row?); only the first row is read.`,
  'sheet.number-unreadable': (f) => `${subject(f)}: “${n(f.stated)}” in the ${field(f)} column is not a number. Type a number (e.g. 9,5) or leave it blank.`,
  'sheet.unknown-index': (f) => `${subject(f)}: the index column says “${n(f.stated)}” — it must be PAR, SIPAS or PAPI.`,
  'sheet.invalid': (f) => `The data read is not valid: ${n(f.stated)}.`,
  'workbook.clamped': (f) => f.computed === null
    ? `Range ${n(f.stated)} on sheet ${n(f.details.sheet)} was too large or unreadable and was left out (formatting only; no values are affected).`
    : `Range ${n(f.stated)} on sheet ${n(f.details.sheet)} covered the whole sheet; it was cut to ${n(f.computed)} to read the file.`,
  'import.row-short': (f) => `Row “${n(f.stated)}” is one cell short — its columns may be shifted. Check this row in the source table.`,
  'import.row-misaligned': (f) => `Cell “${n(f.stated)}” fits no column — a table row lost or gained a cell. Check the source table around this place.`,
  'import.row-unrecognised': (f) => `Row number “${n(f.stated)}”${f.details.title || f.details.name ? ` of “${n(f.details.title ?? f.details.name)}”` : ''} not recognised; ${f.details.kept === false ? 'the row is left out' : 'the row is kept but needs checking'}.`,
  'import.value-footnote': (f) =>
    `${subject(f)}: “${n(f.stated)}” in the ${field(f)} column carries the footnote mark “${n(f.details.mark)}”; ${f.computed === null ? 'the mark is set aside' : `read as ${n(f.computed)}`}. See the note in the original.`,
  'import.number-unreadable': (f) =>
    FORMULA_ERROR.test(String(f.stated ?? ''))
      ? `${subject(f)}: the ${field(f)} cell is the formula error “${n(f.stated)}” (usually a formula pointing at deleted cells), so it holds no number. Mend the formula in the source file, or type the number, and import again.`
      : `${subject(f)}: “${n(f.stated)}” in the ${field(f)} column is not a number. Write it as a number (e.g. 9,5).`,
  'import.total-missing': (f) => `The ${f.index ?? ''} appendix has no total row.`,
  'import.part-unknown': (f) => `Part ${n(f.details.part)} “${n(f.stated)}” names no index (PAR INDEX, PAPI, SIPAS); its tasks are skipped.`,
  'import.row-outside-part': (f) =>
    `chiso could not tell which index (PAR INDEX, PAPI, SIPAS) row “${n(f.details.title)}” belongs to: no part or group row above it was recognised as naming one; skipped.`,
  'import.table-repeated': (f) => `Table ${n(f.stated)} of ${f.index ?? ''} appears again; its rows are merged in.`,
  // Reading other provinces' layouts (issue #10): what was inferred, and what could not be read.
  'import.roman-areas': (f) => `${f.index ?? ''}: roman areas read as the numbers their criteria carry (${list(f.details.areas)}).`,
  'import.codes-inferred': (f) => `${f.index ?? ''}: ${n(f.computed)} rows without a number were read as sub-criteria of the row above.`,
  'import.max-assumed': (f) => `${f.index ?? ''}: the table has no max column; the index's scale was applied (${n(f.details.scale)}).`,
  'import.partial-list': (f) => `${f.index ?? ''}: only some criteria are listed under ${list(f.details.parents)} (their max adds to less); sums and numbering gaps there are not checked.`,
  'import.target-words': (f) => `${subject(f)}: target “${n(f.stated)}” read as ${n(f.computed)}; the words are kept.`,
  'import.target-rank': (f) => `${subject(f)}: target “${n(f.stated)}” is not a score (a rank or a wording chiso cannot read as a number); kept as text, not checked.`,
  'import.part-inferred': (f) => `The task table has no parts A/B/C; its tasks are read as ${n(f.computed)} (from the ${f.details.from === 'caption' ? 'table caption' : "plan's only index"}).`,
  'import.result-year': (f) => `Table ${n(f.details.table)}: results taken from column “${n(f.stated)}” (the latest year before the target year); not from ${list(f.details.others)}.`,
  'import.result-ambiguous': (f) => `Table ${n(f.details.table)}: several result columns ${f.computed === null ? 'name no year' : `are of ${f.computed}`}; “${n(f.stated)}” was taken, not ${list(f.details.others)}. Check, or choose the column with --explain.`,
  'import.columns-ignored': (f) => `Table ${n(f.details.table)}: columns not imported: ${list(f.details.columns)}.`,
  'import.appendix-without-table': (f) => `The document has the heading “${n(f.stated)}” but no table under it that chiso could read (the table may have been saved as paragraphs, or as a picture). Open the file and check, or import another copy of the plan (.docx, .html, PDF).`,
  'import.table-unrecognised': (f) => `A table with header “${n(f.stated)}” was not imported: its columns match no appendix table (tasks, or criteria with scores).`,
  'import.block-skipped': (f) => `A table of ${n(f.details.rows)} rows starting “${n(f.stated)}” has no appendix header; not imported.`,
  'import.subtotal-skipped': (f) => `${subject(f)}: “${n(f.stated)}” reads as a subtotal after the index's total; not imported as a criterion.`,
  'import.row-repeated': (f) => `${subject(f)}: the row “${n(f.stated)}” repeats the number and name of a row already read (a summary sheet and its area's sheet); read as one criterion.`,
  'import.note-row': (f) => `${subject(f)}: the row “${n(f.stated)}” is a note to the table; not imported as a criterion.`,
  'import.subtotal-area': (f) => `${subject(f)}: “${n(f.stated)}” is area ${f.details.area}'s subtotal; the area's max, result and target the plan left blank are taken from it; not imported as a criterion.`,
  'import.codes-in-names': (f) => `${f.index ?? ''}: ${n(f.computed)} rows carry their number at the head of the name (the number column is blank); read from there.`,
  'import.parent-not-printed': (f) => `${f.index ?? ''}: some criteria are listed without the row above them in the tree; each is placed under the nearest row printed (${list(f.details.rows)}).`,
  'import.index-unknown': (f) => `Table ${n(f.stated)}: cannot tell which index (PAR INDEX, SIPAS, PAPI) it measures; name it in the caption.`,
  'workbook.formula-without-value': (f) => `Cell ${n(f.stated)} on sheet ${n(f.details.sheet)} holds a formula saved without its result (written by another program, never recalculated), so its value cannot be read. Open and save the file in Excel, then try again.`,
  'workbook.hidden-by-merge': (f) => `Cell ${n(f.stated)} on sheet ${n(f.details.sheet)} lies inside a merged range, so its value is not read (Excel shows only a merge's first cell). Unmerge the range or move the value.`,  // The plan workbook's Lịch báo cáo (issue #15).
  'sheet.date-unreadable': (f) => `The province's due date${f.computed ? ` for ${n(f.computed)}` : ''} says “${n(f.stated)}”, which is not a date. Write it dd/mm/yyyy (e.g. 05/03/2026) or leave it blank; until then this period uses the province's general rule or the ministry's date.`,
  'sheet.day-unreadable': (f) => `The province's general due day says “${n(f.stated)}”: it needs a day from 1 to 31 (e.g. 5: the 5th of the period's last month) or a blank; until then periods use the ministry's dates.`,
  'sheet.period-unreadable': (f) => `The reporting period “${n(f.stated)}” cannot be read; the row is skipped. Write e.g. “Tháng 4/2026” or “Quý I/2026”, or leave the period blank and give the days in the two data-range columns (an ad-hoc period).`,
};

/** Why a return or a value in it was not taken, and what to do. */
/** 150000 -> '150.000' (vi) or '150,000' (en). */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A period id as people name it ('2026-Q1' → 'Quý I/2026'); an id no chiso writes, as written. */
/** 'YYYY-MM-DD' → 'dd/mm/yyyy'. */
const day = (iso: string) => iso.split('-').reverse().join('/');
/** A spreadsheet's error value left where a number should be ('#REF!', '#DIV/0!'). */
const FORMULA_ERROR = /^#(?:REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!)$/;

/** Where a round's due date comes from, as said beside it. */
const DUE_FROM_EN: Record<DueSource, string> = {
  given: 'from --due',
  'plan-period': "from the plan workbook's Lịch báo cáo sheet",
  'plan-rule': "the province's general day on the Lịch báo cáo sheet",
  ministry: "the ministry's date; set the province's own on the plan workbook's Lịch báo cáo sheet",
};

const roundName = (id: string) => {
  const p = parsePeriod(id);
  return p ? periodName(p) : id;
};

const REFUSALS: RefusalWords = {
  'not-an-agency-workbook': () => 'Not a report workbook made by chiso (no _meta sheet). Fill in the file that was sent and send it back.',
  'version-missing': () => 'The workbook does not say which template version it is, or names none chiso wrote (its _meta sheet was edited?), so it cannot be read; not compiled. Fill in the file that was sent and send it back.',
  'version-unknown': (r) => `Made from template version ${r.version}, by a newer chiso; this chiso reads template versions up to ${r.newest}. Update chiso and compile again.`,
  'other-plan': (r) => `A workbook of another plan (${r.plan}). Fill in this plan's file and send it back.`,
  'unknown-agency': (r) => `The workbook names “${r.recipient}”, who is not among this plan's recipients. Use the file sent to your agency.`,
  'superseded-by': (r) =>
    r.why === 'newer'
      ? `A later file from the same agency (${r.by}) replaces this one. If this one is right, send it again.`
      : r.why === 'named'
        ? `The same agency as file ${r.by}, which is named for it and is used; this one is not. If this one is right, send it again.`
        : `The file is named for “${r.other}” but its workbook (_meta sheet) is another agency's, which sent a file under its own name (${r.by}); this one is not compiled. If it is “${r.other}”'s report typed into another agency's workbook, “${r.other}” should fill in its own workbook and send it again.`,
  'superseded': () => "From a file replaced by the same agency's later one, which says otherwise here or leaves it empty; not compiled. If this value is the right one, type it into the later file and send it again.",
  'status-not-in-list': (r) => `Status “${r.typed}” is not in the list; pick one from the drop-down and send the file again.`,
  'not-a-date': () => 'Not a date; write dd/mm/yyyy and send the file again.',
  'date-after-saved': (r) => `Completion date ${day(r.date)} is after the file was saved (${day(r.saved)}), so the task cannot have been completed then: the date is not compiled (the status still is). Correct the date and send the file again.`,
  'not-a-number': () => 'Not a number; write the score as a number (e.g. 1,25) and send the file again.',
  'out-of-range': () => 'Score outside 0 to the max; correct it and send the file again.',
  'outside-table': () => "Outside the template's table (not a column or row that is compiled); not compiled. Write it in the matching column of the task or criterion.",
  'row-without-id': () => "A row the agency added (no ID); not compiled. Write it in the matching task's or criterion's own row.",
  'row-not-in-template': () => "A row that is not in this agency's workbook (copied from another file?); not compiled.",
  'row-missing': (r) => `Row ${r.id} was deleted from the workbook, so nothing is reported for it. Fill in the original file (without deleting rows) and send it again.`,
  'row-repeated': () => 'A repeated (copied) row; only the first is compiled. Delete the copy or merge it into the first.',
  'extra-sheet': () => "On a sheet the agency added; not compiled. Move it to the Nhiệm vụ or Tiêu chí sheet if needed.",
  'sheet-missing': () => 'This sheet is missing from the returned workbook (deleted, or its headers changed). Use the original file.',
  'locked-cell-edited': (r) => `A locked cell was edited (originally “${r.original}”); the plan's text is kept. Do not edit these cells.`,
  'range-clamped': (r) => `Range ${r.range} (a merge, validation or format) covers the whole sheet and was cut back to read it; the values are compiled. Remove that range from the agency's file.`,
  'column-missing': (r) => `Column “${r.header}” is missing (deleted, or its header changed): none of its values could be read; the other columns are compiled. If the agency filled it in, restore the column (with this header) or fill in the original file, and send it again.`,
  'extra-sheet-cells': (r) => `A sheet the agency added: ${thousands(r.count)} cells with content not read (not compiled, not listed one by one). Move what is needed to the Nhiệm vụ or Tiêu chí sheet.`,
  'more-refused': (r) => `${thousands(r.count)} more cells on this sheet were also refused (not listed one by one). Review this sheet and send the file again.`,
  'name-other-agency': (r) => `The file is named for “${r.agency}” but its workbook (_meta sheet) is “${r.workbook}”'s; compiled for “${r.workbook}”. If it is “${r.agency}”'s report typed into another agency's workbook, “${r.agency}” should fill in its own workbook and send it again.`,
  'same-agency-differs': (r) => `The same agency as file ${r.files.join(', ')}, with different content; this file is used, that one is not. Ask the agency which one is right.`,
  'formula-without-value': () => 'The cell holds a formula saved without its result (written by another program, never recalculated), so its value cannot be read. Open and save the file in Excel, then send it again.',
  'hidden-by-merge': () => "The cell lies inside a merged range, so its value is not compiled (Excel shows only a merge's first cell). Unmerge the cells and send the file again.",
  'parent-score-typed': (r) => `Score “${r.typed}” typed in the cell of a criterion that has sub-criteria; that cell is not scored directly (for PAR INDEX and PAPI it is the sum of its sub-criteria; a SIPAS group is not worked out from a unit's scores), so the value is not taken. Score each sub-criterion instead.`,
  // Reporting periods (issue #15).
  'other-period': (r) => `A workbook of the reporting round ${roundName(r.period)}, not of the round being compiled (${roundName(r.expected)}); not compiled into this one. Fill in the file of ${roundName(r.expected)} and send it back.`,
};

/** Why a file could not be read at all, naming it, and what to do. */
const PROBLEMS: ReadProblemWords = {
  // Worded by the readers' own table (sourceProblem), called once `en` exists.
  source: (p, file) => en.sourceProblem(p.problem, file),
  'missing': (_, file) => `File ${file} not found. Check the path.`,
  'directory': (_, file) => `${file} is a folder, not a file.`,
  'too-large': (_, file) => `File ${file} is too large to read (over 50 MB, or unzips to too much); not read, to keep the machine responsive. Remove images and stray data, then save it again.`,
  'binary': (_, file) => `File ${file} is not text (a zip, PDF or image?). Save the plan as .txt, .html or .docx.`,
  'empty': (_, file) => `File ${file} is empty (nothing in it): perhaps it was not fully downloaded or attached. Get the file again.`,
  'unreadable': (_, file) => `File ${file} cannot be read (a disk error). Try again or copy the file elsewhere.`,
  'no-table': (_, file) => `File ${file} has no appendix table: it needs a table whose header row has columns such as “STT”, “Nhiệm vụ”… or “STT”, “Lĩnh vực/Tiêu chí”, “Điểm tối đa”….`,
  'not-zip': (_, file) =>
    `File ${file} is not an Excel workbook (.xlsx), nor any other kind of file chiso recognises. If it is another kind of spreadsheet (.csv, text), open it in Excel and save it as .xlsx; otherwise ask for the filled-in .xlsx workbook again.`,
  'pdf': (_, file) => `File ${file} is a PDF (a printout or a scan), not an Excel workbook, so no figures can be taken from it. Ask for the filled-in .xlsx workbook again (a signed PDF may come with it).`,
  'image': (_, file) => `File ${file} is an image (a photo or a scan), not an Excel workbook, so no figures can be taken from it. Ask for the filled-in .xlsx workbook again.`,
  'web-page': (_, file) => `File ${file} is a web page or an HTML/XML table with a workbook's name (many systems export so), not .xlsx. Open it in Excel, Save As → Excel Workbook (.xlsx) and use that file.`,
  'word-document': (_, file) => `File ${file} is a Word document, not an Excel workbook, so no figures can be taken from it. Ask for the filled-in .xlsx workbook again.`,
  'opendocument': (_, file) => `File ${file} is an OpenDocument file (LibreOffice: .ods, .odt), not .xlsx. If it is a spreadsheet, open it in LibreOffice or Excel, save it as Excel (.xlsx) and use that file.`,
  'truncated': (_, file) => `File ${file} is cut off or damaged (an incomplete download?). Ask for the file again.`,
  'not-xlsx': (_, file) => `File ${file} is not an Excel workbook: it is a zip archive or another kind of document. If it is a zip holding .xlsx workbooks, unzip it and use the files inside; otherwise ask for the .xlsx workbook again.`,
  'too-many-entries': (_, file) => `File ${file} holds too many parts for a normal workbook; not read, to keep the machine responsive.`,
  'encrypted': (_, file) => `File ${file} has a password to open. Remove it (File → Info → Protect Workbook) and send it again.`,
  'old-format': (_, file) => `File ${file} is in the old Excel format (.xls) or another Office document, not .xlsx. Open it in Excel, Save As → Excel Workbook (.xlsx) and use that .xlsx file.`,
  'corrupt': (_, file) => `File ${file} is damaged and cannot be unzipped. Open it in Excel, save it and send it again.`,
  'timeout': (_, file) => `Reading ${file} took too long and was stopped. Open it in Excel, clear stray formatting, save and try again.`,
  'not-a-plan-workbook': (p, file) =>
    p.made === 'agency'
      ? `${file} is an agency's report workbook (made by chiso to send out), not a plan workbook. Returned agency workbooks are compiled with “chiso compile <plan> <returns-folder>” or on the add-in's Agencies tab.`
      : p.made === 'master'
        ? `${file} is a master (compiled by chiso from returned workbooks), not a plan workbook. Its report is written with “chiso report ${file} -o report.docx” or on the add-in's Agencies tab.`
        : `File ${file} has no sheet in chiso's layout (an ID column and the template's headers). Use a workbook chiso made.`,
  'space-aligned': (p, file) =>
    `File ${file} has a table's column headers${p.line ? ` on line ${p.line}` : ''}, but its cells are not in columns (text copied out of a PDF: columns lined up with spaces only, or one cell per line), so chiso cannot tell the columns apart. Import the PDF itself, or the plan as .docx or .html.`,
  'cut-off': (p, file) => `File ${file} is cut off in the middle of a table row${p.line ? ` (line ${p.line})` : ''}. Get the complete plan again.`,
  'no-permission': (_, file) => `No permission to read ${file}. Grant read access or copy the file to another folder.`,
  'not-a-regular-file': (_, file) => `${file} is not a regular file (a link to a device, a FIFO, a socket…), so it is not read. Put real .xlsx files in the folder.`,
  'damaged': (_, file) => `File ${file} is a workbook but damaged inside (its content is not valid Excel structure). Open it in Excel or LibreOffice, save it as .xlsx and send it again.`,
  'not-docx': (_, file) => `${file} is not a readable Word document (.docx). Open it in Word and save it again as .docx.`,
  'old-word-format': (_, file) => `${file} is in Word's old format (.doc) or password-protected. Open it in Word, remove any password, Save As → Word Document (.docx) and use that file.`,
  'over-limit': (_, file) => `${file} holds more cells, merged ranges, text strings or links than an ordinary workbook; it was not read, to avoid hanging. Remove the surplus (stray formatting, merges or data far from the table), save and try again.`,
  'malformed': (_, file) => `${file} is damaged inside (its XML cannot be read). Open it in Excel, save it and send it again.`,
  'outgoing-bundle': (_, file) => `File ${file} is the zip chiso made to send out (blank workbooks and the mailing list), not a return a unit sent back, so it is not read. Keep the returned files in a folder of their own.`,
};

/** Why a column of the import preview is not read (ui.mapping.why). */
const MAPPING_WHY_EN: Record<ColumnStatus, string> = {
  mapped: 'read',
  'other-year': 'another year, not read',
  duplicate: 'another column has this role, not read',
  ignored: 'not used in this table',
  unknown: 'header not recognised, not read',
  blank: 'no header, not read',
};

/** A compile, said the same in the pane and the command line: each file's fate, then the values, then who is missing. */
function compiledWords(c: CompileCounts, seeRefusals: string): string {
  const files = [`${count(c.accepted, 'agency', 'agencies')} accepted${c.blank > 0 ? ` (${c.blank} of them filled in nothing)` : ''}`];
  if (c.superseded > 0) files.push(`${count(c.superseded, 'file')} not used: another file of the same agency is`);
  if (c.refusedFiles > 0) files.push(`${count(c.refusedFiles, 'file')} refused`);
  return `Read ${count(c.files, 'file')}: ${files.join(', ')}; ${count(c.values, 'value')} compiled, ${count(c.refusedValues, 'value')} refused${seeRefusals}; ${count(c.missing, 'agency', 'agencies')} missing.`;
}

export const en: Strings = {
  ui: {
    appTitle: 'PAR INDEX planner',
    tabs: { import: 'Import', check: 'Check', overview: 'Overview', print: 'Print', agencies: 'Agencies' },
    import: {
      intro: "Import the plan's appendix tables into structured sheets.",
      bundled: 'Use the bundled plan (159/KH-UBND)',
      paste: 'Paste the plan text',
      pastePlaceholder: 'Paste the plan (text, or tables copied from the web page)…',
      readPasted: 'Read the pasted text',
      file: 'Open a plan file',
      fileHint: 'A .docx, .pdf, .html or .txt file, or an .xlsx workbook (the province\'s appendix tables, or one chiso made)',
      selection: 'Read the selected range',
      preview: (p) => `Read ${count(p.tasks, 'task')} and ${count(p.criteria, 'criterion', 'criteria')} (PAR INDEX ${p.par}, SIPAS ${p.sipas}, PAPI ${p.papi}); ${count(p.errors, 'error')}, ${count(p.warnings, 'warning')}.`,
      willCreate: 'New sheets to create:',
      create: 'Create the sheets',
      download: 'Download the workbook (.xlsx)',
      openCopy: 'Open as a new workbook',
      created: (sheets) => `Created ${count(sheets.length, 'sheet')}: ${sheets.join(', ')}.`,
      renamed: (planned, actual) => `A sheet “${planned}” already exists, so the new one is “${actual}” (nothing overwritten).`,
      // Task pane, issue 14
      chooseFile: 'Choose a plan file…',
      demoHint: 'No plan file yet? Try the bundled plan:',
      pastedName: 'The pasted text',
      selectionName: 'The selected range',
      notPlanAgency: (file) => `${file} is an agency's report workbook (made by chiso to send out), not a plan. Returned agency workbooks are compiled on the Agencies tab, under “Compile returned workbooks”.`,
      notPlanMaster: (file) => `${file} is a master (compiled by chiso from returned workbooks), not a plan. Its report is written on the Agencies tab, under “Write the report”.`,
      foundInWorkbook: (criteria, tasks) => `This workbook already has chiso's plan sheets: ${count(tasks, 'task')} and ${count(criteria, 'criterion', 'criteria')} read from them; no need to import again.`,
      nextStep: 'Next: check the numbers',
      createAgain: 'Create another set of sheets…',
      confirmTitle: 'Create a second set of sheets?',
      confirmBody: "This workbook already has chiso's plan sheets. A new set gets names ending in “(2)” and a second hidden _meta sheet nobody can delete by hand. Usually it is enough to edit the sheets there and press “Read and check the sheets” on the Check tab.",
      confirmYes: 'Create anyway',
      confirmNo: "Don't create",
      sourceProblem: (source, message) => `${source}: ${message}`,
      openWorkbookName: 'The open workbook',
    },
    check: {
      intro: 'Read the sheets as people left them and check the numbers.',
      readSheets: 'Read and check the sheets',
      none: 'No findings yet. Import a plan or read the sheets.',
      filterSeverity: 'Severity',
      filterIndex: 'Index',
      all: 'All',
      count: (shown, total) => `Showing ${shown} of ${count(total, 'finding')}`,
      goTo: 'Go to cell',
      // Task pane, issue 14
      highlight: 'Mark criteria that miss their targets',
      highlightHint: 'Fills the rows whose result is below the target on sheets PL2–PL4, over their own formats; switch off to clear.',
      highlighted: (n) => (n === 0 ? 'No criterion has a result below its target.' : `Marked ${count(n, 'criterion', 'criteria')} whose result is below the target. The marks follow the numbers: edit a result or a target and they update.`),
      cleared: 'Cleared: nothing chiso marked is left on the sheets.',
      clear: "Clear all of chiso's marks",
    },
    overview: {
      intro: "Last year's result, the target and the points still lost, per index.",
      index: 'Index',
      result: 'Result',
      target: 'Target',
      gain: 'To gain',
      lost: 'Still lost',
      chartTitle: (index) => `Points lost by area — ${index}`,
      empty: 'No plan yet. Import one on the Import tab.',
      // Task pane, issue 14
      lostNote: "Still lost = maximum − last year's result, as in the “Điểm còn mất” column of sheets PL2–PL4 and the chart below.",
    },
    print: {
      intro: 'Set up printing of the summary sheets: landscape, one page wide (A4, or A3 for wide tables), header rows repeated, page numbers.',
      apply: 'Set up printing',
      done: (n) => `Printing set up on ${count(n, 'sheet')}.`,
      howTo: 'To print: File → Print in Excel.',
      outside: 'Outside Excel: download the workbook and print it from Excel or LibreOffice — the print setup is in the file.',
    },
    agencies: {
      intro: 'Make a report workbook for each agency, then compile the workbooks they send back.',
      due: 'Due back (dd/mm/yyyy)',
      assemble: 'Make and download the workbooks (.zip)',
      assembled: (n) => `Made ${count(n, 'workbook')}.`,
      compileLabel: 'Compile returned workbooks',
      compileHint: 'Pick one or more .xlsx files the agencies filled in (or a .zip holding them)',
      compiled: (c) => compiledWords(c, ''),
      pickOne: "One agency's workbook",
      choose: 'Choose one agency',
      downloadOne: 'Download this workbook',
      dueInvalid: 'Write the date as dd/mm/yyyy, e.g. 15/12/2025; leave it empty for no due date.',
      password: 'Sheet protection password (optional)',
      passwordHint: 'Only the light purple cells can be edited; a password stops agencies unlocking the others.',
      downloadMaster: 'Download the master',
      // Task pane, issue 14
      sendTitle: '1. Send workbooks to the agencies',
      compileTitle: '2. Compile the returned workbooks',
      duePlaceholder: 'dd/mm/yyyy',
      noDue: (n) => `No due date: ${count(n, 'workbook')} would go out without a deadline.`,
      emails: (withEmail, total) => `${withEmail} of ${count(total, 'recipient')} have an e-mail (column “Email nhận báo cáo” on the Đơn vị sheet); the others need another way.`,
      refused: (n) => `${count(n, 'item')} refused — see each below and the master's “Nhật ký” sheet:`,
      refusedMore: (n) => `… and ${n} more (see the master's “Nhật ký” sheet).`,
      allTaken: 'No value was refused.',
      openMaster: 'Open the master as a new workbook',
      chooseReturns: 'Choose the returned files…',
      chooseMaster: 'Choose a master…',
      macHint: 'In desktop Excel on a Mac, downloads from an add-in do not work: open as a new workbook, then File → Save; make the agencies’ .zip in Excel on the web or with the chiso command line.',
      opened: 'Opened as a new workbook in Excel (not saved yet): File → Save to keep it.',
      // Reporting rounds (issue #15).
      round: 'Reporting round of this collection',
      roundNone: 'No particular round',
      previous: "Previous round's master (optional)",
      previousHint: "Workbooks sent out arrive pre-filled with each unit's last report; the compile compares against it.",
      previousRead: (file, period) => `Previous round: ${file}${period ? ` (${period})` : ''}.`,
      roundDue: (due, from) => (due ? `Units' returns for this round are due ${day(due)} (${DUE_FROM_EN[from ?? 'given'].replace('--due', 'the Due back field below')}).` : 'No due date for this round: set it on the plan workbook\'s Lịch báo cáo sheet, or in the Due back field below.'),
    },
    progress: {
      working: 'Working…',
      cancel: 'Cancel',
      cancelled: 'Cancelled.',
      count: (done, total) => `${done} of ${count(total, 'file')}`,
      // Task pane, issue 14
      doing: {
        import: 'Reading the plan…',
        readSheets: 'Reading and checking the sheets…',
        create: 'Creating the sheets…',
        workbook: 'Building the workbook…',
        assemble: "Making the agencies' workbooks…",
        compile: 'Compiling the returned workbooks…',
        report: 'Writing the report…',
        print: 'Setting up printing…',
        highlight: 'Marking criteria…',
        open: 'Opening a new workbook…',
        opening: "Reading the plan from the workbook's sheets…",
        previous: "Reading the previous round's master…",
      },
    },
    errors: {
      requirements: 'This Excel does not support ExcelApi 1.9, which the add-in needs. Update Excel (Microsoft 365, Excel 2021 or later, or Excel on the web).',
      optionalMissing: (sets) => `This Excel lacks ${sets.join(', ')}: sheets are still created, without row outlines.`,
      generic: (detail) => `Something went wrong: ${detail}. Try again; if it persists, save the workbook and reopen the add-in.`,
      noPlan: 'No plan has been read yet.',
      // Task pane, issue 14
      office: {
        ItemNotFound: 'Excel cannot find a sheet or cell it needs — it may have been deleted or renamed. Press “Read and check the sheets”, then try again.',
        ItemAlreadyExists: 'The workbook already has a sheet of that name. Rename it and try again.',
        InvalidArgument: 'Excel refused a value chiso wrote (a sheet name, a formula or text too long). Please report this with the workbook.',
        InvalidOperation: 'Excel does not allow this now (the sheet may be protected). Unprotect it and try again.',
        InvalidOperationInCellEditMode: 'Excel is waiting for you to finish typing in a cell. Press Enter or Esc in the sheet, then try again.',
        ApiNotFound: 'This Excel lacks a feature chiso needs. Update Excel (Microsoft 365, Excel 2021 or later, or Excel on the web).',
        AccessDenied: 'Excel does not allow writing: the workbook is read-only or the sheet protected. Enable editing and try again.',
        RequestPayloadSizeLimitExceeded: 'Too much data for one request to Excel on the web. Try again; if it persists, download the workbook and use desktop Excel.',
        ResponsePayloadSizeLimitExceeded: 'The sheets are too large for Excel on the web to send at once. Delete unused rows and columns at their ends and try again.',
        GeneralException: 'Excel reported a general error. Save the workbook, reopen the add-in and try again.',
        Conflict: 'Someone else edited the workbook at the same time. Wait a moment and try again.',
        InsertDeleteConflict: 'Excel could not insert or delete because of merged cells or a table. Unmerge them and try again.',
      },
      unexpected: (doing, detail) => `Something unforeseen went wrong while ${doing.replace(/…$/, '').toLowerCase()}. Try again; if it persists, save the workbook, reopen the add-in and report it with this detail. Technical detail: ${detail}`,
    },
    outsideOffice: 'Running outside Excel: open a plan file, see the findings, download the workbook.',
    language: 'Language',
    report: {
      fromMaster: 'Write the report (.docx) from a master',
      fromMasterHint: 'Pick a master .xlsx made by chiso; the report, in the Decree 30/2020 layout, downloads for editing.',
      download: 'Download the report (.docx)',
      period: 'Reporting period (optional)',
      done: (name) => `Report ${name} written.`,
    },
    mapping: {
      title: 'How the columns are read',
      intro: 'Each table of the plan and the role of each column. If a column is read wrongly (the wrong year of results, say), give it another role and press “Read again with these columns”. Nothing has been written to the workbook yet.',
      table: (t) => t.caption ?? t.label,
      kind: (t) => (t.kind === 'tasks' ? 'Tasks' : t.kind === 'criteria' ? `Criteria ${t.index === 'PAR' ? 'PAR INDEX' : (t.index ?? '(index unknown)')}` : 'Not imported'),
      rows: (t) =>
        t.kind === 'unread'
          ? `${count(t.rowsSkipped, 'row')} not imported: ${t.reason === 'header-unknown' ? 'the header matches no appendix table' : 'no header row'}.`
          : `${count(t.rowsRead, 'row')} read${t.rowsSkipped ? `, ${t.rowsSkipped} left out (see Check)` : ''}; header of ${t.headerRows} row(s).`,
      figures: (f) =>
        `${f.withResult}/${count(f.criteria, 'criterion', 'criteria')} have a result${f.totalResult !== null ? `; total: result ${n(f.totalResult)}` : ''}${f.totalTarget !== null ? `, target ${n(f.totalTarget)}` : ''}.`,
      columns: (count, notRead) => `Roles of the ${count} columns${notRead ? ` (${notRead} not read)` : ' (all read)'}`,
      column: (col, header) => `Column ${col}: ${header || '(no header)'}`,
      role: (role, year) =>
        ({
          code: 'Number',
          name: 'Criterion name',
          task: 'Task',
          deadline: 'Deadline',
          lead: 'Lead agency',
          support: 'Coordinating agencies',
          output: 'Output',
          max: 'Max score',
          result: year ? `Result ${year}` : 'Result',
          target: year ? `Target ${year}` : 'Target',
          delta: 'Difference',
          rank: 'Rank',
          note: 'Remarks',
        })[role],
      ignore: 'Leave out',
      why: (c) => {
        if (c.overridden) return c.role ? 'Your choice.' : c.status === 'ignored' && c.claimed === null ? 'Your choice: this column is left out.' : `Your choice, but not read: ${MAPPING_WHY_EN[c.status]}.`;
        if (c.role) return c.empty ? 'Empty in every row: this column gives nothing.' : '';
        const known = c.claimed ? `${en.ui.mapping.role(c.claimed, c.year)} — ` : '';
        return `${known}${MAPPING_WHY_EN[c.status]}.`;
      },
      changed: 'Just chosen, not read again yet.',
      readAgain: 'Read again with these columns',
      reset: 'Read again as at first',
      pending: 'Your choices are not applied yet: press “Read again with these columns” before creating the sheets.',
      lost: (labels) => `With these roles, table ${labels.join(', ')} can no longer be read (a criteria table needs number, name and score columns; a task table needs task and lead agency columns). The plan shown is unchanged; choose again.`,
      failed: 'With these roles, no table can be read any more. The plan shown is unchanged; choose again.',
    },
  },
  number: (v) => String(Number(v.toFixed(6))),
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },

  finding: (f) => wordFinding(RULES, f),

  where(f) {
    const l = f.location;
    if (!l) return '';
    if (l.row !== null && l.col !== null) return `${l.table ?? ''}, cell ${columnLetter(l.col)}${l.row}`;
    return [l.table, l.line !== null ? `line ${l.line}` : null, l.row !== null ? `row ${l.row}` : null].filter(Boolean).join(', ');
  },

  readProblem: (p, file) => wordReadProblem(PROBLEMS, p, file),

  usage: [
    'chiso — imports, checks and compiles the plan to raise the PAR INDEX, SIPAS and PAPI indices.',
    '',
    'Usage: chiso <command> <file> [options]',
    '',
    'Commands, in the order of the year\'s work:',
    '  import    read a plan (.docx, .html, .txt, PDF) and write a workbook .xlsx (or JSON)',
    '  check     check a plan or workbook: sums, targets, numbering, agencies',
    '  assemble  make the report workbook for each agency, the mailing list and a .zip',
    '  compile   compile the workbooks agencies send back into a master workbook',
    '  report    write the Word report (.docx) from the master',
    '',
    'One command\'s options and examples: chiso help <command>  (or chiso <command> --help)',
    '',
    'Options of every command:',
    '  --lang vi|en   language of the messages (default vi)',
    '  -q, --quiet    print nothing but the data asked for (--json); problems are still said',
    '  -V, --version  print chiso\'s version',
    '  -h, --help     print this help',
    '',
    'Examples:',
    '  chiso import ke-hoach.docx -o ke-hoach.xlsx',
    '  chiso check ke-hoach.xlsx',
  ].join('\n'),

  badArguments: (p) => `Invalid arguments: ${argProblemEn(p)}`,

  summary: (s) => `${s.file}: ${count(s.tasks, 'task')}, ${count(s.criteria, 'criterion', 'criteria')}; ${count(s.errors, 'error')}, ${count(s.warnings, 'warning')}, ${count(s.infos, 'info')}.`,

  noPdf: (reason) => (reason === 'not-installed' ? 'LibreOffice is not installed, so no PDF: apt-get install -y --no-install-recommends libreoffice-calc-nogui fonts-liberation2' : 'LibreOffice could not print the workbook to PDF.'),
  assembled: (n, dir, zip) => `Wrote ${n} report workbooks to ${dir} and the archive ${zip}.`,
  unexpanded: (name, count) => `Group “${name}” (${count} times) names no agency in particular, so it gets no workbook; name the agencies in the plan if needed.`,
  refusal(r, file) {
    return isFileProblem(r) ? this.readProblem({ kind: r.reason }, file) : wordRefusal(REFUSALS, r);
  },
  rejection(r) {
    return placed(r, this.refusal(r, r.file), { file: 'File', sheet: 'sheet', cell: 'cell' });
  },
  compiled: (c) => compiledWords(c, ' (see Tình hình nộp)'),
  wrote: (path) => `Wrote ${path}`,
  tableHeader: { severity: 'Severity', where: 'Where', id: 'Item', message: 'Message' },
  noFindings: 'No findings.',
  report: {
    wrongExtension: (path) => `The report is written as a Word document (.docx), not to "${path}". Give a file name ending in .docx, e.g. -o report.docx`,
    notMaster: (path) => `"${path}" is not a master made by chiso (it has no master _meta sheet). Pick the file written by "chiso compile … -o master.xlsx" or by the add-in's compile.`,
    newerMaster: (path, version) => `"${path}" was made by a newer chiso (master template ${version}); update chiso and run again.`,
    masterWithoutPlan: (path) => `"${path}" is a master made by an earlier chiso, which did not keep the plan's tasks, criteria and units with it, so no report can be written from it. Compile again (chiso compile … -o master.xlsx) and write the report from the new master.`,
    note: (path, note) =>
      note.kind === 'sheet-missing'
        ? `${path}: sheet "${note.sheet}" is missing (deleted, or its headers renamed); the report has none of its figures.`
        : `${path}, sheet ${note.sheet}, row ${note.row}: column ${note.field} could not be read; the report leaves the row out.`,
  },
  explain: {
    table: (t) =>
      t.kind === 'unread'
        ? `${t.label}${t.caption ? ` (${t.caption})` : ''}: not imported — ${count(t.rowsSkipped, 'row')}, no appendix header`
        : `${t.label}${t.caption ? ` (${t.caption})` : ''}: ${t.kind === 'tasks' ? 'tasks' : `criteria ${t.index ?? '?'}`}, ${count(t.rowsRead, 'row')} read${t.rowsSkipped ? `, ${t.rowsSkipped} left out` : ''}, header of ${t.headerRows} row(s)${t.resultYear ? `, results of ${t.resultYear}` : ''}${t.targetYear ? `, targets of ${t.targetYear}` : ''}`,
    column: (c) => {
      const why: Record<string, string> = { 'other-year': 'another year, not read', duplicate: 'a second column of this kind, not read', ignored: 'not read', unknown: 'header not recognised, not read', blank: 'no header, not read' };
      const role = c.role ?? c.claimed;
      return `  column ${c.col}: “${c.header || '—'}” → ${role ? en.explain.role[role] ?? role : '—'}${c.year ? ` (${c.year})` : ''}${c.role ? '' : ` — ${why[c.status] ?? c.status}`}${c.empty ? ' — empty in every row' : ''}${c.overridden ? ' [your choice]' : ''}`;
    },
    role: { code: 'number', task: 'task', deadline: 'deadline', lead: 'lead agency', support: 'coordinating agencies', output: 'output', name: 'name', max: 'max', result: 'result', target: 'target', delta: 'difference', rank: 'rank', note: 'remarks' },
  },
  output: {
    isInput: (output, input) => `Not writing ${output}: it is this command's own input ${input}, and writing over it would lose it. Choose another file name; nothing was written.`,
    changed: (output) => `Not replacing ${output}: it differs from what chiso last wrote there (someone edited it, or chiso did not make it). Choose another name, or add --force if you are sure; nothing was written.`,
    isDirectory: (output) => `${output} is a folder, not a file. Give a file name, e.g. ${output}/master.xlsx; nothing was written.`,
    notAFolder: (output) => `${output} is a file, not a folder. Choose a folder (existing or new); nothing was written.`,
    notWritable: (output) => `Cannot write ${output}: the file or folder is read-only (no write permission). Choose another place or grant write access; nothing was written.`,
    folderHasWork: (folder, files) => `Not writing into ${folder}: ${count(files.length, 'file')} there differ from what chiso made (filled returns?): ${files.slice(0, 5).join(', ')}${files.length > 5 ? '…' : ''}. Choose a new folder, or add --force if you are sure; nothing was written.`,
    writeFailed: (output, cause, detail) =>
      `${{ interrupted: 'Stopped (Ctrl+C) while writing', 'disk-full': 'The disk is full; could not finish writing', 'no-permission': 'No permission to write', failed: `Writing failed (${detail}):` }[cause]} ${output}. The previous file (if any) is intact; no partial file is left.`,
  },
  // --- Reading a file's bytes (encodings, legacy fonts, PDF).
  sourceProblem(p, file) {
    switch (p.reason) {
      case 'empty':
        return `${file} is empty.`;
      case 'binary':
        return `${file} is not text (an archive or an image?). Save the plan as .docx, .html, .txt or a PDF with text.`;
      case 'unreadable-text': {
        const font = { tcvn3: 'TCVN3 (ABC, .VnTime fonts)', vni: 'VNI (VNI-Times fonts)', 'windows-1258': 'Windows-1258', unknown: 'an old encoding' }[p.looksLike];
        return `Cannot read the text of ${file}: ${p.words - p.readable} of ${count(p.words, 'word')} are not Vietnamese (e.g. “${p.samples.slice(0, 3).join('”, “')}”); it looks like ${font}. Nothing was imported, so no agency name is written wrong. Open the file, convert it to Unicode (Unikey: conversion tool) and save it again.`;
      }
      case 'not-pdf':
        return `${file} is not a PDF.`;
      case 'pdf-encrypted':
        return `The PDF ${file} has a password. Remove it, or use the plan's .docx or web page.`;
      case 'pdf-damaged':
        return `The PDF ${file} is damaged or was not downloaded whole. Download it again.`;
      case 'no-text-layer':
        return `The PDF ${file} (${count(p.pages, 'page')}) is a scan with no text layer, so its tables cannot be read. Use the plan's .docx or web page, or a PDF exported from Word.`;
      case 'no-ruled-table':
        return `The PDF ${file} has text but no table drawn with cell borders; chiso rebuilds only ruled tables. Use the plan's .docx or web page.`;
      case 'too-many-pages':
        return `The PDF ${file} has ${count(p.pages, 'page')}, over the ${p.limit} a plan has; not read, to keep the computer responsive.`;
      case 'too-slow':
        return `Reading ${file} took over ${p.seconds} seconds and was stopped (a damaged or unusual file). Use the plan's .docx or web page.`;
      case 'too-much-content':
        return `${file} inflates to far more than a plan${p.page === null ? '' : ` (page ${p.page})`}; not read, to keep the computer responsive.`;
    }
  },
  sourceNote(n) {
    switch (n.kind) {
      case 'encoding-guessed':
        return `The file names no encoding; read as ${n.encoding}.`;
      case 'declared-charset-ignored':
        return `The page declares ${n.declared} but holds ${n.used}; read as ${n.used}.`;
      case 'legacy-converted':
        return `Converted ${count(n.words, 'word')} on ${count(n.lines, 'line')} from ${n.font === 'tcvn3' ? 'TCVN3 (.VnTime)' : 'VNI'} to Unicode; check the agency names.`;
      case 'legacy-mixed':
        return `The file mixes Unicode (${count(n.unicodeLines, 'line')}) and ${n.font === 'tcvn3' ? 'TCVN3' : 'VNI'} (${count(n.legacyLines, 'line')}); each line was read in its own.`;
      case 'words-unreadable':
        return `${count(n.count, 'word')} read in no encoding, kept as they are: “${n.samples.join('”, “')}”.`;
      case 'running-text-dropped':
        return `Dropped the page header/footer “${n.text}” repeated on ${count(n.pages, 'page')}.`;
      case 'table-joined':
        return `The table on page ${n.pages[0]} runs on to page ${n.pages[1]}: read as one table.`;
      case 'header-repeated':
        return `Page ${n.page} repeats ${n.rows} header rows of the table: the copy was dropped.`;
      case 'header-overflow-dropped':
        return `Page ${n.page} repeats the table's header cut short; the hidden rest of the header (“${n.text}”), mixed into row ${n.row}, was taken out.`;
      case 'row-joined':
        return `Row ${n.row} was broken onto page ${n.page}: joined into one row.`;
      case 'pages-without-text':
        return `Pages ${n.pages.join(', ')} are scanned images with no text: their content is not read.`;
      case 'sheets-hidden':
        return `Hidden ${n.sheets.length === 1 ? 'sheet' : 'sheets'} “${n.sheets.join('”, “')}” not read (usually lookup lists or old versions). If an appendix is there, unhide the sheet and import again.`;
      case 'cells-beyond-table':
        return `Sheet “${n.sheet}” has ${n.count} ${n.count === 1 ? 'cell' : 'cells'} beyond the 64th column (the first: ${n.cell}); no appendix table is that wide, so they were not read.`;
      case 'rows-hidden':
        return `Sheet “${n.sheet}” has ${count(n.count, 'hidden row')} (row ${n.rows.join(', ')}${n.count > n.rows.length ? '…' : ''}), not read: usually last year's figures or items dropped. If they are part of the plan, unhide them and import again.`;
      case 'sheet-cut':
        return `Sheet “${n.sheet}” holds more cells than any appendix table; it was read up to row ${n.row}. Copy the appendix tables into a new workbook and import that.`;
    }
  },
  // --- The command line's own words (issue #14).
  cli: {
    help: {
      import: [
        'chiso import <plan> [-o file.xlsx|file.json] [options]',
        '',
        'Reads a plan (Word .docx, web page .html, text .txt, a PDF with text, or the appendix tables',
        'kept in an Excel workbook .xlsx), prints a summary and the errors and warnings found; with -o',
        'writes the plan as a workbook to carry on in Excel.',
        '',
        'Options:',
        '  -o, --output <file>  write the plan: .xlsx is a workbook with the Nhiệm vụ, Tiêu chí, Đơn vị and',
        '                       Kiểm tra sheets; .json is data for other programs. Any other ending (.xls,',
        '                       .docx, none) is refused.',
        '  --pdf                also print the workbook to PDF (same name, .pdf) through LibreOffice; needs -o file.xlsx',
        '  --json               print the plan and its findings as JSON instead of the table',
        '  --explain            print how each table and column of the source was read (when numbers land in the wrong column)',
        '  --all                print the information findings too (by default only errors and warnings)',
        '  --severity <level>   print only from this level up: error, warning (and errors), info (all)',
        '  --force              replace an existing -o file even if it is no longer as chiso wrote it',
        '  -q, --quiet          no summary or table; problems only',
        '  --lang vi|en         language of the messages',
        '',
        'Examples:',
        '  chiso import ke-hoach-159.docx -o ke-hoach-2025.xlsx',
        '  chiso import ke-hoach-159.docx -o ke-hoach-2025.xlsx --pdf',
        '  chiso import ke-hoach-159.html --explain',
        '  chiso import ke-hoach-159.docx --json > ke-hoach.json',
      ].join('\n'),
      check: [
        'chiso check <plan|workbook.xlsx> [options]',
        '',
        'Checks a plan, or a workbook chiso made (also after editing it in Excel): sums of children,',
        'targets against the maximum and last year\'s result, numbering, lead agencies, agency e-mails.',
        'Prints the summary, then errors and warnings; information findings are only counted (see --all).',
        '',
        'Options:',
        '  --all               print the information findings too',
        '  --severity <level>  print only from this level up: error, warning (and errors), info (all)',
        '  --json              print the result as JSON',
        '  -q, --quiet         print nothing; the exit code answers',
        '  --lang vi|en        language of the messages',
        '',
        'Exit code: 0 no error or warning, 1 errors or warnings, 2 the file cannot be read.',
        '',
        'Examples:',
        '  chiso check ke-hoach-2025.xlsx',
        '  chiso check ke-hoach-159.docx --severity error',
        '  chiso check ke-hoach-159.docx --all | grep PAPI',
      ].join('\n'),
      assemble: [
        'chiso assemble <plan|workbook.xlsx> -o <folder> [options]',
        '',
        'Makes, for every agency with work (departments and each commune), a report workbook with only its',
        'tasks and criteria, the mailing list (.csv and .xlsx, e-mails from the workbook\'s Đơn vị sheet) and',
        'a bao-cao-don-vi.zip of them all.',
        '',
        'Options:',
        '  -o, --output <folder>  folder to write into (made if missing). Filled returns saved there are',
        '                         not overwritten without --force.',
        '  --due <dd/mm/yyyy>     when the returns are due, written in each workbook; without it none is',
        '  --to <office>          who collects the returns, named in the workbook\'s guide (default “Sở Nội vụ”)',
        '  --password <password>  lock every cell outside the light purple ones agencies fill with this password,',
        '                         so tasks and targets cannot be unlocked and changed',
        '  --only <name>          only the agencies whose name or code contains this text (e.g. “Tư pháp”)',
        '  --period <round>       the reporting round: 2026-Q1, 2026-H1 (six months), 2026-Q3, 2026-Y (year),',
        '                         2026-M04 (a month) or X:01/03/2026-15/04/2026 (ad hoc); stamped into each workbook',
        '  --previous <master.xlsx>  last round\'s master: each workbook arrives pre-filled with the unit\'s last',
        '                         report (italic cells); needs --period',
        '  --force                replace files in the folder that are not as chiso wrote them',
        '  -q, --quiet            print nothing on success',
        '  --lang vi|en           language of the messages',
        '',
        'Examples:',
        '  chiso assemble ke-hoach-2025.xlsx -o gui-don-vi/ --due 15/12/2025',
        '  chiso assemble ke-hoach-2025.xlsx -o gui-don-vi/ --due 15/12/2025 --password 2025@snv',
        '  chiso assemble ke-hoach-2025.xlsx -o gui-lai/ --only "Sở Tư pháp" --force',
        '  chiso assemble ke-hoach-2025.xlsx -o gui-6-thang/ --period 2026-H1 --due 05/06/2026 --previous tong-hop-quy-I.xlsx',
      ].join('\n'),
      compile: [
        'chiso compile <plan|workbook.xlsx> <returns-folder> [-o master.xlsx] [options]',
        '',
        'Reads every workbook agencies sent back into the folder, checks it against the plan and compiles',
        'them. Prints the files, the values taken, the values refused (file, sheet, cell and why) and the',
        'agencies yet to send; with -o writes the master workbook (returns, task progress, self-assessment).',
        '',
        'Options:',
        '  -o, --output <file.xlsx>  write the master (.xlsx only); the report is written from it (chiso report)',
        '  --today <yyyy-mm-dd>      the day overdue tasks are counted against (default today)',
        '  --period <round>          the round being compiled (e.g. 2026-Q1); returns of another round are refused,',
        '                            the master gains the Đúng hạn and Lịch sử theo kỳ sheets',
        '  --due <dd/mm/yyyy>        when the units were due to report this round (on time / late)',
        '  --previous <master.xlsx>  last round\'s master: adds the sheet of changes since then; needs --period',
        '  --json                    print the compiled record as JSON',
        '  --all                     print every refused value (by default the first 40; the rest are counted)',
        '  --force                   replace an existing -o file even if it is no longer as chiso wrote it',
        '  -q, --quiet               no summary; problems only',
        '  --lang vi|en              language of the messages',
        '',
        'Examples:',
        '  chiso compile ke-hoach-2025.xlsx bao-cao-gui-lai/ -o tong-hop.xlsx',
        '  chiso compile ke-hoach-2025.xlsx bao-cao-gui-lai/ --today 2025-12-20',
        '  chiso compile ke-hoach-2025.xlsx bao-cao-6-thang/ -o tong-hop-6-thang.xlsx --period 2026-H1 --previous tong-hop-quy-I.xlsx',
      ].join('\n'),
      report: [
        'chiso report <master.xlsx> -o <report.docx> [options]',
        '',
        'Writes the Word report on the plan\'s progress from a master workbook (made by chiso compile or the',
        'add-in\'s Compile button): returns received, tasks done and overdue, criteria short of target.',
        '',
        'Options:',
        '  -o, --output <file.docx>  the Word file to write (.docx only)',
        '  --number <number>         the document number, e.g. 12/BC-SNV',
        '  --date <dd/mm/yyyy>       the date of issue at the head of the report',
        '  --issuer <office>         the issuing office (default Sở Nội vụ)',
        '  --period <period>         the period reported on, e.g. “Quý IV/2025”',
        '  --due <dd/mm/yyyy>        when agencies had to report, to name the late ones',
        '  -q, --quiet               print nothing on success',
        '  --lang vi|en              language of the messages',
        '',
        'Example:',
        '  chiso report tong-hop.xlsx -o bao-cao-quy-IV.docx --number 12/BC-SNV --date 20/12/2025 --period "Quý IV/2025"',
      ].join('\n'),
    },
    version: (v) => `chiso ${v}`,
    hidden: (h) => `and ${[h.warnings ? `${h.warnings} more warnings` : '', h.infos ? `${h.infos} more information findings` : ''].filter(Boolean).join(', ')} (--all shows everything)`,
    noneAtSeverity: (s) => (s === 'error' ? 'No errors.' : s === 'warning' ? 'No errors or warnings.' : 'No findings.'),
    progress: {
      reading: (done, total) => `Reading return ${done}/${total}…`,
      assembling: (done, total) => `Making agency workbook ${done}/${total}…`,
      writing: (path) => `Writing ${path}…`,
      printing: (seconds) => `Printing the PDF through LibreOffice… ${seconds} s`,
    },
    converted: (file, to) => `LibreOffice saved ${file} as .${to} so that it could be read (the file itself is unchanged).`,
  },
  periods: {
    round: (r) => `Reporting round: ${r.name} (data from ${day(r.from)} to ${day(r.to)})${r.due ? `; units' returns due ${day(r.due)} (${DUE_FROM_EN[r.dueFrom ?? 'given']})` : '; no due date for this round (set it on the plan workbook\'s Lịch báo cáo sheet, or give --due dd/mm/yyyy)'}.`,
    carried: (units, master) => `${count(units, 'workbook')} pre-filled with last round's answers from ${master} (italic cells).`,
    previousOtherPlan: (path, plan) => `${path} is the master of another plan (${plan ?? 'no number'}); not used as the previous round. Pick this plan's previous master.`,
    compiledRound: (c) => `${c.name}: ${count(c.onTime, 'unit')} on time, ${c.late} late, ${c.missing} missing (sheet Đúng hạn)${c.changes === null ? '' : `; ${c.changes} changes against the previous round (sheet Thay đổi so với kỳ trước)`}.`,
    previousNeedsPeriod: 'Invalid arguments: --previous needs --period (the round of this run, e.g. --period 2026-H1).',
    calendarProblem: (where, message) => `Plan workbook, ${where}: ${message}`,
  },
  item: (id) => itemWords(id, { task: 'Task', group: 'Section', total: '(total)' }),
  rejectionsMore: (hidden, wroteMaster) => `… and ${hidden} more refused values (${wroteMaster ? 'all of them on the master\'s sheet Tình hình nộp; ' : ''}add --all to print them all).`,
};

const EXAMPLE_VALUE: Record<string, string> = {
  '-o': 'ke-hoach.xlsx',
  '--output': 'ke-hoach.xlsx',
  '--due': '15/12/2025',
  '--date': '20/12/2025',
  '--today': '2025-12-20',
  '--to': '"Sở Nội vụ"',
  '--password': 'secret',
  '--only': '"Sở Tư pháp"',
  '--lang': 'en',
  '--severity': 'warning',
  '--issuer': '"Sở Nội vụ"',
  '--number': '12/BC-SNV',
  '--period': '"Quý IV/2025"',
};

const FORMAT_NAME: Record<string, string> = { '.xlsx': 'an Excel workbook (.xlsx)', '.json': 'JSON data (.json)', '.docx': 'a Word document (.docx)' };

function argProblemEn(p: ArgProblem): string {
  const helpFor = (command: string | null | undefined) => (command ? `See “chiso help ${command}”.` : 'See “chiso --help”.');
  switch (p.kind) {
    case 'unknown-option':
      return `unknown option ${p.option}${p.command ? ` for ${p.command}` : ''}. ${p.suggestion ? `Did you mean ${p.suggestion}? ` : ''}${helpFor(p.command)}`;
    case 'missing-value':
      return `missing value after ${p.option}. Put the value right after the option, e.g. ${p.option} ${EXAMPLE_VALUE[p.option] ?? '…'}`;
    case 'takes-no-value':
      return `option ${p.option} takes no value. Write ${p.option} alone, without “=…”.`;
    case 'bad-value':
      if (p.expected === 'vi|en') return `invalid ${p.option} “${p.value}” (vi or en).`;
      if (p.expected === 'period') return `invalid ${p.option} “${p.value}” (a reporting round: 2026-Q1, 2026-H1, 2026-Q3, 2026-Y, 2026-M04 or X:01/03/2026-15/04/2026).`;
      if (p.expected === 'error|warning|info') return `invalid ${p.option} “${p.value}” (error — errors only, warning — errors and warnings, or info — all).`;
      return `invalid ${p.option} “${p.value}”${p.expected ? ` (a real date, as ${p.expected}). E.g. ${p.option} ${EXAMPLE_VALUE[p.option] ?? ''}` : '.'}`;
    case 'unknown-command':
      return `unknown command ${p.command}. The commands: import, check, assemble, compile, report. See “chiso --help”.`;
    case 'missing-input':
      return p.command === 'report' ? 'missing the master to report on. E.g. chiso report tong-hop.xlsx -o bao-cao.docx' : `missing input file. E.g. chiso ${p.command ?? 'check'} ke-hoach.docx`;
    case 'missing-output':
      return p.command === 'report'
        ? 'missing -o bao-cao.docx (the Word file to write). E.g. chiso report tong-hop.xlsx -o bao-cao.docx'
        : `missing -o <folder> (where the agencies' workbooks go). E.g. chiso ${p.command} ke-hoach.xlsx -o gui-don-vi/`;
    case 'missing-returns':
      return 'missing the folder of returned workbooks. E.g. chiso compile ke-hoach.xlsx bao-cao-gui-lai/ -o tong-hop.xlsx';
    case 'unexpected-argument':
      return `unexpected argument ${p.argument}. ${p.command === 'compile' ? 'compile takes the plan and one folder' : `${p.command ?? 'The command'} takes one file`}; quote a name with spaces, e.g. "Kế hoạch 2025.docx".`;
    case 'option-not-for-command':
      return `${p.command} does not take ${p.option}. ${helpFor(p.command)}`;
    case 'conflicting-options':
      return `${p.options[0]} cannot go with ${p.options[1]}: ${p.options[0]} is everything, ${p.options[1]} picks a level. Drop one.`;
    case 'bad-output-extension':
      return `-o “${p.output}”: ${p.command} writes only ${p.formats.map((f) => FORMAT_NAME[f] ?? f).join(' or ')}. Name the file with ${p.formats.join(' or ')}, e.g. -o ${p.command === 'report' ? 'bao-cao' : p.command === 'compile' ? 'tong-hop' : 'ke-hoach'}${p.formats[p.formats.length - 1]}; nothing was written.`;
    case 'pdf-needs-workbook':
      return '--pdf prints the workbook, so it needs -o <name>.xlsx. E.g. chiso import ke-hoach.docx -o ke-hoach.xlsx --pdf';
  }
}
