import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { createSignedInUser, describeEachEngine } from '../../test/test-context.ts';
import { createLogger } from '../logger.ts';
import { createApp } from './app.ts';

const ID_NUMBER = '11010519491231002X';

/** An app whose log lines are kept in memory instead of going to stdout. */
function createCapturingApp(ctx: Parameters<typeof createApp>[0]) {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const app = createApp({ ...ctx, logger: createLogger('info', sink) });
  return { app, lines, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describeEachEngine('request logging', (t) => {
  it('writes one line per request with id, method, route, status, duration and user', async () => {
    const { app, records } = createCapturingApp(t().ctx);
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const res = await app.request('/api/v1/regions/150602101', { headers: { ...officer.headers, 'x-request-id': 'req-42' } });
    expect(res.status).toBe(200);
    const requestLines = records().filter((r) => r.requestId === 'req-42');
    expect(requestLines).toHaveLength(1);
    expect(requestLines[0]).toMatchObject({ method: 'GET', route: '/api/v1/regions/:code', status: 200, userId: officer.id, msg: 'request' });
    expect(requestLines[0]?.durationMs).toEqual(expect.any(Number));
  });

  it('never logs an ID number from the query string or the body', async () => {
    const { app, lines, records } = createCapturingApp(t().ctx);
    const officer = await createSignedInUser(t(), 'villageCadre', '150602101001');
    const json = { ...officer.headers, 'content-type': 'application/json' };
    const body = JSON.stringify({ idNumber: ID_NUMBER, members: [{ name: '张三', idNumber: ID_NUMBER }], note: ID_NUMBER });
    await app.request(`/api/v1/households?idNumber=${ID_NUMBER}&q=${ID_NUMBER}`, { headers: officer.headers });
    await app.request(`/api/v1/households?q=${ID_NUMBER}`, { method: 'POST', headers: json, body });
    await app.request(`/api/v1/regions?q=${ID_NUMBER}`, { headers: officer.headers });
    await app.request(`/api/v1/regions/${ID_NUMBER}`, { method: 'PUT', headers: json, body });
    await app.request('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: ID_NUMBER, password: ID_NUMBER }) });

    expect(records().filter((r) => r.msg === 'request' || r.msg === 'request failed')).toHaveLength(5);
    const everything = lines.join('\n');
    expect(everything).not.toContain(ID_NUMBER);
    expect(everything).not.toContain(ID_NUMBER.slice(0, 17));
    expect(everything).not.toContain('张三');
  });
});
