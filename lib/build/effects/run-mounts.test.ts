/**
 * RUN --mount of every type, through `simulate`.
 */
import { describe, expect, it } from 'vitest';
import type { SimulatedImage } from '../types';
import { simulateDockerfile } from '../../analyze';

const context = {
  files: [
    { path: 'requirements.txt', sizeBytes: 13, content: 'flask==3.1.3\n' },
    {
      path: 'package.json',
      sizeBytes: 40,
      content: '{"dependencies":{"express":"^5.3.0"}}',
    },
  ],
};
function image(t: string): SimulatedImage {
  const r = simulateDockerfile(t, { context });
  if (!r.image) throw new Error(JSON.stringify(r.diagnostics.map((d) => d.message)));
  return r.image;
}
const paths = (img: SimulatedImage) => img.files.map((f) => f.path);
const last = (img: SimulatedImage) => img.layers[img.layers.length - 1];

describe('RUN --mount', () => {
  it('a bind-mounted requirements.txt feeds pip as a copied one does, and is not in the image', () => {
    const bound = image(
      'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip --mount=type=bind,source=requirements.txt,target=requirements.txt python -m pip install -r requirements.txt\n',
    );
    const copied = image(
      'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN python -m pip install -r requirements.txt\n',
    );
    const site = (img: SimulatedImage) => paths(img).filter((p) => p.endsWith('/flask'));
    expect(site(bound)).toEqual(site(copied));
    expect(site(bound).length).toBe(1);
    expect(paths(bound)).not.toContain('/requirements.txt');
    expect(last(bound).explanation).toMatch(/bind mount/);
    expect(last(bound).explanation).toMatch(/cache mount/);
  });

  it('a bind-mounted package.json feeds npm install', () => {
    const img = image(
      'FROM node:22-slim\nWORKDIR /app\nRUN --mount=type=bind,source=package.json,target=package.json npm install --omit=dev\n',
    );
    expect(paths(img)).toContain('/app/node_modules/express');
    expect(paths(img)).not.toContain('/app/package.json');
  });

  it('a bind mount from another stage reads its files', () => {
    const img = image(
      'FROM alpine:3.21 AS cfg\nRUN mkdir /cfg && echo v=1 > /cfg/app.conf\nFROM alpine:3.21\nRUN --mount=type=bind,from=cfg,source=/cfg,target=/mnt cat /mnt/app.conf > /app.conf\n',
    );
    expect(img.textFiles?.['/app.conf']).toBe('v=1\n');
    expect(paths(img)).not.toContain('/mnt/app.conf');
  });

  it('a secret is readable during the RUN and never in the image', () => {
    const img = image(
      'FROM alpine:3.21\nRUN --mount=type=secret,id=npmrc cp /run/secrets/npmrc /tmp/copy && rm /tmp/copy\n',
    );
    expect(paths(img).some((p) => p.startsWith('/run/secrets'))).toBe(false);
    expect(last(img).explanation).toMatch(
      /secret mount makes the secret `npmrc` readable at \/run\/secrets\/npmrc/,
    );
  });

  it('tmpfs and cache targets keep writes out of the layer; ssh sets SSH_AUTH_SOCK', () => {
    const img = image(
      'FROM alpine:3.21\nRUN --mount=type=tmpfs,target=/scratch --mount=type=ssh echo x > /scratch/f && echo "$SSH_AUTH_SOCK" > /sock\n',
    );
    expect(paths(img)).not.toContain('/scratch/f');
    expect(img.textFiles?.['/sock']).toBe('/run/buildkit/ssh_agent.0\n');
    expect(last(img).explanation).toMatch(/tmpfs mount/);
    expect(last(img).explanation).toMatch(/ssh mount/);
  });

  it("runs the Dockerfile reference's apt cache example: docker-clean removed, lists and archives on cache mounts", () => {
    const text =
      'FROM debian:bookworm-slim\n' +
      'RUN rm -f /etc/apt/apt.conf.d/docker-clean; echo \'Binary::apt::APT::Keep-Downloaded-Packages "true";\' > /etc/apt/apt.conf.d/keep-cache\n' +
      'RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n' +
      '  --mount=type=cache,target=/var/lib/apt,sharing=locked \\\n' +
      '  apt-get update && apt-get --no-install-recommends install -y gcc\n';
    const result = simulateDockerfile(text, { context });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const img = result.image!;
    expect(paths(img)).toContain('/etc/apt/apt.conf.d/keep-cache');
    expect(paths(img).some((p) => p.startsWith('/var/lib/apt/lists'))).toBe(false);
  });

  it('still says apt has no lists when neither a cache mount nor apt-get update provides them', () => {
    const result = simulateDockerfile('FROM debian:bookworm-slim\nRUN apt-get install -y gcc\n', { context });
    expect(result.diagnostics.map((d) => d.message).join('\n')).toMatch(/Unable to locate package gcc/);
  });
});
