/**
 * What the official images' entrypoint scripts do with their arguments. Each script sets up the
 * image's server when asked to run it and ends with `exec "$@"`, so any other command runs as it is:
 * `docker run -it node:24 bash` gives bash, `docker run postgres ls /` runs ls. Before that, a first
 * argument that looks like an option (or, for node, one that is not a command at all) gets the
 * image's main program put in front of it.
 *
 * Sources: each image's `docker-entrypoint.sh` (nodejs/docker-node, docker-library/postgres,
 * docker-library/mysql, docker-library/mongo, docker-library/redis, nginx/docker-nginx,
 * docker-library/memcached, MariaDB/mariadb-docker).
 */
import type { BaseImage, ManifestEntry } from './types';

/** When the script puts its main program in front of the arguments. */
export type PrependWhen =
  /** `[ "${1:0:1}" = '-' ]`: the first argument is an option. */
  | 'option'
  /** `[ "${1#-}" != "$1" ] || [ "${1%.conf}" != "$1" ]`: an option or a `*.conf` file. */
  | 'option-or-conf'
  /** An option, not a command (`command -v`), or a file that is not executable. */
  | 'option-or-not-command'
  /** Never: the script only configures before running `nginx`. */
  | 'never';

/** One image's entrypoint script. */
export interface EntrypointRule {
  /** The program put in front (and the one the script sets up before running). */
  main: string;
  prependWhen: PrependWhen;
  /** The repository whose docker-entrypoint.sh this is. */
  source: string;
}

/** By repository. */
export const ENTRYPOINT_RULES: Readonly<Record<string, EntrypointRule>> = {
  node: { main: 'node', prependWhen: 'option-or-not-command', source: 'nodejs/docker-node' },
  postgres: { main: 'postgres', prependWhen: 'option', source: 'docker-library/postgres' },
  mysql: { main: 'mysqld', prependWhen: 'option', source: 'docker-library/mysql' },
  mongo: { main: 'mongod', prependWhen: 'option', source: 'docker-library/mongo' },
  redis: { main: 'redis-server', prependWhen: 'option-or-conf', source: 'docker-library/redis' },
  nginx: { main: 'nginx', prependWhen: 'never', source: 'nginx/docker-nginx' },
  memcached: { main: 'memcached', prependWhen: 'option', source: 'docker-library/memcached' },
  mariadb: { main: 'mariadbd', prependWhen: 'option', source: 'MariaDB/mariadb-docker' },
};

/** The `program` id a script with `rule` runs as (see lib/build/run). */
export const ENTRYPOINT_PROGRAM = 'docker-entrypoint:';

/**
 * `image` with its entrypoint script marked as the repository's official one, so `docker run` can
 * follow it to the command it execs. Images without a rule come back unchanged.
 */
export function withEntrypointRule(image: BaseImage): BaseImage {
  const rule = ENTRYPOINT_RULES[image.repository];
  const first = image.entrypoint?.[0];
  if (!rule || !first || !/(^|\/)docker-entrypoint\.sh$/.test(first)) return image;
  const name = first.slice(first.lastIndexOf('/') + 1);
  let marked = false;
  const manifest = image.manifest.map((e): ManifestEntry => {
    if (marked || e.kind === 'dir' || e.kind === 'bulk' || e.kind === 'symlink') return e;
    if (first.startsWith('/') ? e.path !== first : !e.path.endsWith(`/${name}`)) return e;
    marked = true;
    return { ...e, program: `${ENTRYPOINT_PROGRAM}${image.repository}` };
  });
  return marked ? { ...image, manifest } : image;
}
