// The people the test identity provider knows, with the claims a VNeID-style provider returns
// (see IDENTITY_CLAIMS in lib/domain/identity.ts). They sign in at the provider with their
// personal identification number and TEST_PASSWORD.

export const TEST_PASSWORD = "VNeID-ThuNghiem-2026";

export type TestIdentity = { username: string; claims: { sub: string; name: string } & Record<string, unknown> };

export const IDENTITIES = {
  /** Not known to the portal: the first sign-in creates her account. */
  newCitizen: {
    username: "019301005678",
    claims: {
      sub: "vneid-e2e-0001",
      name: "Lò Thị Minh Châu",
      national_id: "019301005678",
      birthdate: "2001-03-15",
      gender: "female",
      // OIDC's structured address claim; the demo citizen's below is a plain string.
      address: { formatted: "Tổ 5, phường Túc Duyên, tỉnh Thái Nguyên", country: "VN" },
      phone_number: "+84 987 650 001",
      phone_number_verified: true,
      email: "chau.lo.e2e@example.vn",
      email_verified: true,
    },
  },
  /** The seeded demo citizen Nguyễn Văn An (same CCCD): the sign-in links his existing account. */
  demoCitizen: {
    username: "019090012345",
    claims: {
      sub: "vneid-e2e-0002",
      name: "Nguyễn Văn An",
      national_id: "019090012345",
      birthdate: "1990-05-12",
      gender: "male",
      address: "Số 25 đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên",
    },
  },
  /** A provider answer the portal must refuse: the CCCD claim has 11 digits. */
  badNationalId: {
    username: "01909001234",
    claims: {
      sub: "vneid-e2e-0003",
      name: "Phạm Văn Lỗi",
      national_id: "01909001234",
      birthdate: "1985-01-01",
      gender: "male",
      address: "Tổ 1, phường Phan Đình Phùng, tỉnh Thái Nguyên",
    },
  },
} satisfies Record<string, TestIdentity>;
