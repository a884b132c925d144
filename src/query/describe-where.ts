/**
 * The wording of where trees: `URL contains "football"`, `tags includes any of "a", "b"`,
 * `any item of products has price at least 100`. Pure strings, never HTML. The words come from
 * the phrasebook (`options.phrasebook`, English by default); this file decides which phrase says
 * what and hands it the parts.
 */
import type { Condition, FunctionCondition, JsonValue, WhereNode } from './ast';
import type { ConditionForm, RangeConditionOperator, SummaryPart, SummaryPhrasebook, ValueConditionOperator } from './phrasebook';
import { defaultSummaryPhrasebook } from './phrasebook-en';
import { conditionOperatorEntry } from './vocabulary';

/** Options of the plain-language descriptions. */
export interface DescribeOptions {
  /** Labels of property paths, merged over the phrasebook's, e.g. `{"properties.article.tags": "tags"}`. */
  propertyLabels?: Readonly<Record<string, string>>;
  /** Who the query selects, as a plural noun: the phrasebook's ("Users") unless set. */
  subject?: string;
  /** The words of the description: `defaultSummaryPhrasebook` (English) unless set, e.g. `germanSummaryPhrasebook`. */
  phrasebook?: SummaryPhrasebook;
}

/** The English property labels; any other path reads as itself without `properties.`. */
export const DEFAULT_PROPERTY_LABELS: Readonly<Record<string, string>> = defaultSummaryPhrasebook.propertyLabels;

/** The phrasebook of a description. */
export function phrasebookOf(options: DescribeOptions): SummaryPhrasebook {
  return options.phrasebook ?? defaultSummaryPhrasebook;
}

/** The label of a property path: a configured label, the phrasebook's, or the path without `properties.`. */
export function propertyLabel(path: string, options: DescribeOptions = {}): string {
  const own = options.propertyLabels;
  if (own && Object.hasOwn(own, path)) return own[path]!;
  const phrasebook = phrasebookOf(options);
  if (Object.hasOwn(phrasebook.propertyLabels, path)) return phrasebook.propertyLabels[path]!;
  if (path.trim() === '') return phrasebook.missing.property;
  return path.startsWith('properties.') ? path.slice('properties.'.length) : path;
}

// A path inside a list item (`key`, `price`) reads as itself: the built-in labels are of event properties.
function itemLabel(path: string, options: DescribeOptions, phrasebook: SummaryPhrasebook): string {
  const own = options.propertyLabels;
  if (own && Object.hasOwn(own, path)) return own[path]!;
  return path.trim() === '' ? phrasebook.missing.property : path;
}

/** A JSON value as it reads in a sentence: text quoted, anything else in the phrasebook's words or as JSON. */
export function valueWords(value: JsonValue | undefined, phrasebook: SummaryPhrasebook): string {
  const { values } = phrasebook;
  if (typeof value === 'string') return values.quote(value);
  if (typeof value === 'number') return values.number(value);
  if (typeof value === 'boolean') return values.boolean(value);
  if (value === null || value === undefined) return values.null;
  return values.json(value);
}

/** A JSON value as it reads in a sentence, in the words of `options.phrasebook`. */
export function showValue(value: JsonValue, options: DescribeOptions = {}): string {
  return valueWords(value, phrasebookOf(options));
}

/** How a where node reads; `predicate` and `participle` are the names of `statement` and `item` before phrasebooks. */
export type DescribeForm = ConditionForm | 'predicate' | 'participle';

const RANGES = new Set<string>(['between', 'float_between', 'date_between'] satisfies RangeConditionOperator[]);
const AGGREGATES = new Set<string>(['sum', 'product', 'count', 'mean']);
const plain = (text: string): SummaryPart => ({ text, endsWithClause: false });

function operatorWords(operator: string, operand: JsonValue, subject: string, form: ConditionForm, phrasebook: SummaryPhrasebook): string {
  const { operators } = phrasebook.conditions;
  if (RANGES.has(operator) && typeof operand === 'object' && operand !== null && !Array.isArray(operand)) {
    const bound = (value: JsonValue | undefined) => (value === undefined || value === null ? phrasebook.missing.value : valueWords(value, phrasebook));
    return operators[operator as RangeConditionOperator](subject, bound(operand.start), bound(operand.end), form);
  }
  if (RANGES.has(operator) || !conditionOperatorEntry(operator)) return phrasebook.conditions.unknown(subject, operator, valueWords(operand, phrasebook), form);
  const phrases = operators[operator as ValueConditionOperator];
  if (Array.isArray(operand) && operand.length !== 1) {
    const values = operand.length === 0 ? phrasebook.missing.values : phrasebook.values.list(operand.map((value) => valueWords(value, phrasebook)));
    return phrases.many(subject, values, form);
  }
  return phrases.one(subject, valueWords(Array.isArray(operand) ? operand[0]! : operand, phrasebook), form);
}

function conditionPart(condition: Condition, subject: string, form: ConditionForm, options: DescribeOptions, phrasebook: SummaryPhrasebook): SummaryPart {
  switch (condition.kind) {
    case 'operator':
      return plain(operatorWords(condition.operator, condition.operand, subject, form, phrasebook));
    case 'presence':
      return plain((condition.operator === 'is_empty' ? phrasebook.conditions.isEmpty : phrasebook.conditions.isNotEmpty)(subject, form));
    case 'raw':
      return plain(phrasebook.unrecognised.condition(subject, form));
    case 'function':
      return functionPart(condition, subject, 'condition', form, options, phrasebook);
  }
}

// `of: 'property'`: the subject is the list; `of: 'condition'`: the function is the subject's condition.
function functionPart(
  condition: FunctionCondition,
  subject: string,
  of: 'property' | 'condition',
  form: ConditionForm,
  options: DescribeOptions,
  phrasebook: SummaryPhrasebook,
): SummaryPart {
  const item = itemLabel(condition.property, options, phrasebook);
  const where = condition.where ? wherePart(condition.where, options, phrasebook, 'item', false) : undefined;
  const { functions, groups } = phrasebook;
  if (condition.function === 'any' || condition.function === 'all') {
    const inner = conditionPart(condition.condition, item, 'item', options, phrasebook);
    const text = where ? groups.joinConditions([inner, where], groups.connectors.and) : inner.text;
    const phrase = condition.function === 'any' ? functions.someItem : functions.everyItem;
    return { text: phrase({ subject, of, form, condition: text }), endsWithClause: true };
  }
  const name = AGGREGATES.has(condition.function)
    ? functions.names[condition.function as keyof typeof functions.names]
    : functions.unknownName(valueWords(condition.function, phrasebook));
  // The aggregate's own condition is about the subject the phrase builds, and ends the part.
  let endsWithClause = false;
  const about = (aggregate: string): string => {
    const part = conditionPart(condition.condition, aggregate, form === 'item' ? 'where' : form, options, phrasebook);
    endsWithClause = part.endsWithClause;
    return part.text;
  };
  const text = functions.aggregate({ subject, of, form, name, item, where: where?.text, condition: about });
  return { text, endsWithClause };
}

/** The wording of one where node, with whether it ends with a dependent clause (for the connectors). */
export function wherePart(node: WhereNode, options: DescribeOptions, phrasebook: SummaryPhrasebook, form: ConditionForm, nested: boolean): SummaryPart {
  switch (node.kind) {
    case 'raw':
      return plain(phrasebook.unrecognised.where(form));
    case 'where-group': {
      if (node.children.length === 0) return plain(phrasebook.missing.conditions);
      if (node.children.length === 1) return wherePart(node.children[0]!, options, phrasebook, form, nested);
      const parts = node.children.map((child) => wherePart(child, options, phrasebook, form, true));
      const { groups } = phrasebook;
      const connector = Object.hasOwn(groups.connectors, node.combinator) ? groups.connectors[node.combinator] : node.combinator;
      const text = groups.joinConditions(parts, connector);
      return nested ? plain(groups.nested(text)) : { text, endsWithClause: parts[parts.length - 1]!.endsWithClause };
    }
    case 'where-condition': {
      const { condition } = node;
      const subject = form === 'item' ? itemLabel(node.property, options, phrasebook) : propertyLabel(node.property, options);
      if (condition.kind === 'function') return functionPart(condition, subject, 'property', form, options, phrasebook);
      return conditionPart(condition, subject, form, options, phrasebook);
    }
  }
}

/** The wording of one where node: `statement` alone, `where` in a clause's where part, `item` inside a function condition. */
export function describeWhereNode(node: WhereNode, options: DescribeOptions = {}, form: DescribeForm = 'statement', nested = false): string {
  const shape: ConditionForm = form === 'predicate' ? 'statement' : form === 'participle' ? 'item' : form;
  return wherePart(node, options, phrasebookOf(options), shape, nested).text;
}
