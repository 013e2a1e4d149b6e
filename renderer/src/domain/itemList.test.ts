import { describe, expect, it } from 'vitest';
import { itemNumbers } from './itemList';

describe('itemNumbers', () => {
  it.each([
    [['F1'], 'F1'],
    [['F1', 'F2', 'F3', 'F4', 'F5'], 'F1, F2, F3, F4, F5'],
    [['F1', 'F2', 'F3', 'F4', 'F5', 'F6'], 'F1, F2, F3, F4 et 2 autres'],
  ])('%j', (numbers, expected) => {
    expect(itemNumbers(numbers)).toBe(expected);
  });
});
