import { useEffect, useRef } from 'react';

/**
 * A result brought into view and given focus when it appears or changes: in a 350 × 560 pane the
 * message lands below the fold, and people who do not see it click again. The element needs
 * tabIndex -1 to take focus; screen readers then read it.
 */
export function useReveal<T extends HTMLElement>(value: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!value || !ref.current) return;
    ref.current.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
    ref.current.focus({ preventScroll: true });
  }, [value]);
  return ref;
}
