import { OpenAPIHono, type z } from '@hono/zod-openapi';
import { validationError, problemSchema } from './problem.ts';
import type { HttpEnv } from './http-env.ts';

/** A feature's router: invalid input becomes a VALIDATION_FAILED problem naming the field. */
export function createFeatureApp(): OpenAPIHono<HttpEnv> {
  return new OpenAPIHono<HttpEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error, result.target === 'json' ? 'request body' : `${result.target}`);
    },
  });
}

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } };
}

const problem = (description: string) => ({ content: { 'application/problem+json': { schema: problemSchema } }, description });

/** The problem answers every authenticated route can give. */
export const problemResponses = {
  400: problem('Invalid input'),
  401: problem('Not signed in'),
  403: problem('Not allowed'),
  404: problem('Not found or outside your region'),
  409: problem('Conflict with existing data'),
  422: problem('Breaks a domain rule'),
} as const;
