/**
 * The 63 two-digit province codes of the General Statistics Office (GSO) as they stood before the
 * 2025 merger of provinces. They are the domestic birth-registration prefixes of CCCD numbers
 * (`0` + code) and the province codes of the administrative-unit catalogue. DOMAIN.md §10.1
 * (tagged `I`); a changed post-2025 list would be swapped in here only.
 */
export const GSO_PROVINCE_CODES: readonly string[] = Object.freeze([
  '01',
  '02',
  '04',
  '06',
  '08',
  '10',
  '11',
  '12',
  '14',
  '15',
  '17',
  '19',
  '20',
  '22',
  '24',
  '25',
  '26',
  '27',
  '30',
  '31',
  '33',
  '34',
  '35',
  '36',
  '37',
  '38',
  '40',
  '42',
  '44',
  '45',
  '46',
  '48',
  '49',
  '51',
  '52',
  '54',
  '56',
  '58',
  '60',
  '62',
  '64',
  '66',
  '67',
  '68',
  '70',
  '72',
  '74',
  '75',
  '77',
  '79',
  '80',
  '82',
  '83',
  '84',
  '86',
  '87',
  '89',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
]);

const CODE_SET: ReadonlySet<string> = new Set(GSO_PROVINCE_CODES);

/** True for a two-digit GSO province code such as `'44'` (Quảng Bình); `'99'` is not one. */
export function isGsoProvinceCode(code: string): boolean {
  return CODE_SET.has(code);
}
