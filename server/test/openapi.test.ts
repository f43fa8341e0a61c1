import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../src/http/openapi-document.ts';
import { createTestApp } from './test-context.ts';

const CHECKED_IN = new URL('../openapi.json', import.meta.url);
const REGENERATE = 'server/openapi.json is out of date with the route declarations. Regenerate it with `npm run openapi` (or `npx fupin openapi > server/openapi.json`) and commit the result.';

/** The generated document as it is written to disk (JSON drops undefined values). */
function generatedDocument(): unknown {
  return JSON.parse(JSON.stringify(buildOpenApiDocument()));
}

describe('OpenAPI document', () => {
  it('is checked in exactly as the route declarations generate it', () => {
    expect(fs.existsSync(CHECKED_IN), REGENERATE).toBe(true);
    const checkedIn: unknown = JSON.parse(fs.readFileSync(CHECKED_IN, 'utf8'));
    expect(checkedIn, REGENERATE).toEqual(generatedDocument());
  });

  it('is the document the server serves at /openapi.json', async () => {
    const t = await createTestApp('sqlite');
    try {
      const res = await t.app.request('/openapi.json');
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(generatedDocument());
    } finally {
      await t.close();
    }
  });
});
