import { describe, expect, it } from 'vitest';
import {
  callScriptSchema,
  DEFAULT_CALL_SCRIPT,
  fillScript,
  unknownPlaceholders,
} from './callScripts';

describe('call scripts', () => {
  it('ships a valid default script', () => {
    expect(callScriptSchema.safeParse(DEFAULT_CALL_SCRIPT).success).toBe(true);
  });

  it.each([
    ['Bonjour {{interlocuteur}}, ici {{utilisateur}}.', 'Bonjour Léa Martin, ici Camille.'],
    ['Échue depuis {{jours_retard}} jours. {{derniere_relance}}', 'Échue depuis 17 jours.'],
    ['Votre {{typo}} reste visible', 'Votre {{typo}} reste visible'],
    ['Bonjour {{interlocuteur}}, {{creancier}}, du service', 'Bonjour Léa Martin, du service'],
  ])('fills %s', (template, expected) => {
    expect(
      fillScript(template, {
        interlocuteur: 'Léa Martin',
        utilisateur: 'Camille',
        jours_retard: '17',
      }),
    ).toBe(expected);
  });

  it('lists the placeholders it cannot fill', () => {
    expect(unknownPlaceholders('{{montant}} {{montnt}} {{ debiteur }}')).toEqual(['montnt']);
  });
});
