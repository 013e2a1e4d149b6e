/**
 * Grid -> ParsedBalance: finds the header, picks the mapping (user > saved for this header >
 * built-in preset > guessed from labels), reads every row and validates it. Pure and synchronous:
 * the worker calls it, and so do the tests, directly.
 */
import type { Cents, IsoDate, SavedMapping } from '../model';
import { addCents, subtractCents, ZERO_CENTS } from '../money';
import { asOfDateFromDocuments, proposeAsOfDate } from './asOfDate';
import { balanceSourceText } from './balanceSource';
import { BucketRows } from './bucketRows';
import { CurrencyTotalRows } from './currencyTotals';
import { DebtorBook } from './debtorBook';
import { gapCause } from './gapCause';
import type { Grid } from './grid';
import { type DetectedHeader, detectHeader, HEADER_SCAN_ROWS, readHeader } from './header';
import { IssueList } from './issues';
import {
  detectLayout,
  guessMapping,
  headerSignature,
  missingColumns,
  sanitizeMapping,
} from './mapping';
import { OpenItemRows, type RowReaderOptions } from './openItemRows';
import { matchPreset } from './presets';
import { createRowClassifier } from './rowKinds';
import { settlePartialLettering } from './settlement';
import { currencyFromAmountHeaders, currencyFromTitleRows } from './sheetCurrency';
import type { ColumnMapping, HeaderRange, MappingSource, ParsedBalance, ParsedItem } from './types';
import { UnusedColumns, warnUnusedColumns } from './unusedColumns';
import { type DateOrder, isKnownCurrency } from './values';

export interface ParseGridOptions {
  fileName: string;
  /** Empty for CSV files (no sheet to name in messages). */
  sheetName: string;
  /** Mapping corrected by the user; wins over everything else. */
  mapping?: ColumnMapping;
  /** Header lines the user pointed at (or kept as detected while correcting the mapping). */
  header?: HeaderRange;
  /** Mappings confirmed earlier, found again by the signature of the header. */
  savedMappings?: readonly Pick<SavedMapping, 'headerSignature' | 'mapping' | 'header'>[];
  /** As-of date given by the user; else read from the title or the file name. */
  asOfDate?: IsoDate | null;
  /** Currency of amounts with none written (default `EUR`). */
  defaultCurrency?: string;
  /** Called with 0–100 while rows are read. */
  onProgress?: (percent: number) => void;
}

const PROGRESS_EVERY_ROWS = 5_000;

function chooseMapping(
  header: DetectedHeader,
  signature: string,
  options: ParseGridOptions,
): { mapping: ColumnMapping; source: MappingSource; presetId?: string } {
  if (options.mapping) return { mapping: options.mapping, source: 'user' };
  const saved = savedFor(header, options, signature);
  if (saved) return { mapping: saved.mapping, source: 'saved' };
  const preset = matchPreset(header.columns);
  if (preset) return { mapping: preset.mapping, source: 'preset', presetId: preset.preset.id };
  return { mapping: guessMapping(header.columns), source: 'auto' };
}

function validRange(grid: Grid, range: HeaderRange): boolean {
  return (
    Number.isInteger(range.first) &&
    Number.isInteger(range.last) &&
    range.first >= 1 &&
    range.last >= range.first &&
    range.last <= grid.rows.length
  );
}

/**
 * The header lines the user chose; else the detected ones; else, when detection fails, the lines
 * of a saved mapping whose header reads the same there (the user chose them last month).
 */
function findHeader(grid: Grid, options: ParseGridOptions): DetectedHeader | null {
  if (options.header) {
    const { first, last } = options.header;
    return validRange(grid, options.header) ? readHeader(grid, first - 1, last - 1) : null;
  }
  const detected = detectHeader(grid);
  if (detected && detected.score > 0) return detected;
  for (const saved of options.savedMappings ?? []) {
    if (!saved.header || !validRange(grid, saved.header)) continue;
    const candidate = readHeader(grid, saved.header.first - 1, saved.header.last - 1);
    if (headerSignature(candidate.columns) === saved.headerSignature) return candidate;
  }
  return detected;
}

function savedFor(
  header: DetectedHeader,
  options: ParseGridOptions,
  signature = headerSignature(header.columns),
) {
  return options.savedMappings?.find((s) => s.headerSignature === signature);
}

export function parseGrid(grid: Grid, options: ParseGridOptions): ParsedBalance {
  const { fileName, sheetName } = options;
  const issues = new IssueList({ fileName, sheetName });
  const header = findHeader(grid, options);
  const base: ParsedBalance = {
    fileName,
    sheetName,
    layout: 'open-items',
    asOfDate: options.asOfDate ?? null,
    header: header ? { first: header.firstRow + 1, last: header.lastRow + 1 } : null,
    headers: header?.columns.map((c) => c.label) ?? [],
    headerSignature: header ? headerSignature(header.columns) : '',
    mapping: {},
    mappingSource: 'auto',
    debtors: [],
    items: [],
    issues: issues.issues,
    dataRowCount: 0,
  };
  // A header the user chose is read as it is: its columns are then mapped by hand.
  const chosenHeader = options.header !== undefined || options.mapping !== undefined;
  if (!header || (header.score === 0 && !chosenHeader && !savedFor(header, options))) {
    issues.file(
      'error',
      `aucune ligne d’en-tête reconnue dans les ${HEADER_SCAN_ROWS} premières lignes (attendu des colonnes comme « Code client », « N° pièce », « Échéance », « Montant » ou des tranches « Non échu », « 1-30 j ») : vérifiez la feuille ou indiquez la ligne d’en-tête et les colonnes`,
    );
    return base;
  }

  const chosen = chooseMapping(header, base.headerSignature, options);
  const mapping = sanitizeMapping(chosen.mapping);
  const layout = detectLayout(mapping);
  const result: ParsedBalance = { ...base, layout, mapping, mappingSource: chosen.source };
  if (chosen.presetId) result.presetId = chosen.presetId;
  result.balanceSource = balanceSourceText(mapping, layout, result.headers);
  const missing = missingColumns(mapping, layout);
  if (missing.length > 0) {
    const list = missing.map((m) => `« ${m} »`).join(', ');
    issues.file(
      'error',
      `colonne${missing.length > 1 ? 's' : ''} introuvable${missing.length > 1 ? 's' : ''} : ${list} (corrigez la correspondance des colonnes)`,
    );
    return result;
  }

  // Number and date formats belong to the export, whoever mapped its columns.
  const dateOrder = matchPreset(header.columns)?.preset.dateOrder ?? 'day-first';
  let proposal = proposeAsOfDate(grid, fileName, header, dateOrder);
  result.asOfDate = options.asOfDate ?? proposal?.date ?? null;
  if (layout === 'buckets' && !result.asOfDate) {
    issues.file(
      'error',
      'date d’arrêté de la balance introuvable (ni dans le titre ni dans le nom du fichier) : indiquez-la pour dater les tranches d’âge',
    );
  }
  const sheetCurrency =
    currencyFromTitleRows(grid, header.firstRow) ??
    currencyFromAmountHeaders(header.columns, mapping);
  if (sheetCurrency) result.sheetCurrency = sheetCurrency;
  readRows(grid, header, result, issues, { ...options, dateOrder });
  // Nothing written says the date: the latest document is a lower bound, proposed as such.
  proposal ??= asOfDateFromDocuments(result.items);
  result.asOfDateProposal = proposal;
  result.asOfDate ??= proposal?.date ?? null;
  return result;
}

function readRows(
  grid: Grid,
  header: DetectedHeader,
  result: ParsedBalance,
  issues: IssueList,
  options: ParseGridOptions & { dateOrder: DateOrder },
): void {
  const { mapping } = result;
  const debtors = new DebtorBook(mapping);
  const readerOptions: RowReaderOptions = {
    grid,
    mapping,
    issues,
    debtors,
    defaultCurrency: options.defaultCurrency ?? result.sheetCurrency ?? 'EUR',
    isKnownCurrency,
    dateOrder: options.dateOrder,
  };
  const openItems = new OpenItemRows(readerOptions);
  const unused = new UnusedColumns(header.columns, mapping);
  const buckets = new BucketRows(readerOptions, result.asOfDate, unused);
  const classify = createRowClassifier(grid, header, mapping);
  let items: ParsedItem[] = [];
  let fileTotal: Cents | undefined;
  const totals = new CurrencyTotalRows();
  let dataRows = 0;
  let errorRows = 0;
  const first = header.lastRow + 1;
  const last = grid.rows.length - 1;
  for (let r = first; r <= last; r++) {
    if (options.onProgress && (r - first) % PROGRESS_EVERY_ROWS === 0) {
      options.onProgress(Math.round(((r - first) / Math.max(1, last - first + 1)) * 100));
    }
    const row = grid.rows[r];
    const kind = classify(row);
    if (!row || kind === 'blank' || kind === 'repeated-header') continue;
    if (kind === 'subtotal') {
      openItems.endDebtorBlock();
      continue;
    }
    if (kind === 'grand-total') {
      if (result.layout === 'buckets') {
        fileTotal = buckets.rowTotal(row);
        continue;
      }
      const total = openItems.totalOf(row);
      const said = openItems.totalCurrencyOf(row);
      totals.add(said.currency, total, said.eurCents, r);
      fileTotal = total ?? fileTotal;
      continue;
    }
    unused.observe(row);
    if (result.layout === 'buckets') {
      const read = buckets.read(row, r);
      if (read === 'skipped') continue;
      dataRows++;
      if (read) items.push(...read);
      else errorRows++;
    } else {
      const read = openItems.read(row, r);
      if (read === 'skipped' || read === 'group') continue;
      dataRows++;
      if (read === null) errorRows++;
      else if (read !== 'settled') items.push(read);
    }
  }
  options.onProgress?.(100);
  if (result.layout === 'open-items') {
    const netted = settlePartialLettering(items, openItems.partialLettering);
    items = netted.items;
    const settled = { ...openItems.settled };
    settled.lettered += netted.settledRows.length;
    // A line the lettrage settles is not imported: what was said about it no longer matters.
    issues.dropWarningsOfRows(new Set(netted.settledRows));
    if (settled.nothingLeft + settled.paidStatus + settled.lettered > 0) result.settled = settled;
  }
  result.items = items;
  result.debtors = debtors.list();
  result.dataRowCount = dataRows;
  const unusedAmounts = unused.amountColumns();
  warnUnusedColumns(unusedAmounts, issues);
  if (result.layout === 'open-items') {
    fileTotal = totals.reconcile(result, items, fileTotal, issues);
  }
  if (fileTotal !== undefined) result.fileTotalCents = fileTotal;
  // Without a date, bucket rows give no items yet: a gap would mean nothing.
  if (fileTotal !== undefined && (result.layout !== 'buckets' || result.asOfDate)) {
    let imported = ZERO_CENTS;
    for (const item of items) imported = addCents(imported, item.openCents);
    const difference = subtractCents(imported, fileTotal);
    if (difference !== 0) {
      result.gapExplanation = gapCause({
        differenceCents: difference,
        importedCents: imported,
        fileTotalCents: fileTotal,
        items,
        unused: unusedAmounts,
        autoFilter: grid.autoFilter,
        errorRows,
      });
      issues.file('warning', result.gapExplanation);
    }
  }
  if (dataRows === 0) {
    // Importing an empty balance would close every open item as paid: refuse it.
    issues.file(
      'error',
      `aucune ligne de données sous l’en-tête (ligne ${header.lastRow + 1}) : vérifiez que l’export contient bien les pièces ouvertes`,
    );
  }
  warnMixedCurrencies(result, issues);
}

function warnMixedCurrencies(result: ParsedBalance, issues: IssueList): void {
  if (result.mapping.currency !== undefined) return;
  const currencies = new Set(result.items.map((item) => item.currency));
  if (currencies.size < 2) return;
  issues.file(
    'warning',
    `le fichier mélange plusieurs devises (${[...currencies].sort().join(', ')}) sans colonne « Devise » : chaque montant garde la devise écrite dans sa cellule, vérifiez-les avant d’importer`,
  );
}
