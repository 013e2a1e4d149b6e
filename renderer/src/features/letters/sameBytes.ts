/** True when two byte arrays hold the same bytes (a PDF rendered twice from the same letter). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a === b || (a.length === b.length && a.every((byte, i) => byte === b[i]));
}
