import { catalogByDmdcCode, DMDC_CATALOG_CODES } from '../../seeds/catalogs';
import { storedMessages } from '../support/stored';
import { startTestApp, type TestApp } from '../support/test-app';

describe('shared e-catalogues: /dmdc/Metadata and /dmdc/Category (native paths, same pipeline)', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp('dmdc');
    token = await t.token();
  });
  afterAll(() => t.close());

  const get = (path: string, bearer = token) => t.http.get(path).auth(bearer, { type: 'bearer' });
  const post = (code: string, body: unknown) =>
    t.http
      .post(`/dmdc/Category/${code}`)
      .auth(token, { type: 'bearer' })
      .send(body as object);
  const rowsOf = async (code: string): Promise<Record<string, string>[]> => (await get(`/dmdc/Category/${code}`).expect(200)).body;

  describe('reading', () => {
    it('lists the published columns of qlvanbandieuhanhcap1, NgayBanHanhQd as DateTime', async () => {
      const res = await get('/dmdc/Metadata/qlvanbandieuhanhcap1');
      expect(res.status).toBe(200);
      expect(res.body.map((c: { PropertyCode: string }) => c.PropertyCode)).toEqual([
        'MaDinhDanhCap1',
        'TenDonVi',
        'DiaChi',
        'Email',
        'SoDienThoai',
        'Fax',
        'Website',
        'QdBanHanhQdSuaDoi',
        'NgayBanHanhQd',
        'CoQuanBanHanhQd',
      ]);
      expect(res.body).toContainEqual({ PropertyCode: 'NgayBanHanhQd', PropertyName: expect.any(String), PropertyType: 'DateTime' });
      expect(res.body).toContainEqual({ PropertyCode: 'TenDonVi', PropertyName: 'Tên đơn vị', PropertyType: 'String' });
    });

    it('serves every catalogue, with rows keyed by its columns', async () => {
      for (const code of DMDC_CATALOG_CODES) {
        const columns = (await get(`/dmdc/Metadata/${code}`).expect(200)).body.map((c: { PropertyCode: string }) => c.PropertyCode);
        const rows = await rowsOf(code);
        expect({ code, empty: rows.length === 0 }).toEqual({ code, empty: false });
        expect({ code, keys: Object.keys(rows[0] as object) }).toEqual({ code, keys: columns });
      }
    });

    it('serves the codes the other backends use: Hậu Giang’s People’s Committee, Kinh, Viet Nam, genders', async () => {
      expect(await rowsOf('qlvanbandieuhanhcap1')).toContainEqual(expect.objectContaining({ MaDinhDanhCap1: '000.00.00.H30' }));
      expect(await rowsOf('madantoc')).toContainEqual({ MaDanToc: '01', TenDanToc: 'Kinh' });
      expect(await rowsOf('maquocgia')).toContainEqual(expect.objectContaining({ MaQuocGia: 'VN', TenQuocGia: 'Việt Nam' }));
      expect((await rowsOf('magioitinh')).map((g) => g.MaGioiTinh)).toEqual(['1', '2', '3']);
      expect(await rowsOf('donvihanhchinhcap1')).toHaveLength(63);
    });

    it('takes the catalogue code in any case', async () => {
      const res = await get('/dmdc/Category/MaGioiTinh');
      expect(res.status).toBe(200);
      expect(res.body).toEqual(await rowsOf('magioitinh'));
    });

    it('goes through the pipeline: the journal shows dmdc.layDanhMuc', async () => {
      await get('/dmdc/Category/madantoc').expect(200);
      const [latest] = await t.app.redis.lrange(`${t.prefix}:journal`, 0, 0);
      expect(JSON.parse(latest)).toMatchObject({ channel: 'native', messageType: 'dmdc.layDanhMuc', body: { maDanhMuc: 'madantoc' } });
    });
  });

  describe('appending', () => {
    const desk = (code: string, extra: Record<string, string> = {}) => ({
      MaDinhDanhCap4: code,
      MaDinhDanhCap3: '000.01.14.H56',
      TenDonVi: `Bộ phận thử nghiệm ${code}`,
      NgayBanHanhQd: '15/03/2024',
      ...extra,
    });

    it('appends rows, answers Done with the count, and lists them after the seed rows with every column', async () => {
      const before = await rowsOf('qlvanbandieuhanhcap4');
      const res = await post('qlvanbandieuhanhcap4', [desk('101.01.14.H56'), desk('102.01.14.H56')]);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ MSG: 'Done', Count: 2 });
      const after = await rowsOf('qlvanbandieuhanhcap4');
      expect(after.slice(0, before.length)).toEqual(before);
      expect(after.slice(before.length).map((r) => r.MaDinhDanhCap4)).toEqual(['101.01.14.H56', '102.01.14.H56']);
      expect(after[after.length - 1]).toMatchObject({ Email: '', Fax: '', NgayBanHanhQd: '15/03/2024' });
    });

    it('a row as a C# client serialises it (a number for a code, null for an unset column) is stored, and the leniencies are journaled', async () => {
      const res = await post('madantoc', [{ MaDanToc: 96, TenDanToc: 'Dân tộc thử nghiệm', GhiChu: null }]);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ MSG: 'Done', Count: 1 });
      // The append is the newest message on that path until the rows are read back.
      const entry = await t.http
        .get('/sim/journal')
        .query({ nativePath: '/dmdc/Category/madantoc', limit: 1 })
        .auth(t.config.adminToken, { type: 'bearer' });
      expect(entry.body.entries[0].coercions).toEqual([
        { path: 'duLieu[0].MaDanToc', kind: 'number-to-string', from: 96, to: '96' },
        { path: 'duLieu[0].GhiChu', kind: 'null-dropped' },
      ]);
      expect((await rowsOf('madantoc')).at(-1)).toEqual({ MaDanToc: '96', TenDanToc: 'Dân tộc thử nghiệm' });
    });

    it('an empty list inserts nothing and answers Done with 0', async () => {
      const res = await post('madantoc', []);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ MSG: 'Done', Count: 0 });
    });

    it('a key already in the seed: 200 with the documented answer, and nothing of the batch is inserted', async () => {
      const before = await rowsOf('qlvanbandieuhanhcap1');
      const res = await post('qlvanbandieuhanhcap1', [
        { MaDinhDanhCap1: '000.00.00.H98', TenDonVi: 'Đơn vị mới' },
        { MaDinhDanhCap1: '000.00.00.H30', TenDonVi: 'Trùng mã' },
      ]);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ MSG: 'Data not insert: Record 2: MaDinhDanhCap1 000.00.00.H30 is duplicate', Count: 0 });
      expect(await rowsOf('qlvanbandieuhanhcap1')).toEqual(before);
    });

    it('a key repeated within the batch is a duplicate too, and nothing is inserted', async () => {
      const before = await rowsOf('madantoc');
      const res = await post('madantoc', [
        { MaDanToc: '90', TenDanToc: 'A' },
        { MaDanToc: '91', TenDanToc: 'B' },
        { MaDanToc: '90', TenDanToc: 'C' },
      ]);
      expect(res.body).toEqual({ MSG: 'Data not insert: Record 3: MaDanToc 90 is duplicate', Count: 0 });
      expect(await rowsOf('madantoc')).toEqual(before);
    });

    it('a key appended earlier is a duplicate of the next append', async () => {
      await post('matongiao', [{ MaTonGiao: '77', TenTonGiao: 'Thử nghiệm' }]).expect(200, { MSG: 'Done', Count: 1 });
      const res = await post('matongiao', [{ MaTonGiao: '77', TenTonGiao: 'Lần nữa' }]);
      expect(res.body).toEqual({ MSG: 'Data not insert: Record 1: MaTonGiao 77 is duplicate', Count: 0 });
      expect((await rowsOf('matongiao')).filter((r) => r.MaTonGiao === '77')).toHaveLength(1);
    });

    it('two appends of the same key at once: exactly one is inserted', async () => {
      const [a, b] = await Promise.all([
        post('manhommau', [{ MaNhomMau: '50', TenNhomMau: 'X' }]),
        post('manhommau', [{ MaNhomMau: '50', TenNhomMau: 'Y' }]),
      ]);
      expect([a.body.MSG, b.body.MSG].sort()).toEqual(['Data not insert: Record 1: MaNhomMau 50 is duplicate', 'Done']);
      expect((await rowsOf('manhommau')).filter((r) => r.MaNhomMau === '50')).toHaveLength(1);
    });

    it('a catalogue of dmdc-tables.json appends and refuses duplicates the same way (mabuuchinhcap1)', async () => {
      const before = await rowsOf('mabuuchinhcap1');
      const dup = await post('mabuuchinhcap1', [
        { MaBuuChinh: '99990', MaTinh: '99' },
        { MaBuuChinh: '10000', MaTinh: '01' },
      ]);
      expect(dup.body).toEqual({ MSG: 'Data not insert: Record 2: MaBuuChinh 10000 is duplicate', Count: 0 });
      expect(await rowsOf('mabuuchinhcap1')).toEqual(before);
      await post('MaBuuChinhCap1', [{ MaBuuChinh: '99990', MaTinh: '99' }]).expect(200, { MSG: 'Done', Count: 1 });
      expect(await rowsOf('mabuuchinhcap1')).toEqual([...before, { MaBuuChinh: '99990', MaTinh: '99' }]);
    });

    it('the unified API appends the same way (dmdc.themDanhMuc)', async () => {
      const res = await t.http
        .post('/api/v1/messages')
        .auth(token, { type: 'bearer' })
        .set('prefer', 'wait=5')
        .send({
          header: { messageId: `dmdc-${Date.now()}`, messageType: 'dmdc.themDanhMuc', from: t.config.devClient.agency },
          body: { maDanhMuc: 'matinhtranghonnhan', duLieu: [{ MaTinhTrangHonNhan: '8', TenTinhTrangHonNhan: 'Thử nghiệm' }] },
        });
      expect(res.body).toMatchObject({ status: 'completed', response: { MSG: 'Done', Count: 1 } });
      expect(await rowsOf('matinhtranghonnhan')).toContainEqual({ MaTinhTrangHonNhan: '8', TenTinhTrangHonNhan: 'Thử nghiệm' });
    });

    it('a reset (the adapter state wiped) brings back the seed rows only', async () => {
      await post('donvihanhchinhcap1', [{ MaTinh: '99', TenTinh: 'Tỉnh Mô Phỏng' }]).expect(200, { MSG: 'Done', Count: 1 });
      await t.app.contextFor('dmdc').state.clear();
      expect(await rowsOf('donvihanhchinhcap1')).toEqual(catalogByDmdcCode('donvihanhchinhcap1')?.rows);
    });
  });

  describe('bad input: dmdc’s { MSG, Count: 0 }, nothing journaled, no row inserted', () => {
    let rowsBefore: Record<string, string>[];
    beforeEach(async () => {
      rowsBefore = await rowsOf('qlvanbandieuhanhcap1');
      await t.app.redis.del(`${t.prefix}:journal`);
    });
    afterEach(async () => {
      expect((await storedMessages(t.prefix)).journalLength).toBe(0);
      expect(await rowsOf('qlvanbandieuhanhcap1')).toEqual(rowsBefore);
      await t.app.redis.del(`${t.prefix}:journal`);
    });

    it.each([
      ['GET', '/dmdc/Metadata/khongco'],
      ['GET', '/dmdc/Category/khongco'],
      ['POST', '/dmdc/Category/khongco'],
    ])('an unknown catalogue (%s %s) → 404 naming the known ones', async (method, path) => {
      const res =
        method === 'GET'
          ? await get(path)
          : await t.http
              .post(path)
              .auth(token, { type: 'bearer' })
              .send([{ Ma: '1' }]);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({
        MSG: expect.stringMatching(/^Category khongco does not exist; the categories are: qlvanbandieuhanhcap1, .*, dokhanvanban$/),
        Count: 0,
      });
    });

    it('a body that is not an array → 400', async () => {
      const res = await post('qlvanbandieuhanhcap1', { MaDinhDanhCap1: '000.00.00.H97' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ MSG: 'The request body must be a list', Count: 0 });
    });

    it('no body at all → 400', async () => {
      const res = await t.http.post('/dmdc/Category/qlvanbandieuhanhcap1').auth(token, { type: 'bearer' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ MSG: 'The request body is required', Count: 0 });
    });

    it('a row without its key column → 400 naming the record and the key', async () => {
      const res = await post('qlvanbandieuhanhcap1', [{ MaDinhDanhCap1: '000.00.00.H97', TenDonVi: 'A' }, { TenDonVi: 'B' }]);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        MSG: 'Record 2: MaDinhDanhCap1 is required and must not be empty: it is the key of qlvanbandieuhanhcap1',
        Count: 0,
      });
    });

    it('an empty key → 400', async () => {
      const res = await post('qlvanbandieuhanhcap1', [{ MaDinhDanhCap1: ' ' }]);
      expect(res.status).toBe(400);
      expect(res.body.MSG).toMatch(/^Record 1: MaDinhDanhCap1 is required and must not be empty/);
    });

    it('an unknown column → 400 listing the columns', async () => {
      const res = await post('qlvanbandieuhanhcap1', [{ MaDinhDanhCap1: '000.00.00.H97', TenCoQuan: 'A' }]);
      expect(res.status).toBe(400);
      expect(res.body.MSG).toBe(
        'Record 1: TenCoQuan is not a column of qlvanbandieuhanhcap1 (its columns: MaDinhDanhCap1, TenDonVi, DiaChi, Email, SoDienThoai, Fax, Website, QdBanHanhQdSuaDoi, NgayBanHanhQd, CoQuanBanHanhQd)',
      );
    });

    it.each(['2016-04-01', '1/4/2016', '31/02/2016'])('a DateTime value %s that is not a real dd/MM/yyyy day → 400', async (value) => {
      const res = await post('qlvanbandieuhanhcap1', [{ MaDinhDanhCap1: '000.00.00.H97', NgayBanHanhQd: value }]);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ MSG: `Record 1: NgayBanHanhQd must be a real day written dd/MM/yyyy, got "${value}"`, Count: 0 });
    });

    it('a value that is neither a string nor a number → 400', async () => {
      const res = await post('qlvanbandieuhanhcap1', [{ MaDinhDanhCap1: true }]);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ MSG: 'Record 1: MaDinhDanhCap1 must be a string', Count: 0 });
    });

    it('a row that is not an object → 400', async () => {
      const res = await post('qlvanbandieuhanhcap1', ['000.00.00.H97']);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ MSG: 'Record 1 must be an object', Count: 0 });
    });

    it('malformed JSON → 400 in the envelope', async () => {
      const res = await t.http
        .post('/dmdc/Category/qlvanbandieuhanhcap1')
        .auth(token, { type: 'bearer' })
        .set('content-type', 'application/json')
        .send('[{"MaDinhDanhCap1":');
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ MSG: expect.any(String), Count: 0 });
    });

    it('a client without dmdc → 403 in the envelope', async () => {
      const dkkd = await t.token('dkkd-only', 'dkkd-only-secret');
      const res = await get('/dmdc/Category/madantoc', dkkd);
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ MSG: expect.stringMatching(/no right to the service dmdc/), Count: 0 });
    });

    it('no token → the gateway’s 401 fault', async () => {
      const res = await t.http.get('/dmdc/Category/madantoc');
      expect(res.status).toBe(401);
      expect(res.body.fault.code).toBe(900902);
    });
  });
});
