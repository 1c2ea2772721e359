/**
 * Java builds: Maven (`mvn package|install|verify`, `dependency:go-offline`), Gradle (`build`,
 * `bootJar`), `javac` and `jar`. The jar lands in target/ (Maven) or build/libs/ (Gradle); the local
 * repository (~/.m2) stays in the layer unless it is a cache mount.
 */
import { addEntries, bytesOf, cite, homeDir, inCacheMount, mb, resolvePath, whichInLayer } from '../helpers';
import { commandName } from '../../../shell';
import type { CommandModel, RunContext } from '../types';

/**
 * True for the course's own Spring Boot examples (com.example:calculator in content/examples/
 * spring-boot-app, com.example:visits in three-tier-app), whose log the run model prints; any other
 * jar's output is not known.
 */
function isCourseCalculator(pom: string): boolean {
  const body = pom.replace(/<parent>[\s\S]*?<\/parent>/, '');
  return (
    /<groupId>com\.example<\/groupId>/.test(body) &&
    /<artifactId>(calculator|visits)<\/artifactId>/.test(body)
  );
}

function pomInfo(ctx: RunContext): {
  finalName: string | null;
  artifact: string;
  springBoot: boolean;
  calculator: boolean;
} {
  const pom = ctx.state.contents.get(resolvePath(ctx, 'pom.xml')) ?? '';
  const body = pom
    .replace(/<parent>[\s\S]*?<\/parent>/, '')
    .replace(/<dependencies>[\s\S]*<\/dependencies>/, '');
  const finalName = /<finalName>([^<$]+)<\/finalName>/.exec(pom)?.[1] ?? null;
  const artifact = /<artifactId>([^<]+)<\/artifactId>/.exec(body)?.[1] ?? 'app';
  const version = /<version>([^<]+)<\/version>/.exec(body)?.[1] ?? '0.0.1-SNAPSHOT';
  return {
    finalName: finalName ?? `${artifact}-${version}`,
    artifact,
    springBoot: /spring-boot/.test(pom),
    calculator: isCourseCalculator(pom),
  };
}

/**
 * The dependencies a build downloads into `dir`. Without a figure for the whole repository, a Spring
 * Boot build still holds at least what its fat jar packs (the same dependencies, before packing): that
 * is the lower bound, and the rest (plugins, the build tool's own) stays unknown.
 */
function repository(ctx: RunContext, dir: string, tool: string, springBoot: boolean): void {
  if (inCacheMount(ctx, dir)) {
    ctx.contribute({
      text: `${dir} is a cache mount: the downloaded dependencies are not part of the image.`,
      confidence: 'high',
      citations: [
        {
          text: 'RUN --mount=type=cache',
          source:
            'Dockerfile reference, RUN --mount=type=cache (docs.docker.com/reference/dockerfile/#run---mounttypecache)',
        },
      ],
    });
    return;
  }
  if (ctx.writer.exists(dir)) return;
  const fig = ctx.catalog.artifact(tool === 'gradle' ? 'gradle-cache' : 'maven-repository');
  const floor = !fig && springBoot ? ctx.catalog.artifact('spring-boot-jar') : null;
  addEntries(ctx, [
    {
      path: `${dir}/**`,
      kind: 'bulk',
      sizeBytes: bytesOf((fig ?? floor)?.figure),
      estimate: !fig,
      ...(floor ? { atLeast: true } : {}),
      note: 'downloaded dependencies and plugins',
    },
  ]);
  const size = fig
    ? ` (${mb(bytesOf(fig.figure))})`
    : floor
      ? `: at least the ${mb(bytesOf(floor.figure))} of dependencies the Spring Boot jar packs; the rest (plugins, ${tool}'s own) is not known to the model`
      : '; their size is not known to the model';
  ctx.contribute({
    text: `${tool} downloads dependencies and plugins into ${dir}${size}.`,
    confidence: fig?.figure.confidence ?? 'low',
    citations: fig
      ? [cite(fig.description, fig.figure)]
      : floor
        ? [cite(floor.description, floor.figure)]
        : [],
  });
}

function jar(ctx: RunContext, path: string, springBoot: boolean, calculator = false): void {
  const fig = springBoot ? ctx.catalog.artifact('spring-boot-jar') : null;
  addEntries(ctx, [
    {
      path,
      kind: 'jar',
      sizeBytes: bytesOf(fig?.figure),
      program: springBoot && calculator ? 'spring-boot-app' : undefined,
      // Without a figure the jar's size is unknown (the layer's size becomes a range), not 0 B.
      ...(fig ? {} : { estimate: true }),
    },
  ]);
  ctx.contribute({
    text: `The build writes ${path}${springBoot ? ', a Spring Boot fat jar with its dependencies inside' : ''}${fig ? ` (${mb(bytesOf(fig.figure))})` : ' (size not known to the model)'}.`,
    confidence: fig?.figure.confidence ?? 'low',
    citations: fig ? [cite(fig.description, fig.figure)] : [],
  });
}

/** mvn and ./mvnw. */
export const mavenModel: CommandModel = {
  names: ['mvn', 'mvnw'],
  apply(cmd, ctx) {
    if (cmd.argv[0] === 'mvn' && whichInLayer(ctx, 'mvn').presence === 'absent') {
      ctx.fail({
        message: '/bin/sh: 1: mvn: not found',
        hint: 'Build FROM a maven image, or install maven first.',
        certain: true,
      });
      return;
    }
    const goals = cmd.argv.slice(1).filter((a) => !a.startsWith('-'));
    const repo = ctx.env.MAVEN_CONFIG
      ? `${ctx.env.MAVEN_CONFIG}/repository`
      : `${homeDir(ctx.state, ctx.env)}/.m2/repository`;
    const info = pomInfo(ctx);
    repository(ctx, repo, 'mvn', info.springBoot);
    if (goals.some((g) => ['package', 'install', 'verify', 'deploy', 'spring-boot:repackage'].includes(g))) {
      jar(ctx, resolvePath(ctx, `target/${info.finalName}.jar`), info.springBoot, info.calculator);
    }
  },
};

/**
 * What a Gradle build calls its jar: `<rootProject.name>-<version>.jar` in build/libs (Gradle's
 * archive name, `[baseName]-[appendix]-[version]-[classifier].[extension]` with empty parts left out).
 * The name comes from settings.gradle(.kts), else the project folder's name; the version from the
 * build file or gradle.properties. Null parts are not readable from the files the model has.
 */
export function gradleInfo(
  text: (name: string) => string | undefined,
  folder: string,
): { name: string | null; version: string | null; springBoot: boolean; read: boolean } {
  const settings = text('settings.gradle') ?? text('settings.gradle.kts') ?? '';
  const build = text('build.gradle') ?? text('build.gradle.kts');
  const properties = text('gradle.properties') ?? '';
  const name =
    /rootProject\.name\s*=\s*["']([^"'$]+)["']/.exec(settings)?.[1] ?? (folder !== '' ? folder : null);
  const version =
    /^\s*version\s*(?:=\s*)?["']([^"'$]+)["']/m.exec(build ?? '')?.[1] ??
    /^\s*version\s*=\s*([^\s#]+)\s*$/m.exec(properties)?.[1] ??
    null;
  // A version set some other way (a variable, a plugin) cannot be read; no version line at all
  // means Gradle's "unspecified", which it leaves out of the name.
  const versionSetElsewhere = /^\s*version\b/m.test(build ?? '') && version === null;
  const springBoot =
    /id\s*\(?\s*["']org\.springframework\.boot["']|apply\s+plugin:\s*["']org\.springframework\.boot["']/.test(
      build ?? '',
    );
  return { name, version, springBoot, read: build !== undefined && !versionSetElsewhere };
}

/** gradle and ./gradlew. */
export const gradleModel: CommandModel = {
  names: ['gradle', 'gradlew'],
  apply(cmd, ctx) {
    const args = cmd.argv.slice(1);
    const tasks: string[] = [];
    let dir = ctx.cwd;
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '-p' || a === '--project-dir') dir = resolvePath(ctx, args[++i] ?? '.');
      else if (a === '-x' || a === '--exclude-task' || a === '-D' || a === '-P') i++;
      else if (!a.startsWith('-')) tasks.push(a.replace(/^:/, ''));
    }
    const at = (name: string) => `${dir === '/' ? '' : dir}/${name}`;
    const info = gradleInfo(
      (name) => ctx.state.contents.get(at(name)),
      dir.split('/').filter(Boolean).pop() ?? '',
    );
    repository(ctx, `${homeDir(ctx.state, ctx.env)}/.gradle`, 'gradle', info.springBoot);
    const builds = tasks.some((t) => ['build', 'assemble'].includes(t));
    const boot = info.springBoot && (builds || tasks.includes('bootJar'));
    const plain = builds || tasks.includes('jar');
    if (!boot && !plain) return;
    if (!info.name || !info.read) {
      ctx.writer.addFog({
        path: at('build/libs'),
        reason:
          'the jar is named after rootProject.name and the version, which the build files here do not say',
      });
      ctx.contribute({
        text: `gradle writes its jar into ${at('build/libs')}; its name is not readable from the build files here.`,
        confidence: 'low',
        citations: [],
      });
      return;
    }
    const base = `${info.name}${info.version ? `-${info.version}` : ''}`;
    // Spring Boot's plugin gives the plain jar the classifier `plain` (Spring Boot 2.5+), beside the
    // executable bootJar.
    if (boot) jar(ctx, at(`build/libs/${base}.jar`), true);
    if (plain)
      addEntries(ctx, [
        {
          path: at(`build/libs/${base}${info.springBoot ? '-plain' : ''}.jar`),
          kind: 'jar',
          sizeBytes: 0,
          estimate: true,
        },
      ]);
    ctx.contribute({
      text: `Gradle names the jar after rootProject.name (${info.name}) and the version (${info.version ?? 'none set'}), in build/libs${boot && plain ? `; the Spring Boot plugin adds ${base}-plain.jar, the jar without dependencies` : ''}.`,
      confidence: 'medium',
      citations: [
        {
          text: 'archive name [archiveBaseName]-[archiveAppendix]-[archiveVersion]-[archiveClassifier].[archiveExtension]',
          source: 'Gradle DSL reference, AbstractArchiveTask.archiveFileName (docs.gradle.org)',
        },
        ...(info.springBoot
          ? [
              {
                text: 'the jar task gets the classifier plain when the Spring Boot plugin is applied',
                source: 'Spring Boot Gradle plugin reference, Packaging Executable Jars (docs.spring.io)',
              },
            ]
          : []),
      ],
    });
  },
};

/** javac and jar. */
export const javacModel: CommandModel = {
  names: ['javac', 'jar'],
  apply(cmd, ctx) {
    const tool = commandName(cmd.argv);
    if (tool === 'jar') {
      const f = cmd.argv.slice(1).find((a) => a.endsWith('.jar'));
      if (f) addEntries(ctx, [{ path: resolvePath(ctx, f), kind: 'jar', sizeBytes: 0, estimate: true }]);
      ctx.contribute({
        text: `jar packages class files into ${f ?? 'a jar'}; its size is not known to the model.`,
        confidence: 'low',
        citations: [],
      });
      return;
    }
    const d = cmd.argv.indexOf('-d');
    const outDir = d > 0 && cmd.argv[d + 1] ? resolvePath(ctx, cmd.argv[d + 1]) : ctx.cwd;
    addEntries(ctx, [
      { path: `${outDir}/**.class`, kind: 'bulk', sizeBytes: 0, estimate: true, note: 'compiled classes' },
    ]);
    ctx.contribute({
      text: `javac compiles classes into ${outDir}; their size is not known to the model (about the size of the sources).`,
      confidence: 'low',
      citations: [],
    });
  },
};
