import { Text, View } from '@react-pdf/renderer';
import { mm, PAGE_MARGINS } from './geometry';
import { COLORS, FONT_SIZES } from './styles';

export interface PageFooterProps {
  /** Lines of legal mentions, e.g. from `footerLines(creditor)`. */
  lines: readonly string[];
  /**
   * `render`: react-pdf writes « Page 1/2 » (simple, but slows pagination down, see
   * pageNumbers.ts); `stamped`: the caller stamps them afterwards with `stampPageNumbers`.
   */
  pageNumbers?: 'render' | 'stamped';
}

/**
 * Repeated at the bottom of every page: the creditor's legal mentions and, when the letter runs
 * over several pages, « Page 1/2 ». Numbers count the pages of this letter (the <Page> element),
 * not of the whole file, so a batch of letters in one PDF is numbered letter by letter.
 */
export function PageFooter({ lines, pageNumbers = 'render' }: PageFooterProps) {
  return (
    <View
      fixed
      style={{
        position: 'absolute',
        left: PAGE_MARGINS.left,
        right: PAGE_MARGINS.right,
        bottom: mm(8),
        borderTopWidth: 0.5,
        borderTopColor: COLORS.rule,
        paddingTop: mm(1.5),
        flexDirection: 'row',
        fontSize: FONT_SIZES.small,
        color: COLORS.muted,
      }}
    >
      <View style={{ flexGrow: 1, flexShrink: 1 }}>
        {lines.map((line) => (
          <Text key={line}>{line}</Text>
        ))}
      </View>
      {pageNumbers === 'render' ? (
        <Text
          style={{ width: mm(20), textAlign: 'right' }}
          render={({ subPageNumber, subPageTotalPages }) =>
            subPageTotalPages && subPageTotalPages > 1
              ? `Page ${subPageNumber}/${subPageTotalPages}`
              : ''
          }
        />
      ) : (
        <View style={{ width: mm(20) }} />
      )}
    </View>
  );
}
