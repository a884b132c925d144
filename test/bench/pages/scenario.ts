// The editing scenario both builders share: its size and which input is typed into.

/** 500 clauses (100 ORs of 5) with 5 where conditions each. */
export const SCENARIO = { clauses: 500, conditions: 5, perGroup: 5 };

/** The edited clause: the 3rd of the 50th OR group, mid-page, and its 3rd condition. */
export const EDITED = { group: 50, clause: 3, condition: 3 };

/** The input `selector` inside `clause`, or an error that says which was missing. */
export function inputIn(clause: Element | null | undefined, selector: string): { input: HTMLInputElement; clause: Element } {
  if (!clause) throw new Error('the edited clause is not on the page');
  const input = clause.querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`no ${selector} in the edited clause`);
  return { input, clause };
}
