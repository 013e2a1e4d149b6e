import { describe, expect, it } from 'vitest';
import { sentLetter, testPolicy } from '../../../../tests/unit/claimPolicy';
import { shippedTemplates } from '../../data/shippedTemplates';
import { defaultCreditor } from '../creditor';
import { isoDate } from '../dates';
import type { Debtor, Invoice } from '../model';
import { cents } from '../money';
import { buildLetter, type LetterInput } from './buildLetter';
import { splitInstallments } from './installments';
import { defaultItemSelection } from './items';
import { TEMPLATE_IDS, type TemplateId } from './templates';

const DATE = isoDate('2026-03-31');
const debtor: Debtor = {
  id: 'd1',
  accountNo: 'C001',
  name: 'Client SARL',
  addressLines: ['1 rue A'],
  postalCode: '75001',
  city: 'Paris',
  contacts: [
    { id: 'k1', name: 'Paul Achat', role: 'achats', email: 'achat@client.fr' },
    { id: 'k2', name: 'Lina Compta', role: 'comptabilite-fournisseurs', email: 'compta@client.fr' },
  ],
  tags: [],
  status: 'active',
};

function item(
  id: string,
  dueDate: string,
  openCents: number,
  extra: Partial<Invoice> = {},
): Invoice {
  return {
    id,
    debtorId: 'd1',
    number: id.toUpperCase(),
    kind: openCents < 0 ? 'credit-note' : 'invoice',
    issueDate: isoDate('2026-01-01'),
    dueDate: isoDate(dueDate),
    amountCents: cents(openCents),
    openCents: cents(openCents),
    currency: 'EUR',
    status: 'open',
    ...extra,
  };
}

const ITEMS: Invoice[] = [
  item('f1', '2026-02-28', 100_000),
  item('f2', '2026-03-15', 50_000, { status: 'disputed', disputeReason: 'qualité' }),
  item('f3', '2026-04-30', 20_000),
  item('a1', '2026-03-01', -10_000),
  item('f4', '2026-01-31', 30_000, { status: 'paid', openCents: cents(0) }),
];

function template(id: TemplateId) {
  const found = shippedTemplates().find((t) => t.id === id);
  if (!found) throw new Error(id);
  return found;
}

function input(id: TemplateId, overrides: Partial<LetterInput> = {}): LetterInput {
  return {
    template: template(id),
    creditor: {
      ...defaultCreditor(),
      name: 'Dupont SAS',
      addressLines: ['2 rue B'],
      city: 'Lyon',
      iban: 'FR7630006000011234567890189',
    },
    debtor,
    items: defaultItemSelection(ITEMS, template(id), DATE),
    date: DATE,
    sendMethod: 'lrar',
    payments: [],
    letters: [],
    policy: testPolicy(),
    ...overrides,
  };
}

describe('defaultItemSelection', () => {
  it.each([
    ['mise-en-demeure', ['f1', 'a1']],
    ['relance-1', ['f1', 'a1']],
    ['releve-de-compte', ['f1', 'f2', 'f3', 'a1']],
  ] as const)('%s proposes %j', (id, ids) => {
    expect(
      defaultItemSelection(ITEMS, template(id), DATE)
        .map((i) => i.id)
        .sort(),
    ).toEqual([...ids].sort());
  });
});

describe('buildLetter', () => {
  it('addresses the accounts-payable contact and prints the LRAR number', () => {
    const result = buildLetter(input('mise-en-demeure', { trackingNumber: '1A 23' }));
    if (!result.ok) throw new Error(result.errors.join());
    expect(result.letter.recipient.attention).toBe('À l’attention de Lina Compta');
    expect(result.letter.recipientEmail).toBe('compta@client.fr');
    expect(result.letter.serviceLine).toBe('Lettre recommandée avec AR n° 1A 23');
    expect(result.letter.paymentReference).toBe('C001-MED-20260331');
    expect(result.letter.invoiceIds.sort()).toEqual(['a1', 'f1']);
  });

  it('claims 31 days on F1 at 12,15 %, 40 €, minus the credit note', () => {
    const result = buildLetter(input('mise-en-demeure'));
    if (!result.ok) throw new Error(result.errors.join());
    // 01/03 -> 31/03 = 31 days; 1 000 × 12,15 % × 31 / 365 = 10,319 -> 10,32
    expect(result.letter.amounts).toEqual({
      principalCents: 100_000,
      interestCents: 1_032,
      indemnitiesCents: 4_000,
      creditsCents: -10_000,
      totalCents: 95_032,
    });
  });

  it('splits the body into paragraphs and blocks in template order', () => {
    const result = buildLetter(input('mise-en-demeure'));
    if (!result.ok) throw new Error(result.errors.join());
    expect(result.letter.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'invoices',
      'paragraph',
      'decompte',
      'paragraph',
      'bank',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    const bold = result.letter.blocks
      .flatMap((b) => (b.kind === 'paragraph' ? b.runs : []))
      .filter((r) => r.bold);
    expect(bold[0]?.text).toContain(
      'nous vous mettons en demeure de nous régler la somme de 950,32',
    );
  });

  it('recalls the reminders already sent', () => {
    const result = buildLetter(
      input('mise-en-demeure', {
        letters: [
          sentLetter('relance-2', '2026-03-20', { templateName: 'Deuxième relance' }),
          sentLetter('relance-1', '2026-03-05', {
            templateName: 'Relance amiable',
            sendMethod: 'email',
          }),
        ],
      }),
    );
    const text = result.ok ? JSON.stringify(result.letter.blocks[1]) : '';
    expect(text).toContain(
      'Malgré nos relances du 5 mars 2026 (courriel) et du 20 mars 2026 (courrier simple), les factures',
    );
  });

  it('warns about a missing IBAN and refuses a décompte it cannot compute', () => {
    const noIban = buildLetter(
      input('relance-2', { creditor: { ...defaultCreditor(), name: 'X', addressLines: ['a'] } }),
    );
    expect(noIban.ok && noIban.letter.warnings).toContain(
      'IBAN du créancier manquant : le courrier est imprimé sans coordonnées bancaires. Complétez Paramètres › Créancier.',
    );
    const noRate = buildLetter(
      input('mise-en-demeure', {
        date: isoDate('2027-02-01'),
        items: [item('f9', '2027-01-10', 1_000)],
      }),
    );
    expect(noRate.ok).toBe(false);
  });
});

describe('a creditor identity with blanks', () => {
  const blank = defaultCreditor();
  const text = (result: ReturnType<typeof buildLetter>) =>
    result.ok ? JSON.stringify(result.letter.blocks) : '';

  it.each(TEMPLATE_IDS)('%s never prints a blank or a placeholder for it', (id) => {
    const result = buildLetter(input(id, { creditor: blank }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const body = text(result);
    expect(result.letter.blocks.some((b) => b.kind === 'bank')).toBe(false);
    expect(body).not.toMatch(/à compléter|Créancier| {2}|\s[,.](?!\d)/);
    // The mark of an empty value, as JSON writes it: none left in the letter.
    expect(body).not.toContain('\\u0002');
    expect(result.letter.signature.onBehalfOf).toBe('');
    expect(result.letter.references.map((r) => r.label)).toEqual([
      'Votre compte client',
      'Notre référence',
    ]);
  });

  it('leaves out the sentence that names the creditor, and says so', () => {
    const result = buildLetter(input('mise-en-demeure', { creditor: blank }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(text(result)).not.toContain('émises par');
    // The rest of the letter is there.
    expect(text(result)).toContain('nous vous mettons en demeure');
    expect(result.letter.warnings).toContain(
      'Phrase du modèle omise, faute de valeur pour : Raison sociale du créancier.',
    );
    const complete = buildLetter(input('mise-en-demeure'));
    expect(complete.ok && complete.letter.warnings.join(' ')).not.toContain('omise');
    expect(text(complete)).toContain('factures suivantes, émises par Dupont SAS à l’ordre de');
  });

  it('leaves out only the sentence, never the paragraph around it', () => {
    const custom = {
      ...template('relance-1'),
      body: 'Première phrase. Voici {{creancier.nom}} ici. « Troisième » phrase.\n\n{{coordonnees_bancaires}}',
    };
    const result = buildLetter(input('relance-1', { template: custom, creditor: blank }));
    expect(result.ok && result.letter.blocks).toEqual([
      {
        kind: 'paragraph',
        runs: [{ text: 'Première phrase. «\u00a0Troisième\u00a0» phrase.', bold: false }],
      },
    ]);
  });

  it('drops the whole paragraph rather than leave a bold run open', () => {
    const custom = {
      ...template('relance-1'),
      body: '**Début. Par {{creancier.nom}}.** Fin.\n\nAutre.',
    };
    const result = buildLetter(input('relance-1', { template: custom, creditor: blank }));
    expect(result.ok && result.letter.blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Autre.', bold: false }] },
    ]);
  });
});

describe('consumer debtor', () => {
  it('claims interest at the taux légal from the mise en demeure, without the 40 €', () => {
    const consumer = { ...debtor, isConsumer: true };
    const before = buildLetter(input('mise-en-demeure', { debtor: consumer }));
    expect(before.ok && before.letter.amounts).toMatchObject({
      interestCents: 0,
      indemnitiesCents: 0,
    });
    const after = buildLetter(
      input('dernier-avis', {
        debtor: consumer,
        letters: [sentLetter('mise-en-demeure', '2026-03-10')],
      }),
    );
    // 11/03 -> 31/03 = 21 days at 2,62 % on 1 000 € = 1,507 -> 1,51
    expect(after.ok && after.letter.amounts).toMatchObject({
      interestCents: 151,
      indemnitiesCents: 0,
    });
    const decompte = after.ok ? after.letter.blocks.find((b) => b.kind === 'decompte') : undefined;
    expect(decompte?.kind === 'decompte' && decompte.decompte.conventions.at(-1)).toContain(
      'C. civ. 1231-6',
    );
  });
});

describe('splitInstallments', () => {
  it.each([
    [100_000, 3, [33_333, 33_333, 33_334]],
    [90_000, 3, [30_000, 30_000, 30_000]],
    [5, 1, [5]],
  ])('%i in %i', (total, count, amounts) => {
    const plan = splitInstallments(cents(total), count, isoDate('2026-01-31'));
    expect(plan.map((p) => p.cents)).toEqual(amounts);
    expect(plan.map((p) => p.date)).toEqual(
      ['2026-01-31', '2026-02-28', '2026-03-31'].slice(0, count),
    );
  });
});
