/**
 * npm with a lock file: exactly the packages package-lock.json selects, sized from the recorded
 * registry figures; `npm ci` without a lock file fails; and `docker run` of `node script.js` checks the
 * script and the packages it requires.
 */
import { describe, expect, it } from 'vitest';
import { npmPackageSize } from '../../../catalog/npm';
import { runImage } from '../../run/index';
import { probeImage } from '../../run/lookup';
import { simulateDockerfile } from '../../../analyze';

const lock = {
  name: 'svc',
  lockfileVersion: 3,
  requires: true,
  packages: {
    '': { name: 'svc', dependencies: { express: '^5.3.0' }, devDependencies: { nodemon: '^3.1.14' } },
    'node_modules/express': { version: '5.3.0' },
    'node_modules/nodemon': { version: '3.1.14', dev: true },
    'node_modules/fsevents': { version: '2.3.3', dev: true, optional: true, os: ['darwin'] },
  },
};
const pkg = { name: 'svc', dependencies: { express: '^5.3.0' }, devDependencies: { nodemon: '^3.1.14' } };
const server = "const express = require('express');\nconst app = express();\napp.listen(3000);\n";
const file = (path: string, content: string) => ({ path, sizeBytes: content.length, content });
const context = {
  files: [
    file('package.json', JSON.stringify(pkg)),
    file('package-lock.json', JSON.stringify(lock)),
    file('server.js', server),
  ],
};
const size = (name: string, version: string) => npmPackageSize(name, version)?.value ?? NaN;
const EXPRESS = size('express', '5.3.0');
const NODEMON = size('nodemon', '3.1.14');

function nodeModulesBytes(dockerfile: string, ctx = context): number {
  const image = simulateDockerfile(dockerfile, { context: ctx }).image;
  return (image?.files ?? [])
    .filter((f) => f.path.startsWith('/app/node_modules/'))
    .reduce((sum, f) => sum + f.sizeBytes, 0);
}

describe('npm ci with a package-lock.json', () => {
  it('has recorded sizes for the lock file’s versions, with their source and date', () => {
    const fig = npmPackageSize('express', '5.3.0');
    expect(fig?.value).toBeGreaterThan(10_000);
    expect(fig?.source).toMatch(/registry\.npmjs\.org/);
    expect(fig?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(npmPackageSize('express', '0.0.0-not-published')).toBeNull();
  });

  it('installs dependencies and devDependencies, but no package for another OS', () => {
    const bytes = nodeModulesBytes('FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci\n');
    expect(bytes).toBe(EXPRESS + NODEMON);
  });

  it('--omit=dev and NODE_ENV=production leave the devDependencies out', () => {
    expect(nodeModulesBytes('FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\n')).toBe(EXPRESS);
    expect(
      nodeModulesBytes('FROM node:22\nENV NODE_ENV=production\nWORKDIR /app\nCOPY . .\nRUN npm ci\n'),
    ).toBe(EXPRESS);
  });

  it('falls back to package.json’s dependencies when a locked version has no recorded size', () => {
    const unknownLock = {
      ...lock,
      packages: { ...lock.packages, 'node_modules/express': { version: '0.0.0-not-published' } },
    };
    const ctx = {
      files: [context.files[0], file('package-lock.json', JSON.stringify(unknownLock)), context.files[2]],
    };
    const r = simulateDockerfile('FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\n', {
      context: ctx,
    });
    const text = JSON.stringify(r.image?.layers ?? []);
    expect(text).toMatch(/without a recorded size/);
    expect(nodeModulesBytes('FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\n', ctx)).not.toBe(
      EXPRESS,
    );
  });

  it('npm ci without the lock file fails, as npm does', () => {
    const r = simulateDockerfile('FROM node:22\nWORKDIR /app\nCOPY package.json ./\nRUN npm ci\n', {
      context,
    });
    expect(r.diagnostics.some((d) => d.severity === 'error' && /npm ci/.test(d.message))).toBe(true);
    const ok = simulateDockerfile(
      'FROM node:22\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n',
      {
        context,
      },
    );
    expect(ok.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reads a bind-mounted lock file (docker docs’ npm ci pattern)', () => {
    const r = simulateDockerfile(
      'FROM node:22\nWORKDIR /app\nRUN --mount=type=bind,source=package.json,target=package.json --mount=type=bind,source=package-lock.json,target=package-lock.json npm ci --omit=dev\n',
      { context },
    );
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(
      nodeModulesBytes(
        'FROM node:22\nWORKDIR /app\nRUN --mount=type=bind,source=package.json,target=package.json --mount=type=bind,source=package-lock.json,target=package-lock.json npm ci --omit=dev\n',
      ),
    ).toBe(EXPRESS);
  });

  it('cannot tell whether the lock file is there on an unknown base image, so reports no error', () => {
    const r = simulateDockerfile(
      'FROM example.com/unknown/node:1\nWORKDIR /app\nCOPY package.json ./\nRUN npm ci\n',
      {
        context,
      },
    );
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('docker run: node script.js', () => {
  const build = (final: string) =>
    simulateDockerfile(
      `FROM node:22 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\n\nFROM gcr.io/distroless/nodejs24-debian13\nWORKDIR /app\n${final}`,
      { context },
    ).image!;

  it('starts when the script and node_modules are there', () => {
    const out = runImage(build('COPY --from=build /app /app\nCMD ["server.js"]\n'));
    expect(out.status).toBe('started');
    expect(out.exitCode).toBe(0);
  });

  it('fails with MODULE_NOT_FOUND when node_modules was not copied', () => {
    const out = runImage(build('COPY --from=build /app/server.js ./\nCMD ["server.js"]\n'));
    expect(out.exitCode).toBe(1);
    expect(out.stderr).toContain("Error: Cannot find module 'express'");
    expect(out.stderr).toContain('- /app/server.js');
  });

  it('fails when CMD repeats node on an image whose ENTRYPOINT is node', () => {
    const out = runImage(build('COPY --from=build /app /app\nCMD ["node", "server.js"]\n'));
    expect(out.exitCode).toBe(1);
    expect(out.stderr).toContain("Cannot find module '/app/node'");
    expect(out.explanation).toMatch(/ENTRYPOINT is already node/);
  });

  it('starts through the official node image’s docker-entrypoint.sh', () => {
    const image = simulateDockerfile(
      'FROM node:24\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]\n',
      {
        context,
      },
    ).image!;
    const out = runImage(image);
    expect(out.status).toBe('started');
    // The script execs `node server.js` (nodejs/docker-node's docker-entrypoint.sh).
    expect(out.argv).toEqual(['node', 'server.js']);
    expect(out.explanation).toMatch(/docker-entrypoint\.sh/);
  });

  it('finds a script named without .js, and packages in a node_modules folder above the script', () => {
    const out = runImage(
      build('COPY --from=build /app /app\nWORKDIR /app/src\nCOPY server.js ./\nCMD ["server"]\n'),
    );
    expect(out.status).toBe('started');
    expect(out.exitCode).toBe(0);
  });
});

describe('what the model cannot see stays unknown, not absent', () => {
  it('next build writes .next, whose files (standalone/, static/) are unknown', () => {
    const next = {
      files: [
        file(
          'package.json',
          JSON.stringify({ scripts: { build: 'next build' }, dependencies: { next: '15' } }),
        ),
        file('package-lock.json', JSON.stringify({ name: 'web', lockfileVersion: 3, packages: {} })),
      ],
    };
    const result = simulateDockerfile(
      'FROM node:24-alpine AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n' +
        'FROM node:24-alpine\nWORKDIR /app\nCOPY --from=build /app/.next/standalone ./\n',
      { context: next },
    );
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(probeImage(result.image!, '/app/server.js').presence).toBe('unknown');
  });

  it('mv of a folder whose presence is unknown leaves the destination unknown', () => {
    const image = simulateDockerfile(
      'FROM node:24-slim\nWORKDIR /app\nRUN some-installer && mv /app/vendor /vendor\n',
      { context: { files: [] } },
    ).image!;
    const probe = probeImage(image, '/vendor');
    expect(probe.presence).toBe('unknown');
    expect(probe.because).toContain('mv of /app/vendor');
  });
});
