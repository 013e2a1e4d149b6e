/**
 * Letter templates: a few settings and a body with placeholders (templateEngine.ts). The defaults
 * ship as Markdown-like files in resources/templates/, each with a header of `key: value` lines
 * between `---` lines; the user's edits are stored in settings as the same fields, by id.
 */
import { z } from 'zod';
import type { SendMethod } from '../model';

export const TEMPLATE_IDS = [
  'relance-1',
  'relance-2',
  'mise-en-demeure',
  'dernier-avis',
  'releve-de-compte',
  'proposition-echeancier',
  'confirmation-echeancier',
  'confirmation-promesse',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export const SEND_METHODS = [
  'courrier-simple',
  'lrar',
  'email',
] as const satisfies readonly SendMethod[];

export const SEND_METHOD_LABELS: Record<SendMethod, string> = {
  'courrier-simple': 'Courrier simple',
  lrar: 'Lettre recommandée avec AR',
  email: 'Courriel',
};

/** The method inside a sentence: « par lettre recommandée avec AR », « (courriel) ». */
export const SEND_METHOD_PHRASES: Record<SendMethod, string> = {
  'courrier-simple': 'courrier simple',
  lrar: 'lettre recommandée avec AR',
  email: 'courriel',
};

/** Which of the debtor's items a letter proposes by default. */
export const ITEM_SCOPES = ['echues', 'ouvertes'] as const;
export type ItemScope = (typeof ITEM_SCOPES)[number];

export const letterTemplateSchema = z.object({
  id: z.enum(TEMPLATE_IDS),
  name: z.string().min(1, 'Donnez un nom au modèle'),
  /** Short code used in the payment reference (« MED »). */
  code: z.string().regex(/^[A-Z0-9]{1,5}$/, 'Code de 1 à 5 lettres majuscules ou chiffres'),
  subject: z.string().min(1, "L'objet est obligatoire"),
  sendMethod: z.enum(SEND_METHODS),
  deadlineDays: z.number().int().min(0).max(90),
  /** Disputed items are left out by default (a mise en demeure never claims a disputed item). */
  includeDisputed: z.boolean(),
  itemScope: z.enum(ITEM_SCOPES),
  /** Counted as a reminder already sent when a later letter lists the previous ones. */
  isReminder: z.boolean(),
  /**
   * A legal letter (mise en demeure, dernier avis): it cannot be saved, printed or recorded
   * without the creditor's full identity (`missingCreditorFields`). Set by the shipped file; a
   * user's version of the template keeps the shipped value (`effectiveTemplates`). Defaults to
   * false so versions saved before the flag existed still load.
   */
  legal: z.boolean().default(false),
  body: z.string().min(1, 'Le corps du courrier est vide'),
});
export type LetterTemplate = z.infer<typeof letterTemplateSchema>;

/** The user's saved versions, by template id; a missing id means « the shipped default ». */
export const templateOverridesSchema = z.record(z.string(), letterTemplateSchema);
export type TemplateOverrides = Record<string, LetterTemplate>;

const HEADER_KEYS: Record<string, keyof LetterTemplate> = {
  id: 'id',
  nom: 'name',
  code: 'code',
  objet: 'subject',
  envoi: 'sendMethod',
  delai: 'deadlineDays',
  litiges: 'includeDisputed',
  pieces: 'itemScope',
  relance: 'isReminder',
  juridique: 'legal',
};

function headerValue(key: keyof LetterTemplate, raw: string): unknown {
  if (key === 'deadlineDays') return Number(raw);
  if (key === 'includeDisputed') return raw === 'inclure';
  if (key === 'isReminder' || key === 'legal') return raw === 'oui';
  return raw;
}

export type ParsedTemplateFile =
  | { ok: true; template: LetterTemplate }
  | { ok: false; errors: string[] };

/** Reads a shipped template file (header between `---` lines, then the body). */
export function parseTemplateFile(text: string): ParsedTemplateFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) return { ok: false, errors: ['En-tête « --- » manquant en début de modèle'] };
  const fields: Record<string, unknown> = {};
  const errors: string[] = [];
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    if (!line.trim()) continue;
    const at = line.indexOf(':');
    const key = HEADER_KEYS[line.slice(0, at).trim()];
    if (at < 0 || !key) {
      errors.push(`Ligne d'en-tête inconnue : « ${line} »`);
      continue;
    }
    fields[key] = headerValue(key, line.slice(at + 1).trim());
  }
  fields.body = (match[2] ?? '').trim();
  const parsed = letterTemplateSchema.safeParse(fields);
  if (!parsed.success)
    errors.push(...parsed.error.issues.map((i) => `${i.path.join('.')} : ${i.message}`));
  return errors.length > 0 || !parsed.success
    ? { ok: false, errors }
    : { ok: true, template: parsed.data };
}

/**
 * Shipped defaults with the user's versions in their place. Whether a letter is legal is the
 * shipped template's to say: editing a mise en demeure never makes it an ordinary letter.
 */
export function effectiveTemplates(
  shipped: readonly LetterTemplate[],
  overrides: TemplateOverrides,
): LetterTemplate[] {
  return shipped.map((template) => {
    const own = overrides[template.id];
    return own ? { ...own, legal: template.legal } : template;
  });
}

/** Whether letters of this template id are legal letters, by the shipped templates. */
export function isLegalTemplate(shipped: readonly LetterTemplate[], templateId: string): boolean {
  return shipped.some((template) => template.id === templateId && template.legal);
}
