// Benchmark: household search by the start of the head's name or of the household number,
// through the HTTP API (GET /api/v1/households?q=…) on a county of N demo households (default
// 1,000,000), against a baseline of the same searches as direct SQL on the same database file.
// Target: p95 under 50 ms through the API.
/* global fetch -- Node's built-in fetch */
// Usage: node bench/household-search.mjs [--households=N] [--searches=300]
//        BENCH_DATA_DIR=<data dir holding fupin.sqlite with demo households> skips the load.
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import fs from 'node:fs';
import SQLite from 'better-sqlite3';
import { benchEnv, fmt, householdsFromArgs, makeWorkDir, median, percentile, prepareDatabase, runFupin } from './lib/common.mjs';
import { freePort, signIn, startServer } from './lib/fupin-server.mjs';

const ROUNDS = 3;
const COUNTY = '150602';

/** Search terms as people type them: a surname, a surname and a character, a village's numbers, a whole number. */
function pickSearches(databaseFile, count) {
  const db = new SQLite(databaseFile, { readonly: true });
  try {
    const total = db.prepare('select count(*) as n from households').get().n;
    const maxRowid = db.prepare('select max(rowid) as m from households').get().m;
    const sample = db.prepare('select head_name, household_no from households where rowid = ?');
    const terms = [];
    let seed = 7;
    const random = () => { seed = (seed * 48271) % 2147483647; return seed / 2147483647; };
    while (terms.length < count) {
      const row = sample.get(1 + Math.floor(random() * maxRowid));
      if (!row) continue;
      const name = [...row.head_name];
      const kind = terms.length % 4;
      if (kind === 0) terms.push(name.slice(0, 1).join(''));
      else if (kind === 1) terms.push(name.slice(0, 2).join(''));
      else if (kind === 2) terms.push(row.household_no.slice(0, 16));
      else terms.push(row.household_no);
    }
    return { terms, total };
  } finally {
    db.close();
  }
}

/**
 * What the API runs for `q` (server/src/features/households/household-search.repository.ts): a
 * prefix range on the household number (digits), the head's name (other text) or either, inside
 * the user's region; the page's household numbers first, then their rows; and the total.
 */
function sqlBaseline(databaseFile) {
  const db = new SQLite(databaseFile, { readonly: true });
  // A text search checks the region on the rows the text's index finds (see applyFilter).
  const region = '+village_code >= ? and +village_code < ?';
  const byNo = '(household_no >= ? and household_no < ?)';
  const byName = '(head_name >= ? and head_name < ?)';
  const prepare = (match) => ({
    page: db.prepare(`select * from households where household_no in (select household_no from households where ${region} and ${match}
      order by +household_no asc limit 20 offset 0) order by +household_no asc`),
    count: db.prepare(`select count(*) as n from households where ${region} and ${match}`),
  });
  const statements = { number: prepare(byNo), name: prepare(byName), either: prepare(`(${byName} or ${byNo})`) };
  const end = (p) => { const cs = [...p]; const last = cs.pop(); return cs.join('') + String.fromCodePoint(last.codePointAt(0) + 1); };
  return {
    search(term) {
      const kind = /^\d+$/.test(term) ? 'number' : /^[0-9A-Za-z-]+$/.test(term) ? 'either' : 'name';
      const range = [term, end(term)];
      const args = [COUNTY, String(Number(COUNTY) + 1), ...range, ...(kind === 'either' ? range : [])];
      const rows = statements[kind].page.all(...args);
      return { n: statements[kind].count.get(...args).n, rows: rows.length };
    },
    close: () => db.close(),
  };
}

function stats(ms) {
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), max: Math.max(...ms) };
}

export async function benchHouseholdSearch(households = householdsFromArgs(1_000_000), existingDataDir = process.env.BENCH_DATA_DIR) {
  const searches = Number(process.argv.find((a) => a.startsWith('--searches='))?.split('=')[1] ?? 300);
  let dataDir = existingDataDir;
  let work;
  if (!dataDir) {
    work = makeWorkDir('search');
    dataDir = path.join(work, 'data');
    console.log(`household search: loading ${households.toLocaleString('en')} demo households into ${dataDir} …`);
    await prepareDatabase(dataDir);
    await runFupin(['demo', '--households', String(households), '--seed', 'bench', '--region', COUNTY], benchEnv(dataDir));
  }
  const databaseFile = path.join(dataDir, 'fupin.sqlite');
  const { terms, total } = pickSearches(databaseFile, searches);
  console.log(`household search: ${total.toLocaleString('en')} households in ${databaseFile}; ${terms.length} searches × ${ROUNDS} rounds`);

  const port = await freePort();
  const server = await startServer(dataDir, port, COUNTY);
  const base = `http://127.0.0.1:${port}`;
  try {
    const { cookie, how } = await signIn(base, databaseFile);
    console.log(`  signed in: ${how}`);
    const api = async (term) => {
      const url = `${base}/api/v1/households?q=${encodeURIComponent(term)}`;
      // A kept-alive connection the server has just closed fails once; the retry opens a new one.
      const res = await fetch(url, { headers: { cookie } }).catch(() => fetch(url, { headers: { cookie } }));
      if (!res.ok) throw new Error(`GET /api/v1/households?q=${term} answered ${res.status}: ${await res.text()}`);
      return res.json();
    };
    const baseline = sqlBaseline(databaseFile);
    for (const term of terms.slice(0, 20)) { await api(term); baseline.search(term); } // warm both caches

    const rounds = [];
    for (let r = 0; r < ROUNDS; r++) {
      const http = [];
      const sql = [];
      for (const term of terms) {
        let t = performance.now();
        const body = await api(term);
        http.push(performance.now() - t);
        t = performance.now();
        const direct = baseline.search(term);
        sql.push(performance.now() - t);
        if (body.total !== direct.n) throw new Error(`"${term}": API found ${body.total}, SQL ${direct.n}`);
      }
      rounds.push({ http: stats(http), sql: stats(sql) });
      console.log(`  round ${r + 1}: API p50 ${fmt(rounds[r].http.p50)} ms, p95 ${fmt(rounds[r].http.p95)} ms, max ${fmt(rounds[r].http.max)} ms | SQL p50 ${fmt(rounds[r].sql.p50, 2)} ms, p95 ${fmt(rounds[r].sql.p95, 2)} ms, max ${fmt(rounds[r].sql.max, 2)} ms`);
    }
    baseline.close();
    const pick = (side, key) => median(rounds.map((x) => x[side][key]));
    const result = {
      households: total, searches: terms.length,
      http: { p50: pick('http', 'p50'), p95: pick('http', 'p95'), max: pick('http', 'max') },
      sql: { p50: pick('sql', 'p50'), p95: pick('sql', 'p95'), max: pick('sql', 'max') },
    };
    result.ratioP95 = result.http.p95 / result.sql.p95;
    console.log(`  API (median of ${ROUNDS} rounds): p50 ${fmt(result.http.p50)} ms, p95 ${fmt(result.http.p95)} ms (target < 50 ms), max ${fmt(result.http.max)} ms`);
    console.log(`  SQL baseline:              p50 ${fmt(result.sql.p50, 2)} ms, p95 ${fmt(result.sql.p95, 2)} ms, max ${fmt(result.sql.max, 2)} ms`);
    console.log(`  ratio API/SQL at p95: ${fmt(result.ratioP95, 2)}×`);
    return result;
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    if (work && !process.env.BENCH_KEEP) fs.rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchHouseholdSearch();
