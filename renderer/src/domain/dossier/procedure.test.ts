import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates';
import { cents } from '../money';
import { type InterruptionEvent, prescriptionOf } from '../prescription';
import { dossierHeading } from './labels';
import { courtKindFor, type ProcedureInvoice, suggestProcedure } from './procedure';

const AS_OF = isoDate('2026-11-23');

interface InvoiceFacts extends Omit<ProcedureInvoice, 'lastDay'> {
  consumer: boolean;
  events: InterruptionEvent[];
}

/** An invoice with its prescription worked out by domain/prescription.ts. */
function invoice(overrides: Partial<InvoiceFacts> = {}): ProcedureInvoice {
  const { consumer = false, events = [], ...facts } = overrides;
  const base = {
    id: facts.number ?? 'F-1',
    number: 'F-1',
    dueDate: isoDate('2026-06-30'),
    openCents: cents(12_000_00),
    disputed: false,
    ...facts,
  };
  return { ...base, lastDay: prescriptionOf(base, { isConsumer: consumer }, events).lastDay };
}

describe('suggestProcedure', () => {
  it.each([
    {
      case: 'undisputed professional claim over 5 000 €',
      consumer: false,
      invoices: [invoice()],
      procedure: 'injonction-de-payer',
      court: 'tribunal-de-commerce',
      reason: /certaine, liquide et exigible de 12\s000,00\s€.*tribunal de commerce/,
    },
    {
      case: 'consumer claim ≤ 10 000 €, over 5 000 €',
      consumer: true,
      invoices: [
        invoice({ openCents: cents(8_000_00), dueDate: isoDate('2026-09-30'), consumer: true }),
      ],
      procedure: 'injonction-de-payer',
      court: 'juge-contentieux-protection',
      reason: /juge des contentieux de la protection/,
    },
    {
      case: 'consumer claim over 10 000 €',
      consumer: true,
      invoices: [invoice({ dueDate: isoDate('2026-09-30'), consumer: true })],
      procedure: 'injonction-de-payer',
      court: 'tribunal-judiciaire',
      reason: /tribunal judiciaire/,
    },
    {
      case: 'claim ≤ 5 000 € interest included',
      consumer: false,
      invoices: [invoice({ openCents: cents(4_900_00) })],
      interest: 100_00,
      procedure: 'petites-creances',
      court: 'commissaire-de-justice',
      reason: /petites créances.*commissaire de justice/,
    },
    {
      case: 'claim just over 5 000 € once interest is added',
      consumer: false,
      invoices: [invoice({ openCents: cents(4_900_00) })],
      interest: 100_01,
      procedure: 'injonction-de-payer',
      court: 'tribunal-de-commerce',
      reason: /5\s000,01\s€/,
    },
    {
      case: 'one disputed invoice',
      consumer: false,
      invoices: [invoice(), invoice({ id: 'F-2', number: 'F-2', disputed: true })],
      procedure: 'assignation-au-fond',
      court: 'tribunal-de-commerce',
      reason: /Contestée : F-2\..*assignation au fond/,
    },
    {
      case: 'disputed consumer claim',
      consumer: true,
      invoices: [invoice({ disputed: true, dueDate: isoDate('2026-09-30'), consumer: true })],
      procedure: 'assignation-au-fond',
      court: 'tribunal-judiciaire',
      reason: /tribunal judiciaire/,
    },
    {
      case: 'prescription within 60 days',
      consumer: false,
      invoices: [invoice({ dueDate: isoDate('2021-12-20') })],
      procedure: 'refere-provision',
      court: 'tribunal-de-commerce',
      reason: /Dernier jour pour agir sur F-1 : 20\/12\/2026.*C\. civ\. 2241.*CPC 873/,
    },
    {
      case: 'every invoice prescribed',
      consumer: true,
      invoices: [invoice({ dueDate: isoDate('2024-06-30'), consumer: true })],
      procedure: 'amiable',
      court: 'aucun',
      reason: /Toutes les factures sont prescrites/,
    },
    {
      case: 'nothing open',
      consumer: false,
      invoices: [invoice({ openCents: cents(0) })],
      procedure: 'amiable',
      court: 'aucun',
      reason: /Aucune facture ouverte/,
    },
  ])('$case → $procedure', ({ consumer, invoices, interest, procedure, court, reason }) => {
    const advice = suggestProcedure({
      asOf: AS_OF,
      debtorIsConsumer: consumer,
      invoices,
      ...(interest ? { interestCents: cents(interest) } : {}),
    });
    expect(advice.procedure).toBe(procedure);
    expect(advice.court).toBe(court);
    expect(advice.reason.replace(/\s/g, ' ')).toMatch(reason);
  });

  it('leaves prescribed invoices out and says so', () => {
    const advice = suggestProcedure({
      asOf: AS_OF,
      debtorIsConsumer: false,
      invoices: [
        invoice({ id: 'old', number: 'F-OLD', dueDate: isoDate('2021-01-15') }),
        invoice(),
      ],
    });
    expect(advice.prescribedInvoiceIds).toEqual(['old']);
    expect(advice.warnings[0]).toMatch(/^Prescrite\s: F-OLD \(5 ans, C\. com\. L110-4\)/);
    expect(advice.procedure).toBe('injonction-de-payer');
  });

  it('offers an injonction for the undisputed part of a disputed case', () => {
    const advice = suggestProcedure({
      asOf: AS_OF,
      debtorIsConsumer: false,
      invoices: [invoice(), invoice({ id: 'F-2', number: 'F-2', disputed: true })],
    });
    expect(advice.alternatives[0]?.procedure).toBe('injonction-de-payer');
    expect(advice.alternatives[0]?.reason).toMatch(/seules factures non contestées \(F-1,/);
  });

  it('warns 90 days ahead of prescription without changing the procedure', () => {
    const advice = suggestProcedure({
      asOf: AS_OF,
      debtorIsConsumer: false,
      invoices: [invoice({ dueDate: isoDate('2022-02-10') })],
    });
    expect(advice.procedure).toBe('injonction-de-payer');
    expect(advice.warnings.join(' ')).toMatch(
      /F-1\s: dernier jour pour agir le 10\/02\/2027 \(dans 79 jours\)/,
    );
  });

  it('an acknowledgement restarts prescription', () => {
    const advice = suggestProcedure({
      asOf: AS_OF,
      debtorIsConsumer: true,
      invoices: [
        invoice({
          dueDate: isoDate('2024-06-30'),
          consumer: true,
          events: [{ date: isoDate('2025-03-01'), cause: 'partial-payment' }],
        }),
      ],
    });
    expect(advice.prescribedInvoiceIds).toEqual([]);
    expect(advice.procedure).toBe('injonction-de-payer');
  });

  it('warns about CPC 750-1 for a small disputed consumer claim', () => {
    const advice = suggestProcedure({
      asOf: AS_OF,
      debtorIsConsumer: true,
      invoices: [
        invoice({
          openCents: cents(1_200_00),
          disputed: true,
          dueDate: isoDate('2026-09-30'),
          consumer: true,
        }),
      ],
    });
    expect(advice.warnings.join(' ')).toMatch(/CPC 750-1/);
  });
});

it('a court claim holds the clock: never prescribed while it runs', () => {
  const advice = suggestProcedure({
    asOf: AS_OF,
    debtorIsConsumer: false,
    invoices: [
      invoice({
        dueDate: isoDate('2021-01-15'),
        events: [{ date: isoDate('2025-06-01'), cause: 'court-claim' }],
      }),
    ],
  });
  expect(advice.prescribedInvoiceIds).toEqual([]);
});

describe('dossier headings', () => {
  it.each([
    ['injonction-de-payer', 'Dossier d’injonction de payer'],
    ['refere-provision', 'Dossier de référé-provision'],
    ['assignation-au-fond', 'Dossier d’assignation au fond'],
    ['petites-creances', 'Dossier de procédure simplifiée de recouvrement des petites créances'],
  ] as const)('cover heading for %s', (procedure, expected) =>
    expect(dossierHeading(procedure)).toBe(expected),
  );
});

describe('courtKindFor', () => {
  it.each([
    ['injonction-de-payer', false, 12_000_00, 'tribunal-de-commerce'],
    ['injonction-de-payer', true, 8_000_00, 'juge-contentieux-protection'],
    ['injonction-de-payer', true, 12_000_00, 'tribunal-judiciaire'],
    ['petites-creances', false, 3_000_00, 'commissaire-de-justice'],
    ['refere-provision', true, 3_000_00, 'tribunal-judiciaire'],
    ['assignation-au-fond', false, 3_000_00, 'tribunal-de-commerce'],
  ] as const)('%s, consumer %s, %i → %s', (procedure, consumer, claim, kind) => {
    expect(courtKindFor(procedure, consumer, cents(claim))).toBe(kind);
  });
});
