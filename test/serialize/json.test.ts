import type { JsonObject, JsonValue } from '../../src/query/ast';
import { deepCopyJson, isJsonObject, setKey } from '../../src/serialize/json';
import { parseQuery } from '../../src/serialize/parse';
import { serializeQuery } from '../../src/serialize/serialize';
import { expectSameJson } from './compare';

describe('json helpers', () => {
  it('given plain, null-prototype and foreign objects, then isJsonObject tells them apart', () => {
    expect(isJsonObject({})).toBe(true);
    expect(isJsonObject(Object.create(null))).toBe(true);
    expect(isJsonObject([])).toBe(false);
    expect(isJsonObject(null)).toBe(false);
    expect(isJsonObject(new Date())).toBe(false);
    expect(isJsonObject(new (class Point {})())).toBe(false);
  });

  it('given a __proto__ key, then setKey makes an own data property and leaves the prototype alone', () => {
    const target: JsonObject = {};
    setKey(target, '__proto__', { polluted: true });
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expect(Object.keys(target)).toEqual(['__proto__']);
    expect((target as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('given nested JSON, then deepCopyJson shares nothing and keeps -0 and __proto__ keys', () => {
    const source = JSON.parse('{"a": [1, {"b": null}], "__proto__": {"c": "d"}}') as JsonObject;
    (source['a'] as JsonValue[]).push(-0);
    const copy = deepCopyJson(source);
    expectSameJson(copy, source);
    expect(copy['a']).not.toBe(source['a']);
    expect(Object.is((copy['a'] as JsonValue[])[2], -0)).toBe(true);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  });

  it('given a value 100,000 levels deep, then deepCopyJson does not overflow the stack', () => {
    let deep: JsonValue = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => deepCopyJson(deep)).not.toThrow();
  });
});

describe('copies at the edges', () => {
  const input = (): JsonObject => ({
    event: 'Pageview',
    frequency: { greater_than: 1, less_than: 5 },
    where: { property: 'properties.tags', condition: { list_contains: ['a', 'b'] } },
    note: { by: ['ops'] },
  });

  it('given the host mutates its input after parsing, then the AST and its JSON do not change', () => {
    const json = input();
    const { query } = parseQuery(json);
    (json['frequency'] as JsonObject)['greater_than'] = 99;
    (((json['where'] as JsonObject)['condition'] as JsonObject)['list_contains'] as JsonValue[]).push('c');
    ((json['note'] as JsonObject)['by'] as JsonValue[]).push('dev');
    expect(serializeQuery(query!)).toStrictEqual(input());
  });

  it('given the host mutates serialized output, then the AST does not change', () => {
    const { query } = parseQuery(input());
    const first = serializeQuery(query!);
    ((first['note'] as JsonObject)['by'] as JsonValue[]).push('dev');
    (first['frequency'] as JsonObject)['greater_than'] = 0;
    expect(serializeQuery(query!)).toStrictEqual(input());
  });

  it('given -0 in a comparison, an operand and a raw value, then it comes back as -0', () => {
    const json: JsonObject = { and: [{ event: 'x', frequency: { equal_to: -0 }, where: { property: 'p', condition: { equal_to: -0 } } }, { foo: -0 }] };
    expectSameJson(serializeQuery(parseQuery(json).query!), json);
  });
});
