/**
 * The Java example (content/examples/spring-boot-app): a Spring Boot web service on an embedded
 * Tomcat. The model prints the log lines that matter; timestamps, process ids and timings are left
 * out because they differ on every run.
 */
import type { ProgramModel } from './types';

/** The Spring Boot calculator service. */
export const springBootApp: ProgramModel = {
  id: 'spring-boot-app',
  run(input) {
    const port = /^\d+$/.test(input.env.PORT ?? '') ? input.env.PORT : '8080';
    return {
      stdout: [
        'INFO --- [calculator] [main] c.example.calculator.Application : Starting Application',
        'INFO --- [calculator] [main] c.example.calculator.Application : No active profile set, falling back to 1 default profile: "default"',
        `INFO --- [calculator] [main] o.s.b.w.embedded.tomcat.TomcatWebServer : Tomcat initialized with port ${port} (http)`,
        `INFO --- [calculator] [main] o.s.b.w.embedded.tomcat.TomcatWebServer : Tomcat started on port ${port} (http) with context path '/'`,
        'INFO --- [calculator] [main] c.example.calculator.Application : Started Application',
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
      truncated: true,
      explanation: `The JVM started the jar and Spring Boot's embedded Tomcat listens on port ${port} (publish it with -p ${port}:${port}). The log is shortened (Spring's banner, timestamps and timings are left out); a server does not exit on its own, so the model stops here.`,
    };
  },
};
