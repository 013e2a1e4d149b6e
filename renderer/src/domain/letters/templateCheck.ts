/**
 * Checks a template typed by the user before it is saved: the fields, the tags (balanced
 * sections, allowed syntax) and the names (only the documented placeholders, so a typo shows
 * instead of printing nothing).
 */
import { isKnownPlaceholder } from './letterView';
import { parseTemplate, usedNames } from './templateEngine';
import { type LetterTemplate, letterTemplateSchema } from './templates';

/** French messages; empty when the template can be saved. */
export function checkTemplate(template: LetterTemplate): string[] {
  const errors: string[] = [];
  const parsed = letterTemplateSchema.safeParse(template);
  if (!parsed.success) errors.push(...parsed.error.issues.map((issue) => issue.message));
  for (const [label, source] of [
    ['Objet', template.subject],
    ['Corps', template.body],
  ] as const) {
    const result = parseTemplate(source);
    if (!result.ok) {
      errors.push(...result.errors.map((e) => `${label} — ${e}`));
      continue;
    }
    const unknown = [
      ...new Set(usedNames(result.tokens).filter((name) => !isKnownPlaceholder(name))),
    ];
    for (const name of unknown) errors.push(`${label} — champ inconnu : {{${name}}}`);
  }
  return errors;
}
