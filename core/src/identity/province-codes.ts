/** Province-level codes of GB/T 2260 (including 71 Taiwan, 81 Hong Kong, 82 Macao). */
const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

export function isProvinceCode(code: string): boolean {
  return PROVINCE_CODES.has(code);
}
