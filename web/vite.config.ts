import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** The server that `npm run dev -w web` forwards API calls to. */
const API_ORIGIN = process.env.FUPIN_API_ORIGIN ?? 'http://localhost:3000';

/**
 * Writes .gz and .br beside every text asset so the server sends them compressed without
 * compressing on each request (village networks are slow; the UI libraries are large).
 */
function precompressAssets(): Plugin {
  let outDir = 'dist';
  return {
    name: 'fupin-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
        if (!/\.(js|css|html|svg|json)$/.test(file)) continue;
        const full = path.join(outDir, file);
        const data = fs.readFileSync(full);
        if (data.length < 1024) continue;
        fs.writeFileSync(`${full}.gz`, zlib.gzipSync(data, { level: 9 }));
        fs.writeFileSync(`${full}.br`, zlib.brotliCompressSync(data));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompressAssets()],
  server: {
    proxy: { '/api': API_ORIGIN, '/openapi.json': API_ORIGIN },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than pages: chunks of their own stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/, priority: 20 },
            { name: 'vendor-charts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
