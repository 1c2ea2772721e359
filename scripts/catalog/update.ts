/**
 * `npm run catalog:update`: regenerates every generated catalog file from its sources. With `--fetch`,
 * refreshes the Debian indexes in the cache first (scripts/catalog/apt-update.sh); repo-info pages are
 * refreshed with `tsx scripts/catalog/repo-info.ts --fetch image:tag …`, the official-images library files
 * with `tsx scripts/catalog/official-images.ts --from CHECKOUT image …` and the images' Dockerfiles with
 * `tsx scripts/catalog/dockerfiles.ts --repo owner/name=CHECKOUT …`.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './util';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'inherit', cwd: ROOT });
if (process.argv.includes('--fetch')) run('sh', [join(ROOT, 'scripts/catalog/apt-update.sh')]);
run('npx', ['tsx', 'scripts/catalog/distroless.ts']);
run('npx', ['tsx', 'scripts/catalog/debian-packages.ts']);
run('npx', [
  'tsx',
  'scripts/catalog/debian-programs.ts',
  ...(process.argv.includes('--fetch') ? ['--fetch'] : []),
]);
run('npx', ['tsx', 'scripts/catalog/repo-info.ts']);
