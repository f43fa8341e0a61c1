import fs from 'node:fs';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';

const require = createRequire(import.meta.url);

/** Where the page loads the reference viewer from: served by us, so /docs works without internet. */
export const SCALAR_SCRIPT_PATH = '/docs/scalar.js';

// Default fonts, telemetry and the assistant would reach out to the vendor's servers; all off.
const SCALAR_OPTIONS = {
  url: '/openapi.json',
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  showDeveloperTools: 'never',
};

export const DOCS_PAGE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>fupin API reference</title>
  </head>
  <body>
    <div id="app"></div>
    <script src="${SCALAR_SCRIPT_PATH}"></script>
    <script>Scalar.createApiReference('#app', ${JSON.stringify(SCALAR_OPTIONS)});</script>
  </body>
</html>
`;

export interface StaticScript {
  plain: Buffer;
  gzip: Buffer;
}

let scalarScript: StaticScript | undefined;

/** The standalone browser bundle of @scalar/api-reference, read (and compressed) once. */
export function loadScalarScript(): StaticScript {
  if (!scalarScript) {
    const plain = fs.readFileSync(require.resolve('@scalar/api-reference/browser/standalone.js'));
    scalarScript = { plain, gzip: zlib.gzipSync(plain) };
  }
  return scalarScript;
}
