import type { CohortOption, EventOption, PropertyOption } from '../../src/index';

/** A publisher's event catalogue, as a host would pass it. */
export const demoEvents: EventOption[] = [
  { name: 'Pageview', description: 'A page was viewed' },
  { name: 'videoViews', description: 'A video was played' },
  { name: 'LinkClick', description: 'A link was clicked' },
  { name: 'Purchase' },
  { name: 'BasketView' },
  { name: 'GamLogSlotClicked' },
];

/** Event properties with their types. */
export const demoProperties: PropertyOption[] = [
  { path: 'properties.client.url', label: 'URL', type: 'string' },
  { path: 'properties.client.title', label: 'page title', type: 'string' },
  { path: 'properties.client.domain', label: 'domain', type: 'string' },
  { path: 'properties.article.category', label: 'article category', type: 'string' },
  { path: 'properties.article.tags', label: 'article tags', type: 'string[]' },
  { path: 'properties.order.total', label: 'order total', type: 'number' },
  { path: 'properties.user.premium', label: 'premium user', type: 'boolean' },
  {
    path: 'properties.products',
    label: 'products',
    type: 'object[]',
    itemProperties: [
      { path: 'price', type: 'number' },
      { path: 'name', type: 'string' },
    ],
  },
];

/** Cohorts a transition clause can point at. */
export const demoCohorts: CohortOption[] = [
  { code: 1234, name: 'Football fans' },
  { code: 1235, name: 'Rugby fans' },
  { code: 2001, name: 'Subscribers' },
];
