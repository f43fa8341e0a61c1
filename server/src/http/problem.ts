import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { AppError, type FieldError } from '../errors/app-error.ts';
import type { HttpEnv } from './http-env.ts';

/** RFC 9457 problem details, with a stable code and the fields that are wrong. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string(),
  field: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
  requestId: z.string().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
}).openapi('Problem');

export type Problem = z.infer<typeof problemSchema>;

export function problemResponse(c: Context<HttpEnv>, error: AppError): Response {
  const body: Problem = {
    type: `urn:fupin:error:${error.code}`,
    title: error.code,
    status: error.status,
    code: error.code,
    detail: error.message,
    errors: [...error.errors],
    requestId: c.get('requestId'),
    ...(error.field ? { field: error.field } : {}),
    ...(Object.keys(error.details).length ? { details: { ...error.details } } : {}),
  };
  return c.json(body, error.status as ContentfulStatusCode, { 'content-type': 'application/problem+json' });
}

/** zod issues as field errors: the path joined with dots (`members.1.idNumber`). */
export function fieldErrorsFromZod(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ field: i.path.join('.') || '(body)', code: i.code, message: i.message }));
}

export function validationError(error: z.ZodError, where: string): AppError {
  const errors = fieldErrorsFromZod(error);
  const first = errors[0];
  return new AppError('VALIDATION_FAILED', `invalid ${where}: ${first ? `${first.field}: ${first.message}` : 'bad input'}`, {
    ...(first ? { field: first.field } : {}),
    errors,
  });
}
