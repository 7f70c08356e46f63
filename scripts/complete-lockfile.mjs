// Completes package-lock.json with the platform-specific optional packages that this workplace's npm registry does
// not carry (it answers 404 for the macOS, Windows and other non-Linux-x64 builds). npm then leaves them out of the
// lock file, and `npm ci` rejects the lock file as out of sync. The entries added here are what the public registry
// would have recorded; npm skips them on platforms they are not for, and fetches them by version where they are.
// Run `npm run lockfile` after any `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;

const OS = {
  android: 'android',
  darwin: 'darwin',
  freebsd: 'freebsd',
  linux: 'linux',
  openharmony: 'openharmony',
  win32: 'win32',
};
const CPU = ['arm64', 'arm', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x'];

/** Platform of a binding package named like `@scope/pkg-<os>-<cpu>[-<abi>]`. */
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  for (let i = 0; i < parts.length - 1; i++) {
    if (OS[parts[i]] && CPU.includes(parts[i + 1])) {
      const entry = { os: [OS[parts[i]]], cpu: [parts[i + 1]] };
      const abi = parts[i + 2];
      if (entry.os[0] === 'linux' && abi) entry.libc = [abi.startsWith('musl') ? 'musl' : 'glibc'];
      return entry;
    }
  }
  return undefined;
}

let added = 0;
for (const [key, pkg] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const base = key ? `${key}/node_modules/` : 'node_modules/';
    if (packages[`${base}${dep}`] || packages[`node_modules/${dep}`]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    packages[`node_modules/${dep}`] = {
      version,
      ...platform,
      dev: pkg.dev || undefined,
      license: pkg.license,
      optional: true,
    };
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
lock.packages = sorted;
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} platform-specific optional entries`);
