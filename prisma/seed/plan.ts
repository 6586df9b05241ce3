// The plan: 37 tasks with milestones and monthly progress histories, indicators with monthly
// observations. Histories are generated from the catalogue's outcome so that each task's
// latest update is the state the catalogue describes, and Task.progress/status equal it.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Rng, hashSeed } from "@/lib/domain/random";
import { vnDateKey, vnInstant } from "@/lib/domain/working-days";
import { seedId } from "./ids";
import { INDICATORS } from "./indicators";
import type { ReferenceData } from "./reference";
import { MILESTONE_TITLES, TASKS, type TaskSeed } from "./tasks";

type Status = "NOT_STARTED" | "ON_TRACK" | "AT_RISK" | "LATE" | "DONE";
const DAY = 86_400_000;
const dateOnly = (key: string) => new Date(`${key}T00:00:00Z`);

/** Milestone k of n is reached at this progress. */
function thresholds(n: 2 | 3 | 4): number[] {
  return n === 2 ? [15, 100] : n === 3 ? [12, 55, 100] : [8, 30, 62, 100];
}

/** The 25th of every month strictly after `from` and not after `to` (yyyy-mm-dd keys). */
function reportDays(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  for (;;) {
    const key = `${y}-${String(m).padStart(2, "0")}-25`;
    if (key > to) break;
    if (key > from) out.push(key);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

function progressNote(p: number, first: boolean): string {
  if (first) return "Đã ban hành kế hoạch triển khai, phân công đơn vị chủ trì và phối hợp.";
  if (p >= 100) return "Hoàn thành nhiệm vụ: đã nghiệm thu và đưa vào sử dụng chính thức.";
  if (p < 25) return `Đang khảo sát hiện trạng, xây dựng phương án kỹ thuật và dự toán kinh phí; đạt ${p}% khối lượng.`;
  if (p < 50) return `Đang triển khai thí điểm tại một số đơn vị; đạt ${p}% khối lượng công việc.`;
  if (p < 75) return `Mở rộng triển khai tại các sở, ngành và xã, phường; đạt ${p}% khối lượng công việc.`;
  return `Đang hoàn thiện, chuẩn bị nghiệm thu; đạt ${p}% khối lượng công việc.`;
}

type UpdatePlan = { key: string; progress: number; status: Status; note: string; milestone: number | null };

function history(task: TaskSeed, nowKey: string): UpdatePlan[] {
  const o = task.outcome;
  if (o.status === "NOT_STARTED" || task.start > nowKey) return [];
  const rng = new Rng(`task:${task.code}`);
  const endKey = o.status === "DONE" ? o.completedAt : nowKey;
  const days = reportDays(task.start, endKey);
  if (o.status === "DONE" && days[days.length - 1] !== o.completedAt) days.push(o.completedAt);
  if (days.length === 0) return [];
  const final = o.status === "DONE" ? 100 : o.progress;
  const t0 = Date.parse(task.start);
  const span = Math.max(DAY, Date.parse(days[days.length - 1]) - t0);
  const dueMs = Date.parse(task.due);
  const totalMs = Math.max(DAY, dueMs - t0);
  const ms = thresholds(task.milestones);
  const out: UpdatePlan[] = [];
  let prev = 0;
  let reached = 0;
  days.forEach((key, i) => {
    const last = i === days.length - 1;
    const u = (Date.parse(key) - t0) / span;
    // Fast start, slower end, with months where nothing moves.
    let p = last ? final : Math.round(final * Math.pow(u, 0.85) + rng.normal(0, 2));
    if (!last && rng.chance(0.12)) p = prev;
    p = Math.max(prev, Math.min(last ? final : Math.min(final, 99), p));
    let milestone: number | null = null;
    while (reached < ms.length && p >= ms[reached]) {
      milestone = reached;
      reached += 1;
    }
    let status: Status;
    if (p >= 100) status = "DONE";
    else if (Date.parse(key) > dueMs) status = "LATE";
    else status = p < ((Date.parse(key) - t0) / totalMs) * 100 - 12 ? "AT_RISK" : "ON_TRACK";
    if (last && o.status !== "DONE") status = o.status;
    let note = progressNote(p, i === 0);
    if (milestone !== null && p < 100) note = `Hoàn thành mốc «${MILESTONE_TITLES[task.milestones][milestone]}». ${note}`;
    if (p === prev && i > 0 && p < 100) note = `Chưa có chuyển biến so với kỳ báo cáo trước${task.issue ? ` do ${task.issue}` : " do đang chờ bố trí kinh phí"}.`;
    else if ((status === "AT_RISK" || status === "LATE") && task.issue) note += ` Khó khăn: ${task.issue}; đề nghị UBND tỉnh chỉ đạo tháo gỡ.`;
    out.push({ key, progress: p, status, note, milestone });
    prev = p;
  });
  return out;
}

export async function seedTasks(prisma: PrismaClient, ref: ReferenceData, now: Date): Promise<void> {
  const nowKey = vnDateKey(now);
  const leaderId = ref.users.get("lanhdao@demo.thainguyen.vn") ?? null;
  for (const t of TASKS) {
    const pillarId = ref.pillars.get(t.pillar);
    const lead = ref.agencies.get(t.lead);
    if (!pillarId || !lead) throw new Error(`Nhiệm vụ ${t.code}: trụ cột hoặc cơ quan chủ trì không tồn tại`);
    const author = ref.officerByAgency.get(t.lead) ?? null;
    const updates = history(t, nowKey);
    const latest = updates[updates.length - 1];
    const progress = latest?.progress ?? 0;
    const status: Status = latest?.status ?? "NOT_STARTED";
    const completedAt = status === "DONE" && latest ? dateOnly(latest.key) : null;
    const data = {
      title: t.title, description: t.description, pillarId, leadAgencyId: lead.id, startDate: dateOnly(t.start), dueDate: dateOnly(t.due),
      weight: t.weight, progress, status, completedAt,
    };
    const task = await prisma.task.upsert({ where: { code: t.code }, create: { code: t.code, ...data }, update: data });

    // Milestones, due spread over the task's span, completed when the history crossed them.
    const titles = MILESTONE_TITLES[t.milestones];
    const ths = thresholds(t.milestones);
    const milestoneIds: string[] = [];
    for (let k = 0; k < titles.length; k++) {
      const dueMs = Date.parse(t.start) + (Date.parse(t.due) - Date.parse(t.start)) * (k === titles.length - 1 ? 1 : ths[k] / 100 + 0.05);
      const reachedAt = updates.find((u) => u.milestone === k)?.key;
      const mData = { title: titles[k], dueDate: dateOnly(new Date(dueMs).toISOString().slice(0, 10)), completedAt: reachedAt ? dateOnly(reachedAt) : null };
      const row = await prisma.taskMilestone.upsert({
        where: { taskId_order: { taskId: task.id, order: k + 1 } },
        create: { taskId: task.id, order: k + 1, ...mData },
        update: mData,
      });
      milestoneIds.push(row.id);
    }

    // Updates: replaced as a whole (same ids, same content on a rerun).
    const rows = updates.map((u) => {
      const reportedAt = vnInstant(u.key, 10);
      return {
        id: seedId(`taskupdate:${t.code}:${u.key}`), taskId: task.id, authorId: author, progress: u.progress, status: u.status, note: u.note,
        milestoneId: u.milestone !== null ? milestoneIds[u.milestone] : null, reportedAt,
        createdAt: new Date(reportedAt.getTime() + (hashSeed(u.key + t.code) % 36) * 3_600_000),
      };
    });
    await prisma.$transaction([
      prisma.taskUpdate.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } }),
      prisma.taskUpdate.createMany({ data: rows }),
    ]);

    // A leader's instruction on tasks that are behind, and the lead agency's answer.
    if (leaderId && author && latest && (status === "AT_RISK" || status === "LATE")) {
      const at = vnInstant(latest.key, 15).getTime();
      await prisma.taskComment.createMany({
        skipDuplicates: true,
        data: [
          {
            id: seedId(`taskcomment:${t.code}:1`), taskId: task.id, authorId: leaderId, createdAt: new Date(at + 2 * DAY),
            body: `Đề nghị ${lead.shortName} khẩn trương tháo gỡ khó khăn, báo cáo UBND tỉnh lộ trình hoàn thành cụ thể trước ngày 30 của tháng.`,
          },
          {
            id: seedId(`taskcomment:${t.code}:2`), taskId: task.id, authorId: author, createdAt: new Date(at + 4 * DAY),
            body: `${lead.shortName} tiếp thu chỉ đạo; đã làm việc với các đơn vị liên quan và sẽ cập nhật tiến độ trong kỳ báo cáo tới.`,
          },
        ],
      });
    }
  }
}

// ───────────────────────────── Indicators ─────────────────────────────

/** Months between the baseline (Dec 2020) and the period, and the reference for `current`. */
const BASE_MONTH = Date.UTC(2020, 11, 1);
const CURRENT_MONTH = Date.UTC(2026, 9, 1);
const monthsBetween = (a: number, b: number) => {
  const da = new Date(a);
  const db = new Date(b);
  return (db.getUTCFullYear() - da.getUTCFullYear()) * 12 + (db.getUTCMonth() - da.getUTCMonth());
};

/** The month (yyyy-mm) containing each Lunar New Year in the seeded range. */
const TET_MONTHS = new Set(["2024-02", "2025-01", "2026-02", "2027-02"]);

/** The value of an indicator for a month: trend + deterministic noise (same value on every run). */
export function indicatorValue(ind: (typeof INDICATORS)[number], periodKey: string): number {
  const t = monthsBetween(BASE_MONTH, Date.parse(`${periodKey}T00:00:00Z`));
  const T = monthsBetween(BASE_MONTH, CURRENT_MONTH);
  const u = Math.max(0, t / T);
  const f = u <= 1 ? Math.pow(u, ind.shape) : 1 + (u - 1) * ind.shape * 0.5;
  let v = ind.baseline + (ind.current - ind.baseline) * f;
  v += new Rng(`obs:${ind.code}:${periodKey}`).normal(0, ind.noise);
  if (ind.tet && TET_MONTHS.has(periodKey.slice(0, 7))) v *= ind.tet;
  v = Math.max(0, ind.max !== undefined ? Math.min(ind.max, v) : v);
  const scale = 10 ** ind.decimals;
  return Math.round(v * scale) / scale;
}

export async function seedIndicators(prisma: PrismaClient, ref: ReferenceData, now: Date): Promise<void> {
  // The last 36 months up to the previous month (Vietnam calendar).
  const nowKey = vnDateKey(now);
  const y = Number(nowKey.slice(0, 4));
  const m = Number(nowKey.slice(5, 7)) - 1;
  const periods: string[] = [];
  for (let k = 36; k >= 1; k--) periods.push(new Date(Date.UTC(y, m - k, 1)).toISOString().slice(0, 10));

  for (const ind of INDICATORS) {
    const pillarId = ref.pillars.get(ind.pillar);
    const owner = ref.agencies.get(ind.owner);
    if (!pillarId || !owner) throw new Error(`Chỉ tiêu ${ind.code}: trụ cột hoặc cơ quan không tồn tại`);
    const data = {
      name: ind.name, nameEn: ind.nameEn, pillarId, ownerAgencyId: owner.id, unit: ind.unit, direction: ind.direction, periodicity: "MONTH" as const,
      baselineValue: ind.baseline, target2025: ind.target2025, target2030: ind.target2030, description: ind.description, isKey: ind.isKey ?? false, isActive: true,
    };
    const row = await prisma.indicator.upsert({ where: { code: ind.code }, create: { code: ind.code, ...data }, update: data });
    const reporter = ref.officerByAgency.get(ind.owner) ?? null;
    await prisma.observation.createMany({
      skipDuplicates: true,
      data: periods.map((period) => {
        // Reported in the first days of the following month.
        const p = new Date(`${period}T00:00:00Z`);
        const ingested = new Date(Date.UTC(p.getUTCFullYear(), p.getUTCMonth() + 1, 5, 2) + (hashSeed(ind.code + period) % 72) * 3_600_000);
        return {
          id: seedId(`observation:${ind.code}:${period}`), indicatorId: row.id, agencyId: owner.id, period: p, value: indicatorValue(ind, period),
          source: "SEED" as const, reportedById: reporter, ingestedAt: ingested.getTime() > now.getTime() ? now : ingested,
        };
      }),
    });
  }
}
