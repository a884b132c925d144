/**
 * Plain-language descriptions of queries, for summaries next to the builder and in lists:
 * `Users who did Pageview at least 2 times in the last 30 days where URL contains "football".`
 * Pure strings, never HTML; the host escapes them like any other text. The words come from
 * `options.phrasebook` (English by default, `germanSummaryPhrasebook` for German); this file decides
 * which phrase says what, what is missing, and hands the phrases the parts.
 */
import type { AnyNode, ComparisonOperator, ComparisonValue, MembershipClause, QueryNode, Window } from './ast';
import { phrasebookOf, valueWords, wherePart, type DescribeOptions } from './describe-where';
import type { Amount, SummaryPart, SummaryPhrasebook, SummaryVoice, WindowUnit } from './phrasebook';
import { comparisonOperatorMark, windowUnits } from './vocabulary';

type Phrase = (amount: Amount) => string;

// `count` words before a number of things ("fewer than 3 page views"), `amount` words before time and shares ("less than").
function amountWords(value: ComparisonValue, phrasebook: SummaryPhrasebook, table: 'count' | 'amount', phrase: Phrase, unrecognised: string, percent = false): string {
  if (value.kind === 'raw') return unrecognised;
  const { operator } = value;
  const { amounts } = phrasebook;
  const words = comparisonOperatorMark(operator) ? amounts[table][operator as ComparisonOperator] : amounts.unknownOperator(operator);
  // A share is stored as a fraction and read in percent, to one decimal.
  const number = percent ? Math.round(value.value * 1000) / 10 : value.value;
  return phrase({ operator, words, value: number });
}

// The JSON's "days" and "day" are both the unit `day`.
const UNITS: ReadonlyMap<string, WindowUnit> = new Map(windowUnits.map((unit) => [unit.value, unit.value.replace(/s$/, '') as WindowUnit]));

function windowWords(window: Window | undefined, phrasebook: SummaryPhrasebook): string {
  const { windows } = phrasebook;
  if (!window) return windows.allTime;
  if (window.kind === 'this_session') return windows.thisSession;
  if (window.kind === 'raw') return phrasebook.unrecognised.window;
  const unit = UNITS.get(window.unit);
  return unit ? windows.theLast[unit](window.value) : windows.theLastUnknown(window.value, window.unit);
}

function membershipWords(clause: MembershipClause, phrasebook: SummaryPhrasebook, voice: SummaryVoice): string {
  const { clauses, missing } = phrasebook;
  const negated = clause.type.startsWith('not_');
  const provider = clause.provider?.trim() ? clause.provider : missing.provider;
  if (clause.type.endsWith('connections_import_segment')) {
    if (clause.provider !== undefined || (clause.fieldName === undefined && clause.value === undefined)) {
      return clauses.importedSegment({ voice, negated, provider });
    }
    return clauses.importedSegmentField({ voice, negated, field: clause.fieldName || missing.field, value: valueWords(clause.value ?? '', phrasebook) });
  }
  const segment = clause.segment === undefined || clause.segment === '' ? missing.segment : String(clause.segment);
  const phrase = clause.type.includes('second_party') ? clauses.secondPartySegment : clauses.thirdPartySegment;
  return phrase({ voice, negated, segment, provider });
}

// A node's words depend on the node, the phrasebook, the property labels, the voice and the nesting
// only. Nodes are never mutated and an edit replaces only the objects along its path, so a live
// summary re-words the edited clause and the groups above it and reuses every other clause and group
// (a 500-clause summary is ~75 KB of text; rebuilding each group's part on every keystroke was most
// of it). One cache per phrasebook, a few entries per node: the summary and the clause card ask in
// different voices.
interface Worded {
  labels: DescribeOptions['propertyLabels'];
  voice: SummaryVoice;
  nested: boolean;
  part: SummaryPart;
}
const caches = new WeakMap<SummaryPhrasebook, WeakMap<QueryNode, Worded[]>>();

function cacheOf(phrasebook: SummaryPhrasebook): WeakMap<QueryNode, Worded[]> {
  let cache = caches.get(phrasebook);
  if (!cache) caches.set(phrasebook, (cache = new WeakMap()));
  return cache;
}

function nodePart(node: QueryNode, options: DescribeOptions, phrasebook: SummaryPhrasebook, voice: SummaryVoice, nested: boolean): SummaryPart {
  const labels = options.propertyLabels;
  const cache = cacheOf(phrasebook);
  const known = cache.get(node) ?? [];
  const hit = known.find((w) => w.labels === labels && w.voice === voice && w.nested === nested);
  if (hit) return hit.part;
  const part =
    node.kind === 'group' ? groupPart(node, options, phrasebook, voice, nested) : clausePart(node, options, phrasebook, voice, nested);
  cache.set(node, [{ labels, voice, nested, part }, ...known.slice(0, 3)]);
  return part;
}

function groupPart(node: Extract<QueryNode, { kind: 'group' }>, options: DescribeOptions, phrasebook: SummaryPhrasebook, voice: SummaryVoice, nested: boolean): SummaryPart {
  const { groups } = phrasebook;
  if (node.children.length === 0) return { text: groups.empty(voice), endsWithClause: false };
  if (node.children.length === 1) return nodePart(node.children[0]!, options, phrasebook, voice, nested);
  const parts = node.children.map((child) => nodePart(child, options, phrasebook, voice, true));
  const connector = Object.hasOwn(groups.connectors, node.combinator) ? groups.connectors[node.combinator] : node.combinator;
  const text = groups.joinClauses(parts, connector);
  return nested ? { text: groups.nested(text), endsWithClause: false } : { text, endsWithClause: parts[parts.length - 1]!.endsWithClause };
}

function clausePart(node: Exclude<QueryNode, { kind: 'group' }>, options: DescribeOptions, phrasebook: SummaryPhrasebook, voice: SummaryVoice, nested: boolean): SummaryPart {
  // Inside a group of several clauses, a where group is set apart so that its "or" does not read as the group's.
  const where = 'where' in node && node.where ? wherePart(node.where, options, phrasebook, 'where', nested).text : undefined;
  return { text: clauseWords(node, phrasebook, voice, where), endsWithClause: where !== undefined };
}

function clauseWords(node: Exclude<QueryNode, { kind: 'group' }>, phrasebook: SummaryPhrasebook, voice: SummaryVoice, where: string | undefined): string {
  const { amounts, clauses, missing, unrecognised } = phrasebook;
  switch (node.kind) {
    case 'expression': {
      const event = node.event.trim() ? node.event : missing.event;
      const { frequency } = node;
      const negated = frequency?.kind === 'comparison' && frequency.operator === 'equal_to' && frequency.value === 0;
      const times = frequency && !negated ? amountWords(frequency, phrasebook, 'count', amounts.times, unrecognised.times) : '';
      return clauses.event({ voice, event, times, window: windowWords(node.during, phrasebook), where, negated });
    }
    case 'engaged_time': {
      const time = node.seconds ? amountWords(node.seconds, phrasebook, 'amount', amounts.seconds, unrecognised.seconds) : amounts.anySeconds;
      return clauses.engagedTime({ voice, time, window: windowWords(node.during, phrasebook), where });
    }
    case 'engaged_completion': {
      const share = node.completion ? amountWords(node.completion, phrasebook, 'amount', amounts.share, unrecognised.share, true) : amounts.anyShare;
      return clauses.completion({ voice, share, where });
    }
    case 'engaged_views': {
      const views = node.times ? amountWords(node.times, phrasebook, 'count', amounts.pageViews, unrecognised.pageViews) : amounts.anyPageViews;
      const each = node.engagedTime ? amountWords(node.engagedTime, phrasebook, 'amount', amounts.seconds, unrecognised.seconds) : undefined;
      return clauses.pageViews({ voice, views, each, window: windowWords(node.during, phrasebook), where });
    }
    case 'transition': {
      const cohort = node.segment === undefined ? missing.cohort : String(node.segment);
      if (!Object.hasOwn(clauses.transitions, node.type)) return unrecognised.clause(voice);
      return clauses.transitions[node.type]({ voice, cohort, window: windowWords(node.during, phrasebook) });
    }
    case 'membership':
      return membershipWords(node, phrasebook, voice);
    case 'in_segment': {
      const cohort = node.segment === undefined || String(node.segment).trim() === '' ? missing.cohort : String(node.segment);
      return clauses.inCohort({ voice, cohort });
    }
    case 'raw':
      return unrecognised.clause(voice);
  }
}

/** One sentence for a whole query: "Users who did Pageview at least once, or ...", in `options.phrasebook`'s words. */
export function describeQuery(query: QueryNode, options: DescribeOptions = {}): string {
  const phrasebook = phrasebookOf(options);
  return phrasebook.sentence(options.subject ?? phrasebook.subject, nodePart(query, options, phrasebook, 'plural', false).text);
}

/** A short phrase for one node, for per-clause summaries: "did Pageview at least once", `URL contains "x"`. */
export function describeNode(node: AnyNode, options: DescribeOptions = {}): string {
  if (node.kind === 'where-condition' || node.kind === 'where-group') return wherePart(node, options, phrasebookOf(options), 'statement', false).text;
  return nodePart(node as QueryNode, options, phrasebookOf(options), 'singular', false).text;
}
