import { describe, expect, it } from 'vitest';
import { chosenRegion } from './use-region-param.ts';

describe('the region in the address', () => {
  it('is used when it lies within the user\'s scope', () => {
    expect(chosenRegion('150602101', '150602')).toBe('150602101');
    expect(chosenRegion('150602', '150602')).toBe('150602');
  });

  it('falls back to the user\'s own region when missing, malformed or outside it', () => {
    expect(chosenRegion(null, '150602')).toBe('150602');
    expect(chosenRegion('110101', '150602')).toBe('150602');
    expect(chosenRegion('15', '150602')).toBe('150602');
    expect(chosenRegion('150602abc', '150602')).toBe('150602');
  });
});
