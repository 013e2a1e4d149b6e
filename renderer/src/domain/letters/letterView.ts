/**
 * The values a template can print, with their French names. Every value is already formatted
 * text (amounts « 1 234,56 € », dates « 23 novembre 2026 »): templates never compute anything.
 * Tables and the bank details are blocks: written alone on their line, e.g. {{tableau_factures}}.
 */
import type { SentReminder } from '../claim';
import type { Creditor } from '../creditor';
import { EUR, formatMoney } from '../currency';
import { addDays, formatLongDateFr } from '../dates';
import type { Decompte } from '../decompte';
import { formatSiren, groupIban } from '../identifiers';
import type { Cents, Contact, Debtor, IsoDate } from '../model';
import { addCents, formatEuros, sumCents } from '../money';
import { frenchTypography, joinFr, numberInWordsFr } from './french';
import type { PlannedInstallment } from './installments';
import type { ItemRow } from './letterContent';
import type { ViewObject } from './templateEngine';
import { SEND_METHOD_PHRASES } from './templates';

export const BLOCK_NAMES = [
  'tableau_factures',
  'tableau_decompte',
  'tableau_releve',
  'tableau_echeances',
  'coordonnees_bancaires',
] as const;
export type BlockName = (typeof BLOCK_NAMES)[number];

/** Marks a block in the rendered text; control characters a user cannot type in a template. */
export const blockMarker = (name: BlockName) => `\u0001${name}\u0001`;

/** The placeholders offered in Paramètres › Modèles de courrier, with what they print. */
export const PLACEHOLDERS: readonly { name: string; description: string }[] = [
  { name: 'appel', description: 'Formule d’appel : « Madame, Monsieur »' },
  { name: 'date', description: 'Date du courrier, en toutes lettres' },
  { name: 'date_calcul', description: 'Date d’arrêté du décompte' },
  { name: 'objet', description: 'Objet du courrier' },
  { name: 'reference', description: 'Référence à rappeler lors du règlement' },
  { name: 'creancier.nom', description: 'Raison sociale du créancier' },
  { name: 'creancier.siren', description: 'SIREN du créancier' },
  { name: 'creancier.telephone', description: 'Téléphone du créancier' },
  { name: 'creancier.email', description: 'Courriel du créancier' },
  { name: 'signataire.nom', description: 'Nom du signataire' },
  { name: 'signataire.fonction', description: 'Fonction du signataire' },
  { name: 'debiteur.nom', description: 'Raison sociale du débiteur' },
  { name: 'debiteur.compte', description: 'Numéro de compte client' },
  { name: 'debiteur.siren', description: 'SIREN du débiteur' },
  { name: 'contact.nom', description: 'Interlocuteur chez le débiteur' },
  { name: 'factures.nombre', description: 'Nombre de factures' },
  { name: 'factures.liste', description: 'Numéros des factures : « F-1, F-2 et F-3 »' },
  { name: 'total.principal', description: 'Principal restant dû (avoirs déduits)' },
  { name: 'total.interets', description: 'Intérêts de retard à la date de calcul' },
  { name: 'total.indemnites', description: 'Indemnités forfaitaires (40 € par facture)' },
  { name: 'total.du', description: 'Total dû : principal, intérêts et indemnités' },
  { name: 'taux.libelle', description: 'Taux appliqué, en toutes lettres' },
  { name: 'delai.jours', description: 'Délai accordé, en jours (chiffres)' },
  { name: 'delai.jours_lettres', description: 'Délai accordé, en lettres : « huit »' },
  { name: 'delai.date', description: 'Date limite : date du courrier + délai' },
  { name: 'relances.existe', description: 'Section affichée si des relances ont été envoyées' },
  { name: 'relances.liste', description: '« nos relances du 5 novembre 2026 (courriel) et du … »' },
  { name: 'relances.derniere', description: 'Date de la dernière relance' },
  { name: 'releve.solde', description: 'Solde du relevé de compte' },
  { name: 'releve.echu', description: 'Part échue du solde' },
  { name: 'releve.echu_existe', description: 'Section affichée si une part est échue' },
  { name: 'echeancier.total', description: 'Montant total de l’échéancier' },
  { name: 'echeancier.nombre', description: 'Nombre d’échéances' },
  { name: 'promesse.montant', description: 'Montant promis' },
  { name: 'promesse.date', description: 'Date de paiement promise' },
  ...BLOCK_NAMES.map((name) => ({ name, description: 'Bloc, seul sur sa ligne' })),
];

export interface ViewInput {
  creditor: Creditor;
  debtor: Debtor;
  contact?: Contact;
  date: IsoDate;
  subject: string;
  paymentReference: string;
  deadlineDays: number;
  rows: ItemRow[];
  decompte: Decompte;
  reminders: readonly SentReminder[];
  installments: readonly PlannedInstallment[];
  promise?: PlannedInstallment;
}

function remindersView(reminders: readonly SentReminder[]): ViewObject {
  const sorted = [...reminders].sort((a, b) => (a.date < b.date ? -1 : 1));
  const parts = sorted.map(
    (r) => `du ${formatLongDateFr(r.date)} (${SEND_METHOD_PHRASES[r.sendMethod]})`,
  );
  const last = sorted.at(-1);
  return {
    existe: sorted.length > 0,
    liste:
      sorted.length === 0
        ? ''
        : `${sorted.length > 1 ? 'nos relances' : 'notre relance'} ${joinFr(parts)}`,
    derniere: last ? formatLongDateFr(last.date) : '',
  };
}

export function buildLetterView(input: ViewInput): ViewObject {
  const { creditor, debtor, decompte, rows, date } = input;
  const totals = decompte.totals;
  // Every amount in the claim's currency; the €40 indemnities always in euros, and beside a
  // total in another currency rather than added to it (« 12 095,67 £ et 80,00 € »).
  const currency = decompte.currency ?? EUR;
  const money = (cents: Cents) => formatMoney(cents, currency);
  const totalDue =
    currency !== EUR && totals.indemnitiesCents > 0
      ? `${money(totals.totalDueCents)} et ${formatEuros(totals.indemnitiesCents)}`
      : money(totals.totalDueCents);
  const netPrincipal = addCents(totals.outstandingPrincipalCents, totals.creditsCents);
  const overdue = sumCents(rows.filter((r) => r.dueDate < date).map((r) => r.openCents));
  const planTotal = sumCents(input.installments.map((i) => i.cents));
  const blocks = Object.fromEntries(BLOCK_NAMES.map((name) => [name, blockMarker(name)]));
  return {
    ...blocks,
    appel: 'Madame, Monsieur',
    date: formatLongDateFr(date),
    date_calcul: formatLongDateFr(decompte.asOf),
    objet: input.subject,
    reference: input.paymentReference,
    creancier: {
      nom: creditor.name,
      siren: creditor.siren ? formatSiren(creditor.siren) : '',
      telephone: creditor.phone,
      email: creditor.email,
      iban: creditor.iban ? groupIban(creditor.iban) : '',
      bic: creditor.bic,
    },
    signataire: { nom: creditor.signatoryName, fonction: creditor.signatoryTitle },
    debiteur: {
      nom: debtor.name,
      compte: debtor.accountNo,
      siren: debtor.siren ? formatSiren(debtor.siren) : '',
    },
    contact: { nom: input.contact?.name ?? '', email: input.contact?.email ?? '' },
    factures: {
      nombre: String(rows.filter((r) => r.kind === 'invoice').length),
      liste: joinFr(rows.filter((r) => r.kind === 'invoice').map((r) => r.number)),
    },
    total: {
      principal: money(netPrincipal),
      interets: money(totals.interestDueCents),
      indemnites: formatEuros(totals.indemnitiesCents),
      paiements: money(totals.paymentsCents),
      avoirs: money(totals.creditsCents),
      du: totalDue,
    },
    taux: { libelle: decompte.basisLabel },
    delai: {
      jours: String(input.deadlineDays),
      jours_lettres: numberInWordsFr(input.deadlineDays),
      date: formatLongDateFr(addDays(date, input.deadlineDays)),
    },
    relances: remindersView(input.reminders),
    releve: {
      solde: money(sumCents(rows.map((r) => r.openCents))),
      echu: money(overdue),
      echu_existe: overdue > 0,
    },
    echeancier: {
      total: money(planTotal),
      nombre: String(input.installments.length),
    },
    promesse: {
      montant: input.promise ? money(input.promise.cents) : '',
      date: input.promise ? formatLongDateFr(input.promise.date) : '',
    },
  };
}

/** Names a template may use: the catalogue above (sections may test any of them). */
export function isKnownPlaceholder(name: string): boolean {
  return name === '.' || PLACEHOLDERS.some((p) => p.name === name);
}

/** Typography for the text a template produced (values included). */
export const typeset = frenchTypography;
