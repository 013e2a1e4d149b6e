/**
 * Colours and type sizes shared by every PDF, with no renderer attached: the react-pdf styles
 * (styles.ts) and the pdf-lib drawings (pdf/draw, stamps) both take them from here, so a worker
 * that only draws with pdf-lib does not load react-pdf.
 */
import { type RGB, rgb } from 'pdf-lib';

export const COLORS = {
  text: '#1a1a1a',
  muted: '#5f6368',
  rule: '#b8c0c8',
  headerFill: '#eef1f4',
  accent: '#23395b',
} as const;

export const FONT_SIZES = { small: 7.5, note: 8.5, body: 10, subject: 10.5, title: 12 } as const;

/** `#23395b` as a pdf-lib colour. */
export function pdfColor(hex: string): RGB {
  const n = Number.parseInt(hex.slice(1), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}
