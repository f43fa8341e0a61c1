/** A problem answer as the API sends it (RFC 9457 with the closed code), for tests that stub `fetch`. */
export function problemResponse(status: number, code: string, extra: { detail?: string; details?: Record<string, unknown> } = {}): Response {
  const { detail = code, details } = extra;
  return Response.json({ type: 'about:blank', title: code, status, code, detail, errors: [], ...(details ? { details } : {}) }, { status });
}
