import {
  clauseKindMark,
  comparisonOperatorMark,
  comparisonOperators,
  conditionOperatorEntry,
  conditionOperators,
  functionNameMark,
  isVerified,
  membershipTypeMark,
  offered,
  transitionTypeMark,
  windowUnitMark,
} from '../../src/query/vocabulary';

describe('vocabulary marks (from the format reference)', () => {
  it('given comparison operators, then >= is D, > and = are O, <= and < are S, anything else unknown', () => {
    expect(['greater_than_or_equal_to', 'greater_than', 'equal_to', 'less_than_or_equal_to', 'less_than'].map(comparisonOperatorMark)).toEqual(['D', 'O', 'O', 'S', 'S']);
    expect(comparisonOperatorMark('at_least')).toBeUndefined();
    expect(comparisonOperatorMark('constructor')).toBeUndefined();
  });

  it('given condition operators, then contains is D, equal_to and list_contains O, the rest S with their operand kinds', () => {
    expect(conditionOperatorEntry('contains')).toMatchObject({ mark: 'D', operand: 'text' });
    expect(conditionOperatorEntry('equal_to')).toMatchObject({ mark: 'O', operand: 'scalar' });
    expect(conditionOperatorEntry('list_contains')).toMatchObject({ mark: 'O', operand: 'text-list' });
    expect(conditionOperatorEntry('between')).toMatchObject({ mark: 'S', operand: 'range' });
    expect(conditionOperatorEntry('date_between')).toMatchObject({ mark: 'S', operand: 'unchecked' });
    expect(conditionOperatorEntry('__proto__')).toBeUndefined();
    expect(conditionOperators.filter((entry) => isVerified(entry.mark)).map((entry) => entry.value)).toEqual(['contains', 'equal_to', 'list_contains']);
  });

  it('given functions, units, transitions, memberships and clause kinds, then their marks match the reference', () => {
    expect(['any', 'all', 'sum', 'median'].map(functionNameMark)).toEqual(['O', 'S', 'S', undefined]);
    expect(['days', 'hours', 'week', 'seconds', 'fortnights'].map(windowUnitMark)).toEqual(['D', 'S', 'S', 'S', undefined]);
    expect(['has_entered', 'has_exited'].map(transitionTypeMark)).toEqual(['O', 'S']);
    expect(['in_second_party_segment', 'in_third_party_segment', 'not_in_third_party_segment', 'in_connections_import_segment'].map(membershipTypeMark)).toEqual(['O', 'O', 'S', 'S']);
    expect(['expression', 'engaged_time', 'engaged_views', 'in_segment'].map(clauseKindMark)).toEqual(['D', 'O', 'S', 'S']);
  });

  it('given the offered lists, then they hold the D and O forms plus the S forms needed to say "not"', () => {
    expect(offered(comparisonOperators).map((entry) => entry.value)).toEqual(['greater_than_or_equal_to', 'greater_than', 'equal_to', 'less_than']);
    expect(offered(conditionOperators).map((entry) => entry.value)).toEqual([
      'contains',
      'does_not_contain',
      'equal_to',
      'not_equal_to',
      'list_contains',
      'list_does_not_contain',
    ]);
  });
});
