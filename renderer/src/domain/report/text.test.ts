import { describe, expect, it } from 'vitest';
import { cents } from '../money';
import { changeText, dsoText, percentText, ratioText } from './text';

// Whatever no-break space Intl writes (U+00A0 or U+202F), shown as « ~ ».
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, '~');

describe('report texts', () => {
  it.each([
    [{ days: 45.5, complete: true }, '46~j'],
    [{ days: 1_234.4, complete: true }, '1~234~j'],
    [{ days: 720, complete: false }, '>~720~j'],
  ])('DSO %o -> %s', (point, expected) => {
    expect(spaces(dsoText(point))).toBe(expected);
  });

  it.each([
    [64.4326, '64,4~%'],
    [100, '100~%'],
    [-20, '-20~%'],
  ])('percent %d -> %s', (value, expected) => {
    expect(spaces(percentText(value))).toBe(expected);
  });

  it.each([
    [0.5, '50~%'],
    [2 / 3, '66,7~%'],
  ])('ratio %d -> %s', (value, expected) => {
    expect(spaces(ratioText(value))).toBe(expected);
  });

  it.each([
    [1_234_56, '+1~234,56~€'],
    [-17_654_33, '\u221217~654,33~€'],
    [0, '0,00~€'],
  ])('change %i -> %s', (value, expected) => {
    expect(spaces(changeText(cents(value)))).toBe(expected);
  });
});
