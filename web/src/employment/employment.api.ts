import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/api-client.ts';
import type { components } from '../api/schema.gen.ts';

export type LabourMember = components['schemas']['LabourForceMember'];
export type Job = components['schemas']['Job'];
export type JobInput = components['schemas']['JobInput'];
export type Post = components['schemas']['PublicWelfarePost'];
export type PostInput = components['schemas']['PublicWelfarePostInput'];
export type Training = components['schemas']['TrainingRecord'];
export type TrainingInput = components['schemas']['TrainingRecordInput'];
export type AssistanceWorkshop = components['schemas']['AssistanceWorkshop'];
export type AssistanceWorkshopInput = components['schemas']['AssistanceWorkshopInput'];
export type AssistanceWorkshopSubsidy = components['schemas']['AssistanceWorkshopSubsidy'];
export type EmploymentReport = components['schemas']['EmploymentReport'];

export const EMPLOYMENT_KEY = ['employment'] as const;

export const labourQuery = (region: string, year: number, employed: 'all' | 'yes' | 'no', page: number) => queryOptions({
  queryKey: [...EMPLOYMENT_KEY, 'labour', region, year, employed, page],
  queryFn: () => unwrap(api.GET('/api/v1/employment/labour-force', { params: { query: { region, year, employed, page, pageSize: 50 } } })),
});

export const jobsQuery = (region: string, year: number) => queryOptions({
  queryKey: [...EMPLOYMENT_KEY, 'jobs', region, year],
  queryFn: () => unwrap(api.GET('/api/v1/employment/jobs', { params: { query: { region, year } } })),
});

export const postsQuery = (region: string, year: number) => queryOptions({
  queryKey: [...EMPLOYMENT_KEY, 'posts', region, year],
  queryFn: () => unwrap(api.GET('/api/v1/employment/public-welfare-posts', { params: { query: { region, year } } })),
});

export const trainingQuery = (region: string, year: number) => queryOptions({
  queryKey: [...EMPLOYMENT_KEY, 'training', region, year],
  queryFn: () => unwrap(api.GET('/api/v1/employment/training', { params: { query: { region, year } } })),
});

export const assistanceWorkshopsQuery = (region: string) => queryOptions({
  queryKey: [...EMPLOYMENT_KEY, 'assistanceWorkshops', region],
  queryFn: () => unwrap(api.GET('/api/v1/assistance-workshops', { params: { query: { region } } })),
});

export const assistanceWorkshopQuery = (id: string) => queryOptions({
  queryKey: [...EMPLOYMENT_KEY, 'assistanceWorkshop', id],
  queryFn: () => unwrap(api.GET('/api/v1/assistance-workshops/{id}', { params: { path: { id } } })),
});

export const assistanceWorkshopSubsidyQuery = (id: string, year: number) => queryOptions({
  queryKey: [...EMPLOYMENT_KEY, 'assistanceWorkshop', id, 'subsidy', year],
  queryFn: () => unwrap(api.GET('/api/v1/assistance-workshops/{id}/subsidy', { params: { path: { id }, query: { year } } })),
});

export const employmentReportQuery = (region: string, year: number) => queryOptions({
  queryKey: [...EMPLOYMENT_KEY, 'report', region, year],
  queryFn: () => unwrap(api.GET('/api/v1/employment/report', { params: { query: { region, year, format: 'json', lang: 'zh' } } })) as Promise<EmploymentReport>,
});

export const householdLabourQuery = (householdId: number, year: number) => queryOptions({
  queryKey: [...EMPLOYMENT_KEY, 'household', householdId, year],
  queryFn: () => unwrap(api.GET('/api/v1/households/{householdId}/labour', { params: { path: { householdId }, query: { year } } })),
});

export const recordJob = (body: JobInput) => unwrap(api.POST('/api/v1/employment/jobs', { body }));
export const recordPost = (body: PostInput) => unwrap(api.POST('/api/v1/employment/public-welfare-posts', { body }));
export const endPost = (id: string, endedOn: string) => unwrap(api.POST('/api/v1/employment/public-welfare-posts/{id}/end', { params: { path: { id } }, body: { endedOn } }));
export const recordTraining = (body: TrainingInput) => unwrap(api.POST('/api/v1/employment/training', { body }));
export const createAssistanceWorkshop = (body: AssistanceWorkshopInput) => unwrap(api.POST('/api/v1/assistance-workshops', { body }));
export const addWorker = (id: string, body: components['schemas']['AssistanceWorkshopWorkerInput']) => unwrap(api.POST('/api/v1/assistance-workshops/{id}/workers', { params: { path: { id } }, body }));
export const claimSubsidy = (id: string, year: number) => unwrap(api.POST('/api/v1/assistance-workshops/{id}/subsidy', { params: { path: { id } }, body: { year } }));
