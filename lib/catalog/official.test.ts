import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_INFO_PAGES, repoInfoPage, repoInfoPageAt } from './images/repo-info-data';
import { findPackage, listCatalogImages, resolveImage } from './index';
import { runImage } from '../build/run/index';
import { simulateDockerfile } from '../analyze';
import { imageInventory } from '../build/inventory';

describe('official images from docker-library/repo-info', () => {
  it('spot checks: every hand-kept size read from the same repo-info page matches the generated figure', () => {
    let compared = 0;
    for (const [image, tags] of Object.entries(REPO_INFO_PAGES)) {
      for (const tag of Object.keys(tags)) {
        const page = repoInfoPage(image, tag)!;
        const entry = listCatalogImages().find(
          (i) => i.repository === image && (i.tag === tag || i.aliases.includes(tag)),
        );
        expect(entry, `${image}:${tag}`).toBeDefined();
        if (entry!.uncompressed.value === null) continue;
        expect(entry!.uncompressed.value, `${image}:${tag}`).toBe(page.sizeBytes);
        expect(entry!.uncompressed.source, `${image}:${tag}`).toContain(page.source.path);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(9);
  });

  it('resolves tags the hand-kept entries did not cover, saying what they resolved to and when', () => {
    const python = resolveImage('python:3.13-slim-trixie');
    // Two pages name this line (3.13-slim and 3.13-slim-trixie); the newer one gives the figures.
    expect(python.image?.uncompressed.value).toBe(126_250_000);
    expect(python.image?.resolvedDescription).toContain('python:3.13.15-slim-trixie');
    expect(python.image?.asOf).toBe('2026-09-01');
    expect(resolveImage('python:3.13-slim').image?.tag).toBe('3.13-slim-trixie');
    expect(python.image?.runtimes[0]).toMatchObject({ name: 'python', version: '3.13.15' });
    expect(python.image?.release).toBe('debian:trixie');
    expect(python.image?.cmd).toEqual(['python3']);
    // The full version tag is an alias of the same page.
    expect(resolveImage('python:3.13.15-slim-trixie').image?.tag).toBe('3.13-slim-trixie');

    const alpine = resolveImage('alpine:3.22').image!;
    expect(alpine.uncompressed.value).toBe(8_300_000);
    expect(alpine.packageManager).toBe('apk');
    expect(alpine.release).toBe('alpine:3.22');

    // rust:slim is the library's 1.98.0-slim-trixie block; its page (2026-08-25) replaces the 2023
    // page of 1-slim-bullseye the tag was read at before.
    const rust = resolveImage('rust:slim').image!;
    expect(rust.resolvedDescription).toBe('rust:1-slim-trixie (built 2026-08-25)');
    expect(rust.uncompressed.value).toBe(904_790_000);
    expect(rust.release).toBe('debian:trixie');
    expect(rust.env.CARGO_HOME).toBe('/usr/local/cargo');
    expect(rust.runtimes[0]).toMatchObject({ name: 'rust', version: '1.98.0' });

    const busybox = resolveImage('busybox:musl').image!;
    expect(busybox.uncompressed.value).toBeNull();
    expect(busybox.estimate?.value).toBe(1_400_000);
  });

  it('never presents an outdated page’s figure as the current tag’s (php, gradle)', () => {
    for (const [ref, now, then] of [
      ['php', 'php:8.5.9-cli-trixie', 'php:8.5.8-cli-trixie'],
      ['gradle', 'gradle:9.7.1-jdk25', 'gradle:9.6.1-jdk25'],
      ['python:3.10-slim', 'python:3.10.21-slim-trixie', 'python:3.10.9-slim-bullseye'],
    ]) {
      const image = resolveImage(ref).image!;
      expect(image.resolvedDescription, ref).toContain(now);
      expect(image.resolvedDescription, ref).toContain(`are of ${then}`);
      expect(image.uncompressed.value, ref).toBeNull();
      expect(image.estimate?.confidence, ref).toBe('low');
    }
    // Pages as new as the library file keep their figures.
    expect(resolveImage('golang:latest').image?.uncompressed.value).toBe(885_160_000);
  });

  it('lets apt on a trixie-based official image use the Debian trixie data', () => {
    const release = resolveImage('python:3.13-slim-trixie').image!.release!;
    expect(findPackage('apt', 'curl', release)?.release ?? 'not loaded').toMatch(/debian:trixie|not loaded/);
  });

  it('gives the Debian golang images the gcc docker-library installs, so cgo is on by default', () => {
    const context = {
      files: [
        { path: 'go.mod', sizeBytes: 30, content: 'module example.com/web\n\ngo 1.26\n' },
        {
          path: 'main.go',
          sizeBytes: 120,
          content:
            'package main\n\nimport "net/http"\n\nfunc main() { _ = http.ListenAndServe(":8080", nil) }\n',
        },
      ],
    };
    const build = (env: string) =>
      simulateDockerfile(
        `FROM golang:1.26 AS build\nWORKDIR /src\nCOPY . .\nRUN ${env}go build -o /app .\nFROM gcr.io/distroless/static-debian13\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n`,
        { context },
      );
    const files = (r: ReturnType<typeof build>) => r.stages[0]!.files.map((f) => f.path);
    expect(files(build(''))).toContain('/usr/bin/gcc');
    expect(runImage(build('').image!, {}).status).toBe('failed');
    expect(runImage(build('CGO_ENABLED=0 ').image!, {}).status).toBe('started');
    expect(resolveImage('golang:1.26-alpine').image!.manifest.map((f) => f.path)).not.toContain(
      '/usr/bin/gcc',
    );
  });

  it('has the python and pip links the official Python images make, so CMD ["python", …] starts', () => {
    const result = simulateDockerfile(
      'FROM python:3.13-slim-trixie\nCOPY app.py .\nCMD ["python", "app.py"]\n',
      {
        context: { files: [{ path: 'app.py', sizeBytes: 20, content: 'print("hello")\n' }] },
      },
    );
    const paths = result.image!.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['/usr/local/bin/python', '/usr/local/bin/pip']));
    const run = runImage(result.image!, {});
    expect(run.stderr).not.toContain('executable file not found');
    expect(run.status).toBe('started');
  });

  it('knows the tags the lessons use: golang:1.26 and node:24, with their variants', () => {
    const go = resolveImage('golang:1.26');
    // repo-info's golang:1.26 page resolved to 1.26.7-trixie; the newer 1.26-trixie page gives the figures.
    expect(go.image?.tag).toBe('1.26-trixie');
    expect(go.image?.runtimes[0]).toMatchObject({ name: 'go', version: '1.26.8' });
    expect(go.image?.release).toBe('debian:trixie');
    expect(go.confidence).toBe('high');
    // repo-info's remote page for golang:1.26 lists the platforms the tag is published for.
    expect(go.image?.architectures).toEqual(expect.arrayContaining(['amd64', 'arm64/v8', 'riscv64']));
    expect(resolveImage('golang:1.26-bookworm').image?.release).toBe('debian:bookworm');
    expect(resolveImage('golang:1.26-alpine').image?.packageManager).toBe('apk');

    // The library file gives node:24 to the bookworm block; repo-info's newer page of that line
    // (24.21-bookworm, headed node:24, built 2026-09-19) gives the figures.
    const node = resolveImage('node:24');
    expect(node.image?.tag).toBe('24.21-bookworm');
    expect(node.image?.release).toBe('debian:bookworm');
    expect(node.image?.uncompressed.value).toBe(1_140_000_000);
    expect(node.image?.asOf).toBe('2026-09-19');
    expect(node.image?.runtimes[0]).toMatchObject({ name: 'node', version: '24.21.0' });
    expect(node.image?.entrypoint).toEqual(['docker-entrypoint.sh']);
    expect(node.confidence).toBe('high');
    for (const tag of ['lts', 'krypton', '24-bookworm', 'lts-bookworm'])
      expect(resolveImage(`node:${tag}`).image?.tag, tag).toBe('24.21-bookworm');
    // The tags of the release the library listed (24.19.0) name it only approximately, and say so.
    const listed = resolveImage('node:24.19.0');
    expect(listed.image?.tag).toBe('24.21-bookworm');
    expect(listed.confidence).toBe('medium');
    expect(listed.explanation).toContain('older release of the same line');
    expect(resolveImage('node:24-trixie').image?.tag).toBe('24-trixie');
    expect(resolveImage('node:24-slim').image?.tag).toBe('24-trixie-slim');
    expect(resolveImage('node:24-alpine').image?.libc.kind).toBe('musl');
    // node:22-slim is still bookworm: the convention never overrides a page read.
    expect(resolveImage('node:22-slim').image?.release).toBe('debian:bookworm');
  });

  it('keeps one source of truth: no hand-written size repeats a page the generated data holds', () => {
    const dir = join(__dirname, 'images');
    const cited: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(/repoInfoSize\(\s*[^,]+,\s*'(repos\/[^']+)'/g)) cited.push(m[1]);
      // Every page a hand entry takes its size from is in the generated data.
      for (const m of text.matchAll(/generated(?:Size|Bytes)\('(repos\/[^']+)'/g)) {
        expect(repoInfoPageAt(m[1])?.sizeBytes, m[1]).toBeGreaterThan(0);
      }
    }
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((path) => repoInfoPageAt(path) !== null)).toEqual([]);
  });

  it('lets a generated page replace a hand entry whose size was unknown', () => {
    const nginx = resolveImage('nginx:latest').image!;
    expect(nginx.uncompressed.value).toBe(161_330_000);
    expect(nginx.uncompressed.source).toContain('repos/nginx/local/latest.md');
    expect(resolveImage('nginx:1.31.3').image?.tag).toBe('latest');
    expect(resolveImage('eclipse-temurin:21-jdk').image?.runtimes[0]).toMatchObject({
      name: 'java',
      version: '21.0.11+10',
    });
  });

  it('spot checks 41 tags against the Virtual Size on their repo-info pages', () => {
    // [reference, bytes, page]: the figures as the pages print them (e.g. "~ 874.05 Mb").
    const checks: Array<[string, number, string]> = [
      ['golang:1.26', 874_050_000, 'repos/golang/local/1.26-trixie.md'],
      ['golang:1.26-bookworm', 833_460_000, 'repos/golang/local/1.26-bookworm.md'],
      ['golang:1.26.8-alpine3.24', 241_370_000, 'repos/golang/local/1.26.8-alpine3.24.md'],
      ['golang:1.27-trixie', 885_160_000, 'repos/golang/local/1.27-trixie.md'],
      ['node:24-trixie', 1_230_000_000, 'repos/node/local/24-trixie.md'],
      ['node:24-trixie-slim', 234_170_000, 'repos/node/local/24-trixie-slim.md'],
      ['node:24-alpine', 170_750_000, 'repos/node/local/24-alpine.md'],
      ['node:22-trixie-slim', 231_410_000, 'repos/node/local/22-trixie-slim.md'],
      ['node:26', 1_240_000_000, 'repos/node/local/26-trixie.md'],
      ['python:3.13-slim', 126_250_000, 'repos/python/local/3.13-slim.md'],
      ['python:3.14-slim', 119_460_000, 'repos/python/local/3.14-slim.md'],
      ['python:3.14', 1_120_000_000, 'repos/python/local/3.14.md'],
      ['python:3.13', 1_110_000_000, 'repos/python/local/3.13.md'],
      ['debian:trixie', 119_920_000, 'repos/debian/local/13.md'],
      ['debian:trixie-slim', 78_640_000, 'repos/debian/local/13-slim.md'],
      ['ubuntu:22.04', 78_080_000, 'repos/ubuntu/local/22.04.md'],
      ['alpine:3.24.2', 8_420_000, 'repos/alpine/local/3.24.2.md'],
      ['eclipse-temurin:25-jre', 335_980_000, 'repos/eclipse-temurin/local/25-jre.md'],
      ['eclipse-temurin:25-jdk', 413_990_000, 'repos/eclipse-temurin/local/25-jdk.md'],
      ['maven:3-eclipse-temurin-21', 538_990_000, 'repos/maven/local/3-eclipse-temurin-21.md'],
      ['postgres', 456_470_000, 'repos/postgres/local/18-trixie.md'],
      ['node:24', 1_140_000_000, 'repos/node/local/24.21-bookworm.md'],
      ['httpd:alpine', 66_920_000, 'repos/httpd/local/2-alpine3.24.md'],
      ['redis', 145_550_000, 'repos/redis/local/8.10.1-trixie.md'],
      ['redis:alpine', 118_620_000, 'repos/redis/local/8.10.1-alpine.md'],
      ['wordpress', 786_390_000, 'repos/wordpress/local/7.1.0.md'],
      ['wordpress:fpm-alpine', 324_910_000, 'repos/wordpress/local/7.1.2-fpm-alpine.md'],
      ['elasticsearch:9.5.2', 1_630_000_000, 'repos/elasticsearch/local/9.5.2.md'],
      ['elasticsearch:8.19.20', 1_400_000_000, 'repos/elasticsearch/local/8.19.20.md'],
      ['nginx:alpine', 62_820_000, 'repos/nginx/local/1.31.4-alpine3.24.md'],
      ['haproxy', 116_430_000, 'repos/haproxy/local/3.4.3-trixie.md'],
      ['rust:slim', 904_790_000, 'repos/rust/local/1.98.0-slim-trixie.md'],
      ['nginx:stable-alpine', 62_320_000, 'repos/nginx/local/stable-alpine.md'],
      ['golang:1.26-alpine3.23', 241_350_000, 'repos/golang/local/1.26-alpine3.23.md'],
      ['postgres:16', 451_130_000, 'repos/postgres/local/16.md'],
      ['php:8.2-apache', 499_490_000, 'repos/php/local/8.2-apache.md'],
      ['amazoncorretto:17', 459_430_000, 'repos/amazoncorretto/local/17.md'],
      ['amazoncorretto:17-jdk', 459_430_000, 'repos/amazoncorretto/local/17.md'],
      ['eclipse-temurin:21-jre-alpine', 207_700_000, 'repos/eclipse-temurin/local/21-jre-alpine-3.24.md'],
      ['debian:bullseye-slim', 80_680_000, 'repos/debian/local/11-slim.md'],
      ['gradle:8-jdk17', 776_460_000, 'repos/gradle/local/8-jdk17.md'],
    ];
    for (const [ref, bytes, page] of checks) {
      const image = resolveImage(ref).image;
      expect(image?.uncompressed.value, ref).toBe(bytes);
      expect(image?.uncompressed.source, ref).toContain(page);
    }
  });
});

describe('httpd and redis on Alpine, WordPress, Elasticsearch', () => {
  it('take command, entrypoint, environment and package database from their pages', () => {
    const httpd = resolveImage('httpd:2.4-alpine').image!;
    expect(httpd.cmd).toEqual(['httpd-foreground']);
    expect(httpd.packageManager).toBe('apk');
    expect(httpd.libc.kind).toBe('musl');
    expect(httpd.env.HTTPD_VERSION).toBe('2.4.68');
    expect(httpd.asOf).toBe('2026-09-17');
    // The page lists 40 apk packages (perl among them); their installed sizes are kept.
    expect(httpd.osPackages?.names).toContain('perl');
    expect(httpd.osPackages?.names).toHaveLength(40);

    const redis = resolveImage('redis:8-alpine').image!;
    expect(redis.entrypoint).toEqual(['docker-entrypoint.sh']);
    expect(redis.cmd).toEqual(['redis-server']);
    expect(redis.env.REDIS_VERSION).toBe('8.10.1');
    expect(resolveImage('redis:8.10-trixie').image?.tag).toBe('8.10.1-trixie');

    const wordpress = resolveImage('wordpress:latest').image!;
    expect(wordpress.cmd).toEqual(['apache2-foreground']);
    expect(wordpress.env.PHP_VERSION).toBe('8.3.33');
    expect(wordpress.resolvedDescription).toContain('wordpress:7.1.0-apache');
    expect(resolveImage('wordpress:php8.3-apache').image?.tag).toBe('7.1.0');

    const es = resolveImage('elasticsearch:9.5.2').image!;
    expect(es.entrypoint).toEqual(['/bin/tini', '--', '/usr/local/bin/docker-entrypoint.sh']);
    expect(es.cmd).toEqual(['eswrapper']);
    // Built on Red Hat's UBI 9 minimal (its label says so): rpm packages, microdnf only.
    expect(es.packageManager).toBe('microdnf');
    expect(resolveImage('elasticsearch:8.19.20').image?.packageManager).toBe('apt');
  });
});

describe('official images from the library files and the images’ Dockerfiles', () => {
  const run = (dockerfile: string) => {
    const result = simulateDockerfile(dockerfile, { context: { files: [] } });
    return { image: result.image!, run: runImage(result.image!, {}) };
  };

  it('covers at least 40 official images, each tag with a sourced size and date', () => {
    expect(Object.keys(REPO_INFO_PAGES).length).toBeGreaterThanOrEqual(40);
    for (const [image, tags] of Object.entries(REPO_INFO_PAGES))
      for (const [tag, page] of Object.entries(tags)) {
        expect(page.sizeBytes, `${image}:${tag}`).toBeGreaterThan(0);
        expect(page.source.asOf, `${image}:${tag}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
  });

  it('resolves every tag of one build to the same page, saying as of when', () => {
    for (const ref of ['postgres', 'postgres:18', 'postgres:18.6-trixie', 'postgres:trixie']) {
      const image = resolveImage(ref).image!;
      expect(image.tag, ref).toBe('18-trixie');
      expect(image.uncompressed.value, ref).toBe(456_470_000);
      expect(image.asOf, ref).toBe('2026-08-25');
    }
    expect(resolveImage('httpd:2.4').image?.uncompressed.value).toBe(116_840_000);
    expect(resolveImage('caddy:2').image?.packageManager).toBe('apk');
    expect(resolveImage('mysql').image?.packageManager).toBe('microdnf');
    expect(resolveImage('amazonlinux:2023').image?.packageManager).toBe('dnf');
  });

  it('has the entrypoint scripts the Dockerfiles copy in, so the images start', () => {
    const postgres = run('FROM postgres:18\n');
    expect(postgres.image.files.map((f) => f.path)).toContain('/usr/local/bin/docker-entrypoint.sh');
    expect(postgres.run.status).toBe('started');
    const nginx = run('FROM nginx:latest\n');
    expect(nginx.image.files.map((f) => f.path)).toContain('/docker-entrypoint.sh');
    expect(nginx.run.status).toBe('started');
    expect(run('FROM httpd:2.4\n').run.status).toBe('started');
    expect(run('FROM php\n').run.status).toBe('started');
  });

  it('says it cannot tell, never that a program is missing, when the config names one no COPY places', () => {
    // ruby's irb and caddy are installed by a build, not copied: on PATH, folder unknown.
    for (const ref of ['ruby:4', 'caddy:2', 'tomcat:11']) {
      const { run: outcome } = run(`FROM ${ref}\n`);
      expect(outcome.status, ref).toBe('unknown');
      expect(outcome.explanation, ref).toContain('on the image');
    }
    // Overriding the entrypoint with the program the image's CMD names is not a false failure either.
    expect(run('FROM memcached\nENTRYPOINT ["memcached"]\n').run.status).toBe('unknown');
    // A program the image does not have at all is still missing.
    expect(run('FROM memcached\nENTRYPOINT ["no-such-program"]\n').run.status).toBe('failed');
    // postgres's PATH has /usr/lib/postgresql/<major>/bin, whose files the catalog does not list.
    const pg = run('FROM postgres\nENTRYPOINT ["no-such-program"]\n').run;
    expect(pg.status).toBe('unknown');
    expect(pg.explanation).toContain('/usr/lib/postgresql/');
  });

  it('keeps the versions of the packages a whole page lists', () => {
    const caddy = resolveImage('caddy:2.11.4').image!;
    expect(caddy.osPackages?.names).toContain('musl');
    expect(caddy.osPackages?.versions?.musl).toBe('1.2.5-r23');
  });

  it('lists at least the base image’s packages, with versions, for an image built FROM it', () => {
    const debian = resolveImage('debian:trixie-slim').image!;
    expect(debian.osPackages?.names).toHaveLength(78);
    const postgres = resolveImage('postgres').image!;
    expect(postgres.osPackages?.names).toEqual(debian.osPackages?.names);
    expect(postgres.osPackages?.source).toMatch(/^at least the packages of debian:trixie-slim/);
    const inventory = imageInventory(
      simulateDockerfile('FROM postgres\n', { context: { files: [] } }).image!,
    );
    expect(inventory.packages.find((p) => p.name === 'coreutils')?.version).toBe('9.7-3');
    expect(inventory.packages.find((p) => p.name === 'bash')?.version).toBe('5.2.37-2+b9');
  });
});

describe('alpine variants', () => {
  it('postgres:alpine resolves to the library’s 18.6 build, with its page’s size and apk packages', () => {
    for (const ref of ['postgres:alpine', 'postgres:18-alpine', 'postgres:18.6-alpine3.24']) {
      const image = resolveImage(ref).image!;
      expect(image.resolvedDescription, ref).toBe('postgres:18.6-alpine3.24 (built 2026-08-13)');
      expect(image.packageManager, ref).toBe('apk');
      expect(image.uncompressed.value, ref).toBe(303_700_000);
      expect(image.osPackages?.names, ref).toContain('llvm21-libs');
      expect(image.osPackages?.versions?.['llvm21-libs'], ref).toBe('21.1.8-r1');
    }
  });
});

describe('common tags of real Dockerfiles (issue 12)', () => {
  it('take command, entrypoint and environment from their pages', () => {
    const nginx = resolveImage('nginx:stable-alpine').image!;
    expect(nginx.entrypoint).toEqual(['/docker-entrypoint.sh']);
    expect(nginx.cmd).toEqual(['nginx', '-g', 'daemon off;']);
    expect(nginx.env.NGINX_VERSION).toBe('1.30.4');
    expect(nginx.packageManager).toBe('apk');
    expect(nginx.asOf).toBe('2026-07-15');
    expect(resolveImage('nginx:1.30-alpine').image?.tag).toBe(nginx.tag);

    const go = resolveImage('golang:1.26-alpine3.23').image!;
    expect(go.cmd).toEqual(['/bin/sh']);
    expect(go.env).toMatchObject({ GOLANG_VERSION: '1.26.6', GOPATH: '/go', GOTOOLCHAIN: 'local' });
    expect(go.release).toBe('alpine:3.23');
    // The page's whole apk list was read: 17 packages.
    expect(go.osPackages?.names).toHaveLength(17);
    expect(go.osPackages?.names).toContain('ca-certificates');

    const pg = resolveImage('postgres:16').image!;
    expect(pg.entrypoint).toEqual(['docker-entrypoint.sh']);
    expect(pg.cmd).toEqual(['postgres']);
    expect(pg.env.PG_MAJOR).toBe('16');
    expect(pg.env.PGDATA).toBe('/var/lib/postgresql/data');
    expect(pg.asOf).toBe('2026-08-25');

    const php = resolveImage('php:8.2-apache').image!;
    expect(php.entrypoint).toEqual(['docker-php-entrypoint']);
    expect(php.cmd).toEqual(['apache2-foreground']);
    expect(php.env.PHP_VERSION).toBe('8.2.33');
    expect(php.release).toBe('debian:trixie');
    // docker-library/php copies PHP's example php.ini files to PHP_INI_DIR; Dockerfiles move one to php.ini.
    const ini = php.manifest.map((f) => f.path);
    expect(ini).toEqual(
      expect.arrayContaining(['/usr/local/etc/php/php.ini-production', '/usr/local/etc/php/conf.d']),
    );
    expect(resolveImage('python:3.13').image!.manifest.map((f) => f.path)).not.toContain(
      '/usr/local/etc/php/php.ini-production',
    );

    const corretto = resolveImage('amazoncorretto:17').image!;
    expect(corretto.cmd).toEqual(['/bin/bash']);
    expect(corretto.entrypoint).toBeNull();
    expect(corretto.env.JAVA_HOME).toBe('/usr/lib/jvm/java-17-amazon-corretto');
    expect(corretto.packageManager).toBe('dnf');

    const temurin = resolveImage('eclipse-temurin:21-jre-alpine').image!;
    expect(temurin.entrypoint).toEqual(['/__cacert_entrypoint.sh']);
    expect(temurin.cmd).toBeNull();
    expect(temurin.env.JAVA_VERSION).toBe('jdk-21.0.12+8');
    expect(temurin.release).toBe('alpine:3.24');
    expect(temurin.runtimes[0]).toMatchObject({ name: 'java', path: '/opt/java/openjdk/bin/java' });

    // Debian 11 is still built (the library lists bullseye-slim); the page's empty Entrypoint is none.
    const bullseye = resolveImage('debian:bullseye-slim').image!;
    expect(bullseye.entrypoint).toBeNull();
    expect(bullseye.cmd).toEqual(['bash']);
    expect(bullseye.release).toBe('debian:bullseye');
    expect(resolveImage('debian:11-slim').image?.tag).toBe(bullseye.tag);

    // Gradle 8 is no longer in the library: the page says what the tag was on its build date.
    const gradle = resolveImage('gradle:8-jdk17').image!;
    expect(gradle.cmd).toEqual(['gradle']);
    expect(gradle.env.GRADLE_VERSION).toBe('8.14.5');
    expect(gradle.asOf).toBe('2026-07-02');
    expect(gradle.notes).toContain('2026-07-02');
  });

  it('say a tag the library now gives to a newer build, with the date of the page read', () => {
    for (const [ref, now, then, bytes, asOf] of [
      ['python:3.10', 'python:3.10.21-trixie', 'python:3.10.20-trixie', 1_090_000_000, '2026-07-06'],
      ['ruby:3.3', 'ruby:3.3.12-trixie', 'ruby:3.3.11-trixie', 1_090_000_000, '2026-07-14'],
      ['redis:7-alpine', 'redis:7.4.11-alpine', 'redis:7.0.8-alpine', 29_900_000, '2023-01-17'],
      // rust:1 resolved to the floating 1-trixie on 2026-07-16 (Rust 1.97.1); the library now gives it 1.98.0.
      ['rust:1', 'rust:1.98.0-trixie', 'rust:1-trixie', 1_660_000_000, '2026-07-16'],
    ] as const) {
      const image = resolveImage(ref).image!;
      expect(image.uncompressed.value, ref).toBeNull();
      expect(image.resolvedDescription, ref).toContain(now);
      expect(image.resolvedDescription, ref).toContain(`are of ${then}, built ${asOf}`);
      expect(image.estimate?.value, ref).toBe(bytes);
      expect(image.asOf, ref).toBe(asOf);
    }
    expect(resolveImage('rust:1').image?.env.RUST_VERSION).toBe('1.97.1');
    expect(resolveImage('ruby:3.3').image?.cmd).toEqual(['irb']);
    expect(resolveImage('redis:7-alpine').image?.osPackages?.names).toContain('su-exec');
  });
});

describe('older tags tutorials still use, from pages of their time', () => {
  const C = '72e4be79';
  it('resolve with the size and date of the page read, saying which page and why', () => {
    const checks: Array<[string, number, string, string, 'high' | 'medium']> = [
      ['node:18', 963_830_000, 'repos/node/local/18.13-buster.md', '2023-01-11', 'medium'],
      ['node:18-buster', 963_830_000, 'repos/node/local/18.13-buster.md', '2023-01-11', 'high'],
      ['node:18-alpine', 170_930_000, 'repos/node/local/18-alpine3.16.md', '2023-01-06', 'medium'],
      ['node:18-alpine3.16', 170_930_000, 'repos/node/local/18-alpine3.16.md', '2023-01-06', 'high'],
      ['node:18-slim', 233_140_000, 'repos/node/local/18-buster-slim.md', '2023-01-11', 'medium'],
      ['python:3.9', 916_900_000, 'repos/python/local/3.9.16-bullseye.md', '2023-01-23', 'medium'],
      ['python:3.9-slim', 124_780_000, 'repos/python/local/3.9-slim.md', '2023-01-23', 'high'],
      ['python:3.9.16-slim-bullseye', 124_780_000, 'repos/python/local/3.9-slim.md', '2023-01-23', 'high'],
      ['golang:1.18', 965_220_000, 'repos/golang/local/1.18.10-bullseye.md', '2023-01-11', 'medium'],
      ['golang:1.18-alpine', 329_690_000, 'repos/golang/local/1.18-alpine.md', '2023-01-11', 'high'],
      ['golang:1.19', 992_470_000, 'repos/golang/local/1.19.5-bullseye.md', '2023-01-11', 'medium'],
      ['debian:buster-slim', 69_250_000, 'repos/debian/local/buster-slim.md', '2023-01-11', 'high'],
    ];
    for (const [ref, bytes, page, date, confidence] of checks) {
      const r = resolveImage(ref);
      expect(r.image?.uncompressed.value, ref).toBe(bytes);
      expect(r.image?.uncompressed.source, ref).toContain(`${page} @${C}`);
      expect(r.image?.asOf, ref).toBe(date);
      expect(r.confidence, ref).toBe(confidence);
      expect(r.explanation, ref).toContain(`(built ${date})`);
      expect(r.image?.notes, ref).toMatch(/^An older tag: /);
      expect(r.explanation, ref).toContain(`An older tag: the figures are of a build of ${date}`);
    }
    // A current tag is not called older.
    expect(resolveImage('node:24').explanation).not.toContain('An older tag');
    // A tag taken for the closest page says so, and names the page's tag.
    expect(resolveImage('node:18-alpine').explanation).toContain(
      'No page of `node:18-alpine` itself was found in repo-info’s history; `18-alpine3.16` is the closest',
    );
    expect(resolveImage('node:18').explanation).toContain('node:18-buster (built 2023-01-11)');
    expect(resolveImage('python:3.9-slim').explanation).toContain(
      'python:3.9.16-slim-bullseye (built 2023-01-23)',
    );
  });

  it('take runtime, config and package database from their pages', () => {
    const alpine = resolveImage('node:18-alpine').image!;
    expect(alpine.entrypoint).toEqual(['docker-entrypoint.sh']);
    expect(alpine.cmd).toEqual(['node']);
    expect(alpine.env.NODE_VERSION).toBe('18.13.0');
    expect(alpine.packageManager).toBe('apk');
    expect(alpine.libc.kind).toBe('musl');
    // The Alpine page was read whole: its 16 apk packages.
    expect(alpine.osPackages?.names).toHaveLength(16);
    expect(alpine.osPackages?.names).toContain('libstdc++');
    const python = resolveImage('python:3.9-slim').image!;
    expect(python.cmd).toEqual(['python3']);
    expect(python.env.PYTHON_VERSION).toBe('3.9.16');
    expect(python.runtimes).toContainEqual(expect.objectContaining({ name: 'python', version: '3.9.16' }));
    const go = resolveImage('golang:1.18-alpine').image!;
    expect(go.env.GOLANG_VERSION).toBe('1.18.10');
    expect(go.release).toBe('alpine:3.17');
    // That page was read whole too: 16 apk packages.
    expect(go.osPackages?.names).toHaveLength(16);
    expect(resolveImage('debian:buster-slim').image!.cmd).toEqual(['bash']);
  });
});
