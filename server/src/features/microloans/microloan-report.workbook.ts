import { pick, type Lang, type Sheet } from '../programmes/programme-report.ts';
import type { MicroloanReport } from './microloans.schemas.ts';

type Row = MicroloanReport['total'];

export function microloanSheets(report: MicroloanReport, lang: Lang): Sheet[] {
  const cells = (r: Row, name: string | null) => [
    r.regionCode, name, r.loans, r.disbursedPrincipal, r.outstandingPrincipal, r.overdueLoans,
    r.overdueRate.basisPoints, r.recoveryRate.basisPoints, r.interestSubsidy,
  ];
  return [{
    title: pick(lang, '小额信贷', 'Microloans'),
    headers: lang === 'zh'
      ? ['区划代码', '村', '贷款笔数', '放款金额（元）', '贷款余额（元）', '逾期笔数', '逾期率', '回收率', '已贴息（元）']
      : ['Region code', 'Village', 'Loans', 'Disbursed (yuan)', 'Outstanding (yuan)', 'Overdue loans', 'Overdue rate', 'Recovery rate', 'Interest subsidy (yuan)'],
    rows: [...report.villages.map((r) => cells(r, r.regionName)), cells(report.total, pick(lang, `合计（截至${report.asOf}）`, `Total (as of ${report.asOf})`))],
    moneyColumns: [3, 4, 8],
    rateColumns: [6, 7],
  }];
}
