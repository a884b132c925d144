/**
 * Copy, paste, ungroup and make a group in the builder (jsdom), found by role and label as a
 * person finds them. user-event's clipboard stands in for the system's; the browser's own copy and
 * paste events, and a real clipboard, are test/power/clipboard.browser.test.tsx's.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CohortQueryBuilder, createIdGenerator, type JsonObject } from '../../src/index';
import { actionsButton, chooseAction, menuItem, openMenu } from '../support/menus';
import { clause, cnf, eventsOf } from '../arrange/support';

/** A builder holding `value` (null: a new cohort), reporting to a mock. */
function setup(value: JsonObject | null = cnf(['A', 'B'], ['C'])) {
  const user = userEvent.setup();
  const onChange = vi.fn<(json: JsonObject) => void>();
  render(<CohortQueryBuilder defaultValue={value ?? undefined} onChange={onChange} idGenerator={createIdGenerator('m')} showSummary={false} />);
  return { user, onChange, json: () => onChange.mock.lastCall?.[0], last: () => eventsOf(onChange.mock.lastCall?.[0]) };
}

const announcer = () => screen.getByRole('status', { name: 'Arrangement announcements' });
const button = (name: string) => screen.getByRole('button', { name });

describe('Copy as JSON', () => {
  it('given clause 1.2, when "Copy as JSON" is chosen, then its Cohort API JSON is on the clipboard, it is said, and focus is back on its menu', async () => {
    const { user, onChange } = setup();
    await chooseAction(user, 'clause 1.2', 'Copy as JSON');
    await waitFor(() => expect(announcer()).toHaveTextContent('Copied clause 1.2 as JSON.'));
    expect(JSON.parse(await navigator.clipboard.readText())).toEqual(clause('B'));
    expect(actionsButton('clause 1.2')).toHaveFocus();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given group 1, then "Copy as JSON" copies the group as an OR', async () => {
    const { user } = setup();
    await chooseAction(user, 'group 1', 'Copy as JSON');
    await waitFor(async () => expect(JSON.parse(await navigator.clipboard.readText())).toEqual({ or: [clause('A'), clause('B')] }));
  });

  it('given a clipboard that refuses, then the JSON is shown read-only and selected to copy by hand, and Escape gives focus back', async () => {
    const { user } = setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    await chooseAction(user, 'clause 2', 'Copy as JSON');
    const area = await screen.findByRole('textbox', { name: 'JSON of clause 2' });
    expect(area).toHaveAttribute('readonly');
    expect(area).toHaveFocus();
    expect(JSON.parse((area as HTMLTextAreaElement).value)).toEqual(clause('C'));
    expect(screen.getByRole('group', { name: 'Copy clause 2 by hand' })).toHaveTextContent('the browser did not allow it');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'JSON of clause 2' })).toBeNull();
    expect(actionsButton('clause 2')).toHaveFocus();
  });

  it('given Ctrl+C on a clause\'s drag handle, then the clause is copied; inside a text field the browser\'s own copy is left alone', async () => {
    const { user } = setup();
    button('Drag clause 1.1').focus();
    await user.keyboard('{Control>}c{/Control}');
    await waitFor(async () => expect(JSON.parse(await navigator.clipboard.readText())).toEqual(clause('A')));
    await navigator.clipboard.writeText('untouched');
    screen.getByLabelText('Event (clause 2)').focus();
    await user.keyboard('{Control>}c{/Control}');
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(await navigator.clipboard.readText()).toBe('untouched');
  });
});

describe('Paste', () => {
  it('given a clause on the clipboard, when "Paste" is chosen on clause 2 (shown alone), then it comes after it at the top level, one undo step', async () => {
    const { user, last } = setup();
    await navigator.clipboard.writeText(JSON.stringify(clause('D')));
    await chooseAction(user, 'clause 2', 'Paste');
    await waitFor(() => expect(last()).toEqual({ and: [{ or: ['A', 'B'] }, { or: ['C'] }, { or: ['D'] }] }));
    expect(announcer()).toHaveTextContent('Pasted clause 3.');
    expect(actionsButton('clause 3')).toHaveFocus();
    await user.click(button('Undo'));
    expect(last()).toEqual({ and: [{ or: ['A', 'B'] }, { or: ['C'] }] });
  });

  it('given a list of clauses, when "Paste" is chosen on clause 1.1, then they come right after it as alternatives', async () => {
    const { user, last } = setup();
    await navigator.clipboard.writeText(JSON.stringify([clause('D'), clause('E')]));
    await chooseAction(user, 'clause 1.1', 'Paste');
    await waitFor(() => expect(last()).toEqual({ and: [{ or: ['A', 'D', 'E', 'B'] }, { or: ['C'] }] }));
    expect(announcer()).toHaveTextContent('Pasted 2 clauses or groups, the first as clause 1.2.');
  });

  it('given Ctrl+V on a group\'s menu button, then the clipboard goes into the group; on the top level\'s "+ And", at the top', async () => {
    const { user, last } = setup();
    await navigator.clipboard.writeText(JSON.stringify({ or: [clause('D')] }));
    actionsButton('group 1').focus();
    await user.keyboard('{Control>}v{/Control}');
    await waitFor(() => expect(last()).toEqual({ and: [{ or: ['A', 'B', 'D'] }, { or: ['C'] }] }));
    button('+ And (cohort query)').focus();
    await user.keyboard('{Control>}v{/Control}');
    await waitFor(() => expect(last()).toEqual({ and: [{ or: ['A', 'B', 'D'] }, { or: ['C'] }, { or: ['D'] }] }));
  });

  it('given text that is not JSON, then nothing changes and the reason is shown and said', async () => {
    const { user, onChange } = setup();
    await navigator.clipboard.writeText('did Pageview at least once');
    await chooseAction(user, 'clause 1.1', 'Paste');
    const reason = 'Nothing was pasted: the clipboard does not hold JSON.';
    await waitFor(() => expect(announcer()).toHaveTextContent(reason));
    // Shown, not only said: the notice stays until the next edit.
    expect(screen.getByText(new RegExp(`^${reason}`), { selector: 'p' })).toBeVisible();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given JSON that is no clause, then the parser\'s sentence says why, and nothing changes', async () => {
    const { user, onChange } = setup();
    await navigator.clipboard.writeText('{"event": 5}');
    await chooseAction(user, 'clause 1.1', 'Paste');
    await waitFor(() => expect(announcer()).toHaveTextContent('Nothing was pasted: the JSON is not a clause, a group or a query. The event of a clause must be a string'));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given an AND of two clauses pasted into an OR group, then it is refused with the reason drops give', async () => {
    const { user, onChange } = setup();
    await navigator.clipboard.writeText(JSON.stringify({ and: [clause('D'), clause('E')] }));
    await chooseAction(user, 'group 1', 'Paste');
    await waitFor(() => expect(announcer()).toHaveTextContent('Nothing was pasted: a group cannot go inside an OR group.'));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given a clipboard the browser will not read, then a box to paste into is offered, and its Paste pastes where the menu was', async () => {
    const { user, last } = setup();
    vi.spyOn(navigator.clipboard, 'readText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    await chooseAction(user, 'clause 2', 'Paste');
    const box = await screen.findByRole('textbox', { name: 'JSON to paste' });
    expect(box).toHaveFocus();
    expect(announcer()).toHaveTextContent('The browser did not let the builder read the clipboard.');
    await user.click(box);
    await user.paste(JSON.stringify(clause('D')));
    await user.click(within(screen.getByRole('group', { name: 'Paste by hand' })).getByRole('button', { name: 'Paste' }));
    // The clipboard text reader is loaded by the first paste.
    await waitFor(() => expect(last()).toEqual({ and: [{ or: ['A', 'B'] }, { or: ['C'] }, { or: ['D'] }] }));
    expect(screen.queryByRole('group', { name: 'Paste by hand' })).toBeNull();
    expect(actionsButton('clause 3')).toHaveFocus();
  });

  it('given a new cohort (one blank clause), when a whole query is pasted, then the builder holds exactly that query', async () => {
    const { user, json } = setup(null);
    const query = { and: [{ or: [clause('A'), clause('B')] }, { or: [{ has_entered: { segment: 1234 } }] }] };
    await navigator.clipboard.writeText(JSON.stringify(query));
    button('+ And (cohort query)').focus();
    await user.keyboard('{Control>}v{/Control}');
    await waitFor(() => expect(json()).toEqual(query));
    expect(announcer()).toHaveTextContent('Pasted the query in place of the empty one.');
    expect(actionsButton('group 1')).toHaveFocus();
  });

  it('given pasted JSON with an unknown key, then the key is kept and the pasted clause shows its warning', async () => {
    const { user, json } = setup();
    await navigator.clipboard.writeText(JSON.stringify({ ...clause('D'), colour: 'red' }));
    await chooseAction(user, 'clause 2', 'Paste');
    await waitFor(() => expect((json()?.and as JsonObject[])[2]).toEqual({ or: [{ ...clause('D'), colour: 'red' }] }));
    expect(within(screen.getByRole('article', { name: /^Clause 3:/ })).getByText(/colour/)).toBeVisible();
  });
});

describe('Ungroup and Make a group', () => {
  it('given OR group 1 at the top level, then its item says the meaning changes; chosen, each clause must match, and one undo restores it', async () => {
    const { user, last } = setup();
    const menu = await openMenu(user, actionsButton('group 1'));
    await user.click(menuItem(menu, 'Ungroup (each must match)'));
    expect(last()).toEqual({ and: [{ or: ['A'] }, { or: ['B'] }, { or: ['C'] }] });
    expect(announcer()).toHaveTextContent('Ungrouped group 1: each of its clauses must now match, where one was enough before. The first is now clause 1.');
    expect(actionsButton('clause 1')).toHaveFocus();
    await user.keyboard('{Control>}z{/Control}');
    expect(last()).toEqual({ and: [{ or: ['A', 'B'] }, { or: ['C'] }] });
  });

  it('given an OR group inside an OR (a loaded query), then Ungroup keeps the meaning: its clauses join the OR around it', async () => {
    const { user, last } = setup({ or: [clause('A'), { or: [clause('B'), clause('C')] }] });
    await chooseAction(user, 'group 2', 'Ungroup');
    expect(last()).toEqual({ or: ['A', 'B', 'C'] });
    expect(announcer()).toHaveTextContent('Ungrouped group 2; its clauses mean what they meant. The first is now clause 2.');
    expect(actionsButton('clause 2')).toHaveFocus();
  });

  it('given an AND group inside an OR (a loaded query), then Ungroup is refused and says why', async () => {
    const { user, onChange } = setup({ or: [clause('A'), { and: [clause('B'), clause('C')] }] });
    await chooseAction(user, 'group 2', 'Ungroup');
    expect(announcer()).toHaveTextContent('Group 2 was not ungrouped: its clauses must all match, where in the group around it one is enough');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given a bare clause of the top level, then "Make a group" puts it in an OR of its own and focus goes to its "+ Or"; a clause in a group has no such item', async () => {
    const { user, json } = setup({ and: [clause('A'), { or: [clause('B'), clause('C')] }] });
    expect(within(await openMenu(user, actionsButton('clause 2.1'))).queryByRole('menuitem', { name: 'Make a group' })).toBeNull();
    await user.keyboard('{Escape}');
    await chooseAction(user, 'clause 1', 'Make a group');
    expect(json()).toEqual({ and: [{ or: [clause('A')] }, { or: [clause('B'), clause('C')] }] });
    expect(button('+ Or (clause 1)')).toHaveFocus();
    expect(announcer()).toHaveTextContent('Clause 1 is now in a group of its own; add alternatives to it with + Or.');
    // Now in a group of its own, it is not offered again.
    expect(within(await openMenu(user, actionsButton('clause 1'))).queryByRole('menuitem', { name: 'Make a group' })).toBeNull();
    await user.keyboard('{Escape}');
    await user.click(button('Undo'));
    expect(json()).toEqual({ and: [clause('A'), { or: [clause('B'), clause('C')] }] });
  });
});
