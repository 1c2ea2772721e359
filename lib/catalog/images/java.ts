/** Java images: eclipse-temurin (JRE/JDK, Ubuntu and Alpine), the deprecated openjdk tags, maven. */
import { estimate, known, MB, unknown } from '../figure';
import type { BaseImage, Figure, ManifestEntry } from '../types';
import { defineImage, script } from './define';
import {
  baseUserland,
  notRead,
  distroTraits,
  generatedBytes,
  generatedSize,
  repoInfoSize,
  tagFacts,
  type TagFacts,
} from './family';
import { DEFAULT_PATH, glibcElf, muslElf } from './userland';

const TEMURIN_HOME = '/opt/java/openjdk';
const UBUNTU_2404 = 78.16 * MB;
const ALPINE_321 = 7.8 * MB;

/** The JVM directory as a bulk entry: image size minus its OS base, an estimate. */
function jvmDir(home: string, bytes: number, basis: string): ManifestEntry {
  return {
    path: `${home}/**`,
    kind: 'bulk',
    sizeBytes: Math.max(0, Math.round(bytes)),
    fileCount: null,
    estimate: true,
    note: `the JVM (modules, libjvm.so); estimated as ${basis}`,
  };
}

function javaExecutables(home: string, alpine: boolean, jdk: boolean): ManifestEntry[] {
  const elfOf = alpine ? muslElf : glibcElf;
  const files = [elfOf(`${home}/bin/java`, 15_000)];
  if (jdk)
    files.push(
      elfOf(`${home}/bin/javac`, 15_000),
      elfOf(`${home}/bin/jar`, 15_000),
      elfOf(`${home}/bin/jshell`, 15_000),
    );
  return files;
}

/** The release follows from `alpine`, so it is not given. */
interface TemurinSpec extends Omit<TagFacts, 'release'> {
  aliasNotes?: Record<string, string>;
  feature: '17' | '21';
  version: string;
  jdk: boolean;
  alpine: boolean;
  compressed?: Figure;
}

function temurin(spec: TemurinSpec): BaseImage {
  const total = spec.uncompressed.value ?? spec.estimate?.value ?? 0;
  const base = spec.alpine ? ALPINE_321 : UBUNTU_2404;
  const basis = spec.alpine
    ? "the image size minus alpine:3.21's 7.8 MB"
    : "the image size minus ubuntu:24.04's 78.16 MB (the 26.04 base size is not known)";
  const os = spec.alpine ? 'Alpine 3.23' : 'Ubuntu 26.04 (resolute)';
  const userland = spec.alpine
    ? baseUserland(true)
    : [...baseUserland(false), glibcElf('/usr/bin/curl', 300_000)];
  return defineImage({
    repository: 'eclipse-temurin',
    ...tagFacts({ ...spec, release: spec.alpine ? 'alpine:3.23' : 'ubuntu:26.04' }),
    aliasNotes: spec.aliasNotes,
    resolvedDescription: `Eclipse Temurin ${spec.jdk ? 'JDK' : 'JRE'} ${spec.version} on ${os}`,
    compressed: spec.compressed ?? notRead(),
    ...distroTraits(spec.alpine),
    runtimes: [{ name: 'java', version: spec.version, path: `${TEMURIN_HOME}/bin/java` }],
    user: 'root',
    workdir: '/',
    entrypoint: ['/__cacert_entrypoint.sh'],
    cmd: spec.jdk ? ['jshell'] : null,
    env: { PATH: `${TEMURIN_HOME}/bin:${DEFAULT_PATH}`, JAVA_HOME: TEMURIN_HOME, LANG: 'en_US.UTF-8' },
    named: [
      ...userland,
      script('/__cacert_entrypoint.sh', 2_000, '/bin/sh'),
      ...javaExecutables(TEMURIN_HOME, spec.alpine, spec.jdk),
      jvmDir(TEMURIN_HOME, total - base, basis),
    ],
    bulk: { path: '/usr/**', note: `the rest of ${os}` },
  });
}

const JRE17 = 294.4 * MB;
const JRE21 = generatedBytes('repos/eclipse-temurin/local/21-jre.md');
const JRE17_ALPINE = 183.86 * MB;
const JDK17_ALPINE = 335.89 * MB;
/** JDK minus JRE, measured on Alpine (17): used to estimate the Ubuntu JDK images. */
const JDK_EXTRA = JDK17_ALPINE - JRE17_ALPINE;
const JDK_VS_JRE = 'the JDK–JRE difference of the 17 Alpine images (335.89 − 183.86 MB)';
const CACERT_NOTE =
  'ENTRYPOINT /__cacert_entrypoint.sh installs extra CA certificates when asked, then runs CMD.';

const AMBIGUOUS = (feature: string) =>
  `\`eclipse-temurin:${feature}\` is the JDK (${feature}-jdk) on Ubuntu, not the JRE: a final image only needs ` +
  `\`${feature}-jre\` (or a distroless Java image).`;

export const temurinImages: BaseImage[] = [
  temurin({
    tag: '17-jre',
    aliases: ['17.0.20_8-jre', '17-jre-resolute', '17.0.20_8-jre-resolute'],
    feature: '17',
    version: '17.0.20',
    jdk: false,
    alpine: false,
    ...repoInfoSize(JRE17, 'repos/eclipse-temurin/local/17-jre.md', '28e979c7', '2026-08-21'),
    notes: `Ubuntu 26.04 base. JAVA_HOME=/opt/java/openjdk. ${CACERT_NOTE}`,
  }),
  temurin({
    tag: '21-jre',
    aliases: ['21.0.11_10-jre', '21-jre-resolute', '21.0.11_10-jre-resolute'],
    feature: '21',
    version: '21.0.11',
    jdk: false,
    alpine: false,
    ...generatedSize('repos/eclipse-temurin/local/21-jre.md'),
    notes: `Ubuntu 26.04 base; includes curl. ${CACERT_NOTE}`,
  }),
  temurin({
    tag: '17-jre-alpine',
    aliases: ['17-jre-alpine-3.23', '17.0.20_8-jre-alpine'],
    feature: '17',
    version: '17.0.20',
    jdk: false,
    alpine: true,
    ...repoInfoSize(
      JRE17_ALPINE,
      'repos/eclipse-temurin/local/17-jre-alpine-3.23.md',
      '1a6319e5',
      '2026-09-17',
    ),
    compressed: known(
      58 * MB,
      'thecattlecrew.net 2022-11-07 (an older build of 17-jre-alpine)',
      '2022-11',
      'low',
    ),
    notes: 'busybox, gnupg, font-dejavu (9.99 MiB). The compressed figure is from an older (2022) build.',
  }),
  temurin({
    tag: '17-jdk-alpine',
    aliases: ['17-alpine', '17-alpine-3.23', '17-jdk-alpine-3.23'],
    feature: '17',
    version: '17.0.20',
    jdk: true,
    alpine: true,
    ...repoInfoSize(JDK17_ALPINE, 'repos/eclipse-temurin/local/17-alpine-3.23.md', '1a6319e5', '2026-09-17'),
    notes: 'Includes binutils, gnupg, fonts.',
  }),
  temurin({
    tag: '21-jdk-alpine',
    aliases: ['21-alpine', '21-alpine-3.23', '21-jdk-alpine-3.23'],
    feature: '21',
    version: '21.0.12',
    jdk: true,
    alpine: true,
    ...repoInfoSize(
      363.37 * MB,
      'repos/eclipse-temurin/local/21-jdk-alpine-3.23.md',
      '1a6319e5',
      '2026-09-17',
    ),
    notes: 'JDK on Alpine.',
  }),
  ...(['17', '21'] as const).map((feature) =>
    temurin({
      tag: `${feature}-jdk`,
      aliases: [feature, `${feature}-jdk-resolute`],
      aliasNotes: { [feature]: AMBIGUOUS(feature) },
      feature,
      version: feature,
      jdk: true,
      alpine: false,
      uncompressed: unknown('not read (no published figure found)'),
      estimate: estimate(
        (feature === '17' ? JRE17 : JRE21) + JDK_EXTRA,
        `eclipse-temurin:${feature}-jre plus ${JDK_VS_JRE}`,
      ),
      source: 'size not read from docker-library/repo-info',
      asOf: null,
      notes:
        'Size unknown: the manifest adds up to a labelled estimate. Cross-check: maven:3.9-eclipse-temurin-17 ' +
        '(JDK 17 + Maven on Ubuntu 24.04) is 504.44 MB.',
    }),
  ),
];
