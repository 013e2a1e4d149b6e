import { describe, expect, it } from 'vitest';
import { decodeText, detectCodepage, detectSeparator } from './textFiles';

describe('detectCodepage', () => {
  it.each<[string, Uint8Array, number]>([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 65001],
    ['UTF-8 without BOM', new TextEncoder().encode('Société;Échéance'), 65001],
    ['plain ASCII', new TextEncoder().encode('Code;Montant'), 65001],
    ['Windows-1252 (é = 0xE9)', new Uint8Array([0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9]), 1252],
    ['UTF-16 LE', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 1200],
  ])('%s', (_label, bytes, codepage) => {
    expect(detectCodepage(bytes)).toBe(codepage);
  });
});

describe('decodeText', () => {
  it('decodes Windows-1252 including € and œ (0x80, 0x9C)', () => {
    expect(
      decodeText(
        new Uint8Array([0x43, 0x9c, 0x75, 0x72, 0x20, 0x31, 0x30, 0x20, 0x80, 0xe9]),
        1252,
      ),
    ).toBe('Cœur 10 €é');
  });
  it('drops the UTF-8 BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 65001)).toBe('A');
  });
});

describe('detectSeparator', () => {
  it.each([
    ['Code;Montant\n411A;1234,56\n411B;12,00', ';'],
    ['Code,Montant\n411A,"1,234.56"\n411B,12.00', ','],
    ['Code\tMontant\n411A\t12', '\t'],
    ['sep=,\nCode,Montant', ','],
    ['Balance âgée au 31/10/2026\n\nCode;Nom;Montant\n411A;A;1,5\n411B;B;2,5', ';'],
    ['"Nom; avec point-virgule",Montant\nA,1', ','],
  ])('%j -> %j', (sample, separator) => {
    expect(detectSeparator(sample)).toBe(separator);
  });
});
