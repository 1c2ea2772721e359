/**
 * Microsoft's .NET 8.0 images on MCR (`mcr.microsoft.com/dotnet/aspnet:8.0`, `…/sdk:8.0`). They are not
 * official Docker Hub images, so docker-library/repo-info has no page for them. Their configuration is
 * read from the Dockerfiles in dotnet/dotnet-docker (main at 3ed00b61, 2026-08-21): runtime-deps starts
 * FROM debian:bookworm-slim, sets APP_UID=1654, ASPNETCORE_HTTP_PORTS=8080 and
 * DOTNET_RUNNING_IN_CONTAINER=true and adds the user `app` (uid and gid 1654) without switching to it;
 * runtime adds .NET under /usr/share/dotnet with /usr/bin/dotnet linking to it; aspnet adds ASP.NET Core;
 * sdk adds the SDK, curl, git, wget and PowerShell. None sets USER, ENTRYPOINT or CMD, so the images run
 * as root with Debian's `bash` command. Microsoft publishes no size for these tags (the repository's
 * sample-image-size-report.md gives compressed sizes of a sample app on 10.0 only): the size is unknown,
 * with debian:bookworm-slim's as a lower bound.
 */
import { floorEstimate, unknown } from '../figure';
import type { BaseImage, ManifestEntry } from '../types';
import { defineImage, dir, link } from './define';
import { notRead } from './family';
import { debianBookwormSlim } from './ubuntu-debian';
import { caBundle, DEFAULT_PATH, debianUserland, glibcElf } from './userland';

const REPO = 'dotnet/dotnet-docker';
const COMMIT = '3ed00b61';
const AS_OF = '2026-08-21';
const DOTNET_VERSION = '8.0.30';
const SDK_VERSION = '8.0.424';

const dockerfile = (image: string) => `${REPO} src/${image}/8.0/bookworm-slim/amd64/Dockerfile @${COMMIT}`;

/** The environment runtime-deps and runtime set (aspnet and sdk inherit it). */
const RUNTIME_ENV: Record<string, string> = {
  PATH: DEFAULT_PATH,
  APP_UID: '1654',
  ASPNETCORE_HTTP_PORTS: '8080',
  DOTNET_RUNNING_IN_CONTAINER: 'true',
  DOTNET_VERSION,
};

const dotnetFiles = (): ManifestEntry[] => [
  ...debianUserland(),
  caBundle(),
  glibcElf('/usr/share/dotnet/dotnet', 80_000),
  link('/usr/bin/dotnet', '/usr/share/dotnet/dotnet'),
  dir('/usr/share/dotnet/shared/Microsoft.NETCore.App'),
  dir('/usr/share/dotnet/shared/Microsoft.AspNetCore.App'),
  dir('/home/app', 0o700),
];

function dotnetImage(
  kind: 'aspnet' | 'sdk',
  spec: {
    aliases: string[];
    env: Record<string, string>;
    named: ManifestEntry[];
    description: string;
    floorPackages: { names: string[]; source: string };
  },
): BaseImage {
  const slim = debianBookwormSlim.uncompressed.value;
  return defineImage({
    repository: `mcr.microsoft.com/dotnet/${kind}`,
    tag: '8.0',
    aliases: spec.aliases,
    resolvedDescription: `${spec.description} on Debian 12 (bookworm-slim), as of ${AS_OF}`,
    release: 'debian:bookworm',
    uncompressed: unknown(
      `Microsoft publishes no size for mcr.microsoft.com/dotnet/${kind}:8.0 (${REPO}'s ` +
        'sample-image-size-report.md covers 10.0 sample apps only)',
    ),
    ...(slim !== null
      ? {
          estimate: floorEstimate(
            slim,
            `at least debian:bookworm-slim's size (its base, ${debianBookwormSlim.uncompressed.source}); ` +
              `the .NET files ${kind} adds were not measured`,
            AS_OF,
          ),
        }
      : {}),
    floorPackages: spec.floorPackages,
    compressed: notRead(),
    shell: 'dash (bash also installed)',
    packageManager: 'apt',
    libc: { kind: 'glibc', version: null },
    runtimes: [{ name: 'dotnet', version: DOTNET_VERSION, path: '/usr/share/dotnet/dotnet' }],
    user: 'root',
    workdir: '/',
    entrypoint: null,
    cmd: ['bash'],
    env: spec.env,
    named: spec.named,
    bulk: { path: '/usr/**', note: 'the rest of the image (no published size)' },
    source: dockerfile(kind),
    asOf: AS_OF,
    debianBase: 'debian:bookworm',
    notes:
      'Runs as root by default: the image adds the user `app` (uid 1654, in APP_UID) but does not switch to ' +
      'it; `USER $APP_UID` (or `USER app`) does. ASP.NET Core listens on port 8080 (ASPNETCORE_HTTP_PORTS). ' +
      `From ${REPO}'s Dockerfiles (${COMMIT}, ${AS_OF}); the size is not published.`,
  });
}

/**
 * Packages runtime-deps installs with apt that every version of its bookworm-slim Dockerfile read has
 * (src/runtime-deps/8.0/bookworm-slim/amd64/Dockerfile @6c62d36f also lists libc6, libgcc1, libstdc++6
 * and zlib1g, already in the slim base, and libgssapi-krb5-2, left out here as later versions may not
 * have it): a floor must not count what the image may lack.
 */
const RUNTIME_DEPS = ['ca-certificates', 'libicu72', 'libssl3'];
const RUNTIME_DEPS_SOURCE = `${REPO} src/runtime-deps/8.0/bookworm-slim/amd64/Dockerfile @6c62d36f`;

export const dotnetAspnet80 = dotnetImage('aspnet', {
  aliases: ['8.0-bookworm-slim', DOTNET_VERSION, `${DOTNET_VERSION}-bookworm-slim`],
  env: { ...RUNTIME_ENV, ASPNET_VERSION: DOTNET_VERSION },
  named: dotnetFiles(),
  description: `ASP.NET Core ${DOTNET_VERSION} runtime`,
  floorPackages: { names: RUNTIME_DEPS, source: RUNTIME_DEPS_SOURCE },
});

export const dotnetSdk80 = dotnetImage('sdk', {
  aliases: ['8.0-bookworm-slim', SDK_VERSION, `${SDK_VERSION}-bookworm-slim`],
  env: {
    ...RUNTIME_ENV,
    ASPNET_VERSION: DOTNET_VERSION,
    DOTNET_GENERATE_ASPNET_CERTIFICATE: 'false',
    DOTNET_NOLOGO: 'true',
    DOTNET_SDK_VERSION: SDK_VERSION,
    DOTNET_USE_POLLING_FILE_WATCHER: 'true',
    NUGET_XMLDOC_MODE: 'skip',
    POWERSHELL_DISTRIBUTION_CHANNEL: 'PSDocker-DotnetSDK-Debian-12',
  },
  named: [
    ...dotnetFiles(),
    dir(`/usr/share/dotnet/sdk/${SDK_VERSION}`),
    glibcElf('/usr/bin/curl', 300_000),
    glibcElf('/usr/bin/git', 4_000_000),
    glibcElf('/usr/bin/wget', 500_000),
    link('/usr/bin/pwsh', '/usr/share/powershell/pwsh'),
  ],
  description: `.NET SDK ${SDK_VERSION} (.NET ${DOTNET_VERSION}, ASP.NET Core)`,
  floorPackages: {
    names: [...RUNTIME_DEPS, 'curl', 'git', 'wget'],
    source: `${RUNTIME_DEPS_SOURCE}; curl, git and wget from ${dockerfile('sdk')}`,
  },
});

export const dotnetImages: BaseImage[] = [dotnetAspnet80, dotnetSdk80];
