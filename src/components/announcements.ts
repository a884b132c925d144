import type { MoveRefusal } from '../query/arrange';

/**
 * What the builder's live region says while a person arranges the query (drag and drop, move
 * buttons, undo), and the reasons a move is refused. Like dnd-kit's announcements these are data:
 * pass `announcements` to the builder to translate or reword any of them.
 */
export interface BuilderAnnouncements {
  /** Describes a drag handle to screen-reader users: how to drag with the keyboard. */
  instructions: string;
  /** `item` is a name such as "clause 1.2" or "group 2". */
  pickedUp: (item: string) => string;
  /** `place` comes from `place`, `topLevel` or `newGroup`: "group 2, position 1 of 3". */
  over: (item: string, place: string) => string;
  overRefused: (item: string, place: string, reason: string) => string;
  notOver: (item: string) => string;
  /** After a drop or a move button; `now` is the item's new name. */
  moved: (item: string, place: string, now: string) => string;
  unchanged: (item: string) => string;
  refused: (item: string, reason: string) => string;
  cancelled: (item: string) => string;
  undone: string;
  redone: string;
  /** A position in a group: "group 2, position 1 of 3". */
  place: (parent: string, position: number, count: number) => string;
  /** The name of the top-level group in `place`. */
  topLevel: string;
  newGroup: string;
  /** Why a move is refused, for the live region and the visible notice. */
  reasons: Record<MoveRefusal, string>;
}

const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

const SHAPE = 'The Cohort API takes an AND of OR groups of clauses, so groups sit only at the top level.';

/** The default (English) announcements. */
export const defaultAnnouncements: BuilderAnnouncements = {
  instructions:
    'To pick up this item, press Space or Enter. While dragging, use the arrow keys to move it, press Space or Enter to drop it, or press Escape to cancel.',
  pickedUp: (item) => `Picked up ${item}. Use the arrow keys to move it, Space to drop it, Escape to cancel.`,
  over: (item, place) => `${capital(item)} would move to ${place}.`,
  overRefused: (item, place, reason) => `${capital(item)} cannot be dropped in ${place}: ${reason}`,
  notOver: (item) => `${capital(item)} is not over a place it can be dropped.`,
  moved: (item, place, now) => `Moved ${item} to ${place}. It is now ${now}.`,
  unchanged: (item) => `${capital(item)} was dropped where it was. Nothing changed.`,
  refused: (item, reason) => `${capital(item)} was not moved: ${reason}`,
  cancelled: (item) => `Cancelled. ${capital(item)} was not moved.`,
  undone: 'Undid the last change.',
  redone: 'Redid the change.',
  place: (parent, position, count) => `${parent}, position ${position} of ${count}`,
  topLevel: 'the top level',
  newGroup: 'a new group',
  reasons: {
    unknown: 'that place is not part of this query.',
    'not-a-group': 'only groups hold clauses.',
    'into-itself': 'a group cannot go inside itself.',
    'group-into-or': `a group cannot go inside an OR group. ${SHAPE}`,
    'group-too-deep': `a group cannot go inside another group. ${SHAPE}`,
    'group-into-and': 'an AND group inside the top-level AND adds nothing the Cohort API documents; move its clauses instead.',
  },
};
