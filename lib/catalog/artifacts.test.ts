import { describe, expect, it } from 'vitest';
import { goBinarySize, goBuildCacheSize, goMinor, sitePackagesSize, SPRING_BOOT_FAT_JAR } from './index';

describe('Go binaries', () => {
  it('reproduces the talk: go1.21.1 calc = 1,833,430 bytes, static', () => {
    const calc = goBinarySize({ goVersion: '1.21.1', program: 'calc' });
    expect(calc.size.value).toBe(1_833_430);
    expect(calc.linkage).toBe('static');
    expect(calc.size.confidence).toBe('high');
    expect(calc.size.source).toMatch(/MEASURED/);
  });

  it('uses the nearest measured version and says which', () => {
    const go120 = goBinarySize({ goVersion: 'go1.20.3', program: 'hello' });
    expect(go120.measuredVersion).toBe('1.21.1');
    expect(go120.size.value).toBe(1_802_832);
    expect(go120.explanation).toContain('go1.21.1');
    const go125 = goBinarySize({ goVersion: '1.25.13', program: 'calc', stripped: true });
    expect(go125.measuredVersion).toBe('1.23.1');
    expect(go125.size.value).toBe(1_405_080);
    expect(go125.size.confidence).toBe('low');
    expect(goBinarySize({ goVersion: '1.18.1', program: 'calc' }).size.value).toBe(1_793_479);
  });

  it('uses the seed reference for Go 1.19 calc', () => {
    expect(goBinarySize({ goVersion: '1.19.8', program: 'calc' }).size.value).toBe(1_891_678);
    expect(goBinarySize({ goVersion: '1.19', program: 'calc', stripped: true }).size.value).toBe(1_265_664);
  });

  it('links net/http dynamically only when cgo is on', () => {
    const dynamic = goBinarySize({ goVersion: '1.22.2', program: 'web', cgo: true });
    expect(dynamic.linkage).toBe('dynamic');
    expect(dynamic.interpreter).toBe('/lib64/ld-linux-x86-64.so.2');
    expect(dynamic.size.value).toBe(7_075_173);
    const stat = goBinarySize({ goVersion: '1.22.2', program: 'web', cgo: false, stripped: true });
    expect(stat.linkage).toBe('static');
    expect(stat.size.value).toBe(4_771_992);
    const estimated = goBinarySize({ goVersion: '1.22.2', program: 'web', cgo: true, stripped: true });
    expect(estimated.size.source).toMatch(/^ESTIMATE:/);
    expect(estimated.size.confidence).toBe('low');
    expect(goBinarySize({ goVersion: '1.22', program: 'calc', cgo: true }).linkage).toBe('static');
  });

  it('parses Go versions', () => {
    expect(goMinor('go1.21.1')).toBe(21);
    expect(goMinor('1.25-bookworm')).toBe(25);
    expect(goMinor('banana')).toBeNull();
    expect(goBinarySize({ goVersion: 'banana', program: 'calc' }).size.confidence).toBe('low');
  });
});

describe('other artifacts', () => {
  it('sizes the Go build cache by version regime', () => {
    expect(goBuildCacheSize('1.18.1', 'calc').size.value).toBe(1_064 * 1024);
    expect(goBuildCacheSize('1.21', 'web').size.value).toBe(82_660 * 1024);
    expect(goBuildCacheSize('1.19', 'calc').measuredVersion).toBe('1.18.1');
    expect(goBuildCacheSize('1.21', 'calc').path).toBe('/root/.cache/go-build');
  });

  it('sums site-packages once per package', () => {
    const pandas = sitePackagesSize(['pandas', 'numpy']);
    expect(pandas.size.value).toBe(152_076 * 1024);
    const flask = sitePackagesSize(['flask==3.1.3'], { includeBaseline: true });
    expect(flask.size.value).toBe(31_452 * 1024);
    const unknown = sitePackagesSize(['flask', 'scipy']);
    expect(unknown.unknown).toEqual(['scipy']);
    expect(unknown.size.confidence).toBe('low');
  });

  it('keeps the Spring Boot jar at ~16 MB with low confidence', () => {
    expect(SPRING_BOOT_FAT_JAR.value).toBe(16_000_000);
    expect(SPRING_BOOT_FAT_JAR.confidence).toBe('low');
  });
});
