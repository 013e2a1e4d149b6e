import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultCreditor } from '../../../domain/creditor';
import { CreditorForm } from './CreditorForm';

// No DOM in this test environment: a server render checks the form's structure and labels,
// the interactive journey is covered by the Playwright e2e.
function render(): string {
  return renderToStaticMarkup(
    <MantineProvider>
      <CreditorForm initial={{ ...defaultCreditor(), name: 'Lumière', siren: '732829320' }} />
    </MantineProvider>,
  );
}

describe('CreditorForm', () => {
  it.each(['Société', 'Adresse', 'Coordonnées bancaires', 'Signataire', 'Logo'])(
    'has the « %s » section',
    (title) => {
      expect(render()).toContain(`aria-label="${title}"`);
    },
  );

  it.each(['Raison sociale', 'SIREN', 'SIRET (siège)', 'TVA intracommunautaire', 'IBAN', 'BIC'])(
    'labels a field exactly « %s » (no asterisk inside the label)',
    (label) => {
      expect(render()).toMatch(new RegExp(`<label[^>]*>${label.replace(/[()]/g, '\\$&')}</label>`));
    },
  );

  it('starts from the loaded values, with « Enregistrer » disabled while pristine', () => {
    const html = render();
    expect(html).toContain('value="Lumière"');
    expect(html).toContain('value="732829320"');
    const saveButton = /<button[^>]*data-testid="creditor-save"[^>]*>/.exec(html)?.[0];
    expect(saveButton).toContain('disabled=""');
  });
});
