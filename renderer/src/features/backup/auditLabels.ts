/** French labels of the audit actions written across the app; unknown ones show as written. */
const LABELS: Record<string, string> = {
  import: 'Import de balance',
  'import-undo': "Annulation d'import",
  'demo.load': 'Données de démonstration',
  'backup.export': 'Sauvegarde',
  'backup.restore': 'Restauration',
  'debtor.export': "Export des données d'un débiteur",
  'contact.erase': "Effacement d'un contact",
  'audit.export': 'Export du journal',
  'document.attach': 'Pièce jointe',
  'document.update': 'Pièce modifiée',
  'document.remove': 'Pièce retirée',
  'case.procedure': 'Procédure choisie',
  'case.court': 'Juridiction confirmée',
  'dossier.export': 'Export de dossier contentieux',
};

export function auditActionLabel(action: string): string {
  return LABELS[action] ?? action;
}
