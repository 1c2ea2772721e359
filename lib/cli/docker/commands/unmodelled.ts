/**
 * Docker's real commands that the command table does not model. The docker CLI 29 registers them
 * (docker/cli cli/command/commands/commands.go `AddCommands`, and each group's `New…Command`), and
 * Docker Desktop adds CLI plugins (buildx, compose, scout, debug, init, …). Such a command is not
 * "unknown": the simulator says it does not model it and what Docker would show, instead of
 * printing an error Docker would not print.
 */
import type { CommandResult } from '../types';

/** Top-level commands of `docker --help` (shorthands and the legacy commands kept beside groups). */
const TOP_LEVEL: Record<string, string> = {
  attach: "the attached container's output, and its input from your keyboard",
  build: 'the build of an image',
  commit: "the id of a new image made from the container's current filesystem",
  cp: 'the copy of files between a container and your machine',
  create: 'the id of a new container, created but not started',
  diff: "the files changed in the container's writable layer",
  events: "the daemon's events as they happen, until you press Ctrl+C",
  exec: 'what the command prints in the running container',
  export: "the container's filesystem as a tar archive",
  history: "the image's layers",
  images: 'the list of images',
  import: 'the id of a new image made from a tar archive',
  init: 'questions about your project, then a Dockerfile, compose.yaml and .dockerignore written for it (a Docker Desktop plugin)',
  info: "the daemon's configuration: containers, images, storage driver, kernel, CPUs and memory",
  inspect: "the object's JSON",
  kill: 'the names of the containers killed',
  load: 'the names of the images loaded from a tar archive',
  login: 'a prompt for your registry credentials, then "Login Succeeded"',
  logout: 'that the credentials for the registry were removed',
  logs: "the container's output",
  pause: "the container's name, after freezing all its processes (docker ps then shows Up … (Paused))",
  port: "the container's published ports, as 80/tcp -> 0.0.0.0:8080",
  ps: 'the list of containers',
  pull: 'the download of an image from a registry',
  push: 'the upload of an image to a registry, layer by layer',
  rename: 'nothing, after renaming the container',
  restart: 'the names of the containers restarted',
  rm: 'the names of the containers removed',
  rmi: 'the images untagged and deleted',
  run: 'what the container prints',
  save: 'the images as a tar archive (to a file with -o)',
  sbom: 'the image’s software bill of materials (an older plugin; docker scout sbom replaces it)',
  search: 'the images on Docker Hub matching a term, with their stars',
  start: 'the names of the containers started',
  stats: "a live table of each running container's CPU, memory, network and disk use, until you press Ctrl+C",
  stop: 'the names of the containers stopped',
  top: "the container's processes",
  unpause: "the container's name, after resuming its processes",
  update: 'the names of the containers whose resource limits changed',
  version: 'the versions of the docker client and of the engine',
  wait: "the container's exit code, once it stops",
};

/** What a subcommand of a group would show, where the group's own line does not say enough. */
const SUBCOMMAND: Record<string, string> = {
  'system info': TOP_LEVEL.info,
  'system events': TOP_LEVEL.events,
  'system prune':
    'a confirmation prompt, then the space reclaimed by removing stopped containers, unused networks, dangling images and build cache',
  'volume ls': 'the list of volumes (DRIVER, VOLUME NAME)',
  'volume create': "the new volume's name",
  'network ls': 'the list of networks (NETWORK ID, NAME, DRIVER, SCOPE): bridge, host and none at least',
  'network create': "the new network's id",
  'image tag': TOP_LEVEL.tag,
  'image save': TOP_LEVEL.save,
  'image load': TOP_LEVEL.load,
  'image push': TOP_LEVEL.push,
  'image import': TOP_LEVEL.import,
  'context ls': 'the list of contexts, the current one marked with *',
  'builder prune': 'the build cache entries removed and the space reclaimed',
};

/** Docker's own management commands and their subcommands (docker/cli cli/command/<group>/cmd.go). */
const GROUPS: Record<string, { what: string; subs: string[] }> = {
  builder: { what: 'the build cache and builds', subs: ['build', 'prune', 'du', 'ls'] },
  checkpoint: {
    what: 'container checkpoints (experimental)',
    subs: ['create', 'ls', 'list', 'rm', 'remove'],
  },
  config: { what: 'Swarm configs', subs: ['create', 'inspect', 'ls', 'list', 'rm', 'remove'] },
  container: {
    what: 'containers',
    subs: [
      'attach',
      'commit',
      'cp',
      'create',
      'diff',
      'exec',
      'export',
      'inspect',
      'kill',
      'logs',
      'ls',
      'list',
      'ps',
      'pause',
      'port',
      'prune',
      'rename',
      'restart',
      'rm',
      'remove',
      'run',
      'start',
      'stats',
      'stop',
      'top',
      'unpause',
      'update',
      'wait',
    ],
  },
  context: {
    what: 'contexts (which Docker engine the CLI talks to)',
    subs: ['create', 'export', 'import', 'inspect', 'ls', 'list', 'rm', 'remove', 'show', 'update', 'use'],
  },
  image: {
    what: 'images',
    subs: [
      'build',
      'history',
      'import',
      'inspect',
      'load',
      'ls',
      'list',
      'prune',
      'pull',
      'push',
      'rm',
      'remove',
      'save',
    ],
  },
  manifest: {
    what: 'image manifests and manifest lists',
    subs: ['annotate', 'create', 'inspect', 'push', 'rm'],
  },
  network: {
    what: 'networks',
    subs: ['connect', 'create', 'disconnect', 'inspect', 'ls', 'list', 'prune', 'rm', 'remove'],
  },
  node: {
    what: 'Swarm nodes',
    subs: ['demote', 'inspect', 'ls', 'list', 'promote', 'ps', 'rm', 'remove', 'update'],
  },
  plugin: {
    what: 'engine plugins',
    subs: [
      'create',
      'disable',
      'enable',
      'inspect',
      'install',
      'ls',
      'list',
      'push',
      'rm',
      'remove',
      'set',
      'upgrade',
    ],
  },
  secret: { what: 'Swarm secrets', subs: ['create', 'inspect', 'ls', 'list', 'rm', 'remove'] },
  service: {
    what: 'Swarm services',
    subs: ['create', 'inspect', 'logs', 'ls', 'list', 'ps', 'rm', 'remove', 'rollback', 'scale', 'update'],
  },
  stack: {
    what: 'Swarm stacks',
    subs: ['config', 'deploy', 'up', 'ls', 'list', 'ps', 'rm', 'remove', 'down', 'services'],
  },
  swarm: {
    what: 'the Swarm',
    subs: ['ca', 'init', 'join', 'join-token', 'leave', 'unlock', 'unlock-key', 'update'],
  },
  system: { what: 'Docker', subs: ['df', 'events', 'info', 'prune'] },
  trust: { what: 'trust on images', subs: ['inspect', 'key', 'revoke', 'sign', 'signer'] },
  volume: {
    what: 'volumes',
    subs: ['create', 'inspect', 'ls', 'list', 'prune', 'rm', 'remove', 'update'],
  },
};

/**
 * CLI plugins Docker Desktop installs, with the subcommands their references list
 * (docs.docker.com/reference/cli/docker/): a plugin's version may have others, so a word not listed
 * is not called unknown.
 */
const PLUGINS: Record<string, { what: string; subs: string[] }> = {
  buildx: {
    what: 'Docker Buildx (builders, bake, imagetools)',
    subs: [
      'bake',
      'build',
      'create',
      'debug',
      'du',
      'history',
      'imagetools',
      'inspect',
      'ls',
      'prune',
      'rm',
      'stop',
      'use',
      'version',
    ],
  },
  compose: {
    what: 'Docker Compose (multi-container applications from compose.yaml)',
    subs: [
      'attach',
      'build',
      'commit',
      'config',
      'cp',
      'create',
      'down',
      'events',
      'exec',
      'export',
      'images',
      'kill',
      'logs',
      'ls',
      'pause',
      'port',
      'ps',
      'publish',
      'pull',
      'push',
      'restart',
      'rm',
      'run',
      'scale',
      'start',
      'stats',
      'stop',
      'top',
      'unpause',
      'up',
      'version',
      'volumes',
      'wait',
      'watch',
    ],
  },
  model: { what: 'Docker Model Runner (AI models)', subs: [] },
  scout: {
    what: 'Docker Scout (image analysis: CVEs, recommendations, SBOMs)',
    subs: [
      'attestation',
      'cache',
      'compare',
      'config',
      'cves',
      'enroll',
      'environment',
      'integration',
      'policy',
      'push',
      'quickview',
      'recommendations',
      'repo',
      'sbom',
      'version',
      'watch',
    ],
  },
};

/** True when `record` has `key` of its own (not `toString` from the prototype). */
function has(record: object, key: string | undefined): key is string {
  return key !== undefined && Object.prototype.hasOwnProperty.call(record, key);
}

/** True when `word` is one of Docker's management commands or a Docker Desktop CLI plugin. */
export function isGroup(word: string): boolean {
  return has(GROUPS, word) || has(PLUGINS, word);
}

function notModelled(command: string, what: string): CommandResult {
  return {
    stdout: '',
    stderr: '',
    exitCode: 0,
    notes: [`docker ${command} is a Docker command the simulator does not model: Docker would show ${what}.`],
    clear: false,
    unknown: true,
  };
}

/**
 * The simulator's answer to a real Docker command that the table lacks, or null when `words` do not
 * start with one (the root command then says "unknown command", as Docker does). `words[0]` of a
 * group alone is not handled here: a group without a subcommand prints its help.
 */
export function unmodelledCommand(words: string[]): CommandResult | null {
  const [first, second] = words;
  if (has(PLUGINS, first)) {
    if (second === undefined || second.startsWith('-')) return null;
    const plugin = PLUGINS[first];
    const result = notModelled(`${first} ${second}`, `what ${plugin.what} prints for it`);
    if (!plugin.subs.includes(second))
      result.notes.push(`Whether ${first} has a subcommand named ${second} is not checked here.`);
    return result;
  }
  if (has(GROUPS, first)) {
    const group = GROUPS[first];
    if (second === undefined || !group.subs.includes(second)) return null;
    const key = `${first} ${second}`;
    const what = has(SUBCOMMAND, key)
      ? SUBCOMMAND[key]
      : has(TOP_LEVEL, second)
        ? TOP_LEVEL[second]
        : `the result of ${second} on ${group.what}`;
    return notModelled(key, what);
  }
  if (has(TOP_LEVEL, first)) return notModelled(first, TOP_LEVEL[first]);
  return null;
}

/**
 * `docker volume` typed alone (or with a flag): Docker prints the group's help, which the simulator
 * does not keep for a group it does not model; null for a word that is not a group.
 */
export function groupHelpNote(word: string): CommandResult | null {
  if (has(PLUGINS, word)) return notModelled(word, `the help of ${PLUGINS[word].what}`);
  if (!has(GROUPS, word)) return null;
  const group = GROUPS[word];
  return notModelled(word, `its help, listing its subcommands for ${group.what}: ${group.subs.join(', ')}`);
}
