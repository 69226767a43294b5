import type { Finding } from '../plan/schema';
import { columnLetter } from '../workbook-kit/spec';
import { fieldOf, listOf, placed, subjectOf } from './format';
import type { ReadProblem, Strings } from './types';

/** English, for `--lang en` and an English Office display language. */

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
      fileHint: 'A .txt, .html or .docx file, or an .xlsx workbook made by chiso',
      selection: 'Read the selected range',
      preview: (p) => `Read ${p.tasks} tasks and ${p.criteria} criteria (PAR INDEX ${p.par}, SIPAS ${p.sipas}, PAPI ${p.papi}); ${p.errors} errors, ${p.warnings} warnings.`,
      willCreate: 'New sheets to create:',
      create: 'Create the sheets',
      download: 'Download the workbook (.xlsx)',
      openCopy: 'Open as a new workbook',
      created: (sheets) => `Created ${sheets.length} sheets: ${sheets.join(', ')}.`,
      renamed: (planned, actual) => `A sheet “${planned}” already exists, so the new one is “${actual}” (nothing overwritten).`,
    },
    check: {
      intro: 'Read the sheets as people left them and check the numbers.',
      readSheets: 'Read and check the sheets',
      none: 'No findings yet. Import a plan or read the sheets.',
      filterSeverity: 'Severity',
      filterIndex: 'Index',
      all: 'All',
      count: (shown, total) => `Showing ${shown} of ${total} findings`,
      goTo: 'Go to cell',
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
    },
    print: {
      intro: 'Set up printing of the summary sheets: A4, one page wide, header rows repeated, “Trang N / M” page numbers.',
      apply: 'Set up printing',
      done: (n) => `Printing set up on ${n} sheets.`,
      howTo: 'To print: File → Print in Excel.',
      outside: 'Outside Excel: download the workbook and print it from Excel or LibreOffice — the print setup is in the file.',
    },
    agencies: {
      intro: 'Make a report workbook for each agency, then compile the workbooks they send back.',
      due: 'Due back (dd/mm/yyyy)',
      assemble: 'Make and download the workbooks (.zip)',
      assembled: (n) => `Made ${n} workbooks.`,
      compileLabel: 'Compile returned workbooks',
      compileHint: 'Pick one or more .xlsx files the agencies filled in',
      compiled: (f, v, r, m) => `Read ${f} files: ${v} values compiled, ${r} values refused, ${m} agencies missing.`,
      pickOne: "One agency's workbook",
      choose: 'Choose one agency',
      downloadOne: 'Download this workbook',
      dueInvalid: 'Write the date as dd/mm/yyyy, e.g. 15/12/2025; leave it empty for no due date.',
      password: 'Sheet protection password (optional)',
      passwordHint: 'Only the yellow cells can be edited; a password stops agencies unlocking the others.',
      downloadMaster: 'Download the master',
    },
    progress: { working: 'Working…', cancel: 'Cancel', cancelled: 'Cancelled.', count: (done, total) => `${done} of ${total} files` },
    errors: {
      requirements: 'This Excel does not support ExcelApi 1.9, which the add-in needs. Update Excel (Microsoft 365, Excel 2021 or later, or Excel on the web).',
      optionalMissing: (sets) => `This Excel lacks ${sets.join(', ')}: sheets are still created, without row outlines.`,
      generic: (detail) => `Something went wrong: ${detail}. Try again; if it persists, save the workbook and reopen the add-in.`,
      noPlan: 'No plan has been read yet.',
      unsupportedFile: (name) => `Cannot read ${name}: only .txt, .html, .docx or .xlsx files.`,
      docx: 'The .docx file has no readable appendix table.',
    },
    outsideOffice: 'Running outside Excel: open a plan file, see the findings, download the workbook.',
    language: 'Language',
  },
  number: (v) => String(Number(v.toFixed(6))),
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },

  finding(f) {
    const d = f.details;
    const s = subject(f);
    switch (f.rule) {
      case 'sum.children':
        return d.explainedByRounding
          ? `${s}: ${field(f)} states ${n(f.stated)}, its children add up to ${n(f.computed)} — off by ${n(d.difference)}, within rounding (${n(d.tolerance)}).`
          : `${s}: ${field(f)} states ${n(f.stated)} but its ${n(d.children)} children add up to ${n(f.computed)} — off by ${n(d.difference)}, beyond rounding (${n(d.tolerance)}). Check the parent or its children.`;
      case 'sipas.mean':
        return `${s}: ${field(f)} states ${n(f.stated)}, the mean of the groups is ${n(f.computed)} — off by ${n(d.difference)}${d.explainedByRounding ? ', within rounding.' : '. Check the overall figure.'}`;
      case 'sipas.bounds':
        return `${s}: ${field(f)} ${n(f.stated)} is outside 0–100%.`;
      case 'cross.sipas-par':
        return `${s}: ${field(f)} states ${n(f.stated)} but the SIPAS figure divided by ten is ${n(f.computed)}. The appendices must agree; correct one of them.`;
      case 'bounds.result-above-max':
        return `${s}: result ${n(f.stated)} is above the max of ${n(f.computed)}.`;
      case 'bounds.target-above-max':
        return `${s}: target ${n(f.stated)} is above the max of ${n(f.computed)} — unreachable; lower it to at most ${n(f.computed)}.`;
      case 'bounds.negative':
        return `${s}: ${field(f)} is negative (${n(f.stated)}).`;
      case 'target.below-result':
        return `${s}: target ${n(f.stated)} is below last year's result ${n(f.computed)} — the plan accepts a loss.`;
      case 'target.no-gain':
        return `${s}: target equals last year's result (${n(f.stated)}) while below the max — no gain planned (${n(d.atStakeMax)} points left).`;
      case 'target.missing':
        return `${s}: has a result (${n(d.result)}) but no target. Add a target.`;
      case 'target.missed':
        return `${s}: result ${n(f.stated)} misses the target ${n(f.computed)} — ${n(d.atStakeTarget)} points to gain; ${n(d.atStakeMax)} below the max.`;
      case 'numbering.skipped':
        return `${s}: numbering jumps from ${n(f.computed)} to ${n(f.stated)} — ${list(d.missing)} missing.`;
      case 'numbering.orphan':
        return `${s}: its parent ${n(d.parent)} is not in the appendix.`;
      case 'numbering.duplicate':
        return `${s}: number ${n(f.stated)} is used twice; the later row was given ${n(f.computed)}.`;
      case 'numbering.wrong-parent':
        return `${s}: code ${n(f.stated)} sits in area ${n(d.area)} — probably ${n(f.computed)}.`;
      case 'numbering.code-repaired':
        return `${s}: number “${n(f.stated)}” read as ${n(f.computed)}.`;
      case 'text.repaired':
        return `${s ? s + ': ' : ''}repaired escaped characters in the ${field(f)} (${list(d.repairs)}).`;
      case 'agency.spellings':
        return `One agency spelled several ways: ${list(d.spellings)} — unified as “${n(d.canonical)}”.`;
      case 'agency.inherited':
        return `${s}: blank lead cell (a merged cell) — continues the row above: ${n(f.computed)}.`;
      case 'agency.missing-lead':
        return `${s}: no lead agency. Add one.`;
      case 'agency.unknown':
        return `${s}: ${field(f)} “${n(f.stated)}” is not on the Đơn vị sheet. Correct the name, or add the agency to the Đơn vị sheet.`;
      case 'agency.email-invalid':
        return `${n(d.name)}: e-mail “${n(f.stated)}” is not an address (e.g. office@hanoi.gov.vn; separate several with ;).`;
      case 'agency.unknown-group':
        return `${n(d.name)}: group “${n(f.stated)}” is no group on the Đơn vị sheet, so this unit gets none of a group's work. Correct the Thuộc nhóm cell.`;
      case 'agency.duplicate-code':
        return `${n(d.name)}: code ${n(f.stated)} is also ${n(d.first)}'s; it is ignored for this unit. Correct the code.`;
      case 'agency.members-bundled':
        return `“${n(f.stated)}” has ${n(f.computed)} communes and wards from the bundled list (Hà Nội, since 1 July 2025). Edit them, and add e-mails and contacts, on the Đơn vị sheet.`;
      case 'task.deadline-unparsed':
        return `${s}: deadline “${n(f.stated)}” could not be read as a date; the text is kept.`;
      case 'task.no-lead':
        return `${s}: no lead agency. Add the agency in charge of this task.`;
      case 'task.subarea-wrong-area':
        return `${s}: sub-area ${n(f.stated)} sits in area ${n(d.area)} — probably ${n(f.computed)}.`;
      case 'task.subarea-sequence':
        return d.missing ? `${s}: sub-area numbering skips ${list(d.missing)}.` : `${s}: sub-area ${n(f.stated)} is out of order (after ${n(d.previous)}).`;
      case 'link.unmatched-group':
        return `${s}: no ${f.index ?? ''} criterion matches this task group's name.`;
      case 'meta.dates-disagree':
        return `The plan gives itself different dates: ${list(d.dates)}.`;
      case 'meta.years-disagree':
        return `The appendices disagree on the ${field(f)}: ${n(f.stated)} and ${n(f.computed)} (${n(d.table)}).`;
      case 'meta.number-missing':
        return 'No plan number found (the “Số: …” line).';
      case 'sheet.missing':
        return `Sheet “${n(f.stated)}” (or one with its column headers) not found. That part of the plan was not read.`;
      case 'sheet.row-without-id':
        return `A row without an ID (added by hand?): “${n(f.stated)}”. It is not part of the plan; add it through the add-in if needed.`;
      case 'sheet.unknown-id':
        return `ID “${n(f.stated)}” is malformed; the row is skipped. Do not edit the ID column.`;
      case 'sheet.duplicate-id':
        return `ID ${n(f.stated)} appears again (a copied row?); only the first row is read.`;
      case 'sheet.number-unreadable':
        return `${s}: “${n(f.stated)}” in the ${field(f)} column is not a number. Type a number (e.g. 9,5) or leave it blank.`;
      case 'sheet.unknown-index':
        return `${s}: the index column says “${n(f.stated)}” — it must be PAR, SIPAS or PAPI.`;
      case 'sheet.invalid':
        return `The data read is not valid: ${n(f.stated)}.`;
      case 'workbook.clamped':
        return f.computed === null
          ? `Range ${n(f.stated)} on sheet ${n(d.sheet)} was too large or unreadable and was left out (formatting only; no values are affected).`
          : `Range ${n(f.stated)} on sheet ${n(d.sheet)} covered the whole sheet; it was cut to ${n(f.computed)} to read the file.`;
      case 'import.row-short':
        return `Row “${n(f.stated)}” is one cell short — its columns may be shifted. Check this row in the source table.`;
      case 'import.row-misaligned':
        return `Cell “${n(f.stated)}” fits no column — a table row lost or gained a cell. Check the source table around this place.`;
      case 'import.row-unrecognised':
        return `Row number “${n(f.stated)}”${d.title || d.name ? ` of “${n(d.title ?? d.name)}”` : ''} not recognised; the row is kept but needs checking.`;
      case 'import.number-unreadable':
        return `${s}: “${n(f.stated)}” in the ${field(f)} column is not a number. Write it as a number (e.g. 9,5).`;
      case 'import.total-missing':
        return `The ${f.index ?? ''} appendix has no total row.`;
      case 'import.part-unknown':
        return `Part ${n(d.part)} “${n(f.stated)}” names no index (PAR INDEX, PAPI, SIPAS); its tasks are skipped.`;
      case 'import.row-outside-part':
        return `Row “${n(d.title)}” comes before the first part A/B/C; skipped.`;
      case 'import.table-repeated':
        return `Table ${n(f.stated)} of ${f.index ?? ''} appears again; its rows are merged in.`;
      case 'workbook.formula-without-value':
        return `Cell ${n(f.stated)} on sheet ${n(d.sheet)} holds a formula saved without its result (written by another program, never recalculated), so its value cannot be read. Open and save the file in Excel, then try again.`;
      case 'workbook.hidden-by-merge':
        return `Cell ${n(f.stated)} on sheet ${n(d.sheet)} lies inside a merged range, so its value is not read (Excel shows only a merge's first cell). Unmerge the range or move the value.`;
      default:
        return `${s}: ${f.rule}`;
    }
  },

  where(f) {
    const l = f.location;
    if (!l) return '';
    if (l.row !== null && l.col !== null) return `${l.table ?? ''}, cell ${columnLetter(l.col)}${l.row}`;
    return [l.table, l.line !== null ? `line ${l.line}` : null, l.row !== null ? `row ${l.row}` : null].filter(Boolean).join(', ');
  },

  readProblem(problem, file, line) {
    switch (problem) {
      case 'missing':
        return `File ${file} not found. Check the path.`;
      case 'directory':
        return `${file} is a folder, not a plan file.`;
      case 'too-large':
        return `File ${file} is too large to read (over 50 MB, or unzips to too much); not read, to keep the machine responsive. Remove images and stray data, then save it again.`;
      case 'binary':
        return `File ${file} is not text (a zip, PDF or image?). Save the plan as .txt or .html.`;
      case 'empty':
        return `File ${file} is empty.`;
      case 'unreadable':
        return `File ${file} cannot be read (permissions?).`;
      case 'no-table':
        return `File ${file} has no appendix table (a header row such as “STT | Nhiệm vụ | …” or “STT | Lĩnh vực/Tiêu chí | Điểm tối đa | …” is needed).`;
      case 'not-zip':
        return `File ${file} is not an Excel workbook (.xlsx): it is not Excel's zip format. Open it in Excel and save as .xlsx.`;
      case 'truncated':
        return `File ${file} is cut off or damaged (an incomplete download?). Ask for the file again.`;
      case 'not-xlsx':
        return `File ${file} is a zip but not an Excel workbook. Save it as .xlsx.`;
      case 'too-many-entries':
        return `File ${file} holds too many parts for a normal workbook; not read, to keep the machine responsive.`;
      case 'encrypted':
        return `File ${file} has a password to open. Remove it (File → Info → Protect Workbook) and send it again.`;
      case 'old-format':
        return `File ${file} is in the old Excel format (.xls) or another Office document, not .xlsx. Open it in Excel, Save As → Excel Workbook (.xlsx) and send it again.`;
      case 'corrupt':
        return `File ${file} is damaged and cannot be unzipped. Open it in Excel, save it and send it again.`;
      case 'timeout':
        return `Reading ${file} took too long and was stopped. Open it in Excel, clear stray formatting, save and try again.`;
      case 'not-a-plan-workbook':
        return `File ${file} has no sheet in chiso's layout (an ID column and the template's headers). Use a workbook chiso made.`;
      case 'cut-off':
        return `File ${file} is cut off in the middle of a table row${line ? ` (line ${line})` : ''}. Get the complete plan again.`;
      case 'over-limit':
        return `${file} holds too many cells, merged ranges or strings for an ordinary workbook; it was not read, to avoid hanging. Remove the surplus, save and try again.`;
      case 'malformed':
        return `${file} is damaged inside (its XML cannot be read). Open it in Excel, save it and send it again.`;
    }
  },

  usage: [
    'Usage:',
    '  chiso import <plan.txt|.html> [--json] [-o file.json|file.xlsx] [--pdf] [--lang vi|en]',
    '  chiso check  <plan.txt|.html|workbook.xlsx> [--json] [--lang vi|en]',
    '  chiso assemble <plan|workbook.xlsx> -o folder/ [--due dd/mm/yyyy] [--to "who collects"] [--password pw] [--only name]',
    '  chiso compile <plan|workbook.xlsx> <returns-folder/> [-o master.xlsx] [--json] [--today yyyy-mm-dd]',
    '',
    'check exits 0 with no warning or error, 1 with some, 2 when the file cannot be read.',
  ].join('\n'),

  badArguments: (problem) => `Invalid arguments: ${problem}. Run “chiso --help” for usage.`,

  summary: (s) => `${s.file}: ${s.tasks} tasks, ${s.criteria} criteria; ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos.`,

  noPdf: (reason) => (reason === 'not-installed' ? 'LibreOffice is not installed, so no PDF: apt-get install -y --no-install-recommends libreoffice-calc-nogui fonts-liberation2' : 'LibreOffice could not print the workbook to PDF.'),
  assembled: (n, dir, zip) => `Wrote ${n} report workbooks to ${dir} and the archive ${zip}.`,
  unexpanded: (name, count) => `Group “${name}” (${count} times) names no agency in particular, so it gets no workbook; name the agencies in the plan if needed.`,
  refusal(reason, file = '') {
    const [code, detail] = [reason.split(':')[0], reason.slice(reason.indexOf(':') + 1)];
    const words: Record<string, string> = {
      'not-an-agency-workbook': 'Not a report workbook made by chiso (no _meta sheet). Fill in the file that was sent and send it back.',
      'other-plan': `A workbook of another plan (${detail}). Fill in this plan's file and send it back.`,
      'unknown-agency': `The workbook names “${detail}”, who is not among this plan's recipients. Use the file sent to your agency.`,
      'superseded-by': `A later file from the same agency (${detail}) replaces this one. If this one is right, send it again.`,
      superseded: "From a file replaced by the same agency's later one.",
      'status-not-in-list': 'Status not in the list; pick one from the drop-down and send the file again.',
      'not-a-date': 'Not a date; write dd/mm/yyyy and send the file again.',
      'not-a-number': 'Not a number; write the score as a number (e.g. 1,25) and send the file again.',
      'out-of-range': 'Score outside 0 to the max; correct it and send the file again.',
      'outside-table': "Outside the template's table (not a column or row that is compiled); not compiled. Write it in the matching column of the task or criterion.",
      'row-without-id': "A row the agency added (no ID); not compiled. Write it in the matching task's or criterion's own row.",
      'row-not-in-template': "A row that is not in this agency's workbook (copied from another file?); not compiled.",
      'row-missing': `Row ${detail} was deleted from the workbook, so nothing is reported for it. Fill in the original file (without deleting rows) and send it again.`,
      'row-repeated': 'A repeated (copied) row; only the first is compiled. Delete the copy or merge it into the first.',
      'extra-sheet': "On a sheet the agency added; not compiled. Move it to the Nhiệm vụ or Tiêu chí sheet if needed.",
      'sheet-missing': 'This sheet is missing from the returned workbook (deleted, or its headers changed). Use the original file.',
      'locked-cell-edited': `A locked cell was edited (originally “${detail}”); the plan's text is kept. Do not edit these cells.`,
      'range-clamped': `Range ${detail} (a merge, validation or format) covers the whole sheet and was cut back to read it; the values are compiled. Remove that range from the agency's file.`,
      'over-limit': `The workbook holds too many ${({ cells: 'cells with data', merges: 'merged ranges', strings: 'text strings', ranges: 'hyperlinks or validation ranges', 'range-visits': 'overlapping merged ranges' } as Record<string, string>)[detail] ?? detail} for a report workbook; it was not read, to avoid hanging. Remove the surplus, save and send it again.`,
      'formula-without-value': 'The cell holds a formula saved without its result (written by another program, never recalculated), so its value cannot be read. Open and save the file in Excel, then send it again.',
      'hidden-by-merge': 'The cell lies inside a merged range, so its value is not compiled (Excel shows only a merge\'s first cell). Unmerge the cells and send the file again.',
    };
    return words[code ?? ''] ?? this.readProblem(code as ReadProblem, file, null);
  },
  rejection(r) {
    return placed(r, this.refusal(r.reason, r.file), { file: 'File', sheet: 'sheet', cell: 'cell' });
  },
  compiled: (c) => `Read ${c.files} files: ${c.accepted} agencies accepted, ${c.values} values compiled, ${c.rejected} values refused (see Tình hình nộp), ${c.missing} agencies missing.`,
  wrote: (path) => `Wrote ${path}`,
  tableHeader: { severity: 'Severity', where: 'Where', id: 'Item', message: 'Message' },
  noFindings: 'No findings.',
};
