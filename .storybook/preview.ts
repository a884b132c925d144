import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import '../src/components/styles.css';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    // axe violations fail the story when it runs as a test.
    a11y: { test: 'error' },
    docs: {
      // Sections of the page; not the headings inside live examples and stories (the builder's own).
      toc: { headingSelector: 'h2, h3', ignoreSelector: '.docs-story *, .sb-unstyled *, .skip-toc' },
      // Docs pages show what the sidebar shows: interaction tests (tagged '!dev') stay off them
      // even on a page a CSF file does not tag 'autodocs' (an MDX page attached with <Meta of>).
      stories: { filter: (story: { tags?: string[] }) => story.tags?.includes('dev') ?? true },
    },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Getting started',
          'Theming',
          'Playground',
          'Editor',
          ['CohortEditor', 'TagsInput'],
          'Builder',
          ['CohortQueryBuilder', 'Clause cards', 'Arrange', 'MenuButton', 'Connector', 'BuilderInstanceProvider'],
          'Editors',
          ['EventPicker', 'FrequencyEditor', 'ComparisonEditor', 'WhereConditionEditor', 'DuringWindowEditor'],
          'Core',
          '*',
        ],
      },
    },
  },
  loaders: [mswLoader()],
};
export default preview;
