/** Statuses that need attention stand out; the others stay quiet (as on the household list). */
export const STATUS_COLOR: Readonly<Record<string, string>> = { poor: 'red', relapsed: 'volcano', applicant: 'gold', exited: 'green', exitedNoPolicy: 'cyan' };
