import { readFileSync } from 'node:fs';
import { Document, Text } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';
import { defaultCreditor } from '../../../renderer/src/domain/creditor';
import { isoDate } from '../../../renderer/src/domain/dates';
import {
  footerLines,
  LetterPage,
  LetterTop,
  logoDataUri,
  postalLines,
  renderPdfBytes,
} from '../../../renderer/src/pdf/base';
import { extractPdfText, registerTestFonts } from './pdfSupport';

registerTestFonts();
const creditor = {
  ...defaultCreditor(),
  name: 'Dupont SAS',
  city: 'Lyon',
  siren: '732829320',
  rcsCity: 'Lyon',
};

function letter(text: string, paragraphs = 1) {
  return (
    <Document>
      <LetterPage footerLines={footerLines(creditor)}>
        <LetterTop
          creditor={creditor}
          recipient={{
            name: 'Client',
            addressLines: ['1 rue A'],
            postalCode: '75001',
            city: 'Paris',
          }}
          references={[]}
          date={isoDate('2026-11-01')}
          subject="Essai"
        />
        {Array.from({ length: paragraphs }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static test content
          <Text key={i} style={{ fontWeight: 'bold' }}>
            {text}
          </Text>
        ))}
      </LetterPage>
    </Document>
  );
}

describe('pdf base', () => {
  it('keeps « E » in the text layer of a document rendered after one that printed « É »', async () => {
    await renderPdfBytes(letter('ÉCHÉANCE ÈRE'));
    const text = (await extractPdfText(await renderPdfBytes(letter('MED-PE')))).text;
    expect(text).toContain('MED-PE');
  });

  it('writes « Lyon, le 1ᵉʳ novembre 2026 », the footer, and numbers pages only when there are several', async () => {
    const one = await extractPdfText(await renderPdfBytes(letter('Une ligne')));
    expect(one.text).toContain('Lyon, le 1ᵉʳ novembre 2026');
    expect(one.text).toContain('RCS Lyon 732 829 320');
    expect(one.text).not.toContain('Page 1/1');
    const long = await extractPdfText(await renderPdfBytes(letter('Une ligne de texte', 70)));
    expect(long.pages.length).toBe(2);
    expect(long.pages[0]).toContain('Page 1/2');
    expect(long.pages[1]).toContain('Page 2/2');
    expect(long.pages[1]).toContain('RCS Lyon 732 829 320');
  });

  it('prints the creditor logo in the letterhead', async () => {
    const png = new Uint8Array(
      readFileSync(new URL('../../../resources/icon.png', import.meta.url)),
    );
    const withLogo = (
      <Document>
        <LetterPage footerLines={[]}>
          <LetterTop
            creditor={creditor}
            logo={logoDataUri(png, 'image/png')}
            recipient={{ name: 'Client', addressLines: [] }}
            references={[]}
            date={isoDate('2026-11-23')}
            subject="Logo"
          />
        </LetterPage>
      </Document>
    );
    const pdf = Buffer.from(await renderPdfBytes(withLogo)).toString('latin1');
    expect(pdf).toMatch(/\/Subtype\s*\/Image/);
  });

  it('writes the postal town in capitals and the country only when abroad', () => {
    expect(postalLines({ addressLines: ['1 rue A'], postalCode: '69002', city: 'Lyon' })).toEqual([
      '1 rue A',
      '69002 LYON',
    ]);
    expect(
      postalLines({
        addressLines: ['Rue B 2'],
        postalCode: '1000',
        city: 'Bruxelles',
        country: 'Belgique',
      }),
    ).toEqual(['Rue B 2', '1000 BRUXELLES', 'BELGIQUE']);
  });
});
