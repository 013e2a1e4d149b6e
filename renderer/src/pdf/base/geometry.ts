/**
 * Page geometry in PDF points (1 pt = 1/72 inch). Positions follow the French window envelope
 * (DL 110 × 220 mm, window on the right): the address block starts 100 mm from the left edge of
 * the sheet and 50 mm from its top, so that a sheet folded in three shows it in the window.
 */

/** Millimetres to points. */
export function mm(millimetres: number): number {
  return (millimetres * 72) / 25.4;
}

export const A4 = { width: mm(210), height: mm(297) } as const;

export const PAGE_MARGINS = {
  top: mm(12),
  left: mm(20),
  right: mm(15),
  /** Room for the fixed footer (legal mentions, page number). */
  bottom: mm(26),
} as const;

/** Where the recipient's address must sit on the first page, from the sheet's edges. */
export const ADDRESS_WINDOW = {
  left: mm(100),
  top: mm(50),
  width: mm(95),
  height: mm(40),
} as const;

/** Width of the column to the left of the window (references), within the margins. */
export const LEFT_COLUMN_WIDTH = ADDRESS_WINDOW.left - PAGE_MARGINS.left - mm(4);
/** Height of the letterhead band, so that the window row starts exactly at ADDRESS_WINDOW.top. */
export const LETTERHEAD_HEIGHT = ADDRESS_WINDOW.top - PAGE_MARGINS.top;
/** Indent of everything aligned on the window's left edge (date, signature). */
export const WINDOW_INDENT = ADDRESS_WINDOW.left - PAGE_MARGINS.left;
