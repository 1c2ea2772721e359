import { describe, expect, it } from 'vitest';
import { runImage } from '../build/run/index';
import { simulateDockerfile } from '../analyze';
import data from './data/distroless.json';
import { findCatalogImage, resolveImage } from './index';

const get = (ref: string) => {
  const result = resolveImage(ref);
  if (!result.image) throw new Error(`${ref} did not resolve: ${result.explanation}`);
  return result;
};

describe('distroless images from the generated data', () => {
  it('has the current Debian 13 set with all four variants and the arch suffixes', () => {
    const names = data.images.map((i) => i.name);
    for (const name of [
      'static-debian13',
      'base-debian13',
      'base-nossl-debian13',
      'cc-debian13',
      'java-base-debian13',
      'java17-debian13',
      'java21-debian13',
      'java25-debian13',
      'nodejs22-debian13',
      'nodejs24-debian13',
      'nodejs26-debian13',
      'python3-debian13',
      'static-debian12',
      'base-debian12',
      'base-nossl-debian12',
      'cc-debian12',
    ]) {
      expect(names).toContain(name);
      for (const tag of ['latest', 'nonroot', 'debug', 'debug-nonroot', 'latest-amd64', 'nonroot-arm64']) {
        expect(findCatalogImage(`gcr.io/distroless/${name}`, tag), `${name}:${tag}`).not.toBeNull();
      }
    }
    expect(findCatalogImage('gcr.io/distroless/python3-debian13', 'latest-arm')).toBeNull();
    expect(findCatalogImage('gcr.io/distroless/static-debian13', 'latest-riscv64')).not.toBeNull();
  });

  it('runs a Python 3.13 app on python3-debian13 as the README describes', () => {
    const { image, retired } = get('gcr.io/distroless/python3-debian13');
    expect(retired).toBeUndefined();
    expect(image!.entrypoint).toEqual(['/usr/bin/python3.13']);
    expect(image!.runtimes[0]).toMatchObject({ name: 'python', path: '/usr/bin/python3.13' });
    expect(image!.runtimes[0].version).toMatch(/^3\.13\.\d+$/);
    const paths = image!.manifest.map((e) => e.path);
    expect(paths).toContain('/usr/bin/python3.13');
    expect(image!.manifest.find((e) => e.path === '/usr/bin/python3')?.target).toBe('/usr/bin/python3.13');
    expect(image!.env.LANG).toBe('C.UTF-8');
    expect(image!.shell).toBeNull();
  });

  it('runs a Java app on java21-debian13 with Temurin behind /usr/bin/java -jar', () => {
    const { image } = get('gcr.io/distroless/java21-debian13:nonroot');
    expect(image!.entrypoint).toEqual(['/usr/bin/java', '-jar']);
    expect(image!.user).toBe('65532');
    expect(image!.workdir).toBe('/home/nonroot');
    expect(image!.runtimes[0].version).toMatch(/^21\.0\.\d+/);
    expect(image!.env.JAVA_VERSION).toBe(image!.runtimes[0].version);
    expect(image!.manifest.find((e) => e.path === '/usr/bin/java')?.target).toBe(
      '/usr/lib/jvm/temurin-21-jre-amd64/bin/java',
    );
    // No published size: the estimate is labelled and sourced.
    expect(image!.uncompressed.value).toBeNull();
    expect(image!.estimate?.source).toMatch(/^ESTIMATE: .*openjdk-21-jre-headless/);
  });

  it('debug variants add BusyBox at /busybox and keep a runtime entrypoint', () => {
    const debug = get('gcr.io/distroless/static-debian13:debug').image!;
    expect(debug.entrypoint).toEqual(['/busybox/sh']);
    expect(debug.env.PATH.endsWith(':/busybox')).toBe(true);
    expect(debug.manifest.some((e) => e.path === '/busybox/sh')).toBe(true);
    expect(get('gcr.io/distroless/nodejs24-debian13:debug').image!.entrypoint).toEqual(['/nodejs/bin/node']);
    expect(get('gcr.io/distroless/java21-debian13:debug').image!.notes).toContain('JDK');
  });

  it('sizes the Debian-only images from the package index, and keeps the README figure for static', () => {
    const base = get('gcr.io/distroless/base-debian13').image!;
    expect(base.uncompressed.value).toBeGreaterThan(15_000_000);
    expect(base.uncompressed.value).toBeLessThan(40_000_000);
    expect(base.uncompressed.source).toContain('Installed-Size');
    expect(base.uncompressed.sourceId).toBe('debian-packages');
    const cc = get('gcr.io/distroless/cc-debian13').image!;
    expect(cc.uncompressed.value!).toBeGreaterThan(base.uncompressed.value!);
    expect(get('gcr.io/distroless/static-debian13').image!.uncompressed.value).toBe(2 * 1024 * 1024);
  });

  it('keeps retired images, marked with the removing commit and the replacement', () => {
    const java = get('gcr.io/distroless/java17-debian12');
    expect(java.retired).toMatchObject({
      date: '2026-02-27',
      subject: 'Remove java debian12 builds',
      replacement: 'gcr.io/distroless/java17-debian13',
      endOfLife: 'Jan 2026',
    });
    expect(java.retired!.commit).toMatch(/^b80e2842[0-9a-f]{32}$/);
    expect(java.explanation).toContain('no more updates');
    expect(get('gcr.io/distroless/nodejs22-debian12').retired?.subject).toBe('Remove nodejs debian12 builds');
    const python = get('gcr.io/distroless/python3-debian12:nonroot');
    expect(python.retired).toMatchObject({
      date: '2026-05-12',
      replacement: 'gcr.io/distroless/python3-debian13',
    });
    expect(python.retired!.endOfLife).toBe('April 2026');
    expect(get('gcr.io/distroless/static-debian11').retired?.date).toBe('2024-09-03');
    expect(get('gcr.io/distroless/static-debian12').retired).toBeUndefined();
  });
});

describe('distroless language images run apps the way their READMEs show', () => {
  it('runs a Python 3.13 script copied onto python3-debian13 (CMD names the script)', () => {
    const result = simulateDockerfile(
      [
        'FROM python:3.13-slim-trixie AS build',
        'WORKDIR /app',
        'COPY hello.py .',
        'FROM gcr.io/distroless/python3-debian13',
        'COPY --from=build /app /app',
        'WORKDIR /app',
        'CMD ["hello.py"]',
      ].join('\n'),
      { context: { files: [{ path: 'hello.py', sizeBytes: 22, content: 'print("hello world")\n' }] } },
    );
    const outcome = runImage(result.image!, {});
    expect(outcome.argv).toEqual(['/usr/bin/python3.13', 'hello.py']);
    expect(outcome.status).toBe('started');
    expect(outcome.stderr).not.toContain('not found');
  });

  it('runs a Java jar copied onto java21-debian13 (ENTRYPOINT java -jar, CMD the jar)', () => {
    const result = simulateDockerfile(
      [
        'FROM eclipse-temurin:21-jdk AS build',
        'WORKDIR /src',
        'COPY app.jar .',
        'FROM gcr.io/distroless/java21-debian13',
        'COPY --from=build /src/app.jar /app/main.jar',
        'WORKDIR /app',
        'CMD ["main.jar"]',
      ].join('\n'),
      { context: { files: [{ path: 'app.jar', sizeBytes: 20_000_000 }] } },
    );
    const outcome = runImage(result.image!, {});
    expect(outcome.argv).toEqual(['/usr/bin/java', '-jar', 'main.jar']);
    expect(outcome.status).toBe('started');
  });
});

describe('what distroless static holds, as its Bazel files say', () => {
  const build = (text: string) => simulateDockerfile(text, { context: { files: [] } });

  it('tzdata’s zoneinfo and the accounts can be copied out of it', () => {
    for (const image of ['gcr.io/distroless/static', 'gcr.io/distroless/static-debian12']) {
      const r = build(
        `FROM alpine:3.22\nCOPY --from=${image} /usr/share/zoneinfo /zoneinfo\n` +
          `COPY --from=${image} /etc/passwd /etc/passwd\n`,
      );
      expect(
        r.diagnostics.filter((d) => d.severity === 'error'),
        image,
      ).toEqual([]);
      const paths = r.image!.files.map((f) => f.path);
      expect(paths).toEqual(expect.arrayContaining(['/zoneinfo/UTC', '/etc/passwd']));
    }
  });

  it('a path the image does not have still fails as BuildKit says', () => {
    const r = build('FROM alpine:3.22\nCOPY --from=gcr.io/distroless/static /usr/bin/ls /ls\n');
    expect(r.diagnostics.some((d) => /"\/usr\/bin\/ls": not found/.test(d.message))).toBe(true);
  });
});

describe('distroless inventories take versions from the distroless lock files', () => {
  it('static-debian13 lists tzdata and netbase at the locked versions', () => {
    const image = get('gcr.io/distroless/static-debian13').image!;
    const locked = data.images.find((i) => i.name === 'static-debian13')!.versions as unknown as Record<
      string,
      string
    >;
    expect(image.osPackages?.versions?.tzdata).toBe(locked.tzdata);
    expect(image.osPackages?.versions?.netbase).toBe(locked.netbase);
    // base adds glibc and libssl over static, and keeps static's versions.
    const base = get('gcr.io/distroless/base-debian13').image!;
    expect(base.osPackages?.versions?.tzdata).toBe(locked.tzdata);
    expect(base.osPackages?.versions?.libc6).toMatch(/^2\.41-/);
  });
});
