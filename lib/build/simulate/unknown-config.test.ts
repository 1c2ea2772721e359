/**
 * An image the catalog does not know: unknown content, unknown configuration, a size range, and a
 * `docker run` that says "can't tell" rather than "starts".
 */
import { describe, expect, it } from 'vitest';
import { gradeExercise } from '../../course/grade';
import { probeImage } from '../run/lookup';
import { runImage } from '../run/index';
import { simulateDockerfile } from '../../analyze';

const ctx = { files: [{ path: 'app.jar', sizeBytes: 20_000_000 }] };

describe('an unknown base image', () => {
  const text = 'FROM example.com/team/java-runtime:17\nCOPY app.jar /app/app.jar\n';

  it('is not "root, /bin/sh, no CMD": those facts cannot be told', () => {
    const image = simulateDockerfile(text, { context: ctx }).image!;
    expect(image.facts.shell).toBeNull();
    expect(image.facts.unknown?.shell).toBeTruthy();
    expect(image.facts.unknown?.user).toMatch(/java-runtime/);
    expect(image.config.unknown?.entrypoint).toMatch(/does not know/);
  });

  it('has a size range, not a point, and says why', () => {
    const image = simulateDockerfile(text, { context: ctx }).image!;
    expect(image.sizeRange).toBeDefined();
    expect(image.sizeRange!.low).toBeGreaterThan(20_000_000);
    expect(image.sizeRange!.high === null || image.sizeRange!.high > image.sizeRange!.low).toBe(true);
    expect(image.sizeRange!.because).toMatch(/not in the catalog/);
  });

  it("docker run: can't tell, naming the entrypoint", () => {
    const run = runImage(simulateDockerfile(text, { context: ctx }).image!);
    expect(run.status).toBe('unknown');
    expect(run.because).toMatch(/ENTRYPOINT comes from example.com\/team\/java-runtime:17/);
  });

  it('USER $VAR that only the unknown base can set is an unknown user, not an empty one', () => {
    // The dotnet-docker samples: `USER $APP_UID`, where the .NET images set ENV APP_UID=1654.
    const image = simulateDockerfile(`${text}USER $APP_UID\n`, { context: ctx }).image!;
    expect(image.config.unknown?.user).toMatch(/\$APP_UID/);
    expect(image.facts.unknown?.user).toMatch(/java-runtime/);
    // Set in the Dockerfile, it is known.
    const own = simulateDockerfile(`${text}ENV APP_UID=1654\nUSER $APP_UID\n`, { context: ctx }).image!;
    expect(own.config.user).toBe('1654');
    expect(own.config.unknown?.user).toBeUndefined();
    // On a catalogued base an unset variable stays what Docker makes of it (empty).
    const known = simulateDockerfile('FROM alpine:3.21\nUSER $NOPE\n', { context: ctx }).image!;
    expect(known.config.unknown?.user).toBeUndefined();
  });

  it('WORKDIR $HOME and COPY . $APP_HOME on an unknown base are unknown places, not "/"', () => {
    const files = { files: [...ctx.files, { path: 'app.py', sizeBytes: 5_000, content: 'print(1)\n' }] };
    const home = simulateDockerfile(`${text}WORKDIR $HOME\nCOPY app.py .\n`, { context: files }).image!;
    expect(home.config.unknown?.workdir).toMatch(/\$HOME, which this Dockerfile does not set/);
    expect(probeImage(home, '/app.py').presence).toBe('unknown');
    // The bytes are still counted, in the COPY's own layer.
    expect(home.layers[home.layers.length - 1].sizeBytes).toBe(5_000);
    const appHome = simulateDockerfile(`${text}COPY . $APP_HOME\n`, { context: files }).image!;
    expect(probeImage(appHome, '/app.py').presence).toBe('unknown');
    expect(appHome.layers[appHome.layers.length - 1].explanation).toMatch(/\$APP_HOME/);
    // Set in the Dockerfile, or on a catalogued base (where Docker makes it empty), it is known.
    const own = simulateDockerfile(`${text}ENV APP_HOME=/srv\nWORKDIR $APP_HOME\nCOPY app.py .\n`, {
      context: files,
    }).image!;
    expect(probeImage(own, '/srv/app.py').presence).toBe('present');
    const known = simulateDockerfile('FROM alpine:3.21\nCOPY app.py $NOPE/\n', { context: files }).image!;
    expect(probeImage(known, '/app.py').presence).toBe('present');
  });

  it('an ENTRYPOINT and USER set in the Dockerfile are known again', () => {
    const image = simulateDockerfile(`${text}USER 65532\nENTRYPOINT ["/app/app.jar"]\n`, {
      context: ctx,
    }).image!;
    expect(image.config.unknown?.entrypoint).toBeUndefined();
    expect(image.config.unknown?.cmd).toBeUndefined();
    expect(image.config.unknown?.workdir).toMatch(/does not know/);
    expect(image.facts.unknown?.user).toBeUndefined();
    // The file is there (copied in); it runs as a jar, so the model reaches a verdict on it.
    expect(runImage(image).status).not.toBe('unknown');
  });

  it('an unmodelled download gives "≥" sizes (no upper bound), never 0 B', () => {
    const image = simulateDockerfile(
      'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl\nRUN curl -fsSLo /opt/tool.tgz https://example.com/tool.tgz\n',
      { context: ctx },
    ).image!;
    expect(image.sizeRange?.high).toBeNull();
    expect(image.sizeRange?.because).toMatch(/\/opt\/tool.tgz/);
  });

  it('exercise goals it cannot check are graded unknown, with what to change', () => {
    const results = gradeExercise(
      {
        goals: [
          { kind: 'noShell' },
          { kind: 'nonRoot' },
          { kind: 'starts' },
          { kind: 'maxSize', bytes: 100_000_000 },
        ],
      },
      text,
      ctx,
    );
    expect(results.map((r) => r.verdict)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    expect(results.every((r) => !r.passed)).toBe(true);
    expect(results[0].message).toMatch(
      /^Can't tell whether the final image has a shell: .*FROM an image the simulator knows/,
    );
    expect(results[1].message).toMatch(/USER 65532/);
  });
});
