import { describe, expect, it } from 'vitest';
import { simulateDockerfile } from '../../analyze';
import { runImage } from './index';
import { GREETING, PROMPT } from './programs/go-calculator';
import { CALC_BINARY, testImage } from './test-image';

const scratchCalc = testImage([CALC_BINARY], { entrypoint: ['/app'] });

describe('docker run: the Go calculator', () => {
  it('answers 2 * 100 then exits', () => {
    const out = runImage(scratchCalc, { stdin: '2 * 100\nexit\n' });
    expect(out.status).toBe('started');
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toBe(`${GREETING}\n${PROMPT}Result: 200\n${PROMPT}`);
    expect(out.outputSimulated).toBe(true);
    expect(out.argv).toEqual(['/app']);
  });
  it('uses integer division and reports bad input and operators', () => {
    const out = runImage(scratchCalc, {
      stdin: '5 / 2\n-7 / 2\n2 + x\n2 % 3\n1  + 2\n9223372036854775807 + 1\nexit',
    });
    const answers = out.stdout
      .split(PROMPT)
      .slice(1)
      .map((s) => s.trim());
    expect(answers).toEqual([
      'Result: 2',
      'Result: -3',
      'Invalid input. Try again.',
      'Invalid operator. Try again.',
      'Invalid input. Try again.',
      'Result: -9223372036854775808',
      '',
    ]);
    expect(out.exitCode).toBe(0);
  });
  it('panics on division by zero with exit status 2', () => {
    const out = runImage(scratchCalc, { stdin: '7 / 0\n' });
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toMatch(
      /^panic: runtime error: integer divide by zero\n\ngoroutine 1 \[running\]:\nmain\.main\(\)\n\t\/calculator\.go/,
    );
  });
  it('loops on closed standard input: capped and marked truncated', () => {
    const out = runImage(scratchCalc, {});
    expect(out.truncated).toBe(true);
    expect(out.stdout.match(/Invalid input\. Try again\./g)?.length).toBe(3);
    expect(out.explanation).toMatch(/-it/);
  });
  it('processes a last line without a newline', () => {
    expect(runImage(scratchCalc, { stdin: '2 * 100' }).stdout).toContain('Result: 200');
  });
});

describe('docker run: start failures with Docker’s texts', () => {
  it('shell-form ENTRYPOINT on scratch fails on /bin/sh (exit 127)', () => {
    const img = testImage([CALC_BINARY], { entrypoint: ['/app'], entrypointShellForm: true });
    const out = runImage(img);
    expect(out.status).toBe('failed');
    expect(out.exitCode).toBe(127);
    expect(out.stderr.trim()).toBe(
      'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "/bin/sh": stat /bin/sh: no such file or directory: unknown',
    );
    expect(out.argv).toEqual(['/bin/sh', '-c', '/app']);
  });
  it('a bare name not on PATH', () => {
    const out = runImage(scratchCalc, { entrypoint: ['ls'] });
    expect(out.stderr).toContain('exec: "ls": executable file not found in $PATH: unknown');
    expect(out.exitCode).toBe(127);
  });
  it('a dynamic binary without its loader', () => {
    const img = testImage(
      [{ ...CALC_BINARY, linkage: 'dynamic', interpreter: '/lib64/ld-linux-x86-64.so.2' }],
      { entrypoint: ['/app'] },
    );
    const out = runImage(img);
    expect(out.stderr.trim()).toBe('exec /app: no such file or directory');
    expect(out.status).toBe('failed');
  });
  it('a user missing from /etc/passwd', () => {
    const img = testImage(
      [CALC_BINARY],
      { entrypoint: ['/app'], user: 'app' },
      { users: ['root', 'nonroot'] },
    );
    const out = runImage(img);
    expect(out.stderr.trim()).toBe(
      'docker: Error response from daemon: unable to find user app: no matching entries in passwd file',
    );
    expect(out.exitCode).toBe(125);
  });
  it('arguments replace CMD, --entrypoint clears it', () => {
    const img = testImage(
      [CALC_BINARY, { path: '/bin/echo', kind: 'elf', sizeBytes: 1, linkage: 'static' }],
      { entrypoint: ['/app'], cmd: ['--help'] },
    );
    expect(runImage(img, { args: ['x'] }).argv).toEqual(['/app', 'x']);
    expect(runImage(img, { entrypoint: ['/bin/echo'] }).argv).toEqual(['/bin/echo']);
    expect(runImage(img, { entrypoint: ['/bin/echo'] }).outputSimulated).toBe(false);
  });
  it('no command at all', () => {
    expect(runImage(testImage([])).stderr).toContain('no command specified');
  });
});

describe('docker run: interpreters', () => {
  const py = {
    path: '/usr/bin/python3.11',
    kind: 'elf' as const,
    sizeBytes: 1,
    linkage: 'dynamic' as const,
    interpreter: '/lib64/ld-linux-x86-64.so.2',
  };
  const loader = { path: '/lib64/ld-linux-x86-64.so.2', kind: 'regular' as const, sizeBytes: 1 };
  const app = { path: '/app/app.py', kind: 'regular' as const, sizeBytes: 900 };
  const source =
    'import os\n\nfrom flask import Flask, jsonify, request\n\napp = Flask(__name__)\n# a small calculator service\n';
  const base = { entrypoint: ['/usr/bin/python3.11'], cmd: ['app.py'], workdir: '/app' };
  const runtimes = [{ name: 'python', version: '3.11.2', path: '/usr/bin/python3.11' }];
  const facts = {
    shell: null,
    packageManager: 'none' as const,
    runsAsRoot: true,
    user: 'root',
    runtimes,
    libc: { kind: 'glibc' as const, version: null },
    buildTools: [],
  };
  it('fails with ModuleNotFoundError when dependencies were not copied', () => {
    const img = testImage([py, loader, app], base, { textFiles: { '/app/app.py': source }, facts });
    const out = runImage(img);
    expect(out.exitCode).toBe(1);
    expect(out.stderr).toContain("ModuleNotFoundError: No module named 'flask'");
    expect(out.stderr).toContain('line 3');
  });
  it('runs when the packages are on PYTHONPATH', () => {
    const deps = { path: '/app/deps/flask/**', kind: 'bulk' as const, sizeBytes: 5_000_000 };
    const img = testImage(
      [py, loader, app, deps],
      { ...base, env: { PATH: '/usr/bin', PYTHONPATH: '/app/deps' } },
      { textFiles: { '/app/app.py': source }, facts },
    );
    const out = runImage(img);
    expect(out.status).toBe('started');
    expect(out.stdout).toBe(
      "Calculator service listening on port 8000\n * Serving Flask app 'app'\n * Debug mode: off\n",
    );
    expect(out.stderr).toContain('WARNING: This is a development server.');
    expect(out.truncated).toBe(true);
  });
  it('java -jar needs the jar', () => {
    const java = {
      path: '/usr/bin/java',
      kind: 'elf' as const,
      sizeBytes: 1,
      linkage: 'dynamic' as const,
      interpreter: '/lib64/ld-linux-x86-64.so.2',
    };
    const img = testImage([java, loader], { entrypoint: ['/usr/bin/java', '-jar'], cmd: ['/app/app.jar'] });
    expect(runImage(img).stderr).toBe('Error: Unable to access jarfile /app/app.jar\n');
    const withJar = testImage(
      [java, loader, { path: '/app/app.jar', kind: 'jar', sizeBytes: 1, program: 'spring-boot-app' }],
      { entrypoint: ['/usr/bin/java', '-jar'], cmd: ['/app/app.jar'] },
    );
    expect(runImage(withJar).stdout).toContain('Tomcat started on port 8080');
  });
});

describe('docker run: dotnet app.dll', () => {
  const dockerfile = (copy: string) =>
    [
      'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build',
      'WORKDIR /src',
      'COPY . .',
      'RUN ./build.sh',
      'FROM mcr.microsoft.com/dotnet/aspnet:8.0',
      'WORKDIR /app',
      copy,
      'ENTRYPOINT ["dotnet", "app.dll"]',
      '',
    ].join('\n');
  const context = {
    files: [
      { path: 'build.sh', sizeBytes: 40, content: '#!/bin/sh\nmake publish\n' },
      { path: 'app.dll', sizeBytes: 4000 },
      { path: 'notes.txt', sizeBytes: 10 },
    ],
  };
  const run = (copy: string) => {
    const r = simulateDockerfile(dockerfile(copy), { context });
    expect(r.image).not.toBeNull();
    return runImage(r.image!, {});
  };

  it("can't tell when app.dll comes from a path the model cannot follow", () => {
    const out = run('COPY --from=build /src/out .');
    expect(out.status).toBe('unknown');
    expect(out.explanation).toMatch(/app\.dll/);
  });

  it("can't tell (and says it is missing) when app.dll is not in the image", () => {
    const out = run('COPY notes.txt .');
    expect(out.status).toBe('unknown');
    expect(out.because).toMatch(/\/app\/app\.dll is not in the image/);
  });

  it('starts when app.dll is copied in', () => {
    expect(run('COPY app.dll .').status).toBe('started');
  });
});
