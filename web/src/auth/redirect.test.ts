import { describe, expect, it } from 'vitest';
import { readSignInReason, safeNextPath, signInHref } from './redirect.ts';

describe('coming back after signing in', () => {
  it('remembers the page and its query', () => {
    const href = signInHref({ pathname: '/households', search: '?region=150602101&page=3' }, 'expired');
    const url = new URL(href, 'http://fupin.test');
    expect(url.pathname).toBe('/sign-in');
    expect(url.searchParams.get('next')).toBe('/households?region=150602101&page=3');
    expect(readSignInReason(url.searchParams.get('reason'))).toBe('expired');
    expect(safeNextPath(url.searchParams.get('next'))).toBe('/households?region=150602101&page=3');
  });

  it('keeps the address short when there is nothing to remember', () => {
    expect(signInHref({ pathname: '/', search: '' })).toBe('/sign-in');
    expect(signInHref({ pathname: '/sign-in', search: '?next=/x' }, 'signedOut')).toBe('/sign-in?reason=signedOut');
  });

  it('follows only paths on this site', () => {
    for (const bad of [null, '', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/sign-in?next=/x']) {
      expect(safeNextPath(bad)).toBe('/');
    }
    expect(readSignInReason('whatever')).toBeUndefined();
  });
});
