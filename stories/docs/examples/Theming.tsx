import type { CSSProperties } from 'react';
import { CohortQueryBuilder } from '../../../src/index';
import '../../../src/components/styles.css';

const events = ['Pageview', 'videoViews', 'LinkClick'];

// Any custom property of the stylesheet can be set on an ancestor (or through `className`).
const brand = { '--pcb-primary': '#0b7a4b', '--pcb-focus': '#0b7a4b', '--pcb-radius': '2px' } as CSSProperties;

/** Dark and compact, from the switches on an ancestor; the nearest switch wins. */
export function ThemingExample() {
  return (
    <div data-pcb-theme="dark" data-pcb-density="compact" style={brand}>
      <CohortQueryBuilder events={events} defaultValue={{ and: [{ or: [{ event: 'Pageview', frequency: { greater_than_or_equal_to: 2 } }] }] }} />
    </div>
  );
}
