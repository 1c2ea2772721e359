import { describe, expect, it } from 'vitest';
import { loadDebianPackages } from './debian';
import { imageAccounts } from './accounts';
import { resolveImage } from './index';
import { simulateDockerfile } from '../analyze';

describe('Microsoft .NET 8.0 images (dotnet/dotnet-docker Dockerfiles)', () => {
  it('resolve with the configuration their Dockerfiles set, and an unknown size', () => {
    for (const ref of ['mcr.microsoft.com/dotnet/aspnet:8.0', 'mcr.microsoft.com/dotnet/sdk:8.0']) {
      const image = resolveImage(ref).image!;
      expect(image, ref).not.toBeNull();
      // No USER, ENTRYPOINT or CMD in runtime-deps, runtime, aspnet or sdk: root, and Debian's bash.
      expect(image.user, ref).toBe('root');
      expect(image.entrypoint, ref).toBeNull();
      expect(image.cmd, ref).toEqual(['bash']);
      expect(image.env, ref).toMatchObject({
        APP_UID: '1654',
        ASPNETCORE_HTTP_PORTS: '8080',
        DOTNET_RUNNING_IN_CONTAINER: 'true',
        DOTNET_VERSION: '8.0.30',
      });
      expect(image.release, ref).toBe('debian:bookworm');
      expect(image.runtimes[0], ref).toMatchObject({ name: 'dotnet', version: '8.0.30' });
      expect(
        image.manifest.map((f) => f.path),
        ref,
      ).toContain('/usr/bin/dotnet');
      // Microsoft publishes no size for these tags: unknown, with a lower bound labelled as such.
      expect(image.uncompressed.value, ref).toBeNull();
      expect(image.estimate?.source, ref).toMatch(/^ESTIMATE: at least debian:bookworm-slim/);
      expect(image.source, ref).toContain('dotnet/dotnet-docker');
    }
    const sdk = resolveImage('mcr.microsoft.com/dotnet/sdk:8.0').image!;
    expect(sdk.env.DOTNET_SDK_VERSION).toBe('8.0.424');
    expect(resolveImage('mcr.microsoft.com/dotnet/sdk:8.0.424').image?.tag).toBe('8.0');
    expect(resolveImage('mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-slim').image?.tag).toBe('8.0');
    // Other .NET tags stay unknown rather than borrowing 8.0's figures.
    expect(resolveImage('mcr.microsoft.com/dotnet/aspnet:9.0').image).toBeNull();
  });

  it('have the user app (uid 1654) that USER $APP_UID switches to', () => {
    const accounts = imageAccounts('debian', 'mcr.microsoft.com/dotnet/aspnet', 'debian:bookworm')!;
    expect(accounts.passwd).toContain('app:x:1654:1654:');
    expect(accounts.group).toContain('app:x:1654:');
    expect(accounts.complete).toBe(true);
    const result = simulateDockerfile(
      'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nWORKDIR /src\nCOPY . .\n' +
        'RUN dotnet publish -c Release -o /app\n\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR /app\n' +
        'COPY --from=build /app .\nUSER $APP_UID\nENTRYPOINT ["dotnet", "MyApp.dll"]\n',
      {
        context: {
          files: [
            { path: 'MyApp.csproj', sizeBytes: 60, content: '<Project Sdk="Microsoft.NET.Sdk.Web" />' },
          ],
        },
      },
    );
    expect(result.image?.config.user).toBe('1654');
    expect(result.image?.config.env.ASPNETCORE_HTTP_PORTS).toBe('8080');
  });
});

describe('the .NET images’ size: a floor, never a made-up figure', () => {
  it('is at least the slim base plus the Debian packages their Dockerfiles install; the SDK’s floor is higher', async () => {
    await loadDebianPackages(['bookworm']);
    const slim = resolveImage('debian:bookworm-slim').image!.uncompressed.value!;
    const floor = (ref: string) => {
      const r = simulateDockerfile(`FROM ${ref}\n`, { context: { files: [] } });
      expect(r.image?.sizeRange?.high, ref).toBeNull();
      expect(r.image?.sizeRange?.low, ref).toBe(r.image?.sizeBytes);
      expect(r.stages[0]?.layers[0]?.explanation, ref).toMatch(/Its size is unknown: at least/);
      return r.image!.sizeBytes;
    };
    const aspnet = floor('mcr.microsoft.com/dotnet/aspnet:8.0');
    const sdk = floor('mcr.microsoft.com/dotnet/sdk:8.0');
    // ICU alone is over 30 MB installed; curl, git and wget add tens of MB more.
    expect(aspnet - slim).toBeGreaterThan(30e6);
    expect(sdk - aspnet).toBeGreaterThan(20e6);
    expect(resolveImage('mcr.microsoft.com/dotnet/sdk:8.0').image!.estimate!.source).toMatch(
      /libicu72, libssl3, curl, git, wget: \d+ packages with their dependencies, Installed-Size from Debian's bookworm index/,
    );
  });
});
