// The greeting service: an Express app with two routes, listening on PORT (3000 when unset).
const express = require('express');

const app = express();
const port = Number(process.env.PORT) || 3000;

app.get('/', (req, res) => {
  const name = typeof req.query.name === 'string' ? req.query.name : 'world';
  res.json({ greeting: `hello, ${name}` });
});

app.get('/healthz', (req, res) => {
  res.type('text/plain').send('ok');
});

if (require.main === module) {
  const server = app.listen(port, () => {
    console.log(`Greeting service listening on port ${port}`);
  });
  // docker stop sends SIGTERM; close the server so the container exits at once.
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

module.exports = app;
