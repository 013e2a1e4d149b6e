import { describe, expect, it } from 'vitest';
import { confirmRate, type RateConfirmation } from './rateConfirmation';

const plain = (text: string) => text.replaceAll('\u00a0', ' ');

describe('confirmRate', () => {
  it('L441-10: the ECB rate in force on 1 July + 10 points, with the decision as reference', () => {
    const result = confirmRate({
      table: 'l441-10',
      semester: ' 2026-S2 ',
      ecbRatePercent: 2.4,
      decisionDate: '2026-06-04',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rate).toMatchObject({
      table: 'l441-10',
      semester: '2026-S2',
      ratePercent: 12.4,
      verified: true,
    });
    expect(plain(result.rate.source)).toBe(
      'Taux BCE en vigueur au 01/07/2026 : 2,40 % + 10 points',
    );
    expect(plain(result.rate.reference ?? '')).toBe(
      'Décision du Conseil des gouverneurs de la BCE du 04/06/2026 : taux des opérations ' +
        'principales de refinancement de 2,40 % en vigueur au 01/07/2026',
    );
  });

  it('taux légal: the published value, with the arrêté and its Journal officiel', () => {
    const result = confirmRate({
      table: 'taux-legal-autres',
      semester: '2026-S2',
      ratePercent: 2.71,
      arreteDate: '2026-06-19',
      journalDate: '2026-06-24',
      journalNumber: 'n° 31',
    });
    expect(result.ok && [result.rate.ratePercent, result.rate.verified]).toEqual([2.71, true]);
    expect(result.ok && result.rate.reference).toBe(
      'Arrêté du 19/06/2026 relatif à la fixation du taux de l’intérêt légal, Journal officiel ' +
        'du 24/06/2026, texte n° 31',
    );
    expect(result.ok && result.rate.source).toBe(
      'Taux de l’intérêt légal, 2ᵉ semestre 2026 (arrêté publié au Journal officiel)',
    );
  });

  it.each<[RateConfirmation, string[]]>([
    [
      { table: 'l441-10', semester: '2026-S2', ecbRatePercent: null, decisionDate: '' },
      ['taux BCE', 'date de la décision'],
    ],
    [
      { table: 'l441-10', semester: '2026-S2', ecbRatePercent: 2.4, decisionDate: '2026-07-23' },
      ['postérieure au 01/07/2026'],
    ],
    [
      { table: 'l441-10', semester: '2026-S3', ecbRatePercent: 2.4, decisionDate: '2026-06-04' },
      ['AAAA-S1'],
    ],
    [
      {
        table: 'taux-legal-particulier',
        semester: '2026-S2',
        ratePercent: 6.5,
        arreteDate: '',
        journalDate: '',
        journalNumber: '',
      },
      ['date de l’arrêté', 'date du Journal officiel'],
    ],
    [
      {
        table: 'taux-legal-autres',
        semester: '2026-S2',
        ratePercent: 2.71,
        arreteDate: '2026-06-24',
        journalDate: '2026-06-19',
        journalNumber: '',
      },
      ['ne peut pas précéder'],
    ],
    [
      {
        table: 'taux-legal-autres',
        semester: '2026-S2',
        ratePercent: -1,
        arreteDate: '2026-06-19',
        journalDate: '2026-06-24',
        journalNumber: '',
      },
      ['négatif'],
    ],
  ])('refuses %o in French', (input, reasons) => {
    const result = confirmRate(input);
    expect(result.ok).toBe(false);
    const text = result.ok ? '' : result.errors.join(' ');
    for (const reason of reasons) expect(text).toContain(reason);
  });
});
