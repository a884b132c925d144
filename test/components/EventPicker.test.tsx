import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EventPicker } from '../../src/components/EventPicker';
import type { EventOption } from '../../src/components/eventOptions';
import { Controlled, expectNoAxeViolations } from './support/harness';

const EVENTS: EventOption[] = [
  'Pageview',
  { name: 'videoViews', label: 'Video views', description: 'A video started playing' },
  { name: 'LinkClick', label: 'Link click' },
  'FormSubmission',
];

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const combobox = () => screen.getByRole('combobox', { name: 'Event' });

describe('EventPicker with a list', () => {
  it('given the catalogue, when the person types, then the options are filtered and typing keeps focus', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<EventPicker events={EVENTS} onChange={onChange} />);
    await user.type(combobox(), 'vid');
    expect(combobox()).toHaveFocus();
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Video viewsvideoViewsA video started playing']);
    expect(onChange).toHaveBeenLastCalledWith('vid');
  });

  it('given the list is open, then ArrowDown/ArrowUp move the active option (wrapping), Home/End jump, and Enter chooses', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<EventPicker events={EVENTS} onChange={onChange} />);
    await user.click(combobox());
    await user.keyboard('{ArrowDown}');
    const options = screen.getAllByRole('option');
    expect(combobox()).toHaveAttribute('aria-activedescendant', options[0]!.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}');
    expect(combobox()).toHaveAttribute('aria-activedescendant', options[3]!.id);
    await user.keyboard('{ArrowDown}');
    expect(combobox()).toHaveAttribute('aria-activedescendant', options[0]!.id);
    await user.keyboard('{End}');
    expect(combobox()).toHaveAttribute('aria-activedescendant', options[3]!.id);
    await user.keyboard('{Home}{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('videoViews');
    // In the host's words: the label shows, the name is the title.
    expect(combobox()).toHaveValue('Video views');
    expect(combobox()).toHaveAttribute('title', 'videoViews');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
  });

  it('given the list is closed, when the person presses ArrowUp, then it opens on the last option', async () => {
    const user = userEvent.setup();
    render(<EventPicker events={EVENTS} />);
    combobox().focus();
    await user.keyboard('{ArrowUp}');
    const options = screen.getAllByRole('option');
    expect(combobox()).toHaveAttribute('aria-activedescendant', options[options.length - 1]!.id);
  });

  it('given the list is open, when the person presses Escape, then it closes and the text stays', async () => {
    const user = userEvent.setup();
    render(<EventPicker events={EVENTS} />);
    await user.type(combobox(), 'Page');
    expect(screen.getByRole('listbox', { name: 'Event' })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(combobox()).toHaveValue('Page');
  });

  it('given the list, when the person clicks an option, then it is chosen and focus stays in the input', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<EventPicker events={EVENTS} onChange={onChange} />);
    await user.click(combobox());
    await user.click(screen.getByRole('option', { name: /Link click/ }));
    expect(onChange).toHaveBeenLastCalledWith('LinkClick');
    expect(combobox()).toHaveFocus();
  });

  it('given free text that is in no catalogue, then the typed text (case kept) is the value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<EventPicker events={EVENTS} onChange={onChange} />);
    await user.type(combobox(), 'PAGEview');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('PAGEview');
    expect(combobox()).toHaveValue('PAGEview');
  });

  it('given a search with no match, then "No matching events" is announced politely', async () => {
    const user = userEvent.setup();
    render(<EventPicker events={EVENTS} />);
    await user.type(combobox(), 'zzz');
    expect(screen.getByRole('status')).toHaveTextContent('No matching events');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
  });

  it('given no catalogue, then it is a plain text input', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<EventPicker onChange={onChange} />);
    await user.type(screen.getByRole('textbox', { name: 'Event' }), 'Pageview');
    expect(onChange).toHaveBeenLastCalledWith('Pageview');
  });
});

describe('EventPicker with an async loader', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('given a loader, when the person types, then it shows loading, then the options of the last search', async () => {
    const user = userEvent.setup();
    const calls: { search: string; signal: AbortSignal; answer: ReturnType<typeof deferred<EventOption[]>> }[] = [];
    const loader = (search: string, signal: AbortSignal) => {
      const answer = deferred<EventOption[]>();
      calls.push({ search, signal, answer });
      return answer.promise;
    };
    render(<EventPicker events={loader} debounceMs={0} />);
    await user.type(combobox(), 'Pa');
    await waitFor(() => expect(calls.at(-1)?.search).toBe('Pa'));
    expect(screen.getByRole('status')).toHaveTextContent('Loading events…');
    // Every earlier search was aborted when the text moved on.
    expect(calls.slice(0, -1).every((c) => c.signal.aborted)).toBe(true);
    await act(async () => calls.at(-1)!.answer.resolve(['Pageview', 'PageExit']));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Pageview', 'PageExit']);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('given a loader that finds nothing, then "No matching events" is shown', async () => {
    const user = userEvent.setup();
    render(<EventPicker events={async () => []} debounceMs={0} />);
    await user.type(combobox(), 'x');
    expect(await screen.findByText('No matching events')).toBeVisible();
  });

  it('given a loader that fails, then it says so, and Retry loads again', async () => {
    const user = userEvent.setup();
    const loader = vi.fn<(search: string, signal: AbortSignal) => Promise<EventOption[]>>().mockRejectedValue(new Error('503'));
    render(<EventPicker events={loader} debounceMs={0} />);
    await user.type(combobox(), 'P');
    expect(await screen.findByText('Could not load events')).toBeVisible();
    expect(combobox()).toHaveValue('P');
    loader.mockResolvedValue(['Pageview']);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('option', { name: 'Pageview' })).toBeVisible();
    expect(loader).toHaveBeenLastCalledWith('P', expect.any(AbortSignal));
    expect(combobox()).toHaveFocus();
  });

  it('given a failed search, when the person tabs away to Retry, then the message and Retry stay and work by keyboard', async () => {
    const user = userEvent.setup();
    const loader = vi.fn<(search: string, signal: AbortSignal) => Promise<EventOption[]>>().mockRejectedValue(new Error('offline'));
    render(<EventPicker events={loader} debounceMs={0} />);
    await user.type(combobox(), 'P');
    await screen.findByText('Could not load events');
    loader.mockResolvedValue(['Pageview']);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Retry' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('option', { name: 'Pageview' })).toBeVisible();
  });

  it('given fake timers, then the loader waits for the debounce before it is called, once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const loader = vi.fn(async () => ['Pageview'] as EventOption[]);
    render(<EventPicker events={loader} debounceMs={250} />);
    // user-event waits on setTimeout between keys, which is fake here; change events are synchronous.
    for (const text of ['P', 'Pa', 'Pag']) {
      fireEvent.change(combobox(), { target: { value: text } });
      act(() => vi.advanceTimersByTime(100));
    }
    expect(loader).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTime(250));
    expect(loader).toHaveBeenCalledTimes(1);
    expect(loader).toHaveBeenCalledWith('Pag', expect.any(AbortSignal));
    // findBy* polls with setTimeout, which is fake here: let the answer's promise settle instead.
    await act(async () => undefined);
    expect(screen.getByRole('option', { name: 'Pageview' })).toBeVisible();
  });
});

describe('EventPicker state', () => {
  it('given an empty name after a blur, then it asks for an event and links the message', async () => {
    const user = userEvent.setup();
    render(<EventPicker events={EVENTS} />);
    await user.click(combobox());
    await user.tab();
    expect(combobox()).toHaveAccessibleDescription('Choose or type an event name');
    expect(combobox()).toBeInvalid();
  });

  it('given required, then the empty name shows the message at once, and spaces typed are kept', async () => {
    const user = userEvent.setup();
    render(<EventPicker required />);
    expect(screen.getByText('Choose or type an event name')).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: 'Event' }), '  ');
    expect(screen.getByRole('textbox', { name: 'Event' })).toHaveValue('  ');
    expect(screen.getByText('Choose or type an event name')).toBeVisible();
  });

  it('given a controlled parent that refuses, then the input keeps the parent\'s value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled initial="Pageview" accept={false} onChange={onChange} render={(value, change) => <EventPicker events={EVENTS} value={value} onChange={change} />} />);
    await user.type(combobox(), 's');
    expect(onChange).toHaveBeenLastCalledWith('Pageviews');
    expect(combobox()).toHaveValue('Pageview');
  });

  it('given uncontrolled use, then defaultValue is where it starts', () => {
    render(<EventPicker events={EVENTS} defaultValue="LinkClick" />);
    expect(combobox()).toHaveValue('Link click');
  });

  it('given a catalogue with labels, when a label is typed, then its name is chosen; other text is kept as the name', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<EventPicker events={EVENTS} onChange={onChange} />);
    await user.type(combobox(), 'Link click');
    expect(onChange).toHaveBeenLastCalledWith('LinkClick');
    expect(combobox()).toHaveValue('Link click');
    await user.clear(combobox());
    await user.type(combobox(), 'Link clicks');
    expect(onChange).toHaveBeenLastCalledWith('Link clicks');
    expect(combobox()).not.toHaveAttribute('title');
  });

  it('given disabled or read-only, then the list never opens', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<EventPicker events={EVENTS} value="Pageview" readOnly />);
    await user.click(combobox());
    await user.keyboard('{ArrowDown}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    rerender(<EventPicker events={EVENTS} value="Pageview" disabled />);
    expect(combobox()).toBeDisabled();
  });

  it('given labels, then they replace the defaults', () => {
    render(<EventPicker events={EVENTS} label="Ereignis" labels={{ required: 'Bitte wählen' }} required />);
    expect(screen.getByRole('combobox', { name: 'Ereignis' })).toHaveAccessibleDescription('Bitte wählen');
  });

  it('given a filled picker with its list open, then axe finds no violations', async () => {
    const user = userEvent.setup();
    const { container } = render(<EventPicker events={EVENTS} defaultValue="" />);
    await user.type(combobox(), 'i');
    await user.keyboard('{ArrowDown}');
    await expectNoAxeViolations(container);
  });
});
