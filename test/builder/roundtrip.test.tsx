import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CohortQueryBuilder } from '../../src/index';
import type { JsonObject } from '../../src/index';
import { corpus } from '../fixtures/corpus';
import { menuItem, openMenu } from '../support/menus';

describe('CohortQueryBuilder with every corpus query', () => {
  it.each(corpus.map((entry) => [entry.id, entry.query] as const))(
    'given %s loaded, when a clause is duplicated and the copy removed, then onChange reports the same JSON, unknown parts included',
    async (_id, query) => {
      const user = userEvent.setup();
      const onChange = vi.fn<(json: JsonObject) => void>();
      render(<CohortQueryBuilder defaultValue={query} onChange={onChange} />);

      // The first clause in document order, duplicated from its menu.
      const first = screen.getAllByRole('article')[0]!;
      const menu = await openMenu(user, within(first).getByRole('button', { name: /^Actions for clause/ }));
      await user.click(menuItem(menu, 'Duplicate'));
      const duplicated = onChange.mock.lastCall![0];
      expect(duplicated).not.toEqual(query);

      // The copy sits right after the original, in the same group: the second clause in document
      // order. Focus is in it (on its first field, or its menu when it has none); remove it.
      const copy = screen.getAllByRole('article')[1]!;
      expect(copy).toContainElement(document.activeElement as HTMLElement);
      await user.click(menuItem(await openMenu(user, within(copy).getByRole('button', { name: /^Actions for clause/ })), 'Remove'));

      // A lone root clause was wrapped in an AND to hold its copy; the clause itself is unchanged.
      const expected = 'and' in query || 'or' in query ? query : { and: [query] };
      expect(onChange.mock.lastCall![0]).toStrictEqual(expected);
    },
  );
});
