import { Tooltip, type TooltipProps } from '@mantine/core';
import { cloneElement, useEffect, useRef, useState, type MouseEvent as ReactMouseEvent, type ReactElement } from 'react';

type Target = ReactElement<{ onMouseEnter?: (e: ReactMouseEvent<HTMLElement>) => void }>;

/**
 * Mantine's `Tooltip`, set up only once the pointer first comes over its target. A tooltip is
 * a floating element with its own positioning, dismiss and role hooks; a tree of a hundred
 * codes drew three hundred of them on the first screen, a third of the time it took to show
 * the codebook, before anyone pointed at any. Until then the target is drawn alone; the
 * pointer's arrival mounts the tooltip, which then opens after its usual delay and behaves as
 * Mantine's from there on.
 */
export function LazyTooltip({ children, ...props }: Omit<TooltipProps, 'children'> & { children: Target }) {
  const [armed, setArmed] = useState(false);
  const target = useRef<HTMLElement | null>(null);
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
  if (armed) return <Tooltip {...props}>{children}</Tooltip>;
  return cloneElement(children, {
    onMouseEnter: (e: ReactMouseEvent<HTMLElement>) => {
      children.props.onMouseEnter?.(e);
      target.current = e.currentTarget;
      setArmed(true);
    },
  });
}
