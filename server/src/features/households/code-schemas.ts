import { z } from '@hono/zod-openapi';
import type { CodeList } from '@fupin/core';

/** A value from one of core's code lists; anything else fails validation naming the field. */
export function codeEnum<C extends string>(list: CodeList<C>) {
  return z.enum(list.codes as readonly C[] as [C, ...C[]]).openapi({ description: `A code from the \`${list.name}\` list (GET /codes)` });
}

/** A query parameter holding any of several codes, comma-separated (`poor,relapsed`). */
export function codeListQuery<C extends string>(list: CodeList<C>) {
  return z.string().max(500).optional()
    .transform((value, ctx): C[] | undefined => {
      if (value === undefined) return undefined;
      const codes = value.split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = codes.filter((c) => !list.has(c));
      if (unknown.length) {
        ctx.addIssue({ code: 'custom', message: `unknown ${list.name} code(s): ${unknown.join(', ')}; expected any of ${list.codes.join(', ')}` });
        return z.NEVER;
      }
      return codes.length ? (codes as C[]) : undefined;
    })
    .openapi({ description: `Any of these \`${list.name}\` codes, comma-separated`, example: list.codes.slice(0, 2).join(',') });
}

export const isoDateSchema = z.iso.date('expected a date as YYYY-MM-DD').openapi({ example: '2020-06-30' });

export const yearSchema = z.number().int().min(1949).max(2100).openapi({ example: 2016 });

/** An explanation a user must give before seeing personal data in plain text; it is audited. */
export const revealRequestSchema = z.object({
  reason: z.string().trim().min(2, 'give a reason of at least 2 characters').max(200),
}).openapi('RevealRequest');

export const idParam = z.object({
  id: z.string().min(1).max(64).openapi({ param: { name: 'id', in: 'path' }, example: '0193b4c2-8f5e-7c3a-9d1e-2f4a6b8c0d1e' }),
});

/** The key of a household or member: a positive integer (other records keep UUIDv7 text ids). */
export const rowKeySchema = z.number().int().positive().openapi({ example: 1024 });

/** The same key in a path or query string, parsed to a number; anything else is a 400 naming the field. */
export const rowKeyText = z.coerce.number<string>().int().positive().openapi({ example: 1024 });

/** `:id` of a household or member. */
export const rowKeyIdParam = z.object({
  id: rowKeyText.openapi({ param: { name: 'id', in: 'path' } }),
});
