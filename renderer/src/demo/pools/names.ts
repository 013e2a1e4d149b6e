/**
 * Person and street name pools drawn from faker's French locale. Faker is called a few hundred
 * times per portfolio (never per item): picking from these arrays afterwards is what lets the
 * generator produce 100,000 items in well under a second.
 */
import { base, Faker, fr } from '@faker-js/faker';
import { FIRST_NAMES } from './vocabulary';

export interface NamePools {
  firstNames: readonly string[];
  lastNames: readonly string[];
  /** Street names without a number, e.g. `rue de la Paix`. */
  streets: readonly string[];
}

const POOL_SIZE = 400;

/** faker's French surnames lost their accents; a French reader notices « Francois ». */
const ACCENTED_SURNAMES: Readonly<Record<string, string>> = {
  Andre: 'André',
  Carre: 'Carré',
  Clement: 'Clément',
  Francois: 'François',
  Gerard: 'Gérard',
  Guerin: 'Guérin',
  Laine: 'Lainé',
  Lefevre: 'Lefèvre',
  Menard: 'Ménard',
  Noel: 'Noël',
  Prevost: 'Prévost',
  Remy: 'Rémy',
  Riviere: 'Rivière',
};

/** Restores accents and capitalises particles faker writes in lower case (`Le gall`). */
function frenchSurname(name: string): string {
  const capitalized = name.replace(
    /(^|[\s-])(\p{Ll})/gu,
    (_, separator: string, letter: string) => {
      return separator + letter.toUpperCase();
    },
  );
  return ACCENTED_SURNAMES[capitalized] ?? capitalized;
}

/** French addresses write the street type in lower case: `12 rue de la Paix`. */
function lowerStreetType(street: string): string {
  return street.charAt(0).toLowerCase() + street.slice(1);
}

export function buildNamePools(seed: number): NamePools {
  // A private instance: seeding the shared `fakerFR` would change what other code draws.
  const faker = new Faker({ locale: [fr, base], seed });
  const draw = (make: () => string) => Array.from({ length: POOL_SIZE }, make);
  return {
    firstNames: FIRST_NAMES,
    lastNames: draw(() => frenchSurname(faker.person.lastName())),
    streets: draw(() => lowerStreetType(faker.location.street())),
  };
}
