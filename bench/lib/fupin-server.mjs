// A running `fupin serve` for the HTTP benchmarks, and a signed-in session on it.
/* global fetch -- Node's built-in fetch */
import { setTimeout as sleep } from 'node:timers/promises';
import crypto from 'node:crypto';
import { spawn } from 'node:child_process';
import net from 'node:net';
import SQLite from 'better-sqlite3';
import { benchEnv, FUPIN_BIN } from './common.mjs';

export const ADMIN_PASSWORD = 'bench-admin-password-42';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}

export async function startServer(dataDir, port, county) {
  const child = spawn(process.execPath, [FUPIN_BIN, 'serve'], {
    env: benchEnv(dataDir, { PORT: String(port), HOST: '127.0.0.1', FUPIN_ADMIN_PASSWORD: ADMIN_PASSWORD, FUPIN_COOKIE_SECURE: 'false', FUPIN_ADMIN_REGION: county }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += String(d); });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return child;
    } catch { /* not listening yet */ }
    await sleep(250);
  }
  child.kill('SIGTERM');
  throw new Error('server did not start within 2 minutes');
}

/** Signs in as the first administrator; on a database whose admin has another password, makes a session row directly. */
export async function signIn(base, databaseFile) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  if (res.ok) {
    const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
    return { cookie: cookies.join('; '), how: 'POST /api/v1/auth/login' };
  }
  const db = new SQLite(databaseFile);
  const admin = db.prepare("select id from users where role = 'admin' and is_disabled = 0 order by created_at limit 1").get();
  const token = crypto.randomBytes(32).toString('base64url');
  const at = new Date().toISOString();
  db.prepare('insert into sessions (id, user_id, csrf_token, ip, created_at, last_seen_at) values (?, ?, ?, null, ?, ?)')
    .run(crypto.createHash('sha256').update(token).digest('hex'), admin.id, crypto.randomBytes(32).toString('base64url'), at, at);
  db.close();
  return { cookie: `fupin_session=${token}`, how: `session row written directly (login answered ${res.status})` };
}

export async function stopServer(child) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}
