import { validate, version } from 'uuid';
import { describe, expect, it } from 'vitest';
import { createRowIdFactory } from './row-ids.ts';

describe('row identifiers for bulk loads', () => {
  it('are valid, distinct UUIDv7s in creation order, also within one millisecond', () => {
    let clock = 1_790_000_000_000;
    const next = createRowIdFactory(() => clock);
    const ids: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      if (i % 2500 === 0) clock += 1;
      ids.push(next());
    }
    expect(ids.every((id) => validate(id) && version(id) === 7)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id, i) => i === 0 || (ids[i - 1] ?? '') < id)).toBe(true);
    expect(ids[0]?.slice(0, 13)).toBe(`${(clock - 3).toString(16).padStart(12, '0').slice(0, 8)}-${(clock - 3).toString(16).padStart(12, '0').slice(8)}`);
  });
});
