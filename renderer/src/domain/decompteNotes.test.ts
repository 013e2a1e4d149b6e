import { describe, expect, it } from 'vitest';
import type { UnconfirmedRate } from './decompte';
import { unconfirmedRateBlocker } from './decompteNotes';

const plain = (text: string | null) => text?.replaceAll('\u00a0', ' ') ?? null;

const L441_S2: UnconfirmedRate = { table: 'l441-10', semester: '2026-S2', milliPercent: 12_150 };
const LEGAL_S2: UnconfirmedRate = {
  table: 'taux-legal-autres',
  semester: '2026-S2',
  milliPercent: 2_620,
};

describe('unconfirmedRateBlocker', () => {
  it('lets a décompte whose rates are all confirmed through', () => {
    expect(unconfirmedRateBlocker({ unconfirmedRates: [] })).toBeNull();
  });

  it.each([
    [
      [L441_S2],
      'Le taux L441-10 (BCE + 10 points) du 2ᵉ semestre 2026 n’est pas confirmé : saisissez la ' +
        'valeur publiée et sa référence (Paramètres › Taux) avant de produire le dossier.',
    ],
    [
      [LEGAL_S2],
      'Le taux de l’intérêt légal (créancier professionnel) du 2ᵉ semestre 2026 n’est pas ' +
        'confirmé : saisissez la valeur publiée et sa référence (Paramètres › Taux) avant de ' +
        'produire le dossier.',
    ],
    [
      [{ ...LEGAL_S2, semester: '2022-S2' as const, milliPercent: 770 }, L441_S2],
      'Les taux suivants ne sont pas confirmés : le taux de l’intérêt légal (créancier ' +
        'professionnel) du 2ᵉ semestre 2022, le taux L441-10 (BCE + 10 points) du 2ᵉ semestre ' +
        '2026. Saisissez la valeur publiée de chacun et sa référence (Paramètres › Taux) avant de ' +
        'produire le dossier.',
    ],
  ])('refuses a court document using %o', (rates, sentence) => {
    expect(plain(unconfirmedRateBlocker({ unconfirmedRates: rates }))).toBe(sentence);
  });
});
