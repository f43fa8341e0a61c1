import { OpenAPIHono } from '@hono/zod-openapi';
import type { HttpEnv } from '../../http/http-env.ts';
import { assistancePlansApp } from './assistance-plans/assistance-plans.routes.ts';
import { assistanceReportsApp } from './assistance-reports/assistance-reports.routes.ts';
import { assistanceSettingsApp } from './assistance-settings/assistance-settings.routes.ts';
import { cadresApp } from './cadres/cadres.routes.ts';
import { measuresApp } from './measures/measures.routes.ts';
import { myHouseholdsApp } from './my-households/my-households.routes.ts';
import { pairingsApp } from './pairings/pairings.routes.ts';
import { visitsApp } from './visits/visits.routes.ts';
import { workTeamsApp } from './work-teams/work-teams.routes.ts';

/** Everything assistance serves: measures, plans, cadres, pairings, work teams, visits, "my households", reports. */
export const assistanceApp = new OpenAPIHono<HttpEnv>()
  .route('/', assistanceSettingsApp)
  .route('/', measuresApp)
  .route('/', assistancePlansApp)
  .route('/', cadresApp)
  .route('/', pairingsApp)
  .route('/', workTeamsApp)
  .route('/', visitsApp)
  .route('/', myHouseholdsApp)
  .route('/', assistanceReportsApp);
