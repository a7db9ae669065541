import type { TestApp } from '../support/test-app';

/** Test persons of seeds/README.md the civil-registry tests rely on. */
export const PERSONS = {
  birthMother: { id: '001195990009', name: 'Ngô Thị Mai', born: '10.06.1995' },
  birthFather: { id: '001093990010', name: 'Đỗ Văn Nam', born: '22.01.1993' },
  married: { id: '048088990005', name: 'Hoàng Minh Đức', born: '09.09.1988' },
  deceased: { id: '044042990004', name: 'Phạm Văn Dũng', born: '18.02.1942' },
  singleAdult: { id: '001196990007', name: 'Đặng Thị Lan', born: '25.04.1996' },
  singleAdultPartner: { id: '092094990008', name: 'Bùi Quang Huy', born: '15.08.1994' },
  cleanRecord: { id: '001085990001', name: 'Nguyễn Văn An', born: '12.03.1985' },
};

let counter = 0;
/** A fresh one-stop dossier number per call. */
export function nextDossierNumber(): string {
  counter += 1;
  return `000.00.01.H26-260115-${String(counter + Math.floor(Math.random() * 9000)).padStart(4, '0')}`;
}

const requester = (p: { id: string; name: string }, relation: string) => ({
  nycHoTen: p.name,
  nycQuanHe: relation,
  nycLoaiGiayToTuyThan: '2',
  nycSoGiayToTuyThan: p.id,
});

export function birthBody(overrides: Record<string, unknown> = {}, data: Record<string, unknown> = {}) {
  const { birthMother: me, birthFather: cha } = PERSONS;
  return {
    maDonVi: '00006',
    module: 'KS',
    maHoSo: nextDossierNumber(),
    ngayTiepNhan: '15/01/2026 09:30:00',
    ...overrides,
    data: {
      ...requester(me, '02'),
      maGCS: 'GCS-2026-000123',
      ngayCapGCS: '02.01.2026',
      nksHoTen: 'Đỗ Minh Khang',
      nksGioiTinh: 1,
      nksNgaySinh: '02.01.2026',
      nksDanToc: '01',
      nksQuocTich: 'VN',
      meHoTen: me.name,
      meNgaySinh: me.born,
      meDanToc: '01',
      meQuocTich: 'VN',
      meSoDDCN: me.id,
      chaHoTen: cha.name,
      chaNgaySinh: cha.born,
      chaDanToc: '01',
      chaQuocTich: 'VN',
      chaSoDDCN: cha.id,
      ...data,
    },
  };
}

const party = (prefix: string, p: { id: string; name: string; born: string }) => ({
  [`${prefix}HoTen`]: p.name,
  [`${prefix}NgaySinh`]: p.born,
  [`${prefix}DanToc`]: '01',
  [`${prefix}QuocTich`]: 'VN',
  [`${prefix}SoDDCN`]: p.id,
});

export function marriageBody(husband: { id: string; name: string; born: string }, wife: { id: string; name: string; born: string }) {
  return {
    maDonVi: '00004',
    module: 'KH',
    maHoSo: nextDossierNumber(),
    ngayTiepNhan: '15/01/2026 10:00:00',
    data: { ...requester(wife, '08'), ...party('chong', husband), ...party('vo', wife) },
  };
}

export function deathBody(person: { id: string; name: string; born: string }, died = '10.01.2026') {
  return {
    maDonVi: '00001',
    module: 'KT',
    maHoSo: nextDossierNumber(),
    ngayTiepNhan: '15/01/2026 11:00:00',
    data: {
      ...requester(PERSONS.singleAdult, '99'),
      maGBT: 'GBT-2026-0001',
      nktHoTen: person.name,
      nktGioiTinh: 1,
      nktNgaySinh: person.born,
      nktSoDDCN: person.id,
      nktNgayChet: died,
    },
  };
}

/** Runs every lifecycle timer due within `minutes` of simulation time from now. */
export async function advance(t: TestApp, minutes: number): Promise<void> {
  await t.app.timers.runDue(Date.now() + minutes * 60_000);
}

/** POSTs to a civil-registry native path with the bearer token (or none when `token` is ''). */
export function postNative(t: TestApp, token: string, op: string, body: unknown) {
  const req = t.http.post(`/apiHoTichTuPhap/${op}`);
  return (token ? req.auth(token, { type: 'bearer' }) : req).send(body as object);
}

/** Keys the civil registry holds in Redis under this app's prefix. */
export async function civilRegistryKeys(t: TestApp): Promise<string[]> {
  return t.app.redis.keys(`${t.prefix}:state:hotich:dossier:*`);
}
