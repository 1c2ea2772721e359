/**
 * apt's newer commands: `install --update` (apt 2.7.0) refreshes the lists first, `dist-clean` (2.7.8)
 * deletes them; Debian 12's apt 2.6 stops the build on both, with the texts it prints.
 */
import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../types';
import { simulateDockerfile } from '../../../analyze';

const run = (t: string): SimulationResult => simulateDockerfile(t, { context: { files: [] } });
// apt's own line, without the simulator's note on what the failure means for the build.
const errors = (r: SimulationResult) =>
  r.diagnostics
    .filter((d) => d.origin === 'simulate' && d.severity === 'error')
    .map((d) => d.message.replace(/ — the RUN step fails.*$/, ''))
    .join('\n');
const files = (r: SimulationResult) => (r.image?.files ?? []).map((e) => e.path);

describe('apt-get install --update and dist-clean', () => {
  it('on Debian 13, --update fetches the lists, so the install finds its packages', () => {
    const r = run(
      'FROM debian:trixie-slim\nRUN apt-get install --update -y --no-install-recommends ca-certificates; apt-get dist-clean\n',
    );
    expect(errors(r)).toBe('');
    expect(files(r).some((p) => p.startsWith('/etc/ssl/certs') || p.includes('ca-certificates'))).toBe(true);
  });

  it('dist-clean leaves no package lists in the layer', () => {
    const kept = run('FROM debian:trixie-slim\nRUN apt-get update\n');
    const cleaned = run('FROM debian:trixie-slim\nRUN apt-get update && apt-get dist-clean\n');
    const lists = (r: SimulationResult) => files(r).filter((p) => p.startsWith('/var/lib/apt/lists'));
    expect(lists(kept).length).toBeGreaterThan(0);
    expect(lists(cleaned)).toEqual([]);
    expect(cleaned.image!.sizeBytes).toBeLessThan(kept.image!.sizeBytes);
    // Trixie's lists are an estimate scaled from bookworm's measurement, about 21 MB, never 0 B.
    const layer = kept.image!.layers[kept.image!.layers.length - 1];
    expect(layer.sizeBytes).toBeGreaterThan(20e6);
    expect(layer.sizeBytes).toBeLessThan(22e6);
    expect(layer.confidence).toBe('low');
  });

  it('without --update and without apt-get update, the lists are missing as before', () => {
    expect(errors(run('FROM debian:trixie-slim\nRUN apt-get install -y curl\n'))).toMatch(
      /Unable to locate package curl/,
    );
  });

  it('on Debian 12 (apt 2.6), --update, -U and dist-clean stop the build with apt’s own texts', () => {
    expect(errors(run('FROM debian:bookworm-slim\nRUN apt-get install --update -y curl\n'))).toBe(
      'E: Command line option --update is not understood in combination with the other options',
    );
    expect(errors(run('FROM debian:bookworm-slim\nRUN apt-get install -U -y curl\n'))).toBe(
      "E: Command line option 'U' [from -U] is not understood in combination with the other options.",
    );
    expect(errors(run('FROM debian:bookworm-slim\nRUN apt-get dist-clean\n'))).toBe(
      'E: Invalid operation dist-clean',
    );
  });
});
