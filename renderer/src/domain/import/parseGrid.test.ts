import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates';
import type { Cell, Grid } from './grid';
import { type ParseGridOptions, parseGrid } from './parseGrid';
import { blockingIssues, reconcile } from './reconcile';

const options: ParseGridOptions = { fileName: 'balance.xlsx', sheetName: 'Balance' };
const parse = (rows: Cell[][], extra: Partial<ParseGridOptions> = {}) =>
  parseGrid({ rows } satisfies Grid, { ...options, ...extra });
const messages = (rows: Cell[][], extra: Partial<ParseGridOptions> = {}) =>
  parse(rows, extra).issues.map((i) => i.message);

const HEADER: Cell[] = [
  'Code client',
  'Raison sociale',
  'N° facture',
  'Date facture',
  'Échéance',
  'Montant',
];

describe('parseGrid — open items', () => {
  it('reads items, debtors, kinds and the total row', () => {
    const balance = parse([
      ['Balance âgée clients au 31/10/2026'],
      [],
      HEADER,
      ['411A', 'Alpha', 'FA-1', '01/09/2026', '01/10/2026', '1 200,00'],
      ['411A', 'Alpha', 'AV-1', '05/09/2026', '05/09/2026', -200],
      ['411B', 'Beta', 'RG-7', '10/10/2026', '10/10/2026', '(50,00)'],
      ['Total général', '', '', '', '', 950],
    ]);
    expect(balance.asOfDate).toBe('2026-10-31');
    expect(balance.header).toEqual({ first: 3, last: 3 });
    expect(balance.items.map((i) => [i.number, i.kind, i.openCents])).toEqual([
      ['FA-1', 'invoice', 120000],
      ['AV-1', 'credit-note', -20000],
      ['RG-7', 'unapplied-payment', -5000],
    ]);
    expect(balance.debtors).toEqual([
      { accountNo: '411A', name: 'Alpha' },
      { accountNo: '411B', name: 'Beta' },
    ]);
    expect(reconcile(balance)).toEqual({
      importedCents: 95000,
      fileTotalCents: 95000,
      differenceCents: 0,
    });
    expect(balance.issues).toEqual([]);
  });

  it('names file, sheet, row, column, value and what was expected', () => {
    const rows: Cell[][] = [HEADER];
    for (let i = 0; i < 12; i++)
      rows.push([`411C${i}`, 'C', `FA-${i}`, '01/01/2026', '01/02/2026', 10]);
    rows[13] = ['411X', 'X', 'FA-X', '01/01/2026', '31/02/2026', 10];
    expect(messages(rows)).toEqual([
      'balance.xlsx, feuille « Balance », ligne 14, colonne E : « 31/02/2026 » n’est pas une date valide (attendu JJ/MM/AAAA)',
    ]);
  });

  it('omits the sheet for a CSV file', () => {
    expect(
      messages([HEADER, ['411A', 'A', 'FA-1', '01/09/2026', 'bientôt', 10]], { sheetName: '' }),
    ).toEqual([
      'balance.xlsx, ligne 2, colonne E : « bientôt » n’est pas une date valide (attendu JJ/MM/AAAA)',
    ]);
  });

  it('lets the items of a debtor group line inherit its code, until its subtotal', () => {
    const balance = parse([
      ['N° compte', 'Intitulé', 'N° pièce', 'Échéance', 'Solde'],
      ['411A', 'Alpha'],
      ['', '', 'FA-1', '01/10/2026', 100],
      ['', '', 'FA-2', '02/10/2026', 200],
      ['Total client 411A', '', '', '', 300],
      ['', '', 'FA-3', '03/10/2026', 300],
    ]);
    expect(balance.items.map((i) => `${i.accountNo}/${i.number}`)).toEqual([
      '411A/FA-1',
      '411A/FA-2',
    ]);
    expect(balance.issues.map((i) => i.message)).toEqual([
      'balance.xlsx, feuille « Balance », ligne 6, colonne A : code client manquant (attendu le code ou le nom du client, ou une ligne de client au-dessus)',
    ]);
  });

  it('skips blank rows, repeated page headers and does not mistake TOTAL ENERGIES for a total', () => {
    const balance = parse([
      HEADER,
      ['411T', 'TOTAL ENERGIES MARKETING', 'FA-1', '01/09/2026', '01/10/2026', 100],
      [],
      ['Page 2'],
      HEADER,
      ['411T', 'TOTAL ENERGIES MARKETING', 'FA-2', '01/09/2026', '01/10/2026', 200],
    ]);
    expect(balance.items.map((i) => i.number)).toEqual(['FA-1', 'FA-2']);
    expect(balance.dataRowCount).toBe(2);
    expect(balance.issues).toEqual([]);
  });

  it('computes amounts from debit and credit, open amount from its own column', () => {
    const balance = parse([
      ['Compte', 'Pièce', 'Échéance', 'Débit', 'Crédit', 'Solde', 'Type'],
      ['411A', 'FA-1', '01/10/2026', 1000, null, 400, 'Facture'],
      ['411A', 'AV-1', '01/10/2026', null, 150, -150, 'Avoir'],
      ['411A', 'AV-2', '01/10/2026', 80, null, 80, 'Avoir'],
    ]);
    expect(balance.items.map((i) => [i.number, i.kind, i.amountCents, i.openCents])).toEqual([
      ['FA-1', 'invoice', 100000, 40000],
      ['AV-1', 'credit-note', -15000, -15000],
      // A credit note is negative in the ledger even when the file wrote it positive.
      ['AV-2', 'credit-note', -8000, -8000],
    ]);
  });

  it('warns without blocking: due before issue date, duplicate, unknown currency; skips nothing left', () => {
    const balance = parse([
      ['Code client', 'N° facture', 'Date facture', 'Échéance', 'Montant', 'Devise'],
      ['411A', 'FA-1', '15/10/2026', '01/10/2026', 100, 'EUR'],
      ['411A', 'FA-2', '01/10/2026', '31/10/2026', 0, 'EUR'],
      ['411A', 'FA-1', '15/10/2026', '14/11/2026', 50, 'EUR'],
      ['411A', 'FA-3', '01/10/2026', '31/10/2026', 70, 'XYZ'],
    ]);
    // FA-2 has nothing left to pay: counted, not imported.
    expect(balance.items.map((i) => i.number)).toEqual(['FA-1', 'FA-1', 'FA-3']);
    expect(balance.settled).toEqual({ nothingLeft: 1, paidStatus: 0, lettered: 0 });
    expect(balance.dataRowCount).toBe(4);
    expect(balance.issues.every((i) => i.severity === 'warning')).toBe(true);
    expect(balance.issues.map((i) => i.message)).toEqual([
      'balance.xlsx, feuille « Balance », ligne 2, colonne D : « 01/10/2026 » est antérieure à la date de pièce 15/10/2026 (vérifiez l’échéance)',
      'balance.xlsx, feuille « Balance », ligne 4, colonne B : « FA-1 » figure déjà ligne 2 pour le client 411A : les deux lignes seront cumulées',
      'balance.xlsx, feuille « Balance », ligne 5, colonne F : « XYZ » n’est pas une devise connue (attendu un code ISO comme EUR, USD, GBP) : la ligne est importée telle quelle',
    ]);
  });

  it('refuses a header with no data under it (it would close every open item)', () => {
    expect(
      blockingIssues(parse([['Titre'], HEADER, ['Total général', '', '', '', '', 0]])).map(
        (i) => i.message,
      ),
    ).toEqual([
      'balance.xlsx, feuille « Balance » : aucune ligne de données sous l’en-tête (ligne 2) : vérifiez que l’export contient bien les pièces ouvertes',
    ]);
  });

  it('blocks when a needed column is missing', () => {
    const balance = parse([
      ['Code client', 'Montant'],
      ['411A', 10],
    ]);
    expect(blockingIssues(balance).map((i) => i.message)).toEqual([
      'balance.xlsx, feuille « Balance » : colonnes introuvables : « N° pièce », « Échéance » (corrigez la correspondance des colonnes)',
    ]);
    expect(balance.items).toEqual([]);
  });
});

describe('parseGrid — mapping sources', () => {
  const rows: Cell[][] = [
    ['Ref', 'Qui', 'Quand', 'Combien'],
    ['FA-1', '411A', '01/10/2026', 10],
  ];

  it('uses the mapping the user corrected', () => {
    const mapping = { documentNumber: 0, accountNo: 1, dueDate: 2, amount: 3 };
    const balance = parse(rows, { mapping, header: { first: 1, last: 1 } });
    expect(balance.mappingSource).toBe('user');
    expect(balance.items.map((i) => [i.accountNo, i.number, i.amountCents])).toEqual([
      ['411A', 'FA-1', 1000],
    ]);
  });

  it('reuses a mapping saved for the same header signature', () => {
    const known = parse([['Code client', 'N° facture', 'Échéance', 'Montant', 'Ref']]);
    const mapping = { documentNumber: 4, accountNo: 0, dueDate: 2, amount: 3 };
    const balance = parse(
      [
        ['Code client', 'N° facture', 'Échéance', 'Montant', 'Ref'],
        ['411A', 'X', '01/10/2026', 10, 'FA-9'],
      ],
      { savedMappings: [{ headerSignature: known.headerSignature, mapping }] },
    );
    expect(balance.mappingSource).toBe('saved');
    expect(balance.items[0]?.number).toBe('FA-9');
  });
});

describe('parseGrid — buckets', () => {
  const rows: Cell[][] = [
    ['Client', 'Non échu', '1-30', '31-60', '61-90', '+90', 'Total'],
    ['[C42] Alpha', 100, null, 50.5, null, null, 150.5],
    ['Beta', null, -20, null, null, 10, -10],
    ['Total', 100, -20, 50.5, 0, 10, 140.5],
  ];

  it('creates one synthetic item per non-empty bucket, dated from the as-of date', () => {
    const balance = parse(rows, { asOfDate: isoDate('2026-10-31') });
    expect(balance.layout).toBe('buckets');
    expect(
      balance.items.map((i) => [
        i.accountNo,
        i.number,
        i.dueDate,
        i.openCents,
        i.kind,
        i.synthetic,
      ]),
    ).toEqual([
      ['C42', 'SOLDE-NON-ECHU', '2026-10-31', 10000, 'invoice', true],
      ['C42', 'SOLDE-31-60', '2026-09-30', 5050, 'invoice', true],
      ['Beta', 'SOLDE-1-30', '2026-10-30', -2000, 'unapplied-payment', true],
      ['Beta', 'SOLDE-PLUS-90', '2026-08-01', 1000, 'invoice', true],
    ]);
    expect(balance.debtors.map((d) => [d.accountNo, d.name])).toEqual([
      ['C42', 'Alpha'],
      ['Beta', 'Beta'],
    ]);
    expect(reconcile(balance).differenceCents).toBe(0);
  });

  it('needs an as-of date to date the buckets', () => {
    const balance = parse(rows);
    expect(balance.items).toEqual([]);
    expect(blockingIssues(balance).map((i) => i.message)).toEqual([
      'balance.xlsx, feuille « Balance » : date d’arrêté de la balance introuvable (ni dans le titre ni dans le nom du fichier) : indiquez-la pour dater les tranches d’âge',
    ]);
  });

  it('warns when a row total disagrees with its buckets', () => {
    const balance = parse([rows[0] ?? [], ['Alpha', 100, 50, null, null, null, 160]], {
      asOfDate: isoDate('2026-10-31'),
    });
    expect(balance.issues.map((i) => i.message)).toEqual([
      'balance.xlsx, feuille « Balance », ligne 2, colonne G : « 160,00 » ne correspond pas à la somme des tranches (150,00) : l’écart de 10,00 n’est dans aucune colonne du fichier ; les tranches sont importées',
    ]);
  });
});
