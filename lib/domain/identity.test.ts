import { describe, expect, it } from "vitest";
import {
  changedVerifiedFields,
  formatAddress,
  isNationalId,
  normalizeEmail,
  normalizeGender,
  normalizePhone,
  parseBirthdate,
  parseIdentityClaims,
  verifiedUserFields,
} from "./identity";
import { IDENTITY_REFUSALS, identityErrorCode, identityErrorFromCode } from "./identity-signin";

const CLAIMS = {
  sub: "vneid-7f3a",
  name: "Nguyễn Văn An",
  national_id: "019090012345",
  birthdate: "1990-05-12",
  gender: "male",
  address: { formatted: "Số 25 đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên", country: "VN" },
  phone_number: "+84 912 345 678",
  email: "An.Nguyen@Example.VN",
  // Registered ID-token claims come along in the merged claims and are ignored.
  iss: "https://id.example.vn",
  aud: "portal",
};

describe("isNationalId", () => {
  it.each([
    ["019090012345", true],
    ["001201012345", true],
    ["01909001234", false], // 11 digits
    ["0190900123456", false], // 13 digits
    ["01909001234a", false],
    ["019 090 012 345", false],
    ["０１９０９００１２３４５", false], // full-width digits are not ASCII digits
    ["", false],
    [19090012345, false], // a number lost its leading zero
    [null, false],
  ])("%j → %s", (value, expected) => {
    expect(isNationalId(value)).toBe(expected);
  });
});

describe("parseIdentityClaims", () => {
  it("maps the claims to the verified identity", () => {
    const parsed = parseIdentityClaims(CLAIMS);
    expect(parsed).toEqual({
      ok: true,
      identity: {
        subject: "vneid-7f3a",
        fullName: "Nguyễn Văn An",
        nationalId: "019090012345",
        birthDate: new Date(Date.UTC(1990, 4, 12)),
        gender: "Nam",
        address: "Số 25 đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên",
        phone: "0912345678",
        email: "an.nguyen@example.vn",
      },
    });
  });

  it("keeps only the legal-identity fields as verified user fields", () => {
    const parsed = parseIdentityClaims(CLAIMS);
    if (!parsed.ok) throw new Error("expected ok");
    expect(verifiedUserFields(parsed.identity)).toEqual({
      fullName: "Nguyễn Văn An",
      nationalId: "019090012345",
      birthDate: new Date(Date.UTC(1990, 4, 12)),
      gender: "Nam",
      address: "Số 25 đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên",
    });
  });

  it("stores names in composed Unicode with single spaces", () => {
    const parsed = parseIdentityClaims({ ...CLAIMS, name: "  Trần   Thị Bình ".normalize("NFD") });
    expect(parsed.ok && parsed.identity.fullName).toBe("Trần Thị Bình");
    expect(parsed.ok && parsed.identity.fullName).toBe("Trần Thị Bình".normalize("NFC"));
  });

  it("accepts a CCCD with surrounding spaces", () => {
    const parsed = parseIdentityClaims({ ...CLAIMS, national_id: " 019090012345 " });
    expect(parsed.ok && parsed.identity.nationalId).toBe("019090012345");
  });

  it.each([
    ["11 digits", { national_id: "01909001234" }],
    ["13 digits", { national_id: "0190900123456" }],
    ["letters", { national_id: "01909001234X" }],
    ["a number", { national_id: 19090012345 }],
    ["missing", { national_id: undefined }],
    ["empty", { national_id: "" }],
  ])("refuses a CCCD claim that is not 12 digits (%s)", (_, patch) => {
    expect(parseIdentityClaims({ ...CLAIMS, ...patch })).toEqual({ ok: false, reason: "bad_national_id" });
  });

  it.each([
    ["no sub", { sub: undefined }],
    ["empty sub", { sub: " " }],
    ["no name", { name: undefined }],
    ["empty name", { name: "" }],
    ["name not a string", { name: ["Nguyễn", "Văn", "An"] }],
  ])("refuses claims without a subject or a name (%s)", (_, patch) => {
    expect(parseIdentityClaims({ ...CLAIMS, ...patch })).toEqual({ ok: false, reason: "incomplete_claims" });
  });

  it.each([null, undefined, "claims", 42])("refuses something that is not a claims object (%j)", (value) => {
    expect(parseIdentityClaims(value)).toEqual({ ok: false, reason: "incomplete_claims" });
  });

  it("reads malformed optional claims as absent instead of refusing", () => {
    const parsed = parseIdentityClaims({ ...CLAIMS, birthdate: "12/05/1990", gender: 1, address: 7, phone_number: "abc", email: "not-an-email" });
    expect(parsed).toMatchObject({ ok: true, identity: { birthDate: null, gender: null, address: null, phone: null, email: null } });
  });

  it("reads missing optional claims as absent", () => {
    const parsed = parseIdentityClaims({ sub: "s", name: "Lò Văn Páo", national_id: "019301005678" });
    expect(parsed).toEqual({
      ok: true,
      identity: { subject: "s", fullName: "Lò Văn Páo", nationalId: "019301005678", birthDate: null, gender: null, address: null, phone: null, email: null },
    });
  });
});

describe("parseBirthdate", () => {
  const today = new Date("2026-03-01T00:00:00Z");
  it.each([
    ["1990-05-12", Date.UTC(1990, 4, 12)],
    ["2000-02-29", Date.UTC(2000, 1, 29)], // leap year
    [" 1995-08-20 ", Date.UTC(1995, 7, 20)],
    ["2026-03-01", Date.UTC(2026, 2, 1)], // born today
    ["1900-01-01", Date.UTC(1900, 0, 1)],
  ])("%j → a UTC date", (value, expected) => {
    expect(parseBirthdate(value, today)?.getTime()).toBe(expected);
  });

  it.each([
    "1990-02-30", // no such day
    "2001-02-29", // not a leap year
    "1990-13-01",
    "1990-5-12",
    "12/05/1990",
    "0000-05-12", // OIDC "year withheld" form: no usable date
    "1990",
    "1899-12-31",
    "2026-03-02", // in the future
    "",
  ])("%j → null", (value) => {
    expect(parseBirthdate(value, today)).toBeNull();
  });

  it("ignores non-strings", () => {
    expect(parseBirthdate(19900512, today)).toBeNull();
  });
});

describe("normalizeGender", () => {
  it.each([
    ["male", "Nam"],
    ["Male", "Nam"],
    ["Nam", "Nam"],
    ["M", "Nam"],
    ["female", "Nữ"],
    ["Nữ", "Nữ"],
    ["Nữ".normalize("NFD"), "Nữ"],
    ["nu", "Nữ"],
    ["F", "Nữ"],
    ["other", null],
    ["", null],
    [0, null],
  ])("%j → %j", (value, expected) => {
    expect(normalizeGender(value)).toBe(expected);
  });
});

describe("formatAddress", () => {
  it.each([
    ["Tổ 8, phường Gia Sàng, tỉnh Thái Nguyên", "Tổ 8, phường Gia Sàng, tỉnh Thái Nguyên"],
    ["  Tổ 8,   phường Gia Sàng ", "Tổ 8, phường Gia Sàng"],
    [{ formatted: "Tổ 8, phường Gia Sàng, tỉnh Thái Nguyên" }, "Tổ 8, phường Gia Sàng, tỉnh Thái Nguyên"],
    [{ street_address: "Tổ 8", locality: "phường Gia Sàng", region: "tỉnh Thái Nguyên", country: "Việt Nam" }, "Tổ 8, phường Gia Sàng, tỉnh Thái Nguyên, Việt Nam"],
    [{ formatted: " ", locality: "phường Gia Sàng" }, "phường Gia Sàng"],
    [{}, null],
    ["", null],
    [null, null],
    [42, null],
  ])("%j → %j", (value, expected) => {
    expect(formatAddress(value)).toBe(expected);
  });

  it("cuts very long addresses", () => {
    expect(formatAddress("x".repeat(1000))).toHaveLength(500);
  });
});

describe("contact claims", () => {
  it.each([
    ["+84 912 345 678", "0912345678"],
    ["84912345678", "0912345678"],
    ["0912.345.678", "0912345678"],
    ["0912345", null],
    ["an@example.vn", null],
    [912345678, null],
  ])("phone %j → %j", (value, expected) => {
    expect(normalizePhone(value)).toBe(expected);
  });

  it.each([
    [" An.Nguyen@Example.VN ", "an.nguyen@example.vn"],
    ["an@", null],
    ["", null],
    [null, null],
  ])("e-mail %j → %j", (value, expected) => {
    expect(normalizeEmail(value)).toBe(expected);
  });
});

describe("changedVerifiedFields", () => {
  const base = { fullName: "Nguyễn Văn An", nationalId: "019090012345", birthDate: new Date(Date.UTC(1990, 4, 12)), gender: "Nam" as const, address: "Thái Nguyên" };

  it("finds nothing when the values are equal (dates compared by value)", () => {
    expect(changedVerifiedFields(base, { ...base, birthDate: new Date(Date.UTC(1990, 4, 12)) })).toEqual([]);
  });

  it("names the fields that changed, including to and from null", () => {
    expect(changedVerifiedFields(base, { ...base, fullName: "Nguyễn Văn Ân", birthDate: null, address: null })).toEqual(["fullName", "birthDate", "address"]);
    expect(changedVerifiedFields({ ...base, gender: null }, base)).toEqual(["gender"]);
  });
});

describe("sign-in error codes", () => {
  it("round-trips every refusal through the ?error= code", () => {
    for (const reason of IDENTITY_REFUSALS) expect(identityErrorFromCode(identityErrorCode(reason))).toBe(reason);
  });

  it.each(["OAuthSignin", "OAuthCallback", "Callback", "AccessDenied"])("reads next-auth's %s as a failed VNeID sign-in", (code) => {
    expect(identityErrorFromCode(code)).toBe("failed");
  });

  it.each([null, undefined, "", "CredentialsSignin", "Configuration", "vneidnationalid"])("ignores %j", (code) => {
    expect(identityErrorFromCode(code)).toBeNull();
  });
});
