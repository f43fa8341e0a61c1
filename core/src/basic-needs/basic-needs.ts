import { basicNeedsItems, type CodeList } from '../codes/index.ts';

export type BasicNeedsItem = typeof basicNeedsItems extends CodeList<infer C> ? C : never;
export type BasicNeedsResult = 'pass' | 'fail' | 'notApplicable';
export type BasicNeedsItems = Record<BasicNeedsItem, BasicNeedsResult>;

export interface BasicNeedsEvaluation {
  /** True when no item failed ("not applicable" counts as secured: e.g. no school-age child). */
  isSecured: boolean;
  failedItems: BasicNeedsItem[];
}

/** 两不愁三保障 + 饮水安全: secured when every applicable item passes. */
export function evaluateBasicNeeds(items: BasicNeedsItems): BasicNeedsEvaluation {
  const failedItems = basicNeedsItems.codes.filter((item) => items[item] === 'fail');
  return { isSecured: failedItems.length === 0, failedItems };
}
