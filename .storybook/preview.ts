import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import '../src/components/styles.css';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    // axe violations fail the story when it runs as a test.
    a11y: { test: 'error' },
  },
  loaders: [mswLoader()],
};
export default preview;
