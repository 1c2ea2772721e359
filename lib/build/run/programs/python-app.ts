/**
 * The Python example (content/examples/python-app/app.py): a Flask service that prints one line and
 * Flask's banner on standard output, Werkzeug's development-server lines on standard error, and serves
 * until stopped.
 */
import type { ProgramModel } from './types';

/** The Flask calculator service. */
export const pythonApp: ProgramModel = {
  id: 'python-app',
  run(input) {
    const port = /^\d+$/.test(input.env.PORT ?? '') ? input.env.PORT : '8000';
    const name = (input.mainPath.split('/').pop() ?? 'app.py').replace(/\.py$/, '');
    return {
      stdout: [
        `Calculator service listening on port ${port}`,
        ` * Serving Flask app '${name}'`,
        ' * Debug mode: off',
        '',
      ].join('\n'),
      stderr: [
        'WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.',
        ` * Running on all addresses (0.0.0.0)`,
        ` * Running on http://127.0.0.1:${port}`,
        'Press CTRL+C to quit',
        '',
      ].join('\n'),
      exitCode: 0,
      truncated: true,
      explanation: `The service started and waits for requests on port ${port} (publish it with -p ${port}:${port}). A server does not exit on its own: the model stops here. Flask also prints the container's own address, which depends on the network and is left out.`,
    };
  },
};
