import type { QueryNode } from '../../src/query/ast';
import { describeQuery } from '../../src/query/describe';
import type { SummaryPhrasebook } from '../../src/query/phrasebook';
import { germanSummaryPhrasebook } from '../../src/query/phrasebook-de';
import { defaultSummaryPhrasebook } from '../../src/query/phrasebook-en';
import { conditionOperators, membershipTypes, transitionTypes, windowUnits } from '../../src/query/vocabulary';
import { parseQuery } from '../../src/serialize/parse';
import { corpus } from '../fixtures/corpus';
import { everyKindQuery, leavesOf, mapLeaves, phraseOutputs, summariesOf, typedWords, wordsOf } from './phrasebook-support';

// Parts that say how to word, not what: they never reach the text themselves.
const HOW = new Set(['voice', 'form', 'of', 'operator', 'negated', 'endsWithClause']);
const SHAPES = new Set(['plural', 'singular', 'statement', 'where', 'item', 'property', 'condition']);

// The text parts a marker phrase was given, so that the phrases it was handed stay visible.
function given(value: unknown): string[] {
  if (typeof value === 'string') return SHAPES.has(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(given);
  if (typeof value === 'function') return [String((value as (subject: string) => string)('⟨subject⟩'))];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, part]) => (HOW.has(key) ? [] : given(part)));
  return [];
}

// A phrasebook whose every leaf is a marker; `reached` collects the leaves `describe` used.
function markerPhrasebook(reached: Set<string>): SummaryPhrasebook {
  const marked = mapLeaves(defaultSummaryPhrasebook, (path, leaf) =>
    typeof leaf === 'string' ? `⟨${path}⟩` : (...args: unknown[]) => (reached.add(path), `⟨${path}⟩(${given(args).join('|')})`),
  );
  // Strings are read, not called: a proxy notes each read.
  const track = <T extends object>(table: T, prefix: string): T =>
    new Proxy(table, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        const path = prefix ? `${prefix}.${String(key)}` : String(key);
        if (typeof value === 'string') reached.add(path);
        return typeof value === 'object' && value !== null ? tracked(value, path) : value;
      },
    });
  const proxies = new Map<object, object>();
  const tracked = <T extends object>(table: T, prefix: string): T => {
    if (!proxies.has(table)) proxies.set(table, track(table, prefix));
    return proxies.get(table) as T;
  };
  return tracked(marked, '');
}

const corpusQueries = corpus.map((entry) => parseQuery(entry.query).query as QueryNode);

describe('a phrasebook with every phrase replaced', () => {
  it('given a marker for every leaf, when every kind of query and the corpus are described, then every leaf is used and no word of the library is left', () => {
    const reached = new Set<string>();
    const markers = markerPhrasebook(reached);
    for (const query of [everyKindQuery(), ...corpusQueries]) {
      const typed = typedWords(query);
      for (const text of summariesOf(query, markers)) {
        const left = wordsOf(text.replace(/⟨[^⟩]*⟩/g, ' ')).filter((word) => !typed.has(word));
        expect(left, text).toEqual([]);
      }
    }
    const leaves = leavesOf(defaultSummaryPhrasebook).map((leaf) => leaf.path);
    expect(leaves.filter((path) => !reached.has(path))).toEqual([]);
    expect(leaves.length).toBeGreaterThan(100);
  });

  it('given the marker phrasebook, then the text left outside markers is only what the person typed (the check can fail)', () => {
    const markers = markerPhrasebook(new Set());
    const query = parseQuery({ event: 'Pageview', where: { property: 'properties.article.tags', condition: { list_contains: ['golf'] } } }).query!;
    const text = describeQuery(query, { phrasebook: markers });
    expect(text.startsWith('⟨sentence⟩(')).toBe(true);
    expect(text).toContain('⟨conditions.operators.list_contains.one⟩');
    expect(wordsOf(text.replace(/⟨[^⟩]*⟩/g, ' '))).toEqual(expect.arrayContaining(['pageview', 'article', 'tags', 'golf']));
    // The same query in English leaves the library's own words outside any marker.
    const english = wordsOf(describeQuery(query)).filter((word) => !typedWords(query).has(word));
    expect(english).toEqual(expect.arrayContaining(['users', 'who', 'did', 'includes']));
  });
});

describe('the shape of the phrasebooks', () => {
  it('given English and German, then both have the same leaves', () => {
    expect(leavesOf(germanSummaryPhrasebook).map((leaf) => leaf.path)).toEqual(leavesOf(defaultSummaryPhrasebook).map((leaf) => leaf.path));
  });

  it('given the vocabulary, then every operator, unit, transition and membership has its phrase in both', () => {
    for (const phrasebook of [defaultSummaryPhrasebook, germanSummaryPhrasebook]) {
      const { operators } = phrasebook.conditions;
      for (const entry of conditionOperators) expect(Object.hasOwn(operators, entry.value), entry.value).toBe(true);
      for (const entry of windowUnits) expect(Object.hasOwn(phrasebook.windows.theLast, entry.value.replace(/s$/, '')), entry.value).toBe(true);
      for (const entry of transitionTypes) expect(typeof phrasebook.clauses.transitions[entry.value]).toBe('function');
      expect(membershipTypes.every((entry) => /second_party|third_party|connections_import/.test(entry.value))).toBe(true);
    }
  });

  it('given every phrase called with every sample of its parts, then each answers with text, in both languages', () => {
    for (const phrasebook of [defaultSummaryPhrasebook, germanSummaryPhrasebook]) {
      const outputs = phraseOutputs(phrasebook);
      expect(outputs.length).toBeGreaterThan(1000);
      for (const { path, text } of outputs) {
        expect(typeof text, path).toBe('string');
        expect(text, path).not.toMatch(/undefined|NaN|\[object /);
      }
    }
  });
});
