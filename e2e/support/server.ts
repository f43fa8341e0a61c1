import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export const ADMIN = { username: 'admin', password: 'e2e-Admin-2026!' } as const;

const STARTUP_TIMEOUT_MS = 180_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function isAnswering(url: string): Promise<number | undefined> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return undefined;
  }
}

/** Ready when /healthz says so; a server without /healthz counts as ready once it serves /openapi.json. */
async function waitUntilReady(baseUrl: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the server exited with code ${child.exitCode} before it was ready; its log:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
    }
    const health = await isAnswering(`${baseUrl}/healthz`);
    if (health === 200) return;
    if (health === 404 && (await isAnswering(`${baseUrl}/openapi.json`)) === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not become ready within ${STARTUP_TIMEOUT_MS / 1000} s; its log is ${logFile}`);
}

/** `fupin serve --demo` on a free port with a fresh data directory, as a user would start it. */
export async function startServer(repoRoot: string, artifactsDir: string): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-e2e-'));
  const logFile = path.join(artifactsDir, 'server.log');
  const log = fs.openSync(logFile, 'w');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    FUPIN_DATA_DIR: dataDir,
    FUPIN_ADMIN_PASSWORD: ADMIN.password,
    FUPIN_LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL; // the journeys run on the embedded database
  delete env.FUPIN_ENCRYPTION_KEY;
  const child = spawn(process.execPath, [path.join(repoRoot, 'server/bin/fupin.mjs'), 'serve', '--demo'], { cwd: repoRoot, env, stdio: ['ignore', log, log] });
  const baseUrl = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    fs.closeSync(log);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(baseUrl, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
