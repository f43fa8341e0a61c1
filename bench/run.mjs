// `npm run bench`: every benchmark in turn, the search on the database the load benchmark made.
// BENCH_HOUSEHOLDS=N (or --households=N) runs them smaller than 1,000,000.
import fs from 'node:fs';
import { benchDemoLoad } from './demo-load.mjs';
import { benchHouseholdExport } from './household-export.mjs';
import { benchHouseholdSearch } from './household-search.mjs';
import { benchHouseholdImport } from './household-import.mjs';

const load = await benchDemoLoad(undefined, { keep: true });
let search;
let exported;
try {
  search = await benchHouseholdSearch(load.households, load.demoDir);
  exported = await benchHouseholdExport(load.households, load.demoDir);
} finally {
  if (!process.env.BENCH_KEEP) fs.rmSync(load.workDir, { recursive: true, force: true });
}
const imports = await benchHouseholdImport(load.households);
console.log('\nsummary');
console.log(`  demo load of ${load.households.toLocaleString('en')} households: ${load.ratio.toFixed(2)}× raw inserts (target ≤ 2×), database ${(load.databaseBytes / 2 ** 30).toFixed(2)} GiB (target < 2 GB)`);
console.log(`  household search over ${search.households.toLocaleString('en')} households: p95 ${search.http.p95.toFixed(1)} ms through the API (target < 50 ms), ${search.ratioP95.toFixed(2)}× direct SQL`);
console.log(`  CSV import of ${imports.households.toLocaleString('en')} households: ${imports.csvSeconds.toFixed(1)} s (target < 120 s at 1,000,000), ${imports.ratio.toFixed(2)}× raw inserts (target ≤ 3×); xlsx import of ${imports.xlsxHouseholds.toLocaleString('en')}: ${imports.xlsxSeconds.toFixed(1)} s (target < 60 s), peak RSS ${imports.xlsxPeakRssMiB} MiB (target < 1 GB)`);
console.log(`  xlsx export of ${exported.households.toLocaleString('en')} households: ${exported.seconds.toFixed(1)} s (target < 120 s), server peak RSS ${(exported.peakRss / 2 ** 20).toFixed(0)} MiB (flat: ${(exported.startRss / 2 ** 20).toFixed(0)} MiB before), ${exported.ratio.toFixed(2)}× wall and ${exported.cpuRatio.toFixed(2)}× CPU of raw SQL + deflate`);
