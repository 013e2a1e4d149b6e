/**
 * What a row under the header is: data, blank, a subtotal (« Total client 411ALPHA »,
 * « Sous-total »), the grand total (« Total général », SAP `**`), or the header printed again at
 * the top of each page. One pass over at most a few cells per row.
 */
import { type Grid, type GridRow, isBlankCell } from './grid';
import type { DetectedHeader } from './header';
import type { ColumnMapping } from './types';
import { isKnownCurrency } from './values';

export type RowKind = 'blank' | 'subtotal' | 'grand-total' | 'repeated-header' | 'data';

const TOTAL_WORD =
  /^\s*(sous[\s-]?(?:totaux|total)|totaux|total|grand[\s-]total|cumul|summe|gesamtsumme|zwischensumme|\*+)\s*[:.]?\s*(.*)$/i;
/** After « Total », words that make it a total line and not a name (« TOTAL ENERGIES »). */
const TOTAL_QUALIFIER =
  /^(?:client|clients|compte|comptes|tiers|g[ée]n[ée]ral|general|des|du|pour|par|partenaire|partner|customer|account|balance|soci[ée]t[ée]|groupe|devise|eur\b)/i;
const GRAND_TOTAL =
  /^\s*(?:total\s+g[ée]n[ée]ral|grand[\s-]total|total\s+(?:balance|clients|des\s+comptes|g[ée]n[ée]ral)|gesamtsumme|\*\*+\s*$)/i;

/** What follows « Total » in a currency's total line: « GBP », « devise USD », « en EUR ». */
const CURRENCY_TOTAL = /^(?:(?:devise|en|currency)\s*:?\s*)?([A-Z]{3})$/;

function isCurrencyTotal(rest: string): boolean {
  const code = CURRENCY_TOTAL.exec(rest.trim())?.[1];
  return code !== undefined && isKnownCurrency(code);
}

/** The kind of total a label announces, or null when it is not a total label. */
export function totalLabelKind(label: string): 'subtotal' | 'grand-total' | 'bare' | null {
  const m = TOTAL_WORD.exec(label);
  if (!m) return null;
  const word = (m[1] ?? '').toLowerCase();
  const rest = m[2] ?? '';
  if (GRAND_TOTAL.test(label)) return 'grand-total';
  // « Total GBP », « Total devise USD »: a currency's total, grand or per client as the row says.
  if (word.startsWith('tot') && isCurrencyTotal(rest)) return 'bare';
  if (word.startsWith('tot')) {
    if (rest === '') return 'bare';
    if (!TOTAL_QUALIFIER.test(rest) && !/\d/.test(rest)) return null;
  }
  return 'subtotal';
}

export type RowClassifier = (row: GridRow | undefined) => RowKind;

export function createRowClassifier(
  grid: Grid,
  header: DetectedHeader,
  mapping: ColumnMapping,
): RowClassifier {
  // Header texts per column, from the header lines and the line above (the upper line of a
  // two-line header read through merges), to recognise the header repeated on each page.
  const headerTexts = new Map<number, Set<string>>();
  for (let r = Math.max(0, header.firstRow - 1); r <= header.lastRow; r++) {
    (grid.rows[r] ?? []).forEach((cell, c) => {
      if (typeof cell !== 'string' || cell.trim() === '') return;
      const set = headerTexts.get(c) ?? new Set<string>();
      set.add(cell.trim());
      headerTexts.set(c, set);
    });
  }
  const documentColumns = [mapping.documentNumber, mapping.dueDate, mapping.documentDate].filter(
    (c): c is number => c !== undefined,
  );
  const identityColumns = [mapping.accountNo, mapping.debtorName].filter(
    (c): c is number => c !== undefined,
  );

  return (row) => {
    if (!row) return 'blank';
    let labelsSeen = 0;
    let headerMatches = 0;
    let blank = true;
    let total: { kind: 'subtotal' | 'grand-total' | 'bare'; column: number } | null = null;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (isBlankCell(cell)) continue;
      blank = false;
      if (typeof cell !== 'string') continue;
      const text = cell.trim();
      if (headerTexts.get(c)?.has(text)) headerMatches++;
      if (labelsSeen < 3 && !total) {
        labelsSeen++;
        const kind = totalLabelKind(text);
        if (kind) total = { kind, column: c };
      }
    }
    if (blank) return 'blank';
    if (headerMatches >= 2) return 'repeated-header';
    if (!total) return 'data';
    const label = total;
    // A real document on the row (number, dates) means the label is data, e.g. a debtor name.
    if (documentColumns.some((c) => c !== label.column && !isBlankCell(row[c]))) return 'data';
    if (label.kind !== 'bare') return label.kind;
    const namesSomeone = identityColumns.some((c) => c !== label.column && !isBlankCell(row[c]));
    return namesSomeone ? 'subtotal' : 'grand-total';
  };
}
