import { describe, expect, it } from 'vitest';
import { simulateDockerfile } from '../../analyze';
import { runImage } from './index';
import { type CommandCheck, followEntrypoint } from './entrypoint-script';

const entry = { path: 'entry.sh', sizeBytes: 30, content: '#!/bin/sh\necho mine\nexec "$@"\n', mode: 0o755 };
const image = (text: string) => simulateDockerfile(text, { context: { files: [entry] } }).image!;

describe('official entrypoint scripts exec the command they are given', () => {
  it('node: a command runs as itself; anything else gets node in front', () => {
    const node = image('FROM node:24\n');
    const ls = runImage(node, { args: ['ls', '/'] });
    expect(ls.argv).toEqual(['ls', '/']);
    expect(ls.explanation).toMatch(/docker-entrypoint\.sh \(nodejs\/docker-node\) runs `ls \/`/);
    const app = runImage(node, { args: ['app.js'] });
    expect(app.argv).toEqual(['node', 'app.js']);
    expect(app.stderr).toMatch(/Cannot find module '\/app\.js'/);
    expect(app.exitCode).toBe(1);
    const flag = runImage(node, { args: ['--version'] });
    expect(flag.argv?.[0]).toBe('node');
  });

  it('a user image FROM node with CMD ["node", "server.js"] is checked as node server.js', () => {
    const built = image('FROM node:24-alpine\nWORKDIR /app\nCMD ["node", "server.js"]\n');
    const r = runImage(built);
    expect(r.status).toBe('started');
    expect(r.stderr).toMatch(/Cannot find module '\/app\/server\.js'/);
  });

  it('postgres and redis put their server in front of an option; nginx never does', () => {
    const rule = (program: string, argv: string[], isCommand: CommandCheck = () => 'yes') =>
      followEntrypoint(`docker-entrypoint:${program}`, argv, isCommand);
    expect(rule('postgres', ['docker-entrypoint.sh', '-c', 'fsync=off'])).toMatchObject({
      argv: ['postgres', '-c', 'fsync=off'],
      prepended: true,
    });
    expect(rule('postgres', ['docker-entrypoint.sh', 'bash'])).toMatchObject({ argv: ['bash'] });
    expect(rule('redis', ['docker-entrypoint.sh', '/etc/redis.conf'])).toMatchObject({
      argv: ['redis-server', '/etc/redis.conf'],
    });
    expect(rule('nginx', ['/docker-entrypoint.sh', '-g'])).toMatchObject({ argv: ['-g'], prepended: false });
    expect(rule('node', ['docker-entrypoint.sh', 'tool'], () => 'unknown' as const)).toHaveProperty(
      'unknown',
    );
    expect(followEntrypoint(undefined, ['x'], () => 'yes')).toBeNull();
  });

  it('node: a file on PATH is a command only when it is executable, as command -v has it', () => {
    const added = (chmod: string) =>
      image(`FROM node:24\nCOPY --chmod=${chmod} entry.sh /usr/local/bin/tool\n`);
    expect(runImage(added('755'), { args: ['tool'] }).argv).toEqual(['tool']);
    expect(runImage(added('644'), { args: ['tool'] }).argv).toEqual(['node', 'tool']);
  });

  it('a Dockerfile ENTRYPOINT of its own is not followed as the official script', () => {
    const own = image('FROM node:24\nCOPY entry.sh /usr/local/bin/docker-entrypoint.sh\n');
    expect(own.files.some((f) => f.path === '/usr/local/bin/docker-entrypoint.sh' && !f.program)).toBe(true);
    const r = runImage(own, { args: ['ls'] });
    expect(r.argv?.[0]).toBe('docker-entrypoint.sh');
    expect(r.explanation).not.toMatch(/nodejs\/docker-node/);
  });
});
