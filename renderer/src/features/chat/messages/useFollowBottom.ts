import { useCallback, useEffect, useRef, type RefObject } from 'react';

/** Within this distance of the end the list counts as "at the bottom" and keeps following new text. */
const NEAR_BOTTOM_PX = 48;

/**
 * Keeps a scroll container pinned to its end while content grows (a streaming reply), until the user
 * scrolls up; scrolling back to the end resumes following. Growth is seen with a ResizeObserver on the
 * content, so no render has to ask for it.
 */
export function useFollowBottom(scrollRef: RefObject<HTMLElement | null>, contentRef: RefObject<HTMLElement | null>) {
  const following = useRef(true);

  const toBottom = useCallback(() => {
    const el = scrollRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [scrollRef]);

  useEffect(() => {
    const el = scrollRef.current;
    const content = contentRef.current;
    if (!el || !content) return;
    const onScroll = () => {
      following.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
    };
    // A wheel or key press upwards means "let me read": stop following at once, before the next delta.
    const onWheel = (e: WheelEvent) => {
      if (e.deltaY < 0) following.current = false;
    };
    const onKey = (e: KeyboardEvent) => {
      if (['ArrowUp', 'PageUp', 'Home'].includes(e.key)) following.current = false;
    };
    const observer = new ResizeObserver(() => {
      if (following.current) toBottom();
    });
    observer.observe(content);
    el.addEventListener('scroll', onScroll, { passive: true });
    el.addEventListener('wheel', onWheel, { passive: true });
    el.addEventListener('keydown', onKey);
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', onScroll);
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('keydown', onKey);
    };
  }, [scrollRef, contentRef, toBottom]);

  return {
    following,
    /** Jump to the end and follow again (a new send, the "jump to latest" button). */
    follow: useCallback(() => {
      following.current = true;
      toBottom();
    }, [toBottom]),
    /** Stop following (jumping to a search hit). */
    release: useCallback(() => {
      following.current = false;
    }, []),
  };
}
