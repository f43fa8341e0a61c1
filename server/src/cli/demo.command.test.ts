import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test/test-context.ts';
import { loadServeDemo, runDemoLoad, SERVE_DEMO_HOUSEHOLDS } from './demo.command.ts';

describeEachEngine('fupin serve --demo and fupin demo', (t) => {
  it('loads the demo county into an empty database once, printing progress', async () => {
    const lines: string[] = [];
    const out = { write: (s: string) => lines.push(s) };
    const first = await loadServeDemo(t().ctx, out);
    expect(first?.households).toBe(SERVE_DEMO_HOUSEHOLDS);
    expect(lines.join('')).toMatch(/demo county: 3,000 \/ 3,000 households[\s\S]*loaded demo county 东胜区 \(150602\)/);
    expect(await loadServeDemo(t().ctx, out)).toBeUndefined();
    const rows = await t().ctx.db.selectFrom('households').select('id').execute();
    expect(rows).toHaveLength(SERVE_DEMO_HOUSEHOLDS);
  });

  it('refuses to load a second demo into a county with households, saying why', async () => {
    await expect(runDemoLoad(t().ctx, { households: 5, seed: 'x', region: '150602' }, { write: () => undefined }))
      .rejects.toThrow(/东胜区 \(150602\) already has households/);
  });
});
