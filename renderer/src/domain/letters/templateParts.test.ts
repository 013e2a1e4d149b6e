import { describe, expect, it } from 'vitest';
import { shippedTemplates } from '../../data/shippedTemplates';
import { PLACEHOLDERS } from './letterView';
import {
  CONDITION_CHOICES,
  conditionLabel,
  FIELD_CHOICES,
  hasPlaceholderLabel,
} from './placeholderNames';
import { parseTemplate } from './templateEngine';
import {
  insertBlock,
  insertField,
  namesWithLines,
  partsToSource,
  sourceToParts,
  type TemplatePart,
} from './templateParts';

const text = (t: string): TemplatePart => ({ kind: 'text', text: t });
const field = (name: string, raw = `{{${name}}}`): TemplatePart => ({ kind: 'field', name, raw });
const open = (name: string, inverted = false, raw = `{{${inverted ? '^' : '#'}${name}}}`) =>
  ({ kind: 'open', name, inverted, raw }) as TemplatePart;
const close = (name: string, raw = `{{/${name}}}`): TemplatePart => ({ kind: 'close', name, raw });

describe('template source ⇄ parts', () => {
  it.each<[string, string, TemplatePart[]]>([
    ['empty', '', []],
    ['plain text', 'Madame, Monsieur,\n\nBonjour.', [text('Madame, Monsieur,\n\nBonjour.')]],
    ['a field', 'À {{debiteur.nom}} :', [text('À '), field('debiteur.nom'), text(' :')]],
    ['a field with spaces kept', '{{ total.du }}', [field('total.du', '{{ total.du }}')]],
    [
      'a block',
      '{{#relances.existe}}Malgré {{relances.liste}}, les{{/relances.existe}}',
      [
        open('relances.existe'),
        text('Malgré '),
        field('relances.liste'),
        text(', les'),
        close('relances.existe'),
      ],
    ],
    [
      'an inverted block',
      '{{^relances.existe}}Les{{/relances.existe}}',
      [open('relances.existe', true), text('Les'), close('relances.existe')],
    ],
    [
      'nested blocks over lines',
      '{{#a}}\n{{^b}}x{{/b}}\n{{/a}}',
      [open('a'), text('\n'), open('b', true), text('x'), close('b'), text('\n'), close('a')],
    ],
    [
      'spaces inside block tags',
      '{{# a }}y{{/ a}}',
      [open('a', false, '{{# a }}'), text('y'), close('a', '{{/ a}}')],
    ],
    ['a comment', 'a{{! note }}b', [text('a'), { kind: 'comment', raw: '{{! note }}' }, text('b')]],
    ['single braces', 'prix { 3 } et }} ou {{', [text('prix { 3 } et }} ou {{')]],
    ['triple braces stay text', '{{{brut}}}', [text('{{{brut}}}')]],
    ['a partial stays text', 'x{{> partiel}}y', [text('x{{> partiel}}y')]],
    ['an empty tag stays text', '{{}}', [text('{{}}')]],
    ['an invalid name stays text', 'a {{nom()}} b', [text('a {{nom()}} b')]],
    [
      'a tag over two lines',
      '{{#a\n}}z{{/a}}',
      [open('a', false, '{{#a\n}}'), text('z'), close('a')],
    ],
    [
      'unknown and unclosed kept as they are',
      '{{#inconnu}}ouvert {{champ.inconnu}}',
      [open('inconnu'), text('ouvert '), field('champ.inconnu')],
    ],
    ['an orphan close', 'fin{{/a}}', [text('fin'), close('a')]],
    [
      'no-break spaces and control text',
      'a\u00a0: «\u00a0b\u00a0»',
      [text('a\u00a0: «\u00a0b\u00a0»')],
    ],
  ])('%s', (_name, source, parts) => {
    expect(sourceToParts(source)).toEqual(parts);
    expect(partsToSource(parts)).toBe(source);
    // and back: the parts of the source written from the parts are the same parts
    expect(sourceToParts(partsToSource(parts))).toEqual(parts);
  });

  it('keeps every shipped template exactly', () => {
    for (const template of shippedTemplates()) {
      expect(partsToSource(sourceToParts(template.body))).toBe(template.body);
      expect(partsToSource(sourceToParts(template.subject))).toBe(template.subject);
    }
  });

  it('sees the same tags as the engine', () => {
    for (const template of shippedTemplates()) {
      const parsed = parseTemplate(template.body);
      expect(parsed.ok).toBe(true);
      const tags = sourceToParts(template.body).filter((p) => p.kind !== 'text');
      expect(tags.length).toBe((template.body.match(/\{\{/g) ?? []).length);
    }
  });
});

describe('editing by offsets', () => {
  it.each<[string, string, number, number, string, boolean, string, number]>([
    ['at the caret', 'Bonjour .', 8, 8, 'debiteur.nom', false, 'Bonjour {{debiteur.nom}}.', 24],
    ['in place of a selection', 'Total : X.', 8, 9, 'total.du', false, 'Total : {{total.du}}.', 20],
    ['at the start', 'x', 0, 0, 'date', false, '{{date}}x', 8],
    ['inside a tag: after it', 'a{{date}}b', 4, 4, 'objet', false, 'a{{date}}{{objet}}b', 18],
    [
      'a table alone on its line',
      'avant après',
      6,
      6,
      'tableau_factures',
      true,
      'avant \n{{tableau_factures}}\naprès',
      27,
    ],
    [
      'a table on an empty line',
      'a\n\nb',
      2,
      2,
      'tableau_factures',
      true,
      'a\n{{tableau_factures}}\nb',
      22,
    ],
    [
      'a table at the end',
      'a\n',
      2,
      2,
      'coordonnees_bancaires',
      true,
      'a\n{{coordonnees_bancaires}}',
      27,
    ],
  ])('inserts a field %s', (_name, source, start, end, name, lineOnly, expected, caret) => {
    expect(insertField(source, start, end, name, lineOnly)).toEqual({ source: expected, caret });
  });

  it.each<[string, string, number, number, string, boolean, string, number]>([
    [
      'around a selection',
      'Merci de votre appel.',
      9,
      20,
      'contact.nom',
      false,
      'Merci de {{#contact.nom}}votre appel{{/contact.nom}}.',
      36,
    ],
    [
      'empty at the caret',
      'ab',
      1,
      1,
      'relances.existe',
      false,
      'a{{#relances.existe}}{{/relances.existe}}b',
      21,
    ],
    [
      'inverted',
      'Les',
      0,
      3,
      'relances.existe',
      true,
      '{{^relances.existe}}Les{{/relances.existe}}',
      23,
    ],
    ['selection given backwards', 'xyz', 2, 1, 'a', false, 'x{{#a}}y{{/a}}z', 8],
    [
      'nested in another block',
      '{{#a}}texte{{/a}}',
      6,
      11,
      'b',
      true,
      '{{#a}}{{^b}}texte{{/b}}{{/a}}',
      17,
    ],
  ])('wraps in a block %s', (_name, source, start, end, name, inverted, expected, caret) => {
    const edit = insertBlock(source, start, end, name, inverted);
    expect(edit).toEqual({ source: expected, caret });
    expect(parseTemplate(edit.source).ok).toBe(true);
  });

  it('names the line of every use', () => {
    expect(namesWithLines('a\n{{#b}}\n{{c}}{{/b}}')).toEqual([
      { name: 'b', line: 2 },
      { name: 'c', line: 3 },
      { name: 'b', line: 3 },
    ]);
  });
});

describe('French names', () => {
  it('names every placeholder of the catalogue', () => {
    for (const p of PLACEHOLDERS) expect(hasPlaceholderLabel(p.name), p.name).toBe(true);
    expect(new Set(FIELD_CHOICES.map((f) => f.label)).size).toBe(FIELD_CHOICES.length);
  });

  it('offers only conditions on known values, each with its own name', () => {
    for (const c of CONDITION_CHOICES) expect(hasPlaceholderLabel(c.name), c.name).toBe(true);
    expect(new Set(CONDITION_CHOICES.map((c) => c.label)).size).toBe(CONDITION_CHOICES.length);
    expect(conditionLabel('relances.existe', false)).toBe('Si des relances ont été envoyées');
    expect(conditionLabel('total.interets', true)).toBe(
      'Si «\u00a0Intérêts de retard\u00a0» est vide',
    );
  });
});
