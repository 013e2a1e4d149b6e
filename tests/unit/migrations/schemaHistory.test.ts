/**
 * Released schema versions are frozen. Editing one would leave every user's database (created by
 * that release) different from what the code believes it is, with no upgrade to fix it.
 */
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../renderer/src/data/schema';
import { MIGRATION_FIXTURES } from './fixtures';
import released from './released-schemas.json';
import { schemaFingerprint } from './schemaFingerprint';

const releasedVersions = Object.keys(released.released).map(Number);

describe('schema history', () => {
  it('numbers versions in increasing order, the last one being current', () => {
    const numbers = SCHEMA_VERSIONS.map((step) => step.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.at(-1)).toBe(CURRENT_SCHEMA_VERSION);
  });

  it.each(releasedVersions)('keeps released version %i exactly as it shipped', async (version) => {
    const step = SCHEMA_VERSIONS.find((s) => s.version === version);
    expect(
      step,
      `la version ${version} a été publiée : elle ne peut pas disparaître`,
    ).toBeDefined();
    if (!step) return;
    const expected = released.released[String(version) as keyof typeof released.released];
    expect(
      await schemaFingerprint(step),
      `la version ${version} a été publiée : ne la modifiez pas, ajoutez une version ${CURRENT_SCHEMA_VERSION + 1} avec sa fonction d'upgrade`,
    ).toBe(expected);
  });

  it('only adds unreleased versions after the released ones', () => {
    const lastReleased = Math.max(...releasedVersions);
    const unreleased = SCHEMA_VERSIONS.filter((s) => !releasedVersions.includes(s.version));
    for (const step of unreleased) expect(step.version).toBeGreaterThan(lastReleased);
  });

  it('has a fixture database for every released version', () => {
    expect(Object.keys(MIGRATION_FIXTURES).map(Number).sort()).toEqual(releasedVersions.sort());
  });
});
