/**
 * The Node.js example (content/examples/node-service/server.js): an Express service that prints one
 * line when it listens and serves until stopped.
 */
import type { ProgramModel } from './types';

/** The Express greeting service. */
export const nodeService: ProgramModel = {
  id: 'node-service',
  run(input) {
    const port = /^\d+$/.test(input.env.PORT ?? '') && Number(input.env.PORT) > 0 ? input.env.PORT : '3000';
    return {
      stdout: `Greeting service listening on port ${port}\n`,
      stderr: '',
      exitCode: 0,
      truncated: true,
      explanation: `The service started and waits for requests on port ${port} (publish it with -p ${port}:${port}). A server does not exit on its own: the model stops here.`,
    };
  },
};
