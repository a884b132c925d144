/**
 * Plain-English wording of where trees: `URL contains "football"`, `tags include any of "a", "b"`,
 * `any item of products has price at least 100`. Pure strings, never HTML.
 */
import type { Condition, JsonValue, WhereNode } from './ast';

/** Options of the plain-English descriptions. */
export interface DescribeOptions {
  /** Labels of property paths, merged over the built-in ones, e.g. `{"properties.article.tags": "tags"}`. */
  propertyLabels?: Readonly<Record<string, string>>;
  /** Who the query selects, as a plural noun: "Users" unless set. */
  subject?: string;
}

/** The built-in property labels; any other path reads as itself without `properties.`. */
export const DEFAULT_PROPERTY_LABELS: Readonly<Record<string, string>> = {
  'properties.client.url': 'URL',
  'properties.client.title': 'page title',
  'properties.client.domain': 'domain',
  'properties.client.referrer': 'referrer',
};

/** The label of a property path: a configured label, a built-in one, or the path without `properties.`. */
export function propertyLabel(path: string, options: DescribeOptions = {}): string {
  const own = options.propertyLabels;
  if (own && Object.hasOwn(own, path)) return own[path]!;
  if (Object.hasOwn(DEFAULT_PROPERTY_LABELS, path)) return DEFAULT_PROPERTY_LABELS[path]!;
  if (path.trim() === '') return 'a property not yet chosen';
  return path.startsWith('properties.') ? path.slice('properties.'.length) : path;
}

/** A JSON value as it reads in a sentence: text in double quotes, anything else as JSON. */
export function showValue(value: JsonValue): string {
  return JSON.stringify(value) ?? 'null';
}

/** How a condition reads: after its subject (`URL contains "x"`), or after "has" inside a function condition (`key "permutive"`). */
export type DescribeForm = 'predicate' | 'participle';
type Form = DescribeForm;

// [predicate, participle] for a single value and for a list meaning "any of".
const WORDS: Record<string, { one: [string, string]; many: [string, string] }> = {
  contains: { one: ['contains', 'containing'], many: ['contains any of', 'containing any of'] },
  does_not_contain: { one: ['does not contain', 'not containing'], many: ['contains none of', 'containing none of'] },
  equal_to: { one: ['is', ''], many: ['is any of', 'any of'] },
  not_equal_to: { one: ['is not', 'not'], many: ['is none of', 'none of'] },
  list_contains: { one: ['includes', 'including'], many: ['includes any of', 'including any of'] },
  list_does_not_contain: { one: ['does not include', 'not including'], many: ['includes none of', 'including none of'] },
  list_contains_integer: { one: ['includes', 'including'], many: ['includes any of', 'including any of'] },
  greater_than: { one: ['is more than', 'more than'], many: ['is more than', 'more than'] },
  greater_than_or_equal_to: { one: ['is at least', 'at least'], many: ['is at least', 'at least'] },
  less_than: { one: ['is less than', 'less than'], many: ['is less than', 'less than'] },
  less_than_or_equal_to: { one: ['is at most', 'at most'], many: ['is at most', 'at most'] },
  boolean_equal_to: { one: ['is', ''], many: ['is', ''] },
  float_equal_to: { one: ['is', ''], many: ['is any of', 'any of'] },
  date_equal_to: { one: ['is on', 'on'], many: ['is on any of', 'on any of'] },
};

const RANGES = new Set(['between', 'float_between', 'date_between']);

function join(words: string, value: string): string {
  return words === '' ? value : `${words} ${value}`;
}

function operandWords(operator: string, operand: JsonValue, form: Form): string {
  const at = form === 'predicate' ? 0 : 1;
  if (RANGES.has(operator) && typeof operand === 'object' && operand !== null && !Array.isArray(operand)) {
    const range = `between ${showValue(operand.start ?? null)} and ${showValue(operand.end ?? null)}`;
    return form === 'predicate' ? `is ${range}` : range;
  }
  const words = Object.hasOwn(WORDS, operator) ? WORDS[operator] : undefined;
  if (!words) {
    const unknown = `the condition ${operator} ${showValue(operand)}`;
    return form === 'predicate' ? `meets ${unknown}` : `meeting ${unknown}`;
  }
  if (Array.isArray(operand) && operand.length !== 1) return join(words.many[at], operand.map(showValue).join(', '));
  const single = Array.isArray(operand) ? operand[0]! : operand;
  return join(words.one[at], showValue(single));
}

function conditionWords(condition: Condition, form: Form, options: DescribeOptions): string {
  switch (condition.kind) {
    case 'operator':
      return operandWords(condition.operator, condition.operand, form);
    case 'presence': {
      const words = condition.operator === 'is_empty' ? 'empty' : 'not empty';
      return form === 'predicate' ? `is ${words}` : words;
    }
    case 'raw':
      return form === 'predicate' ? 'meets a condition the library does not recognise' : 'meeting a condition the library does not recognise';
    case 'function': {
      const text = functionWords(condition, options);
      return form === 'predicate' ? text : `with ${text}`;
    }
  }
}

// A function condition reads on its own: the array property is its subject.
function functionWords(condition: Extract<Condition, { kind: 'function' }>, options: DescribeOptions, array?: string): string {
  const of = array ?? 'the array';
  const item = itemLabel(condition.property, options);
  const inner = conditionWords(condition.condition, 'participle', options);
  const where = condition.where ? describeWhereNode(condition.where, options, 'participle') : undefined;
  if (condition.function === 'any' || condition.function === 'all') {
    const quantifier = condition.function === 'any' ? 'any item' : 'every item';
    return `${quantifier} of ${of} has ${join(item, inner)}${where ? ` and ${where}` : ''}`;
  }
  const name = ['sum', 'product', 'count', 'mean'].includes(condition.function) ? condition.function : `function ${showValue(condition.function)}`;
  const filter = where ? ` with ${where}` : '';
  return `the ${name} of ${item} over the items of ${of}${filter} ${conditionWords(condition.condition, 'predicate', options)}`;
}

function itemLabel(path: string, options: DescribeOptions): string {
  const own = options.propertyLabels;
  if (own && Object.hasOwn(own, path)) return own[path]!;
  return path.trim() === '' ? 'a property not yet chosen' : path;
}

/** The wording of one where node; `participle` is the form used inside a function condition. */
export function describeWhereNode(node: WhereNode, options: DescribeOptions = {}, form: Form = 'predicate', nested = false): string {
  switch (node.kind) {
    case 'raw':
      return form === 'predicate' ? 'a condition the library does not recognise holds' : 'meeting a condition the library does not recognise';
    case 'where-group': {
      if (node.children.length === 0) return '(no conditions yet)';
      if (node.children.length === 1) return describeWhereNode(node.children[0]!, options, form, nested);
      const text = node.children.map((child) => describeWhereNode(child, options, form, true)).join(` ${node.combinator} `);
      return nested ? `(${text})` : text;
    }
    case 'where-condition': {
      const { condition } = node;
      if (condition.kind === 'function') {
        return form === 'predicate'
          ? functionWords(condition, options, propertyLabel(node.property, options))
          : `with ${functionWords(condition, options, itemLabel(node.property, options))}`;
      }
      const subject = form === 'predicate' ? propertyLabel(node.property, options) : itemLabel(node.property, options);
      return join(subject, conditionWords(condition, form, options));
    }
  }
}
