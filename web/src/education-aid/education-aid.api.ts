import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/api-client.ts';
import type { components } from '../api/schema.gen.ts';

export type StudentAidPage = components['schemas']['StudentAidPage'];
export type StudentAid = components['schemas']['StudentAid'];
export type AidPaymentInput = components['schemas']['EducationAidPaymentInput'];

export const EDUCATION_AID_KEY = ['educationAid'] as const;
export const STUDENTS_PATH = '/api/v1/education-aid/students';

export const studentAidQuery = (region: string, year: number, missingOnly: boolean) => queryOptions({
  queryKey: [...EDUCATION_AID_KEY, 'students', region, year, missingOnly],
  queryFn: () => unwrap(api.GET(STUDENTS_PATH, { params: { query: { region, year, missingOnly: missingOnly ? 'true' : 'false', format: 'json', lang: 'zh' } } })) as Promise<StudentAidPage>,
});

export const recordAidPayment = (body: AidPaymentInput) => unwrap(api.POST('/api/v1/education-aid/payments', { body }));
