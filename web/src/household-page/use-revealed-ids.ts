import { useCallback, useEffect, useState } from 'react';

/** How long a revealed ID number stays on screen before it is masked again. */
export const REVEAL_SECONDS = 30;

export interface RevealedId {
  idNumber: string;
  secondsLeft: number;
}

/**
 * ID numbers the user revealed, each shown for a short time and then masked again, so that a
 * number does not stay on a screen others may see.
 */
export function useRevealedIds(): { revealed: ReadonlyMap<number, RevealedId>; show: (memberId: number, idNumber: string) => void; hide: (memberId: number) => void } {
  const [revealed, setRevealed] = useState<ReadonlyMap<number, RevealedId>>(() => new Map());
  const isCounting = revealed.size > 0;

  useEffect(() => {
    if (!isCounting) return undefined;
    const timer = setInterval(() => {
      setRevealed((previous) => {
        const next = new Map<number, RevealedId>();
        for (const [id, r] of previous) if (r.secondsLeft > 1) next.set(id, { ...r, secondsLeft: r.secondsLeft - 1 });
        return next;
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [isCounting]);

  const show = useCallback((memberId: number, idNumber: string) => {
    setRevealed((previous) => new Map(previous).set(memberId, { idNumber, secondsLeft: REVEAL_SECONDS }));
  }, []);
  const hide = useCallback((memberId: number) => {
    setRevealed((previous) => {
      const next = new Map(previous);
      next.delete(memberId);
      return next;
    });
  }, []);
  return { revealed, show, hide };
}
