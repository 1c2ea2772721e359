/** The deprecated openjdk tags still found in tutorials, and the maven builder image. */
import { estimate, known, MB, unknown } from '../figure';
import type { BaseImage, ManifestEntry } from '../types';
import { defineImage, link, script } from './define';
import { baseUserland, distroTraits, notRead } from './family';
import { caBundle, DEFAULT_PATH, glibcElf, muslElf, oracleUserland } from './userland';

const JUEJIN = 'juejin.cn/post/7074981052233711647 (Docker Hub "Compressed Size", arch not stated)';
/** Uncompressed ÷ compressed of gcr.io/distroless/java-debian10:11 (200 MB / 71 MB), the only Java pair known. */
const JAVA_RATIO = 200 / 71;

/**
 * The openjdk library file gives `-jdk` tags to the same build as the tags without (JDK is the default
 * type): docker-library/official-images library/openjdk @002a229a has `11-jdk-slim` and `11-slim` in one
 * block, and so for 8, 13 and 14. The file of 17's time was not read, so for 17 it is that convention.
 */
const JDK_TAG_NOTE = (tag: string) =>
  `The openjdk library file names a JDK build both with and without "-jdk" (11-jdk-slim and 11-slim are one ` +
  `build in docker-library/official-images library/openjdk @002a229a); the figures are those of openjdk:${tag}.`;

interface OpenJdkSpec {
  tag: string;
  feature: '11' | '17';
  jre: boolean;
  os: 'debian' | 'debian-slim' | 'oraclelinux' | 'alpine';
  compressedMB: number;
}

function openjdk(spec: OpenJdkSpec): BaseImage {
  const alpine = spec.os === 'alpine';
  const home =
    spec.os === 'oraclelinux' ? `/usr/java/openjdk-${spec.feature}` : `/usr/local/openjdk-${spec.feature}`;
  const elfOf = alpine ? muslElf : glibcElf;
  const userland = spec.os === 'oraclelinux' ? [...oracleUserland(), caBundle()] : baseUserland(alpine);
  const named: ManifestEntry[] = [...userland, elfOf(`${home}/bin/java`, 15_000)];
  if (!spec.jre) named.push(elfOf(`${home}/bin/javac`, 15_000), elfOf(`${home}/bin/jshell`, 15_000));
  const compressed = spec.compressedMB * MB;
  const osName = {
    debian: 'Debian',
    'debian-slim': 'Debian (slim)',
    oraclelinux: 'Oracle Linux',
    alpine: 'Alpine (early-access build)',
  }[spec.os];
  // A JDK tag's `-jdk` spelling (`17-jdk-slim` for `17-slim`).
  const jdkTag = spec.jre ? null : spec.tag.replace(/^(\d+)/, '$1-jdk');
  return defineImage({
    repository: 'openjdk',
    tag: spec.tag,
    aliases: [],
    ...(jdkTag ? { approximateAliases: [jdkTag], aliasNotes: { [jdkTag]: JDK_TAG_NOTE(spec.tag) } } : {}),
    resolvedDescription: `OpenJDK ${spec.feature} ${spec.jre ? 'JRE' : 'JDK'} on ${osName} (deprecated image)`,
    uncompressed: unknown('not found: only Docker Hub compressed sizes were found'),
    compressed: known(compressed, JUEJIN, '~2022-03', 'medium'),
    estimate: estimate(
      compressed * JAVA_RATIO,
      `compressed ${spec.compressedMB} MB × 200/71, the uncompressed/compressed ratio of distroless java-debian10:11 (PR #769)`,
      '~2022-03',
    ),
    shell: alpine ? 'busybox ash' : spec.os === 'oraclelinux' ? 'bash' : 'dash (bash also installed)',
    packageManager: alpine ? 'apk' : spec.os === 'oraclelinux' ? 'microdnf' : 'apt',
    libc: { kind: alpine ? 'musl' : 'glibc', version: null },
    runtimes: [{ name: 'java', version: spec.feature, path: `${home}/bin/java` }],
    user: 'root',
    workdir: '/',
    entrypoint: null,
    cmd: spec.jre ? null : ['jshell'],
    env: { PATH: `${home}/bin:${DEFAULT_PATH}`, JAVA_HOME: home, LANG: 'C.UTF-8' },
    named,
    bulk: { path: '/usr/**', note: `the JVM under ${home} and the rest of ${osName}` },
    source: JUEJIN,
    asOf: '~2022-03',
    notes:
      'The openjdk image is deprecated; these tags are still found in tutorials. Only the compressed size is ' +
      'known: the manifest adds up to a labelled estimate. Paths and OS as the image was last published ' +
      '(not from the research facts).',
  });
}

export const openjdkImages: BaseImage[] = [
  openjdk({ tag: '11', feature: '11', jre: false, os: 'debian', compressedMB: 318.71 }),
  openjdk({ tag: '11-slim', feature: '11', jre: false, os: 'debian-slim', compressedMB: 225.52 }),
  openjdk({ tag: '11-jre', feature: '11', jre: true, os: 'debian', compressedMB: 117.76 }),
  openjdk({ tag: '11-jre-slim', feature: '11', jre: true, os: 'debian-slim', compressedMB: 76.39 }),
  openjdk({ tag: '17', feature: '17', jre: false, os: 'oraclelinux', compressedMB: 231.66 }),
  openjdk({ tag: '17-slim', feature: '17', jre: false, os: 'debian-slim', compressedMB: 210.62 }),
  openjdk({ tag: '17-alpine', feature: '17', jre: false, os: 'alpine', compressedMB: 181.71 }),
];

const MAVEN_SOURCE = 'docker-library/repo-info repos/maven/local/3.9-eclipse-temurin-17-noble.md @81ab4983';

export const maven = defineImage({
  repository: 'maven',
  tag: '3.9-eclipse-temurin-17',
  aliases: ['3.9.16-eclipse-temurin-17', '3.9-eclipse-temurin-17-noble', '3.9.16-eclipse-temurin-17-noble'],
  release: 'ubuntu:24.04',
  resolvedDescription: 'Maven 3.9.16 with Eclipse Temurin JDK 17.0.20 on Ubuntu 24.04 (noble)',
  uncompressed: known(504.44 * MB, `${MAVEN_SOURCE}`, '2026-09-16'),
  compressed: notRead(),
  ...distroTraits(false),
  runtimes: [
    { name: 'java', version: '17.0.20', path: '/opt/java/openjdk/bin/java' },
    { name: 'maven', version: '3.9.16', path: '/usr/share/maven/bin/mvn' },
  ],
  user: 'root',
  workdir: '/',
  entrypoint: ['/usr/local/bin/mvn-entrypoint.sh'],
  cmd: ['mvn'],
  env: {
    PATH: `/opt/java/openjdk/bin:${DEFAULT_PATH}`,
    JAVA_HOME: '/opt/java/openjdk',
    MAVEN_HOME: '/usr/share/maven',
    MAVEN_CONFIG: '/root/.m2',
  },
  named: [
    ...baseUserland(false),
    glibcElf('/opt/java/openjdk/bin/java', 15_000),
    glibcElf('/opt/java/openjdk/bin/javac', 15_000),
    glibcElf('/opt/java/openjdk/bin/jar', 15_000),
    script('/usr/share/maven/bin/mvn', 6_000, '/bin/sh'),
    link('/usr/bin/mvn', '/usr/share/maven/bin/mvn'),
    script('/usr/local/bin/mvn-entrypoint.sh', 2_000, '/bin/bash'),
  ],
  bulk: { path: '/opt/java/openjdk/**', note: 'the JDK, Maven’s libraries and the rest of Ubuntu 24.04' },
  source: MAVEN_SOURCE,
  asOf: '2026-09-16',
  notes: 'A builder image: multi-stage builds leave it behind. MAVEN_CONFIG=/root/.m2.',
});
