// Notifications (outbox, already sent) and citizen feedback (phản ánh, kiến nghị) around the
// demo citizens' dossiers.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addWorkingDays } from "@/lib/domain/working-days";
import { formatDate } from "@/lib/domain/format";
import { DEMO_ACCOUNTS } from "./accounts";
import { seedId } from "./ids";
import type { ReferenceData } from "./reference";

const HOUR = 3_600_000;
const DAY = 86_400_000;

type DemoDossier = {
  id: string; code: string | null; status: string; applicantId: string | null; agencyId: string; procedureId: string; idempotencyKey: string | null;
  receivedAt: Date | null; dueAt: Date | null; pausedAt: Date | null; finishedAt: Date | null; returnedAt: Date | null; apologyIssuedAt: Date | null;
  procedure: { name: string; code: string };
};

async function demoDossiers(prisma: PrismaClient): Promise<DemoDossier[]> {
  return prisma.dossier.findMany({
    where: { idempotencyKey: { startsWith: "seed:demo:" } },
    select: {
      id: true, code: true, status: true, applicantId: true, agencyId: true, procedureId: true, idempotencyKey: true,
      receivedAt: true, dueAt: true, pausedAt: true, finishedAt: true, returnedAt: true, apologyIssuedAt: true, procedure: { select: { name: true, code: true } },
    },
    orderBy: { submittedAt: "desc" },
  });
}

export async function seedNotifications(prisma: PrismaClient, ref: ReferenceData, now: Date): Promise<void> {
  const dossiers = await demoDossiers(prisma);
  const accountById = new Map(DEMO_ACCOUNTS.filter((a) => a.role === "CITIZEN").map((a) => [ref.users.get(a.email), a]));
  const rows: {
    id: string; userId: string; dossierId: string; channel: "EMAIL" | "SMS" | "IN_APP"; recipient: string; template: string; subject: string; body: string;
    status: "SENT"; attempts: number; nextAttemptAt: Date; sentAt: Date; readAt: Date | null; createdAt: Date;
  }[] = [];
  const add = (d: DemoDossier, channel: "EMAIL" | "SMS" | "IN_APP", template: string, subject: string, body: string, at: Date, read: boolean) => {
    const account = d.applicantId ? accountById.get(d.applicantId) : undefined;
    if (!account || !d.applicantId || !d.code || at.getTime() > now.getTime()) return;
    rows.push({
      id: seedId(`notification:${d.idempotencyKey}:${template}:${channel}`), userId: d.applicantId, dossierId: d.id, channel,
      recipient: channel === "SMS" ? account.phone : channel === "EMAIL" ? account.email : d.applicantId, template, subject, body,
      status: "SENT", attempts: 1, nextAttemptAt: at, sentAt: new Date(at.getTime() + 20_000), readAt: read ? new Date(at.getTime() + 2 * HOUR) : null, createdAt: at,
    });
  };
  let returnedCount = 0;
  for (const d of dossiers) {
    const name = d.procedure.name;
    if (d.receivedAt && d.dueAt && ["RECEIVED", "PROCESSING", "SUPPLEMENT_REQUESTED", "APPROVED"].includes(d.status)) {
      add(d, "EMAIL", "dossier.received", `Hồ sơ ${d.code} đã được tiếp nhận`,
        `Hồ sơ ${d.code} (${name}) đã được tiếp nhận. Ngày hẹn trả kết quả: ${formatDate(d.dueAt)}. Tra cứu tiến độ tại Cổng dịch vụ công tỉnh Thái Nguyên.`,
        new Date(d.receivedAt.getTime() + 60_000), true);
    }
    if (d.status === "SUPPLEMENT_REQUESTED" && d.pausedAt) {
      const body = `Hồ sơ ${d.code} (${name}) cần bổ sung, hoàn thiện. Vui lòng đăng nhập Cổng dịch vụ công để xem nội dung yêu cầu và nộp bổ sung.`;
      add(d, "SMS", "dossier.supplement_requested", `Yêu cầu bổ sung hồ sơ ${d.code}`, body, new Date(d.pausedAt.getTime() + 60_000), true);
      add(d, "IN_APP", "dossier.supplement_requested", `Yêu cầu bổ sung hồ sơ ${d.code}`, body, new Date(d.pausedAt.getTime() + 60_000), false);
    }
    if (d.status === "APPROVED" && d.finishedAt) {
      add(d, "SMS", "dossier.approved", `Kết quả hồ sơ ${d.code} đã có`, `Hồ sơ ${d.code} đã có kết quả. Mời ông/bà đến Bộ phận Một cửa nhận kết quả, mang theo giấy hẹn.`,
        new Date(d.finishedAt.getTime() + 5 * 60_000), false);
    }
    if (d.status === "RETURNED" && d.returnedAt && returnedCount < 4) {
      returnedCount += 1;
      add(d, "EMAIL", "dossier.returned", `Hồ sơ ${d.code} đã có kết quả`,
        `Kết quả giải quyết hồ sơ ${d.code} (${name}) đã được trả vào tài khoản của ông/bà. Mời ông/bà đánh giá mức độ hài lòng.`,
        new Date(d.returnedAt.getTime() + 60_000), true);
    }
    if (d.apologyIssuedAt) {
      add(d, "EMAIL", "dossier.apology", `Thư xin lỗi về việc trễ hẹn hồ sơ ${d.code}`,
        `Cơ quan giải quyết xin lỗi ông/bà vì hồ sơ ${d.code} chưa có kết quả đúng hẹn và hẹn lại thời gian trả kết quả.`, new Date(d.apologyIssuedAt.getTime() + 60_000), true);
    }
  }
  await prisma.notification.createMany({ data: rows, skipDuplicates: true });
}

export async function seedFeedback(prisma: PrismaClient, ref: ReferenceData, now: Date): Promise<void> {
  const dossiers = await demoDossiers(prisma);
  const an = ref.users.get("an.nguyen@demo.thainguyen.vn");
  const binh = ref.users.get("binh.tran@demo.thainguyen.vn");
  const agency = (code: string) => ref.agencies.get(code)!.id;
  const procedureId = async (code: string) => (await prisma.procedure.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
  if (!an || !binh) throw new Error("Thiếu tài khoản công dân mẫu");
  const lateOne = dossiers.find((d) => d.applicantId === an && d.apologyIssuedAt);
  const building = dossiers.find((d) => d.applicantId === an && d.procedure.code === "1.009994");

  const items = [
    {
      code: "PAKN-DEMO-0001", authorId: an, agencyId: lateOne?.agencyId ?? agency("SNNMT"), dossierId: lateOne?.id ?? null, procedureId: lateOne?.procedureId ?? null,
      subject: "Hồ sơ đăng ký thế chấp quyền sử dụng đất bị trễ hẹn",
      body: "Tôi nộp hồ sơ đăng ký thế chấp trực tuyến, được hẹn trả kết quả nhưng đến ngày hẹn chưa có kết quả, ảnh hưởng đến việc giải ngân khoản vay. Đề nghị cơ quan giải thích lý do và cho biết thời gian trả kết quả.",
      createdDaysAgo: 95, status: "ANSWERED" as const, answeredBy: ref.officerByAgency.get("SNNMT") ?? null,
      answer: "Văn phòng Đăng ký đất đai xin lỗi ông vì sự chậm trễ. Nguyên nhân: hệ thống cơ sở dữ liệu đất đai tạm dừng để chuyển đổi dữ liệu sau hợp nhất đơn vị hành chính. Hồ sơ của ông đã được giải quyết và trả kết quả điện tử; đơn vị đã bố trí thêm cán bộ để không lặp lại tình trạng này.",
      answeredAfterDays: 4, citizenSatisfied: true,
    },
    {
      code: "PAKN-DEMO-0002", authorId: an, agencyId: building?.agencyId ?? agency("PDP"), dossierId: building?.id ?? null, procedureId: building?.procedureId ?? (await procedureId("1.009994")),
      subject: "Đề nghị hướng dẫn rõ thành phần bản vẽ khi xin giấy phép xây dựng",
      body: "Khi nộp hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ, tôi không rõ bản vẽ thiết kế cần những mặt bằng, mặt cắt nào. Đề nghị bổ sung file mẫu trên Cổng dịch vụ công.",
      createdDaysAgo: 3, status: "OPEN" as const, answeredBy: null, answer: null, answeredAfterDays: 0, citizenSatisfied: null,
    },
    {
      code: "PAKN-DEMO-0003", authorId: binh, agencyId: agency("STP"), dossierId: null, procedureId: await procedureId("2.000488"),
      subject: "Đề nghị thông báo khi Phiếu lý lịch tư pháp đã có trên VNeID",
      body: "Tôi nhận Phiếu lý lịch tư pháp bản điện tử nhưng không nhận được tin nhắn thông báo, phải tự vào kiểm tra nhiều lần. Đề nghị gửi tin nhắn khi có kết quả.",
      createdDaysAgo: 12, status: "OPEN" as const, answeredBy: null, answer: null, answeredAfterDays: 0, citizenSatisfied: null,
    },
    {
      code: "PAKN-DEMO-0004", authorId: binh, agencyId: agency("SKHCN"), dossierId: null, procedureId: null,
      subject: "Cổng dịch vụ công báo lỗi khi tải tệp PDF dung lượng lớn",
      body: "Khi đính kèm bản chụp văn bằng (tệp PDF khoảng 12 MB), hệ thống báo lỗi và không lưu được. Đề nghị tăng giới hạn dung lượng hoặc hướng dẫn nén tệp.",
      createdDaysAgo: 1, status: "OPEN" as const, answeredBy: null, answer: null, answeredAfterDays: 0, citizenSatisfied: null,
    },
  ];
  for (const it of items) {
    const createdAt = new Date(now.getTime() - it.createdDaysAgo * DAY);
    const data = {
      authorId: it.authorId, agencyId: it.agencyId, dossierId: it.dossierId, procedureId: it.procedureId, subject: it.subject, body: it.body, status: it.status,
      dueAt: addWorkingDays(createdAt, 10, ref.calendar), answer: it.answer, answeredById: it.answeredBy,
      answeredAt: it.answer ? new Date(createdAt.getTime() + it.answeredAfterDays * DAY) : null, citizenSatisfied: it.citizenSatisfied,
    };
    // createdAt is set once: a rerun on another day keeps the original story.
    await prisma.feedback.upsert({ where: { code: it.code }, create: { code: it.code, createdAt, ...data }, update: { subject: data.subject, body: data.body } });
  }
}
