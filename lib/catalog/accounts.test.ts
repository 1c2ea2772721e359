/**
 * The base accounts against their sources: Debian's base-passwd (bookworm 3.6.1, trixie 3.6.7),
 * Alpine's alpine-baselayout, and the `ubuntu` user of Ubuntu 23.04 and later.
 */
import { describe, expect, it } from 'vitest';
import { imageAccounts } from './accounts';

function entry(text: string, name: string): string[] | undefined {
  return text
    .split('\n')
    .map((l) => l.split(':'))
    .find((f) => f[0] === name);
}

describe('base accounts', () => {
  it('Debian: www-data 33, nobody 65534, _apt 42 in nogroup; groups from group.master', () => {
    const a = imageAccounts('debian', 'debian', 'debian:12')!;
    expect(entry(a.passwd, 'www-data')?.slice(2, 4)).toEqual(['33', '33']);
    expect(entry(a.passwd, 'nobody')?.slice(2, 4)).toEqual(['65534', '65534']);
    expect(entry(a.passwd, '_apt')?.slice(2, 4)).toEqual(['42', '65534']);
    expect(entry(a.group, 'nogroup')?.[2]).toBe('65534');
    expect(entry(a.group, 'staff')?.[2]).toBe('50');
    expect(a.passwd.trim().split('\n')).toHaveLength(18);
    expect(a.group.trim().split('\n')).toHaveLength(38);
    expect(a.because).toContain('base-passwd 3.6.1 (bookworm) and 3.6.7 (trixie)');
  });

  it('Alpine: nobody 65534, group www-data 82 without a www-data user, no console group', () => {
    const a = imageAccounts('alpine', 'alpine', 'alpine:3.22')!;
    expect(entry(a.passwd, 'nobody')?.slice(2, 4)).toEqual(['65534', '65534']);
    expect(entry(a.passwd, 'guest')?.slice(2, 4)).toEqual(['405', '100']);
    expect(entry(a.passwd, 'www-data')).toBeUndefined();
    expect(entry(a.group, 'www-data')?.[2]).toBe('82');
    expect(entry(a.group, 'nogroup')?.[2]).toBe('65533');
    expect(entry(a.group, 'console')).toBeUndefined();
    expect(a.passwd.trim().split('\n')).toHaveLength(17);
    expect(a.group.trim().split('\n')).toHaveLength(35);
  });

  it('Ubuntu: the ubuntu user (1000) from 23.04 on, not in 22.04', () => {
    const noble = imageAccounts('ubuntu', 'ubuntu', 'ubuntu:24.04')!;
    expect(entry(noble.passwd, 'ubuntu')?.slice(2, 4)).toEqual(['1000', '1000']);
    expect(noble.because).toContain('2005129');
    const jammy = imageAccounts('ubuntu', 'ubuntu', 'ubuntu:22.04')!;
    expect(entry(jammy.passwd, 'ubuntu')).toBeUndefined();
    expect(entry(jammy.passwd, 'www-data')?.[2]).toBe('33');
  });
});
