import { Tooltip, type TooltipProps } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import { cloneElement, useEffect, useRef, useState, type MouseEvent as ReactMouseEvent, type ReactElement, type Ref } from 'react';

type Target = ReactElement<{ onMouseEnter?: (e: ReactMouseEvent<HTMLElement>) => void; ref?: Ref<HTMLElement> }>;

/**
 * Mantine's `Tooltip`, set up only once the pointer first comes over its target. A tooltip is
 * a floating element with its own positioning, dismiss and role hooks; a tree of a hundred
 * codes drew three hundred of them on the first screen, a third of the time it took to show
 * the codebook, before anyone pointed at any. Until then the target is drawn alone; the
 * pointer's arrival adds the tooltip beside it (Mantine's `target` form, so the target element
 * itself is never replaced: a click under way still lands), which then opens after its usual
 * delay and behaves as Mantine's from there on.
 */
export function LazyTooltip({ children, ...props }: Omit<TooltipProps, 'children' | 'target'> & { children: Target }) {
  const [armed, setArmed] = useState(false);
  const target = useRef<HTMLElement | null>(null);
  const ref = useMergedRef(target, children.props.ref);
  useEffect(() => {
    if (!armed) return;
    // The tooltip listens for the pointer from a render after it mounts; the pointer arrived
    // before that, so it is told once it listens, if the pointer is still there.
    let frame = 0;
    const timer = setTimeout(() => {
      frame = requestAnimationFrame(() => {
        const el = target.current;
        if (el?.isConnected && el.matches(':hover')) el.dispatchEvent(new MouseEvent('mouseenter'));
      });
    });
    return () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
    };
  }, [armed]);
  return (
    <>
      {cloneElement(children, {
        ref,
        onMouseEnter: (e: ReactMouseEvent<HTMLElement>) => {
          children.props.onMouseEnter?.(e);
          setArmed(true);
        },
      })}
      {armed && <Tooltip {...props} target={target} />}
    </>
  );
}
