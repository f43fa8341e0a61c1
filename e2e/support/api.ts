import type { Page } from 'playwright-core';

export interface ApiAnswer<T> {
  status: number;
  body: T;
}

/**
 * Calls the API through the page's own session, as the app does: the CSRF token from its
 * cookie on writes. For setting up and checking a journey's data, not for what it tests.
 */
export function callApi<T>(page: Page, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<ApiAnswer<T>> {
  return page.evaluate(async ({ method, url, body }) => {
    const csrf = document.cookie.split(';').map((s) => s.trim()).find((s) => s.startsWith('fupin_csrf='))?.slice('fupin_csrf='.length);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (csrf) headers['x-csrf-token'] = decodeURIComponent(csrf);
    const response = await fetch(url, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { status: response.status, body: await response.json() };
  }, { method, url, body }) as Promise<ApiAnswer<T>>;
}

/** A GET that must succeed. */
export async function getJson<T>(page: Page, url: string): Promise<T> {
  const answer = await callApi<T>(page, 'GET', url);
  if (answer.status !== 200) throw new Error(`GET ${url} answered ${answer.status}`);
  return answer.body;
}

/** The figures the overview journeys compare the page with. */
export interface OverviewFigures {
  region: { code: string; name: string | null };
  totals: { households: number };
  incidence: { regions: { code: string; name: string | null; households: number }[] };
}

/** Child regions of a region that have households, from the overview API. */
export async function populatedChildren(page: Page, regionCode: string): Promise<{ code: string; name: string; households: number }[]> {
  const overview = await getJson<OverviewFigures>(page, `/api/v1/overview?regionCode=${regionCode}`);
  return overview.incidence.regions
    .filter((r) => r.households > 0 && r.code !== regionCode)
    .map((r) => ({ code: r.code, name: r.name ?? r.code, households: r.households }));
}
