import { diffCohort, isEmptyPatch } from '../../src/api/patch';
import type { Cohort } from '../../src/api/types';

const original: Cohort = {
  id: 'c-1',
  code: 1001,
  name: 'Football fans',
  description: 'Read football',
  query: { event: 'Pageview', frequency: { greater_than_or_equal_to: 2 }, during: { the_last: { value: 30, unit: 'days' } } },
  tags: ['sport', 'uk'],
  state: 'Enabled',
};

describe('diffCohort', () => {
  it('given a draft equal to the original, then the patch is empty', () => {
    const draft = { name: original.name, description: original.description, query: structuredClone(original.query), tags: [...original.tags], state: original.state };
    const patch = diffCohort(original, draft);
    expect(patch).toEqual({});
    expect(isEmptyPatch(patch)).toBe(true);
  });

  it('given an empty draft, then nothing is edited and the patch is empty', () => {
    expect(diffCohort(original, {})).toEqual({});
  });

  it('given a changed name only, then only the name is sent', () => {
    expect(diffCohort(original, { ...original, name: 'Rugby fans' })).toEqual({ name: 'Rugby fans' });
  });

  it('given the same query with keys in another order, then the query is not sent', () => {
    const query = { during: { the_last: { unit: 'days', value: 30 } }, frequency: { greater_than_or_equal_to: 2 }, event: 'Pageview' };
    expect(diffCohort(original, { query })).toEqual({});
  });

  it('given a changed query deep inside, then the whole new query is sent', () => {
    const query = { event: 'Pageview', frequency: { greater_than_or_equal_to: 2 }, during: { the_last: { value: 7, unit: 'days' } } };
    expect(diffCohort(original, { query })).toEqual({ query });
  });

  it.each([null, ''])('given a description cleared to %j, then description: null deletes it', (description) => {
    expect(diffCohort(original, { description })).toEqual({ description: null });
  });

  it('given no description before and none after, then nothing is sent', () => {
    expect(diffCohort({ ...original, description: undefined }, { description: '' })).toEqual({});
    expect(diffCohort({ ...original, description: undefined }, { description: null })).toEqual({});
  });

  it('given a new description, then it is sent', () => {
    expect(diffCohort({ ...original, description: undefined }, { description: 'New' })).toEqual({ description: 'New' });
  });

  it('given reordered, added or removed tags, then the new tag list is sent', () => {
    expect(diffCohort(original, { tags: ['uk', 'sport'] })).toEqual({ tags: ['uk', 'sport'] });
    expect(diffCohort(original, { tags: ['sport'] })).toEqual({ tags: ['sport'] });
    expect(diffCohort({ ...original, tags: [] }, { tags: [] })).toEqual({});
  });

  it('given a state change, then the state is sent', () => {
    expect(diffCohort(original, { state: 'Disabled' })).toEqual({ state: 'Disabled' });
  });

  it('given several changes, then exactly those fields are sent', () => {
    expect(diffCohort(original, { ...original, name: 'X', tags: [], description: null })).toEqual({ name: 'X', tags: [], description: null });
  });

  it('given a patch that changes nothing, then isEmptyPatch says so; any field makes it non-empty', () => {
    expect(isEmptyPatch({ name: undefined })).toBe(true);
    expect(isEmptyPatch({ description: null })).toBe(false);
  });
});
