/**
 * Bad input: one real file each in tests/fixtures/import/bad/. Each gives a French message that
 * says what is wrong and where (file, sheet, row, column when there is one), and nothing to
 * import where the whole file is unusable.
 */
import { describe, expect, it } from 'vitest';
import { blockingIssues, reconcile } from '../../../renderer/src/domain/import/reconcile';
import type { ParsedBalance } from '../../../renderer/src/domain/import/types';
import { fileSizeWarning } from '../../../renderer/src/workers/spreadsheet/fileChecks';
import { expected, parseFixture } from './fixtureFiles';

function unreadable(name: string): string {
  const result = parseFixture(`bad/${name}`);
  if (result.ok) throw new Error(`${name} was read`);
  return result.message;
}

function balanceOf(name: string): ParsedBalance {
  const result = parseFixture(`bad/${name}`);
  if (!result.ok) throw new Error(result.message);
  return result.balance;
}

const errors = (balance: ParsedBalance) =>
  balance.issues.filter((i) => i.severity === 'error').map((i) => i.message);

describe('files that cannot be read at all', () => {
  it.each([
    [
      'empty.xlsx',
      'Le fichier « empty.xlsx » est vide (0 ligne) : exportez à nouveau la balance âgée depuis votre logiciel.',
    ],
    [
      'empty-workbook.xlsx',
      'Le classeur « empty-workbook.xlsx » ne contient aucune donnée (toutes ses feuilles sont vides) : exportez à nouveau la balance âgée.',
    ],
    [
      'password-protected.xlsx',
      'Le classeur « password-protected.xlsx » est protégé par un mot de passe : Recouvra ne peut pas le lire. Ouvrez-le dans Excel, retirez le mot de passe (Fichier > Informations > Protéger le classeur > Chiffrer avec mot de passe, champ vide), enregistrez, puis importez-le à nouveau.',
    ],
    [
      'truncated.xlsx',
      'Le fichier « truncated.xlsx » est incomplet ou endommagé (la fin du classeur manque, copie ou téléchargement interrompu ?) : ouvrez-le dans Excel pour vérifier, ou exportez-le à nouveau.',
    ],
    [
      'pdf-renamed.xlsx',
      'Le fichier « pdf-renamed.xlsx » est un PDF, pas un classeur : un PDF ne se lit pas comme un tableau. Exportez la balance âgée au format .xlsx, .xls, .ods ou .csv depuis votre logiciel comptable.',
    ],
  ])('%s', (name, message) => {
    expect(unreadable(name)).toBe(message);
  });

  it('corrupted.xlsx (damaged inside, end intact)', () => {
    expect(unreadable('corrupted.xlsx')).toBe(
      'Le fichier « corrupted.xlsx » est endommagé (partie « xl/worksheets/sheet1.xml » illisible) : ouvrez-le dans Excel pour le réparer, ou exportez-le à nouveau.',
    );
  });
});

describe('files read with a blocking or row-level problem', () => {
  it('no-header.xlsx: says no header was found, names the sheet, imports nothing', () => {
    const balance = balanceOf('no-header.xlsx');
    expect(balance.items).toEqual([]);
    expect(blockingIssues(balance).map((i) => i.message)).toEqual([
      'no-header.xlsx, feuille « Notes » : aucune ligne d’en-tête reconnue dans les 60 premières lignes (attendu des colonnes comme « Code client », « N° pièce », « Échéance », « Montant » ou des tranches « Non échu », « 1-30 j ») : vérifiez la feuille ou indiquez la ligne d’en-tête et les colonnes',
    ]);
  });

  it('formula-errors.xlsx: #N/A and #REF! in amount cells are errors at their cell', () => {
    const balance = balanceOf('formula-errors.xlsx');
    expect(errors(balance)).toEqual([
      'formula-errors.xlsx, feuille « Balance », ligne 5, colonne F : « #N/A » est une erreur de formule Excel, pas un montant (attendu un montant, par exemple 1 234,56 : corrigez la formule ou collez les valeurs)',
      'formula-errors.xlsx, feuille « Balance », ligne 7, colonne F : « #REF! » est une erreur de formule Excel, pas un montant (attendu un montant, par exemple 1 234,56 : corrigez la formule ou collez les valeurs)',
    ]);
    expect(balance.issues.map((i) => [i.row, i.column, i.value])).toEqual([
      [5, 'F', '#N/A'],
      [7, 'F', '#REF!'],
    ]);
    expect(balance.items).toHaveLength(3);
  });

  it('text-in-date.xlsx: text in the due date column', () => {
    expect(errors(balanceOf('text-in-date.xlsx'))).toEqual([
      'text-in-date.xlsx, feuille « Balance », ligne 5, colonne E : « à confirmer » n’est pas une date valide (attendu JJ/MM/AAAA)',
    ]);
  });

  it('impossible-date.xlsx: 31/02/2026', () => {
    expect(errors(balanceOf('impossible-date.xlsx'))).toEqual([
      'impossible-date.xlsx, feuille « Balance », ligne 14, colonne E : « 31/02/2026 » n’est pas une date valide (attendu JJ/MM/AAAA)',
    ]);
  });
});

describe('files read with warnings only', () => {
  it('million-rows-claimed.xlsx: a range of a million rows holding 200 is read quickly and fully', () => {
    const facts = expected.bad['million-rows-claimed.xlsx'];
    const started = performance.now();
    const balance = balanceOf('million-rows-claimed.xlsx');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(balance.dataRowCount).toBe(facts?.dataRows);
    expect(reconcile(balance).differenceCents).toBe(0);
    expect(balance.issues).toEqual([]);
  });

  it('windows-1252-semicolon.csv: accents, œ and € decoded, `;` and French numbers understood', () => {
    const facts = expected.bad['windows-1252-semicolon.csv'];
    const balance = balanceOf('windows-1252-semicolon.csv');
    expect(balance.issues).toEqual([]);
    expect(balance.sheetName).toBe('');
    expect(balance.debtors.map((d) => d.name)).toEqual([...new Set(facts?.names)]);
    expect(balance.items).toHaveLength(facts?.items ?? -1);
    expect(reconcile(balance)).toEqual({
      importedCents: facts?.totalCents,
      fileTotalCents: facts?.totalCents,
      differenceCents: 0,
    });
  });

  it('mixed-currencies.xlsx: each amount keeps its currency and the file gets one warning', () => {
    const balance = balanceOf('mixed-currencies.xlsx');
    expect(balance.items.map((i) => i.currency)).toEqual(['EUR', 'USD', 'GBP', 'USD']);
    expect(balance.issues).toEqual([
      {
        severity: 'warning',
        fileName: 'mixed-currencies.xlsx',
        sheetName: 'Balance',
        message:
          'mixed-currencies.xlsx, feuille « Balance » : le fichier mélange plusieurs devises (EUR, GBP, USD) sans colonne « Devise » : chaque montant garde la devise écrite dans sa cellule, vérifiez-les avant d’importer',
      },
    ]);
  });

  it('a 60 Mo file is announced with its size before parsing (synthetic length, nothing read)', () => {
    expect(fileSizeWarning('balance_2026-10-31.xlsx', 60 * 1024 * 1024)).toMatch(
      /^Le fichier «\sbalance_2026-10-31\.xlsx\s» pèse 60 Mo \(plus de 50 Mo\)/,
    );
  });

  it('a sheet over the row limit is refused with a sentence before it is read into memory', () => {
    const result = parseFixture('sage100_balance_agee_2026-10-31.xlsx', { maxRows: 20 });
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^La feuille «\sBalance âgée\s» de «\ssage100_balance_agee_2026-10-31\.xlsx\s» compte \d+ lignes, au-delà des 20 qu’un import peut traiter/,
      ),
    });
  });
});
