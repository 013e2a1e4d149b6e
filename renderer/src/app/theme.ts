import { type CSSVariablesResolver, createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 6 gives white text on indigo a 4.3:1 contrast, under WCAG AA's 4.5:1 (axe, e2e a11y).
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: 'md',
  fontFamily:
    'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Paper: { defaultProps: { radius: 'md' } },
    // A closed Select keeps no hidden dropdown: each one kept positioned its list on mount (a
    // forced style recalculation and a synchronous redraw per Select). The File d'actions' first
    // drawing, with its seven filters, went from 325 to 299 ms (median, disk store). The list is
    // drawn when it opens.
    Combobox: { defaultProps: { keepMounted: false } },
    // A badge is a label and reads whole: its label clips, so a table could squeeze it to
    // « MISE EN D… » (its smallest width was none); at its text's width, the column makes room.
    Badge: { styles: { root: { minWidth: 'max-content' } } },
    // Toasts are scanned by axe too: their close button needs a name, and their text the
    // readable « dimmed » (Mantine's gray 6 description is about 3.3:1 on white).
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Fermer la notification' } },
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    },
  },
});

/**
 * Text of the « light » variant (alerts, badges) in the light theme: Mantine writes shade 9 on
 * shade 1, which is 2.7:1 for yellow, 3.6:1 for orange and under 4.5:1 for teal, green and lime
 * (axe found a yellow alert's title on the File d'actions); indigo and violet fall under it when
 * hovered. Each is shade 9 darkened until it reads at 4.8:1 or more on shade 2, the hovered
 * background, so on shade 1 and white too.
 */
const READABLE_LIGHT_TEXT: Record<string, string> = {
  red: '#a92323',
  indigo: '#3046af',
  violet: '#5537b0',
  blue: '#155896',
  cyan: '#0a6475',
  teal: '#076d4e',
  green: '#226e32',
  lime: '#46700a',
  yellow: '#9c5100',
  orange: '#a9380c',
};

/**
 * Secondary (« dimmed ») text readable at WCAG AA contrast in both themes: Mantine's defaults
 * (gray 6 on white, dark 2 on dark 7) are about 3.3:1 and 4:1, under the 4.5:1 small text needs.
 * Links on a hovered table row: in the light theme indigo 7 is 4.47:1 on the row's gray 1, under
 * 4.5:1, indigo 8 is not; in the dark theme indigo 4 falls under it too, indigo 3 does not.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-anchor': 'var(--mantine-color-indigo-8)',
    ...Object.fromEntries(
      Object.entries(READABLE_LIGHT_TEXT).map(([color, text]) => [
        `--mantine-color-${color}-light-color`,
        text,
      ]),
    ),
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-anchor': 'var(--mantine-color-indigo-3)',
  },
});
