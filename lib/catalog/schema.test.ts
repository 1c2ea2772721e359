import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkCatalogData,
  DebianProgramsSchema,
  DebianSuiteSchema,
  DistrolessDataSchema,
  OfficialDataSchema,
} from './schema';

const dataDir = join(__dirname, 'data');
const read = (path: string) => JSON.parse(readFileSync(join(dataDir, path), 'utf8'));

describe('generated catalog data', () => {
  it('distroless.json matches its schema', () => {
    expect(checkCatalogData(DistrolessDataSchema, read('distroless.json'))).toBeNull();
  });

  it('every Debian suite file matches its schema', () => {
    const files = readdirSync(join(dataDir, 'debian')).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(['bookworm.json', 'trixie.json']);
    for (const file of files)
      expect(checkCatalogData(DebianSuiteSchema, read(`debian/${file}`)), file).toBeNull();
  });

  it('each release’s debian-programs file matches its schema, and a malformed entry is named', () => {
    const files = readdirSync(join(dataDir, 'debian-programs')).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(['bookworm.json', 'trixie.json']);
    for (const file of files) {
      const doc = read(`debian-programs/${file}`);
      expect(checkCatalogData(DebianProgramsSchema, doc), file).toBeNull();
      expect(`${doc.suite}.json`).toBe(file);
    }
    const trixie = read('debian-programs/trixie.json');
    trixie.essential.coreutils[1][0] = ['usr/bin/ls', 'elf'];
    trixie.packages.make[1].push('/usr/share/doc/make');
    const errors = checkCatalogData(DebianProgramsSchema, trixie)!;
    expect(errors.some((e) => /^essential\.coreutils\.1\.0/.test(e))).toBe(true);
    expect(errors.some((e) => e.startsWith('packages.make.1.'))).toBe(true);
    const orphan = read('debian-programs/trixie.json');
    orphan.sets['buildpack-deps:trixie'].from = 'buildpack-deps:trixie-nope';
    expect(checkCatalogData(DebianProgramsSchema, orphan)![0]).toContain('every base set');
  });

  it('official.json and official-more.json match their schema; the first names the second’s images', () => {
    expect(checkCatalogData(OfficialDataSchema, read('official.json'))).toBeNull();
    expect(checkCatalogData(OfficialDataSchema, read('official-more.json'))).toBeNull();
    expect(read('official.json').elsewhere).toEqual(Object.keys(read('official-more.json').images).sort());
    const broken = read('official.json');
    broken.images.python['3.13-slim-trixie'].source.commit = 'abc';
    expect(checkCatalogData(OfficialDataSchema, broken)![0]).toMatch(
      /^images\.python\.3\.13-slim-trixie\.source\.commit: /,
    );
  });

  it('rejects a malformed entry and names it', () => {
    const distroless = read('distroless.json');
    distroless.images[2].runtime = { name: 'python', version: '', path: 'usr/bin/python3', from: 'x' };
    const errors = checkCatalogData(DistrolessDataSchema, distroless)!;
    expect(errors.some((e) => e.startsWith('images.2.runtime.path'))).toBe(true);
    expect(errors.some((e) => e.startsWith('images.2.runtime.version'))).toBe(true);

    const bookworm = read('debian/bookworm.json');
    bookworm.packages.curl[1] = -5;
    expect(checkCatalogData(DebianSuiteSchema, bookworm)).toEqual([
      expect.stringMatching(/^packages\.curl\.1: /),
    ]);
    const dangling = read('debian/bookworm.json');
    dangling.packages.curl[2].push('no-such-package');
    expect(checkCatalogData(DebianSuiteSchema, dangling)![0]).toContain('every dependency');
  });
});
