import { describe, expect, it } from 'vitest';
import { parseTemplate, renderParsed, usedNames, type ViewObject } from './templateEngine';

function render(source: string, view: ViewObject): string {
  const parsed = parseTemplate(source);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return renderParsed(parsed.tokens, view);
}

describe('template engine', () => {
  it.each([
    ['Bonjour {{nom}} !', { nom: 'Durand' }, 'Bonjour Durand !'],
    ['{{debiteur.nom}}', { debiteur: { nom: 'ACME' } }, 'ACME'],
    ['[{{absent}}]', {}, '[]'],
    ['{{#ok}}oui{{/ok}}{{^ok}}non{{/ok}}', { ok: true }, 'oui'],
    ['{{#ok}}oui{{/ok}}{{^ok}}non{{/ok}}', { ok: false }, 'non'],
    ['{{#liste}}<{{.}}>{{/liste}}', { liste: ['a', 'b'] }, '<a><b>'],
    [
      '{{#items}}{{n}}={{total}};{{/items}}',
      { total: 'T', items: [{ n: '1' }, { n: '2' }] },
      '1=T;2=T;',
    ],
    ['{{#contact.nom}} avec {{contact.nom}}{{/contact.nom}}', { contact: { nom: '' } }, ''],
    ['{{! une note }}texte', {}, 'texte'],
    ['{{ espaces }}', { espaces: 'ok' }, 'ok'],
    ['{{n}}', { n: 8 }, '8'],
  ])('%s', (source, view, expected) => {
    expect(render(source, view as ViewObject)).toBe(expected);
  });

  it('replaces a value that prints nothing with what the caller asks, sections untouched', () => {
    const parsed = parseTemplate('[{{a}}][{{b.c}}][{{#d}}x{{/d}}][{{n}}]');
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(renderParsed(parsed.tokens, { a: '', b: {}, n: 0 }, (name) => `<${name}>`)).toBe(
      '[<a>][<b.c>][][0]',
    );
  });

  it('never reaches beyond the data: prototypes and functions print nothing', () => {
    expect(
      render('[{{constructor}}][{{__proto__}}][{{toString}}][{{a.constructor.name}}]', { a: {} }),
    ).toBe('[][][][]');
  });

  it.each([
    ['{{#a}}ouvert', 'le bloc «\u00a0a\u00a0» n’est jamais fermé'],
    ['{{/a}}', 'ferme un bloc qui n’a pas été ouvert'],
    ['{{#a}}{{/b}}', 'ferme le bloc «\u00a0a\u00a0»'],
    ['{{> partiel}}', 'n’est pas une balise autorisée'],
    ['{{{brut}}}', 'n’est pas une balise autorisée'],
    ['{{&brut}}', 'n’est pas une balise autorisée'],
    ['{{nom()}}', 'nom de champ invalide'],
    ['{{}}', 'n’est pas une balise autorisée'],
  ])('refuses %s with a French message', (source, message) => {
    const parsed = parseTemplate(source);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.errors.join(' ')).toContain(message);
  });

  it('names the line of an error', () => {
    const parsed = parseTemplate('ligne 1\nligne 2 {{#a}}');
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      'Ligne 2\u00a0: le bloc «\u00a0a\u00a0» n’est jamais fermé.',
    ]);
  });

  it('lists the names a template uses', () => {
    const parsed = parseTemplate('{{a}} {{#b}}{{c.d}}{{/b}}');
    expect(parsed.ok && usedNames(parsed.tokens)).toEqual(['a', 'b', 'c.d']);
  });
});

describe('names', () => {
  it.each([
    ['Agencement SAS', 'émises à l’ordre d’Agencement SAS.'],
    ['Mécalia SAS', 'émises à l’ordre de Mécalia SAS.'],
  ])('elide the « de » before %s', (name, expected) => {
    const parsed = parseTemplate('émises à l’ordre de {{debiteur.nom}}.');
    if (!parsed.ok) throw new Error(parsed.errors.join());
    expect(renderParsed(parsed.tokens, { debiteur: { nom: name } })).toBe(expected);
  });

  it('leaves other fields alone (« de onze jours »)', () => {
    const parsed = parseTemplate('un délai de {{delai.jours_lettres}} jours');
    if (!parsed.ok) throw new Error(parsed.errors.join());
    expect(renderParsed(parsed.tokens, { delai: { jours_lettres: 'onze' } })).toBe(
      'un délai de onze jours',
    );
  });
});
