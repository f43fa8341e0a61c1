export const MAX_OTHER_CAUSES = 2;

export type CauseIssue = 'tooMany' | 'repeatsMain' | 'repeated' | 'needsMain';

/** One main cause and up to two others, none repeated (the server's rule, said as the user chooses). */
export function checkOtherCauses(mainCause: string | null | undefined, otherCauses: readonly string[] | undefined): CauseIssue | undefined {
  const others = otherCauses ?? [];
  if (others.length > MAX_OTHER_CAUSES) return 'tooMany';
  if (new Set(others).size !== others.length) return 'repeated';
  if (others.length > 0 && !mainCause) return 'needsMain';
  if (mainCause && others.includes(mainCause)) return 'repeatsMain';
  return undefined;
}
