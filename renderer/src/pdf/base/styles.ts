/**
 * Typography and colours shared by every PDF: a sober business letter, black text, one muted
 * accent for rules and table headers, 10 pt body.
 */
import { StyleSheet } from '@react-pdf/renderer';
import { PDF_FONT_FAMILY } from './fonts';
import { PAGE_MARGINS } from './geometry';
import { COLORS, FONT_SIZES } from './palette';

export { COLORS, FONT_SIZES };

export const baseStyles = StyleSheet.create({
  page: {
    fontFamily: PDF_FONT_FAMILY,
    fontSize: FONT_SIZES.body,
    color: COLORS.text,
    paddingTop: PAGE_MARGINS.top,
    paddingLeft: PAGE_MARGINS.left,
    paddingRight: PAGE_MARGINS.right,
    paddingBottom: PAGE_MARGINS.bottom,
  },
  /**
   * Line height lives on the content, not on the page nor the footer: set on an ancestor of the
   * footer, react-pdf 4.9 drops the whole fixed footer (it holds a render prop, the page number)
   * from every sheet of a letter that wraps. A unitless line height is resolved against the
   * font size of the node that declares it (18 pt when it has none), so every style that sets
   * one sets its font size too.
   */
  content: { fontSize: FONT_SIZES.body, lineHeight: 1.35 },
  paragraph: { marginBottom: 7, textAlign: 'justify' },
  bold: { fontWeight: 'bold' },
  italic: { fontStyle: 'italic' },
  muted: { color: COLORS.muted },
  note: { fontSize: FONT_SIZES.note, color: COLORS.muted },
});
