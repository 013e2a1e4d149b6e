/**
 * French words for the audit actions written across the app (`auditLabels.test.ts` fails when an
 * action written anywhere has none). An unknown action (a newer version's backup) shows as
 * written.
 */
const LABELS: Record<string, string> = {
  import: 'Import de balance',
  'import-undo': 'Annulation d’import',
  'demo.load': 'Chargement des données de démonstration',
  'backup.export': 'Sauvegarde',
  'backup.restore': 'Restauration',
  'debtor.export': 'Export des données d’un débiteur',
  'debtor.identity': 'Fiche débiteur modifiée',
  'debtor.contacts': 'Contacts modifiés',
  'debtor.assign': 'Gestionnaire attribué',
  'debtor.assign.undo': 'Attribution annulée',
  'debtor.ladder': 'Relances du débiteur modifiées',
  'contact.erase': 'Effacement d’un contact',
  'audit.export': 'Export du journal',
  export: 'Export de liste',
  'statement.print': 'Relevé de compte imprimé',
  'creditor.save': 'Identité du créancier enregistrée',
  'document.attach': 'Pièce jointe',
  'document.update': 'Pièce modifiée',
  'document.remove': 'Pièce retirée',
  'case.open': 'Dossier ouvert',
  'case.stage': 'Étape de dossier',
  'case.procedure': 'Procédure choisie',
  'case.court': 'Juridiction confirmée',
  'dossier.export': 'Export de dossier contentieux',
  'letter.create': 'Courrier émis',
  'letter.tracking': 'Suivi de courrier',
  'promise.create': 'Promesse de paiement',
  'plan.create': 'Échéancier accordé',
  'payment.manual': 'Règlement saisi',
  'dispute.open': 'Litige ouvert',
  'dispute.resolve': 'Litige résolu',
  'bank.import': 'Import de relevé bancaire',
  'bank.match': 'Virement rapproché',
  'bank.unmatch': 'Rapprochement annulé',
  'portfolio.handover': 'Portefeuille confié',
  'portfolio.resume': 'Portefeuille repris',
};

export function auditActionLabel(action: string): string {
  return LABELS[action] ?? action;
}

/** Whether `action` has French words (the test checks every action written in the code). */
export function hasAuditActionLabel(action: string): boolean {
  return Object.hasOwn(LABELS, action);
}
