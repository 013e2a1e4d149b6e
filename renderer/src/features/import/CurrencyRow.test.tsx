import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CurrencySummary } from '../../domain/import/currencyTotals';
import type { ImportRecord } from '../../domain/model';
import { cents } from '../../domain/money';
import { CurrencyTotals } from './CurrencyTotals';
import { ImportCurrencies } from './ImportCurrencies';

const html = (node: React.ReactNode) =>
  renderToStaticMarkup(<MantineProvider>{node}</MantineProvider>).replace(
    /<style[^>]*>[^<]*<\/style>/g,
    '',
  );

/** The texts of a row's cells, tags dropped and spaces made plain. */
function cells(markup: string, testId: string): string[] {
  const row = markup.match(new RegExp(`<tr[^>]*data-testid="${testId}"[^>]*>(.*?)</tr>`))?.[1];
  if (!row) throw new Error(`${testId} absent`);
  return [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) =>
    (m[1] ?? '').replace(/<[^>]+>/g, '').replace(/[\u00a0\u202f]/g, ' '),
  );
}

const GBP: CurrencySummary = {
  currency: 'GBP',
  items: 1234,
  openCents: cents(16_250_75),
  eurFromFileItems: 0,
  eurFromFileCents: cents(0),
  needRateItems: 0,
  fileTotalCents: cents(16_250_75),
  differenceCents: cents(0),
  eurCents: cents(18_932_12),
};

describe('CurrencyRow', () => {
  it('shows a currency the same way in the preview and in the import’s result', () => {
    const EUR: CurrencySummary = { ...GBP, currency: 'EUR', fileTotalCents: undefined };
    const preview = cells(
      html(<CurrencyTotals currencies={[EUR, GBP]} rates={{}} onRateChange={() => {}} />),
      'currency-GBP',
    );
    const record = {
      currencies: [
        {
          currency: 'GBP',
          items: 1234,
          openCents: cents(16_250_75),
          eurCents: cents(18_932_12),
          eurSource: 'file',
          fileTotalCents: cents(16_250_75),
        },
      ],
    } as ImportRecord;
    const result = cells(html(<ImportCurrencies record={record} />), 'imported-GBP');
    const shared = ['GBP', '1 234', '16 250,75 £', '16 250,75 £'];
    expect(preview.slice(0, 4)).toEqual(shared);
    expect(result.slice(0, 4)).toEqual(shared);
    // Then each table's own cells: the gap and the source in the preview, the source in the result.
    expect(preview[4]).toBe('aucun');
    expect(result[4]).toBe('colonne de contre-valeur du fichier');
  });

  it('writes a dash where the file has no total row for the currency', () => {
    const markup = html(
      <CurrencyTotals
        currencies={[{ ...GBP, fileTotalCents: undefined, differenceCents: undefined }]}
        rates={{}}
        onRateChange={() => {}}
      />,
    );
    expect(cells(markup, 'currency-GBP').slice(3, 5)).toEqual(['—', '—']);
  });
});
