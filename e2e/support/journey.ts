import type { BrowserContext, Page } from 'playwright-core';
import { ADMIN } from './server.ts';

export interface JourneyContext {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
}

export interface Journey {
  name: string;
  /** A phone-sized journey sets its own screen. */
  viewport?: { width: number; height: number };
  run(ctx: JourneyContext): Promise<void>;
}

export class JourneyFailure extends Error {}

export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new JourneyFailure(message);
}

/** Signs in through the sign-in page, as a person would, starting from `path`. */
export async function signIn({ page, baseUrl }: JourneyContext, path = '/', user: { username: string; password: string } = ADMIN): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { name: '登录' }).waitFor();
  await page.getByLabel('用户名').fill(user.username);
  await page.getByLabel('密码', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('navigation', { name: '主导航' }).waitFor();
}

/** The region tree's nodes as the user sees them. */
export function treeNodes(page: Page) {
  return page.getByRole('tree', { name: '区划树' }).getByRole('treeitem');
}
