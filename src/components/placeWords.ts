import type { NodeId, Query } from '../query/ast';
import type { ArrangeTarget } from '../query/arrange';
import { nameOfNode, describePlace } from '../query/places';

/** The label functions that name nodes. */
export interface NodeWords {
  clause: (position: string) => string;
  group: (position: string) => string;
}

/** The announcement words that name places. */
export interface PlaceWords {
  place: (parent: string, position: number, count: number) => string;
  topLevel: string;
  newGroup: string;
  group: (position: string) => string;
}

/** The words that name a node: "clause 1.2", "group 2" (src/query/places.ts says which). */
export function nodeName(query: Query, id: NodeId, words: NodeWords): string {
  const name = nameOfNode(query, id);
  if (name?.kind === 'group') return words.group(name.position);
  return words.clause(name?.kind === 'clause' ? name.position : '1');
}

/** The words for a target: "group 2, position 1 of 3", "the top level, position 2 of 2", "a new group". */
export function placeName(query: Query, id: NodeId, target: ArrangeTarget, words: PlaceWords): string {
  const place = describePlace(query, id, target);
  if (!place) return words.topLevel;
  if (place.kind === 'new-group') return words.newGroup;
  return words.place(place.kind === 'top' ? words.topLevel : words.group(place.position), place.index, place.count);
}
