/**
 * Plain-English descriptions of queries, for summaries next to the builder and in lists:
 * `Users who did Pageview at least 2 times in the last 30 days where URL contains "football".`
 * Pure strings, never HTML; the host escapes them like any other text.
 */
import type { AnyNode, ComparisonValue, MembershipClause, QueryNode, TransitionClause, WhereNode, Window } from './ast';
import { describeWhereNode, type DescribeOptions } from './describe-where';

// Verbs agree with the subject: "Users who are in ..." in a sentence, "is in ..." for one clause.
interface Voice {
  be: string;
  match: string;
}
const PLURAL: Voice = { be: 'are', match: 'match' };
const SINGULAR: Voice = { be: 'is', match: 'matches' };

const OPERATOR_WORDS: Record<string, string> = {
  greater_than_or_equal_to: 'at least',
  greater_than: 'more than',
  equal_to: 'exactly',
  less_than_or_equal_to: 'at most',
  less_than: 'fewer than',
};

function operatorWords(operator: string): string {
  return Object.hasOwn(OPERATOR_WORDS, operator) ? OPERATOR_WORDS[operator]! : operator.replace(/_/g, ' ');
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

// "at least 2 times", "at least once", "fewer than 5 times".
function timesWords(value: ComparisonValue): string {
  if (value.kind === 'raw') return 'a number of times the library does not recognise';
  const once = value.value === 1 && value.operator !== 'less_than';
  return `${operatorWords(value.operator)} ${once ? 'once' : plural(value.value, 'time')}`;
}

// "at least 120 seconds", "more than 3 page views".
function amountWords(value: ComparisonValue | undefined, unit: string, fallback: string): string {
  if (!value) return fallback;
  if (value.kind === 'raw') return `a number of ${unit}s the library does not recognise`;
  // Time is an amount, not a number of things: "less than 30 seconds", but "fewer than 3 page views".
  const words = value.operator === 'less_than' && unit === 'second' ? 'less than' : operatorWords(value.operator);
  return `${words} ${plural(value.value, unit)}`;
}

function percent(value: ComparisonValue | undefined): string {
  if (!value) return 'some';
  if (value.kind === 'raw') return 'an amount the library does not recognise';
  const share = Math.round(value.value * 1000) / 10;
  const words = value.operator === 'less_than' ? 'less than' : operatorWords(value.operator);
  return `${words} ${share}%`;
}

function singular(unit: string): string {
  return unit.endsWith('s') ? unit.slice(0, -1) : unit;
}

// " in the last 30 days", " in this session"; all time (no window) says nothing.
function windowWords(window: Window | undefined): string {
  if (!window) return '';
  if (window.kind === 'this_session') return ' in this session';
  if (window.kind === 'raw') return ' in a time window the library does not recognise';
  return window.value === 1 ? ` in the last ${singular(window.unit)}` : ` in the last ${window.value} ${window.unit}`;
}

// Inside a group of several clauses, a where group goes in parentheses so that its "or" does not
// read as the group's.
function whereWords(node: { where?: WhereNode }, lead: string, options: DescribeOptions, nested: boolean): string {
  return node.where ? ` ${lead} ${describeWhereNode(node.where, options, 'predicate', nested)}` : '';
}

const TRANSITION_VERBS: Record<TransitionClause['type'], string> = {
  has_entered: 'entered',
  has_exited: 'exited',
  has_not_entered: 'did not enter',
  has_not_exited: 'did not exit',
};

function membershipWords(clause: MembershipClause, voice: Voice): string {
  const be = clause.type.startsWith('not_') ? `${voice.be} not` : voice.be;
  const provider = clause.provider?.trim() ? clause.provider : '(no provider yet)';
  if (clause.type.endsWith('connections_import_segment')) {
    if (clause.provider !== undefined || (clause.fieldName === undefined && clause.value === undefined)) {
      return `${be} in the connections import from ${provider}`;
    }
    return `${be} in the connections import where ${clause.fieldName || '(no field yet)'} is ${JSON.stringify(clause.value ?? '')}`;
  }
  const party = clause.type.includes('second_party') ? 'second-party' : 'third-party';
  const segment = clause.segment === undefined || clause.segment === '' ? '(no segment yet)' : String(clause.segment);
  return `${be} in ${party} segment ${segment} from ${provider}`;
}

// A node's words depend on the node, the property labels, the voice and the nesting only. Nodes
// are never mutated and an edit replaces only the objects along its path, so a live summary
// re-words the edited clause and the groups above it and reuses every other clause and group (a
// 500-clause summary is ~75 KB of text; rebuilding each group's part on every keystroke was most
// of it). A few entries per node: the summary and the clause card ask in different voices.
interface Worded {
  labels: DescribeOptions['propertyLabels'];
  voice: Voice;
  nested: boolean;
  text: string;
}
const nodeWordsCache = new WeakMap<QueryNode, Worded[]>();

function nodeWords(node: QueryNode, options: DescribeOptions, voice: Voice, nested: boolean): string {
  const labels = options.propertyLabels;
  const known = nodeWordsCache.get(node) ?? [];
  const hit = known.find((w) => w.labels === labels && w.voice === voice && w.nested === nested);
  if (hit) return hit.text;
  const text = node.kind === 'group' ? groupText(node, options, voice, nested) : clauseText(node, options, voice, nested);
  nodeWordsCache.set(node, [{ labels, voice, nested, text }, ...known.slice(0, 3)]);
  return text;
}

function groupText(node: Extract<QueryNode, { kind: 'group' }>, options: DescribeOptions, voice: Voice, nested: boolean): string {
  if (node.children.length === 0) return `${voice.match} an empty group`;
  if (node.children.length === 1) return nodeWords(node.children[0]!, options, voice, nested);
  const text = node.children.map((child) => nodeWords(child, options, voice, true)).join(`, ${node.combinator} `);
  return nested ? `(${text})` : text;
}

function clauseText(node: Exclude<QueryNode, { kind: 'group' }>, options: DescribeOptions, voice: Voice, nested: boolean): string {
  switch (node.kind) {
    case 'expression': {
      const event = node.event.trim() ? node.event : 'an event not yet chosen';
      const rest = `${windowWords(node.during)}${whereWords(node, 'where', options, nested)}`;
      const { frequency } = node;
      if (frequency?.kind === 'comparison' && frequency.operator === 'equal_to' && frequency.value === 0) {
        return `did not do ${event}${rest}`;
      }
      return `did ${event}${frequency ? ` ${timesWords(frequency)}` : ''}${rest}`;
    }
    case 'engaged_time':
      return `spent ${amountWords(node.seconds, 'second', 'time')} engaged${windowWords(node.during)}${whereWords(node, 'on pages where', options, nested)}`;
    case 'engaged_completion':
      return `scrolled ${percent(node.completion)} of the page${whereWords(node, 'on pages where', options, nested)}`;
    case 'engaged_views': {
      const views = amountWords(node.times, 'page view', 'page views');
      const each = node.engagedTime ? ` with ${amountWords(node.engagedTime, 'second', '')} engaged each` : '';
      return `had ${views}${each}${windowWords(node.during)}${whereWords(node, 'on pages where', options, nested)}`;
    }
    case 'transition': {
      const segment = node.segment === undefined ? '(no cohort code yet)' : String(node.segment);
      return `${TRANSITION_VERBS[node.type] ?? node.type} cohort ${segment}${windowWords(node.during)}`;
    }
    case 'membership':
      return membershipWords(node, voice);
    case 'in_segment':
      return `${voice.be} in cohort ${String(node.segment)}`;
    case 'raw':
      return `${voice.match} a clause the library does not recognise`;
  }
}

/** One plain-English sentence for a whole query: "Users who did Pageview at least once, or ...". */
export function describeQuery(query: QueryNode, options: DescribeOptions = {}): string {
  return `${options.subject ?? 'Users'} who ${nodeWords(query, options, PLURAL, false)}.`;
}

/** A short phrase for one node, for per-clause summaries: "did Pageview at least once", `URL contains "x"`. */
export function describeNode(node: AnyNode, options: DescribeOptions = {}): string {
  if (node.kind === 'where-condition' || node.kind === 'where-group') return describeWhereNode(node, options);
  return nodeWords(node as QueryNode, options, SINGULAR, false);
}
