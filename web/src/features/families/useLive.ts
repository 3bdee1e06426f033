import { useEffect, useState } from 'react';
import type { Loaded } from '../../components/useLoad';

/**
 * Like useLoad, but a reload (the key changes after an action) keeps showing the data already
 * there until the new answer comes: the page does not flash "Loading…", and the message about
 * the action that caused the reload stays on screen and in the focus order.
 */
export function useLive<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setResult((r) => (r.state === 'done' ? r : { state: 'loading' }));
    load().then(
      (data) => live && setResult({ state: 'done', data }),
      (error: unknown) => live && setResult({ state: 'failed', error }),
    );
    return () => {
      live = false;
    };
    // Only the key says when to load again.
  }, [key]);
  return result;
}
