import { createFeatureApp } from '../../http/openapi.ts';
import { educationAidApp } from '../education-aid/education-aid.routes.ts';
import { employmentApp } from '../employment/employment.routes.ts';
import { assistanceWorkshopsApp } from '../employment/assistance-workshops.routes.ts';
import { microloansApp } from '../microloans/microloans.routes.ts';

/** The programmes behind the measures: employment, workshops, microloans, education aid. */
export const programmesApp = createFeatureApp()
  .route('/', employmentApp)
  .route('/', assistanceWorkshopsApp)
  .route('/', microloansApp)
  .route('/', educationAidApp);
