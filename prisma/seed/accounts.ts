// Demo accounts shown on the login page, plus one officer per other agency (same password,
// not advertised). Names are fictional.
import { AGENCIES, PROVINCE_CODE } from "./agencies";
import { Rng } from "@/lib/domain/random";
import { mobilePhone } from "./names";

export const DEMO_PASSWORD = "ThaiNguyen@2026";

export type DemoRole = "CITIZEN" | "OFFICER" | "LEADER" | "ADMIN";

export type DemoAccount = {
  role: DemoRole;
  email: string;
  phone: string;
  fullName: string;
  agencyCode?: string;
  description: string;
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    role: "CITIZEN", email: "an.nguyen@demo.thainguyen.vn", phone: "0912345678", fullName: "Nguyễn Văn An",
    description: "Công dân (nam, sinh 1990, phường Phan Đình Phùng): có hồ sơ đang xử lý, cần bổ sung và đã trả kết quả",
  },
  {
    role: "CITIZEN", email: "binh.tran@demo.thainguyen.vn", phone: "0987654321", fullName: "Trần Thị Bình",
    description: "Công dân (nữ, sinh 1995, phường Gia Sàng): có hồ sơ đang xử lý, cần bổ sung và đã trả kết quả",
  },
  {
    role: "OFFICER", email: "canbo.tuphap@demo.thainguyen.vn", phone: "0962111222", fullName: "Lê Thị Hoa", agencyCode: "STP",
    description: "Cán bộ Bộ phận Một cửa Sở Tư pháp: tiếp nhận, xử lý hồ sơ lý lịch tư pháp",
  },
  {
    role: "OFFICER", email: "canbo.pdp@demo.thainguyen.vn", phone: "0983222333", fullName: "Phạm Văn Hải", agencyCode: "PDP",
    description: "Công chức Tư pháp – Hộ tịch phường Phan Đình Phùng: hồ sơ hộ tịch, chứng thực, hộ kinh doanh",
  },
  {
    role: "LEADER", email: "lanhdao@demo.thainguyen.vn", phone: "0913333444", fullName: "Vũ Đức Thịnh", agencyCode: PROVINCE_CODE,
    description: "Phó Chủ tịch UBND tỉnh: bảng điều hành, 37 nhiệm vụ, chất lượng phục vụ",
  },
  {
    role: "ADMIN", email: "quantri@demo.thainguyen.vn", phone: "0974555666", fullName: "Ngô Thanh Tùng", agencyCode: "SKHCN",
    description: "Quản trị hệ thống (Sở Khoa học và Công nghệ): cơ quan, người dùng, thủ tục, nhiệm vụ, ngày nghỉ",
  },
];

/** Identity details of the demo citizens (as the national identity provider would return them). */
export const DEMO_CITIZENS: Record<string, { nationalId: string; birthDate: string; gender: "Nam" | "Nữ"; address: string }> = {
  "an.nguyen@demo.thainguyen.vn": {
    nationalId: "019090012345", birthDate: "1990-05-12", gender: "Nam",
    address: "Số 25 đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên",
  },
  "binh.tran@demo.thainguyen.vn": {
    nationalId: "019195012346", birthDate: "1995-08-20", gender: "Nữ",
    address: "Tổ 8, phường Gia Sàng, tỉnh Thái Nguyên",
  },
};

export const DEMO_TITLES: Record<string, string> = {
  "canbo.tuphap@demo.thainguyen.vn": "Chuyên viên Bộ phận Một cửa Sở Tư pháp",
  "canbo.pdp@demo.thainguyen.vn": "Công chức Tư pháp – Hộ tịch",
  "lanhdao@demo.thainguyen.vn": "Phó Chủ tịch Ủy ban nhân dân tỉnh",
  "quantri@demo.thainguyen.vn": "Chuyên viên Trung tâm Chuyển đổi số, quản trị hệ thống",
};

export type UserSeed = {
  email: string;
  phone: string;
  fullName: string;
  role: DemoRole;
  agencyCode?: string;
  title?: string;
  gender?: "Nam" | "Nữ";
};

/** Every seeded staff account: the demo officers/leader/admin plus one officer per other agency. */
export function staffAccounts(): UserSeed[] {
  const out: UserSeed[] = DEMO_ACCOUNTS.filter((a) => a.role !== "CITIZEN").map((a) => ({
    email: a.email, phone: a.phone, fullName: a.fullName, role: a.role, agencyCode: a.agencyCode, title: DEMO_TITLES[a.email],
  }));
  const used = new Set(DEMO_ACCOUNTS.map((a) => a.phone));
  const rng = new Rng("staff-phones");
  for (const agency of AGENCIES) {
    if (!agency.officer) continue;
    let phone = mobilePhone(rng);
    while (used.has(phone)) phone = mobilePhone(rng);
    used.add(phone);
    out.push({
      email: `canbo.${agency.code.toLowerCase()}@demo.thainguyen.vn`,
      phone,
      fullName: agency.officer.fullName,
      role: "OFFICER",
      agencyCode: agency.code,
      title: agency.officer.title,
      gender: agency.officer.gender,
    });
  }
  return out;
}
