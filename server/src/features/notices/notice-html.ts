import type { NoticeView } from './notices.schemas.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

/** 2024-03-01 → 2024年3月1日, as notices are dated. */
export function formatChineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y ?? ''}年${m ?? ''}月${d ?? ''}日`;
}

const LEADS: Record<NoticeView['step'], string> = {
  firstNotice: '经农户申请、村民主评议，拟将以下农户识别为建档立卡贫困户，现予以公示。',
  secondNotice: '经乡镇审核，拟将以下农户识别为建档立卡贫困户，现予以第二次公示。',
  notice: '经退出评估、村民主评议、村两委和驻村工作队核实、贫困户认可，拟退出以下贫困户，现予以公示。',
};

/**
 * The notice as a printable A4 page: title, period, the households (name, masked ID number,
 * village, cause — nothing else a notice may not show) and where to lodge an objection.
 */
export function renderNoticeHtml(notice: NoticeView): string {
  const rows = notice.entries.map((e, i) => `<tr><td>${i + 1}</td><td>${escapeHtml(e.headName)}</td><td class="id">${escapeHtml(e.idNumberMasked ?? '')}</td>`
    + `<td>${escapeHtml(e.villageName)}</td><td>${escapeHtml(e.mainCause ?? '')}</td></tr>`).join('\n');
  const period = `${formatChineseDate(notice.startsOn)}至${formatChineseDate(notice.endsOn)}`;
  const causeHeader = notice.step === 'notice' ? '原致贫原因' : '致贫原因';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(notice.title)}</title>
<style>
  @page { size: A4; margin: 20mm 18mm; }
  body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, "Noto Sans CJK SC", "Microsoft YaHei", serif; font-size: 12pt; color: #000; margin: 0 auto; max-width: 174mm; }
  h1 { font-size: 20pt; text-align: center; letter-spacing: 0.1em; margin: 0 0 8mm; }
  p { line-height: 1.8; text-indent: 2em; margin: 0 0 3mm; }
  table { width: 100%; border-collapse: collapse; margin: 4mm 0 8mm; }
  th, td { border: 1px solid #000; padding: 2mm 3mm; text-align: center; }
  td.id { font-family: "Noto Sans Mono CJK SC", monospace; }
  .signature { text-align: right; line-height: 2; margin-top: 10mm; }
  @media screen { body { padding: 16px; } }
</style>
</head>
<body>
<h1>${escapeHtml(notice.title)}</h1>
<p>${LEADS[notice.step]}公示期为${period}（共 ${notice.entries.length} 户）。公示期间如有异议，请以书面或口头形式向村民委员会或乡镇人民政府反映。</p>
<table>
<thead><tr><th>序号</th><th>户主姓名</th><th>公民身份号码</th><th>所在村</th><th>${causeHeader}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<div class="signature">${escapeHtml(notice.villageName)}<br>${formatChineseDate(notice.startsOn)}</div>
</body>
</html>
`;
}
