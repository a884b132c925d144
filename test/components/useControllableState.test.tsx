import { act, renderHook } from '@testing-library/react';
import { useControllableState } from '../../src/components/useControllableState';

type Props = { controlled: boolean; value: number; onChange?: (n: number) => void };

function setup(initial: Props) {
  return renderHook((props: Props) => useControllableState({ ...props, defaultValue: 1, component: 'Test' }), { initialProps: initial });
}

describe('useControllableState', () => {
  it('given uncontrolled use, when set, then the state changes and onChange is told', () => {
    const onChange = vi.fn();
    const { result } = setup({ controlled: false, value: 0, onChange });
    expect(result.current[0]).toBe(1);
    act(() => result.current[1](5));
    expect(result.current[0]).toBe(5);
    expect(onChange).toHaveBeenCalledWith(5);
  });

  it('given uncontrolled use, when two updaters run in one event, then the second builds on the first', () => {
    const onChange = vi.fn();
    const { result } = setup({ controlled: false, value: 0, onChange });
    act(() => {
      result.current[1]((n) => n + 1);
      result.current[1]((n) => n + 1);
    });
    expect(result.current[0]).toBe(3);
    expect(onChange.mock.calls).toEqual([[2], [3]]);
  });

  it('given controlled use, when set, then onChange is told but the value stays the prop', () => {
    const onChange = vi.fn();
    const { result } = setup({ controlled: true, value: 7, onChange });
    act(() => result.current[1]((n) => n * 2));
    expect(onChange).toHaveBeenCalledWith(14);
    expect(result.current[0]).toBe(7);
  });

  it('given the same value, then onChange is not called', () => {
    const onChange = vi.fn();
    const { result } = setup({ controlled: true, value: 7, onChange });
    act(() => result.current[1](7));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given new props, then the setter keeps its identity and uses the latest onChange', () => {
    const first = vi.fn();
    const second = vi.fn();
    const { result, rerender } = setup({ controlled: true, value: 1, onChange: first });
    const setter = result.current[1];
    rerender({ controlled: true, value: 2, onChange: second });
    expect(result.current[1]).toBe(setter);
    act(() => result.current[1]((n) => n + 1));
    expect(second).toHaveBeenCalledWith(3);
    expect(first).not.toHaveBeenCalled();
  });

  it('given a switch between modes, then it warns once and keeps the first mode', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { result, rerender } = setup({ controlled: true, value: 4 });
    rerender({ controlled: false, value: 9 });
    rerender({ controlled: true, value: 9 });
    rerender({ controlled: false, value: 9 });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('Test is changing from controlled to uncontrolled');
    expect(result.current[0]).toBe(9);
    warn.mockRestore();
  });
});
