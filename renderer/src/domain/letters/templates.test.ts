import { describe, expect, it } from 'vitest';
import { shippedTemplates } from '../../data/shippedTemplates';
import { checkTemplate } from './templateCheck';
import {
  effectiveTemplates,
  isLegalTemplate,
  letterTemplateSchema,
  parseTemplateFile,
  TEMPLATE_IDS,
} from './templates';

describe('shipped templates', () => {
  it('cover every template id, in order, and pass the checks the editor applies', () => {
    const templates = shippedTemplates();
    expect(templates.map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
    for (const template of templates) expect(checkTemplate(template), template.id).toEqual([]);
  });

  it('keep disputed items out of a mise en demeure and send it by LRAR with 8 days', () => {
    const med = shippedTemplates().find((t) => t.id === 'mise-en-demeure');
    expect(med).toMatchObject({
      subject: 'Mise en demeure de payer',
      sendMethod: 'lrar',
      deadlineDays: 8,
      includeDisputed: false,
    });
  });
});

describe('legal letters', () => {
  it('are the mise en demeure and the dernier avis, by their shipped files', () => {
    expect(
      shippedTemplates()
        .filter((t) => t.legal)
        .map((t) => t.id),
    ).toEqual(['mise-en-demeure', 'dernier-avis']);
    expect(isLegalTemplate(shippedTemplates(), 'mise-en-demeure')).toBe(true);
    expect(isLegalTemplate(shippedTemplates(), 'relance-2')).toBe(false);
    expect(isLegalTemplate(shippedTemplates(), 'inconnu')).toBe(false);
  });

  it('stay legal when the user edits the template, even from a version saved without the flag', () => {
    const med = shippedTemplates().find((t) => t.id === 'mise-en-demeure');
    if (!med) throw new Error('modèle absent');
    const { legal: _legal, ...older } = med;
    const stored = letterTemplateSchema.parse({ ...older, name: 'Ma mise en demeure' });
    expect(stored.legal).toBe(false);
    const edited = { ...med, name: 'Mise en demeure (modifiée)', legal: false };
    for (const override of [stored, edited]) {
      const templates = effectiveTemplates(shippedTemplates(), { 'mise-en-demeure': override });
      expect(templates.find((t) => t.id === 'mise-en-demeure')).toMatchObject({
        name: override.name,
        legal: true,
      });
    }
    // And an ordinary letter stays ordinary.
    const relance = shippedTemplates().find((t) => t.id === 'relance-1');
    if (!relance) throw new Error('modèle absent');
    const templates = effectiveTemplates(shippedTemplates(), {
      'relance-1': { ...relance, legal: true },
    });
    expect(templates.find((t) => t.id === 'relance-1')?.legal).toBe(false);
  });
});

describe('parseTemplateFile', () => {
  it('reads the header and the body', () => {
    const parsed = parseTemplateFile(
      '---\nid: relance-1\nnom: Test\ncode: T1\nobjet: Objet\nenvoi: email\ndelai: 5\nlitiges: inclure\npieces: ouvertes\nrelance: oui\n---\nCorps {{appel}}\n',
    );
    expect(parsed.ok && parsed.template).toMatchObject({
      id: 'relance-1',
      name: 'Test',
      deadlineDays: 5,
      includeDisputed: true,
      itemScope: 'ouvertes',
      isReminder: true,
      legal: false,
      body: 'Corps {{appel}}',
    });
    const legal = parseTemplateFile(
      '---\nid: dernier-avis\nnom: DA\ncode: DA\nobjet: O\nenvoi: lrar\ndelai: 8\nlitiges: exclure\npieces: echues\nrelance: oui\njuridique: oui\n---\nCorps\n',
    );
    expect(legal.ok && legal.template.legal).toBe(true);
  });

  it('explains what is wrong', () => {
    expect(parseTemplateFile('pas d’en-tête')).toEqual({
      ok: false,
      errors: ['En-tête « --- » manquant en début de modèle'],
    });
    const parsed = parseTemplateFile('---\nid: inconnu\nfoo: bar\n---\nx');
    expect(parsed.ok ? '' : parsed.errors.join(' ')).toContain(
      "Ligne d'en-tête inconnue : « foo: bar »",
    );
  });
});

describe('checkTemplate', () => {
  it('flags unknown placeholders and broken sections', () => {
    const base = shippedTemplates()[0];
    if (!base) throw new Error('aucun modèle');
    expect(
      checkTemplate({ ...base, body: 'Bonjour {{debiteur.nomm}} {{#relances.existe}}' }),
    ).toEqual(['Corps — Ligne 1\u00a0: le bloc «\u00a0relances.existe\u00a0» n’est jamais fermé.']);
    expect(checkTemplate({ ...base, subject: '{{objet_inconnu}}' })).toEqual([
      'Objet — Ligne 1\u00a0: champ inconnu «\u00a0{{objet_inconnu}}\u00a0».',
    ]);
    expect(
      checkTemplate({
        ...base,
        body: 'Bonjour,\n\n{{#debiteur.nomm}}x{{/debiteur.nomm}} {{debiteur.nomm}}',
      }),
    ).toEqual(['Corps — Ligne 3\u00a0: champ inconnu «\u00a0{{debiteur.nomm}}\u00a0».']);
  });
});
