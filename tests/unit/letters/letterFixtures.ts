/**
 * A letter for a demo debtor: the demo portfolio (seed 7) as of 23/11/2026, a complete creditor,
 * and the debtor with the most overdue, undisputed invoices.
 */

import { shippedTemplates } from '../../../renderer/src/data/shippedTemplates';
import { generateDemoPortfolio } from '../../../renderer/src/demo/generator';
import type { SentLetter } from '../../../renderer/src/domain/claim';
import { type Creditor, defaultCreditor } from '../../../renderer/src/domain/creditor';
import { isoDate } from '../../../renderer/src/domain/dates';
import {
  buildLetter,
  defaultItemSelection,
  type LetterContent,
  type LetterInput,
  splitInstallments,
  type TemplateId,
} from '../../../renderer/src/domain/letters';
import type { Debtor, Invoice } from '../../../renderer/src/domain/model';
import { cents } from '../../../renderer/src/domain/money';
import { sentLetter, testPolicy } from '../claimPolicy';

export const LETTER_DATE = isoDate('2026-11-23');

export const CREDITOR: Creditor = {
  ...defaultCreditor(),
  name: 'Fournitures Dupont SAS',
  legalForm: 'SAS',
  shareCapitalCents: 5_000_000,
  siren: '732829320',
  rcsCity: 'Lyon',
  vatNumber: 'FR44732829320',
  addressLines: ['12 rue de la République'],
  postalCode: '69002',
  city: 'Lyon',
  phone: '04 72 00 00 00',
  email: 'recouvrement@dupont.fr',
  iban: 'FR7630006000011234567890189',
  bic: 'AGRIFRPPXXX',
  signatoryName: 'Claire Martin',
  signatoryTitle: 'Responsable crédit clients',
};

export const REMINDERS: SentLetter[] = [
  sentLetter('relance-1', '2026-10-20', { templateName: 'Relance amiable', sendMethod: 'email' }),
  sentLetter('relance-2', '2026-11-05', { templateName: 'Deuxième relance' }),
];

let portfolio: { debtor: Debtor; items: Invoice[] } | undefined;

/**
 * The demo debtor with the most overdue open invoices (deterministic), among those still in
 * amiable collection: a debtor taken to court gets no reminder letters.
 */
export function demoDebtor(): { debtor: Debtor; items: Invoice[] } {
  if (portfolio) return portfolio;
  const { debtors, invoices } = generateDemoPortfolio({
    seed: 7,
    debtors: 12,
    items: 150,
    asOfDate: LETTER_DATE,
  });
  const overdue = (d: Debtor) =>
    invoices.filter(
      (i) =>
        i.debtorId === d.id && i.status === 'open' && i.openCents > 0 && i.dueDate < LETTER_DATE,
    ).length;
  const debtor = debtors
    .filter((d) => d.status !== 'litigation')
    .sort((a, b) => overdue(b) - overdue(a))[0];
  if (!debtor) throw new Error('Portefeuille de démonstration vide');
  portfolio = { debtor, items: invoices.filter((i) => i.debtorId === debtor.id) };
  return portfolio;
}

export function templateById(id: TemplateId) {
  const template = shippedTemplates().find((t) => t.id === id);
  if (!template) throw new Error(`Modèle inconnu : ${id}`);
  return template;
}

export function letterInput(id: TemplateId, overrides: Partial<LetterInput> = {}): LetterInput {
  const { debtor, items } = demoDebtor();
  const template = templateById(id);
  return {
    template,
    creditor: CREDITOR,
    debtor,
    items: defaultItemSelection(items, template, LETTER_DATE),
    date: LETTER_DATE,
    sendMethod: template.sendMethod,
    payments: [],
    letters: REMINDERS,
    policy: testPolicy(),
    installments: splitInstallments(cents(300_000), 3, isoDate('2026-12-15')),
    promise: { date: isoDate('2026-12-10'), cents: cents(150_000) },
    ...overrides,
  };
}

export function demoLetter(id: TemplateId, overrides: Partial<LetterInput> = {}): LetterContent {
  const result = buildLetter(letterInput(id, overrides));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.letter;
}
