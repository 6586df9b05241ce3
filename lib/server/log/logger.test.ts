import { Writable } from "node:stream";
import { describe, expect, it, vi } from "vitest";

// Next.js's server installs AsyncLocalStorage on globalThis before its request stores are
// created (next/dist/server/node-environment); do the same before they are imported here.
vi.hoisted(() => {
  const g = globalThis as { AsyncLocalStorage?: unknown };
  g.AsyncLocalStorage ??= process.getBuiltinModule("node:async_hooks").AsyncLocalStorage;
});
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
import { createLogger } from "./logger";
import { REDACTED, scrubText } from "./redaction";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  const logger = createLogger({ destination, level: "debug" });
  return { logger, lines, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

// Personal data and secrets as they could reach a log call in this project.
const SECRETS = {
  password: "ThaiNguyen@2026",
  newPassword: "MatKhauMoi#2027",
  token: "tok_live_abcdef123456",
  accessToken: "eyJhbGciOiJIUzI1NiJ9.payload.sig",
  apiToken: "tn_api_0123456789abcdef",
  cookie: "next-auth.session-token=abc.def.ghi",
  authorization: "Bearer s3cr3t-bearer-value",
  nationalId: "001203004567",
  applicantNationalId: "019088001234",
  cccd: "034095006789",
  phone: "0912345678",
  applicantPhone: "0987654321",
  email: "an.nguyen@demo.thainguyen.vn",
  applicantEmail: "le.thi.hoa@example.com",
  fullName: "Nguyễn Văn An",
  applicantName: "Lê Thị Hoa",
  address: "12 Hoàng Văn Thụ, phường Phan Đình Phùng",
};
const VALUES = Object.values(SECRETS);

function expectNoSecret(line: string) {
  for (const value of VALUES) expect(line, `leaked ${value}`).not.toContain(value);
  // JSON escapes non-ASCII only as itself; check the digits/local parts too.
  expect(line).not.toMatch(/0912345678|001203004567|an\.nguyen@/);
}

describe("logger", () => {
  it("writes one JSON object per line with level, time, service and message", () => {
    const { logger, records } = capture();
    logger.info({ dossierCode: "H10.01-261127-0001" }, "đã tiếp nhận hồ sơ");
    const [r] = records();
    expect(r).toMatchObject({ level: "info", service: "portal", msg: "đã tiếp nhận hồ sơ", dossierCode: "H10.01-261127-0001" });
    expect(new Date(String(r.time)).toString()).not.toBe("Invalid Date");
    expect(typeof r.pid).toBe("number");
  });

  it("redacts secrets and personal data at the top level and nested up to three levels", () => {
    const { logger, lines, records } = capture();
    logger.info(SECRETS, "top level");
    logger.info({ user: { ...SECRETS, name: "Trần Thị Bình" } }, "one level");
    logger.info({ request: { headers: { authorization: SECRETS.authorization, cookie: SECRETS.cookie, "set-cookie": "sid=xyz-secret-cookie" } } }, "headers");
    logger.info({ a: { b: { dossier: { applicantNationalId: SECRETS.applicantNationalId, applicantPhone: SECRETS.applicantPhone, applicantEmail: SECRETS.applicantEmail, applicantName: SECRETS.applicantName } } } }, "deep");
    expect(lines).toHaveLength(4);
    for (const line of lines) expectNoSecret(line);
    expect(lines[1]).not.toContain("Trần Thị Bình");
    expect(lines[2]).not.toContain("xyz-secret-cookie");
    const [top, nested, headers, deep] = records();
    // The keys stay (so one can see that a value was there), the values are replaced.
    expect(top.password).toBe(REDACTED);
    expect(top.nationalId).toBe(REDACTED);
    expect((nested.user as Record<string, unknown>).email).toBe(REDACTED);
    expect((nested.user as Record<string, unknown>).name).toBe(REDACTED);
    expect(((headers.request as Record<string, Record<string, unknown>>).headers)["set-cookie"]).toBe(REDACTED);
    expect((((deep.a as Record<string, Record<string, Record<string, unknown>>>).b).dossier).applicantPhone).toBe(REDACTED);
  });

  it("masks e-mail addresses, phone and ID numbers and bearer tokens in messages and errors", () => {
    const { logger, lines, records } = capture();
    logger.warn(`gửi thư tới ${SECRETS.email} thất bại, gọi ${SECRETS.phone}, CCCD ${SECRETS.nationalId}, ${SECRETS.authorization}`);
    logger.error({ err: new Error(`recipient <${SECRETS.applicantEmail}> rejected; CCCD ${SECRETS.cccd}`) }, "smtp");
    for (const line of lines) expectNoSecret(line);
    const [warn, error] = records();
    expect(warn.msg).toContain("[email]");
    expect(warn.msg).toContain("[số điện thoại]");
    expect(warn.msg).toContain("[số định danh]");
    const err = error.err as Record<string, string>;
    expect(err.type).toBe("Error");
    expect(err.message).toBe("recipient <[email]> rejected; CCCD [số định danh]");
    expect(err.stack).toContain("logger.test.ts");
  });

  it("keeps ordinary values: procedure names, dossier codes, counts, request ids", () => {
    const { logger, records } = capture();
    logger.info({ procedure: { name: "Cấp bản sao trích lục hộ tịch" }, code: "H10.01-261127-0001", claimed: 12, requestId: "7f1d2c3b-1234-4abc-9def-012345678901" }, "ok");
    expect(records()[0]).toMatchObject({ procedure: { name: "Cấp bản sao trích lục hộ tịch" }, code: "H10.01-261127-0001", claimed: 12, requestId: "7f1d2c3b-1234-4abc-9def-012345678901" });
  });

  it("adds the request id to every line logged while a request is handled", () => {
    const { logger, records } = capture();
    const headers = new Headers({ "x-request-id": "req-0123456789abcdef" });
    workUnitAsyncStorage.run({ type: "request", headers } as never, () => {
      logger.info("inside");
      logger.child({ component: "dossiers" }).warn({ n: 1 }, "child inside");
    });
    logger.info("outside");
    const [inside, child, outside] = records();
    expect(inside.requestId).toBe("req-0123456789abcdef");
    expect(child.requestId).toBe("req-0123456789abcdef");
    expect(child.component).toBe("dossiers");
    expect(outside.requestId).toBeUndefined();
  });

  it("does not repeat requestId when the child already carries it, and ignores malformed ids", () => {
    const { logger, lines } = capture();
    workUnitAsyncStorage.run({ type: "request", headers: new Headers({ "x-request-id": "req-0123456789abcdef" }) } as never, () => {
      logger.child({ requestId: "req-0123456789abcdef" }).info("bound");
    });
    workUnitAsyncStorage.run({ type: "request", headers: new Headers({ "x-request-id": "bad id {with} spaces" }) } as never, () => {
      logger.info("malformed");
    });
    expect(lines[0].match(/"requestId"/g)).toHaveLength(1);
    expect(JSON.parse(lines[1]).requestId).toBeUndefined();
  });
});

describe("scrubText", () => {
  it("masks contact details and ID numbers but leaves codes and dates", () => {
    expect(scrubText("liên hệ +84 912 345 678 hoặc 0987.654.321")).toBe("liên hệ [số điện thoại] hoặc [số điện thoại]");
    expect(scrubText("CMND 123456789, CCCD 001203004567")).toBe("CMND [số định danh], CCCD [số định danh]");
    expect(scrubText("hồ sơ H10.01-261127-0001 ngày 27/11/2026, 3000 hồ sơ")).toBe("hồ sơ H10.01-261127-0001 ngày 27/11/2026, 3000 hồ sơ");
    expect(scrubText("Authorization: Bearer abc.def-123")).toBe("Authorization: Bearer [đã ẩn]");
  });
});
