import { describe, expect, it } from 'vitest';
import type { Claim, SentReminder } from '../claim';
import { defaultCreditor } from '../creditor';
import { isoDate } from '../dates';
import type { Decompte, InvoiceDecompte } from '../decompte';
import { cents } from '../money';
import { numberPieces } from './bordereau';
import type { DossierPlan } from './plan';
import { claimedAmounts, requeteContent } from './requete';

function invoice(number: string, dueDate: string): InvoiceDecompte {
  return {
    invoiceId: number,
    number,
    dueDate: isoDate(dueDate),
    principalCents: cents(1_000_00),
    daysLate: 30,
    lines: [],
    payments: [],
    outstandingPrincipalCents: cents(1_000_00),
    interestCents: cents(10_00),
    interestDueCents: cents(10_00),
    indemnityCents: cents(40_00),
    totalDueCents: cents(1_050_00),
  };
}

function plan(invoices: InvoiceDecompte[], facts: Partial<Claim> = {}): DossierPlan {
  const decompte: Decompte = {
    asOf: isoDate('2026-11-23'),
    basis: { kind: 'l441-10' },
    basisLabel: 'taux de refinancement de la BCE majoré de 10 points (C. com. L441-10)',
    invoices,
    credits: [],
    totals: {
      principalCents: cents(1_000_00 * invoices.length),
      paymentsCents: cents(0),
      paidToInterestCents: cents(0),
      paidToPrincipalCents: cents(0),
      outstandingPrincipalCents: cents(1_000_00 * invoices.length),
      interestCents: cents(10_00 * invoices.length),
      interestDueCents: cents(10_00 * invoices.length),
      indemnitiesCents: cents(40_00 * invoices.length),
      creditsCents: cents(0),
      totalDueCents: cents(1_050_00 * invoices.length),
    },
    conventions: [],
    floors: [],
    unconfirmedRates: [],
  };
  return {
    date: isoDate('2026-11-23'),
    procedure: 'injonction-de-payer',
    court: 'Tribunal des activités économiques de Lyon',
    creditor: {
      ...defaultCreditor(),
      name: 'Fournitures Dupont SAS',
      city: 'Lyon',
      signatoryName: 'Claire Martin',
    },
    debtor: {
      id: 'd1',
      accountNo: 'C1',
      name: 'Usinage Martin SAS',
      addressLines: [],
      contacts: [],
      tags: [],
      status: 'active',
    },
    claim: {
      asOf: isoDate('2026-11-23'),
      consumer: false,
      decompte,
      reminders: [],
      ...facts,
    },
    pieces: [],
  };
}

const piece = (
  kind: 'contrat' | 'facture' | 'accuse-reception' | 'correspondance',
  title: string,
  links: { invoiceIds?: string[]; letterId?: string } = {},
) => ({
  kind,
  title,
  fileName: `${title}.pdf`,
  mime: 'application/pdf',
  sha256: '0'.repeat(64),
  ...links,
});

describe('requête en injonction de payer', () => {
  it('cites each invoice by the piece that proves it, and no reminder nobody sent', () => {
    const pieces = numberPieces(
      [
        piece('contrat', 'Contrat'),
        piece('facture', 'Facture F-2', { invoiceIds: ['F-2'] }),
        piece('facture', 'Facture F-1', { invoiceIds: ['F-1'] }),
        piece('accuse-reception', 'AR'),
      ],
      [3, 1, 1, 1],
    );
    const content = requeteContent(plan([invoice('F-1', '2026-06-30')]), pieces);
    expect(content.addressee).toBe(
      'À Madame, Monsieur le Président du Tribunal des activités économiques de Lyon',
    );
    expect(content.representative).toBe('représentée par Claire Martin, dûment habilité(e)');
    expect(content.basis[0]).toContain(
      'commandées (pièce n° 1), livrées, et facturées selon la facture n° F-1, échue le 30/06/2026 (pièce n° 3).',
    );
    // An acknowledgement of receipt among the pieces proves no letter the ledger did not record.
    expect(content.basis[1]).toBe(
      'Ces sommes, certaines, liquides et exigibles, sont demeurées impayées à ce jour.',
    );
    expect(content.pieces).toEqual([
      'Pièce n° 1 — Contrat — 3 pages',
      'Pièce n° 2 — Facture F-2 — 1 page',
      'Pièce n° 3 — Facture F-1 — 1 page',
      'Pièce n° 4 — Accusé de réception — 1 page',
    ]);
    expect(content.placeAndDate).toBe('Fait à Lyon, le 23 novembre 2026');
  });

  it('states no place rather than a placeholder when the creditor’s city is not recorded', () => {
    const withoutCity = plan([invoice('F-1', '2026-06-30')]);
    withoutCity.creditor = { ...withoutCity.creditor, city: '' };
    expect(requeteContent(withoutCity, []).placeAndDate).toBe('Fait le 23 novembre 2026');
  });

  it('cites the reminders and the mise en demeure sent, with dates, method and number', () => {
    const pieces = numberPieces(
      [
        piece('correspondance', 'Relance', { letterId: 'l1' }),
        piece('correspondance', 'Mise en demeure', { letterId: 'l2' }),
      ],
      [1, 2],
    );
    const reminders: SentReminder[] = [
      {
        letterId: 'l1',
        date: isoDate('2026-10-01'),
        templateId: 'relance-1',
        templateName: 'Relance amiable',
        sendMethod: 'email',
      },
      {
        letterId: 'l2',
        date: isoDate('2026-10-20'),
        templateId: 'mise-en-demeure',
        templateName: 'Mise en demeure',
        sendMethod: 'lrar',
        trackingNumber: '1A 234',
      },
    ];
    const notice = {
      ...(reminders[1] as SentReminder),
      deadline: isoDate('2026-10-28'),
      deadlinePassed: true,
    };
    const content = requeteContent(
      plan([invoice('F-1', '2026-06-30')], { reminders, notice }),
      pieces,
    );
    expect(content.basis[1]).toBe(
      'Ces sommes, certaines, liquides et exigibles, sont demeurées impayées malgré la relance ' +
        'du 01/10/2026 (courriel) (pièce n° 1) et la mise en demeure du 20/10/2026 (lettre ' +
        'recommandée avec AR n° 1A 234) (pièce n° 2), dont le délai a expiré le 28/10/2026.',
    );
  });

  it('counts invoices beyond five', () => {
    const many = Array.from({ length: 7 }, (_, i) => invoice(`F-${i}`, `2026-0${i + 1}-15`));
    const content = requeteContent(plan(many), []);
    expect(content.basis[0]).toContain(
      'les 7 factures énumérées au décompte joint, échues du 15/01/2026 au 15/07/2026',
    );
    expect(claimedAmounts(plan(many)).at(-1)).toEqual({
      label: 'Total réclamé',
      cents: 7_350_00,
      emphasis: true,
    });
  });
});
