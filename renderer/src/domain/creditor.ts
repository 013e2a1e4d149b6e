/**
 * The creditor: the company Recouvra collects for, whose identity heads every letter and dossier.
 * The schema describes the stored shape only. It deliberately does not re-run the business
 * validators: a record that was valid when saved must still load if a rule tightens later,
 * so the user sees it with errors instead of a blank form (settings fall back to defaults on a
 * failed parse).
 */
import { z } from 'zod';
import { formatSiren, validateBic, validateIban, validateSiren } from './identifiers';
import { cents, formatEuros } from './money';

export const LEGAL_FORMS = [
  'SAS',
  'SASU',
  'SARL',
  'EURL',
  'SA',
  'SNC',
  'SCI',
  'EI',
  'Autre',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const LEGAL_FORM_LABELS: Record<LegalForm, string> = {
  SAS: 'SAS — Société par actions simplifiée',
  SASU: 'SASU — Société par actions simplifiée unipersonnelle',
  SARL: 'SARL — Société à responsabilité limitée',
  EURL: 'EURL — Entreprise unipersonnelle à responsabilité limitée',
  SA: 'SA — Société anonyme',
  SNC: 'SNC — Société en nom collectif',
  SCI: 'SCI — Société civile immobilière',
  EI: 'EI — Entreprise individuelle',
  Autre: 'Autre',
};

export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg'] as const;
export type LogoMime = (typeof LOGO_MIME_TYPES)[number];

/** 1 Mo, read generously as 1 MiB: a letterhead logo never needs more. */
export const MAX_LOGO_BYTES = 1024 * 1024;

/** The logo's bytes live in the `blobs` table; the creditor only keeps the reference. */
export const creditorLogoSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mime: z.enum(LOGO_MIME_TYPES),
  size: z.number().int().nonnegative(),
  fileName: z.string(),
});
export type CreditorLogo = z.infer<typeof creditorLogoSchema>;

const text = () => z.string().default('');

/**
 * Stored creditor identity. Every field has a default so that a row written by an older version
 * (fewer fields) still parses. Identifiers are stored compact: SIREN/SIRET digits only, VAT, IBAN
 * and BIC uppercase without spaces.
 */
export const creditorSchema = z.object({
  name: text(),
  legalForm: z.enum(LEGAL_FORMS).nullable().default(null),
  shareCapitalCents: z.number().int().nonnegative().nullable().default(null),
  siren: text(),
  siret: text(),
  /** City of the greffe only (« Lyon »); letters write « RCS Lyon ». */
  rcsCity: text(),
  vatNumber: text(),
  addressLines: z.array(z.string()).default([]),
  postalCode: text(),
  city: text(),
  country: z.string().default('France'),
  phone: text(),
  email: text(),
  iban: text(),
  bic: text(),
  signatoryName: text(),
  /** E.g. « Directrice administrative et financière ». */
  signatoryTitle: text(),
  logo: creditorLogoSchema.nullable().default(null),
});
export type Creditor = z.infer<typeof creditorSchema>;

/** A blank creditor, as on first launch. */
export function defaultCreditor(): Creditor {
  return creditorSchema.parse({});
}

/**
 * The legal mentions a commercial letter must carry (Code de commerce R123-237): form and
 * capital, RCS registration, VAT number. Lines with missing data are left out.
 */
export function creditorLegalMentions(creditor: Creditor): string[] {
  const mentions: string[] = [];
  const { legalForm, shareCapitalCents } = creditor;
  if (legalForm && legalForm !== 'Autre') {
    mentions.push(
      shareCapitalCents === null
        ? legalForm
        : `${legalForm} au capital de ${formatEuros(cents(shareCapitalCents))}`,
    );
  }
  if (creditor.siren) {
    mentions.push(
      creditor.rcsCity
        ? `RCS ${creditor.rcsCity} ${formatSiren(creditor.siren)}`
        : `SIREN ${formatSiren(creditor.siren)}`,
    );
  }
  if (creditor.vatNumber) mentions.push(`TVA intracommunautaire ${creditor.vatNumber}`);
  return mentions;
}

/**
 * What a document needs of the creditor's identity. A legal letter (mise en demeure, dernier
 * avis) names the creditor, its SIREN and address, how to pay and who signs; the court dossier
 * the same but the bank details (a requête does not ask to be paid by transfer).
 */
export type CreditorPurpose = 'legal-letter' | 'court-dossier';

const filled = (value: string) => value.trim() !== '';

/** « SIREN » when empty, « SIREN (invalide) » when it fails its check: either way, not usable. */
function checked(label: string, value: string, validate: (v: string) => string | null): string[] {
  if (!filled(value)) return [label];
  return validate(value) === null ? [] : [`${label} (invalide)`];
}

/**
 * The French names of what is missing from the creditor's identity for `purpose`, in the order
 * of the Paramètres › Créancier form; empty when the identity is complete. A part present and
 * another missing is named precisely (« BIC », « fonction du signataire »).
 */
export function missingCreditorFields(creditor: Creditor, purpose: CreditorPurpose): string[] {
  const missing: string[] = [];
  if (!filled(creditor.name)) missing.push('raison sociale');
  missing.push(...checked('SIREN', creditor.siren, validateSiren));

  const address = [
    creditor.addressLines.some(filled) ? null : 'rue',
    filled(creditor.postalCode) ? null : 'code postal',
    filled(creditor.city) ? null : 'ville',
  ].filter((part) => part !== null);
  if (address.length === 3) missing.push('adresse');
  else if (address.length > 0) missing.push(`adresse (${address.join(', ')})`);

  if (purpose === 'legal-letter') {
    if (!filled(creditor.iban) && !filled(creditor.bic)) {
      missing.push('coordonnées bancaires (IBAN, BIC)');
    } else {
      missing.push(...checked('IBAN', creditor.iban, validateIban));
      missing.push(...checked('BIC', creditor.bic, validateBic));
    }
  }

  if (!filled(creditor.signatoryName) && !filled(creditor.signatoryTitle)) {
    missing.push('signataire (nom, fonction)');
  } else {
    if (!filled(creditor.signatoryName)) missing.push('nom du signataire');
    if (!filled(creditor.signatoryTitle)) missing.push('fonction du signataire');
  }
  return missing;
}

const PURPOSE_WORDS: Record<CreditorPurpose, string> = {
  'legal-letter': 'pour un courrier juridique (mise en demeure, dernier avis)',
  'court-dossier': 'pour le dossier contentieux',
};

/**
 * The one sentence that refuses a document, shown on screen and thrown by the data layer:
 * « Identité du créancier incomplète pour un courrier juridique (…) : il manque raison sociale,
 * SIREN. » The screens add the link to Paramètres › Créancier.
 */
export function incompleteCreditorMessage(
  missing: readonly string[],
  purpose: CreditorPurpose,
): string {
  return `Identité du créancier incomplète ${PURPOSE_WORDS[purpose]}\u00a0: il manque ${missing.join(', ')}.`;
}

/** The image type from the file's first bytes: the file name and extension are not trusted. */
export function sniffLogoMime(bytes: Uint8Array): LogoMime | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((byte, i) => bytes[i] === byte)) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

export type LogoCheck = { ok: true; mime: LogoMime } | { ok: false; reason: string };

/** PNG or JPEG, at most 1 Mo. */
export function checkLogo(bytes: Uint8Array): LogoCheck {
  const mime = sniffLogoMime(bytes);
  if (!mime) return { ok: false, reason: 'Le logo doit être une image PNG ou JPEG' };
  if (bytes.byteLength > MAX_LOGO_BYTES) {
    // Rounded up so that a file just over the limit never reads « dépasse 1 Mo (1 Mo) ».
    const megabytes = (Math.ceil((bytes.byteLength / MAX_LOGO_BYTES) * 10) / 10).toLocaleString(
      'fr-FR',
      { minimumFractionDigits: 1 },
    );
    return { ok: false, reason: `Le logo dépasse 1 Mo (${megabytes} Mo)` };
  }
  return { ok: true, mime };
}
