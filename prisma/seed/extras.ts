// Notifications (outbox, already sent) and citizen feedback (phản ánh, kiến nghị) around the
// demo citizens' dossiers.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { feedbackDueAt } from "@/lib/domain/feedback";
import { env } from "@/lib/env";
import {
  EMAIL_FOOTER, renderDossierNotification, renderFeedbackNotification, type DossierNotificationTemplate, type RenderedNotification,
} from "@/lib/domain/notification-templates";
import { seedId } from "./ids";
import type { ReferenceData } from "./reference";

const HOUR = 3_600_000;
const DAY = 86_400_000;

type DemoDossier = {
  id: string; code: string | null; status: string; applicantId: string | null; agencyId: string; procedureId: string; idempotencyKey: string | null;
  applicantName: string; applicantEmail: string | null; submittedAt: Date | null; receivedAt: Date | null; dueAt: Date | null; pausedAt: Date | null;
  finishedAt: Date | null; returnedAt: Date | null; closedAt: Date | null; apologyIssuedAt: Date | null; updatedAt: Date;
  procedure: { name: string; code: string };
  agency: { name: string };
  events: { action: string; note: string | null; data: unknown; createdAt: Date }[];
};

async function demoDossiers(prisma: PrismaClient): Promise<DemoDossier[]> {
  return prisma.dossier.findMany({
    where: { idempotencyKey: { startsWith: "seed:demo:" } },
    select: {
      id: true, code: true, status: true, applicantId: true, agencyId: true, procedureId: true, idempotencyKey: true, applicantName: true, applicantEmail: true,
      submittedAt: true, receivedAt: true, dueAt: true, pausedAt: true, finishedAt: true, returnedAt: true, closedAt: true, apologyIssuedAt: true, updatedAt: true,
      procedure: { select: { name: true, code: true } },
      agency: { select: { name: true } },
      events: { select: { action: true, note: true, data: true, createdAt: true }, orderBy: { createdAt: "asc" } },
    },
    orderBy: { submittedAt: "desc" },
  });
}

function portalUrl(): string {
  return (env.PUBLIC_URL ?? env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}

type NotificationRow = {
  id: string; userId: string; dossierId: string | null; channel: "EMAIL" | "IN_APP"; recipient: string; template: string; subject: string; body: string;
  status: "SENT"; attempts: number; nextAttemptAt: Date; sentAt: Date; readAt: Date | null; createdAt: Date;
};

/**
 * What the outbox would hold had the demo citizens' recent dossiers gone through the app: the
 * app's own templates, an in-portal message and an e-mail per step, all already delivered.
 * Only steps of the last 90 days, to keep the inbox readable.
 */
export async function seedNotifications(prisma: PrismaClient, now: Date): Promise<void> {
  const dossiers = await demoDossiers(prisma);
  const since = now.getTime() - 90 * DAY;
  const rows: NotificationRow[] = [];
  const add = (key: string, userId: string, email: string | null, dossierId: string | null, template: string, message: RenderedNotification, at: Date, always = false) => {
    if (at.getTime() > now.getTime() || (!always && at.getTime() < since)) return;
    const sentAt = new Date(at.getTime() + 20_000);
    const read = now.getTime() - at.getTime() > 2 * DAY;
    rows.push({
      id: seedId(`notification:${key}:${template}:IN_APP`), userId, dossierId, channel: "IN_APP", recipient: userId, template, subject: message.subject, body: message.body,
      status: "SENT", attempts: 0, nextAttemptAt: at, sentAt: at, readAt: read ? new Date(at.getTime() + 3 * HOUR) : null, createdAt: at,
    });
    if (email) {
      rows.push({
        id: seedId(`notification:${key}:${template}:EMAIL`), userId, dossierId, channel: "EMAIL", recipient: email, template, subject: message.subject,
        body: `${message.body}\n\n--\n${EMAIL_FOOTER}`, status: "SENT", attempts: 1, nextAttemptAt: at, sentAt, readAt: null, createdAt: at,
      });
    }
  };
  for (const d of dossiers) {
    if (!d.applicantId || !d.code) continue;
    const base = {
      code: d.code, procedureName: d.procedure.name, agencyName: d.agency.name, applicantName: d.applicantName, submittedAt: d.submittedAt,
      receivedAt: d.receivedAt, dueAt: d.dueAt, portalUrl: portalUrl(),
    };
    const step = (template: DossierNotificationTemplate, at: Date | null, extra: { reason?: string | null; missingDocuments?: string[] } = {}) => {
      if (!at) return;
      add(d.idempotencyKey ?? d.id, d.applicantId!, d.applicantEmail, d.id, template, renderDossierNotification(template, { ...base, ...extra, now: at }), at);
    };
    for (const e of d.events) {
      const data = e.data !== null && typeof e.data === "object" && !Array.isArray(e.data) ? (e.data as Record<string, unknown>) : {};
      switch (e.action) {
        case "submit": step("dossier.submitted", e.createdAt); break;
        case "receive": step("dossier.received", e.createdAt); break;
        case "request_supplement": {
          const missing = Array.isArray(data.missingDocuments) ? data.missingDocuments.filter((x): x is string => typeof x === "string") : [];
          step("dossier.supplement_requested", e.createdAt, { reason: e.note, missingDocuments: missing });
          break;
        }
        case "issue_apology": step("dossier.apology", e.createdAt, { reason: "Hồ sơ cần thêm thời gian thẩm định." }); break;
        case "approve": step("dossier.result_ready", e.createdAt); break;
        case "return_result": step("dossier.returned", e.createdAt); break;
        case "deny": step("dossier.denied", e.createdAt, { reason: e.note }); break;
        case "reject": step("dossier.rejected", e.createdAt, { reason: e.note }); break;
      }
    }
  }
  // The answered feedback is announced too.
  const answered = await prisma.feedback.findMany({
    where: { code: { startsWith: "PAKN-DEMO-" }, answeredAt: { not: null } },
    select: { code: true, subject: true, authorId: true, answeredAt: true, agency: { select: { name: true } }, author: { select: { fullName: true, email: true } } },
  });
  for (const f of answered) {
    if (!f.answeredAt) continue;
    const message = renderFeedbackNotification("feedback.answered", {
      code: f.code, subject: f.subject, agencyName: f.agency.name, applicantName: f.author.fullName, answeredAt: f.answeredAt, portalUrl: portalUrl(),
    });
    add(f.code, f.authorId, f.author.email, null, "feedback.answered", message, f.answeredAt, true);
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
    // The complaint about the late dossier is written the day after its apology letter.
    const createdAt = it.code === "PAKN-DEMO-0001" && lateOne?.apologyIssuedAt
      ? new Date(lateOne.apologyIssuedAt.getTime() + DAY)
      : new Date(now.getTime() - it.createdDaysAgo * DAY);
    const data = {
      authorId: it.authorId, agencyId: it.agencyId, dossierId: it.dossierId, procedureId: it.procedureId, subject: it.subject, body: it.body, status: it.status,
      dueAt: feedbackDueAt(createdAt, ref.calendar), answer: it.answer, answeredById: it.answeredBy,
      answeredAt: it.answer ? new Date(createdAt.getTime() + it.answeredAfterDays * DAY) : null, citizenSatisfied: it.citizenSatisfied,
    };
    // createdAt is set once: a rerun on another day keeps the original story.
    await prisma.feedback.upsert({ where: { code: it.code }, create: { code: it.code, createdAt, ...data }, update: { subject: data.subject, body: data.body } });
  }
}
