#!/usr/bin/env node
/**
 * Adds to package-lock.json the platform-specific optional packages (Biome's and
 * @napi-rs/canvas's binaries for macOS, Windows, musl…) that the registry mirror of this
 * workplace does not serve. `npm install` silently leaves them out of the lock, and `npm ci` then
 * refuses the lock as out of sync. Each added entry carries its os/cpu/libc so that npm skips it
 * on other platforms without fetching, exactly as it would with a lock written elsewhere.
 * Run automatically after `npm install` (postinstall); idempotent.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const LOCK = 'package-lock.json';
if (!existsSync(LOCK)) process.exit(0);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages ?? {};

/** Platform constraints read from a binary package's name, e.g. `cli-linux-arm64-musl`. */
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((p) => ['android', 'darwin', 'linux', 'win32', 'freebsd'].includes(p));
  const cpu = parts.find((p) =>
    ['arm64', 'x64', 'arm', 'ia32', 'riscv64', 's390x', 'ppc64'].includes(p),
  );
  if (!os || !cpu) return null;
  const entry = { os: [os], cpu: [cpu] };
  if (parts.includes('musl')) entry.libc = ['musl'];
  else if (os === 'linux') entry.libc = ['glibc'];
  return entry;
}

let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const target = `node_modules/${dep}`;
    if (packages[target] || packages[`${path}/${target}`]) continue;
    const platform = platformOf(dep);
    if (!platform || !/^\d+\.\d+\.\d+/.test(version)) continue;
    packages[target] = {
      version,
      ...platform,
      ...(meta.dev ? { dev: true } : {}),
      optional: true,
    };
    added += 1;
  }
}

if (added > 0) {
  lock.packages = Object.fromEntries(
    Object.entries(packages).sort(([a], [b]) =>
      a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
    ),
  );
  writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`complete-lockfile: ${added} optional platform packages recorded`);
}
