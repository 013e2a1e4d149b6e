/**
 * The default letter templates, shipped as files in resources/templates/ and read by the data
 * layer (bundled by Vite as text); the domain only parses the texts it is given. A broken file is
 * a bug of the release: it throws here and fails the tests.
 */
import confirmationEcheancier from '../../../resources/templates/confirmation-echeancier.md?raw';
import confirmationPromesse from '../../../resources/templates/confirmation-promesse.md?raw';
import courriel from '../../../resources/templates/courriel.md?raw';
import dernierAvis from '../../../resources/templates/dernier-avis.md?raw';
import miseEnDemeure from '../../../resources/templates/mise-en-demeure.md?raw';
import propositionEcheancier from '../../../resources/templates/proposition-echeancier.md?raw';
import relance1 from '../../../resources/templates/relance-1.md?raw';
import relance2 from '../../../resources/templates/relance-2.md?raw';
import releveDeCompte from '../../../resources/templates/releve-de-compte.md?raw';
import { type LetterTemplate, parseTemplateFile } from '../domain/letters';

const FILES = [
  relance1,
  relance2,
  miseEnDemeure,
  dernierAvis,
  releveDeCompte,
  propositionEcheancier,
  confirmationEcheancier,
  confirmationPromesse,
];

let cache: LetterTemplate[] | undefined;

export function shippedTemplates(): LetterTemplate[] {
  cache ??= FILES.map((file) => {
    const parsed = parseTemplateFile(file);
    if (!parsed.ok) throw new Error(`Modèle livré invalide : ${parsed.errors.join(' ; ')}`);
    return parsed.template;
  });
  return cache;
}

/** Body of the e-mail that carries a letter as a PDF attachment (same placeholders). */
export const EMAIL_BODY_TEMPLATE: string = courriel;
