/**
 * Gradle names its jar after rootProject.name and the version: build/libs/<name>-<version>.jar, with
 * `-plain.jar` beside a Spring Boot bootJar.
 */
import { describe, expect, it } from 'vitest';
import { probeImage } from '../../run/lookup';
import type { SimulationResult } from '../../types';
import { gradleInfo } from './java';
import { simulateDockerfile } from '../../../analyze';

const build = (files: Record<string, string>, run = 'gradle build --no-daemon'): SimulationResult =>
  simulateDockerfile(
    `FROM eclipse-temurin:21-jdk AS build\nWORKDIR /home/gradle/src\nCOPY . .\nRUN ${run}\n`,
    {
      context: {
        files: Object.entries(files).map(([path, content]) => ({ path, content, sizeBytes: content.length })),
      },
    },
  );
const at = (r: SimulationResult, p: string) => probeImage(r.stages[0]!, p).presence;
const libs = '/home/gradle/src/build/libs';

describe('gradle jar names', () => {
  it('reads rootProject.name (Groovy and Kotlin) and the version', () => {
    const r = build({
      'settings.gradle': "rootProject.name = 'inventory'\n",
      'build.gradle': "plugins { id 'java' }\nversion = '1.2.0'\n",
    });
    expect(at(r, `${libs}/inventory-1.2.0.jar`)).toBe('present');
    expect(at(r, `${libs}/app.jar`)).toBe('absent');
    const kts = gradleInfo(
      (n) =>
        ({ 'settings.gradle.kts': 'rootProject.name = "orders"\n', 'build.gradle.kts': 'version = "2.0"\n' })[
          n
        ],
      'src',
    );
    expect(kts).toMatchObject({ name: 'orders', version: '2.0', read: true });
  });

  it('without a name in settings the folder names it; without a version there is none', () => {
    const r = build({ 'build.gradle': "plugins { id 'java' }\n" });
    expect(at(r, `${libs}/src.jar`)).toBe('present');
    expect(
      gradleInfo((n) => ({ 'gradle.properties': 'version=3.1\n', 'build.gradle': '' })[n], 'x'),
    ).toMatchObject({
      name: 'x',
      version: '3.1',
    });
  });

  it('the Spring Boot plugin: bootJar plus -plain.jar from build, only the bootJar from bootJar', () => {
    const files = {
      'settings.gradle': "rootProject.name = 'demo'\n",
      'build.gradle':
        "plugins {\n  id 'java'\n  id 'org.springframework.boot' version '3.5.0'\n}\nversion = '0.0.1-SNAPSHOT'\n",
    };
    const r = build(files);
    expect(at(r, `${libs}/demo-0.0.1-SNAPSHOT.jar`)).toBe('present');
    expect(at(r, `${libs}/demo-0.0.1-SNAPSHOT-plain.jar`)).toBe('present');
    const boot = build(files, 'gradle bootJar');
    expect(at(boot, `${libs}/demo-0.0.1-SNAPSHOT.jar`)).toBe('present');
    expect(at(boot, `${libs}/demo-0.0.1-SNAPSHOT-plain.jar`)).toBe('absent');
  });

  it('a version the files do not spell out leaves the jar name unknown, not a guess', () => {
    const r = build({
      'settings.gradle': "rootProject.name = 'demo'\n",
      'build.gradle': "plugins { id 'java' }\nversion = rootProject.findProperty('release')\n",
    });
    expect(at(r, `${libs}/demo.jar`)).toBe('unknown');
  });
});

describe('whose log a Spring Boot jar prints', () => {
  const pom = (group: string, artifact: string) =>
    `<project><parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.3.5</version></parent><groupId>${group}</groupId><artifactId>${artifact}</artifactId><version>1.0.0</version></project>\n`;
  const image = (p: string) =>
    simulateDockerfile(
      'FROM maven:3.9-eclipse-temurin-17 AS build\nWORKDIR /src\nCOPY pom.xml .\nRUN mvn package\nFROM eclipse-temurin:17-jre\nCOPY --from=build /src/target/*.jar /app.jar\nENTRYPOINT ["java", "-jar", "/app.jar"]\n',
      { context: { files: [{ path: 'pom.xml', content: p, sizeBytes: p.length }] } },
    ).image!;

  it("only the course's calculator prints the calculator's log; another jar's output is not known", () => {
    const course = image(pom('com.example', 'calculator')).files.find((f) => f.path === '/app.jar');
    expect(course?.program).toBe('spring-boot-app');
    const other = image(pom('org.springframework.samples', 'spring-petclinic')).files.find(
      (f) => f.path === '/app.jar',
    );
    expect(other?.kind).toBe('jar');
    expect(other?.program).toBeUndefined();
  });
});
