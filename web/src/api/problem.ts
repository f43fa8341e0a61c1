import type { components } from './schema.gen.ts';

export type Problem = components['schemas']['Problem'];

/** The server answered with a problem (RFC 9457): a stable code, a detail, the fields that are wrong. */
export class ApiProblem extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail);
    this.name = 'ApiProblem';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

/** The request never got an answer (offline, server down). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network error', { cause });
    this.name = 'NetworkError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readFieldErrors(value: unknown): Problem['errors'] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((e) => ({ field: String(e.field ?? ''), code: String(e.code ?? ''), message: String(e.message ?? '') }));
}

/** Whatever came back with a failed status, as a problem: a proxy's HTML page becomes HTTP_502. */
export function toApiProblem(body: unknown, response: Pick<Response, 'status' | 'statusText'>): ApiProblem {
  if (isRecord(body) && typeof body.code === 'string') {
    return new ApiProblem({
      type: typeof body.type === 'string' ? body.type : 'about:blank',
      title: typeof body.title === 'string' ? body.title : body.code,
      status: typeof body.status === 'number' ? body.status : response.status,
      code: body.code,
      detail: typeof body.detail === 'string' ? body.detail : response.statusText,
      errors: readFieldErrors(body.errors),
      ...(typeof body.field === 'string' ? { field: body.field } : {}),
      ...(typeof body.requestId === 'string' ? { requestId: body.requestId } : {}),
      ...(isRecord(body.details) ? { details: body.details } : {}),
    });
  }
  const code = `HTTP_${response.status}`;
  return new ApiProblem({ type: 'about:blank', title: code, status: response.status, code, detail: response.statusText || code, errors: [] });
}
