/**
 * Entry point of `npm run --silent simulate -- <Dockerfile> [options]` (see lib/cli/simulate/args.ts).
 */
import { readFileSync } from 'node:fs';
import { debianSuitesOfDockerfile, loadDebianPackages } from '../catalog';
import { parseArgs } from './simulate/args';
import { runSimulateCli } from './simulate/main';

/**
 * The Debian package indexes the Dockerfile's `apt-get install` needs (real sizes and dependencies;
 * without them apt falls back to its labelled estimates). None when it runs no apt: loading both
 * releases costs about 80 ms, on every run. Problems reading the file are runSimulateCli's to report.
 */
function suitesNeeded(argv: readonly string[]): string[] {
  const args = parseArgs(argv);
  if ('error' in args) return [];
  try {
    return debianSuitesOfDockerfile(readFileSync(args.dockerfile, 'utf8'));
  } catch {
    return [];
  }
}

const argv = process.argv.slice(2);
void loadDebianPackages(suitesNeeded(argv))
  .catch(() => undefined)
  .then(() => {
    process.exitCode = runSimulateCli(argv, {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
    });
  });
