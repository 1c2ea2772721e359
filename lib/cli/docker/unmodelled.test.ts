/**
 * Docker's real commands that the simulator does not model: a note, never Docker's
 * "unknown command" (which only a word Docker does not know gets).
 */
import { describe, expect, it } from 'vitest';
import { loadExample } from '../../course/examples';
import { createDockerSession } from './index';
import { runLine } from '../../testing/docker-lines';

const calc = loadExample('go-calculator');

function sh(line: string) {
  return runLine(createDockerSession({ context: calc.context, now: () => 1_000_000 }), line);
}

describe('real Docker commands the simulator does not model', () => {
  it('a top-level command gets a note saying what Docker would show, no stderr, exit 0', () => {
    expect(sh('docker stats')).toEqual({
      exitCode: 0,
      unknown: true,
      stdout: '',
      stderr: '',
      notes: [
        "docker stats is a Docker command the simulator does not model: Docker would show a live table of each running container's CPU, memory, network and disk use, until you press Ctrl+C.",
      ],
    });
    expect(sh('docker login -u me').notes).toEqual([
      'docker login is a Docker command the simulator does not model: Docker would show a prompt for your registry credentials, then "Login Succeeded".',
    ]);
  });

  it('subcommands of groups the simulator does not model', () => {
    expect(sh('docker volume ls').notes).toEqual([
      'docker volume ls is a Docker command the simulator does not model: Docker would show the list of volumes (DRIVER, VOLUME NAME).',
    ]);
    expect(sh('docker network ls').stderr).toBe('');
    expect(sh('docker network inspect bridge').notes).toEqual([
      "docker network inspect is a Docker command the simulator does not model: Docker would show the object's JSON.",
    ]);
    expect(sh('docker image save calc').notes).toEqual([
      'docker image save is a Docker command the simulator does not model: Docker would show the images as a tar archive (to a file with -o).',
    ]);
    expect(sh('docker container stats').exitCode).toBe(0);
  });

  it('a group typed alone describes its subcommands; an unknown subcommand keeps Docker’s text', () => {
    expect(sh('docker volume').notes[0]).toBe(
      'docker volume is a Docker command the simulator does not model: Docker would show its help, listing its subcommands for volumes: create, inspect, ls, list, prune, rm, remove, update.',
    );
    expect(sh('docker volume --help').exitCode).toBe(0);
    expect(sh('docker volume lss')).toMatchObject({
      stderr:
        "docker: unknown command: docker volume lss\n\nUsage:  docker volume\n\nRun 'docker volume --help' for more information\n",
      exitCode: 1,
    });
  });

  it('a CLI plugin’s subcommand is not checked, and says so', () => {
    expect(sh('docker compose up -d').notes).toEqual([
      'docker compose up is a Docker command the simulator does not model: Docker would show what Docker Compose (multi-container applications from compose.yaml) prints for it.',
    ]);
    expect(sh('docker compose frobnicate').notes[1]).toBe(
      'Whether compose has a subcommand named frobnicate is not checked here.',
    );
    // Plugins that take no subcommand: their operands are not taken for one.
    expect(sh('docker init').notes).toEqual([
      'docker init is a Docker command the simulator does not model: Docker would show questions about your project, then a Dockerfile, compose.yaml and .dockerignore written for it (a Docker Desktop plugin).',
    ]);
    expect(sh('docker sbom calc').notes[0]).toMatch(/^docker sbom is a Docker command/);
    expect(sh('docker compose').notes[0]).toMatch(/^docker compose is a Docker command the simulator/);
    // buildx is partly modelled: `buildx build` runs, `buildx ls` is a note, `buildx` alone its help.
    expect(sh('docker buildx ls').exitCode).toBe(0);
    expect(sh('docker buildx').stdout).toMatch(/^Usage: {2}docker buildx COMMAND/);
    expect(sh('docker image --help').stdout).toMatch(/^Usage: {2}docker image COMMAND/);
  });

  it('words that are no Docker command, even ones JavaScript objects know, stay unknown', () => {
    for (const word of ['xyz', 'toString', 'constructor', '__proto__', 'pauses'])
      expect(sh(`docker ${word}`)).toMatchObject({
        stderr: `docker: unknown command: docker ${word}\n\nRun 'docker --help' for more information\n`,
        exitCode: 1,
      });
    expect(sh('docker volume toString').exitCode).toBe(1);
  });
});
