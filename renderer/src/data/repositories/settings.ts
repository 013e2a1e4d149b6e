import type { z } from 'zod';
import { clock } from '../clock';
import { getDb } from '../db';

/**
 * Settings are one row per area (`creditor`, `ui`, …). Values are validated with the area's zod
 * schema on read, so a corrupted or older row falls back to defaults instead of crashing a page.
 */
export const settingsRepo = {
  async get<T>(key: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
    const row = await getDb().settings.get(key);
    if (!row) return fallback;
    const parsed = schema.safeParse(row.value);
    return parsed.success ? parsed.data : fallback;
  },
  async set<T>(key: string, value: T): Promise<void> {
    await getDb().settings.put({ key, value, updatedAt: clock.nowIso() });
  },
};
