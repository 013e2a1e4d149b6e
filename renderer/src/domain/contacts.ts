/** Contact roles at a debtor, as credit controllers name them. */
import type { ContactRole } from './model';

export const CONTACT_ROLES: readonly ContactRole[] = [
  'comptabilite-fournisseurs',
  'daf',
  'dirigeant',
  'achats',
  'juridique',
  'autre',
];

export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = {
  'comptabilite-fournisseurs': 'Comptabilité fournisseurs',
  daf: 'DAF',
  dirigeant: 'Dirigeant',
  achats: 'Achats',
  juridique: 'Juridique',
  autre: 'Autre',
};
