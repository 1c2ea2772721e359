/**
 * Entry point of `npm run --silent simulate -- <Dockerfile> [options]` (see lib/cli/simulate/args.ts).
 */
import { runSimulateCli } from './simulate/main';

process.exitCode = runSimulateCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
});
