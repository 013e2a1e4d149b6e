/**
 * A balance with no date anywhere (name, title, cells, documents): the preview asks for it and
 * shows no aging meanwhile, rather than everything « non échu »; the date given recomputes it.
 */
import { expect, it } from 'vitest';
import { asOfDateSentence } from '../../../renderer/src/domain/import/asOfDate';
import { previewOf } from '../../../renderer/src/domain/import/preview';
import { parseSpreadsheet } from '../../../renderer/src/workers/spreadsheet/parseSpreadsheet';

const CSV = [
  'Code client;Client;N° facture;Échéance;Reste dû',
  '411A;Alpha;FA-1;15/09/2026;1 000,00',
  '411B;Béta;FA-2;15/11/2026;250,50',
].join('\r\n');
const bytes = new TextEncoder().encode(CSV);

it('asks for the date and shows no aging until it is given', () => {
  const result = parseSpreadsheet(bytes, 'clients.csv');
  if (!result.ok) throw new Error(result.message);
  const preview = previewOf(result.balance);
  expect(preview.asOfDate).toBeNull();
  expect(preview.asOfDateProposal).toBeNull();
  expect(preview.summary.buckets).toBeNull();
  expect(preview.summary.totalCents).toBe(1_250_50);
  expect(asOfDateSentence(preview.asOfDateProposal ?? null, preview.asOfDate)).toMatch(
    /^Aucune date d’arrêté trouvée .* indiquez la date à laquelle la balance est arrêtée/,
  );

  const dated = parseSpreadsheet(bytes, 'clients.csv', { asOfDate: '2026-10-31' as never });
  if (!dated.ok) throw new Error(dated.message);
  const buckets = previewOf(dated.balance).summary.buckets;
  expect(buckets).toMatchObject({ notDue: 250_50, d31_60: 1_000_00 });
});
