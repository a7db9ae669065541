/* Generated from schemas/ by `npm run types:generate`; do not edit. `npm run types:check` fails when stale. */
/* eslint-disable */

// bhxh/getMaSoBhxhTheoTieuChi.request.json

/**
 * Find a BHXH number by name, birth date, gender and place.
 */
export interface GetMaSoBhxhTheoTieuChiRequest {
  /**
   * Full name.
   */
  hoTen: string;
  /**
   * Date of birth, yyyyMMdd (yyyy with loaiNgaySinh 1, yyyyMM with 2).
   */
  ngaySinh: string;
  /**
   * 0 full date, 1 year only, 2 year and month.
   */
  loaiNgaySinh: '0' | '1' | '2';
  /**
   * 1 male, 2 female, 3 unknown.
   */
  gioiTinh: '1' | '2' | '3';
  /**
   * GSO province of the birth registration (isKs 1) or household (isKs 0).
   */
  maTinhKs: string;
  /**
   * GSO district ('' to ignore).
   */
  maHuyenKs?: string;
  /**
   * GSO commune ('' to ignore).
   */
  maXaKs?: string;
  /**
   * 1 match by birth-registration address, 0 by household address.
   */
  isKs: '0' | '1';
}

// bhxh/getMaSoBhxhTheoTieuChi.response.json

/**
 * The BHXH number found.
 */
export interface GetMaSoBhxhTheoTieuChiResponse {
  /**
   * The 10-digit BHXH number.
   */
  maSoBhxh: string;
  /**
   * 1 found.
   */
  trangThai: string;
  /**
   * 0 when found.
   */
  errorCode: string;
}

// bhxh/getTraCuuThongTinHgd.request.json

/**
 * Look up a household member by card (maThe) or by name and birth date.
 */
export interface GetTraCuuThongTinHgdRequest {
  /**
   * GSO province code (2 digits).
   */
  maTinh: string;
  /**
   * Full name (when no maThe).
   */
  hoTen?: string;
  /**
   * Date of birth, yyyyMMdd.
   */
  ngaySinh?: string;
  /**
   * 0 full date, 1 year only, 2 year and month.
   */
  loaiNgaySinh?: '0' | '1' | '2';
  /**
   * 1 male, 2 female, 3 unknown.
   */
  gioiTinh?: '1' | '2' | '3';
  /**
   * Booklet number.
   */
  soSo?: string;
  /**
   * Card: 10-digit BHXH number, 12-digit personal ID or 15-character card code.
   */
  maThe?: string;
  /**
   * 1 by birth-registration address, 0 by household address.
   */
  isKs?: '0' | '1';
}

// bhxh/getTraCuuThongTinHgd.response.json

/**
 * The household member.
 */
export interface GetTraCuuThongTinHgdResponse {
  /**
   * The 10-digit BHXH number.
   */
  maSo: string;
  /**
   * Full name.
   */
  hoTen: string;
  /**
   * Date of birth, yyyyMMdd.
   */
  ngaySinh: string;
  /**
   * 0 full date.
   */
  loaiNgaySinh?: string;
  /**
   * 1 male, 2 female.
   */
  gioiTinh: string;
  /**
   * Household code.
   */
  maHo?: string;
  /**
   * Household address.
   */
  diaChi?: string;
  /**
   * 1 found.
   */
  trangThai: string;
  /**
   * 12-digit personal ID.
   */
  soDinhDanh?: string;
  /**
   * Health-insurance card code when a card was issued through the birth interconnection.
   */
  maThe?: string;
  /**
   * Card valid from, yyyyMMdd.
   */
  gtTheTu?: string;
  /**
   * Card valid until, yyyyMMdd.
   */
  gtTheDen?: string;
}

// bhxh/getTraCuuTtHgdByMaSoBhxh.request.json

/**
 * Look up a person by BHXH number.
 */
export interface GetTraCuuTtHgdByMaSoBhxhRequest {
  /**
   * The 10-digit BHXH number.
   */
  maSoBhxh: string;
}

// bhxh/getTraCuuTtHgdByMaSoBhxh.response.json

/**
 * The person.
 */
export interface GetTraCuuTtHgdByMaSoBhxhResponse {
  /**
   * Full name.
   */
  hoTen: string;
  /**
   * Old booklet number ('' when none).
   */
  soSoCu?: string;
  /**
   * Date of birth, yyyyMMdd.
   */
  ngaySinh: string;
  /**
   * 0 full date, 1 year only, 2 year and month.
   */
  loaiNgaySinh?: string;
  /**
   * 1 male, 2 female, 3 unknown.
   */
  gioiTinh: string;
  /**
   * GSO province of the birth registration.
   */
  maTinhKs?: string;
  /**
   * GSO district of the birth registration ('' when unknown).
   */
  maHuyenKs?: string;
  /**
   * GSO commune of the birth registration ('' when unknown).
   */
  maXaKs?: string;
  /**
   * 1 found.
   */
  trangThai: string;
  /**
   * The 10-digit BHXH number.
   */
  maSoBhxh?: string;
  /**
   * 12-digit personal ID.
   */
  soDinhDanh?: string;
  /**
   * Health-insurance card code (15 characters) when a card was issued through the birth interconnection.
   */
  maThe?: string;
  /**
   * Card valid from, yyyyMMdd.
   */
  gtTheTu?: string;
  /**
   * Card valid until, yyyyMMdd.
   */
  gtTheDen?: string;
}

// bhyt/KQNhanLichSuKCB2024.request.json

/**
 * A card check (KQNhanLichSuKCB2024) or history request (Lskcb2025): the card and the holder as the hospital knows them, and the officer who asks.
 */
export interface BhytCardQueryRequest {
  /**
   * The 15-character card code, the 10-digit BHXH number or the 12-digit personal ID.
   */
  maThe: string;
  /**
   * The holder's full name as on the card.
   */
  hoTen: string;
  /**
   * The holder's birth date, dd/MM/yyyy, or yyyy when the card carries the year only.
   */
  ngaySinh: string;
  /**
   * Optional: the holder's gender, 1 or Nam (male), 2 or Nữ (female).
   */
  gioiTinh?: string;
  /**
   * Optional: the primary-care facility (KCBBĐ) the hospital expects, its 5-digit code (province + facility).
   */
  maDKBD?: string;
  /**
   * Full name of the officer who queries (since 2024).
   */
  hoTenCb: string;
  /**
   * 12-digit personal ID of the officer who queries (since 2024).
   */
  cccdCb: string;
  /**
   * Native door only: access_token from /api/token/take (query string). Absent through the unified API, where the LGSP token is the login.
   */
  token?: string;
  /**
   * Native door only: id_token from /api/token/take.
   */
  id_token?: string;
  /**
   * Native door only: the facility account the token was issued to.
   */
  username?: string;
}

// bhyt/KQNhanLichSuKCB2024.response.json

/**
 * The verdict on a card, with the card and holder when identified (null members otherwise).
 */
export interface BhytCardCheckResponse {
  /**
   * 000 valid, 001–004 managed elsewhere or replaced, 010 expired, 050–055 not found or malformed, 060–090 identity mismatches, 100/101 errors, 110–124 withdrawn or báo giảm, 130 child without card, 205 bad parameter, 401 login.
   */
  maKetQua: string;
  /**
   * The verdict in a sentence.
   */
  ghiChu: string;
  /**
   * Card code of the card the verdict is about.
   */
  maThe?: string | null;
  /**
   * Holder's full name.
   */
  hoTen?: string | null;
  /**
   * Birth date, dd/MM/yyyy.
   */
  ngaySinh?: string | null;
  /**
   * Nam or Nữ.
   */
  gioiTinh?: string | null;
  /**
   * Address.
   */
  diaChi?: string | null;
  /**
   * Primary-care facility (KCBBĐ) code.
   */
  maDKBD?: string | null;
  /**
   * The BHXH office that manages the card.
   */
  cqBHXH?: string | null;
  /**
   * Valid from, dd/MM/yyyy.
   */
  gtTheTu?: string | null;
  /**
   * Valid until, dd/MM/yyyy.
   */
  gtTheDen?: string | null;
  /**
   * Area code (K1–K3), empty when none.
   */
  maKV?: string | null;
  /**
   * Day of five consecutive years of cover, dd/MM/yyyy.
   */
  ngayDu5Nam?: string | null;
  /**
   * 10-digit BHXH number.
   */
  maSoBHXH?: string | null;
  /**
   * For 003/004: the old card asked about.
   */
  maTheCu?: string | null;
  /**
   * For 003/004: the new card.
   */
  maTheMoi?: string | null;
  /**
   * New card valid from, dd/MM/yyyy.
   */
  gtTheTuMoi?: string | null;
  /**
   * New card valid until, dd/MM/yyyy.
   */
  gtTheDenMoi?: string | null;
  /**
   * New card's KCBBĐ code.
   */
  maDKBDMoi?: string | null;
  /**
   * New card's KCBBĐ name.
   */
  tenDKBDMoi?: string | null;
  /**
   * Examination history: null since 2025 (it moved to Lskcb2025).
   */
  dsLichSuKCB2018?:
    | {
        /**
         * The facility's record number of the visit.
         */
        maHoSo: string;
        /**
         * Facility code (5 characters).
         */
        maCSKCB: string;
        /**
         * Admission, yyyyMMddHHmm.
         */
        ngayVao: string;
        /**
         * Discharge, yyyyMMddHHmm.
         */
        ngayRa: string;
        /**
         * Diagnosis.
         */
        tenBenh: string;
        /**
         * 1 ra viện, 2 chuyển viện, 3 trốn viện, 4 xin ra viện.
         */
        tinhTrang: string;
        /**
         * 1 khỏi, 2 đỡ, 3 không thay đổi, 4 nặng hơn, 5 tử vong.
         */
        kqDieuTri: string;
        /**
         * Reason of admission: 1 đúng tuyến, 2 cấp cứu, 3 trái tuyến.
         */
        lyDoVV: string;
      }[]
    | null;
  /**
   * The last checks of this card, newest first; null when the card was not identified.
   */
  dsLichSuKT2018?:
    | {
        /**
         * Account (or LGSP client) that checked.
         */
        userKT: string;
        /**
         * When, yyyyMMddHHmmss (Viet Nam time).
         */
        thoiGianKT: string;
        /**
         * What the check answered (ghiChu).
         */
        thongBao: string;
        /**
         * The maKetQua of that check.
         */
        maLoi: string;
      }[]
    | null;
}

// bhyt/Lskcb2025.response.json

/**
 * The examination history of an identified card holder.
 */
export interface BhytHistoryResponse {
  /**
   * 000 valid, 001–004 managed elsewhere or replaced, 010 expired, 050–055 not found or malformed, 060–090 identity mismatches, 100/101 errors, 110–124 withdrawn or báo giảm, 130 child without card, 205 bad parameter, 401 login.
   */
  maKetQua: string;
  /**
   * The verdict in a sentence.
   */
  ghiChu: string;
  /**
   * Card code asked about.
   */
  maThe?: string | null;
  /**
   * Holder's full name.
   */
  hoTen?: string | null;
  /**
   * Visits discharged by the simulation day, newest first; null when the holder was not identified.
   */
  dsLichSuKCB2018:
    | {
        /**
         * The facility's record number of the visit.
         */
        maHoSo: string;
        /**
         * Facility code (5 characters).
         */
        maCSKCB: string;
        /**
         * Admission, yyyyMMddHHmm.
         */
        ngayVao: string;
        /**
         * Discharge, yyyyMMddHHmm.
         */
        ngayRa: string;
        /**
         * Diagnosis.
         */
        tenBenh: string;
        /**
         * 1 ra viện, 2 chuyển viện, 3 trốn viện, 4 xin ra viện.
         */
        tinhTrang: string;
        /**
         * 1 khỏi, 2 đỡ, 3 không thay đổi, 4 nặng hơn, 5 tử vong.
         */
        kqDieuTri: string;
        /**
         * Reason of admission: 1 đúng tuyến, 2 cấp cứu, 3 trái tuyến.
         */
        lyDoVV: string;
      }[]
    | null;
}

// bhyt/tokenTake.request.json

/**
 * Login of a health facility's account at the card-check gateway (POST /api/token/take).
 */
export interface BhytTokenTakeRequest {
  /**
   * The facility account, e.g. 01001_BV.
   */
  username: string;
  /**
   * MD5 of the password in hex, uppercase (lower case is taken too).
   */
  password: string;
}

// bhyt/tokenTake.response.json

/**
 * The token, or maKetQua 401 for a wrong account or password.
 */
export interface BhytTokenTakeResponse {
  /**
   * 200 success, 401 wrong account or password.
   */
  maKetQua: string;
  /**
   * Why the login failed.
   */
  ghiChu?: string;
  /**
   * The token to send on the query string of the lookups; null when the login failed.
   */
  APIKey?: {
    /**
     * Sent as token= on the lookups.
     */
    access_token: string;
    /**
     * Sent as id_token= on the lookups.
     */
    id_token: string;
    /**
     * Always bearer.
     */
    token_type: string;
    /**
     * The account, sent as username= on the lookups.
     */
    username: string;
    /**
     * When the token expires: a UTC timestamp as .NET writes one (yyyy-MM-ddTHH:mm:ss.fffffffZ, e.g. 2025-09-05T07:31:44.6200586Z), on the simulation clock.
     */
    expires_in: string;
  } | null;
}

// common/message.request.json

/**
 * The envelope of every message sent to POST /api/v1/messages.
 */
export interface Message {
  /**
   * Routing and idempotency data.
   */
  header: {
    /**
     * Caller-chosen unique id; sending it again never processes the message twice.
     */
    messageId: string;
    /**
     * `<service>.<operation>` with the real operation name, e.g. dkdn.chiTietDoanhNghiep.
     */
    messageType: string;
    /**
     * Agency code of the sender (AAA.BB.CC.Xnn); must be the agency of the token's client.
     */
    from: string;
    /**
     * Optional id that ties related messages together; it appears in logs, the journal and callbacks.
     */
    correlationId?: string;
    /**
     * Where the outcome is POSTed, signed with X-LGSP-Signature; its host must be allowed by CALLBACK_ALLOWED_HOSTS.
     */
    callbackUrl?: string;
  };
  /**
   * The operation's own fields, checked against its schema (GET /api/v1/schemas/{messageType}).
   */
  body: {};
}

// contract/suite.json

/**
 * What a value must be: a plain value (it must equal it), or an object with one matcher.
 */
export type Matcher = unknown;

/**
 * A contract suite for `lgsp-sim test`: cases of steps run against the simulator. Start a YAML file with `# yaml-language-server: $schema=<path to this file>` for completion in editors.
 */
export interface ContractSuite {
  /**
   * The schema of this file (for editors).
   */
  $schema?: string;
  /**
   * Name of the suite (the JUnit testsuite).
   */
  name: string;
  /**
   * What the suite checks.
   */
  description?: string;
  /**
   * case (default): reset the simulator before each case; suite: once before the suite; none: never.
   */
  reset?: 'case' | 'suite' | 'none';
  /**
   * Clients by name: id, secret and agency code. `dev` is the development client unless given here.
   */
  clients?: {
    /**
     * A client.
     */
    [k: string]:
      | {
          /**
           * client_id.
           */
          id: string;
          /**
           * client_secret.
           */
          secret: string;
          /**
           * Its agency code (the message's from).
           */
          agency?: string;
        }
      | undefined;
  };
  /**
   * Values usable as ${name} in every step.
   */
  vars?: Record<string, unknown>;
  /**
   * The cases, run in order.
   *
   * @minItems 1
   */
  cases: [Case, ...Case[]];
  /**
   * The PayGov partner that signs requests (paygovSign) and whose IPNs the callback step checks; default the development partner.
   */
  paygov?: {
    /**
     * MaDoiTac.
     */
    partner: string;
    /**
     * The partner's secret.
     */
    secret: string;
    /**
     * sha256 (default) or hmac-sha256.
     */
    signing?: 'sha256' | 'hmac-sha256';
    /**
     * paseto (default) or opencps.
     */
    ipnFieldOrder?: 'paseto' | 'opencps';
  };
}
/**
 * One case: a named list of steps.
 */
export interface Case {
  /**
   * Name of the case (the JUnit testcase).
   */
  name: string;
  /**
   * What the case checks.
   */
  description?: string;
  /**
   * true: listed as skipped, not run.
   */
  skip?: boolean;
  /**
   * The steps, run in order; the first failing step ends the case.
   *
   * @minItems 1
   */
  steps: [Step, ...Step[]];
}
/**
 * One step: exactly one action (reset, clock, scenario, send, wait, callback, journal), with an optional name, assertions and saved values.
 */
export interface Step {
  /**
   * Name of the step; its result is ${steps.NAME.status|headers|body|durationMs}.
   */
  name?: string;
  /**
   * POST /sim/reset: true for every backend, or one service code.
   */
  reset?: true | string;
  /**
   * Set, freeze, advance or release the simulation clock.
   */
  clock?: {
    /**
     * Stop time: true (now) or at this ISO time.
     */
    freeze?: true | string;
    /**
     * Set the time (ISO 8601); moving forward runs the timers due on the way.
     */
    set?: string;
    /**
     * Move time forward by this much, running due timers.
     */
    advance?: string | number;
    /**
     * Let a frozen clock run again.
     */
    resume?: true;
    /**
     * Back to real time.
     */
    real?: true;
  };
  /**
   * Add a fault rule (as POST /sim/scenarios takes it), or a list of rules.
   */
  scenario?: Record<string, unknown> | Record<string, unknown>[];
  /**
   * Send an HTTP request to the simulator.
   */
  send?: {
    /**
     * HTTP method; default POST with a body, GET without.
     */
    method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    /**
     * Path below the simulator's base URL; default /api/v1/messages when `message` is given.
     */
    path?: string;
    /**
     * Name of the client (see `clients`) whose token is sent; default the development client.
     */
    as?: string;
    /**
     * bearer (default): a token for `as`; none: no Authorization; admin: the admin token.
     */
    auth?: 'bearer' | 'none' | 'admin';
    /**
     * Extra request headers.
     */
    headers?: {
      /**
       * Header value.
       */
      [k: string]: string | undefined;
    };
    /**
     * Query parameters.
     */
    query?: {
      /**
       * Parameter value.
       */
      [k: string]: string | number | boolean | undefined;
    };
    /**
     * A unified-API message: the runner builds the envelope (a fresh messageId, `from` the client's agency code).
     */
    message?: {
      /**
       * messageType, e.g. hotich.dangKyHoTich.
       */
      type: string;
      /**
       * The message body, or a ${name} naming one in vars.
       */
      body: Record<string, unknown>;
      /**
       * Default: a fresh id per run.
       */
      messageId?: string;
      /**
       * Default: the agency code of the sending client.
       */
      from?: string;
      /**
       * Correlation id.
       */
      correlationId?: string;
      /**
       * true: results and status changes go to the runner's receiver (see the callback step).
       */
      callback?: boolean;
      /**
       * Prefer: wait=N seconds.
       */
      wait?: number;
    };
    /**
     * A JSON body.
     */
    json?: unknown;
    /**
     * An XML body, sent as application/xml.
     */
    xml?: string;
    /**
     * A form body (application/x-www-form-urlencoded).
     */
    form?: {
      /**
       * Field value.
       */
      [k: string]: string | number | boolean | undefined;
    };
    /**
     * A raw body, sent as is (set content-type in headers).
     */
    text?: string;
    /**
     * Add MaXacThuc to the PayGov body, signed with the partner's secret over the INIT fields (init) or the QUERY/GET_BILL fields (lookup).
     */
    paygovSign?: 'init' | 'lookup';
    /**
     * Give up after this long; default 30s.
     */
    timeout?: string | number;
  };
  /**
   * Poll GET /api/v1/messages/{id} until the message has a status.
   */
  wait?: {
    /**
     * The messageId.
     */
    message: string;
    /**
     * The status (or statuses) to wait for; default completed.
     */
    status?:
      | ('queued' | 'processing' | 'retrying' | 'completed' | 'failed' | 'dead')
      | [
          'queued' | 'processing' | 'retrying' | 'completed' | 'failed' | 'dead',
          ...('queued' | 'processing' | 'retrying' | 'completed' | 'failed' | 'dead')[]
        ];
    /**
     * Give up after this long; default 10s.
     */
    timeout?: string | number;
    /**
     * Client whose token reads the message; default the development client.
     */
    as?: string;
  };
  /**
   * Wait for a callback at the runner's receiver and verify its signature.
   */
  callback?: {
    /**
     * Paths into the callback body with matchers; the first callback not yet taken that meets them all is taken.
     */
    match?: {
      [k: string]: Matcher | undefined;
    };
    /**
     * lgsp: X-LGSP-Signature (default for everything but IPNs); paygov-ipn: MaXacThuc of a PayGov IPN; any: whatever it carries.
     */
    kind?: 'lgsp' | 'paygov-ipn' | 'any';
    /**
     * Client whose secret checks X-LGSP-Signature; default the development client.
     */
    as?: string;
    /**
     * Give up after this long; default 10s.
     */
    timeout?: string | number;
  };
  /**
   * POST /sim/journal/verify: was a message like this received that many times?
   */
  journal?: {
    /**
     * Criteria, as /sim/journal/verify takes them (messageType, service, from, messageId, channel, nativePath, body…).
     */
    match: Record<string, unknown>;
    /**
     * Expected count: eq, gte, lte; default gte 1.
     */
    count?: Record<string, unknown>;
  };
  expect?: Expect;
  /**
   * Values to keep for later steps: name → path into the step's result ($.body.x, $.headers.x, $.status).
   */
  save?: {
    /**
     * A path into the result.
     */
    [k: string]: string | undefined;
  };
}
/**
 * Assertions on the answer.
 */
export interface Expect {
  /**
   * Expected HTTP status, or a list of acceptable ones.
   */
  status?: number | [number, ...number[]];
  /**
   * Response headers by name (case-insensitive), each with a matcher.
   */
  headers?: {
    [k: string]: Matcher | undefined;
  };
  /**
   * The body must validate against this JSON Schema: inline, or the message type whose response schema applies (e.g. hotich.dangKyHoTich).
   */
  schema?: Record<string, unknown> | string;
  /**
   * Paths into the body ($.a.b[0]) with matchers.
   */
  body?: {
    [k: string]: Matcher | undefined;
  };
  /**
   * Bounds on how long the step took.
   */
  duration?: {
    /**
     * Took less than this.
     */
    lt?: string | number;
    /**
     * Took at most this.
     */
    lte?: string | number;
  };
  /**
   * Path of the part of the body `schema` applies to (e.g. $.response of a unified-API record); default $.
   */
  schemaAt?: string;
}

// diag/echo.request.json

/**
 * A built-in diagnostics message: answers what it was sent, after an optional delay, optionally failing first. Makes retries, dead letters, slow jobs and callbacks reproducible without a real backend.
 */
export interface DiagEchoRequest {
  /**
   * Any JSON value; the answer carries it back unchanged.
   */
  echo?: {
    [k: string]: unknown | undefined;
  };
  /**
   * How long the backend works on the message before answering, in milliseconds (0 to 60000).
   */
  delayMs?: number;
  /**
   * How many attempts fail with a transient error before one succeeds (0 to 100); the queue retries them with backoff.
   */
  failTimes?: number;
  /**
   * `permanent`: every attempt is refused with a business error (code DIAG_REFUSED), which is never retried.
   */
  fail?: 'permanent';
}

// diag/echo.response.json

/**
 * The answer of diag.echo.
 */
export interface DiagEchoResponse {
  /**
   * The `echo` value of the request, unchanged; absent when the request had none.
   */
  echo?: {
    [k: string]: unknown | undefined;
  };
  /**
   * How many attempts failed (as asked by `failTimes`) before this one succeeded; absent when `failTimes` was not set.
   */
  failedBefore?: number;
  /**
   * Simulation time at which the answer was produced (ISO 8601).
   */
  processedAt: string;
}

// dkdn/chiTietDoanhNghiep.request.json

/**
 * Latest details of one enterprise from the national enterprise registration database.
 */
export interface ChiTietDoanhNghiepRequest {
  /**
   * Enterprise code (= tax code): 10 digits, or 13 for a branch (spaces, '-' and '.' are ignored); its 10th digit is a check digit.
   */
  msdn: string;
}

// dkdn/chiTietDoanhNghiep.response.json

/**
 * The enterprise's latest registered details, with the registry's own field names.
 */
export interface ChiTietDoanhNghiepResponse {
  /**
   * The enterprise record.
   */
  MainInformation: {
    /**
     * Internal registry id, number(10).
     */
    ENTERPRISE_ID: number;
    /**
     * Enterprise code, the same number as the tax code.
     */
    ENTERPRISE_GDT_CODE: string;
    /**
     * Old business registration certificate number.
     */
    IMP_BUSINESS_CODE?: string;
    /**
     * Enterprise type code, string(10).
     */
    ENTERPRISE_TYPE_ID: string;
    /**
     * Enterprise type name.
     */
    ENTERPRISE_TYPE_NAME?: string;
    /**
     * Vietnamese name.
     */
    NAME: string;
    /**
     * Abbreviated name.
     */
    SHORT_NAME?: string;
    /**
     * Foreign-language name.
     */
    NAME_F?: string;
    /**
     * First registration date, dd/MM/yyyy.
     */
    FOUNDING_DATE: string;
    /**
     * Last amendment date, dd/MM/yyyy.
     */
    LAST_AMEND_DATE?: string;
    /**
     * How many times the registration was amended.
     */
    NUMBER_CHANGES?: number;
    /**
     * Legal status code, string(10).
     */
    ENTERPRISE_STATUS: string;
    /**
     * Legal status name.
     */
    ENTERPRISE_STATUS_NAME?: string;
    /**
     * Legal representatives' names joined with ';'.
     */
    LEGAL_NAMES?: string;
    /**
     * Charter capital in VND, number(21,3).
     */
    CAPITAL_AMOUNT?: number;
    /**
     * Head-office address.
     */
    HOAdress: {
      /**
       * Province GSO code.
       */
      CityID?: number;
      /**
       * Province name.
       */
      CityName?: string;
      /**
       * District GSO code.
       */
      DistrictID?: number;
      /**
       * District name.
       */
      DistrictName?: string;
      /**
       * Commune/ward GSO code.
       */
      WardID?: number;
      /**
       * Commune/ward name.
       */
      WardName?: string;
      /**
       * House number and street.
       */
      StreetNumber?: string;
      /**
       * The whole address as one line.
       */
      AddressFullText?: string;
    };
    /**
     * Registered business lines (VSIC codes).
     *
     * Items: One business line.
     */
    BusinessActivity: {
      /**
       * VSIC code.
       */
      CODE: string;
      /**
       * Business line name.
       */
      NAME: string;
      /**
       * Y for the main line, N otherwise.
       */
      IS_MAIN: 'Y' | 'N';
    }[];
    /**
     * Members or shareholders with their capital.
     *
     * Items: One member.
     */
    Member: {
      /**
       * Member's name.
       */
      MEMBER_NAME?: string;
      /**
       * Contributed capital, number(21,3).
       */
      AMOUNT?: number;
      /**
       * Share of the capital in percent, number(5,2).
       */
      RATIO_PERCENT?: number;
      /**
       * Member's country.
       */
      COUNTRY?: string;
    }[];
  };
}

// dkdn/danhSachHoSo.request.json

/**
 * Registration dossiers received in a range of at most five days (both ends counted).
 */
export interface DanhSachHoSoRequest {
  /**
   * First day of the range, dd/MM/yyyy.
   */
  from_date: string;
  /**
   * Last day of the range, dd/MM/yyyy; not before from_date and at most four days after it.
   */
  to_date: string;
  /**
   * How many matching dossiers to skip (paging). Default 0.
   */
  offset?: number;
  /**
   * Largest number of dossiers in the answer (paging). Default 50, at most 500.
   */
  limit?: number;
}

// dkdn/danhSachHoSo.response.json

/**
 * A page of registration dossiers (danhSachHoSo and danhSachHoSoTrongNgay) with the total that matched.
 */
export interface DanhSachHoSoResponse {
  /**
   * The dossiers of this page, oldest first (by receipt for danhSachHoSo, by processing time for danhSachHoSoTrongNgay).
   *
   * Items: One registration dossier.
   */
  MainInformation: {
    /**
     * Journal number of the dossier at the registration office.
     */
    IN_JOURNAL_NO: number;
    /**
     * Kind of dossier: code of the dmdc-style catalogue enterprise-document-types (1 new registration, 2/3 amendment, 4 suspension, 5 resumption, 6 dissolution).
     */
    DOCUMENT_TYPE: string;
    /**
     * Name of the document type.
     */
    DOCUMENT_TYPE_NAME: string;
    /**
     * The enterprise's internal registry id (ENTERPRISE_ID of chiTietDoanhNghiep).
     */
    ENTERPRISE_CODE: number;
    /**
     * Enterprise code, the same number as the tax code.
     */
    ENTERPRISE_GDT_CODE: string;
    /**
     * Enterprise name on the dossier.
     */
    NAME: string;
    /**
     * Registering office: the GSO code of its province, as a number.
     */
    SITE_ID: number;
    /**
     * When the dossier was received, dd/MM/yyyy HH:mm:ss (Vietnam time).
     */
    RECEIPT_DATE: string;
    /**
     * Promised processing date (three working days after receipt), dd/MM/yyyy.
     */
    PLAN_DATE: string;
    /**
     * Processing status: code of the catalogue enterprise-process-statuses (1 received, 2 processing, 3 supplement requested, 4 approved, 6 rejected).
     */
    PROCESS_STATUS: string;
    /**
     * Name of the processing status.
     */
    PROCESS_STATUS_NAME: string;
    /**
     * When the dossier was decided (approved or rejected), dd/MM/yyyy HH:mm:ss; null while it is open.
     */
    PROCESSED_DATE: string | null;
  }[];
  /**
   * How many dossiers matched in all, whatever the page.
   */
  DataCount: number;
}

// dkdn/danhSachHoSoTrongNgay.request.json

/**
 * Registration dossiers processed today (the simulation clock's day, Vietnam time) within a time window.
 */
export interface DanhSachHoSoTrongNgayRequest {
  /**
   * Start of the window, inclusive: HH:mm, 24-hour.
   */
  from_ts: string;
  /**
   * End of the window, inclusive to the end of that minute: HH:mm, 24-hour; not earlier than from_ts.
   */
  to_ts: string;
  /**
   * How many matching dossiers to skip (paging). Default 0.
   */
  offset?: number;
  /**
   * Largest number of dossiers in the answer (paging). Default 50, at most 500.
   */
  limit?: number;
}

// dkdn/tinhTrangHoSo.request.json

/**
 * Detail and processing status of one registration dossier.
 */
export interface TinhTrangHoSoRequest {
  /**
   * The dossier's journal number (IN_JOURNAL_NO) as the dossier lists show it.
   */
  in_journal_no: number;
}

// dkdn/tinhTrangHoSo.response.json

/**
 * One registration dossier as it stands now (simulation clock).
 */
export interface TinhTrangHoSoResponse {
  /**
   * The dossier, with its contact person and dates.
   */
  MainInformation: {
    /**
     * Journal number of the dossier at the registration office.
     */
    IN_JOURNAL_NO: number;
    /**
     * Kind of dossier: code of the dmdc-style catalogue enterprise-document-types (1 new registration, 2/3 amendment, 4 suspension, 5 resumption, 6 dissolution).
     */
    DOCUMENT_TYPE: string;
    /**
     * Name of the document type.
     */
    DOCUMENT_TYPE_NAME: string;
    /**
     * The enterprise's internal registry id (ENTERPRISE_ID of chiTietDoanhNghiep).
     */
    ENTERPRISE_CODE: number;
    /**
     * Enterprise code, the same number as the tax code.
     */
    ENTERPRISE_GDT_CODE: string;
    /**
     * Enterprise name on the dossier.
     */
    NAME: string;
    /**
     * Registering office: the GSO code of its province, as a number.
     */
    SITE_ID: number;
    /**
     * When the dossier was received, dd/MM/yyyy HH:mm:ss (Vietnam time).
     */
    RECEIPT_DATE: string;
    /**
     * Promised processing date (three working days after receipt), dd/MM/yyyy.
     */
    PLAN_DATE: string;
    /**
     * Processing status: code of the catalogue enterprise-process-statuses (1 received, 2 processing, 3 supplement requested, 4 approved, 6 rejected).
     */
    PROCESS_STATUS: string;
    /**
     * Name of the processing status.
     */
    PROCESS_STATUS_NAME: string;
    /**
     * When the dossier was decided (approved or rejected), dd/MM/yyyy HH:mm:ss; null while it is open.
     */
    PROCESSED_DATE: string | null;
    /**
     * Enterprise type code (catalogue enterprise-types).
     */
    ENTERPRISE_TYPE_ID: string | null;
    /**
     * Day the approval was recorded in the registry, dd/MM/yyyy; null unless approved.
     */
    REGISTRATION_DATE: string | null;
    /**
     * Day supplements were requested, dd/MM/yyyy; null otherwise.
     */
    SUPPLEMENT_DATE: string | null;
    /**
     * How the dossier was filed: code of the catalogue enterprise-submission-types (1 online, 2 on paper at the office).
     */
    SUBMISSION_TYPE: string;
    /**
     * Name of the person who filed the dossier.
     */
    CONTACT_FULL_NAME: string;
    /**
     * The contact person's address.
     */
    CONTACT_ADDRESS: string;
    /**
     * The contact person's 12-digit CCCD number.
     */
    CONTACT_ID_NO: string;
    /**
     * The contact person's phone number.
     */
    CONTACT_PHONE: string;
    /**
     * The contact person's e-mail address.
     */
    CONTACT_EMAIL: string;
  };
}

// dmdc/layDanhMuc.request.json

/**
 * The rows of one shared catalogue (GET /dmdc/Category/{code}).
 */
export interface LayDanhMucRequest {
  /**
   * Catalogue code, lower case (the native path takes it in any case): one of the 36 codes DOMAIN.md §3 lists (see the enum).
   */
  maDanhMuc:
    | 'qlvanbandieuhanhcap1'
    | 'qlvanbandieuhanhcap2'
    | 'qlvanbandieuhanhcap3'
    | 'qlvanbandieuhanhcap4'
    | 'donvihanhchinhcap1'
    | 'donvihanhchinhcap2'
    | 'donvihanhchinhcap3'
    | 'mabuuchinhvungkhuvuc'
    | 'mabuuchinhcap1'
    | 'mabuuchinhcap2'
    | 'mabuuchinhcap3'
    | 'madantoc'
    | 'madantockhac'
    | 'matongiao'
    | 'magioitinh'
    | 'manhommau'
    | 'maynghianhommau'
    | 'maquocgia'
    | 'matinhtranghonnhan'
    | 'giaoducdaotaovncap1'
    | 'giaoducdaotaovncap2'
    | 'giaoducdaotaovncap3'
    | 'giaoducdaotaovncap4'
    | 'giaoducdaotaovncap5'
    | 'machucdanhcqdcsvn'
    | 'mabacluong'
    | 'mabangluong'
    | 'machucdanh'
    | 'manhomluong'
    | 'mahesoluong'
    | 'mahesoluongvung'
    | 'mathiduakhenthuong'
    | 'maloaivanbantheoqdpl'
    | 'matenvanbantheoqdpl'
    | 'matenvanbanhanhchinh'
    | 'dokhanvanban';
}

// dmdc/layDanhMuc.response.json

/**
 * The catalogue's rows: the seed rows, then the rows appended since the last reset.
 *
 * Items: One row: column code → value (every value a string, DateTime columns as dd/MM/yyyy).
 */
export type LayDanhMucResponse = {
  [k: string]: string | undefined;
}[];

// dmdc/layMetadata.request.json

/**
 * The columns of one shared catalogue (GET /dmdc/Metadata/{code}).
 */
export interface LayMetadataRequest {
  /**
   * Catalogue code, lower case (the native path takes it in any case): one of the 36 codes DOMAIN.md §3 lists (see the enum).
   */
  maDanhMuc:
    | 'qlvanbandieuhanhcap1'
    | 'qlvanbandieuhanhcap2'
    | 'qlvanbandieuhanhcap3'
    | 'qlvanbandieuhanhcap4'
    | 'donvihanhchinhcap1'
    | 'donvihanhchinhcap2'
    | 'donvihanhchinhcap3'
    | 'mabuuchinhvungkhuvuc'
    | 'mabuuchinhcap1'
    | 'mabuuchinhcap2'
    | 'mabuuchinhcap3'
    | 'madantoc'
    | 'madantockhac'
    | 'matongiao'
    | 'magioitinh'
    | 'manhommau'
    | 'maynghianhommau'
    | 'maquocgia'
    | 'matinhtranghonnhan'
    | 'giaoducdaotaovncap1'
    | 'giaoducdaotaovncap2'
    | 'giaoducdaotaovncap3'
    | 'giaoducdaotaovncap4'
    | 'giaoducdaotaovncap5'
    | 'machucdanhcqdcsvn'
    | 'mabacluong'
    | 'mabangluong'
    | 'machucdanh'
    | 'manhomluong'
    | 'mahesoluong'
    | 'mahesoluongvung'
    | 'mathiduakhenthuong'
    | 'maloaivanbantheoqdpl'
    | 'matenvanbantheoqdpl'
    | 'matenvanbanhanhchinh'
    | 'dokhanvanban';
}

// dmdc/layMetadata.response.json

/**
 * The catalogue's columns in order; the first Ma… column is the key.
 *
 * Items: One column.
 */
export type LayMetadataResponse = {
  /**
   * Column code, the key of the column in every row.
   */
  PropertyCode: string;
  /**
   * Column name in Vietnamese.
   */
  PropertyName: string;
  /**
   * String, or DateTime for a day written dd/MM/yyyy.
   */
  PropertyType: 'String' | 'DateTime';
}[];

// dmdc/themDanhMuc.request.json

/**
 * Rows to append to one shared catalogue (POST /dmdc/Category/{code}, whose body is the array duLieu). All or none: a key already present, or repeated in the batch, inserts nothing.
 */
export interface ThemDanhMucRequest {
  /**
   * Catalogue code, lower case (the native path takes it in any case): one of the 36 codes DOMAIN.md §3 lists (see the enum).
   */
  maDanhMuc:
    | 'qlvanbandieuhanhcap1'
    | 'qlvanbandieuhanhcap2'
    | 'qlvanbandieuhanhcap3'
    | 'qlvanbandieuhanhcap4'
    | 'donvihanhchinhcap1'
    | 'donvihanhchinhcap2'
    | 'donvihanhchinhcap3'
    | 'mabuuchinhvungkhuvuc'
    | 'mabuuchinhcap1'
    | 'mabuuchinhcap2'
    | 'mabuuchinhcap3'
    | 'madantoc'
    | 'madantockhac'
    | 'matongiao'
    | 'magioitinh'
    | 'manhommau'
    | 'maynghianhommau'
    | 'maquocgia'
    | 'matinhtranghonnhan'
    | 'giaoducdaotaovncap1'
    | 'giaoducdaotaovncap2'
    | 'giaoducdaotaovncap3'
    | 'giaoducdaotaovncap4'
    | 'giaoducdaotaovncap5'
    | 'machucdanhcqdcsvn'
    | 'mabacluong'
    | 'mabangluong'
    | 'machucdanh'
    | 'manhomluong'
    | 'mahesoluong'
    | 'mahesoluongvung'
    | 'mathiduakhenthuong'
    | 'maloaivanbantheoqdpl'
    | 'matenvanbantheoqdpl'
    | 'matenvanbanhanhchinh'
    | 'dokhanvanban';
  /**
   * The rows, each keyed by PropertyCode (GET /dmdc/Metadata/{code} lists the columns). The key column is required; other missing columns are stored empty; unknown columns are refused; DateTime values must be dd/MM/yyyy.
   *
   * @maxItems 1000
   *
   * Items: One row: column code → value.
   */
  duLieu: {
    [k: string]: string | undefined;
  }[];
}

// dmdc/themDanhMuc.response.json

/**
 * dmdc's answer to an append: Done with the count, or the first duplicate key with Count 0 (nothing inserted).
 */
export interface ThemDanhMucResponse {
  /**
   * "Done", or "Data not insert: Record <i>: <key column> <value> is duplicate" with i counted from 1.
   */
  MSG: string;
  /**
   * How many rows were inserted: all of them, or 0.
   */
  Count: number;
}

// hotich/dangKyHoTich.request.json

/**
 * Push a civil-registration dossier (birth, death or marriage) to the civil registry.
 */
export interface DangKyHoTichRequest {
  /**
   * Registering office: GSO code of the district (3 digits) or commune (5 digits) in the MoJ catalogue; a Long in v1, a string in v2.
   */
  maDonVi: string | number;
  /**
   * Business code: KS/LTKS birth, KT/LTKT death, KH/LTKH marriage.
   */
  module: 'KS' | 'KT' | 'KH' | 'LTKS' | 'LTKT' | 'LTKH';
  /**
   * One-stop receipt number of the dossier, e.g. 000.00.12.H99-260115-0003.
   */
  maHoSo: string;
  /**
   * DVCLT interconnection number (v2 maHoSoLT).
   */
  maHoSoLT?: string;
  /**
   * Receipt time at the one-stop desk, dd/MM/yyyy HH:mm:ss.
   */
  ngayTiepNhan: string;
  /**
   * The declaration (DOMAIN.md §4.3): common requester fields plus the birth (nks…, me…, cha…), death (nkt…) or marriage (chong…, vo…) fields the module needs. Other fields are kept and ignored.
   */
  data: {
    /**
     * Registration type (loaiDangKy): 1 on time, 2 late, 3 re-registration, 4 recording a registration made abroad.
     */
    loaiDangKy?: string | number;
    /**
     * Registering office code; PASETO copies it into maDonVi.
     */
    noiDangKy?: string | number;
    /**
     * Number of certified copies requested.
     */
    soLuongBanSao?: string | number;
    /**
     * Requester: full name (required).
     */
    nycHoTen?: string;
    /**
     * Requester: relationship to the registered person, code 01-13 or 99 (required).
     */
    nycQuanHe?: string | number;
    /**
     * Requester: ID-document type code.
     */
    nycLoaiGiayToTuyThan?: string | number;
    /**
     * Requester: ID-document number (required).
     */
    nycSoGiayToTuyThan?: string;
    /**
     * Requester: issue date of the ID document, written dd.MM.yyyy (dots), e.g. 02.01.2026.
     */
    nycNgayCapGiayToTuyThan?: string;
    /**
     * Requester: issuing authority of the ID document.
     */
    nycNoiCapGiayToTuyThan?: string;
    /**
     * Requester: phone number.
     */
    nycSoDienThoai?: string;
    /**
     * Requester: e-mail address.
     */
    nycEmail?: string;
    /**
     * Requester: whether the data was verified (0/1).
     */
    nycXacThucThongTin?: string | number;
    /**
     * Birth: number of the hospital birth notice (giấy chứng sinh); without it the dossier needs a supplement.
     */
    maGCS?: string;
    /**
     * Birth: issue date of the birth notice, dd.MM.yyyy (v2) or yyyyMMdd (DVCLT XML).
     */
    ngayCapGCS?: string;
    /**
     * Child: full name.
     */
    nksHoTen?: string;
    /**
     * Child: gender, 1 male, 2 female.
     */
    nksGioiTinh?: string | number;
    /**
     * Child: date of birth; not after the receipt date, written dd.MM.yyyy (dots), e.g. 02.01.2026.
     */
    nksNgaySinh?: string;
    /**
     * Child: date of birth in words.
     */
    nksNgaySinhBangChu?: string;
    /**
     * Child: place of birth: a one-line text (DVCLT XML) or an address object { maTinh, maHuyen, maXa, dcChiTiet } (v2).
     */
    nksNoiSinh?: string | Address;
    /**
     * Child: GSO province code of the place of birth (DVCLT XML).
     */
    nksNoiSinhDVHC?: string | number;
    /**
     * Child: place of birth abroad.
     */
    nksNoiSinhNuocNgoai?: string;
    /**
     * Child: place of origin: a one-line text (DVCLT XML) or an address object { maTinh, maHuyen, maXa, dcChiTiet } (v2).
     */
    nksQueQuan?: string | Address;
    /**
     * Child: ethnicity, GSO code 01-54.
     */
    nksDanToc?: string | number;
    /**
     * Child: nationality, ISO 3166 alpha-2 code.
     */
    nksQuocTich?: string | number;
    /**
     * Birth type (nksLoaiKhaiSinh): 1 both parents known, 2 father unknown, 3 mother unknown, 4 both unknown, 5 abandoned child, 6 surrogacy.
     */
    nksLoaiKhaiSinh?: string | number;
    /**
     * Mother: full name.
     */
    meHoTen?: string;
    /**
     * Mother: date of birth, written dd.MM.yyyy (dots), e.g. 02.01.2026.
     */
    meNgaySinh?: string;
    /**
     * Mother: ethnicity, GSO code 01-54 (danhMuc 3).
     */
    meDanToc?: string | number;
    /**
     * Mother: nationality, ISO 3166 alpha-2 code (danhMuc 1).
     */
    meQuocTich?: string | number;
    /**
     * Mother: residence type, 1 permanent, 2 temporary, 3 current place, 4 abroad (default 1).
     */
    meLoaiCuTru?: string | number;
    /**
     * Mother: place of residence: a one-line text (DVCLT XML) or an address object { maTinh, maHuyen, maXa, dcChiTiet } (v2).
     */
    meNoiCuTru?: string | Address;
    /**
     * Mother: ID-document type code (danhMuc loaiDanhMuc 5): 1 CMND, 2 CCCD, 3 passport, 4 identity card, 5 permanent-residence card, 9 other.
     */
    meLoaiGiayToTuyThan?: string | number;
    /**
     * Mother: number of that ID document; a CCCD or identity card number must follow the 12-digit PPP G YY SSSSSS structure.
     */
    meSoGiayToTuyThan?: string;
    /**
     * Mother: another identity paper, as text.
     */
    meGiayToKhac?: string;
    /**
     * Mother: 12-digit personal ID (số định danh cá nhân).
     */
    meSoDDCN?: string;
    /**
     * Mother: whether the data was verified against the population database (0/1).
     */
    meXacThucThongTin?: string | number;
    /**
     * Father: full name.
     */
    chaHoTen?: string;
    /**
     * Father: date of birth, written dd.MM.yyyy (dots), e.g. 02.01.2026.
     */
    chaNgaySinh?: string;
    /**
     * Father: ethnicity, GSO code 01-54 (danhMuc 3).
     */
    chaDanToc?: string | number;
    /**
     * Father: nationality, ISO 3166 alpha-2 code (danhMuc 1).
     */
    chaQuocTich?: string | number;
    /**
     * Father: residence type, 1 permanent, 2 temporary, 3 current place, 4 abroad (default 1).
     */
    chaLoaiCuTru?: string | number;
    /**
     * Father: place of residence: a one-line text (DVCLT XML) or an address object { maTinh, maHuyen, maXa, dcChiTiet } (v2).
     */
    chaNoiCuTru?: string | Address;
    /**
     * Father: ID-document type code (danhMuc loaiDanhMuc 5): 1 CMND, 2 CCCD, 3 passport, 4 identity card, 5 permanent-residence card, 9 other.
     */
    chaLoaiGiayToTuyThan?: string | number;
    /**
     * Father: number of that ID document; a CCCD or identity card number must follow the 12-digit PPP G YY SSSSSS structure.
     */
    chaSoGiayToTuyThan?: string;
    /**
     * Father: another identity paper, as text.
     */
    chaGiayToKhac?: string;
    /**
     * Father: 12-digit personal ID (số định danh cá nhân).
     */
    chaSoDDCN?: string;
    /**
     * Father: whether the data was verified against the population database (0/1).
     */
    chaXacThucThongTin?: string | number;
    /**
     * Registration abroad: its number.
     */
    soDangKyNuocNgoai?: string;
    /**
     * Registration abroad: its date, written dd.MM.yyyy (dots), e.g. 02.01.2026.
     */
    ngayDangKyNuocNgoai?: string;
    /**
     * Registration abroad: the foreign authority.
     */
    cqNuocNgoaiDaDangKy?: string;
    /**
     * Registration abroad: the country, ISO alpha-2.
     */
    qgNuocNgoaiDaDangKy?: string | number;
    /**
     * Death: number of the death notice (giấy báo tử).
     */
    maGBT?: string;
    /**
     * Death: issue date of the death notice, dd.MM.yyyy (v2) or yyyyMMdd (DVCLT XML).
     */
    ngayCapGBT?: string;
    /**
     * Deceased: full name.
     */
    nktHoTen?: string;
    /**
     * Deceased: date of birth, written dd.MM.yyyy (dots), e.g. 02.01.2026.
     */
    nktNgaySinh?: string;
    /**
     * Deceased: ethnicity, GSO code 01-54 (danhMuc 3).
     */
    nktDanToc?: string | number;
    /**
     * Deceased: nationality, ISO 3166 alpha-2 code (danhMuc 1).
     */
    nktQuocTich?: string | number;
    /**
     * Deceased: residence type, 1 permanent, 2 temporary, 3 current place, 4 abroad (default 1).
     */
    nktLoaiCuTru?: string | number;
    /**
     * Deceased: place of residence: a one-line text (DVCLT XML) or an address object { maTinh, maHuyen, maXa, dcChiTiet } (v2).
     */
    nktNoiCuTru?: string | Address;
    /**
     * Deceased: ID-document type code (danhMuc loaiDanhMuc 5): 1 CMND, 2 CCCD, 3 passport, 4 identity card, 5 permanent-residence card, 9 other.
     */
    nktLoaiGiayToTuyThan?: string | number;
    /**
     * Deceased: number of that ID document; a CCCD or identity card number must follow the 12-digit PPP G YY SSSSSS structure.
     */
    nktSoGiayToTuyThan?: string;
    /**
     * Deceased: another identity paper, as text.
     */
    nktGiayToKhac?: string;
    /**
     * Deceased: 12-digit personal ID (số định danh cá nhân).
     */
    nktSoDDCN?: string;
    /**
     * Deceased: whether the data was verified against the population database (0/1).
     */
    nktXacThucThongTin?: string | number;
    /**
     * Deceased: gender, 1 male, 2 female.
     */
    nktGioiTinh?: string | number;
    /**
     * Deceased: date of death; not after the receipt date, written dd.MM.yyyy (dots), e.g. 02.01.2026.
     */
    nktNgayChet?: string;
    /**
     * Deceased: time of death, HH:mm.
     */
    nktGioPhutChet?: string;
    /**
     * Deceased: place of death: a one-line text (DVCLT XML) or an address object { maTinh, maHuyen, maXa, dcChiTiet } (v2).
     */
    nktNoiChet?: string | Address;
    /**
     * Deceased: cause of death.
     */
    nktNguyenNhanChet?: string;
    /**
     * Death notice: type.
     */
    gbtLoai?: string | number;
    /**
     * Death notice: number.
     */
    gbtSo?: string;
    /**
     * Death notice: date, written dd.MM.yyyy (dots), e.g. 02.01.2026.
     */
    gbtNgay?: string;
    /**
     * Death notice: issuing body.
     */
    gbtCoQuanCap?: string;
    /**
     * Marriage: date the marriage was established (when recorded late), written dd.MM.yyyy (dots), e.g. 02.01.2026.
     */
    ngayXacLapQuanHeHonNhan?: string;
    /**
     * Marriage: remarks.
     */
    ghiChu?: string;
    /**
     * Marriage: number of copies.
     */
    soBanSao?: string | number;
    /**
     * Husband: full name.
     */
    chongHoTen?: string;
    /**
     * Husband: date of birth, written dd.MM.yyyy (dots), e.g. 02.01.2026.
     */
    chongNgaySinh?: string;
    /**
     * Husband: ethnicity, GSO code 01-54 (danhMuc 3).
     */
    chongDanToc?: string | number;
    /**
     * Husband: nationality, ISO 3166 alpha-2 code (danhMuc 1).
     */
    chongQuocTich?: string | number;
    /**
     * Husband: residence type, 1 permanent, 2 temporary, 3 current place, 4 abroad (default 1).
     */
    chongLoaiCuTru?: string | number;
    /**
     * Husband: place of residence: a one-line text (DVCLT XML) or an address object { maTinh, maHuyen, maXa, dcChiTiet } (v2).
     */
    chongNoiCuTru?: string | Address;
    /**
     * Husband: ID-document type code (danhMuc loaiDanhMuc 5): 1 CMND, 2 CCCD, 3 passport, 4 identity card, 5 permanent-residence card, 9 other.
     */
    chongLoaiGiayToTuyThan?: string | number;
    /**
     * Husband: number of that ID document; a CCCD or identity card number must follow the 12-digit PPP G YY SSSSSS structure.
     */
    chongSoGiayToTuyThan?: string;
    /**
     * Husband: another identity paper, as text.
     */
    chongGiayToKhac?: string;
    /**
     * Husband: 12-digit personal ID (số định danh cá nhân).
     */
    chongSoDDCN?: string;
    /**
     * Husband: whether the data was verified against the population database (0/1).
     */
    chongXacThucThongTin?: string | number;
    /**
     * Husband: lives abroad (0/1).
     */
    chongCuTruNuocNgoai?: string | number;
    /**
     * Husband: how many times married before this one.
     */
    chongSoLanKH?: string | number;
    /**
     * Husband: marital status as declared.
     */
    chongTinhTrangHonNhan?: string;
    /**
     * Husband: marital status code.
     */
    chongLoaiTinhTrangHonNhan?: string | number;
    /**
     * Husband: whether a marital-status certificate was requested (0/1).
     */
    chongYeuCauXNTTHN?: string | number;
    /**
     * Husband: where that certificate was issued.
     */
    chongNoiXNTTHN?: string;
    /**
     * Wife: full name.
     */
    voHoTen?: string;
    /**
     * Wife: date of birth, written dd.MM.yyyy (dots), e.g. 02.01.2026.
     */
    voNgaySinh?: string;
    /**
     * Wife: ethnicity, GSO code 01-54 (danhMuc 3).
     */
    voDanToc?: string | number;
    /**
     * Wife: nationality, ISO 3166 alpha-2 code (danhMuc 1).
     */
    voQuocTich?: string | number;
    /**
     * Wife: residence type, 1 permanent, 2 temporary, 3 current place, 4 abroad (default 1).
     */
    voLoaiCuTru?: string | number;
    /**
     * Wife: place of residence: a one-line text (DVCLT XML) or an address object { maTinh, maHuyen, maXa, dcChiTiet } (v2).
     */
    voNoiCuTru?: string | Address;
    /**
     * Wife: ID-document type code (danhMuc loaiDanhMuc 5): 1 CMND, 2 CCCD, 3 passport, 4 identity card, 5 permanent-residence card, 9 other.
     */
    voLoaiGiayToTuyThan?: string | number;
    /**
     * Wife: number of that ID document; a CCCD or identity card number must follow the 12-digit PPP G YY SSSSSS structure.
     */
    voSoGiayToTuyThan?: string;
    /**
     * Wife: another identity paper, as text.
     */
    voGiayToKhac?: string;
    /**
     * Wife: 12-digit personal ID (số định danh cá nhân).
     */
    voSoDDCN?: string;
    /**
     * Wife: whether the data was verified against the population database (0/1).
     */
    voXacThucThongTin?: string | number;
    /**
     * Wife: lives abroad (0/1).
     */
    voCuTruNuocNgoai?: string | number;
    /**
     * Wife: how many times married before this one.
     */
    voSoLanKH?: string | number;
    /**
     * Wife: marital status as declared.
     */
    voTinhTrangHonNhan?: string;
    /**
     * Wife: marital status code.
     */
    voLoaiTinhTrangHonNhan?: string | number;
    /**
     * Wife: whether a marital-status certificate was requested (0/1).
     */
    voYeuCauXNTTHN?: string | number;
    /**
     * Wife: where that certificate was issued.
     */
    voNoiXNTTHN?: string;
    [k: string]: unknown | undefined;
  };
  /**
   * Attached files (v2).
   *
   * Items: An attached file (v2 fileDinhKem).
   */
  fileDinhKem?: {
    /**
     * Attachment number.
     */
    id?: number;
    /**
     * Document type.
     */
    loaiGiayTo?: string | number;
    /**
     * Document name.
     */
    tenGiayTo?: string;
    /**
     * File name.
     */
    tenTepDinhKem?: string;
    /**
     * 1 withdraws the document; only 0 is sent in practice.
     */
    huyGiayTo?: string | number;
    /**
     * File content, base64.
     */
    duLieuTepDinhKem?: string;
    [k: string]: unknown | undefined;
  }[];
}
/**
 * An address as v2 sends it.
 */
export interface Address {
  /**
   * GSO province code (2 digits).
   */
  maTinh?: string;
  /**
   * GSO district code (3 digits).
   */
  maHuyen?: string;
  /**
   * GSO commune code (5 digits).
   */
  maXa?: string;
  /**
   * House number, street, hamlet.
   */
  dcChiTiet?: string;
  [k: string]: unknown | undefined;
}

// hotich/dangKyHoTich.response.json

/**
 * The received dossier and its state.
 */
export interface DangKyHoTichResponse {
  /**
   * Registering office code.
   */
  maDonVi: string;
  /**
   * One-stop receipt number.
   */
  maHoSo: string;
  /**
   * Business code as received.
   */
  module: string;
  /**
   * Registry record id (traHoSo takes it).
   */
  id: number;
  /**
   * v1 dossier state: 1 received, 2 needs more information, 3 eligible, 4 registered, 0 error or rejected.
   */
  status: number;
  /**
   * v2 state: 1 awaiting intake, 2 supplement required, 3 being processed, 4 registered, 6 rejected.
   */
  trangThai: string;
  /**
   * The state in words, with what is missing or why it was rejected.
   */
  statusDescription: string;
  /**
   * When the state last changed, dd/MM/yyyy HH:mm:ss.
   */
  thoiGianThucHien?: string;
  /**
   * What the citizen must supplement, or why the dossier was rejected.
   */
  ghiChu?: string;
  /**
   * Deadline for the supplement, dd/MM/yyyy HH:mm:ss.
   */
  hanBoSungHoSo?: string;
  /**
   * True when this dossier had already been received (nothing changed).
   */
  duplicate?: boolean;
}

// hotich/danhMuc.request.json

/**
 * One MoJ catalogue.
 */
export interface DanhMucRequest {
  /**
   * 1 nationality, 2 country, 3 ethnicity, 4 administrative places (province), 5 ID-document types; anything else is 302 DATA_TYPE_INVALID.
   */
  loaiDanhMuc: string | number;
}

// hotich/danhMuc.response.json

/**
 * Catalogue rows.
 */
export interface DanhMucResponse {
  /**
   * Rows of the catalogue.
   */
  items: {
    /**
     * Code.
     */
    ma: string;
    /**
     * Name.
     */
    ten: string;
  }[];
}

// hotich/dsHoSoDangKy.request.json

/**
 * Registry records created or changed on a day.
 */
export interface DsHoSoDangKyRequest {
  /**
   * Business code: KS/LTKS birth, KT/LTKT death, KH/LTKH marriage.
   */
  module: 'KS' | 'KT' | 'KH' | 'LTKS' | 'LTKT' | 'LTKH';
  /**
   * The day, dd/MM/yyyy.
   */
  ngayCapNhat: string;
  /**
   * Optional GSO province code (2 digits) to narrow the list.
   */
  maTinh?: string | number;
}

// hotich/dsHoSoDangKy.response.json

/**
 * Ids and offices of the records.
 */
export interface DsHoSoDangKyResponse {
  /**
   * Records created or changed that day.
   */
  records: {
    /**
     * Registry record id.
     */
    id: number;
    /**
     * Registering office code.
     */
    maDonVi: string;
  }[];
}

// hotich/ketQuaDangKyHS.request.json

/**
 * Result of one dossier; answers 200 RECORD_UNCOMPLETE until it is registered.
 */
export interface KetQuaDangKyHSRequest {
  /**
   * Registering office: GSO code of the district (3 digits) or commune (5 digits) in the MoJ catalogue; a Long in v1, a string in v2.
   */
  maDonVi: string | number;
  /**
   * One-stop receipt number of the dossier, e.g. 000.00.12.H99-260115-0003.
   */
  maHoSo: string;
}

// hotich/ketQuaDangKyHS.response.json

/**
 * The registered dossier's result.
 */
export interface KetQuaDangKyHSResponse {
  /**
   * Registering office code.
   */
  maDonVi: string;
  /**
   * One-stop receipt number.
   */
  maHoSo: string;
  /**
   * Business code as received.
   */
  module: string;
  /**
   * Registry record id.
   */
  id: number;
  /**
   * The registration result (ketQuaXuLy) with the v2 field names: register references, the new personal ID for a birth, the registered people.
   */
  ketQuaXuLy: HoTichKetQuaXuLy;
}

// hotich/layKetQua.request.json

/**
 * v2 poll: state and result of dossiers by their one-stop numbers.
 */
export interface LayKetQuaRequest {
  /**
   * One-stop receipt numbers.
   *
   * @minItems 1
   * @maxItems 100
   */
  maDinhDanhHoSo: [string, ...string[]];
  /**
   * GSO province code (2 digits).
   */
  maTinh?: string | number;
  /**
   * LTKS, LTKT or LTKH; narrows the answer to that kind.
   */
  module?: string;
}

// hotich/layKetQua.response.json

/**
 * One item per known dossier.
 */
export interface LayKetQuaResponse {
  /**
   * Dossier states and results (v2 item keys).
   */
  items: {
    /**
     * Registering office code.
     */
    maDonVi: string;
    /**
     * GSO province code.
     */
    maTinh: string;
    /**
     * Business code as received.
     */
    module: string;
    /**
     * DVCLT number, when sent.
     */
    maHoSoLT?: string;
    /**
     * One-stop receipt number.
     */
    maHoSoMCDT: string;
    /**
     * Always null here.
     */
    errors?: null;
    /**
     * 1 awaiting intake, 2 supplement required, 3 being processed, 4 registered, 6 rejected.
     */
    trangThai: string;
    /**
     * When the state last changed, dd/MM/yyyy HH:mm:ss.
     */
    thoiGianThucHien: string;
    /**
     * Civil-registry officer.
     */
    nguoiXuLy?: string;
    /**
     * Officer's title.
     */
    chucDanh?: string;
    /**
     * Office that handled it.
     */
    phongBanXuLy?: string;
    /**
     * What must be supplemented, or why it was rejected.
     */
    ghiChu?: string;
    /**
     * What was done.
     */
    noiDungXuLy?: string;
    /**
     * Deadline for a supplement, dd/MM/yyyy HH:mm:ss.
     */
    hanBoSungHoSo?: string;
    /**
     * The result, once registered.
     */
    ketQuaXuLy?: HoTichKetQuaXuLy;
  }[];
}

// hotich/shared/ket-qua-xu-ly.json

/**
 * A registration result (ketQuaXuLy) in the shape PASETO deserialises it (DOMAIN.md §4.2, C:P/ks HoTich_KhaiSinh_KetQuaXuLy / HoTich_KhaiTu_KetQuaXuLy): documented member names, GioiTinh and LoaiCuTru as integers, addresses as { maTinh, maHuyen, maXa, dcChiTiet }. A marriage carries its registered chong…/vo… fields.
 */
export interface HoTichKetQuaXuLy {
  /**
   * Register entry number.
   */
  soDangKy: string;
  /**
   * Register book, NN/yyyy.
   */
  quyenSo: string;
  /**
   * Page of the register book.
   */
  trangSo: string;
  /**
   * Registration date, dd.MM.yyyy.
   */
  ngayDangKy: string;
  /**
   * Birth: the child's new 12-digit personal ID.
   */
  soDinhDanh?: string;
  /**
   * Birth of a child under six: the child's new 10-digit BHXH number (the simulator's addition, from the BHYT interconnection, §5).
   */
  maSoBhxh?: string;
  /**
   * Birth of a child under six: the health-insurance card code (15 characters, group TE; the simulator's addition, §5).
   */
  maTheBhyt?: string;
  /**
   * Birth: province of the registering office.
   */
  ndkksMaTinh?: string;
  /**
   * Birth: district of the registering office.
   */
  ndkksMaHuyen?: string;
  /**
   * Birth: commune of the registering office ('' for a district office).
   */
  ndkksMaXa?: string;
  /**
   * Birth: the child's full name.
   */
  nksHoTen?: string;
  /**
   * Birth: the child's gender, 1 male, 2 female (int, as PASETO reads it).
   */
  nksGioiTinh?: number;
  /**
   * Birth: the child's date of birth, dd.MM.yyyy.
   */
  nksNgaySinh?: string;
  /**
   * Birth: the date of birth in words.
   */
  nksNgaySinhBangChu?: string;
  /**
   * Birth: ethnicity code.
   */
  nksDanToc?: string;
  /**
   * Birth: nationality code.
   */
  nksQuocTich?: string;
  nksQueQuan?: Address;
  nksNoiSinh?: Address1;
  /**
   * Birth: the mother's full name.
   */
  meHoTen?: string;
  /**
   * Birth: the mother's date of birth, dd.MM.yyyy.
   */
  meNgaySinh?: string;
  /**
   * Birth: the mother's ethnicity code.
   */
  meDanToc?: string;
  /**
   * Birth: the mother's nationality code.
   */
  meQuocTich?: string;
  /**
   * Birth: the mother's residence type (int; 1 when the declaration had none, as PASETO defaults it).
   */
  meLoaiCuTru?: number;
  meNoiCuTru?: Address2;
  /**
   * Birth: the mother's ID-document number (the declaration's meSoGiayToTuyThan, else meSoDDCN).
   */
  meSoGiayTo?: string;
  /**
   * Birth: the father's full name.
   */
  chaHoTen?: string;
  /**
   * Birth: the father's date of birth, dd.MM.yyyy.
   */
  chaNgaySinh?: string;
  /**
   * Birth: the father's ethnicity code.
   */
  chaDanToc?: string;
  /**
   * Birth: the father's nationality code.
   */
  chaQuocTich?: string;
  /**
   * Birth: the father's residence type (int; 1 when the declaration had none, as PASETO defaults it).
   */
  chaLoaiCuTru?: number;
  chaNoiCuTru?: Address3;
  /**
   * Birth: the father's ID-document number (the declaration's chaSoGiayToTuyThan, else chaSoDDCN).
   */
  chaSoGiayTo?: string;
  /**
   * Death: the deceased's full name.
   */
  nktHoTen?: string;
  /**
   * Death: gender, 1 male, 2 female (int).
   */
  nktGioiTinh?: number;
  /**
   * Death: date of birth, dd.MM.yyyy.
   */
  nktNgaySinh?: string;
  /**
   * Death: ethnicity code.
   */
  nktDanToc?: string;
  /**
   * Death: nationality code.
   */
  nktQuocTich?: string;
  /**
   * Death: residence type (int; 1 when the declaration had none).
   */
  nktLoaiCuTru?: number;
  nktNoiCuTru?: Address4;
  /**
   * Death: ID-document number.
   */
  nktSoGiayTo?: string;
  /**
   * Death: date of death, dd.MM.yyyy.
   */
  nktNgayChet?: string;
  nktNoiChet?: Address5;
  /**
   * Death: cause of death.
   */
  nktNguyenNhanChet?: string;
  /**
   * Death: kind of the death notice (the declaration's gbtLoai).
   */
  giayBaoTuLoai?: string;
  /**
   * Death: number of the death notice (the declaration's gbtSo, else maGBT).
   */
  giayBaoTuSo?: string;
  /**
   * Requester's full name.
   */
  nycHoTen?: string;
  /**
   * Requester's relationship code.
   */
  nycQuanHe?: string;
  /**
   * Requester's ID-document number (the declaration's nycSoGiayToTuyThan, else nycSoDDCN).
   */
  nycSoGiayTo?: string;
  /**
   * Birth: the birth certificate, base64 PDF.
   */
  giayKhaiSinh?: string;
  /**
   * Death: the death extract, base64 PDF.
   */
  giayKhaiTu?: string;
  /**
   * Marriage: the marriage certificate, base64 PDF (marriage results are not documented; the simulator's shape: the registered chong…/vo… fields plus the register references).
   */
  giayChungNhanKetHon?: string;
  [k: string]: unknown | undefined;
}
/**
 * Birth: home town.
 */
export interface Address {
  /**
   * GSO province code.
   */
  maTinh?: string;
  /**
   * GSO district code.
   */
  maHuyen?: string;
  /**
   * GSO commune code.
   */
  maXa?: string;
  /**
   * House number, street, hamlet.
   */
  dcChiTiet?: string;
}
/**
 * Birth: place of birth.
 */
export interface Address1 {
  /**
   * GSO province code.
   */
  maTinh?: string;
  /**
   * GSO district code.
   */
  maHuyen?: string;
  /**
   * GSO commune code.
   */
  maXa?: string;
  /**
   * House number, street, hamlet.
   */
  dcChiTiet?: string;
}
/**
 * Birth: the mother's residence.
 */
export interface Address2 {
  /**
   * GSO province code.
   */
  maTinh?: string;
  /**
   * GSO district code.
   */
  maHuyen?: string;
  /**
   * GSO commune code.
   */
  maXa?: string;
  /**
   * House number, street, hamlet.
   */
  dcChiTiet?: string;
}
/**
 * Birth: the father's residence.
 */
export interface Address3 {
  /**
   * GSO province code.
   */
  maTinh?: string;
  /**
   * GSO district code.
   */
  maHuyen?: string;
  /**
   * GSO commune code.
   */
  maXa?: string;
  /**
   * House number, street, hamlet.
   */
  dcChiTiet?: string;
}
/**
 * Death: last residence.
 */
export interface Address4 {
  /**
   * GSO province code.
   */
  maTinh?: string;
  /**
   * GSO district code.
   */
  maHuyen?: string;
  /**
   * GSO commune code.
   */
  maXa?: string;
  /**
   * House number, street, hamlet.
   */
  dcChiTiet?: string;
}
/**
 * Death: place of death.
 */
export interface Address5 {
  /**
   * GSO province code.
   */
  maTinh?: string;
  /**
   * GSO district code.
   */
  maHuyen?: string;
  /**
   * GSO commune code.
   */
  maXa?: string;
  /**
   * House number, street, hamlet.
   */
  dcChiTiet?: string;
}

// hotich/shared/registry-record.json

/**
 * A registry record: register references plus the registered fields.
 */
export interface HoTichRegistryRecord {
  /**
   * Registry record id.
   */
  id: number;
  /**
   * Register entry number (soDangKy).
   */
  so: string;
  /**
   * Register book.
   */
  quyenSo: string;
  /**
   * Page.
   */
  trangSo: string;
  /**
   * Registering office code.
   */
  maDonVi: string;
  /**
   * One-stop receipt number.
   */
  maHoSo?: string;
  /**
   * Business code as received.
   */
  module: string;
  /**
   * Registration date, dd.MM.yyyy.
   */
  ngayDangKy?: string;
  /**
   * The registration result (ketQuaXuLy) with the v2 field names: register references, the new personal ID for a birth, the registered people.
   */
  ketQuaXuLy?: HoTichKetQuaXuLy;
  [k: string]: unknown | undefined;
}

// hotich/traDanhSachHoSo.request.json

/**
 * Full registry records for a list of registry ids.
 */
export interface TraDanhSachHoSoRequest {
  /**
   * GSO province code (2 digits).
   */
  maTinh: string | number;
  /**
   * Business code: KS/LTKS birth, KT/LTKT death, KH/LTKH marriage.
   */
  module: 'KS' | 'KT' | 'KH' | 'LTKS' | 'LTKT' | 'LTKH';
  /**
   * Registry record ids.
   *
   * @minItems 1
   * @maxItems 100
   */
  dsMaHoSo: [string | number, ...(string | number)[]];
}

// hotich/traDanhSachHoSo.response.json

/**
 * The records found.
 */
export interface TraDanhSachHoSoResponse {
  /**
   * Registry records.
   */
  records: HoTichRegistryRecord[];
}

// hotich/traHoSo.request.json

/**
 * A full registry record by its registry id.
 */
export interface HoTichTraHoSoRequest {
  /**
   * Business code: KS/LTKS birth, KT/LTKT death, KH/LTKH marriage.
   */
  module: 'KS' | 'KT' | 'KH' | 'LTKS' | 'LTKT' | 'LTKH';
  /**
   * Numeric registry record id (the id dangKyHoTich answered), a Long.
   */
  maHoSo: string | number;
}

// hotich/traHoSo.response.json

/**
 * The records found.
 */
export interface HoTichTraHoSoResponse {
  /**
   * Registry records.
   */
  records: HoTichRegistryRecord[];
}

// hotich/traTrangThaiHoSo.request.json

/**
 * State of one dossier.
 */
export interface TraTrangThaiHoSoRequest {
  /**
   * Registering office: GSO code of the district (3 digits) or commune (5 digits) in the MoJ catalogue; a Long in v1, a string in v2.
   */
  maDonVi: string | number;
  /**
   * One-stop receipt number of the dossier, e.g. 000.00.12.H99-260115-0003.
   */
  maHoSo: string;
}

// hotich/traTrangThaiHoSo.response.json

/**
 * The dossier's state.
 */
export interface TraTrangThaiHoSoResponse {
  /**
   * Registering office code.
   */
  maDonVi: string;
  /**
   * One-stop receipt number.
   */
  maHoSo: string;
  /**
   * Business code as received.
   */
  module: string;
  /**
   * Registry record id (traHoSo takes it).
   */
  id?: number;
  /**
   * v1 dossier state: 1 received, 2 needs more information, 3 eligible, 4 registered, 0 error or rejected.
   */
  status: number;
  /**
   * v2 state: 1 awaiting intake, 2 supplement required, 3 being processed, 4 registered, 6 rejected.
   */
  trangThai: string;
  /**
   * The state in words, with what is missing or why it was rejected.
   */
  statusDescription: string;
  /**
   * When the state last changed, dd/MM/yyyy HH:mm:ss.
   */
  thoiGianThucHien?: string;
  /**
   * What the citizen must supplement, or why the dossier was rejected.
   */
  ghiChu?: string;
  /**
   * Deadline for the supplement, dd/MM/yyyy HH:mm:ss.
   */
  hanBoSungHoSo?: string;
  /**
   * True when this dossier had already been received (nothing changed).
   */
  duplicate?: boolean;
}

// lltp/danhDauHsThanhCong.request.json

/**
 * Acknowledges pulled items, which then leave their pull list.
 */
export interface DanhDauHsThanhCongRequest {
  /**
   * DECLARATION_ID / declarationId values separated by ';', e.g. id1;id2.
   */
  declarationId: string;
  /**
   * 1 = in-person dossiers pulled (traHoSo 2), 2 = statuses pulled (traDsTrangThaiHs), 3 = online dossiers pulled (traHoSo 1).
   */
  infoType: 1 | 2 | 3;
}

// lltp/danhDauHsThanhCong.response.json

/**
 * Whether the acknowledgement was taken.
 */
export interface DanhDauHsThanhCongResponse {
  /**
   * "1" success, "0" failure.
   */
  STATUS: '1' | '0';
  /**
   * Empty on success; the reason on failure, naming the field or the record.
   */
  DESCRIPTION: string;
}

// lltp/layKetQua.request.json

/**
 * LLTP v2 poll (DOMAIN.md §6.2): the processing state and result of one dossier by its one-stop number. The native path /apiLyLichTuPhap/v2/layKetQua also takes authKey, which is checked at the edge and not kept in the message.
 */
export interface LltpLayKetQuaRequest {
  /**
   * GSO code of the province whose Department of Justice holds the dossier, e.g. 01 Hà Nội.
   */
  maTinh: string;
  /**
   * The one-stop's dossier number the request was sent under (v2 send's maHoSoMCDT, v1's idReceivedDec).
   */
  maHoSoMCDT: string;
}

// lltp/layKetQua.response.json

/**
 * The dossier's processing state in DVCQG codes (DOMAIN.md §9), and the certificate once issued.
 */
export interface LltpLayKetQuaResponse {
  /**
   * 1 success (a failure answers 0 in the native envelope).
   */
  status: 1;
  /**
   * "Thành công".
   */
  statusDescription: string;
  /**
   * The dossier asked for, as one item.
   *
   * @minItems 1
   * @maxItems 1
   *
   * Items: State and result of one dossier.
   */
  value: [
    {
      /**
       * The one-stop's dossier number, as sent.
       */
      maHoSoMCDT: string;
      /**
       * DVCQG status code (DOMAIN.md §9): 2 accepted (LLTP 3 received), 4 processing (LLTP 4), 9 done with the result present (LLTP 5 issued), 3 not accepted (LLTP 6 refused).
       */
      trangThaiXuLy: '2' | '3' | '4' | '9';
      /**
       * Label of the status code, as in DOMAIN.md §9.
       */
      tenTrangThaiXuLy: string;
      /**
       * Why the request was refused (trangThaiXuLy 3).
       */
      lyDoTuChoi?: string;
      /**
       * Promised day of the result, dd/MM/yyyy (the send's toKhai.ngayHenTra).
       */
      ngayHenTraKetQua?: string;
      /**
       * The issued certificate with its PDF in phieuLLTP, present once trangThaiXuLy is 9.
       */
      ketQuaXuLy?: LltpCertificate;
    }
  ];
}

// lltp/nhanHoSoDangKy.request.json

/**
 * A one-stop desk pushes a judicial-record certificate request to the LLTP service (v1 names of the QB guide). The native path also takes PASETO's names (declarationForm, residenceForm, mandatorForm, the unit in declarationForm.ministryJusticeId), any key casing, and numeric codes as numeric strings, and translates them into this body.
 */
export interface NhanHoSoDangKyRequest {
  /**
   * LLTP's ID of the receiving Department of Justice (traDanhMuc infoType 5), e.g. 5044 for Quảng Bình.
   */
  idMinistryJustice: number;
  /**
   * The one-stop's receipt number, unique per sending agency; PASETO sends the dossier number's yyMMdd + serial, e.g. 2601150007.
   */
  idReceivedDec: string;
  /**
   * Day the one-stop received the request, dd/MM/yyyy.
   */
  dateReceivedDec: string;
  /**
   * Promised day of the result, dd/MM/yyyy; not before dateReceivedDec. Absent (PASETO sends null when the one-stop set no appointment day): LLTP sets its own, 10 days after dateReceivedDec (Law on Judicial Records 2009, Art. 48).
   */
  datePromissoryDec?: string;
  /**
   * Fee receipt number; PASETO sends "0".
   */
  idMoneyReceipt?: string;
  /**
   * The declaration form (tờ khai): the person concerned, their ID document, family and the request.
   */
  declarationWSForm: {
    /**
     * Full name with diacritics.
     */
    fullName: string;
    /**
     * Other names used.
     */
    otherName?: string;
    /**
     * Gender: 1 male, 0 female (LLTP v1 codes).
     */
    genderId: 0 | 1;
    /**
     * Birth date as a partial date: dd/MM/yyyy, MM/yyyy or yyyy.
     */
    birthDateStr: string;
    /**
     * Place of birth as text.
     */
    birthPlace?: string;
    /**
     * Nationality, LLTP catalogue ID (traDanhMuc infoType 2), e.g. 3106 Việt Nam.
     */
    nationalityId: number;
    /**
     * Ethnicity, LLTP catalogue ID (traDanhMuc infoType 3), e.g. 55305 Kinh.
     */
    ethnicId?: number;
    /**
     * Contact phone number, digits only.
     */
    phone: string;
    /**
     * Contact e-mail address.
     */
    email?: string;
    /**
     * Permanent residence as text.
     */
    residence?: string;
    /**
     * Administrative unit of the permanent residence (traDanhMuc infoType 1); -1 when not given.
     */
    reRegionId?: number;
    /**
     * Temporary residence as text.
     */
    residenceTemporary?: string;
    /**
     * Administrative unit of the temporary residence; -1 when not given.
     */
    rtRegionId?: number;
    /**
     * ID document type: 1 CMND, 0 passport, 2 permanent-residence card, 3 CCCD.
     */
    idTypeId: 0 | 1 | 2 | 3;
    /**
     * Number of the ID document: 12 digits for a CCCD, 9 or 12 for a CMND, letters and digits for a passport or card.
     */
    identifyNo: string;
    /**
     * Issue date of the ID document, dd/MM/yyyy.
     */
    idIssueDate?: string;
    /**
     * Issuing authority of the ID document.
     */
    idIssuePlace?: string;
    /**
     * Father's full name.
     */
    dadName?: string;
    /**
     * Father's birth date, partial date.
     */
    dadDob?: string;
    /**
     * Mother's full name.
     */
    momName?: string;
    /**
     * Mother's birth date, partial date.
     */
    momDob?: string;
    /**
     * Spouse's full name.
     */
    partnerName?: string;
    /**
     * Spouse's birth date, partial date.
     */
    partnerDob?: string;
    /**
     * Receiving unit, LLTP's ID; PASETO puts it here instead of idMinistryJustice. When both are sent they must agree.
     */
    ministryJusticeId?: number;
    /**
     * Day the declaration was signed, dd/MM/yyyy.
     */
    declareDate: string;
    /**
     * Who asks: 3846 the person, 3845 someone the person authorised (needs mandatorWSForm), 3847 an agency or organisation, 3844 a procedural body.
     */
    declareTypeId: 3844 | 3845 | 3846 | 3847;
    /**
     * Number of certificates requested, at least 1.
     */
    requestQty: number;
    /**
     * Additional copies beyond the first ones.
     */
    requestQtyAdd?: number;
    /**
     * Kind of requester: 72 Vietnamese citizen, 71 foreigner, 74 procedural body, 73 agency or organisation.
     */
    objectRequestId: 71 | 72 | 73 | 74;
    /**
     * Requesting agency (traDanhMuc infoType 4) for declareTypeId 3847 and 3844; -1 otherwise.
     */
    agencyRequestId?: number;
    /**
     * Administrative unit of the requesting agency.
     */
    regionRequestId?: number;
    /**
     * Certificate form: 1 = form No. 1 (convictions on record only), 2 = form No. 2 (every conviction, expunged ones included).
     */
    formType: 1 | 2;
    /**
     * 1 to also certify bans on holding positions in enterprises and cooperatives (form No. 1), else 0.
     */
    isBanPosition?: 0 | 1;
    /**
     * 1 to have the certificate posted to deliveryAddress, else 0.
     */
    delivery?: 0 | 1;
    /**
     * Postal address for delivery.
     */
    deliveryAddress?: string;
    /**
     * District of the delivery address.
     */
    deliveryDistrict?: string;
    /**
     * Free-text note.
     */
    note?: string;
    /**
     * Purpose of the request (a maMucDich code or free text).
     */
    purpose?: string;
    /**
     * One-stop receipt number printed on the slip.
     */
    receiveNo?: string;
    /**
     * Encrypted national-portal ID of an online application, when an online applicant files at the one-stop; such a dossier is listed by traHoSo infoType 1.
     */
    declarationPortalID?: string;
  };
  /**
   * Residence history since age 14, oldest first.
   *
   * @minItems 1
   * @maxItems 50
   *
   * Items: One residence period.
   */
  residenceWSForm: [
    {
      /**
       * Start of the period, partial date (dd/MM/yyyy, MM/yyyy or yyyy).
       */
      fromDateStr: string;
      /**
       * End of the period, partial date; not before fromDateStr.
       */
      toDateStr: string;
      /**
       * Where the person lived.
       */
      residencePlace: string;
      /**
       * Occupation during the period.
       */
      jobName?: string;
      /**
       * Workplace during the period.
       */
      workPlace?: string;
    },
    ...{
      /**
       * Start of the period, partial date (dd/MM/yyyy, MM/yyyy or yyyy).
       */
      fromDateStr: string;
      /**
       * End of the period, partial date; not before fromDateStr.
       */
      toDateStr: string;
      /**
       * Where the person lived.
       */
      residencePlace: string;
      /**
       * Occupation during the period.
       */
      jobName?: string;
      /**
       * Workplace during the period.
       */
      workPlace?: string;
    }[]
  ];
  /**
   * The authorised person, for declareTypeId 3845 (a request by proxy).
   */
  mandatorWSForm?: {
    /**
     * Full name of the authorised person.
     */
    fullName: string;
    /**
     * Gender: 1 male, 0 female.
     */
    genderId?: 0 | 1;
    /**
     * Birth date, partial date.
     */
    birthDateStr?: string;
    /**
     * Administrative unit of the place of birth.
     */
    birthPlaceId?: number;
    /**
     * Residence as text.
     */
    residence?: string;
    /**
     * Administrative unit of the residence.
     */
    regionId?: number;
    /**
     * ID document type: 1 CMND, 0 passport, 2 permanent-residence card, 3 CCCD.
     */
    idTypeId?: 0 | 1 | 2 | 3;
    /**
     * Number of the ID document.
     */
    identifyNo?: string;
    /**
     * Issue date of the ID document, dd/MM/yyyy.
     */
    idIssueDate?: string;
    /**
     * Issuing authority of the ID document.
     */
    idIssuePlace?: string;
    /**
     * Relation to the person concerned.
     */
    mandatorRelation?: string;
    /**
     * Date of the authorisation, dd/MM/yyyy.
     */
    mandatorDate?: string;
  };
}

// lltp/nhanHoSoDangKy.response.json

/**
 * The request was registered.
 */
export interface NhanHoSoDangKyResponse {
  /**
   * "1" success, "0" failure.
   */
  STATUS: '1' | '0';
  /**
   * Empty for a new request; "Hồ sơ đã được tiếp nhận trước đó" for a resend of the same request.
   */
  DESCRIPTION: string;
  /**
   * LLTP's (encrypted) dossier ID.
   */
  ID: string;
  /**
   * Appointment-slip number LLTP gave the dossier (a simulator addition; real clients ignore it).
   */
  APPOINTMENT_NO?: string;
  /**
   * The dossier's current status: 3 for a new request; a resend of the same request reports where it is now (a simulator addition).
   */
  DEC_STATUS_ID?: 3 | 4 | 5 | 6;
}

// lltp/shared/certificate.json

/**
 * An issued judicial-record certificate in the LLTP v2 ketQuaXuLy names, with the PDF; traTrangThaiHs, traHoSo and the v2 poll (layKetQua) answer it.
 */
export interface LltpCertificate {
  /**
   * Certificate number.
   */
  soPhieuLLTP: string;
  /**
   * Issue date, dd/MM/yyyy.
   */
  ngayCapPhieu: string;
  /**
   * Form: 1 or 2.
   */
  loaiPhieu: 1 | 2;
  /**
   * Name of the person concerned.
   */
  hoTen?: string;
  /**
   * ID document number of the person concerned.
   */
  soGiayTo?: string;
  /**
   * Officer who drew up the certificate.
   */
  nguoiLapPhieu?: string;
  /**
   * Signatory.
   */
  nguoiKy?: string;
  /**
   * Signatory's position.
   */
  chucVu?: string;
  /**
   * 1 no criminal record, 2 a conviction on record, 3 only expunged convictions (form No. 2).
   */
  tinhTrangAnTich: 1 | 2 | 3;
  /**
   * The criminal-record status as printed.
   */
  tenTinhTrangAnTich: string;
  /**
   * Bans on holding positions: 0 not requested, 1 none, 2 banned.
   */
  thongTinCDNCV?: 0 | 1 | 2;
  /**
   * The ban status as printed.
   */
  tenThongTinCDNCV?: string;
  /**
   * Judgments the form shows (form No. 1: on record only; form No. 2: all).
   *
   * Items: One judgment as the certificate prints it.
   */
  thongTinAn: {
    /**
     * Judgment number, e.g. 112/2024/HS-ST.
     */
    soBanAn?: string;
    /**
     * Judgment date, dd/MM/yyyy.
     */
    ngayBanAn?: string;
    /**
     * The court that passed it, as PASETO reads it (DOMAIN.md §6.2, C:P/lltp); no court code list is published, so the simulator writes the court's name (I).
     */
    toaDaTuyen?: string;
    /**
     * The court's name.
     */
    tenToaDaTuyen?: string;
    /**
     * Offences.
     *
     * Items: One offence.
     */
    dsToiDanh?: {
      /**
       * The offence as the article of the 2015 Criminal Code, e.g. Điều 173.
       */
      toiDanh?: string;
      /**
       * Name of the offence.
       */
      tenToiDanh?: string;
    }[];
    /**
     * Main penalties.
     *
     * Items: One penalty.
     */
    dsHinhPhatChinh?: {
      /**
       * Penalty code; empty, as no code list is published (I).
       */
      maHinhPhat?: string;
      /**
       * The penalty as printed.
       */
      tenHinhPhat?: string;
      /**
       * A note on the penalty.
       */
      ghiChu?: string;
    }[];
    /**
     * Additional penalties.
     *
     * Items: One penalty.
     */
    dsHinhPhatBoSung?: {
      /**
       * Penalty code; empty, as no code list is published (I).
       */
      maHinhPhat?: string;
      /**
       * The penalty as printed.
       */
      tenHinhPhat?: string;
      /**
       * What the additional penalty imposes.
       */
      noiDungHinhPhatBoSung?: string;
    }[];
    /**
     * Day the sentence was fully served, dd/MM/yyyy; empty while it is being served.
     */
    ngayChapHanh?: string;
    /**
     * Day the conviction was expunged, dd/MM/yyyy; empty while it is on record (form No. 2 only shows expunged ones).
     */
    ngayXoaAn?: string;
    /**
     * Articles applied, e.g. Điều 173.
     */
    dieuKhoan?: string;
    /**
     * Court fees; empty when the seed records none.
     */
    anPhi?: string;
    /**
     * Civil obligations; empty when the seed records none.
     */
    nghiaVuDanSu?: string;
    /**
     * Execution: "Đã chấp hành xong" once served, else "Đang chấp hành".
     */
    tinhTrangThiHanh?: string;
    /**
     * "Đã được xóa án tích" or "Chưa được xóa án tích".
     */
    tinhTrangXoaAn?: string;
  }[];
  /**
   * Bans on holding positions the certificate shows.
   *
   * Items: One ban on holding positions.
   */
  dsCDNCV: {
    /**
     * Decision number.
     */
    soQuyetDinh?: string;
    /**
     * Decision date, dd/MM/yyyy.
     */
    ngayQuyetDinh?: string;
    /**
     * The court that decided.
     */
    toaAnQD?: string;
    /**
     * Positions the person may not hold.
     */
    chucVuCam?: string;
    /**
     * Length of the ban, e.g. 03 năm.
     */
    thoiHanCam?: string;
    /**
     * First day of the ban, dd/MM/yyyy.
     */
    camTuNgay?: string;
  }[];
  /**
   * The certificate as a PDF, base64.
   */
  phieuLLTP: string;
}

// lltp/traDanhMuc.request.json

/**
 * One LLTP catalogue.
 */
export interface TraDanhMucRequest {
  /**
   * 1 administrative units, 2 nationalities, 3 ethnicities, 4 requesting agencies, 5 receiving units (Departments of Justice).
   */
  infoType: 1 | 2 | 3 | 4 | 5;
}

// lltp/traDanhMuc.response.json

/**
 * The catalogue's rows.
 */
export interface TraDanhMucResponse {
  /**
   * "1" success, "0" failure.
   */
  STATUS: '1' | '0';
  /**
   * Empty on success; the reason on failure, naming the field or the record.
   */
  DESCRIPTION: string;
  /**
   * Rows of the catalogue.
   *
   * Items: One row.
   */
  LISTCONTENT: {
    /**
     * The row's ID as the other operations take it; administrative units use their GSO code as a number.
     */
    ID: number;
    /**
     * Name.
     */
    NAME: string;
    /**
     * Administrative units only: the GSO code of the parent unit (0 for a province).
     */
    PARENT_ID?: number;
    /**
     * Administrative units only: 1 province, 2 district, 3 commune.
     */
    LEVEL?: number;
  }[];
}

// lltp/traDsTrangThaiHs.request.json

/**
 * Dossiers whose status changed and was not yet acknowledged (danhDauHsThanhCong infoType 2).
 */
export interface TraDsTrangThaiHsRequest {
  /**
   * 1 = dossiers filed directly at LLTP, 2 = dossiers filed via the one-stop.
   */
  infoType: 1 | 2;
}

// lltp/traDsTrangThaiHs.response.json

/**
 * The changed statuses, oldest change first.
 */
export interface TraDsTrangThaiHsResponse {
  /**
   * "1" success, "0" failure.
   */
  STATUS: '1' | '0';
  /**
   * Empty on success; the reason on failure, naming the field or the record.
   */
  DESCRIPTION: string;
  /**
   * One row per dossier, with its latest status.
   *
   * Items: A status.
   */
  LISTCONTENT: {
    /**
     * LLTP's (encrypted) dossier ID; acknowledge it with danhDauHsThanhCong infoType 2.
     */
    DECLARATION_ID: string;
    /**
     * 3 received, 4 processing, 5 issued, 6 refused.
     */
    DEC_STATUS_ID: 3 | 4 | 5 | 6;
    /**
     * Name of the status.
     */
    DEC_STATUS_NAME: string;
    /**
     * Approval day, dd/MM/yyyy; empty before.
     */
    APPROVE_DATE: string;
    /**
     * Appointment-slip number.
     */
    APPOINTMENT_NO: string;
    /**
     * The one-stop's receipt number (idReceivedDec); empty for a dossier filed directly.
     */
    RECEIVE_NO: string;
    /**
     * Issue day, dd/MM/yyyy; empty before.
     */
    ISSUE_DATE: string;
    /**
     * Why the request was refused; empty otherwise.
     */
    REFUSE_REASON?: string;
  }[];
}

// lltp/traHoSo.request.json

/**
 * Dossiers filed directly at LLTP, for the one-stop to pull; they stay listed until acknowledged with danhDauHsThanhCong.
 */
export interface TraHoSoRequest {
  /**
   * 1 = filed online, 2 = filed in person at the Department of Justice.
   */
  infoType: 1 | 2;
}

// lltp/traHoSo.response.json

/**
 * The dossiers not yet acknowledged.
 */
export interface TraHoSoResponse {
  /**
   * "1" success, "0" failure.
   */
  STATUS: '1' | '0';
  /**
   * Empty on success; the reason on failure, naming the field or the record.
   */
  DESCRIPTION: string;
  /**
   * One entry per dossier, oldest first.
   *
   * Items: A dossier.
   */
  LISTCONTENT: {
    /**
     * Every field of the declaration form (as in nhanHoSoDangKy's declarationWSForm) plus the fields listed here.
     */
    declarationTraHoSoForm: {
      /**
       * LLTP's (encrypted) dossier ID; acknowledge it with danhDauHsThanhCong.
       */
      declarationId: string;
      /**
       * Five-digit online-application code.
       */
      declarationCode: string;
      /**
       * Appointment-slip number (traTrangThaiHs infoType 1 looks it up).
       */
      appointmentNo: string;
      /**
       * How the certificate is handed over: 0 at the desk, 1 by post.
       */
      giveProfileType?: number;
      /**
       * Postal address for delivery.
       */
      giveProfileAddress?: string;
      /**
       * District of the delivery address.
       */
      giveProfileDistrict?: string;
      /**
       * Encrypted national-portal ID of an online application.
       */
      declarationPortalID?: string;
      /**
       * Day the dossier was received, dd/MM/yyyy.
       */
      receiveDate: string;
      /**
       * Promised day of the result, dd/MM/yyyy.
       */
      appointmentDate: string;
      /**
       * Day the certificate was issued, dd/MM/yyyy; empty before.
       */
      issueDate?: string;
      /**
       * Status, as DEC_STATUS_ID.
       */
      decStatusId: 3 | 4 | 5 | 6;
      /**
       * Name of the status.
       */
      decStatusName: string;
    };
    /**
     * Residence history.
     *
     * Items: One residence period, as in nhanHoSoDangKy.
     */
    residenceWSForm: {}[];
    /**
     * The authorised person, when there is one.
     */
    mandatorWSForm?: {};
    /**
     * The issued certificate once DEC_STATUS_ID is 5, with its PDF in phieuLLTP.
     */
    ketQuaXuLy?: LltpCertificate;
  }[];
}

// lltp/traKetQuaHoSoLLTP.request.json

/**
 * LLTP v2 result push to VNeID (DOMAIN.md §6.2): the one-stop reports the state of a dossier filed on VNeID, and the certificate once issued. PASETO sends every member as a string (C# string? members, empty or null when unset).
 */
export interface TraKetQuaHoSoLltpRequest {
  /**
   * GSO code of the province of the one-stop, e.g. 38.
   */
  maTinh?: string;
  /**
   * Name of the province (PASETO sends its group name).
   */
  tenTinh?: string;
  /**
   * The one-stop's dossier number.
   */
  maHoSoMCDT: string;
  /**
   * New state in DVCQG codes (DOMAIN.md §9): 1 submitted … 9 result ready, 10 handed over.
   */
  trangThaiXuLy: '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '10';
  /**
   * The state's label, e.g. Đã xử lý xong.
   */
  tenTrangThaiXuLy?: string;
  /**
   * Why the dossier was not accepted (state 3) or what must be supplemented (state 5).
   */
  lyDoTuChoi?: string;
  /**
   * Promised result day, dd/MM/yyyy.
   */
  ngayHenTraKetQua?: string;
  /**
   * Kind of push; PASETO sends a constant of its own (e.g. a withdrawal of the certificate, with quyetDinhThuHoi). Kept as sent.
   */
  type?: string;
  /**
   * The certificate (states 9 and 10), as PASETO copies it from the v2 poll: soPhieuLLTP, ngayCapPhieu, loaiPhieu, nguoiLapPhieu, nguoiKy, chucVu, tinhTrangAnTich, tenTinhTrangAnTich, thongTinCDNCV, tenThongTinCDNCV, thongTinAn[], dsCDNCV[], phieuLLTP (base64 PDF), quyetDinhThuHoi (base64). Other members are kept and ignored.
   */
  ketQuaXuLy?: {
    /**
     * Certificate number.
     */
    soPhieuLLTP?: string;
    /**
     * Issue day, dd/MM/yyyy.
     */
    ngayCapPhieu?: string;
    /**
     * Form 1 or 2.
     */
    loaiPhieu?: string | number;
    /**
     * The certificate as a base64 PDF.
     */
    phieuLLTP?: string;
    /**
     * A withdrawal decision as base64, when the certificate is withdrawn.
     */
    quyetDinhThuHoi?: string;
    /**
     * Judgments, with the member names PASETO reads (soBanAn, ngayBanAn, toaDaTuyen, tenToaDaTuyen, dsToiDanh, dsHinhPhatChinh, dsHinhPhatBoSung, ngayChapHanh, ngayXoaAn, dieuKhoan, anPhi, nghiaVuDanSu, tinhTrangThiHanh).
     *
     * Items: One judgment.
     */
    thongTinAn?: {
      [k: string]: unknown | undefined;
    }[];
    /**
     * Bans on holding positions (soQuyetDinh, ngayQuyetDinh, toaAnQD, chucVuCam, thoiHanCam, camTuNgay).
     *
     * Items: One ban.
     */
    dsCDNCV?: {
      [k: string]: unknown | undefined;
    }[];
    [k: string]: unknown | undefined;
  };
}

// lltp/traKetQuaHoSoLLTP.response.json

/**
 * VNeID's answer to a result push (DOMAIN.md §6.2): statusCode 00 taken; 01 refused (errorDetail contains "không thể cập nhật lên trạng thái" when the dossier is already in that state, which PASETO counts as done); 03 interrupted, retry ("Yêu cầu bị gián đoạn. Vui lòng thử lại.").
 */
export interface TraKetQuaHoSoLltpResponse {
  /**
   * 00 OK, 01 error, 03 interrupted (retry).
   */
  statusCode: '00' | '01' | '03';
  /**
   * On 00: the state VNeID now holds, { maHoSoMCDT, trangThaiXuLy, ngayCapNhat }; null otherwise.
   */
  data: null | {
    /**
     * The dossier number.
     */
    maHoSoMCDT: string;
    /**
     * The state now held.
     */
    trangThaiXuLy: string;
    /**
     * When it was taken, dd/MM/yyyy HH:mm:ss (simulation time, Vietnam).
     */
    ngayCapNhat: string;
  };
  /**
   * Why it was refused; null on 00.
   */
  errorDetail: string | null;
}

// lltp/traTrangThaiHs.request.json

/**
 * Status of one dossier.
 */
export interface TraTrangThaiHsRequest {
  /**
   * infoType 2: the one-stop's receipt number (idReceivedDec of nhanHoSoDangKy); infoType 1: the appointment-slip number (appointmentNo).
   */
  idReceivedDec: string;
  /**
   * 1 = filed directly at LLTP (online or in person), 2 = filed via the one-stop.
   */
  infoType: 1 | 2;
  /**
   * infoType 1: the ID or passport number of the person concerned, which must match the dossier; ignored for infoType 2.
   */
  identifyNo?: string;
}

// lltp/traTrangThaiHs.response.json

/**
 * The dossier's status, and the certificate once issued.
 */
export interface TraTrangThaiHsResponse {
  /**
   * "1" success, "0" failure.
   */
  STATUS: '1' | '0';
  /**
   * Empty on success; the reason on failure, naming the field or the record.
   */
  DESCRIPTION: string;
  /**
   * LLTP's (encrypted) dossier ID.
   */
  DECLARATION_ID?: string;
  /**
   * 3 received from the one-stop, 4 processing, 5 certificate issued, 6 refused.
   */
  DEC_STATUS_ID: 3 | 4 | 5 | 6;
  /**
   * Name of the status.
   */
  DEC_STATUS_NAME: string;
  /**
   * Day the certificate was approved, dd/MM/yyyy; empty before.
   */
  APPROVE_DATE: string;
  /**
   * Day the certificate was issued, dd/MM/yyyy; empty before.
   */
  ISSUE_DATE: string;
  /**
   * Why the request was refused (DEC_STATUS_ID 6); empty otherwise.
   */
  REFUSE_REASON?: string;
  /**
   * The issued certificate (present once DEC_STATUS_ID is 5), in the LLTP v2 ketQuaXuLy names.
   */
  ketQuaXuLy?: LltpCertificate;
}

// lltp/v2/layKetQua.request.json

/**
 * The LLTP v2 poll as the one-stop posts it to /apiLyLichTuPhap/v2/layKetQua (DOMAIN.md §6.2): the body of lltp.layKetQua plus authKey. The native door reads the body against this schema, noting each leniency, and passes it on without authKey.
 */
export interface LltpV2LayKetQuaRequest {
  /**
   * The key LGSP issues to each one-stop system (PASETO sends a string). Any non-empty value is taken, a number too, so that the key never appears in a coercion; a bearer token from POST /token may stand in for it. It is checked at the edge and kept neither in the message nor in the journal.
   */
  authKey?: string | number;
  /**
   * GSO code of the province whose Department of Justice holds the dossier, e.g. 01 Hà Nội.
   */
  maTinh: string;
  /**
   * The one-stop's dossier number the request was sent under.
   */
  maHoSoMCDT: string;
}

// lltp/v2/nhanHoSo.request.json

/**
 * The LLTP v2 send as the one-stop posts it to /apiLyLichTuPhap/v2/nhanHoSo (DOMAIN.md §6.2; the members of PASETO's DataLGSP and ToKhaiLGSP, every value a string). The native door reads the body against this schema, noting each leniency at these paths, and then translates it into the v1 body of lltp.nhanHoSoDangKy (adapters/judicial-records/v2-field-names.ts).
 */
export interface LltpV2NhanHoSoRequest {
  /**
   * The key LGSP issues to each one-stop system (PASETO sends a string). Any non-empty value is taken, a number too, so that the key never appears in a coercion; a bearer token from POST /token may stand in for it. It is checked at the edge and kept neither in the message nor in the journal.
   */
  authKey?: string | number;
  /**
   * GSO code of the province whose Department of Justice receives the request, e.g. 01 Hà Nội (v1 idMinistryJustice).
   */
  maTinh: string;
  /**
   * Name of the province; not kept.
   */
  tenTinh?: string;
  /**
   * The one-stop's dossier number (v1 idReceivedDec and receiveNo), e.g. 000.00.12.H99-260115-0001.
   */
  maHoSoMCDT: string;
  /**
   * Code of the channel the application came through; not kept.
   */
  nguonDangKy?: string;
  /**
   * Name of that channel; not kept.
   */
  tenNguonDangKy?: string;
  /**
   * When the one-stop received the request, dd/MM/yyyy HH:mm:ss or dd/MM/yyyy (v1 dateReceivedDec and declareDate).
   */
  ngayTiepNhan: string;
  /**
   * The declaration (tờ khai).
   */
  toKhai: {
    /**
     * Promised day of the result, dd/MM/yyyy; PASETO sends null when the one-stop set none, and LLTP then sets its own (10 days after ngayTiepNhan).
     */
    ngayHenTra?: string;
    /**
     * 1 born in Viet Nam, 2 abroad; not kept.
     */
    nycNoiSinhNuocNgoai?: '1' | '2';
    /**
     * Certificate form: 1 = form No. 1, 2 = form No. 2 (v1 formType).
     */
    loaiPhieu?: '1' | '2';
    /**
     * 1 to also certify bans on holding positions (v1 isBanPosition), else 0.
     */
    yeuCauCDNCV?: '0' | '1';
    /**
     * Purpose, a code of LLTP's purpose list (two digits, e.g. 01); its name becomes v1 purpose unless tenMucDich is sent.
     */
    maMucDich?: string;
    /**
     * Purpose as text; not kept (tenMucDich and mucDichKhac are).
     */
    mucDich?: string;
    /**
     * Name of the purpose (v1 purpose).
     */
    tenMucDich?: string;
    /**
     * Number of certificates requested, digits (v1 requestQty); 1 when absent.
     */
    soLuongCap?: string;
    /**
     * Applicant: full name (v1 fullName).
     */
    nycHoTen?: string;
    /**
     * Applicant: other names used (v1 otherName).
     */
    nycTenGoiKhac?: string;
    /**
     * Applicant: gender, 1 male, 2 female (v1 genderId 1, 0).
     */
    nycGioiTinh?: '1' | '2';
    /**
     * Applicant: name of the gender; not kept.
     */
    nycTenGioiTinh?: string;
    /**
     * Applicant: name of the ID-document type; not kept.
     */
    nycTenLoaiGiayTo?: string;
    /**
     * Applicant: birth date, partial date dd/MM/yyyy, MM/yyyy or yyyy (v1 birthDateStr).
     */
    nycNgaySinh?: string;
    /**
     * Applicant: permanent residence (v1 residence, and reRegionId from its smallest unit).
     */
    nycThuongTru?:
      | string
      | {
          /**
           * GSO province code (2 digits), e.g. 01.
           */
          maTinhThanh?: string;
          /**
           * Name of the province.
           */
          tenTinhThanh?: string;
          /**
           * GSO district code (3 digits), e.g. 001.
           */
          maQuanHuyen?: string;
          /**
           * Name of the district.
           */
          tenQuanHuyen?: string;
          /**
           * GSO commune code (5 digits), e.g. 00001.
           */
          maPhuongXa?: string;
          /**
           * Name of the commune.
           */
          tenPhuongXa?: string;
          /**
           * House number, street, hamlet.
           */
          dcChiTiet?: string;
        };
    /**
     * Applicant: temporary residence (v1 residenceTemporary and rtRegionId).
     */
    nycTamTru?:
      | string
      | {
          /**
           * GSO province code (2 digits), e.g. 01.
           */
          maTinhThanh?: string;
          /**
           * Name of the province.
           */
          tenTinhThanh?: string;
          /**
           * GSO district code (3 digits), e.g. 001.
           */
          maQuanHuyen?: string;
          /**
           * Name of the district.
           */
          tenQuanHuyen?: string;
          /**
           * GSO commune code (5 digits), e.g. 00001.
           */
          maPhuongXa?: string;
          /**
           * Name of the commune.
           */
          tenPhuongXa?: string;
          /**
           * House number, street, hamlet.
           */
          dcChiTiet?: string;
        };
    /**
     * Applicant: phone number, 8 to 15 digits (v1 phone).
     */
    nycDienThoai?: string;
    /**
     * Applicant: e-mail address (v1 email).
     */
    nycEmail?: string;
    /**
     * Applicant: number of the ID document (v1 identifyNo).
     */
    nycSoGiayTo?: string;
    /**
     * Applicant: ID-document type (v1 idTypeId).
     */
    nycLoaiGiayTo?: string;
    /**
     * Applicant: issue date of the ID document (v1 idIssueDate).
     */
    nycNgayCapGiayTo?: string;
    /**
     * Applicant: issuing authority of the ID document (v1 idIssuePlace).
     */
    nycNoiCapGiayTo?: string;
    /**
     * Applicant: nationality (v1 nationalityId; VN makes objectRequestId 72, any other 71).
     */
    nycQuocTich?: string;
    /**
     * Applicant: name of the nationality; not kept.
     */
    nycTenQuocTich?: string;
    /**
     * Applicant: ethnicity (v1 ethnicId).
     */
    nycDanToc?: string;
    /**
     * Applicant: name of the ethnicity; not kept.
     */
    nycTenDanToc?: string;
    /**
     * Father's full name (v1 dadName).
     */
    nycHoTenCha?: string;
    /**
     * Father's birth date, partial date (v1 dadDob).
     */
    chaNgaySinh?: string;
    /**
     * Father's ID-document type; not kept.
     */
    chaLoaiGiayTo?: string;
    /**
     * Father's ID-document number; not kept.
     */
    chaSoGiayTo?: string;
    /**
     * Mother's full name (v1 momName).
     */
    nycHoTenMe?: string;
    /**
     * Mother's birth date, partial date (v1 momDob).
     */
    meNgaySinh?: string;
    /**
     * Mother's ID-document type; not kept.
     */
    meLoaiGiayTo?: string;
    /**
     * Mother's ID-document number; not kept.
     */
    meSoGiayTo?: string;
    /**
     * Spouse's full name (v1 partnerName).
     */
    nycHoTenVoChong?: string;
    /**
     * Spouse's birth date, partial date (v1 partnerDob).
     */
    voChongNgaySinh?: string;
    /**
     * Spouse's ID-document type; not kept.
     */
    voChongLoaiGiayTo?: string;
    /**
     * Spouse's ID-document number; not kept.
     */
    voChongSoGiayTo?: string;
    /**
     * Applicant: place of birth (v1 birthPlace, as one line).
     */
    nycNoiSinh?:
      | string
      | {
          /**
           * GSO province code (2 digits), e.g. 01.
           */
          maTinhThanh?: string;
          /**
           * Name of the province.
           */
          tenTinhThanh?: string;
          /**
           * GSO district code (3 digits), e.g. 001.
           */
          maQuanHuyen?: string;
          /**
           * Name of the district.
           */
          tenQuanHuyen?: string;
          /**
           * GSO commune code (5 digits), e.g. 00001.
           */
          maPhuongXa?: string;
          /**
           * Name of the commune.
           */
          tenPhuongXa?: string;
          /**
           * House number, street, hamlet.
           */
          dcChiTiet?: string;
        };
    /**
     * 1 when an authorised person files for the applicant (v1 declareTypeId 3845, with mandatorWSForm), else 0 (3846).
     */
    uyQuyen?: '0' | '1';
    /**
     * Authorised person: full name (v1 mandatorWSForm.fullName).
     */
    uyQuyenHoTen?: string;
    /**
     * Authorised person: other names; not kept.
     */
    nuqTenGoiKhac?: string;
    /**
     * Authorised person: gender (v1 mandatorWSForm.genderId).
     */
    nuqGioiTinh?: '1' | '2';
    /**
     * Authorised person: birth date, partial date (v1 mandatorWSForm.birthDateStr).
     */
    nuqNgaySinh?: string;
    /**
     * Authorised person: name of the ethnicity; not kept.
     */
    nuqTenDanToc?: string;
    /**
     * Authorised person: ethnicity; not kept.
     */
    nuqDanToc?: string;
    /**
     * Authorised person: name of the nationality; not kept.
     */
    nuqTenQuocTich?: string;
    /**
     * Authorised person: nationality; not kept.
     */
    nuqQuocTich?: string;
    /**
     * Authorised person: e-mail address; not kept.
     */
    nuqEmail?: string;
    /**
     * Authorised person: relation to the applicant (v1 mandatorRelation; the name is PASETO's, sic).
     */
    nyqQuanHe?: string;
    /**
     * Authorised person: residence (v1 mandatorWSForm.residence, as one line).
     */
    nuqThuongTruChiTiet?:
      | string
      | {
          /**
           * GSO province code (2 digits), e.g. 01.
           */
          maTinhThanh?: string;
          /**
           * Name of the province.
           */
          tenTinhThanh?: string;
          /**
           * GSO district code (3 digits), e.g. 001.
           */
          maQuanHuyen?: string;
          /**
           * Name of the district.
           */
          tenQuanHuyen?: string;
          /**
           * GSO commune code (5 digits), e.g. 00001.
           */
          maPhuongXa?: string;
          /**
           * Name of the commune.
           */
          tenPhuongXa?: string;
          /**
           * House number, street, hamlet.
           */
          dcChiTiet?: string;
        };
    /**
     * Authorised person: phone number; not kept.
     */
    nuqDienThoai?: string;
    /**
     * Authorised person: ID-document type (v1 mandatorWSForm.idTypeId).
     */
    nuqLoaiGiayto?: string;
    /**
     * The applicant's own statement on convictions (v1 note).
     */
    thongTinAnTich?: string;
    /**
     * Authorised person: number of the ID document (v1 mandatorWSForm.identifyNo).
     */
    nuqSoGiayTo?: string;
    /**
     * Authorised person: issue date of the ID document (v1 mandatorWSForm.idIssueDate).
     */
    nuqNgayCapGiayTo?: string;
    /**
     * Authorised person: issuing authority of the ID document (v1 mandatorWSForm.idIssuePlace).
     */
    nuqNoiCapGiayTo?: string;
    /**
     * Another purpose as text (v1 purpose when neither tenMucDich nor maMucDich gives one).
     */
    mucDichKhac?: string;
    /**
     * Residence history since age 14 (v1 residenceWSForm); one row object is taken as a list of one, as on v1.
     */
    nycCuTru?: Residence[] | Residence;
    /**
     * Attached files; not kept.
     */
    fileHoSo?: File[];
  };
}
/**
 * One residence period since age 14.
 */
export interface Residence {
  /**
   * Start of the period, partial date (dd/MM/yyyy, MM/yyyy or yyyy).
   */
  tuNgay?: string;
  /**
   * End of the period, partial date; not before tuNgay.
   */
  denNgay?: string;
  /**
   * Where the person lived.
   */
  noiCuTru?: string;
  /**
   * Occupation during the period.
   */
  ngheNghiep?: string;
  /**
   * Workplace during the period.
   */
  noiLamViec?: string;
}
/**
 * An attached file; not kept (LLTP v1 has no field for it).
 */
export interface File {
  /**
   * Kind of document.
   */
  tenLoaiFile?: string;
  /**
   * File name.
   */
  tenFile?: string;
  /**
   * File content, base64.
   */
  noiDungFile?: string;
}

// msns/traCuuMaSo.request.json

/**
 * Look-up of a budget-relation unit code (inferred contract).
 */
export interface MsnsTraCuuMaSoRequest {
  /**
   * The 7-digit code (spaces around it are ignored). The native door also takes it as MA_DVQHNS, MaSoDVQHNS, MA_QHNS, maQHNS, MaQuanHeNganSach, MaDonViQuanHeNganSach, MDVQHNSach or maSoDVQHNS.
   */
  maSo: string;
}

// msns/traCuuMaSo.response.json

/**
 * The unit, in an envelope modelled on the enterprise registry's.
 */
export interface MsnsTraCuuMaSoResponse {
  /**
   * 1 found.
   */
  Status: string;
  /**
   * success, or why the code is closed.
   */
  Message: string;
  /**
   * Units in Data (1).
   */
  DataCount: number;
  /**
   * The unit.
   *
   * Items: A unit or project.
   */
  Data: {
    /**
     * The 7-digit code.
     */
    maSoDVQHNS: string;
    /**
     * Name of the unit (for a project, the project).
     */
    tenDonVi: string;
    /**
     * Class, the first digit: 1 budget-using unit, 2/3 other units, 7 project in preparation, 8 project in implementation.
     */
    loaiDonVi: string;
    /**
     * Budget chapter (3 digits).
     */
    maChuong: string;
    /**
     * Estimate level 1–3; null for a project.
     */
    capDuToan: string | null;
    /**
     * Code of the superior unit; null at the top.
     */
    maDonViCapTren: string | null;
    /**
     * Governing agency (from the agency catalogue).
     */
    tenCoQuanChuQuan: string;
    /**
     * Address.
     */
    diaChi: string;
    /**
     * GSO province code.
     */
    maTinh: string;
    /**
     * GSO commune code, empty when the unit is not a commune's.
     */
    maXa: string;
    /**
     * State Treasury office code.
     */
    maKBNN: string;
    /**
     * Establishment decision.
     */
    soQuyetDinhThanhLap: string;
    /**
     * Day the code was issued, dd/MM/yyyy.
     */
    ngayCapMa: string | null;
    /**
     * 1 active, 0 closed.
     */
    trangThai: string;
    /**
     * Day the code was closed, dd/MM/yyyy; null while active.
     */
    ngayDongMa: string | null;
    /**
     * For a closed code: the unit that took it over (simulator's field).
     */
    maDonViTiepNhan: string | null;
    /**
     * Project only: project name.
     */
    tenDuAn?: string;
    /**
     * Project only: code of the investor.
     */
    maSoChuDauTu?: string;
    /**
     * Project only: CBDT preparation, THDT implementation.
     */
    giaiDoan?: string;
    /**
     * Project only: project group A, B or C.
     */
    nhomDuAn?: string;
    /**
     * Project only: total investment, VND.
     */
    tongMucDauTu?: number;
  }[];
}

// paygov/getBill.request.json

/**
 * GET_BILL: the e-receipt of a paid payment as a PDF. Signed with MaXacThuc over LoaiBanTin|PhienBan|MaDoiTac|MaThamChieu|ThoiGianGD, with the ThoiGianGD of the original INIT.
 */
export interface PaygovGetBillRequest {
  /**
   * Message kind; always GET_BILL here.
   */
  LoaiBanTin: 'GET_BILL';
  /**
   * Protocol version, e.g. 1.0.6.
   */
  PhienBan: string;
  /**
   * Partner code issued by PayGov.
   */
  MaDoiTac: string;
  /**
   * The partner's reference given at INIT.
   */
  MaThamChieu: string;
  /**
   * The ThoiGianGD sent with the original INIT, 14 digits, byte for byte.
   */
  ThoiGianGD: string;
  /**
   * Signature over the joined fields, per the partner's signing variant.
   */
  MaXacThuc: string;
}

// paygov/getBill.response.json

/**
 * The e-receipt through the unified API. The native path /paygov/getbill answers the PDF bytes themselves (application/pdf).
 */
export interface PaygovGetBillResponse {
  /**
   * application/pdf.
   */
  contentType: 'application/pdf';
  /**
   * The PDF, base64-encoded.
   */
  base64: string;
}

// paygov/init.request.json

/**
 * INIT: a partner (one-stop portal) creates a payment on PayGov and receives the payment page URL. Signed with MaXacThuc over LoaiBanTin|PhienBan|MaDoiTac|MaThamChieu|SoTien|LoaiHinhThanhToan|MaKenhThanhToan|MaThietBi|NgonNgu|MaTienTe|MaNganHang|ThongTinGiaoDich|ThoiGianGD|Ip (missing fields sign as empty strings).
 */
export interface PaygovInitRequest {
  /**
   * Message kind; always INIT here.
   */
  LoaiBanTin: 'INIT';
  /**
   * Protocol version, e.g. 1.0.6.
   */
  PhienBan: string;
  /**
   * Partner code issued by PayGov (seeds/paygov-partners.json, or the development partner).
   */
  MaDoiTac: string;
  /**
   * The partner's unique reference of this payment; it also names the payment page.
   */
  MaThamChieu: string;
  /**
   * Amount in whole VND as a string of digits. Some amounts are magic (seeds/README.md).
   */
  SoTien: string;
  /**
   * Payment kind; PAY.
   */
  LoaiHinhThanhToan?: string;
  /**
   * Payment channel code; 1 = web.
   */
  MaKenhThanhToan?: string;
  /**
   * Device code; 1 = computer.
   */
  MaThietBi?: string;
  /**
   * Language of the payment page: vi-VN or en-US.
   */
  NgonNgu?: 'vi-VN' | 'en-US' | 'vi' | 'en';
  /**
   * Currency; only VND.
   */
  MaTienTe?: 'VND';
  /**
   * Bank code, or PAYMENT to let the payer choose the bank on the payment page.
   */
  MaNganHang?: string;
  /**
   * Transaction description shown to the payer, e.g. THANH TOAN HO SO <MaHoSo>.
   */
  ThongTinGiaoDich: string;
  /**
   * Transaction time as 14 digits yyyyMMddHHmmss; kept byte for byte and reused by QUERY and GET_BILL.
   */
  ThoiGianGD: string;
  /**
   * IPv4 address of the payer's or caller's machine.
   */
  Ip?: string;
  /**
   * Signature: lowercase hex of SHA-256 over the joined fields plus '|' and the secret, or of HMAC-SHA256 keyed with the secret, per partner.
   */
  MaXacThuc: string;
  /**
   * ThongTinBienLai: what the e-receipt (GET_BILL) shows — the service or fine, the payer, and the fees.
   */
  ThongTinBienLai?: {
    /**
     * "2" service fees and charges (phí, lệ phí), "1" administrative fines.
     */
    MaDichVu: '1' | '2' | 1 | 2;
    /**
     * Code of the collecting agency (AAA.BB.CC.Xnn).
     */
    MaDonVi?: string;
    /**
     * Name of the collecting agency.
     */
    TenDonVi?: string;
    /**
     * Dossier number the fees belong to.
     */
    MaHoSo?: string;
    /**
     * Public-service code (MaTTHC + ".01").
     */
    MaDVC?: string;
    /**
     * Public-service name.
     */
    TenDVC?: string;
    /**
     * Administrative procedure code.
     */
    MaTTHC?: string;
    /**
     * Administrative procedure name.
     */
    TenTTHC?: string;
    /**
     * Beneficiary account number.
     */
    TKThuHuong?: string;
    /**
     * Beneficiary bank code.
     */
    MaNHThuHuong?: string;
    /**
     * Beneficiary account name.
     */
    TenTKThuHuong?: string;
    /**
     * Fine kind code (fines only).
     */
    MaLoaiHinhThuPhat?: string;
    /**
     * Fine kind name (fines only).
     */
    TenLoaiHinhThuPhat?: string;
    /**
     * State treasury receiving the fine (fines only).
     */
    KhoBac?: string;
    /**
     * Date of the fine decision (fines only).
     */
    NgayQD?: string;
    /**
     * Number of the fine decision (fines only).
     */
    SoQD?: string;
    /**
     * Time of the violation (fines only).
     */
    ThoiGianViPham?: string;
    /**
     * Place of the violation (fines only).
     */
    DiaDiemViPham?: string;
    /**
     * Name of the violator (fines only).
     */
    TenNguoiViPham?: string;
    /**
     * Payment content printed on the receipt.
     */
    NoiDungThanhToan: string;
    /**
     * Full name of the payer.
     */
    HoTenNguoiNop: string;
    /**
     * ID number of the payer (9 or 12 digits; 000000000 when unknown).
     */
    SoCMNDNguoiNop?: string;
    /**
     * Address of the payer.
     */
    DiaChiNguoiNop?: string;
    /**
     * District of the payer.
     */
    HuyenNguoiNop?: string;
    /**
     * Province of the payer.
     */
    TinhNguoiNop?: string;
    /**
     * Code of the deciding agency.
     */
    MaCoQuanQD?: string;
    /**
     * Name of the deciding agency.
     */
    TenCoQuanQD?: string;
    /**
     * State-budget revenue account.
     */
    TaiKhoanThuNSNN?: string;
    /**
     * Fees and charges; when given, their amounts must add up to SoTien.
     *
     * @maxItems 50
     */
    PhiLePhi?: {
      /**
       * Kind: Phi (fee) or LePhi (charge).
       */
      LoaiPhiLePhi?: string;
      /**
       * Fee code.
       */
      MaPhiLePhi?: string;
      /**
       * Fee name.
       */
      TenPhiLePhi?: string;
      /**
       * Fee amount in whole VND as a string of digits.
       */
      SoTien: string;
    }[];
    /**
     * Items paid, as printed on the receipt.
     *
     * @maxItems 50
     */
    DSKhoanNop?: {
      /**
       * What the item is.
       */
      NoiDung: string;
      /**
       * Item amount in whole VND as a string of digits.
       */
      SoTien: string;
    }[];
  };
}

// paygov/init.response.json

/**
 * PayGov's answer to INIT (the direct envelope; partners set to the wrapped envelope receive it as a JSON string inside { error_code, message } on the native path).
 */
export interface PaygovInitResponse {
  /**
   * "00" when the payment was created.
   */
  MaLoi: string;
  /**
   * Human-readable result.
   */
  MoTaLoi: string;
  /**
   * Partner code, echoed.
   */
  MaDoiTac: string;
  /**
   * Partner reference, echoed.
   */
  MaThamChieu: string;
  /**
   * The hosted payment page to send the payer to: <base>/paygov/pay/<MaThamChieu>.
   */
  UrlThanhToan: string;
}

// paygov/query.request.json

/**
 * QUERY: the state of one payment (TrangThaiGD), for reconciliation. Signed with MaXacThuc over LoaiBanTin|PhienBan|MaDoiTac|MaThamChieu|ThoiGianGD, with the ThoiGianGD of the original INIT.
 */
export interface PaygovQueryRequest {
  /**
   * Message kind; always QUERY here.
   */
  LoaiBanTin: 'QUERY';
  /**
   * Protocol version, e.g. 1.0.6.
   */
  PhienBan: string;
  /**
   * Partner code issued by PayGov.
   */
  MaDoiTac: string;
  /**
   * The partner's reference given at INIT.
   */
  MaThamChieu: string;
  /**
   * The ThoiGianGD sent with the original INIT, 14 digits, byte for byte.
   */
  ThoiGianGD: string;
  /**
   * Signature over the joined fields, per the partner's signing variant.
   */
  MaXacThuc: string;
}

// paygov/query.response.json

/**
 * PayGov's answer to QUERY: the IPN's fields plus MoTaLoi and TrangThaiGD, signed like the partner's IPN with LoaiBanTin QUERY.
 */
export interface PaygovQueryResponse {
  /**
   * QUERY.
   */
  LoaiBanTin: string;
  /**
   * "00": the payment was found (its state is TrangThaiGD).
   */
  MaLoi: string;
  /**
   * Human-readable state.
   */
  MoTaLoi: string;
  /**
   * Partner code.
   */
  MaDoiTac: string;
  /**
   * Partner reference.
   */
  MaThamChieu: string;
  /**
   * Amount in whole VND, as a number.
   */
  SoTien: number;
  /**
   * Currency, VND.
   */
  MaTienTe: string;
  /**
   * PayGov's transaction id, e.g. PG260115000123.
   */
  MaGiaoDich: string;
  /**
   * Bank the payer used (the INIT's MaNganHang while nothing was paid).
   */
  MaNganHang: string;
  /**
   * Time of the final state as yyyyMMddHHmmss (Vietnam time); the INIT's ThoiGianGD while pending.
   */
  ThoiGianGD: string;
  /**
   * Transaction description from INIT.
   */
  ThongTinGiaoDich: string;
  /**
   * "1" paid, "3" pending (final state not known yet), "4" failed, cancelled or expired.
   */
  TrangThaiGD: '1' | '3' | '4';
  /**
   * Signature of the reply with the partner's IPN field order and signing variant.
   */
  MaXacThuc: string;
}

// sim/journal-verify.request.json

/**
 * POST /sim/journal/verify: did the journal see messages like this the expected number of times?
 */
export interface JournalVerifyRequest {
  /**
   * Criteria an entry must meet; every field given must hold.
   */
  match: {
    /**
     * Message type; * matches any run of characters.
     */
    messageType?: string;
    /**
     * Service code.
     */
    service?: string;
    /**
     * Agency code of the sender.
     */
    from?: string;
    /**
     * Correlation id of the message.
     */
    correlationId?: string;
    /**
     * Message id.
     */
    messageId?: string;
    /**
     * unified or native.
     */
    channel?: 'unified' | 'native';
    /**
     * Native path; * matches any run of characters.
     */
    nativePath?: string;
    /**
     * Received at or after this simulation time.
     */
    since?: string;
    /**
     * Received at or before this simulation time.
     */
    until?: string;
    /**
     * Conditions on body fields; all must hold.
     *
     * Items: One condition: the value at path equals a value, or its text matches a regular expression.
     */
    body?: {
      /**
       * JSON path into the body, e.g. msdn or $.hoSo.soCMND.
       */
      path: string;
      /**
       * The value the field must equal (compared as JSON).
       */
      equals?: unknown;
      /**
       * A regular expression (JavaScript syntax) the field's text must match, run in linear time: no backreferences or lookarounds, and {n} at most 16.
       */
      matches?: string;
    }[];
  };
  /**
   * How many entries must match: exactly (eq), at least (gte), at most (lte); several combine. Default {gte: 1}.
   */
  count?: {
    /**
     * Exactly this many.
     */
    eq?: number;
    /**
     * At least this many.
     */
    gte?: number;
    /**
     * At most this many.
     */
    lte?: number;
  };
}

// sim/scenario-rule.json

/**
 * A fault rule: which calls it matches, what it does to them, how often and for how long. POST /sim/scenarios or a --scenarios file.
 */
export interface ScenarioRule {
  /**
   * Rule id; generated when absent. Posting a rule with an existing id replaces it.
   */
  id?: string;
  /**
   * Free text for people reading the rule list.
   */
  description?: string;
  /**
   * What a call must look like for the rule to act; every field given must hold. Empty: every call of the stage.
   */
  match?: {
    /**
     * Where the rule acts: sync (the HTTP answer), worker (queued processing, so retries and dead letters), callback (deliveries to agencies). Absent: sync and worker.
     */
    stage?: 'sync' | 'worker' | 'callback';
    /**
     * Message type, e.g. dkdn.chiTietDoanhNghiep; * matches any run of characters (lltp.*).
     */
    messageType?: string;
    /**
     * Service code, e.g. dkdn.
     */
    service?: string;
    /**
     * Agency code of the sender (header.from).
     */
    from?: string;
    /**
     * Native path the call came in on, e.g. /apiCSDLDKDN/chiTietDoanhNghiep; * matches any run of characters. Unified-API calls have none.
     */
    nativePath?: string;
    /**
     * With stage callback: the kind of delivery (result, status-change, ipn).
     */
    callbackKind?: string;
    /**
     * Conditions on body fields; all must hold.
     *
     * Items: One condition: the value at path equals a value, or its text matches a regular expression.
     */
    body?: {
      /**
       * JSON path into the body: msdn, $.hoSo.soCMND, items[0].code.
       */
      path: string;
      /**
       * The value the field must equal (compared as JSON).
       */
      equals?: unknown;
      /**
       * A regular expression (JavaScript syntax) the field's text must match, run in linear time: no backreferences or lookarounds, and {n} at most 16.
       */
      matches?: string;
    }[];
  };
  /**
   * What happens to a matching call. Which other fields apply depends on type.
   */
  effect: {
    /**
     * latency (wait, then go on), error (answer with status and backend code), timeout (never answer), drop (close the connection), malformed (a body that does not parse), duplicate (callback stage: deliver twice).
     */
    type: 'latency' | 'error' | 'timeout' | 'drop' | 'malformed' | 'duplicate';
    /**
     * latency: fixed (ms), uniform (minMs..maxMs) or lognormal (medianMs, sigma). Default fixed.
     */
    distribution?: 'fixed' | 'uniform' | 'lognormal';
    /**
     * latency fixed: the delay in milliseconds.
     */
    ms?: number;
    /**
     * latency uniform: the shortest delay in milliseconds.
     */
    minMs?: number;
    /**
     * latency uniform: the longest delay in milliseconds; lognormal: a cap (default 60000).
     */
    maxMs?: number;
    /**
     * latency lognormal: the median delay in milliseconds.
     */
    medianMs?: number;
    /**
     * latency lognormal: spread (standard deviation of the log); 0.5 is moderate, 1 is heavy-tailed. Default 0.5.
     */
    sigma?: number;
    /**
     * error: the HTTP status, 400-599. 4xx is permanent in workers; 5xx is retried.
     */
    status?: number;
    /**
     * error: the backend's own error code, shown in its envelope (default SIMULATED_FAULT).
     */
    code?: string;
    /**
     * error: the message shown with the code.
     */
    message?: string;
    /**
     * timeout: the longest a request is held before the socket is closed. Default 600000 (10 minutes).
     */
    holdMs?: number;
    /**
     * malformed: the broken body to write. Default: JSON cut off mid-value.
     */
    body?: string;
  };
  /**
   * Chance a matching call is affected, 0..1. Default 1. Draws are repeatable under SIM_SEED.
   */
  probability?: number;
  /**
   * Affect only the next N matching calls (across all processes), at most 1,000,000,000; absent: no limit.
   */
  count?: number;
  /**
   * Simulation time after which the rule no longer acts.
   */
  expiresAt?: string;
  /**
   * Alternative to expiresAt: a duration from now in simulation time, e.g. 30s, 5m, 2h, or milliseconds; at most 100 years (36500d).
   */
  expiresIn?: string | number;
}

// sso/login.request.json

/**
 * A person has signed in (the login page checked the password, or a live SSO session was found): the identity provider issues an authorization code (OIDC realms) or a service ticket (CAS). Sent through the unified API it signs a seeded account in without its password — a test shortcut.
 */
export interface SsoLoginRequest {
  /**
   * `dvcqg` (Cổng DVCQG), a tenant domain of the province's WSO2 for officials (seeds/sso-accounts.json `tenants`), or `cas` (the province's shared accounts).
   */
  realm: string;
  /**
   * The account: CCCD number or tax code (dvcqg), an official's user name (tenants), either (cas).
   */
  username: string;
  /**
   * How the person signed in: `password` (default) or `vneid` (federated to VNeID; dvcqg realm, citizens only).
   */
  idp?: 'password' | 'vneid';
  /**
   * OIDC realms: the relying party's client id.
   */
  client_id?: string;
  /**
   * OIDC realms: where the code is sent; one of the client's registered redirect URIs.
   */
  redirect_uri?: string;
  /**
   * OIDC realms: the scopes asked for; must hold `openid`.
   */
  scope?: string;
  /**
   * OIDC realms: the relying party's state, returned unchanged (often base64 of the return URL).
   */
  state?: string;
  /**
   * OIDC realms: copied into the ID token.
   */
  nonce?: string;
  /**
   * PKCE code challenge (RFC 7636).
   */
  code_challenge?: string;
  /**
   * PKCE method: `S256` or `plain`.
   */
  code_challenge_method?: 'S256' | 'plain';
  /**
   * The level of assurance asked for with `acr_values` (default `LoA1`).
   */
  acr?: string;
  /**
   * CAS: the service URL the ticket is for.
   */
  service?: string;
  /**
   * An existing SSO session reused for this login (silent sign-on); a new session is opened when absent.
   */
  session_id?: string;
}

// sso/login.response.json

/**
 * Where the browser goes next, with the code or ticket.
 */
export interface SsoLoginResponse {
  /**
   * The relying party's URL with `code` and `state` (OIDC) or `ticket` (CAS).
   */
  redirectTo: string;
  /**
   * The authorization code (OIDC realms); good once, for 300 seconds of simulation time.
   */
  code?: string;
  /**
   * The CAS service ticket; good once, for 10 seconds of simulation time.
   */
  ticket?: string;
  /**
   * The account's subject in this realm.
   */
  sub: string;
  /**
   * The SSO session (cookie `commonAuthId`) the login belongs to.
   */
  sessionId: string;
}

// sso/token.request.json

/**
 * A call of /oauth2/token after the client was authenticated (its secret never enters the journal).
 */
export interface SsoTokenRequest {
  /**
   * `dvcqg` (default) or a tenant domain of the province's WSO2.
   */
  realm?: string;
  /**
   * `authorization_code`, `refresh_token` or `client_credentials`.
   */
  grant_type: string;
  /**
   * The authenticated relying party.
   */
  client_id: string;
  /**
   * authorization_code: the code from the redirect.
   */
  code?: string;
  /**
   * authorization_code: the redirect URI the code was asked for with.
   */
  redirect_uri?: string;
  /**
   * authorization_code with PKCE: the verifier.
   */
  code_verifier?: string;
  /**
   * refresh_token: the refresh token.
   */
  refresh_token?: string;
  /**
   * client_credentials: the scopes asked for.
   */
  scope?: string;
}

// sso/token.response.json

/**
 * The token response of WSO2 Identity Server.
 */
export interface SsoTokenResponse {
  /**
   * Opaque access token (a UUID, as WSO2 issues by default).
   */
  access_token: string;
  /**
   * Refresh token (not for client_credentials); renewed on each use.
   */
  refresh_token?: string;
  /**
   * RS256-signed ID token (OIDC grants); keys at /oauth2/jwks.
   */
  id_token?: string;
  /**
   * Always `Bearer`.
   */
  token_type: string;
  /**
   * Seconds the access token lives, on the simulation clock.
   */
  expires_in: number;
  /**
   * The scopes granted.
   */
  scope: string;
}

// sso/userinfo.request.json

/**
 * A userinfo look-up for an account whose access token was checked (the door checks the token; this message carries what it granted). Through the unified API it answers what a relying party would get for an account.
 */
export interface SsoUserinfoRequest {
  /**
   * `dvcqg` (default) or a tenant domain of the province's WSO2.
   */
  realm?: string;
  /**
   * The account's subject: the DVCQG `sub` UUID, or an official's user name.
   */
  sub: string;
  /**
   * `password` (default): the full claim set; `vneid`: the smaller VNeID-federated set.
   */
  idp?: 'password' | 'vneid';
  /**
   * The level of assurance of the login, returned as `loAs` (default `LoA1`).
   */
  acr?: string;
  /**
   * The relying party the token was issued to.
   */
  client_id?: string;
  /**
   * VNeID-federated logins: the VNeID token the helper URLs carry; a fresh one is made when absent.
   */
  vneid_token?: string;
}

// sso/userinfo.response.json

/**
 * The claims of Cổng DVCQG (DOMAIN-MORE §4.1–4.2); a claim the account has no value for is left out.
 */
export interface SsoUserinfoResponse {
  /**
   * Subject: a UUID in the DVCQG realm, the user name in an officials' realm.
   */
  sub: string;
  /**
   * The portal's stable 36-character key of the account; sent back as MaDoiTuong when syncing dossiers.
   */
  TechID?: string;
  /**
   * Account type as a string: `1` citizen, `2` enterprise, `3` organisation.
   */
  LoaiTaiKhoan?: string;
  /**
   * 12-digit personal ID number (CCCD); for an enterprise or organisation, its representative's.
   */
  SoDinhDanh?: string;
  /**
   * 10-digit social-insurance number.
   */
  MaBHXH?: string;
  /**
   * Full name.
   */
  HoVaTen?: string;
  /**
   * Date of birth, yyyyMMdd.
   */
  NgayThangNamSinh?: string;
  /**
   * Gender as an integer: 1 male, 2 female.
   */
  GioiTinh?: number;
  /**
   * GSO ethnicity code (`01` Kinh).
   */
  DanToc?: string;
  /**
   * Marital status as an integer (catalogue marital-statuses: 1 single, 2 married, 3 divorced, 4 widowed).
   */
  TinhTrangHonNhan?: number;
  /**
   * Province of the birth registration.
   */
  NoiDangKyKhaiSinh?: string;
  /**
   * Home province.
   */
  QueQuan?: string;
  /**
   * Permanent residence.
   */
  ThuongTru?: string;
  /**
   * Current residence.
   */
  NoiOHienNay?: string;
  /**
   * Nationality, ISO 3166 alpha-2.
   */
  QuocTich?: string;
  /**
   * Father's full name.
   */
  Cha?: string;
  /**
   * Mother's full name.
   */
  Me?: string;
  /**
   * Spouse's full name.
   */
  VoChong?: string;
  /**
   * E-mail; absent for many accounts (relying parties fall back to {TechID}@dvcqg.gov.vn).
   */
  ThuDienTu?: string;
  /**
   * Mobile phone number.
   */
  SoDienThoai?: string;
  /**
   * Enterprise tax code.
   */
  MaSoThue?: string;
  /**
   * Enterprise code (the same 10 digits).
   */
  MaSoDoanhNghiep?: string;
  /**
   * Registered name of the enterprise or organisation.
   */
  TenDoanhNghiep?: string;
  /**
   * Head-office address.
   */
  DiaChi?: string;
  /**
   * Name of the legal representative.
   */
  NguoiDaiDien?: string;
  /**
   * Level of assurance of the login (the `acr_values` asked for).
   */
  loAs?: string;
  /**
   * `BCA` when the login was federated to VNeID.
   */
  loginIdp?: string;
  /**
   * VNeID helper URL that shows the person's VNeID profile (carries the VNeID token).
   */
  userProfileUri?: string;
  /**
   * VNeID helper URL that ends the VNeID session (carries the VNeID token).
   */
  logoutUri?: string;
  /**
   * Officials' realm: agency code of the official's unit.
   */
  MaDonVi?: string;
  /**
   * Officials' realm: the official's position.
   */
  ChucVu?: string;
}

// vbpl/GetById.request.json

/**
 * One document of the legacy SOAP service by ItemID (GetById, GetLichSuVB).
 */
export interface VbplGetByIdRequest {
  /**
   * The document id.
   */
  ItemID: number;
  /**
   * Document kind of the legacy service (values unpublished; taken and ignored).
   */
  TypeVB?: number;
}

// vbpl/GetById.response.json

/**
 * GetByIdResponse: the document.
 */
export interface VbplGetByIdResponse {
  /**
   * The document, or null when the service does not have it (unknown id, or issued after the legacy portal closed).
   */
  GetByIdResult: {
    /**
     * Id.
     */
    ID: number;
    /**
     * Id (same).
     */
    ItemID: number;
    /**
     * Số ký hiệu.
     */
    VBPQSokyhieu: string;
    /**
     * Type, number and title.
     */
    Title: string;
    /**
     * Title alone.
     */
    Title1: string;
    /**
     * Document type.
     */
    VBPQLoaiVanBan: string;
    /**
     * idLoaiVanBan: 1 Luật, 3 Nghị định, 9 Quyết định, 22 Thông tư…
     */
    VBPQLoaiVanBanID: number;
    /**
     * Issuing body.
     */
    VBPQCoQuanBanHanh: string;
    /**
     * Signer.
     */
    VBPQNguoiKy: string;
    /**
     * Signer's title.
     */
    VBPQChucDanh: string;
    /**
     * Issue date, yyyy-MM-ddT00:00:00, 0001-01-01T00:00:00 when none.
     */
    VBPQNgayBanHanh: string;
    /**
     * In force from, yyyy-MM-ddT00:00:00, 0001-01-01T00:00:00 when none.
     */
    VBPQNgaycohieuluc: string;
    /**
     * In force until, yyyy-MM-ddT00:00:00, 0001-01-01T00:00:00 when none.
     */
    VBPQNgayHetHieuLuc: string;
    /**
     * Partly out of force from, yyyy-MM-ddT00:00:00, 0001-01-01T00:00:00 when none.
     */
    VBPQNgayHetHieuLuc1phan: string;
    /**
     * Effectiveness status name.
     */
    VBPQTinhTrangHieuLuc: string;
    /**
     * 1 còn hiệu lực, 2 hết hiệu lực, 3 hết toàn bộ, 4 hết một phần, 5 ngưng hiệu lực, 6 chưa có hiệu lực (6 is the simulator's).
     */
    VBPQTinhTrangHieuLucCode: string;
    /**
     * Abstract.
     */
    VBPQTrichYeu: string;
    /**
     * Full text, HTML (GetById only).
     */
    VBPQToanVan?: string;
    /**
     * Related documents (VBPQVanBanBaiBo).
     *
     * Items: A related document.
     */
    VBPQVanBanBaiBo: {
      /**
       * Its ItemID.
       */
      ItemID: number;
      /**
       * Its số ký hiệu.
       */
      VBPQSokyhieu: string;
      /**
       * Its title.
       */
      Title: string;
    }[];
    /**
     * Related documents (VBPQVanBanBiBaiBo).
     *
     * Items: A related document.
     */
    VBPQVanBanBiBaiBo: {
      /**
       * Its ItemID.
       */
      ItemID: number;
      /**
       * Its số ký hiệu.
       */
      VBPQSokyhieu: string;
      /**
       * Its title.
       */
      Title: string;
    }[];
    /**
     * Related documents (VBPQVanBanBiDinhChinh).
     *
     * Items: A related document.
     */
    VBPQVanBanBiDinhChinh: {
      /**
       * Its ItemID.
       */
      ItemID: number;
      /**
       * Its số ký hiệu.
       */
      VBPQSokyhieu: string;
      /**
       * Its title.
       */
      Title: string;
    }[];
    /**
     * Related documents (VBPQVanBanBiSuaDoiBoSung).
     *
     * Items: A related document.
     */
    VBPQVanBanBiSuaDoiBoSung: {
      /**
       * Its ItemID.
       */
      ItemID: number;
      /**
       * Its số ký hiệu.
       */
      VBPQSokyhieu: string;
      /**
       * Its title.
       */
      Title: string;
    }[];
    /**
     * Related documents (VBPQVanBanBiTamNgung).
     *
     * Items: A related document.
     */
    VBPQVanBanBiTamNgung: {
      /**
       * Its ItemID.
       */
      ItemID: number;
      /**
       * Its số ký hiệu.
       */
      VBPQSokyhieu: string;
      /**
       * Its title.
       */
      Title: string;
    }[];
    /**
     * Related documents (VBPQVanBanBiThayThe).
     *
     * Items: A related document.
     */
    VBPQVanBanBiThayThe: {
      /**
       * Its ItemID.
       */
      ItemID: number;
      /**
       * Its số ký hiệu.
       */
      VBPQSokyhieu: string;
      /**
       * Its title.
       */
      Title: string;
    }[];
    /**
     * Related documents (VBPQVanBanCanCu).
     *
     * Items: A related document.
     */
    VBPQVanBanCanCu: {
      /**
       * Its ItemID.
       */
      ItemID: number;
      /**
       * Its số ký hiệu.
       */
      VBPQSokyhieu: string;
      /**
       * Its title.
       */
      Title: string;
    }[];
    /**
     * Related documents (VBPQVanBanDanChieu).
     *
     * Items: A related document.
     */
    VBPQVanBanDanChieu: {
      /**
       * Its ItemID.
       */
      ItemID: number;
      /**
       * Its số ký hiệu.
       */
      VBPQSokyhieu: string;
      /**
       * Its title.
       */
      Title: string;
    }[];
    /**
     * Related documents (VBPQVanBanDinhChinh).
     *
     * Items: A related document.
     */
    VBPQVanBanDinhChinh: {
      /**
       * Its ItemID.
       */
      ItemID: number;
      /**
       * Its số ký hiệu.
       */
      VBPQSokyhieu: string;
      /**
       * Its title.
       */
      Title: string;
    }[];
    /**
     * Related documents (VBPQVanBanDuocCanCu).
     *
     * Items: A related document.
     */
    VBPQVanBanDuocCanCu: {
      /**
       * Its ItemID.
       */
      ItemID: number;
      /**
       * Its số ký hiệu.
       */
      VBPQSokyhieu: string;
      /**
       * Its title.
       */
      Title: string;
    }[];
    /**
     * Related documents (VBPQVanBanDuocDanChieu).
     *
     * Items: A related document.
     */
    VBPQVanBanDuocDanChieu: {
      /**
       * Its ItemID.
       */
      ItemID: number;
      /**
       * Its số ký hiệu.
       */
      VBPQSokyhieu: string;
      /**
       * Its title.
       */
      Title: string;
    }[];
    /**
     * Related documents (VBPQVanBanDuocHuongDan).
     *
     * Items: A related document.
     */
    VBPQVanBanDuocHuongDan: {
      /**
       * Its ItemID.
       */
      ItemID: number;
      /**
       * Its số ký hiệu.
       */
      VBPQSokyhieu: string;
      /**
       * Its title.
       */
      Title: string;
    }[];
    /**
     * Related documents (VBPQVanBanDuocHuongDanApDung).
     *
     * Items: A related document.
     */
    VBPQVanBanDuocHuongDanApDung: {
      /**
       * Its ItemID.
       */
      ItemID: number;
      /**
       * Its số ký hiệu.
       */
      VBPQSokyhieu: string;
      /**
       * Its title.
       */
      Title: string;
    }[];
    /**
     * Related documents (VBPQVanBanHuongDan).
     *
     * Items: A related document.
     */
    VBPQVanBanHuongDan: {
      /**
       * Its ItemID.
       */
      ItemID: number;
      /**
       * Its số ký hiệu.
       */
      VBPQSokyhieu: string;
      /**
       * Its title.
       */
      Title: string;
    }[];
    /**
     * Related documents (VBPQVanBanHuongDanApDung).
     *
     * Items: A related document.
     */
    VBPQVanBanHuongDanApDung: {
      /**
       * Its ItemID.
       */
      ItemID: number;
      /**
       * Its số ký hiệu.
       */
      VBPQSokyhieu: string;
      /**
       * Its title.
       */
      Title: string;
    }[];
    /**
     * Related documents (VBPQVanBanSuaDoiBoSung).
     *
     * Items: A related document.
     */
    VBPQVanBanSuaDoiBoSung: {
      /**
       * Its ItemID.
       */
      ItemID: number;
      /**
       * Its số ký hiệu.
       */
      VBPQSokyhieu: string;
      /**
       * Its title.
       */
      Title: string;
    }[];
    /**
     * Related documents (VBPQVanBanTamNgung).
     *
     * Items: A related document.
     */
    VBPQVanBanTamNgung: {
      /**
       * Its ItemID.
       */
      ItemID: number;
      /**
       * Its số ký hiệu.
       */
      VBPQSokyhieu: string;
      /**
       * Its title.
       */
      Title: string;
    }[];
    /**
     * Related documents (VBPQVanBanThayThe).
     *
     * Items: A related document.
     */
    VBPQVanBanThayThe: {
      /**
       * Its ItemID.
       */
      ItemID: number;
      /**
       * Its số ký hiệu.
       */
      VBPQSokyhieu: string;
      /**
       * Its title.
       */
      Title: string;
    }[];
  } | null;
}

// vbpl/GetLichSuVB.response.json

/**
 * GetLichSuVBResponse: the effectiveness history.
 */
export interface VbplGetLichSuVBResponse {
  /**
   * The history, or null for a document the service does not have.
   */
  GetLichSuVBResult: {
    /**
     * Changes, oldest first, up to the simulation day.
     *
     * Items: One change of effectiveness.
     */
    LtsLichSu: {
      /**
       * Sequence number.
       */
      ID: number;
      /**
       * The document.
       */
      ItemID: number;
      /**
       * Day of the change, yyyy-MM-ddT00:00:00, 0001-01-01T00:00:00 when none.
       */
      NgayThayDoi: string;
      /**
       * Status before.
       */
      TinhTrangCu: string;
      /**
       * Status after.
       */
      TinhTrangMoi: string;
      /**
       * Reason.
       */
      LyDo: string;
      /**
       * Số ký hiệu of the document that caused it, empty when none.
       */
      VanBanTacDong: string;
    }[];
  } | null;
}

// vbpl/GetListVanBanByListID.request.json

/**
 * Documents by their ids (GetListVanBanByListID; the SOAP door needs the UserDetails login).
 */
export interface VbplGetListVanBanByListIDRequest {
  /**
   * Ids, 1–100.
   *
   * @minItems 1
   * @maxItems 100
   *
   * Items: One id.
   */
  ListID: [number, ...number[]];
}

// vbpl/GetListVanBanByListID.response.json

/**
 * GetListVanBanByListIDResponse: the documents found.
 */
export interface VbplGetListVanBanByListIDResponse {
  /**
   * The list.
   */
  GetListVanBanByListIDResult: {
    /**
     * Documents found, in the order asked.
     *
     * Items: A document of the legacy service (VanBanItem).
     */
    LtsVanBan: {
      /**
       * Id.
       */
      ID: number;
      /**
       * Id (same).
       */
      ItemID: number;
      /**
       * Số ký hiệu.
       */
      VBPQSokyhieu: string;
      /**
       * Type, number and title.
       */
      Title: string;
      /**
       * Title alone.
       */
      Title1: string;
      /**
       * Document type.
       */
      VBPQLoaiVanBan: string;
      /**
       * idLoaiVanBan: 1 Luật, 3 Nghị định, 9 Quyết định, 22 Thông tư…
       */
      VBPQLoaiVanBanID: number;
      /**
       * Issuing body.
       */
      VBPQCoQuanBanHanh: string;
      /**
       * Signer.
       */
      VBPQNguoiKy: string;
      /**
       * Signer's title.
       */
      VBPQChucDanh: string;
      /**
       * Issue date, yyyy-MM-ddT00:00:00, 0001-01-01T00:00:00 when none.
       */
      VBPQNgayBanHanh: string;
      /**
       * In force from, yyyy-MM-ddT00:00:00, 0001-01-01T00:00:00 when none.
       */
      VBPQNgaycohieuluc: string;
      /**
       * In force until, yyyy-MM-ddT00:00:00, 0001-01-01T00:00:00 when none.
       */
      VBPQNgayHetHieuLuc: string;
      /**
       * Partly out of force from, yyyy-MM-ddT00:00:00, 0001-01-01T00:00:00 when none.
       */
      VBPQNgayHetHieuLuc1phan: string;
      /**
       * Effectiveness status name.
       */
      VBPQTinhTrangHieuLuc: string;
      /**
       * 1 còn hiệu lực, 2 hết hiệu lực, 3 hết toàn bộ, 4 hết một phần, 5 ngưng hiệu lực, 6 chưa có hiệu lực (6 is the simulator's).
       */
      VBPQTinhTrangHieuLucCode: string;
      /**
       * Abstract.
       */
      VBPQTrichYeu: string;
      /**
       * Full text, HTML (GetById only).
       */
      VBPQToanVan?: string;
      /**
       * Related documents (VBPQVanBanBaiBo).
       *
       * Items: A related document.
       */
      VBPQVanBanBaiBo: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanBiBaiBo).
       *
       * Items: A related document.
       */
      VBPQVanBanBiBaiBo: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanBiDinhChinh).
       *
       * Items: A related document.
       */
      VBPQVanBanBiDinhChinh: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanBiSuaDoiBoSung).
       *
       * Items: A related document.
       */
      VBPQVanBanBiSuaDoiBoSung: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanBiTamNgung).
       *
       * Items: A related document.
       */
      VBPQVanBanBiTamNgung: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanBiThayThe).
       *
       * Items: A related document.
       */
      VBPQVanBanBiThayThe: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanCanCu).
       *
       * Items: A related document.
       */
      VBPQVanBanCanCu: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanDanChieu).
       *
       * Items: A related document.
       */
      VBPQVanBanDanChieu: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanDinhChinh).
       *
       * Items: A related document.
       */
      VBPQVanBanDinhChinh: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanDuocCanCu).
       *
       * Items: A related document.
       */
      VBPQVanBanDuocCanCu: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanDuocDanChieu).
       *
       * Items: A related document.
       */
      VBPQVanBanDuocDanChieu: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanDuocHuongDan).
       *
       * Items: A related document.
       */
      VBPQVanBanDuocHuongDan: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanDuocHuongDanApDung).
       *
       * Items: A related document.
       */
      VBPQVanBanDuocHuongDanApDung: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanHuongDan).
       *
       * Items: A related document.
       */
      VBPQVanBanHuongDan: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanHuongDanApDung).
       *
       * Items: A related document.
       */
      VBPQVanBanHuongDanApDung: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanSuaDoiBoSung).
       *
       * Items: A related document.
       */
      VBPQVanBanSuaDoiBoSung: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanTamNgung).
       *
       * Items: A related document.
       */
      VBPQVanBanTamNgung: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanThayThe).
       *
       * Items: A related document.
       */
      VBPQVanBanThayThe: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
    }[];
    /**
     * How many.
     */
    TotalRecord: number;
  };
}

// vbpl/GetListVanBanByListSKH.request.json

/**
 * Documents by their số ký hiệu (GetListVanBanByListSKH).
 */
export interface VbplGetListVanBanByListSKHRequest {
  /**
   * Số ký hiệu, 1–100 (compared without case or spaces).
   *
   * @minItems 1
   * @maxItems 100
   *
   * Items: One số ký hiệu.
   */
  ListSKH: [string, ...string[]];
}

// vbpl/GetListVanBanByListSKH.response.json

/**
 * GetListVanBanByListSKHResponse: the documents found.
 */
export interface VbplGetListVanBanByListSKHResponse {
  /**
   * The list.
   */
  GetListVanBanByListSKHResult: {
    /**
     * Documents found, in the order asked.
     *
     * Items: A document of the legacy service (VanBanItem).
     */
    LtsVanBan: {
      /**
       * Id.
       */
      ID: number;
      /**
       * Id (same).
       */
      ItemID: number;
      /**
       * Số ký hiệu.
       */
      VBPQSokyhieu: string;
      /**
       * Type, number and title.
       */
      Title: string;
      /**
       * Title alone.
       */
      Title1: string;
      /**
       * Document type.
       */
      VBPQLoaiVanBan: string;
      /**
       * idLoaiVanBan: 1 Luật, 3 Nghị định, 9 Quyết định, 22 Thông tư…
       */
      VBPQLoaiVanBanID: number;
      /**
       * Issuing body.
       */
      VBPQCoQuanBanHanh: string;
      /**
       * Signer.
       */
      VBPQNguoiKy: string;
      /**
       * Signer's title.
       */
      VBPQChucDanh: string;
      /**
       * Issue date, yyyy-MM-ddT00:00:00, 0001-01-01T00:00:00 when none.
       */
      VBPQNgayBanHanh: string;
      /**
       * In force from, yyyy-MM-ddT00:00:00, 0001-01-01T00:00:00 when none.
       */
      VBPQNgaycohieuluc: string;
      /**
       * In force until, yyyy-MM-ddT00:00:00, 0001-01-01T00:00:00 when none.
       */
      VBPQNgayHetHieuLuc: string;
      /**
       * Partly out of force from, yyyy-MM-ddT00:00:00, 0001-01-01T00:00:00 when none.
       */
      VBPQNgayHetHieuLuc1phan: string;
      /**
       * Effectiveness status name.
       */
      VBPQTinhTrangHieuLuc: string;
      /**
       * 1 còn hiệu lực, 2 hết hiệu lực, 3 hết toàn bộ, 4 hết một phần, 5 ngưng hiệu lực, 6 chưa có hiệu lực (6 is the simulator's).
       */
      VBPQTinhTrangHieuLucCode: string;
      /**
       * Abstract.
       */
      VBPQTrichYeu: string;
      /**
       * Full text, HTML (GetById only).
       */
      VBPQToanVan?: string;
      /**
       * Related documents (VBPQVanBanBaiBo).
       *
       * Items: A related document.
       */
      VBPQVanBanBaiBo: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanBiBaiBo).
       *
       * Items: A related document.
       */
      VBPQVanBanBiBaiBo: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanBiDinhChinh).
       *
       * Items: A related document.
       */
      VBPQVanBanBiDinhChinh: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanBiSuaDoiBoSung).
       *
       * Items: A related document.
       */
      VBPQVanBanBiSuaDoiBoSung: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanBiTamNgung).
       *
       * Items: A related document.
       */
      VBPQVanBanBiTamNgung: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanBiThayThe).
       *
       * Items: A related document.
       */
      VBPQVanBanBiThayThe: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanCanCu).
       *
       * Items: A related document.
       */
      VBPQVanBanCanCu: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanDanChieu).
       *
       * Items: A related document.
       */
      VBPQVanBanDanChieu: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanDinhChinh).
       *
       * Items: A related document.
       */
      VBPQVanBanDinhChinh: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanDuocCanCu).
       *
       * Items: A related document.
       */
      VBPQVanBanDuocCanCu: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanDuocDanChieu).
       *
       * Items: A related document.
       */
      VBPQVanBanDuocDanChieu: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanDuocHuongDan).
       *
       * Items: A related document.
       */
      VBPQVanBanDuocHuongDan: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanDuocHuongDanApDung).
       *
       * Items: A related document.
       */
      VBPQVanBanDuocHuongDanApDung: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanHuongDan).
       *
       * Items: A related document.
       */
      VBPQVanBanHuongDan: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanHuongDanApDung).
       *
       * Items: A related document.
       */
      VBPQVanBanHuongDanApDung: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanSuaDoiBoSung).
       *
       * Items: A related document.
       */
      VBPQVanBanSuaDoiBoSung: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanTamNgung).
       *
       * Items: A related document.
       */
      VBPQVanBanTamNgung: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
      /**
       * Related documents (VBPQVanBanThayThe).
       *
       * Items: A related document.
       */
      VBPQVanBanThayThe: {
        /**
         * Its ItemID.
         */
        ItemID: number;
        /**
         * Its số ký hiệu.
         */
        VBPQSokyhieu: string;
        /**
         * Its title.
         */
        Title: string;
      }[];
    }[];
    /**
     * How many.
     */
    TotalRecord: number;
  };
}

// vbpl/doc.request.json

/**
 * One document of the national legal-documents database by its id (GET doc/{id}, doc/{id}/diagram).
 */
export interface VbplDocRequest {
  /**
   * Numeric id (the SOAP ItemID); legacy ids vbpqta_<n> and vbpqdinhchinh_<n> are taken too.
   */
  id: string;
}

// vbpl/doc.response.json

/**
 * The document as the gateway answers it.
 */
export interface VbplDocResponse {
  /**
   * Always true on success.
   */
  success: boolean;
  /**
   * The document.
   */
  data: {
    /**
     * Numeric id, the SOAP ItemID.
     */
    id: string;
    /**
     * Số ký hiệu, e.g. 15/2026/QĐ-UBND.
     */
    docNum: string;
    /**
     * Title (trích yếu).
     */
    title: string;
    /**
     * Document type.
     */
    docType: {
      /**
       * Loại văn bản, e.g. Quyết định.
       */
      name: string;
    };
    /**
     * Issuing body.
     */
    agencyName: string;
    /**
     * Issue date, yyyy-MM-ddT00:00:00.
     */
    issueDate: string;
    /**
     * In force from, yyyy-MM-ddT00:00:00.
     */
    effFrom: string;
    /**
     * Ceases to be in force from, yyyy-MM-ddT00:00:00; null while no end is known.
     */
    effTo: string | null;
    /**
     * Effectiveness status on the simulation day.
     */
    effStatus: {
      /**
       * CHL, HHL, HHLTB, HHTB, NGUNG_HL; CHUA_HL (not yet in force) is the simulator's code.
       */
      code: string;
      /**
       * Its Vietnamese name.
       */
      name: string;
    };
    /**
     * Last change of the record, yyyy-MM-ddT00:00:00.
     */
    updatedDate: string;
    /**
     * Sectors (ngành).
     *
     * Items: One entry.
     */
    documentMajors: {
      /**
       * The name.
       */
      name: string;
    }[];
    /**
     * Fields of law (lĩnh vực).
     *
     * Items: One entry.
     */
    documentFields: {
      /**
       * The name.
       */
      name: string;
    }[];
    /**
     * Signers.
     *
     * Items: One signer.
     */
    documentIssues: {
      /**
       * Body signed for.
       */
      agencyName: string;
      /**
       * Signer.
       */
      personName: string;
      /**
       * Signer's title.
       */
      jobTitleName: string;
      /**
       * Order of signature.
       */
      orderIndex: number;
    }[];
    /**
     * Official gazette issue (Công báo).
     */
    gazetteNumber: string | null;
    /**
     * Gazette date, yyyy-MM-ddT00:00:00.
     */
    gazetteDate: string | null;
    /**
     * Abstract.
     */
    docAbs: string;
    /**
     * Body.
     */
    documentContent: {
      /**
       * Full text, HTML.
       */
      content: string;
    };
    /**
     * Relations from this document to others.
     *
     * Items: One relation.
     */
    references: {
      /**
       * Relation-type code: 1 bãi bỏ, 3 căn cứ, 4 dẫn chiếu, 6 đính chính, 8 hướng dẫn áp dụng, 9 quy định chi tiết, 10/13 sửa đổi bổ sung, 11 tạm ngưng, 12 thay thế…
       */
      referenceType: number;
      /**
       * The related document.
       */
      targetDocument: {
        /**
         * Its id.
         */
        id: string;
        /**
         * Its số ký hiệu.
         */
        docNum: string;
        /**
         * Its title.
         */
        title: string;
        /**
         * Its issue date, yyyy-MM-ddT00:00:00.
         */
        issueDate: string;
        /**
         * In force from, yyyy-MM-ddT00:00:00.
         */
        effFrom: string;
        /**
         * In force until, yyyy-MM-ddT00:00:00.
         */
        effTo: string | null;
        /**
         * Its effectiveness status name.
         */
        status: string;
      };
    }[];
  };
}

// vbpl/docAll.request.json

/**
 * A page of documents (POST doc/all).
 */
export interface VbplDocAllRequest {
  /**
   * Page, counted from 1 (default 1).
   */
  pageNumber?: number;
  /**
   * Documents per page, 1–100 (default 20).
   */
  pageSize?: number;
  /**
   * issueDate (default), effFrom, docNum, title or updatedDate.
   */
  sortBy?: 'issueDate' | 'effFrom' | 'docNum' | 'title' | 'updatedDate';
  /**
   * desc (default) or asc.
   */
  sortDirection?: 'asc' | 'desc';
  /**
   * Words in the number or title (case-insensitive).
   */
  keyword?: string;
  /**
   * An ISO day yyyy-MM-dd (a time and offset after it, as a C# DateTime or DateTimeOffset writes them, are ignored).
   */
  issueDateFrom?: string;
  /**
   * An ISO day yyyy-MM-dd (a time and offset after it, as a C# DateTime or DateTimeOffset writes them, are ignored).
   */
  issueDateTo?: string;
}

// vbpl/docAll.response.json

/**
 * One page of documents.
 */
export interface VbplDocAllResponse {
  /**
   * Always true on success.
   */
  success: boolean;
  /**
   * The page.
   */
  data: {
    /**
     * Documents of the page.
     *
     * Items: One document.
     */
    items: {
      /**
       * Numeric id, the SOAP ItemID.
       */
      id: string;
      /**
       * Số ký hiệu, e.g. 15/2026/QĐ-UBND.
       */
      docNum: string;
      /**
       * Title (trích yếu).
       */
      title: string;
      /**
       * Document type.
       */
      docType: {
        /**
         * Loại văn bản, e.g. Quyết định.
         */
        name: string;
      };
      /**
       * Issuing body.
       */
      agencyName: string;
      /**
       * Issue date, yyyy-MM-ddT00:00:00.
       */
      issueDate: string;
      /**
       * In force from, yyyy-MM-ddT00:00:00.
       */
      effFrom: string;
      /**
       * Ceases to be in force from, yyyy-MM-ddT00:00:00; null while no end is known.
       */
      effTo: string | null;
      /**
       * Effectiveness status on the simulation day.
       */
      effStatus: {
        /**
         * CHL, HHL, HHLTB, HHTB, NGUNG_HL; CHUA_HL (not yet in force) is the simulator's code.
         */
        code: string;
        /**
         * Its Vietnamese name.
         */
        name: string;
      };
      /**
       * Last change of the record, yyyy-MM-ddT00:00:00.
       */
      updatedDate: string;
    }[];
    /**
     * Documents matching, over all pages.
     */
    total: number;
  };
}

// vbpl/docDiagram.response.json

/**
 * Related documents grouped by relation type.
 */
export interface VbplDocDiagramResponse {
  /**
   * Always true on success.
   */
  success: boolean;
  /**
   * The diagram.
   */
  data: {
    /**
     * Documents this one acts on, by relation-type code.
     */
    documentNamesByType: {
      /**
       * Documents of that type.
       *
       * Items: One document.
       */
      [k: string]:
        | {
            /**
             * Its id.
             */
            id: string;
            /**
             * Type, number and title.
             */
            name: string;
          }[]
        | undefined;
    };
    /**
     * Documents that act on this one, by relation-type code.
     */
    documentNamesBySource: {
      /**
       * Documents of that type.
       *
       * Items: One document.
       */
      [k: string]:
        | {
            /**
             * Its id.
             */
            id: string;
            /**
             * Type, number and title.
             */
            name: string;
          }[]
        | undefined;
    };
  };
}

/** Request and response type of every message type `<service>.<operation>`, from schemas/<service>/<operation>.{request,response}.json. */
export interface OperationTypes {
  'bhxh.getMaSoBhxhTheoTieuChi': { request: GetMaSoBhxhTheoTieuChiRequest; response: GetMaSoBhxhTheoTieuChiResponse };
  'bhxh.getTraCuuThongTinHgd': { request: GetTraCuuThongTinHgdRequest; response: GetTraCuuThongTinHgdResponse };
  'bhxh.getTraCuuTtHgdByMaSoBhxh': { request: GetTraCuuTtHgdByMaSoBhxhRequest; response: GetTraCuuTtHgdByMaSoBhxhResponse };
  'bhyt.KQNhanLichSuKCB2024': { request: BhytCardQueryRequest; response: BhytCardCheckResponse };
  'bhyt.Lskcb2025': { request: BhytCardQueryRequest; response: BhytHistoryResponse };
  'bhyt.tokenTake': { request: BhytTokenTakeRequest; response: BhytTokenTakeResponse };
  'diag.echo': { request: DiagEchoRequest; response: DiagEchoResponse };
  'dkdn.chiTietDoanhNghiep': { request: ChiTietDoanhNghiepRequest; response: ChiTietDoanhNghiepResponse };
  'dkdn.danhSachHoSo': { request: DanhSachHoSoRequest; response: DanhSachHoSoResponse };
  'dkdn.danhSachHoSoTrongNgay': { request: DanhSachHoSoTrongNgayRequest; response: DanhSachHoSoResponse };
  'dkdn.tinhTrangHoSo': { request: TinhTrangHoSoRequest; response: TinhTrangHoSoResponse };
  'dmdc.layDanhMuc': { request: LayDanhMucRequest; response: LayDanhMucResponse };
  'dmdc.layMetadata': { request: LayMetadataRequest; response: LayMetadataResponse };
  'dmdc.themDanhMuc': { request: ThemDanhMucRequest; response: ThemDanhMucResponse };
  'hotich.dangKyHoTich': { request: DangKyHoTichRequest; response: DangKyHoTichResponse };
  'hotich.danhMuc': { request: DanhMucRequest; response: DanhMucResponse };
  'hotich.dsHoSoDangKy': { request: DsHoSoDangKyRequest; response: DsHoSoDangKyResponse };
  'hotich.ketQuaDangKyHS': { request: KetQuaDangKyHSRequest; response: KetQuaDangKyHSResponse };
  'hotich.layKetQua': { request: LayKetQuaRequest; response: LayKetQuaResponse };
  'hotich.traDanhSachHoSo': { request: TraDanhSachHoSoRequest; response: TraDanhSachHoSoResponse };
  'hotich.traHoSo': { request: HoTichTraHoSoRequest; response: HoTichTraHoSoResponse };
  'hotich.traTrangThaiHoSo': { request: TraTrangThaiHoSoRequest; response: TraTrangThaiHoSoResponse };
  'lltp.danhDauHsThanhCong': { request: DanhDauHsThanhCongRequest; response: DanhDauHsThanhCongResponse };
  'lltp.layKetQua': { request: LltpLayKetQuaRequest; response: LltpLayKetQuaResponse };
  'lltp.nhanHoSoDangKy': { request: NhanHoSoDangKyRequest; response: NhanHoSoDangKyResponse };
  'lltp.traDanhMuc': { request: TraDanhMucRequest; response: TraDanhMucResponse };
  'lltp.traDsTrangThaiHs': { request: TraDsTrangThaiHsRequest; response: TraDsTrangThaiHsResponse };
  'lltp.traHoSo': { request: TraHoSoRequest; response: TraHoSoResponse };
  'lltp.traKetQuaHoSoLLTP': { request: TraKetQuaHoSoLltpRequest; response: TraKetQuaHoSoLltpResponse };
  'lltp.traTrangThaiHs': { request: TraTrangThaiHsRequest; response: TraTrangThaiHsResponse };
  'msns.traCuuMaSo': { request: MsnsTraCuuMaSoRequest; response: MsnsTraCuuMaSoResponse };
  'paygov.getBill': { request: PaygovGetBillRequest; response: PaygovGetBillResponse };
  'paygov.init': { request: PaygovInitRequest; response: PaygovInitResponse };
  'paygov.query': { request: PaygovQueryRequest; response: PaygovQueryResponse };
  'sso.login': { request: SsoLoginRequest; response: SsoLoginResponse };
  'sso.token': { request: SsoTokenRequest; response: SsoTokenResponse };
  'sso.userinfo': { request: SsoUserinfoRequest; response: SsoUserinfoResponse };
  'vbpl.GetById': { request: VbplGetByIdRequest; response: VbplGetByIdResponse };
  'vbpl.GetLichSuVB': { request: VbplGetByIdRequest; response: VbplGetLichSuVBResponse };
  'vbpl.GetListVanBanByListID': { request: VbplGetListVanBanByListIDRequest; response: VbplGetListVanBanByListIDResponse };
  'vbpl.GetListVanBanByListSKH': { request: VbplGetListVanBanByListSKHRequest; response: VbplGetListVanBanByListSKHResponse };
  'vbpl.doc': { request: VbplDocRequest; response: VbplDocResponse };
  'vbpl.docAll': { request: VbplDocAllRequest; response: VbplDocAllResponse };
  'vbpl.docDiagram': { request: VbplDocRequest; response: VbplDocDiagramResponse };
}
