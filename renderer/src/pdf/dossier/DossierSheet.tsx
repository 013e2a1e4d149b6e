import { Page, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { baseStyles, COLORS, FONT_SIZES, mm, PAGE_MARGINS } from '../base';

export interface DossierSheetProps {
  /** Repeated at the bottom left of every sheet: which part of the dossier this is. */
  running: string;
  children: ReactNode;
}

/**
 * A generated part of the dossier (cover, requête, décompte, bordereau): an A4 page that flows
 * onto more sheets. The bottom right corner stays empty: the assembly stamps « Dossier — page
 * n/N » there on every page, generated or not.
 */
export function DossierSheet({ running, children }: DossierSheetProps) {
  return (
    <Page size="A4" wrap style={{ ...baseStyles.page, paddingBottom: mm(22) }}>
      <View style={baseStyles.content}>{children}</View>
      <Text
        fixed
        style={{
          position: 'absolute',
          left: PAGE_MARGINS.left,
          right: mm(70),
          bottom: mm(9),
          fontSize: FONT_SIZES.small,
          color: COLORS.muted,
        }}
      >
        {running}
      </Text>
    </Page>
  );
}

/** A section title in the accent colour. */
export function SectionTitle({ children }: { children: ReactNode }) {
  return (
    <Text
      style={{
        fontSize: FONT_SIZES.title,
        fontWeight: 'bold',
        color: COLORS.accent,
        marginTop: mm(4),
        marginBottom: mm(2),
      }}
    >
      {children}
    </Text>
  );
}
