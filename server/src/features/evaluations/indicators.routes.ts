import { createRoute } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../http/openapi.ts';
import { afCatalogueSchema, indicatorsQuery, indicatorsSchema, multidimensionalInputSchema, multidimensionalResultSchema } from './indicators.schemas.ts';
import { AF_DEFAULT_K, AF_INDICATORS, computeMultidimensional, getIndicators } from './indicators.service.ts';

export const indicatorsApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/indicators', tags: ['indicators'],
    summary: 'Poverty incidence of a region and its children, and the FGT family (P0, P1, P2) against a line',
    request: { query: indicatorsQuery },
    responses: { 200: jsonContent(indicatorsSchema, 'Indicators'), ...problemResponses },
  }), async (c) => {
    const { regionCode, year, line } = c.req.valid('query');
    return c.json(await getIndicators(c.get('ctx'), c.get('actor'), regionCode, year, line), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/indicators/multidimensional/catalogue', tags: ['indicators'],
    summary: 'The deprivation indicators the registry can answer, with default weights and cutoff',
    responses: { 200: jsonContent(afCatalogueSchema, 'Indicators and defaults'), ...problemResponses },
  }), (c) => c.json({ indicators: AF_INDICATORS.map((i) => ({ ...i })), k: AF_DEFAULT_K }, 200))
  .openapi(createRoute({
    method: 'post', path: '/indicators/multidimensional', tags: ['indicators'],
    summary: 'Alkire–Foster H, A, M0 and each indicator\'s contribution over the registry, for a chosen spec',
    request: jsonBody(multidimensionalInputSchema),
    responses: { 200: jsonContent(multidimensionalResultSchema, 'The measure'), ...problemResponses },
  }), async (c) => c.json(await computeMultidimensional(c.get('ctx'), c.get('actor'), c.req.valid('json')), 200));
