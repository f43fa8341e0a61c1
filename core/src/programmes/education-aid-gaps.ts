/** What a student is entitled to for a school year under one aid item (from the policy engine). */
export interface AidEntitlement {
  memberId: number;
  item: string;
  amount: number;
}

export interface AidPayment {
  memberId: number;
  item: string;
  amount: number;
}

export interface AidGap {
  memberId: number;
  item: string;
  entitled: number;
  paid: number;
  missing: number;
}

/**
 * The students who should receive aid and do not: for each entitlement, what was paid for the
 * same student and item; any shortfall is a gap (a student paid nothing shows the whole amount).
 */
export function findAidGaps(entitlements: readonly AidEntitlement[], payments: readonly AidPayment[]): AidGap[] {
  const paid = new Map<string, number>();
  for (const p of payments) paid.set(`${p.memberId}\u0000${p.item}`, (paid.get(`${p.memberId}\u0000${p.item}`) ?? 0) + p.amount);
  return entitlements
    .filter((e) => e.amount > 0)
    .map((e) => {
      const got = paid.get(`${e.memberId}\u0000${e.item}`) ?? 0;
      return { memberId: e.memberId, item: e.item, entitled: e.amount, paid: got, missing: Math.max(0, e.amount - got) };
    })
    .filter((g) => g.missing > 0);
}
