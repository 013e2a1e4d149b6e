/**
 * The creditor of the benchmarks' letters and dossiers: a complete identity, because legal
 * documents are refused without address, payment details and signatory, and a benchmark must
 * measure the document, not the refusal.
 */
import { type Creditor, defaultCreditor } from '../domain/creditor';

export function benchCreditor(): Creditor {
  return {
    ...defaultCreditor(),
    name: 'Fournitures Dupont SAS',
    legalForm: 'SAS',
    siren: '732829320',
    rcsCity: 'Lyon',
    addressLines: ['12 rue de la République'],
    postalCode: '69002',
    city: 'Lyon',
    iban: 'FR7630006000011234567890189',
    bic: 'AGRIFRPPXXX',
    signatoryName: 'Claire Martin',
    signatoryTitle: 'Responsable crédit clients',
  };
}
