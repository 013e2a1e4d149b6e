import { describe, expect, it } from 'vitest';
import { formatBytes } from './fileSize';

describe('formatBytes', () => {
  it.each([
    [0, '0 octets'],
    [1023, '1023 octets'],
    [1024, '1 Ko'],
    [1536, '1,5 Ko'],
    [12_345_678, '11,8 Mo'],
    [2 * 1024 ** 3, '2 Go'],
    [5 * 1024 ** 4, '5 To'],
  ])('%i -> %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
