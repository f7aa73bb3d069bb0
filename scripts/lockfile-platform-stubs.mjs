#!/usr/bin/env node
// The npm registry mirror these machines use lacks some other platforms' prebuilt binaries
// (e.g. @astrojs/compiler-binding-darwin-arm64). npm then leaves them out of
// package-lock.json and `npm ci` refuses the lockfile as out of sync. This adds a lock entry
// for each missing optional platform package, with the os/cpu its name declares, so
// `npm ci` accepts the lockfile and skips those packages on Linux as it always would.
// Run after `npm install`: `node scripts/lockfile-platform-stubs.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const OS = {
  darwin: 'darwin',
  linux: 'linux',
  win32: 'win32',
  windows: 'win32',
  freebsd: 'freebsd',
  android: 'android',
  openharmony: 'openharmony',
};
const CPU = {
  arm64: 'arm64',
  x64: 'x64',
  ia32: 'ia32',
  arm: 'arm',
  wasm32: 'wasm32',
  riscv64: 'riscv64',
  s390x: 's390x',
  ppc64: 'ppc64',
  loong64: 'loong64',
};

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const added = [];
for (const [, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const parts = name.split('/').pop().split('-');
    const os = parts.map((part) => OS[part]).find(Boolean);
    const cpu = parts.map((part) => CPU[part]).find(Boolean);
    // Only platform packages are stubbed; anything else missing is a real problem for npm to report.
    if (!os && !cpu) continue;
    lock.packages[key] = {
      version: String(version).replace(/^[\^~]/, ''),
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
    };
    added.push(name);
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `Added lock entries for ${added.length} platform packages: ${added.join(', ')}` : 'Lockfile already complete.');
