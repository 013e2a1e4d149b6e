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
 * A table of items with a header row and right-aligned totals. The header repeats at the top of
 * every sheet the table runs onto; rows never split across sheets.
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
  return (
    <View style={{ fontSize, lineHeight: 1.25, marginBottom: 8 }}>
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
          style={{ flexDirection: 'row', borderBottomWidth: 0.25, borderBottomColor: COLORS.rule }}
        >
          {columns.map((column) => (
            <Text key={column.header} style={cellStyle(column)}>
              {column.cell(row)}
            </Text>
          ))}
        </View>
      ))}
      {totals.map((total) => (
        <View
          key={total.label}
          wrap={false}
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
      {caption ? (
        <Text
          style={{ fontSize: FONT_SIZES.small, lineHeight: 1.3, color: COLORS.muted, marginTop: 3 }}
        >
          {caption}
        </Text>
      ) : null}
    </View>
  );
}
