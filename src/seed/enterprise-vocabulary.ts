/**
 * Words enterprises are built from: enterprise types (the registry's code list is unpublished, so
 * the codes are the simulator's), VSIC 2018 business lines grouped into sectors that give the
 * company name its trade word, and brand syllables. Names read like real registrations —
 * `CÔNG TY TNHH XÂY DỰNG MINH LONG` / `MINH LONG CONSTRUCTION COMPANY LIMITED`.
 */

export interface EnterpriseType {
  id: string;
  name: string;
  /** How the registered name starts. */
  prefix: string;
  /** The English legal form at the end of the foreign name. */
  foreignSuffix: string;
  /** The abbreviation at the end of the short name. */
  shortSuffix: string;
  /** How many members the form has: 0 (owner only), or a range. */
  members: readonly [number, number];
  /** Share among generated enterprises. */
  weight: number;
}

export const ENTERPRISE_TYPES: readonly EnterpriseType[] = [
  {
    id: '1',
    name: 'Doanh nghiệp tư nhân',
    prefix: 'DOANH NGHIỆP TƯ NHÂN',
    foreignSuffix: 'PRIVATE ENTERPRISE',
    shortSuffix: 'PE',
    members: [0, 0],
    weight: 10,
  },
  {
    id: '2',
    name: 'Công ty trách nhiệm hữu hạn một thành viên',
    prefix: 'CÔNG TY TNHH',
    foreignSuffix: 'COMPANY LIMITED',
    shortSuffix: 'CO., LTD',
    members: [1, 1],
    weight: 35,
  },
  {
    id: '3',
    name: 'Công ty trách nhiệm hữu hạn hai thành viên trở lên',
    prefix: 'CÔNG TY TNHH',
    foreignSuffix: 'COMPANY LIMITED',
    shortSuffix: 'CO., LTD',
    members: [2, 5],
    weight: 25,
  },
  {
    id: '4',
    name: 'Công ty cổ phần',
    prefix: 'CÔNG TY CỔ PHẦN',
    foreignSuffix: 'JOINT STOCK COMPANY',
    shortSuffix: 'JSC',
    members: [3, 6],
    weight: 28,
  },
  {
    id: '5',
    name: 'Công ty hợp danh',
    prefix: 'CÔNG TY HỢP DANH',
    foreignSuffix: 'PARTNERSHIP',
    shortSuffix: 'PARTNERSHIP',
    members: [2, 3],
    weight: 2,
  },
];

export interface Sector {
  /** The trade word in the Vietnamese name. */
  word: string;
  /** The same in the English name. */
  foreignWord: string;
  lines: readonly { code: string; name: string }[];
}

export const SECTORS: readonly Sector[] = [
  {
    word: 'XÂY DỰNG',
    foreignWord: 'CONSTRUCTION',
    lines: [
      { code: '4101', name: 'Xây dựng nhà để ở' },
      { code: '4102', name: 'Xây dựng nhà không để ở' },
      { code: '4212', name: 'Xây dựng công trình đường bộ' },
      { code: '4321', name: 'Lắp đặt hệ thống điện' },
    ],
  },
  {
    word: 'THƯƠNG MẠI',
    foreignWord: 'TRADING',
    lines: [
      { code: '4632', name: 'Bán buôn thực phẩm' },
      { code: '4659', name: 'Bán buôn máy móc, thiết bị và phụ tùng máy khác' },
      { code: '4662', name: 'Bán buôn kim loại và quặng kim loại' },
      { code: '4690', name: 'Bán buôn tổng hợp' },
      { code: '4711', name: 'Bán lẻ lương thực, thực phẩm, đồ uống, thuốc lá, thuốc lào chiếm tỷ trọng lớn trong các cửa hàng kinh doanh tổng hợp' },
    ],
  },
  {
    word: 'CÔNG NGHỆ',
    foreignWord: 'TECHNOLOGY',
    lines: [
      { code: '6201', name: 'Lập trình máy vi tính' },
      { code: '6202', name: 'Tư vấn máy vi tính và quản trị hệ thống máy vi tính' },
    ],
  },
  {
    word: 'VẬN TẢI',
    foreignWord: 'TRANSPORT',
    lines: [
      { code: '4933', name: 'Vận tải hàng hóa bằng đường bộ' },
      { code: '5229', name: 'Hoạt động dịch vụ hỗ trợ khác liên quan đến vận tải' },
    ],
  },
  {
    word: 'DU LỊCH',
    foreignWord: 'TRAVEL',
    lines: [
      { code: '7911', name: 'Đại lý du lịch' },
      { code: '5510', name: 'Dịch vụ lưu trú ngắn ngày' },
      { code: '5610', name: 'Nhà hàng và các dịch vụ ăn uống phục vụ lưu động' },
    ],
  },
  {
    word: 'THỰC PHẨM',
    foreignWord: 'FOOD',
    lines: [
      { code: '1010', name: 'Chế biến, bảo quản thịt và các sản phẩm từ thịt' },
      { code: '1079', name: 'Sản xuất thực phẩm khác chưa được phân vào đâu' },
    ],
  },
  {
    word: 'BẤT ĐỘNG SẢN',
    foreignWord: 'REAL ESTATE',
    lines: [{ code: '6810', name: 'Kinh doanh bất động sản, quyền sử dụng đất thuộc chủ sở hữu, chủ sử dụng hoặc đi thuê' }],
  },
  {
    word: 'TƯ VẤN',
    foreignWord: 'CONSULTING',
    lines: [
      { code: '6920', name: 'Hoạt động liên quan đến kế toán, kiểm toán và tư vấn về thuế' },
      { code: '7110', name: 'Hoạt động kiến trúc và tư vấn kỹ thuật có liên quan' },
    ],
  },
  { word: 'GIÁO DỤC', foreignWord: 'EDUCATION', lines: [{ code: '8559', name: 'Giáo dục khác chưa được phân vào đâu' }] },
  {
    word: 'NÔNG NGHIỆP',
    foreignWord: 'AGRICULTURE',
    lines: [
      { code: '0111', name: 'Trồng lúa' },
      { code: '0322', name: 'Nuôi trồng thủy sản nội địa' },
    ],
  },
  { word: 'CƠ KHÍ', foreignWord: 'MECHANICAL', lines: [{ code: '2592', name: 'Gia công cơ khí; xử lý và tráng phủ kim loại' }] },
  { word: 'MAY MẶC', foreignWord: 'GARMENT', lines: [{ code: '1410', name: 'May trang phục (trừ trang phục từ da lông thú)' }] },
  { word: 'QUẢNG CÁO', foreignWord: 'ADVERTISING', lines: [{ code: '7310', name: 'Quảng cáo' }] },
  {
    word: 'DỊCH VỤ',
    foreignWord: 'SERVICES',
    lines: [
      { code: '8299', name: 'Hoạt động dịch vụ hỗ trợ kinh doanh khác còn lại chưa được phân vào đâu' },
      { code: '4520', name: 'Bảo dưỡng, sửa chữa ô tô và xe có động cơ khác' },
    ],
  },
];

/** Every line of every sector, for secondary business lines. */
export const ALL_LINES: readonly { code: string; name: string }[] = SECTORS.flatMap((sector) => sector.lines);

export const BRAND_FIRST = [
  'AN',
  'MINH',
  'HOÀNG',
  'THÀNH',
  'PHÚC',
  'ĐẠI',
  'SAO',
  'HƯNG',
  'VIỆT',
  'TÂN',
  'NAM',
  'BẢO',
  'KIM',
  'TRƯỜNG',
  'HỒNG',
  'THIÊN',
  'ĐÔNG',
  'QUANG',
  'TIẾN',
  'VẠN',
  'HẢI',
  'PHÚ',
  'GIA',
  'TRUNG',
  'HÒA',
  'THỊNH',
] as const;

export const BRAND_SECOND = [
  'PHÁT',
  'LONG',
  'GIA',
  'CÔNG',
  'THỊNH',
  'VIỆT',
  'MAI',
  'TIẾN',
  'PHÚ',
  'HẢI',
  'AN',
  'NGÂN',
  'SƠN',
  'HÀ',
  'PHÚC',
  'Á',
  'MINH',
  'ĐẠT',
  'XUÂN',
  'LỢI',
  'THÀNH',
  'KHANG',
  'HƯNG',
  'LỘC',
] as const;

/** Foreign members of joint ventures, with their ISO country. */
export const FOREIGN_MEMBERS: readonly { name: string; country: string }[] = [
  { name: 'KIM MIN-JUN', country: 'KR' },
  { name: 'PARK JI-HOON', country: 'KR' },
  { name: 'TANAKA HIROSHI', country: 'JP' },
  { name: 'SATO YUKI', country: 'JP' },
  { name: 'TAN WEI MING', country: 'SG' },
  { name: 'CHEN JIANHUA', country: 'CN' },
  { name: 'LIN MEI-LING', country: 'TW' },
];
