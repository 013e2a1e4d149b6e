import { describe, expect, it } from 'vitest';
import { cents } from '../domain/money';
import {
  parseDebtorQuery,
  parseGuidedCallQuery,
  parseLettersQuery,
  parseReportQuery,
  parseSettingsQuery,
  paths,
} from './paths';

const query = (href: string) => new URLSearchParams(href.split('?')[1] ?? '');

describe('paths: the URLs of the app', () => {
  it('builds the links the app has always used, ids encoded', () => {
    expect(paths.dashboard()).toBe('/');
    expect(paths.debtor('C 01/2')).toBe('/debiteurs/C%2001%2F2');
    expect(paths.case('k/1')).toBe('/dossiers/k%2F1');
    expect(paths.debtors()).toBe('/debiteurs');
    expect(paths.debtors({ bucket: 'd1_30', minCents: cents(150_050) })).toBe(
      '/debiteurs?bucket=d1_30&min=1500.5',
    );
    expect(paths.debtors({ sort: 'name', direction: 'asc' })).toBe('/debiteurs?sort=name&dir=asc');
    expect(paths.settings()).toBe('/parametres');
    expect(paths.settings('taux')).toBe('/parametres?onglet=taux');
    expect(paths.report()).toBe('/rapport');
    expect(paths.report('2026-11')).toBe('/rapport?mois=2026-11');
    expect(parseReportQuery(query(paths.report('2026-11')))).toEqual({ month: '2026-11' });
    expect(paths.guidedCall('d/1')).toBe('/actions/appel/d%2F1');
    expect(paths.letters({ debtorId: 'd1', tab: 'nouveau', templateId: 'relance-1' })).toBe(
      '/courriers?debiteur=d1&onglet=nouveau&modele=relance-1',
    );
    expect(paths.letters({ tab: 'lot', batch: ['a', 'b'], templateId: 'relance-2' })).toBe(
      '/courriers?onglet=lot&lot=a%2Cb&modele=relance-2',
    );
  });

  it('parses back what it builds', () => {
    const call = paths.guidedCall('d1', { key: 'd1:r2', label: 'Relance 2 — Appel' });
    expect(parseGuidedCallQuery(query(call))).toEqual({
      action: { key: 'd1:r2', label: 'Relance 2 — Appel' },
    });
    expect(parseGuidedCallQuery(query(paths.guidedCall('d1')))).toEqual({});
    expect(
      parseLettersQuery(query(paths.letters({ tab: 'lot', batch: ['a', 'b'], templateId: 't' }))),
    ).toEqual({ tab: 'lot', templateId: 't', debtorId: undefined, batch: ['a', 'b'] });
    expect(parseLettersQuery(query(paths.letters()))).toEqual({
      tab: undefined,
      templateId: undefined,
      debtorId: undefined,
      batch: [],
    });
    expect(parseSettingsQuery(query(paths.settings('creditor')))).toEqual({ tab: 'creditor' });
    expect(paths.debtor('d 1', 'courriers')).toBe('/debiteurs/d%201?onglet=courriers');
    expect(parseDebtorQuery(query(paths.debtor('d1', 'courriers')))).toEqual({ tab: 'courriers' });
    // The first tab when the URL names none, or one the fiche does not have.
    expect(parseDebtorQuery(query(paths.debtor('d1')))).toEqual({ tab: 'pieces' });
    expect(parseDebtorQuery(query('/debiteurs/d1?onglet=inconnu'))).toEqual({ tab: 'pieces' });
  });
});
