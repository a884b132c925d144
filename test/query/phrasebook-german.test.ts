import type { AnyNode, Condition, Query, QueryNode } from '../../src/query/ast';
import { describeNode, describeQuery } from '../../src/query/describe';
import { germanSummaryPhrasebook as de } from '../../src/query/phrasebook-de';
import { defaultSummaryPhrasebook } from '../../src/query/phrasebook-en';
import {
  createEngagedCompletionClause,
  createEngagedTimeClause,
  createEngagedViewsClause,
  createExpressionClause,
  createGroup,
  createInSegmentClause,
  createMembershipClause,
  createRawClause,
  createTheLastWindow,
  createTransitionClause,
  createWhereGroup,
} from '../../src/query/nodes';
import { parseQuery } from '../../src/serialize/parse';
import { corpus } from '../fixtures/corpus';
import { cmp, cond, freshIds, op } from './builders';
import { everyKindQuery, phraseOutputs, summariesOf, typedWords, wordsOf } from './phrasebook-support';

const german = { phrasebook: de };
const ids = freshIds();
const sentence = (query: QueryNode) => describeQuery(query, german);
const phrase = (node: AnyNode) => describeNode(node, german);
const corpusQuery = (id: string) => parseQuery(corpus.find((entry) => entry.id === id)!.query).query as Query;

// Every word English summaries are made of, from the English phrasebook's own answers.
const ENGLISH = new Set(phraseOutputs(defaultSummaryPhrasebook).flatMap(({ text }) => wordsOf(text)));
// German words spelled like English ones, with the same meaning ("in Kohorte", "Segment", "Minute",
// "URL", "Domain"), and the German preposition "an" ("an einem der Tage").
const SHARED = new Set(['in', 'an', 'segment', 'minute', 'url', 'domain']);
const englishIn = (text: string, typed: Set<string>) => wordsOf(text).filter((word) => ENGLISH.has(word) && !typed.has(word) && !SHARED.has(word));

describe('no English left in German summaries', () => {
  it('given the English phrasebook, then its words are derived from its phrases and include the ones a summary is built of', () => {
    expect(ENGLISH.size).toBeGreaterThan(100);
    for (const word of ['users', 'who', 'did', 'times', 'once', 'and', 'or', 'contains', 'days', 'cohort', 'second', 'party', 'empty', 'item', 'yet']) {
      expect(ENGLISH.has(word), word).toBe(true);
    }
  });

  it('given every phrase of the German phrasebook with every sample of its parts, then no English word is in it', () => {
    for (const { path, text } of phraseOutputs(de)) expect(englishIn(text, new Set()), `${path}: ${text}`).toEqual([]);
  });

  it.each(corpus.map((entry) => [entry.id]))('given corpus query %s in German, then neither its sentence nor any node phrase has an English word', (id) => {
    const query = corpusQuery(id);
    const typed = typedWords(query);
    const texts = summariesOf(query, de);
    for (const text of texts) expect(englishIn(text, typed), text).toEqual([]);
    expect(texts[0]).toMatch(/^Nutzer, die .+\.$/);
    // The same check finds the English words of the English summary: it is not vacuous.
    expect(englishIn(describeQuery(query), typed).length).toBeGreaterThan(1);
  });

  it('given the query of every kind in German, then no English word is in any of its summaries', () => {
    const query = everyKindQuery();
    const typed = typedWords(query);
    for (const text of summariesOf(query, de)) expect(englishIn(text, typed), text).toEqual([]);
  });

  it('given a German phrasebook with one English phrase left, then the check finds it', () => {
    const leaky = { ...de, clauses: { ...de.clauses, inCohort: defaultSummaryPhrasebook.clauses.inCohort } };
    const query = corpusQuery('code-25');
    expect(englishIn(describeQuery(query, { phrasebook: leaky }), typedWords(query))).toEqual(['are', 'cohort']);
  });
});

describe('German examples, one per clause kind', () => {
  it('given event clauses, then the verb ends the phrase and counts read as German plurals', () => {
    const doc01 = corpusQuery('doc-01');
    expect(phrase(doc01)).toBe('hat Pageview mindestens 2-mal in den letzten 30 Tagen ausgeführt, wobei URL „football“ enthält');
    expect(sentence(doc01)).toBe('Nutzer, die Pageview mindestens 2-mal in den letzten 30 Tagen ausgeführt haben, wobei URL „football“ enthält.');
    expect(phrase(createExpressionClause(ids, { event: 'Pageview', frequency: cmp('equal_to', 1), during: createTheLastWindow(1) }))).toBe(
      'hat Pageview genau einmal innerhalb des letzten Tages ausgeführt',
    );
    expect(phrase(createExpressionClause(ids, { event: 'Pageview', frequency: cmp('less_than', 2.5), during: createTheLastWindow(1, 'month') }))).toBe(
      'hat Pageview weniger als 2,5-mal innerhalb des letzten Monats ausgeführt',
    );
    expect(phrase(createExpressionClause(ids, { event: 'Pageview', frequency: cmp('equal_to', 0), during: { kind: 'this_session' } }))).toBe(
      'hat Pageview in dieser Sitzung nicht ausgeführt',
    );
    expect(phrase(createExpressionClause(ids))).toBe('hat ein noch nicht gewähltes Ereignis mindestens einmal ausgeführt');
    expect(sentence(corpusQuery('ast-36'))).toBe(
      'Nutzer, die Pageview höchstens 2-mal in den letzten 24 Stunden ausgeführt haben und VideoPlay weniger als 5-mal in den letzten 30 Minuten ausgeführt haben.',
    );
  });

  it('given engaged time, completion and page views, then each reads as German', () => {
    expect(sentence(corpusQuery('inf-04'))).toBe('Nutzer, die in den letzten 7 Tagen mindestens 120 Sekunden aktiv auf Seiten verbracht haben, wobei URL „dogs“ enthält.');
    expect(phrase(createEngagedTimeClause(ids, { seconds: cmp('less_than', 1) }))).toBe('hat weniger als 1 Sekunde aktiv verbracht');
    expect(phrase(createEngagedCompletionClause(ids, { completion: cmp('greater_than_or_equal_to', 0.4) }))).toBe('hat mindestens 40\u00a0% der Seite gescrollt');
    expect(sentence(createEngagedCompletionClause(ids, { completion: cmp('greater_than', 0.075) }))).toBe('Nutzer, die mehr als 7,5\u00a0% der Seite gescrollt haben.');
    expect(phrase(createEngagedViewsClause(ids, { times: cmp('greater_than_or_equal_to', 3), during: createTheLastWindow(14) }))).toBe(
      'hat in den letzten 14 Tagen mindestens 3 Seiten aufgerufen und auf jeder mindestens 30 Sekunden aktiv verbracht',
    );
    expect(sentence(corpusQuery('ast-27'))).toBe(
      'Nutzer, die in den letzten 14 Tagen mindestens 3 Seiten aufgerufen und auf jeder mindestens 30 Sekunden aktiv verbracht haben, wobei URL „/sport/“ enthält.',
    );
  });

  it('given the four cohort transitions, then entered, exited, not entered and not exited read as German', () => {
    const t = (type: 'has_entered' | 'has_exited' | 'has_not_entered' | 'has_not_exited') => createTransitionClause(ids, { type, segment: 1234, during: createTheLastWindow(30) });
    expect(phrase(t('has_entered'))).toBe('ist in den letzten 30 Tagen in Kohorte 1234 eingetreten');
    expect(phrase(t('has_exited'))).toBe('ist in den letzten 30 Tagen aus Kohorte 1234 ausgetreten');
    expect(phrase(t('has_not_entered'))).toBe('ist in den letzten 30 Tagen nicht in Kohorte 1234 eingetreten');
    expect(sentence(t('has_not_exited'))).toBe('Nutzer, die in den letzten 30 Tagen nicht aus Kohorte 1234 ausgetreten sind.');
    expect(phrase(createTransitionClause(ids))).toBe('ist in Kohorte (noch kein Kohortencode) eingetreten');
  });

  it('given segment memberships, cohorts and raw clauses, then each reads as German', () => {
    expect(phrase(createMembershipClause(ids, { type: 'in_third_party_segment', provider: 'nielsen', segment: 'female_25_34' }))).toBe('ist im Drittanbieter-Segment female_25_34 von nielsen');
    expect(sentence(corpusQuery('ast-30'))).toBe('Nutzer, die nicht im Zweitanbieter-Segment churned von acme_crm sind und nicht im Drittanbieter-Segment 991 von nielsen sind.');
    expect(phrase(createMembershipClause(ids))).toBe('ist im Zweitanbieter-Segment (noch kein Segment) von (noch kein Anbieter)');
    expect(phrase(createMembershipClause(ids, { type: 'in_connections_import_segment', provider: undefined, segment: undefined, fieldName: 'email', value: 'a' }))).toBe(
      'ist im importierten Segment mit „a“ im Feld email',
    );
    expect(sentence(createMembershipClause(ids, { type: 'not_in_connections_import_segment', provider: 'acme' }))).toBe('Nutzer, die nicht im importierten Segment von acme sind.');
    expect(phrase(createInSegmentClause(ids, 42))).toBe('ist in Kohorte 42');
    expect(sentence(createInSegmentClause(ids, 42))).toBe('Nutzer, die in Kohorte 42 sind.');
    expect(phrase(createRawClause(ids, { x: 1 }))).toBe('entspricht einer von der Bibliothek nicht erkannten Klausel');
    expect(sentence(createGroup(ids, 'and'))).toBe('Nutzer, die einer leeren Gruppe entsprechen.');
  });

  it('given groups, then "und"/"oder" join them, and a comma closes a where part before the next clause', () => {
    expect(sentence(corpusQuery('inf-03'))).toBe(
      'Nutzer, die (Pageview mindestens 2-mal ausgeführt haben, wobei URL „football“ enthält, oder Pageview mindestens einmal ausgeführt haben, wobei Seitentitel „London“ enthält) und Pageview nicht ausgeführt haben, wobei Domain „example.com“ ist.',
    );
    expect(sentence(corpusQuery('code-24'))).toBe(
      'Nutzer, die in den letzten 30 Tagen in Kohorte 1234 eingetreten sind oder in den letzten 30 Tagen in Kohorte 1235 eingetreten sind oder im Zweitanbieter-Segment subscribers_gold von acme_crm sind.',
    );
    expect(phrase(corpusQuery('code-25'))).toBe('hat pageview mindestens einmal ausgeführt und (entspricht einer von der Bibliothek nicht erkannten Klausel oder ist in Kohorte 42)');
  });

  it.each<[Condition, string]>([
    [op('contains', 'football'), 'URL enthält „football“'],
    [op('contains', ['a', 'b', 'c']), 'URL enthält einen der Werte „a“, „b“ oder „c“'],
    [op('contains', []), 'URL enthält einen der Werte (noch keine Werte)'],
    [op('does_not_contain', 'x'), 'URL enthält „x“ nicht'],
    [op('does_not_contain', ['a', 'b']), 'URL enthält keinen der Werte „a“ oder „b“'],
    [op('equal_to', ['a', 'b']), 'URL ist einer der Werte „a“ oder „b“'],
    [op('not_equal_to', 3), 'URL ist nicht 3'],
    [op('list_contains', ['a']), 'URL enthält das Element „a“'],
    [op('list_does_not_contain', ['a', 'b']), 'URL enthält keines der Elemente „a“ oder „b“'],
    [op('greater_than', 5.5), 'URL ist größer als 5,5'],
    [op('less_than_or_equal_to', 5), 'URL ist höchstens 5'],
    [op('between', { start: 50, end: 200 }), 'URL liegt zwischen 50 und 200'],
    [op('date_between', { start: '2024-01-01' }), 'URL liegt zwischen „2024-01-01“ und (noch kein Wert)'],
    [op('boolean_equal_to', false), 'URL ist falsch'],
    [op('equal_to', null), 'URL ist kein Wert'],
    [op('date_equal_to', '2024-01-01'), 'URL ist am „2024-01-01“'],
    [op('shiny_new', 1), 'URL erfüllt die Bedingung shiny_new 1'],
    [{ kind: 'presence', operator: 'is_empty' }, 'URL ist leer'],
    [{ kind: 'presence', operator: 'is_not_empty' }, 'URL ist nicht leer'],
    [{ kind: 'raw', json: 5 }, 'URL erfüllt eine von der Bibliothek nicht erkannte Bedingung'],
  ])('given condition %j alone, then it reads %j (verb second)', (condition, text) => {
    expect(phrase(cond(ids, 'properties.client.url', condition))).toBe(text);
  });

  it('given conditions in a where part, then the verb comes last', () => {
    const where = (condition: Condition) => phrase(createExpressionClause(ids, { event: 'E', where: cond(ids, 'properties.client.title', condition) }));
    expect(where(op('does_not_contain', 'x'))).toBe('hat E mindestens einmal ausgeführt, wobei Seitentitel „x“ nicht enthält');
    expect(where(op('between', { start: 1, end: 2 }))).toBe('hat E mindestens einmal ausgeführt, wobei Seitentitel zwischen 1 und 2 liegt');
    expect(where(op('contains', 'a\nb'))).toBe('hat E mindestens einmal ausgeführt, wobei Seitentitel „a\\u000ab“ enthält');
  });

  it('given function conditions, then "ein Element, bei dem", "nur Elemente, bei denen" and aggregates read as German', () => {
    const fn = (name: string) => phrase(cond(ids, 'properties.products', { kind: 'function', function: name, property: 'price', condition: op('greater_than_or_equal_to', 100) }));
    expect(fn('any')).toBe('products enthält ein Element, bei dem price mindestens 100 ist');
    expect(fn('all')).toBe('products enthält nur Elemente, bei denen price mindestens 100 ist');
    expect(fn('sum')).toBe('die Summe von price über alle Elemente von products ist mindestens 100');
    expect(fn('median')).toBe('die Funktion „median“ von price über alle Elemente von products ist mindestens 100');
    expect(sentence(corpusQuery('code-14'))).toBe(
      'Nutzer, die GamLogSlotClicked genau einmal ausgeführt haben, wobei slot.targeting_keys ein Element enthält, bei dem key „permutive“ ist und value eines der Elemente „12345“ oder „23456“ enthält.',
    );
    // The item condition is a dependent clause: a comma closes it before the next condition.
    const products = cond(ids, 'properties.products', { kind: 'function', function: 'any', property: 'price', condition: op('greater_than', 1) });
    const either = createWhereGroup(ids, 'or', [products, cond(ids, 'properties.client.url', op('contains', 'x'))]);
    expect(phrase(either)).toBe('products enthält ein Element, bei dem price größer als 1 ist, oder URL enthält „x“');
    expect(phrase(createExpressionClause(ids, { event: 'E', where: either }))).toBe(
      'hat E mindestens einmal ausgeführt, wobei products ein Element enthält, bei dem price größer als 1 ist, oder URL „x“ enthält',
    );
  });
});
