import { expect, type Locator } from '@playwright/test';

/** `2026-11-20` -> `20/11/2026`, as a user types it in a date field. */
export function frenchDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * Types a date as a French user does (JJ/MM/AAAA, whatever Chromium's own language) in one of the
 * app's date fields, leaves the field so that its calendar closes, and checks what it shows.
 */
export async function fillDate(field: Locator, iso: string): Promise<void> {
  await field.fill(frenchDate(iso));
  await field.blur();
  await expect(field).toHaveValue(frenchDate(iso));
}
