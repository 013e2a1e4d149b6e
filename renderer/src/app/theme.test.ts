import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { cssVariablesResolver, theme } from './theme';

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

describe('light theme', () => {
  const resolved = cssVariablesResolver(mergeMantineTheme(DEFAULT_THEME, theme));
  // What Mantine writes for a « light » alert or badge: the text on shade 1, shade 2 when hovered.
  const lightText = (color: string): string => {
    const own = resolved.light[`--mantine-color-${color}-light-color`];
    return own ?? (DEFAULT_THEME.colors[color]?.[9] as string);
  };

  it.each(Object.keys(DEFAULT_THEME.colors))(
    'a light %s alert or badge is readable at 4.5:1',
    (color) => {
      const shades = DEFAULT_THEME.colors[color] as readonly string[];
      expect(contrast(lightText(color), shades[1] as string)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(lightText(color), shades[2] as string)).toBeGreaterThanOrEqual(4.5);
    },
  );
});
