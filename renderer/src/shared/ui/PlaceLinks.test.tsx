import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PlaceLinks } from './PlaceLinks';

function render(text: string, routed = true): string {
  const body = <PlaceLinks text={text} />;
  return renderToStaticMarkup(
    <MantineProvider>{routed ? <MemoryRouter>{body}</MemoryRouter> : body}</MantineProvider>,
  ).replace(/<style[^>]*>[^<]*<\/style>/g, '');
}

const links = (html: string) =>
  [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);

describe('PlaceLinks', () => {
  it.each([
    [
      'Complétez Paramètres › Créancier.',
      [['/parametres?onglet=creditor', 'Paramètres › Créancier']],
    ],
    [
      'renseignez-la dans Paramètres → Créancier.',
      [['/parametres?onglet=creditor', 'Paramètres › Créancier']],
    ],
    ['Ajoutez-le dans Paramètres › Taux.', [['/parametres?onglet=taux', 'Paramètres › Taux']]],
    [
      'Voir Paramètres › Équipe puis Paramètres › Modèles de courrier',
      [
        ['/parametres?onglet=equipe', 'Paramètres › Équipe'],
        ['/parametres?onglet=modeles', 'Paramètres › Modèles de courrier'],
      ],
    ],
    ['Rien à voir ici.', []],
  ])('%s', (text, expected) => {
    const html = render(text);
    expect(links(html)).toEqual(expected);
    expect(html.replace(/<[^>]+>/g, '').replace(/→/g, '›')).toBe(text.replace(/→/g, '›'));
  });

  it('stays plain text outside the router', () => {
    expect(render('Complétez Paramètres › Créancier.', false)).toBe(
      'Complétez Paramètres › Créancier.',
    );
  });
});
