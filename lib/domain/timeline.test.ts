import { describe, expect, it } from "vitest";
import type { DossierStatus } from "@/lib/generated/prisma/enums";
import { dossierEn } from "@/lib/i18n/messages/en/dossier";
import { dossierVi } from "@/lib/i18n/messages/vi/dossier";
import {
  buildTimeline,
  deadlineState,
  describeTimelineEntry,
  holderOf,
  type TimelineEntry,
  type TimelineEventInput,
} from "./timeline";
import { buildCalendar, EMPTY_CALENDAR } from "./working-days";

// Weekdays used below: 2026-03-02 Mon … 2026-03-06 Fri, 2026-03-07 Sat, 2026-03-09 Mon,
// 2026-03-12 Thu. Vietnam is UTC+7: 09:00 there = 02:00Z, 17:00 there = 10:00Z.
const at = (iso: string) => new Date(iso);
const ev = (action: string, fromStatus: DossierStatus | null, toStatus: DossierStatus, createdAt: string, note: string | null = null, data: unknown = null): TimelineEventInput => ({
  action,
  fromStatus,
  toStatus,
  note,
  data,
  createdAt: at(createdAt),
});

const STATUS_LABELS: Record<DossierStatus, string> = {
  DRAFT: "Bản nháp",
  SUBMITTED: "Chờ tiếp nhận",
  RECEIVED: "Đã tiếp nhận",
  PROCESSING: "Đang xử lý",
  SUPPLEMENT_REQUESTED: "Chờ bổ sung",
  APPROVED: "Đã có kết quả",
  DENIED: "Từ chối giải quyết",
  RETURNED: "Đã trả kết quả",
  REJECTED: "Từ chối tiếp nhận",
  WITHDRAWN: "Đã rút",
};
const vi = (entry: TimelineEntry) => describeTimelineEntry(entry, dossierVi.timeline, { channel: "ONLINE", statusLabels: STATUS_LABELS });

describe("holderOf", () => {
  it.each([
    ["DRAFT", "citizen"],
    ["SUPPLEMENT_REQUESTED", "citizen"],
    ["SUBMITTED", "desk"],
    ["RECEIVED", "desk"],
    ["APPROVED", "desk"],
    ["PROCESSING", "specialist"],
    ["RETURNED", "none"],
    ["DENIED", "none"],
    ["REJECTED", "none"],
    ["WITHDRAWN", "none"],
  ] as const)("%s → %s", (status, holder) => {
    expect(holderOf(status)).toBe(holder);
  });
});

describe("buildTimeline — events written by the app's state machine", () => {
  const events = [
    // Given out of order: the timeline sorts by time.
    ev("start_processing", "RECEIVED", "PROCESSING", "2026-03-02T03:00:00Z"),
    ev("submit", "DRAFT", "SUBMITTED", "2026-03-01T13:00:00Z"),
    ev("receive", "SUBMITTED", "RECEIVED", "2026-03-02T02:00:00Z"),
    ev("request_supplement", "PROCESSING", "SUPPLEMENT_REQUESTED", "2026-03-03T03:00:00Z", "Bản chụp CCCD không rõ nét\nĐề nghị chụp lại", {
      missingDocuments: ["Căn cước công dân (bản chụp rõ nét)", "  ", "Giấy chứng nhận kết hôn"],
    }),
    ev("supplement", "SUPPLEMENT_REQUESTED", "PROCESSING", "2026-03-06T03:00:00Z", "Đã chụp lại bản gốc", { waitedWorkingDays: 3 }),
    ev("approve", "PROCESSING", "APPROVED", "2026-03-10T03:00:00Z"),
    ev("return_result", "APPROVED", "RETURNED", "2026-03-10T04:00:00Z", null, { resultAttachmentId: null, generated: true }),
  ];
  const timeline = buildTimeline({ events, currentDueAt: null, processingDays: 5, calendar: EMPTY_CALENDAR });

  it("keeps every event, oldest first, with its kind, actor and holder", () => {
    expect(timeline.map((e) => [e.kind, e.actor, e.holder, e.holderChanged])).toEqual([
      ["submitted", "citizen", "desk", true],
      ["received", "desk", "desk", false],
      ["processing", "desk", "specialist", true],
      ["supplement_requested", "specialist", "citizen", true],
      ["supplemented", "citizen", "specialist", true],
      ["approved", "agency", "desk", true],
      ["returned", "desk", "none", true],
    ]);
  });

  it("computes the appointment date the receive event did not record (5 working days)", () => {
    expect(timeline[1].dueAt).toEqual(at("2026-03-09T10:00:00Z")); // Mon 09/03 17:00
  });

  it("lists the requested documents and keeps the officer's reason", () => {
    const request = timeline[3];
    expect(request.missingDocuments).toEqual(["Căn cước công dân (bản chụp rõ nét)", "Giấy chứng nhận kết hôn"]);
    expect(request.reason).toBe("Bản chụp CCCD không rõ nét\nĐề nghị chụp lại");
    expect(request.dueAt).toEqual(at("2026-03-09T10:00:00Z"));
  });

  it("moves the deadline by the working days the dossier waited", () => {
    const answer = timeline[4];
    expect(answer.waitedWorkingDays).toBe(3);
    expect(answer.previousDueAt).toEqual(at("2026-03-09T10:00:00Z"));
    expect(answer.newDueAt).toEqual(at("2026-03-12T10:00:00Z")); // Thu 12/03 17:00
    expect(answer.citizenNote).toBe("Đã chụp lại bản gốc");
  });

  it("anchors the last deadline change to the dossier's stored deadline", () => {
    const stored = at("2026-03-13T10:00:00Z");
    const anchored = buildTimeline({ events, currentDueAt: stored, processingDays: 5, calendar: EMPTY_CALENDAR });
    expect(anchored[4].newDueAt).toEqual(stored);
    expect(anchored[1].dueAt).toEqual(at("2026-03-09T10:00:00Z"));
  });

  it("counts holidays when recomputing the appointment date", () => {
    const cal = buildCalendar([{ date: "2026-03-04", kind: "HOLIDAY" }]);
    const withHoliday = buildTimeline({ events, currentDueAt: null, processingDays: 5, calendar: cal });
    expect(withHoliday[1].dueAt).toEqual(at("2026-03-10T10:00:00Z"));
  });
});

describe("buildTimeline — events written by the seed's simulation", () => {
  const events = [
    ev("submit", null, "SUBMITTED", "2026-03-01T13:00:00Z", "Nộp hồ sơ trực tuyến trên Cổng dịch vụ công tỉnh Thái Nguyên"),
    ev("receive", "SUBMITTED", "RECEIVED", "2026-03-02T02:00:00Z", "Tiếp nhận hồ sơ trực tuyến; hẹn trả kết quả ngày 06/03/2026", { dueAt: "2026-03-06T10:00:00.000Z" }),
    ev("process", "RECEIVED", "PROCESSING", "2026-03-02T03:00:00Z", "Chuyển hồ sơ đến bộ phận chuyên môn thẩm định, xử lý"),
    ev("request_supplement", "PROCESSING", "SUPPLEMENT_REQUESTED", "2026-03-02T08:00:00Z", "Đề nghị bổ sung, hoàn thiện hồ sơ: Tờ khai — thiếu chữ ký của người yêu cầu"),
    // Answered the next Tuesday: Tue, Wed, Thu, Fri, Mon = 5 working days waited (the weekend does not count).
    ev("supplement", "SUPPLEMENT_REQUESTED", "PROCESSING", "2026-03-09T02:00:00Z", "Người nộp đã bổ sung, hoàn thiện hồ sơ trực tuyến theo yêu cầu"),
    ev("apologize", "PROCESSING", "PROCESSING", "2026-03-13T02:00:00Z", "Gửi Phiếu xin lỗi và hẹn lại ngày trả kết quả: 17/03/2026", { newDueAt: "2026-03-17T10:00:00.000Z" }),
    ev("deny", "PROCESSING", "DENIED", "2026-03-16T04:00:00Z", "Không giải quyết: hồ sơ không đáp ứng điều kiện theo quy định của pháp luật"),
  ];
  const timeline = buildTimeline({ events, currentDueAt: at("2026-03-17T10:00:00Z"), processingDays: 4, calendar: EMPTY_CALENDAR });

  it("reads the seed's action names", () => {
    expect(timeline.map((e) => e.kind)).toEqual(["submitted", "received", "processing", "supplement_requested", "supplemented", "apology", "denied"]);
  });

  it("uses the appointment date the event recorded", () => {
    expect(timeline[1].dueAt).toEqual(at("2026-03-06T10:00:00Z"));
  });

  it("drops the repeated step name in front of reasons", () => {
    expect(timeline[3].reason).toBe("Tờ khai — thiếu chữ ký của người yêu cầu");
    expect(timeline[3].missingDocuments).toEqual([]);
    expect(timeline[6].reason).toBe("Hồ sơ không đáp ứng điều kiện theo quy định của pháp luật");
  });

  it("counts the waited working days itself when the event did not record them", () => {
    expect(timeline[4].waitedWorkingDays).toBe(5);
    expect(timeline[4].previousDueAt).toEqual(at("2026-03-06T10:00:00Z"));
    expect(timeline[4].newDueAt).toEqual(at("2026-03-13T10:00:00Z")); // Fri 06/03 + 5 working days = Fri 13/03
  });

  it("shows the apology's new date and the date it replaces", () => {
    expect(timeline[5].previousDueAt).toEqual(at("2026-03-13T10:00:00Z"));
    expect(timeline[5].newDueAt).toEqual(at("2026-03-17T10:00:00Z"));
    expect(timeline[5].actor).toBe("agency");
    expect(timeline[5].holderChanged).toBe(false);
  });
});

describe("buildTimeline — edge cases", () => {
  it("turns an unknown action into a status change", () => {
    const [entry] = buildTimeline({ events: [ev("sync_national", "RECEIVED", "PROCESSING", "2026-03-02T03:00:00Z")], currentDueAt: null, processingDays: null, calendar: EMPTY_CALENDAR });
    expect(entry.kind).toBe("status_changed");
    expect(vi(entry).title).toBe("Hồ sơ chuyển sang trạng thái “Đang xử lý”");
  });

  it("ignores malformed event data", () => {
    const [entry, answer] = buildTimeline({
      events: [
        ev("request_supplement", "RECEIVED", "SUPPLEMENT_REQUESTED", "2026-03-02T03:00:00Z", null, { missingDocuments: "not a list" }),
        ev("supplement", "SUPPLEMENT_REQUESTED", "PROCESSING", "2026-03-03T03:00:00Z", null, { waitedWorkingDays: -2 }),
      ],
      currentDueAt: null,
      processingDays: null,
      calendar: EMPTY_CALENDAR,
    });
    expect(entry.missingDocuments).toEqual([]);
    expect(entry.actor).toBe("desk"); // asked before the specialist had it
    expect(answer.waitedWorkingDays).toBe(1);
    expect(answer.newDueAt).toBeNull(); // never received: no deadline to move
  });

  it("is empty without events", () => {
    expect(buildTimeline({ events: [], currentDueAt: null, processingDays: 3, calendar: EMPTY_CALENDAR })).toEqual([]);
  });
});

describe("describeTimelineEntry", () => {
  const events = [
    ev("submit", "DRAFT", "SUBMITTED", "2026-03-01T13:00:00Z"),
    ev("receive", "SUBMITTED", "RECEIVED", "2026-03-02T02:00:00Z"),
    ev("request_supplement", "RECEIVED", "SUPPLEMENT_REQUESTED", "2026-03-03T03:00:00Z", "Thiếu giấy tờ", { missingDocuments: ["Giấy chứng nhận kết hôn"] }),
    ev("supplement", "SUPPLEMENT_REQUESTED", "PROCESSING", "2026-03-06T03:00:00Z", null, { waitedWorkingDays: 3 }),
    ev("issue_apology", "PROCESSING", "PROCESSING", "2026-03-12T11:00:00Z", "Cần xác minh thêm tại địa phương", {
      previousDueAt: "2026-03-12T10:00:00.000Z",
      newDueAt: "2026-03-17T10:00:00.000Z",
    }),
    ev("withdraw", "PROCESSING", "WITHDRAWN", "2026-03-13T03:00:00Z", "nộp nhầm thủ tục"),
  ];
  const lines = buildTimeline({ events, currentDueAt: null, processingDays: 5, calendar: EMPTY_CALENDAR }).map(vi);

  it("says how the dossier arrived", () => {
    expect(lines[0]).toEqual({
      title: "Nộp hồ sơ",
      actor: "Bạn",
      details: ["Hồ sơ được nộp trực tuyến trên Cổng Dịch vụ công tỉnh Thái Nguyên."],
      list: null,
      afterList: [],
      holder: "Hồ sơ hiện ở: Bộ phận Một cửa.",
    });
  });

  it("gives the appointment date in dd/mm/yyyy", () => {
    expect(lines[1].details).toEqual(["Hẹn trả kết quả ngày 09/03/2026."]);
    expect(lines[1].holder).toBeNull(); // still at the desk
  });

  it("explains a supplement request: reason, documents, the clock stopping, and who holds the dossier", () => {
    expect(lines[2].title).toBe("Yêu cầu bổ sung hồ sơ");
    expect(lines[2].actor).toBe("Bộ phận Một cửa");
    expect(lines[2].details).toEqual(["Lý do: Thiếu giấy tờ"]);
    expect(lines[2].list).toEqual({ label: "Giấy tờ cần bổ sung:", items: ["Giấy chứng nhận kết hôn"] });
    expect(lines[2].afterList).toEqual(["Thời hạn giải quyết tạm dừng cho đến khi bạn bổ sung (hạn trước khi tạm dừng: 09/03/2026)."]);
    expect(lines[2].holder).toBe("Hồ sơ hiện ở: bạn (chờ bạn bổ sung hồ sơ).");
  });

  it("explains the clock resuming with the new date", () => {
    expect(lines[3].details).toEqual([
      "Thời hạn giải quyết được tính tiếp và lùi 3 ngày làm việc chờ bổ sung: hẹn trả kết quả mới ngày 12/03/2026.",
    ]);
  });

  it("gives the apology's reason and both dates", () => {
    expect(lines[4].title).toBe("Xin lỗi và hẹn lại ngày trả kết quả");
    expect(lines[4].details).toEqual(["Lý do: Cần xác minh thêm tại địa phương", "Hẹn trả kết quả mới: ngày 17/03/2026 (hẹn cũ: ngày 12/03/2026)."]);
  });

  it("capitalises the citizen's withdrawal reason and says nothing about a holder once finished", () => {
    expect(lines[5].details).toEqual(["Lý do: Nộp nhầm thủ tục"]);
    expect(lines[5].holder).toBeNull();
  });

  it("has English texts for every kind", () => {
    const timeline = buildTimeline({ events, currentDueAt: null, processingDays: 5, calendar: EMPTY_CALENDAR });
    const en = timeline.map((e) => describeTimelineEntry(e, dossierEn.timeline, { channel: "COUNTER", statusLabels: STATUS_LABELS }));
    expect(en[0].details).toEqual(["Submitted in person at the one-stop desk."]);
    expect(en[3].details[0]).toBe("The deadline runs again and moves by the 3 working days spent waiting: the result is now due on 12/03/2026.");
  });
});

describe("deadlineState", () => {
  const due = at("2026-03-09T10:00:00Z"); // Mon 09/03 17:00
  const base = { status: "PROCESSING" as DossierStatus, dueAt: due, finishTiming: null };
  it.each([
    ["Friday morning: Mon is 1 working day away", "2026-03-06T02:00:00Z", { kind: "running", dueAt: due, workingDaysLeft: 1 }],
    ["Thursday: Fri and Mon left", "2026-03-05T02:00:00Z", { kind: "running", dueAt: due, workingDaysLeft: 2 }],
    ["the day itself, before 17:00", "2026-03-09T09:59:00Z", { kind: "running", dueAt: due, workingDaysLeft: 0 }],
    ["the day itself, after 17:00", "2026-03-09T10:01:00Z", { kind: "overdue", dueAt: due, workingDaysLate: 0 }],
    ["two working days later", "2026-03-11T03:00:00Z", { kind: "overdue", dueAt: due, workingDaysLate: 2 }],
  ] as const)("%s", (_, now, expected) => {
    expect(deadlineState(base, at(now), EMPTY_CALENDAR)).toEqual(expected);
  });

  it.each([
    ["DRAFT", { kind: "none" }],
    ["SUBMITTED", { kind: "provisional", dueAt: due }],
    ["SUPPLEMENT_REQUESTED", { kind: "paused", dueAt: due }],
    ["APPROVED", { kind: "finished", dueAt: due, timing: "EARLY" }],
    ["RETURNED", { kind: "finished", dueAt: due, timing: "EARLY" }],
    ["DENIED", { kind: "finished", dueAt: due, timing: "EARLY" }],
    ["REJECTED", { kind: "closed" }],
    ["WITHDRAWN", { kind: "closed" }],
  ] as const)("%s", (status, expected) => {
    expect(deadlineState({ status, dueAt: due, finishTiming: "EARLY" }, at("2026-03-20T02:00:00Z"), EMPTY_CALENDAR)).toEqual(expected);
  });

  it("has no deadline for a submitted or received dossier without a date", () => {
    expect(deadlineState({ status: "SUBMITTED", dueAt: null, finishTiming: null }, at("2026-03-20T02:00:00Z"), EMPTY_CALENDAR)).toEqual({ kind: "none" });
    expect(deadlineState({ status: "RECEIVED", dueAt: null, finishTiming: null }, at("2026-03-20T02:00:00Z"), EMPTY_CALENDAR)).toEqual({ kind: "none" });
  });
});
