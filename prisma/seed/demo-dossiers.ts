// The demo citizens' own dossiers: about fifteen each, in every state the citizen pages show
// (at least one waiting for a supplement, one being processed and one returned each), plus one
// overdue dossier at each demo officer's agency (Sở Tư pháp, phường Phan Đình Phùng).

export type DemoScenario = {
  procedure: string; // procedure code
  channel: "ONLINE" | "COUNTER" | "NATIONAL_PORTAL";
  /** Acceptable states now, in order of preference (the first is sought first). */
  target: ("SUBMITTED" | "RECEIVED" | "PROCESSING" | "SUPPLEMENT_REQUESTED" | "APPROVED" | "RETURNED" | "DENIED" | "REJECTED" | "WITHDRAWN")[];
  /** When it was submitted, in days before now. */
  daysAgo: [number, number];
  late?: boolean;
  /** Past its deadline now, apology not yet sent: what the officer's inbox must flag. */
  overdue?: boolean;
};

export const DEMO_SCENARIOS: Record<string, DemoScenario[]> = {
  "an.nguyen@demo.thainguyen.vn": [
    { procedure: "2.000488", channel: "ONLINE", target: ["PROCESSING"], daysAgo: [2, 9] },
    { procedure: "2.000720", channel: "ONLINE", target: ["SUPPLEMENT_REQUESTED"], daysAgo: [2, 8] },
    { procedure: "1.001193", channel: "ONLINE", target: ["RETURNED"], daysAgo: [280, 320] },
    { procedure: "1.009994", channel: "ONLINE", target: ["PROCESSING"], daysAgo: [20, 34], overdue: true },
    { procedure: "1.004873", channel: "NATIONAL_PORTAL", target: ["RETURNED"], daysAgo: [150, 200] },
    { procedure: "1.004884", channel: "ONLINE", target: ["RETURNED"], daysAgo: [60, 90] },
    { procedure: "1.012770", channel: "ONLINE", target: ["RETURNED"], daysAgo: [100, 140], late: true },
    { procedure: "1.012755", channel: "COUNTER", target: ["RECEIVED", "PROCESSING"], daysAgo: [0.01, 1.5] },
    { procedure: "2.000815", channel: "COUNTER", target: ["RETURNED"], daysAgo: [30, 60] },
    { procedure: "1.002856", channel: "ONLINE", target: ["DENIED"], daysAgo: [40, 120] },
    { procedure: "2.002040", channel: "ONLINE", target: ["WITHDRAWN"], daysAgo: [200, 260] },
    { procedure: "1.005092", channel: "ONLINE", target: ["APPROVED"], daysAgo: [2, 8] },
    { procedure: "1.000059", channel: "ONLINE", target: ["SUBMITTED", "RECEIVED", "PROCESSING"], daysAgo: [0.01, 0.6] },
    { procedure: "1.004859", channel: "ONLINE", target: ["REJECTED"], daysAgo: [20, 50] },
    { procedure: "1.012781", channel: "ONLINE", target: ["RETURNED"], daysAgo: [10, 25] },
  ],
  "binh.tran@demo.thainguyen.vn": [
    { procedure: "1.000894", channel: "COUNTER", target: ["RETURNED"], daysAgo: [560, 620] },
    { procedure: "1.000689", channel: "ONLINE", target: ["RETURNED"], daysAgo: [230, 270] },
    { procedure: "2.000488", channel: "ONLINE", target: ["RETURNED"], daysAgo: [90, 120] },
    { procedure: "1.012265", channel: "ONLINE", target: ["SUPPLEMENT_REQUESTED"], daysAgo: [3, 12] },
    { procedure: "1.005095", channel: "ONLINE", target: ["APPROVED"], daysAgo: [2, 6] },
    { procedure: "1.000059", channel: "ONLINE", target: ["PROCESSING"], daysAgo: [3, 15] },
    { procedure: "2.000815", channel: "COUNTER", target: ["RETURNED"], daysAgo: [15, 45] },
    { procedure: "1.004616", channel: "NATIONAL_PORTAL", target: ["PROCESSING"], daysAgo: [3, 15] },
    { procedure: "1.004884", channel: "ONLINE", target: ["RETURNED"], daysAgo: [330, 380] },
    { procedure: "1.001432", channel: "ONLINE", target: ["RETURNED"], daysAgo: [170, 220], late: true },
    { procedure: "1.001776", channel: "ONLINE", target: ["RECEIVED", "PROCESSING"], daysAgo: [0.05, 2] },
    { procedure: "1.005092", channel: "ONLINE", target: ["SUBMITTED", "RECEIVED", "PROCESSING"], daysAgo: [0.01, 0.5] },
    { procedure: "2.000633", channel: "ONLINE", target: ["WITHDRAWN"], daysAgo: [60, 150] },
    { procedure: "1.004873", channel: "ONLINE", target: ["RETURNED"], daysAgo: [640, 690] },
    { procedure: "1.009994", channel: "ONLINE", target: ["DENIED"], daysAgo: [120, 200] },
    { procedure: "2.000488", channel: "ONLINE", target: ["PROCESSING"], daysAgo: [14, 24], overdue: true },
  ],
};
