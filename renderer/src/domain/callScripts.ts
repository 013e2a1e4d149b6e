/**
 * Call scripts of the Appel guidé: a few steps read in order, then one branch per common answer,
 * each with the outcome it usually leads to. Texts hold `{{placeholders}}` filled from the
 * debtor's file; the user edits them in Paramètres → Scripts d'appel.
 */
import { z } from 'zod';
import type { CallOutcome } from './activityDetails';

export const SCRIPT_BRANCH_IDS = [
  'facture-non-recue',
  'litige',
  'difficultes',
  'deja-paye',
  'absent',
  'refus',
] as const;
export type ScriptBranchId = (typeof SCRIPT_BRANCH_IDS)[number];

/** The outcome a branch usually ends with: preselected, the user can change it. */
export const BRANCH_OUTCOMES: Record<ScriptBranchId, CallOutcome> = {
  'facture-non-recue': 'facture-renvoyee',
  litige: 'litige',
  difficultes: 'echeancier',
  'deja-paye': 'deja-paye',
  absent: 'rappel',
  refus: 'refus',
};

export const PLACEHOLDERS: Record<string, string> = {
  interlocuteur: 'Nom de la personne appelée',
  debiteur: 'Raison sociale du débiteur',
  creancier: 'Votre société',
  utilisateur: 'Votre nom',
  montant: 'Total échu',
  nb_factures: 'Nombre de factures échues',
  factures_impayees: 'Factures échues, comptées et accordées (« 3 factures impayées »)',
  plus_ancienne: 'Numéro de la facture la plus ancienne',
  jours_retard: 'Jours de retard de la plus ancienne',
  derniere_relance: 'Phrase sur la dernière relance envoyée (vide s’il n’y en a pas)',
};

const text = z.string().trim().min(1, 'Le texte ne peut pas être vide');
const branch = z.object({ label: text, text });

export const callScriptSchema = z.object({
  steps: z.array(z.object({ title: text, text })).min(1, 'Gardez au moins une étape'),
  branches: z.object({
    'facture-non-recue': branch,
    litige: branch,
    difficultes: branch,
    'deja-paye': branch,
    absent: branch,
    refus: branch,
  }),
  closing: text,
});
export type CallScript = z.infer<typeof callScriptSchema>;

export const DEFAULT_CALL_SCRIPT: CallScript = {
  steps: [
    {
      title: 'Se présenter',
      text: 'Bonjour {{interlocuteur}}, {{utilisateur}}, du service comptabilité clients de {{creancier}}. Je vous appelle au sujet du compte de {{debiteur}} : avez-vous quelques minutes ?',
    },
    {
      title: 'Rappeler ce qui est dû',
      text: 'Sauf erreur de notre part, votre compte présente {{factures_impayees}} pour un total de {{montant}} ; la plus ancienne, {{plus_ancienne}}, est échue depuis {{jours_retard}} jours. {{derniere_relance}}',
    },
    {
      title: 'Demander où en est le règlement',
      text: 'Pouvez-vous me dire où en est le règlement de ces factures, et à quelle date nous pouvons l’attendre ?',
    },
  ],
  branches: {
    'facture-non-recue': {
      label: 'Facture non reçue',
      text: 'Je comprends. Je vous la renvoie dès la fin de notre appel : à quelle adresse e-mail dois-je l’adresser ? Pouvez-vous me confirmer, dès réception, la date à laquelle elle sera réglée ?',
    },
    litige: {
      label: 'Litige',
      text: 'Pouvez-vous me préciser ce qui ne va pas : le prix, les quantités, la qualité, la livraison ? Je note votre réclamation et la transmets au service concerné pour qu’elle soit traitée rapidement. Les autres factures, qui ne sont pas contestées, restent dues.',
    },
    difficultes: {
      label: 'Difficultés de trésorerie',
      text: 'Je comprends que la période soit difficile. Pour éviter d’aller plus loin, je peux vous proposer un échéancier : combien pouvez-vous régler dès maintenant, et en combien de mensualités pour le solde ? Je vous confirmerai l’accord par écrit ; chaque échéance devra être respectée.',
    },
    'deja-paye': {
      label: 'Déjà payé',
      text: 'Merci. Pour que nous puissions rapprocher ce règlement, pouvez-vous m’indiquer sa date, son montant et la référence du virement ou le numéro du chèque ?',
    },
    absent: {
      label: 'Interlocuteur absent',
      text: 'Quand puis-je joindre {{interlocuteur}} ? Pouvez-vous lui demander de rappeler {{utilisateur}}, de {{creancier}}, au sujet du compte de {{debiteur}} ?',
    },
    refus: {
      label: 'Refus',
      text: 'Je prends note de votre position. Sans règlement ni motif de contestation, le dossier suivra son cours : une mise en demeure vous sera adressée, puis une procédure de recouvrement pourra être engagée. Je reste à votre disposition pour trouver une solution amiable.',
    },
  },
  closing:
    'Je récapitule notre échange et vous le confirme par écrit. Merci pour votre temps, {{interlocuteur}}, et bonne journée.',
};

const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g;

/** Fills known placeholders; an unknown one is left as typed so that the mistake shows. */
export function fillScript(template: string, values: Partial<Record<string, string>>): string {
  return (
    template
      .replace(
        PLACEHOLDER,
        (whole, name: string) => values[name] ?? (name in PLACEHOLDERS ? '' : whole),
      )
      // An empty value must not leave « Bonjour Léa, , du service » behind.
      .replace(/,(\s*,)+/g, ',')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

/** Placeholders a text uses that the script cannot fill. */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)]
    .map((m) => m[1] ?? '')
    .filter((name) => !(name in PLACEHOLDERS));
}
