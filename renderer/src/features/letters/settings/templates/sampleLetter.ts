/**
 * A fictitious debtor and its items, for the live preview of a template being edited: the same
 * every time, independent of the ledger, with a partially paid invoice and a credit note.
 */
import { addDays } from '../../../../domain/dates';
import type { Cents, Debtor, Invoice, IsoDate } from '../../../../domain/model';
import { cents } from '../../../../domain/money';

export const SAMPLE_DEBTOR: Debtor = {
  id: 'exemple',
  accountNo: 'C00123',
  name: 'Boulangerie Exemple SARL',
  siren: '732829320',
  addressLines: ['4 avenue de l’Exemple'],
  postalCode: '75008',
  city: 'Paris',
  country: 'France',
  contacts: [
    {
      id: 'c1',
      name: 'Camille Durand',
      role: 'comptabilite-fournisseurs',
      email: 'compta@exemple.fr',
    },
  ],
  tags: [],
  status: 'active',
};

export function sampleItems(date: IsoDate): Invoice[] {
  const item = (
    n: number,
    due: number,
    amount: Cents,
    open: Cents,
    kind: Invoice['kind'] = 'invoice',
  ): Invoice => ({
    id: `exemple-${n}`,
    debtorId: SAMPLE_DEBTOR.id,
    number: kind === 'invoice' ? `F-2026-0${n}` : `AV-2026-0${n}`,
    kind,
    issueDate: addDays(date, due - 30),
    dueDate: addDays(date, due),
    amountCents: amount,
    openCents: open,
    currency: 'EUR',
    status: 'open',
  });
  return [
    item(101, -75, cents(240_000), cents(240_000)),
    item(117, -40, cents(129_600), cents(64_800)),
    item(132, -12, cents(86_400), cents(86_400)),
    item(140, -20, cents(-18_000), cents(-18_000), 'credit-note'),
    item(151, 20, cents(54_000), cents(54_000)),
  ];
}
