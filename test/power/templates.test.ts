// Issue 13, item 3: the default templates are queries the library vouches for, worded in English
// and German; the offer shows while the query holds nothing a person made.
import { createIdGenerator } from '../../src/query/ids';
import { createEmptyQuery } from '../../src/query/nodes';
import { defaultTemplateQueries, firstClauseId, isEmptyQuery, type QueryTemplate } from '../../src/query/templates';
import { describeQuery, defaultTemplates, germanSummaryPhrasebook, germanTemplates, parseQuery, serializeQuery, type JsonObject } from '../../src/index';
import { parsed } from '../query/queries';

describe('the default templates', () => {
  it.each(Object.entries(defaultTemplateQueries))('given template %s, then it parses with no issue at all (no error, no warning) and writes back the same JSON', (_key, json) => {
    const { query, issues } = parseQuery(json);
    expect(issues).toEqual([]);
    expect(serializeQuery(query!)).toEqual(json);
  });

  it('given the English and German sets, then both offer every default query, in the same order, each with a name and a description of its own', () => {
    for (const set of [defaultTemplates, germanTemplates] as const) {
      expect(set.map((t) => t.query)).toEqual(Object.values(defaultTemplateQueries));
      expect(new Set(set.map((t) => t.name)).size).toBe(set.length);
      for (const template of set) expect(template.description?.length).toBeGreaterThan(20);
    }
    expect(germanTemplates.map((t) => t.name)).not.toEqual(defaultTemplates.map((t) => t.name));
  });

  it('given every template of both sets, then each parses with no error issue', () => {
    const all: QueryTemplate[] = [...defaultTemplates, ...germanTemplates];
    for (const template of all) expect(parseQuery(template.query).issues.filter((issue) => issue.severity === 'error'), template.name).toEqual([]);
  });

  it('given the summaries, then each says what its template selects, in the phrasebook\'s language', () => {
    const sentences = defaultTemplates.map((t) => describeQuery(parseQuery(t.query).query!));
    expect(sentences[0]).toMatch(/Pageview at least 2 times in the last 30 days where URL contains "\/sport\/"/);
    expect(sentences[3]).toMatch(/videoViews/);
    expect(describeQuery(parseQuery(germanTemplates[1]!.query).query!, { phrasebook: germanSummaryPhrasebook })).toMatch(/^Nutzer/);
  });
});

describe('when a query is empty', () => {
  const ids = () => createIdGenerator('e');
  const cases: [string, JsonObject | 'new', boolean][] = [
    ['a new cohort (an AND of one OR of one blank clause)', 'new', true],
    ['an AND with nothing in it', { and: [] }, true],
    ['groups with no clause', { and: [{ or: [] }, { or: [] }] }, true],
    ['a clause with an event', { and: [{ or: [{ event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } }] }] }, false],
    ['two blank clauses (the person added one)', { and: [{ or: [{ event: '', frequency: { greater_than_or_equal_to: 1 } }] }, { or: [{ event: '', frequency: { greater_than_or_equal_to: 1 } }] }] }, false],
    ['a clause the library does not know', { and: [{ or: [{ something: 1 }] }] }, false],
  ];
  it.each(cases)('given %s, then it is %s', (_name, json, empty) => {
    const query = json === 'new' ? createEmptyQuery(ids()) : parsed(json);
    expect(isEmptyQuery(query)).toBe(empty);
  });

  it('given a template applied, then its first clause is the first in reading order', () => {
    const query = parsed(defaultTemplateQueries.sectionReaders, 't');
    expect(firstClauseId(query)).toBe('t3');
    expect(firstClauseId(parsed({ and: [] }))).toBeUndefined();
  });
});
