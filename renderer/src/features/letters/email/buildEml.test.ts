import { describe, expect, it } from 'vitest';
import { buildEml, encodeHeaderText, rfc5322Date } from './buildEml';

const pdf = new Uint8Array(Array.from({ length: 300 }, (_, i) => i % 256));

function draft() {
  return buildEml({
    from: { name: 'Dupont SAS', email: 'recouvrement@dupont.fr' },
    to: [{ email: 'compta@client.fr' }],
    subject: 'Mise en demeure de payer — facture F-1',
    text: 'Madame, Monsieur,\n\nVeuillez trouver ci-joint notre courrier.',
    date: new Date('2026-11-23T16:30:05Z'),
    attachments: [
      {
        fileName: 'Mise en demeure – Client – 2026-11-23.pdf',
        mime: 'application/pdf',
        bytes: pdf,
      },
    ],
    boundary: 'b0',
  });
}

/** Splits a MIME message into its header block and its parts (test-side, minimal). */
function parts(eml: string) {
  const end = eml.indexOf('\r\n\r\n');
  const head = eml.slice(0, end);
  const body = eml.slice(end + 4);
  const sections = body.split('--b0').slice(1, -1);
  return { head, sections };
}

describe('buildEml', () => {
  it('is an RFC 5322 message with CRLF lines, a draft flag and a multipart body', () => {
    const eml = draft();
    expect(eml).not.toMatch(/[^\r]\n/);
    const { head } = parts(eml);
    expect(head).toContain('From: "Dupont SAS" <recouvrement@dupont.fr>');
    expect(head).toContain('To: <compta@client.fr>');
    expect(head).toContain('Date: Mon, 23 Nov 2026 16:30:05 +0000');
    expect(head).toContain('MIME-Version: 1.0');
    expect(head).toContain('X-Unsent: 1');
    expect(head).toContain('Content-Type: multipart/mixed; boundary="b0"');
    expect(eml.trimEnd().endsWith('--b0--')).toBe(true);
  });

  it('encodes the non-ASCII subject as UTF-8 encoded-words that decode back', () => {
    const encoded = encodeHeaderText('Mise en demeure de payer — facture F-1');
    const decoded = encoded
      .split(/\r\n /)
      .map((word) => /=\?UTF-8\?B\?(.*)\?=/.exec(word)?.[1] ?? '')
      .map((b64) => Buffer.from(b64, 'base64'))
      .reduce((all, bytes) => Buffer.concat([all, bytes]), Buffer.alloc(0))
      .toString('utf8');
    expect(decoded).toBe('Mise en demeure de payer — facture F-1');
    expect(encodeHeaderText('ASCII only')).toBe('ASCII only');
  });

  it('carries the text and the PDF byte for byte', () => {
    const { sections } = parts(draft());
    const [text = '', attachment = ''] = sections;
    const body = (section: string) =>
      Buffer.from(section.split('\r\n\r\n')[1]?.replace(/\r\n/g, '') ?? '', 'base64');
    expect(body(text).toString('utf8')).toBe(
      'Madame, Monsieur,\r\n\r\nVeuillez trouver ci-joint notre courrier.',
    );
    expect(attachment).toContain(
      "filename*=UTF-8''Mise%20en%20demeure%20%E2%80%93%20Client%20%E2%80%93%202026-11-23.pdf",
    );
    expect(new Uint8Array(body(attachment))).toEqual(pdf);
    for (const line of attachment.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
  });

  it('writes dates in UTC', () => {
    expect(rfc5322Date(new Date('2026-01-04T00:00:00Z'))).toBe('Sun, 04 Jan 2026 00:00:00 +0000');
  });
});
