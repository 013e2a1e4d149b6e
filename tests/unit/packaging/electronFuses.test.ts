/**
 * Electron fuses are switches baked into the binary at packaging time: they cannot be flipped by
 * an environment variable or a command-line flag on the user's machine. electron-builder.yml is
 * parsed with the same YAML library electron-builder uses, and the keys are checked against its
 * schema, so a typo cannot silently leave a fuse at its default.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const builderRequire = createRequire(createRequire(import.meta.url).resolve('app-builder-lib'));
const yaml = builderRequire('js-yaml') as { load(text: string): unknown };
const scheme = builderRequire('app-builder-lib/scheme.json') as {
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
};

interface BuilderConfig {
  asar?: boolean;
  electronFuses?: Record<string, unknown>;
}

const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder fuses', () => {
  it.each([
    ['runAsNode', false, 'ELECTRON_RUN_AS_NODE would turn the app into a plain Node.js'],
    ['enableCookieEncryption', true, 'cookies encrypted with the OS keychain'],
    ['enableNodeOptionsEnvironmentVariable', false, 'NODE_OPTIONS ignored'],
    ['enableNodeCliInspectArguments', false, '--inspect and friends ignored'],
    ['enableEmbeddedAsarIntegrityValidation', true, 'a tampered app.asar refuses to load'],
    ['onlyLoadAppFromAsar', true, 'no app folder next to the asar is ever loaded'],
    ['grantFileProtocolExtraPrivileges', false, 'file:// pages get no extra privileges'],
  ])('sets %s to %s (%s)', (fuse, value) => {
    expect(config.electronFuses?.[fuse]).toBe(value);
  });

  it('uses only fuse names electron-builder knows', () => {
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    expect(Object.keys(config.electronFuses ?? {}).filter((key) => !known.includes(key))).toEqual(
      [],
    );
  });

  it('packs the app into an asar, which the integrity fuses need', () => {
    expect(config.asar).toBe(true);
  });
});
