import { memo, useMemo } from 'react';
import { flushSync } from 'react-dom';
import type { Combinator, NodeId } from '../query/ast';
import { NEW_CLAUSE_KINDS, type NewClauseKind } from '../query/newClause';
import { findNode } from '../query/walk';
import { addsGroup } from '../query/places';
import { useQueryStore } from '../hooks/QueryStoreContext';
import { useQueryActions } from '../hooks/useQueryActions';
import { useViewStore } from '../hooks/useView';
import { useArrangeContext } from './arrangeContext';
import { useBuilderConfig } from './BuilderConfig';
import type { MenuItem } from './MenuButton';

/**
 * The one add control of a level, saying what it adds: "+ And" at the top level (a clause that must
 * also match: a new OR of one, as the API's AND of ORs has it), "+ Or" in a group or after a clause
 * shown alone (an alternative). A menu of clause kinds; focus goes to the new clause's first field.
 */
export const AddControl = memo(function AddControl({
  targetId,
  combinator,
  name,
  kinds = NEW_CLAUSE_KINDS,
}: {
  /** The group that takes the clause, or a clause that takes an alternative. */
  targetId: NodeId;
  /** How the new clause joins: `and` at a top level that is an AND, `or` otherwise. */
  combinator: Combinator;
  /** What it adds to, for its accessible name ("+ Or (group 2)"). */
  name: string;
  kinds?: readonly NewClauseKind[];
}) {
  const store = useQueryStore();
  const view = useViewStore();
  const actions = useQueryActions();
  const { focusFirstField } = useArrangeContext();
  const { components: C, classNames, labels, disabled } = useBuilderConfig();
  const items = useMemo<MenuItem[]>(() => {
    const add = (kind: NewClauseKind) => {
      const asGroup = addsGroup(store.getState().query, targetId, combinator);
      const made = flushSync(() => (asGroup ? actions.addGroup(targetId, kind) : actions.addClause(targetId, kind)));
      if (made === undefined) return;
      const node = findNode(store.getState().query, made);
      const clauseId = node?.kind === 'group' ? (node.children[0]?.id ?? made) : made;
      // Its errors wait until one of its fields is left (or a save is attempted).
      view.getState().hush(clauseId);
      focusFirstField(clauseId);
    };
    return kinds.map((kind) => ({ key: kind, label: labels.clauseKinds[kind], onSelect: () => add(kind) }));
  }, [store, view, actions, focusFirstField, labels, kinds, combinator, targetId]);
  const text = combinator === 'and' ? labels.addAnd : labels.addOr;
  const data = useMemo(() => ({ 'data-pcb-action': 'add', 'data-pcb-node': targetId }) as const, [targetId]);
  return (
    <C.MenuButton className={classNames.addControl ? `pcb-add ${classNames.addControl}` : 'pcb-add'} label={`${text}${labels.addTo(name)}`} items={items} disabled={disabled} data={data}>
      {text}
    </C.MenuButton>
  );
});
