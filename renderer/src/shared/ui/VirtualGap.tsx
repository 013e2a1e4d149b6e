/**
 * The rows a virtual table does not draw, as one empty row of their height: the scroll height
 * stays that of the whole list. `columns`: every column of the table.
 */
export function VirtualGap({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr>
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
