// Run with `npm test` (Node's built-in test runner); supertest is a devDependency.
const test = require('node:test');
const assert = require('node:assert');
const request = require('supertest');
const app = require('../server');

test('greets by name', async () => {
  const res = await request(app).get('/?name=Ada');
  assert.strictEqual(res.status, 200);
  assert.deepStrictEqual(res.body, { greeting: 'hello, Ada' });
});

test('answers the health check', async () => {
  const res = await request(app).get('/healthz');
  assert.strictEqual(res.text, 'ok');
});
