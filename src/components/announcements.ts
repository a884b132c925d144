import type { MoveRefusal } from '../query/arrange';
import type { UngroupRefusal } from '../query/intents';

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
  /** After a template replaced the (empty) query; `name` is the template's. */
  templateApplied: (name: string) => string;
  /** A position in a group: "group 2, position 1 of 3". */
  place: (parent: string, position: number, count: number) => string;
  /** The name of the top-level group in `place`. */
  topLevel: string;
  newGroup: string;
  /** Why a move is refused, for the live region and the visible notice. */
  reasons: Record<MoveRefusal, string>;
  /** After "Copy as JSON" (or Ctrl/Cmd+C on a clause or group). */
  copied: (item: string) => string;
  /** The browser refused to write the clipboard: the JSON is shown to copy by hand. */
  copyFailed: (item: string) => string;
  /** After a paste: the first pasted clause or group by its new name, and how many were pasted. */
  pasted: (first: string, count: number) => string;
  /** A paste into a query with nothing in it yet took the query's place. */
  pastedQuery: string;
  /** Nothing was pasted; `reason` is one of `pasteReasons`, or of `reasons` where a move would be refused alike. */
  pasteRefused: (reason: string) => string;
  /** The pasted JSON is no clause; `why` is the parser's issue, worded by the labels' `issue`. */
  pasteNotAClause: (why: string) => string;
  pasteReasons: Record<PasteProblem, string>;
  /** The browser refused to read the clipboard: a box to paste into is shown instead. */
  pasteUnreadable: string;
  /** After Ungroup; `now` names its first clause as it now is. */
  ungrouped: (item: string, now: string) => string;
  /** After "Ungroup (each must match)", which changes the meaning: says how. */
  ungroupedEach: (item: string, now: string) => string;
  ungroupRefused: (item: string, reason: string) => string;
  ungroupReasons: Record<UngroupRefusal, string>;
  /** After "Make a group"; `add` is the text of the control that adds alternatives ("+ Or"). */
  grouped: (item: string, add: string) => string;
}

/** Why a paste found nothing to paste, or was refused for a reason a move never has. */
export type PasteProblem = 'empty' | 'not-json' | 'nothing' | 'empty-group';

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
  templateApplied: (name) => `Started from the template "${name}".`,
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
  copied: (item) => `Copied ${item} as JSON.`,
  copyFailed: (item) => `${capital(item)} could not be copied: the browser did not allow it. Select its JSON below and copy it.`,
  pasted: (first, count) => (count === 1 ? `Pasted ${first}.` : `Pasted ${count} clauses or groups, the first as ${first}.`),
  pastedQuery: 'Pasted the query in place of the empty one.',
  pasteRefused: (reason) => `Nothing was pasted: ${reason}`,
  pasteNotAClause: (why) => `Nothing was pasted: the JSON is not a clause, a group or a query. ${why}`,
  pasteReasons: {
    empty: 'the clipboard is empty.',
    'not-json': 'the clipboard does not hold JSON. Copy a clause, a group or a query as Cohort API JSON, then paste again.',
    nothing: 'the clipboard holds no clause.',
    'empty-group': 'a pasted group holds no clauses, and the Cohort API rejects an empty group.',
  },
  pasteUnreadable: 'The browser did not let the builder read the clipboard. Paste the JSON into the box below instead.',
  ungrouped: (item, now) => `Ungrouped ${item}; its clauses mean what they meant. The first is now ${now}.`,
  ungroupedEach: (item, now) => `Ungrouped ${item}: each of its clauses must now match, where one was enough before. The first is now ${now}.`,
  ungroupRefused: (item, reason) => `${capital(item)} was not ungrouped: ${reason}`,
  ungroupReasons: {
    unknown: 'it is not a group of this query.',
    'top-level': 'the top level has no group around it to take its clauses.',
    'holds-groups': `it holds groups of its own. ${SHAPE}`,
    'changes-meaning': 'its clauses must all match, where in the group around it one is enough, so ungrouped they would mean something else. Move its clauses one by one instead.',
  },
  grouped: (item, add) => `${capital(item)} is now in a group of its own; add alternatives to it with ${add}.`,
};
