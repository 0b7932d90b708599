// The OpenAPI document served at /api/openapi.json (described in docs/api.md).
const q = (name: string, description: string, schema: object = { type: 'string' }) => ({
  name,
  in: 'query',
  description,
  schema,
});
const filters = [
  q('actor', 'actor code (source or target), e.g. USA'),
  q('dyad', 'SRC-TGT, e.g. JPN-USA'),
  q('code', 'CAMEO code prefix, e.g. 04'),
  q('status', 'occurred | planned | denied'),
  q('from', 'YYYY-MM-DD'),
  q('to', 'YYYY-MM-DD'),
  q('q', 'text in the evidence sentence'),
  q('limit', '1..1000 (100)', { type: 'integer' }),
  q('offset', '>= 0', { type: 'integer' }),
];
const ok = (description: string) => ({
  200: { description },
  400: { description: '{error} on invalid input' },
});

export const openapi = {
  openapi: '3.1.0',
  info: { title: 'Dyad API', version: '0.1.0' },
  paths: {
    '/api/events': {
      get: { summary: 'Events, filtered and paged', parameters: filters, responses: ok('events') },
    },
    '/api/events/{id}': {
      get: {
        summary: 'One event mention with its stored article',
        responses: { ...ok('the event'), 404: { description: 'not found' } },
      },
    },
    '/api/search': {
      get: {
        summary: 'Full-text search over evidence sentences',
        parameters: filters,
        responses: ok('events'),
      },
    },
    '/api/top': {
      get: {
        summary:
          'The strongest events (largest |Goldstein|, then most confident) among those the filters select',
        parameters: [
          ...filters.filter((f) => f.name !== 'limit' && f.name !== 'offset'),
          q('n', '1..100 (10)', { type: 'integer' }),
        ],
        responses: ok('events'),
      },
    },
    '/api/actors': { get: { summary: 'Actor codes with event counts', responses: ok('actors') } },
    '/api/series': {
      get: {
        summary: 'Dyad series with cooperation–conflict index and alerts',
        parameters: [
          q('dyad', 'SRC-TGT'),
          q('period', 'day | week | month'),
          q('baseline', 'periods', { type: 'integer' }),
          q('threshold', '|z|', { type: 'number' }),
        ],
        responses: ok('series'),
      },
    },
    '/api/network': {
      get: {
        summary: 'Weighted directed actor network',
        parameters: [
          q('from', 'YYYY-MM-DD'),
          q('to', 'YYYY-MM-DD'),
          q('quad', '1..4', { type: 'integer' }),
          q('limit', 'heaviest edges, 1..10000 (500)', { type: 'integer' }),
        ],
        responses: ok('edges'),
      },
    },
    '/api/calendar': {
      get: {
        summary: 'Planned events with outcome, by date, paged',
        parameters: [
          q('limit', '1..5000 (200)', { type: 'integer' }),
          q('offset', '>= 0', { type: 'integer' }),
        ],
        responses: ok('entries'),
      },
    },
    '/api/articles': {
      post: {
        summary: 'Code and store one article (bearer token required)',
        security: [{ bearer: [] }],
        responses: {
          ...ok('stored'),
          401: { description: 'missing or wrong token' },
          413: { description: 'body too large' },
        },
      },
    },
  },
  components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
};
