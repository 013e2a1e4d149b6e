import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FieldHistoryState } from '../../data/sync';
import { FIELD_HISTORY_MESSAGES, FieldHistoryView } from './FieldHistory';

// No DOM in this test environment: a server render checks what the section says; the journey
// with two workstations is covered by the Playwright e2e (team-sync.spec.ts).
function render(state: FieldHistoryState): string {
  return renderToStaticMarkup(
    <MantineProvider>
      <FieldHistoryView state={state} />
    </MantineProvider>,
  );
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    // Collapses the markup's spaces, not the non-breaking ones the French typography needs.
    .replace(/[ \t\n]+/g, ' ');

describe('Modifications concurrentes', () => {
  it('shows nothing at all working alone', () => {
    expect(text(render({ kind: 'solo' }))).not.toMatch(/Modifications|serveur/);
    expect(render({ kind: 'solo' })).not.toContain('<section');
  });

  it.each([
    ['signedOut', FIELD_HISTORY_MESSAGES.signedOut],
    ['offline', FIELD_HISTORY_MESSAGES.offline],
  ] as const)('%s: says in French that the history needs the server', (kind, message) => {
    const html = render({ kind });
    expect(html).toContain('Modifications concurrentes');
    expect(html).toContain(message);
    expect(message).toMatch(/serveur/);
    expect(html).not.toContain('<table');
  });

  it('lists each replaced value with its French label, the replacement and both authors', () => {
    const at = new Date(2026, 11, 4, 10, 42).toISOString();
    const writtenAt = new Date(2026, 11, 4, 10, 40).toISOString();
    const html = render({
      kind: 'ready',
      entries: [
        {
          field: 'city',
          value: 'Villeurbanne',
          overwrittenBy: 'Alice Roux',
          at,
          newValue: 'Vénissieux',
          writtenBy: 'Julie Martin',
          writtenAt,
        },
        {
          field: 'paymentTermsDays',
          value: 30,
          overwrittenBy: 'Alice Roux',
          at,
          newValue: 45,
          writtenBy: null,
          writtenAt: null,
        },
      ],
    });
    const body = text(html);
    expect(body).toContain('Champ Valeur remplacée Remplacée par');
    expect(body).toContain(
      'Ville Villeurbanne Julie Martin, le 04/12/2026 à 10\u00a0h\u00a040 Vénissieux Alice Roux, le 04/12/2026 à 10\u00a0h\u00a042',
    );
    expect(body).toContain('Délai de paiement 30\u00a0jours 45\u00a0jours Alice Roux');
    expect(body).not.toContain('paymentTermsDays');
    expect(html.match(/data-testid="field-history-line"/g)).toHaveLength(2);
  });

  it('says when no value was replaced', () => {
    expect(render({ kind: 'ready', entries: [] })).toContain(FIELD_HISTORY_MESSAGES.empty);
  });

  it('shows the server’s French message when it refuses', () => {
    expect(render({ kind: 'error', message: 'Table inconnue.' })).toContain('Table inconnue.');
  });
});
