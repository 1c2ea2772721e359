/**
 * Instruction words in the simulation are expanded under the Dockerfile's escape character, as
 * Docker does: `# escape=`` makes the backtick the escape and a backslash an ordinary character.
 */
import { describe, expect, it } from 'vitest';
import type { BuildContext, SimulatedImage } from '../types';
import { simulateDockerfile } from '../../analyze';

const context: BuildContext = { files: [{ path: 'a.txt', sizeBytes: 5, content: 'hello' }] };

function built(text: string): SimulatedImage {
  const image = simulateDockerfile(text, { context }).stages[0];
  if (!image) throw new Error('the stage was not built');
  return image;
}

const BACKTICK = '# escape=`\n';

describe('expansion under the escape directive', () => {
  it('ENV: the escape character keeps a literal $, and only that character does', () => {
    const body = 'FROM scratch\nENV B=x\nENV TICK=`$B SLASH=\\$B\n';
    expect(built(BACKTICK + body).config.env).toMatchObject({ TICK: '$B', SLASH: '\\x' });
    expect(built(body).config.env).toMatchObject({ TICK: '`x', SLASH: '$B' });
  });

  it('keeps Windows-style backslash paths literally under escape=`', () => {
    const body = 'FROM scratch\nENV DIR=C:\\app\\bin\nLABEL "home"=C:\\Users\\svc\nUSER DOMAIN\\svc\n';
    const windows = built(BACKTICK + body).config;
    expect(windows.env.DIR).toBe('C:\\app\\bin');
    expect(windows.labels.home).toBe('C:\\Users\\svc');
    expect(windows.user).toBe('DOMAIN\\svc');
    // With the default escape the backslashes escape the next letter and disappear.
    const unix = built(body).config;
    expect(unix.env.DIR).toBe('C:appbin');
    expect(unix.labels.home).toBe('C:Userssvc');
    expect(unix.user).toBe('DOMAINsvc');
  });

  it('WORKDIR keeps its backslashes under escape=`', () => {
    expect(built(`${BACKTICK}FROM scratch\nWORKDIR C:\\app\n`).config.workdir).toBe('/C:\\app');
    expect(built('FROM scratch\nWORKDIR C:\\app\n').config.workdir).toBe('/C:app');
  });

  it('COPY destinations: the backtick escapes $ only under escape=`', () => {
    const paths = (text: string) => built(text).files.map((f) => f.path);
    const body = 'FROM scratch\nENV B=x\nCOPY a.txt /out/`$B.txt\nCOPY a.txt /out/\\$B-2.txt\n';
    expect(paths(BACKTICK + body)).toEqual(expect.arrayContaining(['/out/$B.txt', '/out/\\x-2.txt']));
    expect(paths(body)).toEqual(expect.arrayContaining(['/out/`x.txt', '/out/$B-2.txt']));
  });

  it('EXPOSE follows the same rule, and an ARG default agrees with the plan', () => {
    const body = 'FROM scratch\nARG P=C:\\tools\nENV Q=$P\nEXPOSE `$PORT\n';
    const image = built(BACKTICK + body);
    expect(image.config.env.Q).toBe('C:\\tools');
    expect(image.config.exposedPorts).toContain('$PORT/tcp');
  });
});

describe('one configuration record per stage', () => {
  it('records VOLUME and STOPSIGNAL, expanded, and a FROM <stage> inherits them', () => {
    const text =
      'FROM scratch AS base\nARG SIG=SIGQUIT\nENV DATA=/data\nVOLUME ["$DATA", "/logs"]\nVOLUME /logs\nSTOPSIGNAL $SIG\nFROM base\nVOLUME /cache\n';
    const result = simulateDockerfile(text, { context });
    expect(result.stages[0]?.config).toMatchObject({ volumes: ['/data', '/logs'], stopSignal: 'SIGQUIT' });
    expect(result.image?.config).toMatchObject({
      volumes: ['/data', '/logs', '/cache'],
      stopSignal: 'SIGQUIT',
    });
  });

  it('what ENV, WORKDIR and USER set is what later RUNs see and what the image keeps', () => {
    const text =
      'FROM ubuntu:22.04 AS base\nENV APP=/srv/app\nWORKDIR $APP\nRUN touch made-here\nUSER nobody\nFROM base\nENV APP=/other\n';
    const result = simulateDockerfile(text, { context });
    const first = result.stages[0];
    expect(first?.config).toMatchObject({ workdir: '/srv/app', user: 'nobody' });
    expect(first?.config.env.APP).toBe('/srv/app');
    expect(first?.files.some((f) => f.path === '/srv/app/made-here')).toBe(true);
    // nobody (uid 65534 in Ubuntu's base accounts) may not write in the root-owned WORKDIR.
    const denied = simulateDockerfile(
      'FROM ubuntu:22.04\nWORKDIR /srv/app\nUSER nobody\nRUN touch made-here\n',
      {
        context,
      },
    );
    expect(
      denied.diagnostics.some((d) => d.severity === 'error' && /Permission denied/.test(d.message)),
    ).toBe(true);
    // The second stage changes its own copy: the first stage's image is unchanged.
    expect(result.image?.config.env.APP).toBe('/other');
    expect(first?.config.env.APP).toBe('/srv/app');
  });
});
