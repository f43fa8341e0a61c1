import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/api-client.ts';
import type { components } from '../api/schema.gen.ts';

export type ImportJob = components['schemas']['ImportJob'];
export type ImportProblem = components['schemas']['ImportProblem'];

export const IMPORT_KEY = ['imports'] as const;

const isRunning = (job: ImportJob | undefined) => job?.status === 'checking' || job?.status === 'importing';

/** The job, polled every second while it is checking or importing. */
export const importJobQuery = (id: string) => queryOptions({
  queryKey: [...IMPORT_KEY, 'job', id],
  queryFn: () => unwrap(api.GET('/api/v1/imports/{id}', { params: { path: { id } } })),
  refetchInterval: (query) => (isRunning(query.state.data) ? 1000 : false),
});

export const importProblemsQuery = (id: string, after: number) => queryOptions({
  queryKey: [...IMPORT_KEY, 'problems', id, after],
  queryFn: () => unwrap(api.GET('/api/v1/imports/{id}/problems', { params: { path: { id }, query: { after, limit: 100 } } })),
});

/** Sends the file itself as the request body, so a large file is never held as JSON or form data. */
export type ImportKind = ImportJob['kind'];
export const IMPORT_KINDS: readonly ImportKind[] = ['households', 'incomes', 'basicNeedsChecks', 'pairings', 'measures'];

export function uploadImportFile({ file, kind }: { file: File; kind: ImportKind }) {
  return unwrap(api.POST('/api/v1/imports', {
    params: { query: { fileName: file.name, kind } },
    body: '',
    bodySerializer: () => file,
    headers: { 'content-type': 'application/octet-stream' },
  }));
}

export function commitImport(id: string) {
  return unwrap(api.POST('/api/v1/imports/{id}/commit', { params: { path: { id } } }));
}

export function cancelImport(id: string) {
  return unwrap(api.POST('/api/v1/imports/{id}/cancel', { params: { path: { id } } }));
}

export const templateHref = (kind: 'members' | ImportKind, lang: 'zh' | 'en') => `/api/v1/import-templates/${kind}?lang=${lang}`;
export const reportHref = (id: string, lang: 'zh' | 'en') => `/api/v1/imports/${id}/report?lang=${lang}`;
