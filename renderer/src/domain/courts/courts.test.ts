import { describe, expect, it } from 'vitest';
import shipped from '../../../../resources/courts/courts.json';
import {
  checkConfirmedCourt,
  courtById,
  courtFile,
  courtFits,
  courtNameFor,
  courtsFor,
  departementOfPostalCode,
  parseCourtFile,
  searchCourts,
} from '.';

/** The file as a test breaks it. */
type Draft = {
  retrievedAt?: string;
  courts: [Record<string, unknown>, ...Record<string, unknown>[]];
};

const names = (courts: { name: string }[]) => courts.map((c) => c.name);

describe('the shipped court list', () => {
  it('is valid, dated and cites its sources', () => {
    const parsed = parseCourtFile(shipped);
    expect(parsed.ok).toBe(true);
    const file = courtFile();
    expect(file.retrievedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(file.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining(['ccom-annexe-7-1', 'coj-tableau-iv', 'arrete-2024-07-05']),
    );
  });

  it('counts the courts the sources list', () => {
    const count = (kind: string) => courtFile().courts.filter((c) => c.kind === kind).length;
    // 134 tribunaux de commerce, twelve of which sit as TAE since 1 January 2025.
    expect(count('tribunal-de-commerce') + count('tribunal-activites-economiques')).toBe(134);
    expect(count('tribunal-activites-economiques')).toBe(12);
    expect(count('chambre-commerciale-tj')).toBe(7);
    expect(count('tribunal-mixte-de-commerce')).toBe(7);
    expect(count('tribunal-judiciaire')).toBe(164);
  });

  it('has a commercial and a civil court for every département, Corsica and overseas included', () => {
    const departements = [
      ...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')).filter(
        (d) => d !== '20',
      ),
      '2A',
      '2B',
      '971',
      '972',
      '973',
      '974',
      '975',
      '976',
    ];
    for (const departement of departements) {
      expect(courtsFor('tribunal-de-commerce', departement), departement).not.toHaveLength(0);
      expect(courtsFor('tribunal-judiciaire', departement), departement).not.toHaveLength(0);
    }
  });

  it('prints no address that is not verified', () => {
    for (const court of courtFile().courts) {
      if (!court.addressVerified) expect(court.address).toBeUndefined();
    }
  });

  it.each([
    ['an unknown kind', (f: Draft) => (f.courts[0].kind = 'tribunal-de-police')],
    ['a missing seat', (f: Draft) => delete f.courts[0].seat],
    ['a département that does not exist', (f: Draft) => (f.courts[0].departements = ['20'])],
    ['an address not verified', (f: Draft) => (f.courts[0].address = ['1 rue X'])],
    ['a verified court without address', (f: Draft) => (f.courts[0].addressVerified = true)],
    ['an unknown source', (f: Draft) => (f.courts[0].source = 'wikipedia')],
    ['a duplicate id', (f: Draft) => f.courts.push({ ...f.courts[0] })],
    ['no retrieval date', (f: Draft) => delete f.retrievedAt],
    ['an unexpected field', (f: Draft) => (f.courts[0].phone = '01')],
  ])('refuses a file with %s', (_case, breakIt) => {
    const copy = structuredClone(shipped) as unknown as Draft;
    breakIt(copy);
    const parsed = parseCourtFile(copy);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.length).toBeGreaterThan(0);
  });
});

describe('departementOfPostalCode', () => {
  it.each([
    ['44800', undefined, '44'],
    ['01000', undefined, '01'],
    ['75008', 'France', '75'],
    [' 69 002 ', 'FR', '69'],
    ['20000', undefined, '2A'],
    ['20137', undefined, '2A'],
    ['20200', undefined, '2B'],
    ['20600', undefined, '2B'],
    ['97100', undefined, '971'],
    ['97133', undefined, '971'],
    ['97200', undefined, '972'],
    ['97300', undefined, '973'],
    ['97400', undefined, '974'],
    ['97500', undefined, '975'],
    ['97600', undefined, '976'],
    ['98000', undefined, null],
    ['98800', undefined, null],
    ['44800', 'Belgique', null],
    ['1000', undefined, null],
    ['', undefined, null],
    [undefined, undefined, null],
    ['00100', undefined, null],
  ])('%s (%s) → %s', (postalCode, country, expected) => {
    expect(departementOfPostalCode(postalCode, country)).toBe(expected);
  });
});

describe('courtsFor', () => {
  it.each([
    // Saint-Herblain 44800: never « Saint-Herblain », the courts of Loire-Atlantique.
    [
      'tribunal-de-commerce',
      '44',
      ['Tribunal de commerce de Nantes', 'Tribunal de commerce de Saint-Nazaire'],
    ],
    [
      'tribunal-judiciaire',
      '44',
      ['Tribunal judiciaire de Nantes', 'Tribunal judiciaire de Saint-Nazaire'],
    ],
    ['tribunal-de-commerce', '75', ['Tribunal des activités économiques de Paris']],
    ['tribunal-de-commerce', '92', ['Tribunal des activités économiques de Nanterre']],
    ['tribunal-de-commerce', '72', ['Tribunal des activités économiques du Mans']],
    [
      'tribunal-de-commerce',
      '22',
      [
        'Tribunal de commerce de Rennes',
        'Tribunal de commerce de Saint-Malo',
        'Tribunal des activités économiques de Saint-Brieuc',
      ],
    ],
    [
      'tribunal-de-commerce',
      '67',
      [
        'Tribunal judiciaire de Saverne (chambre commerciale)',
        'Tribunal judiciaire de Strasbourg (chambre commerciale)',
      ],
    ],
    [
      'tribunal-de-commerce',
      '68',
      [
        'Tribunal judiciaire de Colmar (chambre commerciale)',
        'Tribunal judiciaire de Mulhouse (chambre commerciale)',
      ],
    ],
    [
      'tribunal-de-commerce',
      '57',
      [
        'Tribunal judiciaire de Metz (chambre commerciale)',
        'Tribunal judiciaire de Sarreguemines (chambre commerciale)',
        'Tribunal judiciaire de Thionville (chambre commerciale)',
      ],
    ],
    ['tribunal-de-commerce', '2A', ['Tribunal de commerce d’Ajaccio']],
    ['tribunal-de-commerce', '2B', ['Tribunal de commerce de Bastia']],
    [
      'tribunal-de-commerce',
      '971',
      ['Tribunal mixte de commerce de Basse-Terre', 'Tribunal mixte de commerce de Pointe-à-Pitre'],
    ],
    ['tribunal-de-commerce', '976', ['Tribunal mixte de commerce de Mamoudzou']],
    ['tribunal-de-commerce', '975', ['Tribunal de première instance de Saint-Pierre']],
    ['juge-contentieux-protection', '2B', ['Tribunal judiciaire de Bastia']],
    ['commissaire-de-justice', '44', []],
    ['tribunal-de-commerce', null, []],
  ] as const)('%s in %s', (kind, departement, expected) => {
    expect(names(courtsFor(kind, departement))).toEqual(expected);
  });

  it('never proposes a court named after a town that has none', () => {
    const all = courtFile().courts.map((c) => c.name);
    expect(all.some((name) => name.includes('Saint-Herblain'))).toBe(false);
  });
});

describe('searchCourts', () => {
  it.each([
    ['tribunal-de-commerce', 'nantes', ['Tribunal de commerce de Nantes']],
    ['tribunal-de-commerce', 'saint etienne', ['Tribunal de commerce de Saint-Étienne']],
    ['tribunal-judiciaire', 'evry', ['Tribunal judiciaire d’Évry-Courcouronnes']],
    ['tribunal-de-commerce', 'lille', ['Tribunal de commerce de Lille Métropole']],
  ] as const)('%s « %s »', (kind, query, expected) => {
    expect(names(searchCourts(kind, query))).toEqual(expected);
  });

  it('lists every court of the kind when nothing is typed', () => {
    expect(searchCourts('tribunal-de-commerce')).toHaveLength(134 + 7 + 7 + 1);
    expect(
      searchCourts('tribunal-judiciaire').every((c) => courtFits(c, 'tribunal-judiciaire')),
    ).toBe(true);
  });
});

describe('checkConfirmedCourt', () => {
  it('refuses an export without a confirmed court', () => {
    const check = checkConfirmedCourt('tribunal-de-commerce', undefined);
    expect(check).toMatchObject({ ok: false });
    if (!check.ok) expect(check.reason).toContain('Confirmez la juridiction');
  });

  it('refuses a court that no longer fits the procedure', () => {
    const check = checkConfirmedCourt('tribunal-judiciaire', 'tc-nantes');
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.reason).toBe(
        'La juridiction confirmée (Tribunal de commerce de Nantes) ne correspond pas à la procédure retenue, qui relève du tribunal judiciaire : confirmez une juridiction compétente.',
      );
    }
  });

  it('refuses an id that is not in the list', () => {
    expect(checkConfirmedCourt('tribunal-de-commerce', 'tc-saint-herblain').ok).toBe(false);
  });

  it('names the confirmed court, without an unverified address', () => {
    expect(checkConfirmedCourt('tribunal-de-commerce', 'tc-nantes')).toEqual({
      ok: true,
      court: courtById('tc-nantes'),
      name: 'Tribunal de commerce de Nantes',
    });
  });

  it('names the juge des contentieux de la protection of the tribunal judiciaire', () => {
    const court = courtById('tj-nantes');
    expect(court && courtNameFor(court, 'juge-contentieux-protection')).toBe(
      'Juge des contentieux de la protection du tribunal judiciaire de Nantes',
    );
  });
});
