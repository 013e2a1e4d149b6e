/**
 * Checks a template typed by the user before it is saved: the fields, the tags (balanced
 * blocks, allowed syntax) and the names (only the documented placeholders, so a typo shows
 * instead of printing nothing). Each message names the line of the text it is about.
 */
import { isKnownPlaceholder } from './letterView';
import { parseTemplate } from './templateEngine';
import { namesWithLines } from './templateParts';
import { type LetterTemplate, letterTemplateSchema } from './templates';

/** French messages about one text (the subject or the body); empty when it is right. */
export function checkTemplateText(source: string): string[] {
  const result = parseTemplate(source);
  if (!result.ok) return result.errors;
  const seen = new Set<string>();
  const errors: string[] = [];
  for (const { name, line } of namesWithLines(source)) {
    if (isKnownPlaceholder(name) || seen.has(name)) continue;
    seen.add(name);
    errors.push(`Ligne ${line}\u00a0: champ inconnu «\u00a0{{${name}}}\u00a0».`);
  }
  return errors;
}

/** French messages; empty when the template can be saved. */
export function checkTemplate(template: LetterTemplate): string[] {
  const errors: string[] = [];
  const parsed = letterTemplateSchema.safeParse(template);
  if (!parsed.success) errors.push(...parsed.error.issues.map((issue) => issue.message));
  for (const [label, source] of [
    ['Objet', template.subject],
    ['Corps', template.body],
  ] as const) {
    errors.push(...checkTemplateText(source).map((e) => `${label} — ${e}`));
  }
  return errors;
}
