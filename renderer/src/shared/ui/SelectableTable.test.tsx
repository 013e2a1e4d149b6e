import { MantineProvider, Table } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SelectableTable, VIRTUAL_FROM } from './SelectableTable';

interface Row {
  id: string;
  name: string;
}

const rowsOf = (count: number): Row[] =>
  Array.from({ length: count }, (_, i) => ({ id: `d${i}`, name: `Débiteur ${i}` }));

function render(rows: readonly Row[], selected: readonly string[] = []): string {
  return renderToStaticMarkup(
    <MantineProvider>
      <SelectableTable
        rows={rows}
        rowKey={(row) => row.id}
        selected={new Set(selected)}
        onChange={() => undefined}
        maxHeight={400}
        label="Débiteurs du lot"
        allLabel="Tous"
        rowLabel={(row) => `Inclure ${row.name}`}
        head={<Table.Th>Débiteur</Table.Th>}
        cells={(row) => <Table.Td>{row.name}</Table.Td>}
        columns={1}
        disabled={(row) => row.id === 'd1'}
      />
    </MantineProvider>,
  ).replace(/<style[^>]*>[^<]*<\/style>/g, '');
}

const drawnRows = (html: string) =>
  [...html.matchAll(/data-index="(\d+)"/g)].map((m) => Number(m[1]));

describe('SelectableTable', () => {
  it('draws every row of a short list, striped by position', () => {
    const html = render(rowsOf(20), ['d0', 'd2']);
    expect(drawnRows(html)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(html).toContain('aria-rowcount="21"');
    expect(html).not.toMatch(/<tr><td colSpan/);
    // Rows 0, 2, 4… take the stripe, whatever rows are drawn before them.
    const striped = [...html.matchAll(/<tr class="([^"]*)"[^>]*data-index="(\d+)"/g)]
      .filter((m) => m[1]?.includes('stripe'))
      .map((m) => Number(m[2]));
    expect(striped).toEqual(Array.from({ length: 10 }, (_, i) => 2 * i));
    // Two ticked, the held row never: the « all » box shows « some ».
    expect((html.match(/checked=""/g) ?? []).length).toBe(2);
    expect(html).toMatch(
      /aria-label="Inclure Débiteur 1"[^>]*disabled=""|disabled=""[^>]*aria-label="Inclure Débiteur 1"/,
    );
    // The checkboxes do not animate (see the module's CSS).
    expect(html).toMatch(/class="[^"]*still[^"]*"/);
  });

  it('draws only the first screenful of a long list, the rest stood for by one blank row', () => {
    const count = VIRTUAL_FROM * 7;
    const html = render(rowsOf(count));
    const drawn = drawnRows(html);
    expect(drawn[0]).toBe(0);
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.length).toBeLessThan(60);
    expect(drawn).toEqual(Array.from({ length: drawn.length }, (_, i) => i));
    // The list's length is still told to assistive technology, and the scroll height kept.
    expect(html).toContain(`aria-rowcount="${count + 1}"`);
    const blank = html.match(/<tr><td colSpan="2" style="height:(\d+)px/);
    expect(Number(blank?.[1])).toBe((count - drawn.length) * 37);
  });
});
