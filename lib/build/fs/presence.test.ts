import { describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../../catalog/types';
import { LayerWriter } from './layer-writer';
import { addFog, type Fog, probePath } from './presence';
import { treeFromEntries } from './tree';
import { DEFAULT_PATH, which } from './which';

const file = (path: string, extra: Partial<ManifestEntry> = {}): ManifestEntry => ({
  path,
  kind: 'regular',
  sizeBytes: 1,
  ...extra,
});

describe('presence', () => {
  const tree = treeFromEntries([
    file('/bin/sh'),
    file('/app/server'),
    file('/usr/lib/go-1.18/**', { kind: 'bulk' }),
  ]);

  it('answers present, absent and unknown', () => {
    const fog: Fog[] = [{ path: '/build', reason: '`make` is not modelled' }];
    expect(probePath({ tree, fog }, '/bin/sh').presence).toBe('present');
    expect(probePath({ tree, fog }, '/app').entry?.kind).toBe('dir');
    expect(probePath({ tree, fog }, '/app/missing').presence).toBe('absent');
    const u = probePath({ tree, fog }, '/build/out/bin');
    expect(u.presence).toBe('unknown');
    expect(u.because).toBe('`make` is not modelled');
  });

  it('known entries win over fog', () => {
    const fog: Fog[] = [{ path: '/', reason: 'unknown base' }];
    expect(probePath({ tree, fog }, '/app/server').presence).toBe('present');
    expect(probePath({ tree, fog }, '/etc/passwd').presence).toBe('unknown');
  });

  it('folds regions: an outer region absorbs inner ones', () => {
    const fog: Fog[] = [];
    addFog(fog, { path: '/a/b', reason: 'x' });
    addFog(fog, { path: '/a', reason: 'y' });
    addFog(fog, { path: '/a/c', reason: 'z' });
    expect(fog).toEqual([{ path: '/a', reason: 'y' }]);
  });

  it('a layer writes fog, a later rm -rf clears it, commit keeps the rest', () => {
    const t = treeFromEntries([file('/bin/sh')]);
    const fog: Fog[] = [];
    const l1 = new LayerWriter(t, fog);
    l1.addFog({ path: '/src/out', reason: 'make' });
    l1.addFog({ path: '/opt/tool', reason: 'tar' });
    expect(l1.probe('/src/out/app').presence).toBe('unknown');
    l1.commit();
    expect(fog.map((f) => f.path)).toEqual(['/src/out', '/opt/tool']);
    const l2 = new LayerWriter(t, fog);
    l2.remove('/src');
    expect(l2.probe('/src/out/app').presence).toBe('absent');
    l2.add(file('/opt/tool/bin/x'));
    expect(l2.probe('/opt/tool/bin/x').presence).toBe('present');
    l2.commit();
    expect(fog.map((f) => f.path)).toEqual(['/opt/tool']);
  });
});

describe('which', () => {
  const view = (entries: ManifestEntry[], fog: Fog[] = []) => {
    const tree = treeFromEntries(entries);
    return (p: string) => probePath({ tree, fog }, p, false);
  };

  it('finds the first program on PATH, follows symlinks, skips folders', () => {
    const probe = view([
      file('/usr/bin/go', { kind: 'symlink', target: '/usr/lib/go/bin/go' }),
      file('/usr/lib/go/bin/go', { kind: 'elf' }),
      { path: '/usr/local/bin/go', kind: 'dir', sizeBytes: 0 },
    ]);
    const hit = which(probe, 'go');
    expect(hit.presence).toBe('present');
    expect(hit.path).toBe('/usr/bin/go');
    expect(which(probe, 'gcc').presence).toBe('absent');
    expect(which(probe, 'gcc').because).toContain(DEFAULT_PATH);
  });

  it('a name with a slash is a path against the working directory', () => {
    const probe = view([file('/app/run.sh')]);
    expect(which(probe, './run.sh', null, '/app').presence).toBe('present');
    expect(which(probe, '/app/other').presence).toBe('absent');
  });

  it('finds BusyBox sh on an extended PATH', () => {
    const probe = view([
      file('/busybox/sh', { kind: 'symlink', target: '/busybox/busybox' }),
      file('/busybox/busybox', { kind: 'elf' }),
    ]);
    expect(which(probe, 'sh', `${DEFAULT_PATH}:/busybox`).path).toBe('/busybox/sh');
    expect(which(probe, 'sh').presence).toBe('absent');
  });

  it('is unknown when a PATH folder is unknown and no later one has it', () => {
    const probe = view(
      [file('/usr/bin/app')],
      [{ path: '/', reason: 'an image the simulator does not know' }],
    );
    expect(which(probe, 'app').presence).toBe('present');
    const u = which(probe, 'java');
    expect(u.presence).toBe('unknown');
    expect(u.because).toMatch(/does not know/);
  });
});
