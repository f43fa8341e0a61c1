// `npm run bench`: every benchmark in turn, the search on the database the load benchmark made.
// BENCH_HOUSEHOLDS=N (or --households=N) runs them smaller than 1,000,000.
import fs from 'node:fs';
import { benchDemoLoad } from './demo-load.mjs';
import { benchHouseholdSearch } from './household-search.mjs';

const load = await benchDemoLoad(undefined, { keep: true });
let search;
try {
  search = await benchHouseholdSearch(load.households, load.demoDir);
} finally {
  if (!process.env.BENCH_KEEP) fs.rmSync(load.workDir, { recursive: true, force: true });
}
console.log('\nsummary');
console.log(`  demo load of ${load.households.toLocaleString('en')} households: ${load.ratio.toFixed(2)}× raw inserts (target ≤ 2×), database ${(load.databaseBytes / 2 ** 30).toFixed(2)} GiB (target < 2 GB)`);
console.log(`  household search over ${search.households.toLocaleString('en')} households: p95 ${search.http.p95.toFixed(1)} ms through the API (target < 50 ms), ${search.ratioP95.toFixed(2)}× direct SQL`);
