/** Text for HTML, escaped; null and empty as a dash, as paper forms show a blank field. */
export function text(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  return String(value).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll('\'', '&#39;');
}

/** Fen as yuan with two decimals and thousands separators. */
export function yuanText(fen: number | string | bigint | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  return (Number(fen) / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A label and value pair for the fact grids. */
export function fact(label: string, value: string | number | null | undefined): string {
  return `<th>${text(label)}</th><td>${text(value)}</td>`;
}

/** Rows of facts, `perRow` pairs a row. */
export function factTable(facts: readonly string[], perRow = 3): string {
  const rows: string[] = [];
  for (let i = 0; i < facts.length; i += perRow) {
    const cells = facts.slice(i, i + perRow);
    const missing = perRow - cells.length;
    rows.push(`<tr>${cells.join('')}${missing > 0 ? `<td colspan="${missing * 2}"></td>` : ''}</tr>`);
  }
  return `<table class="facts">${rows.join('')}</table>`;
}

export function dataTable(headers: readonly string[], rows: readonly (readonly string[])[], empty: string): string {
  const head = `<thead><tr>${headers.map((h) => `<th>${text(h)}</th>`).join('')}</tr></thead>`;
  const body = rows.length
    ? rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')
    : `<tr><td colspan="${headers.length}" class="empty">${text(empty)}</td></tr>`;
  return `<table class="data">${head}<tbody>${body}</tbody></table>`;
}

/**
 * Print styles: A4 with margins, a Chinese font stack (serif for the form, as printed handbooks use;
 * the common Windows, macOS and Linux fonts in turn), every document on its own page(s), table
 * headers repeated and rows never split across pages. On screen the pages show as sheets of paper.
 */
const STYLES = `
@page { size: A4 portrait; margin: 14mm 14mm 16mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #000; font-size: 10.5pt; line-height: 1.45;
  font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "宋体", "Songti SC", "STSong",
    "Noto Sans CJK SC", "Microsoft YaHei", "微软雅黑", "PingFang SC", "WenQuanYi Micro Hei", serif; }
h1 { font-size: 20pt; text-align: center; letter-spacing: 0.4em; margin: 0 0 4mm; }
h2 { font-size: 12.5pt; margin: 5mm 0 2mm; padding-left: 2mm; border-left: 1.2mm solid #000; }
.subtitle { text-align: center; margin: 0 0 5mm; }
.document { break-after: page; page-break-after: always; }
.document:last-of-type { break-after: auto; page-break-after: auto; }
.section { break-inside: avoid-page; }
table { width: 100%; border-collapse: collapse; margin-bottom: 2mm; }
th, td { border: 0.4pt solid #000; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; }
th { background: #f0f0f0; font-weight: bold; white-space: nowrap; }
.facts th { width: 14%; } .facts td { width: 19%; }
.data td, .data th { font-size: 9pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.empty { text-align: center; color: #555; }
.pass { } .fail { font-weight: bold; text-decoration: underline; }
.signatures { display: flex; justify-content: space-between; margin-top: 8mm; }
.signatures span { min-width: 45mm; border-bottom: 0.4pt solid #000; padding-bottom: 6mm; }
.card { border: 1pt solid #000; padding: 5mm; }
.card h1 { font-size: 18pt; }
/* The card is one page: tighter cells than the handbook's. */
.card th, .card td { padding: 0.7mm 1.4mm; }
.card h2 { margin: 3.5mm 0 1.5mm; }
.note { font-size: 9pt; margin: 0 0 2mm; }
.footnote { font-size: 8.5pt; color: #333; margin-top: 3mm; }
.toolbar { position: sticky; top: 0; padding: 8px; background: #fff; border-bottom: 1px solid #ccc; text-align: center; z-index: 1; }
.toolbar button { font-size: 14px; padding: 4px 16px; }
@media screen {
  body { background: #e8e8e8; }
  .document { background: #fff; width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 14mm; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
}
@media print { .toolbar { display: none; } }
`;

/** The start of a print page: title, styles, a print button that does not print. */
export function pageStart(title: string, count: number): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">`
    + `<meta name="robots" content="noindex"><title>${text(title)}</title><style>${STYLES}</style></head><body>`
    + `<div class="toolbar"><button type="button" onclick="window.print()">打印（共 ${count} 份）</button></div>`;
}

export function pageEnd(): string {
  return '</body></html>';
}
