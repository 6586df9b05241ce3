// Officer steps for the end-to-end tests, taken through the app's own operation
// (transitionDossier) against the end-to-end database:
//
//   npx tsx --conditions=react-server tests/e2e/support/officer-step.ts <step> <citizen e-mail> [dossier code]
//
// `--conditions=react-server` is passed by tsx to Node, so `server-only` resolves to its empty
// export as it does inside Next.js. Steps:
//   request-supplement  one of the citizen's dossiers being handled → SUPPLEMENT_REQUESTED, with a
//                       reason and a list of documents
//   finish              one of them approved and returned with a generated e-result
//   receive             the one-stop desk receives a submitted dossier (needs the dossier code)
// With a dossier code, that dossier is used (received first when it is still SUBMITTED).
// A late dossier first gets the apology with a new date the state machine asks for. Prints
// {"id": …, "code": …} as the last line.
import { SUPPLEMENT_DOCUMENTS, SUPPLEMENT_REASON } from "./dossier-scenario";

const PORT = Number(process.env.E2E_PORT ?? 3100);
process.env.DATABASE_URL = `postgresql://postgres:portal-local-dev@127.0.0.1:${PORT + 51243}/portal`;


async function main() {
  const [step, email, code] = process.argv.slice(2);
  if (!["request-supplement", "finish", "receive"].includes(step) || !email || (step === "receive" && !code)) {
    throw new Error("usage: officer-step.ts <request-supplement|finish|receive> <citizen e-mail> [dossier code]");
  }
  const { db } = await import("@/lib/db");
  const { isLate } = await import("@/lib/domain/dossier-workflow");
  const { addWorkingDays } = await import("@/lib/domain/working-days");
  const { loadWorkCalendar } = await import("@/lib/server/calendar/load-work-calendar");
  const { transitionDossier } = await import("@/lib/server/dossiers/transition-dossier");
  try {
    const citizen = await db.user.findUniqueOrThrow({ where: { email } });
    // Dossiers of the demo officers' own agencies are left to their tests.
    const dossier = await db.dossier.findFirst({
      where: code
        ? { applicantId: citizen.id, code }
        : { applicantId: citizen.id, status: { in: ["RECEIVED", "PROCESSING"] }, agency: { code: { notIn: ["STP", "PDP"] } } },
      orderBy: { submittedAt: "desc" },
      select: { id: true, code: true, agencyId: true },
    });
    if (!dossier) throw new Error(`no dossier of ${email} is being handled`);
    const u = await db.user.findFirstOrThrow({ where: { role: "OFFICER", agencyId: dossier.agencyId, isActive: true } });
    const officer = { id: u.id, name: u.fullName, email: u.email, role: u.role, agencyId: u.agencyId };

    const current = () => db.dossier.findUniqueOrThrow({ where: { id: dossier.id }, select: { status: true, dueAt: true } });
    if ((await current()).status === "SUBMITTED") await transitionDossier({ actor: officer, dossierId: dossier.id, action: "receive" });
    if (step === "receive") {
      console.log(JSON.stringify({ id: dossier.id, code: dossier.code }));
      return;
    }
    if (isLate(await current(), new Date())) {
      const newDueAt = addWorkingDays(new Date(), 3, await loadWorkCalendar());
      await transitionDossier({ actor: officer, dossierId: dossier.id, action: "issue_apology", reason: "Cần xác minh thêm thông tin tại cơ quan liên quan", newDueAt });
    }
    if (step === "request-supplement") {
      await transitionDossier({ actor: officer, dossierId: dossier.id, action: "request_supplement", reason: SUPPLEMENT_REASON, missingDocuments: SUPPLEMENT_DOCUMENTS });
    } else {
      if ((await current()).status === "RECEIVED") await transitionDossier({ actor: officer, dossierId: dossier.id, action: "start_processing" });
      await transitionDossier({ actor: officer, dossierId: dossier.id, action: "approve" });
      await transitionDossier({ actor: officer, dossierId: dossier.id, action: "return_result", generateResult: true });
    }
    console.log(JSON.stringify({ id: dossier.id, code: dossier.code }));
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
