import { Text, View } from '@react-pdf/renderer';
import { COLORS, FONT_SIZES } from './styles';
import type { TableColumn, TableTotal } from './tableModel';

export type { TableColumn, TableTotal };

export interface ItemsTableProps<Row> {
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  totals?: readonly TableTotal[];
  /** Smaller type for wide tables (décompte). */
  dense?: boolean;
  /** A line under the table in small type (conventions of a décompte, sources). */
  caption?: string;
}

/**
 * A table of items with a header row and right-aligned totals. Rows never split across sheets.
 * The header is never left without a row under it: it moves to the next sheet with the first row
 * when the row does not fit under it, and it repeats at the top of a sheet only when rows go on
 * there — the totals and the caption sit outside the repeating part, so a sheet holding only
 * them does not open on a header with nothing under it. A table with no rows has no header.
 */
export function ItemsTable<Row>({
  columns,
  rows,
  totals = [],
  dense,
  caption,
}: ItemsTableProps<Row>) {
  const fontSize = dense ? FONT_SIZES.small + 0.5 : FONT_SIZES.note + 0.5;
  const cellStyle = (column: TableColumn<Row>) => ({
    flexGrow: column.width,
    flexBasis: 0,
    paddingVertical: 2,
    paddingHorizontal: 3,
    textAlign: column.align ?? 'left',
  });
  // One line of cells, with its padding and rule.
  const lineHeight = fontSize * 1.25 + 4.5;
  return (
    <>
      {rows.length > 0 ? (
        /*
         * The header and the first row must fit on this sheet, or the table starts on the next:
         * react-pdf draws a `fixed` header on every sheet its rows run onto — here, one with no
         * row under it — and never moves it on its own. An empty view just before the table,
         * asking for that much room after it, moves the table. It must sit among the blocks of
         * the page (not as the first child of a wrapper): react-pdf moves an element only when
         * something precedes it in its parent. Room for a header on two lines and one row.
         */
        <View minPresenceAhead={3 * lineHeight} />
      ) : null}
      <View style={{ fontSize, lineHeight: 1.25, marginBottom: 8 }}>
        {rows.length > 0 ? (
          <View>
            <View
              fixed
              wrap={false}
              style={{
                flexDirection: 'row',
                backgroundColor: COLORS.headerFill,
                fontWeight: 'bold',
                borderBottomWidth: 0.75,
                borderBottomColor: COLORS.accent,
              }}
            >
              {columns.map((column) => (
                <Text key={column.header} style={cellStyle(column)}>
                  {column.header}
                </Text>
              ))}
            </View>
            {rows.map((row, index) => (
              <View
                // Rows have no identity beyond their position in this static document.
                // biome-ignore lint/suspicious/noArrayIndexKey: static PDF content, never reordered
                key={index}
                wrap={false}
                style={{
                  flexDirection: 'row',
                  borderBottomWidth: 0.25,
                  borderBottomColor: COLORS.rule,
                }}
              >
                {columns.map((column) => (
                  <Text key={column.header} style={cellStyle(column)}>
                    {column.cell(row)}
                  </Text>
                ))}
              </View>
            ))}
          </View>
        ) : null}
        {totals.length > 0 ? (
          <View wrap={false}>
            {totals.map((total) => (
              <View
                key={total.label}
                style={{
                  flexDirection: 'row',
                  justifyContent: 'flex-end',
                  paddingVertical: 2,
                  paddingHorizontal: 3,
                  fontWeight: total.emphasis ? 'bold' : 'normal',
                  borderTopWidth: total.emphasis ? 0.75 : 0,
                  borderTopColor: COLORS.accent,
                }}
              >
                <Text style={{ marginRight: 12 }}>{total.label}</Text>
                <Text style={{ width: 80, textAlign: 'right' }}>{total.value}</Text>
              </View>
            ))}
          </View>
        ) : null}
        {caption ? (
          <Text
            style={{
              fontSize: FONT_SIZES.small,
              lineHeight: 1.3,
              color: COLORS.muted,
              marginTop: 3,
            }}
          >
            {caption}
          </Text>
        ) : null}
      </View>
    </>
  );
}
