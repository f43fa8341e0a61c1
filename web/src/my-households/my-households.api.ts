import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/api-client.ts';
import type { components } from '../api/schema.gen.ts';

export type MyHouseholds = components['schemas']['MyHouseholds'];
export type MyHousehold = components['schemas']['MyHousehold'];
export type DueItem = components['schemas']['DueItem'];

export const myHouseholdsQuery = queryOptions({
  queryKey: ['myHouseholds'],
  queryFn: () => unwrap(api.GET('/api/v1/my-households')),
});
