/**
 * The words of copy, paste, ungroup and make a group all come from the tables a host replaces
 * (test/i18n checks the menus; this opens what they lead to: the stand-in panels and the
 * announcements), and the German tables have their own for each.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CohortQueryBuilder,
  createIdGenerator,
  defaultAnnouncements,
  defaultBuilderLabels,
  germanAnnouncements,
  germanBuilderLabels,
  type BuilderAnnouncements,
  type BuilderLabels,
} from '../../src/index';
import { clause, cnf } from '../arrange/support';
import { openMenu } from '../support/menus';
import { marked } from '../i18n/support';

const LABELS: BuilderLabels = { ...marked(defaultBuilderLabels, 'l'), fields: defaultBuilderLabels.fields, issue: defaultBuilderLabels.issue };
const ANNOUNCEMENTS: BuilderAnnouncements = marked(defaultAnnouncements, 'a');

/** Text with the markers and the query's own data taken out: empty when every word came from a table. */
function leftover(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/«[^«»]*»/g, ' ');
  }
  return rest.replace(/[^\p{L}]+/gu, ' ').trim();
}

/** Opens a builder's "Actions for …" menu (found by its marked name) and chooses a marked item. */
async function choose(user: ReturnType<typeof userEvent.setup>, node: string, item: string) {
  const menu = await openMenu(user, screen.getByRole('button', { name: `«l.actions(${node})»` }));
  await user.click(screen.getAllByRole('menuitem').find((element) => element.textContent === `«l.${item}»`)!);
  return menu;
}

/** What the builder's own live region says (dnd-kit may add one of its own). */
const live = () => screen.getByRole('status', { name: '«l.announcements»' }).textContent ?? '';

describe('power editing words', () => {
  it('given every label and announcement replaced, then the panels and the announcements of copy, paste, ungroup and make a group hold only replaced words', async () => {
    const user = userEvent.setup();
    render(
      <CohortQueryBuilder
        defaultValue={{ and: [clause('A'), { or: [clause('B'), clause('C')] }] }}
        labels={LABELS}
        announcements={ANNOUNCEMENTS}
        idGenerator={createIdGenerator('w')}
        showSummary={false}
        showToolbar={false}
      />,
    );
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new DOMException('Denied', 'NotAllowedError'));
    await choose(user, '«l.clause(1)»', 'copyItem');
    const copyPanel = await screen.findByRole('group', { name: '«l.copyByHand(«l.clause(1)»)»' });
    expect(live()).toMatch(/^«a\.copyFailed\(/);
    expect(leftover(copyPanel.textContent!.replace(/\{[\s\S]*\}/, ''))).toBe('');
    await user.keyboard('{Escape}');

    vi.spyOn(navigator.clipboard, 'readText').mockRejectedValueOnce(new DOMException('Denied', 'NotAllowedError'));
    await choose(user, '«l.clause(1)»', 'pasteItem');
    const pastePanel = await screen.findByRole('group', { name: '«l.pasteByHand»' });
    expect(leftover(pastePanel.textContent!)).toBe('');
    await user.keyboard('{Escape}');

    await navigator.clipboard.writeText('not json');
    await choose(user, '«l.clause(1)»', 'pasteItem');
    await waitFor(() => expect(live()).toMatch(/^«a\.pasteRefused\(«a\.pasteReasons\.not-json»\)»/));

    await navigator.clipboard.writeText(JSON.stringify(clause('D')));
    await choose(user, '«l.clause(1)»', 'pasteItem');
    await waitFor(() => expect(live()).toMatch(/^«a\.pasted\(/));

    await choose(user, '«l.clause(1)»', 'makeGroupItem');
    expect(live()).toMatch(/^«a\.grouped\(«l\.clause\(1\)»\|«l\.addOr»\)»/);
    await choose(user, '«l.group(3)»', 'ungroupEachItem');
    expect(live()).toMatch(/^«a\.ungroupedEach\(/);
  });

  it('given the German tables, then every new key has German words of its own', () => {
    const keys = ['copyItem', 'pasteItem', 'makeGroupItem', 'ungroupItem', 'ungroupEachItem', 'pasteByHand', 'jsonToPaste', 'close'] as const;
    for (const key of keys) expect(germanBuilderLabels[key], key).not.toBe(defaultBuilderLabels[key]);
    expect(germanBuilderLabels.copyByHand('Klausel 2')).toBe('Klausel 2 von Hand kopieren');
    const said = [
      germanAnnouncements.copied('Klausel 2'),
      germanAnnouncements.copyFailed('Klausel 2'),
      germanAnnouncements.pasted('Klausel 3', 2),
      germanAnnouncements.pastedQuery,
      germanAnnouncements.pasteUnreadable,
      germanAnnouncements.ungrouped('Gruppe 1', 'Klausel 1'),
      germanAnnouncements.ungroupedEach('Gruppe 1', 'Klausel 1'),
      germanAnnouncements.grouped('Klausel 1', '+ Oder'),
      ...Object.values(germanAnnouncements.pasteReasons),
      ...Object.values(germanAnnouncements.ungroupReasons),
    ];
    // "Browser" and "JSON" are German words too.
    const english = /\b(the|clause|group|pasted|copied|clipboard|must|match|nothing)\b/i;
    for (const text of said) expect(text).not.toMatch(english);
  });

  it('given a German builder, then the clause menu offers the German items', async () => {
    const user = userEvent.setup();
    render(<CohortQueryBuilder defaultValue={cnf(['A', 'B'])} labels={germanBuilderLabels} announcements={germanAnnouncements} showSummary={false} />);
    const menu = await openMenu(user, screen.getByRole('button', { name: 'Aktionen für Gruppe 1' }));
    expect([...menu.querySelectorAll('[role="menuitem"]')].map((item) => item.textContent)).toEqual(
      expect.arrayContaining(['Gruppe auflösen (jede muss zutreffen)', 'Als JSON kopieren', 'Einfügen']),
    );
  });
});
