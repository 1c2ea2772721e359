/**
 * Entry point of `npm run --silent simulate -- <Dockerfile> [options]` (see lib/cli/simulate/args.ts).
 */
import { loadDebianPackages } from '../catalog';
import { runSimulateCli } from './simulate/main';

// Debian's package indexes (bookworm, trixie) so `apt-get install` on a Debian image gets real sizes
// and dependencies; without them apt falls back to its labelled estimates.
void loadDebianPackages()
  .catch(() => undefined)
  .then(() => {
    process.exitCode = runSimulateCli(process.argv.slice(2), {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
    });
  });
