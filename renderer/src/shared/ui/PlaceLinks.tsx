import { Anchor } from '@mantine/core';
import { Fragment } from 'react';
import { Link, useInRouterContext } from 'react-router';
import { paths } from '../../app/paths';

/** The Paramètres tabs a message may name, by the label it names them with. */
const SETTINGS_TABS: Record<string, string> = {
  Créancier: 'creditor',
  Gestionnaires: 'assignees',
  Taux: 'taux',
  'Modèles de courrier': 'modeles',
  Relances: 'relances',
  'Scripts d’appel': 'scripts',
  "Scripts d'appel": 'scripts',
  Utilisateur: 'utilisateur',
  Équipe: 'equipe',
  Données: 'donnees',
};

const PLACE = new RegExp(
  `Paramètres\\s*[›→>]\\s*(${Object.keys(SETTINGS_TABS)
    .sort((a, b) => b.length - a.length)
    .join('|')})`,
  'g',
);

/**
 * A message (warning, refusal) as text, in which every place of the app it names (« Paramètres ›
 * Créancier ») is a link to that place: the user goes there in one click instead of searching.
 */
export function PlaceLinks({ text }: { text: string }) {
  // Outside the router (a notification, a test of a lone component) the text stays text.
  const routed = useInRouterContext();
  if (!routed) return <Fragment>{text}</Fragment>;
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACE)) {
    const tab = SETTINGS_TABS[match[1] ?? ''];
    if (!tab) continue;
    parts.push(text.slice(last, match.index));
    parts.push(
      <Anchor
        key={match.index}
        component={Link}
        to={paths.settings(tab)}
        inherit
        underline="always"
      >
        Paramètres › {match[1]}
      </Anchor>,
    );
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return <Fragment>{parts}</Fragment>;
}
