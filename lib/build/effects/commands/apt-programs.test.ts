/**
 * apt packages whose catalog entry names only some of their programs (measured on jammy): a program
 * of theirs that is not listed is unknown on PATH, not absent, and the layer's size stays exact.
 */
import { describe, expect, it } from 'vitest';
import { simulateDockerfile } from '../../../analyze';
import { probePath } from '../../fs/presence';
import { which } from '../../fs/which';
import { imageView } from '../../run/lookup';

function lookup(dockerfile: string, name: string) {
  const r = simulateDockerfile(dockerfile, { context: { files: [] } });
  expect(r.image).not.toBeNull();
  const view = imageView(r.image!);
  return { probe: which((p) => probePath(view, p, false), name, r.image!.config.env.PATH), result: r };
}

const MAVEN = 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends maven\n';

describe('PATH lookup after installing an incompletely listed package', () => {
  it('finds a program the catalog lists', () => {
    expect(lookup(MAVEN, 'mvn').probe.presence).toBe('present');
  });

  it("can't tell for a program of the package the catalog does not list", () => {
    const { probe, result } = lookup(MAVEN, 'mvnDebug');
    expect(probe.presence).toBe('unknown');
    expect(probe.because).toContain('package maven is installed but its file list is not known');
    // Which files it holds is unknown, its measured size is not: the layer keeps an exact size.
    const layer = result.image!.layers.find((l) => l.instruction.includes('maven'))!;
    expect(layer.sizeRange).toBeUndefined();
    expect(result.image!.sizeRange).toBeUndefined();
  });

  it('says not found for a program of no installed package on a fully known image', () => {
    const { probe } = lookup('FROM ubuntu:22.04\nRUN mkdir /app\n', 'mvnDebug');
    expect(probe.presence).toBe('absent');
  });
});
