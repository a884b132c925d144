import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CohortQueryBuilder } from '../../src/index';
import type { JsonObject } from '../../src/index';
import { corpus } from '../fixtures/corpus';

describe('CohortQueryBuilder with every corpus query', () => {
  it.each(corpus.map((entry) => [entry.id, entry.query] as const))(
    'given %s loaded, when a clause is duplicated and the copy removed, then onChange reports the same JSON, unknown parts included',
    async (_id, query) => {
      const user = userEvent.setup();
      const onChange = vi.fn<(json: JsonObject) => void>();
      render(<CohortQueryBuilder defaultValue={query} onChange={onChange} />);

      await user.click(screen.getAllByRole('button', { name: /^Duplicate clause/ })[0]!);
      const duplicated = onChange.mock.lastCall![0];
      expect(duplicated).not.toEqual(query);

      // The copy sits right after the original, so it is the second "Remove clause" of the same group.
      const first = screen.getAllByRole('button', { name: /^Duplicate clause/ })[0]!.getAttribute('aria-label')!;
      const position = first.replace('Duplicate clause ', '');
      const copy = position.includes('.') ? position.replace(/\d+$/, (n) => String(Number(n) + 1)) : String(Number(position) + 1);
      await user.click(screen.getByRole('button', { name: `Remove clause ${copy}` }));

      // A lone root clause was wrapped in an AND to hold its copy; the clause itself is unchanged.
      const expected = 'and' in query || 'or' in query ? query : { and: [query] };
      expect(onChange.mock.lastCall![0]).toStrictEqual(expected);
    },
  );
});
