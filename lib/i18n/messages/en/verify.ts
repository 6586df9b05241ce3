// English texts of the "verify" feature: the same keys as ../vi/verify.ts.
import type { verifyVi } from "../vi/verify";

export const verifyEn: typeof verifyVi = {
  title: "Check that a result is authentic",
  validTitle: "Valid result",
  validLead: "This administrative-procedure result was issued through the Thái Nguyên public-service portal. Compare the details below with the copy you hold.",
  resultNumber: "Result number",
  procedure: "Procedure",
  agency: "Issuing agency",
  issuedAt: "Issued on",
  holder: "Issued to",
  status: "Status",
  statusValid: "Valid — issued by the competent agency",
  mismatch: "If the details on the copy differ from the details on this page, that copy was not issued by a state agency.",
  privacy: "To protect personal data, this page shows only what is needed for the comparison.",
  invalidTitle: "The result could not be verified",
  invalidLead: "The verification code is wrong, or the result was not issued through the Thái Nguyên public-service portal.",
  invalidHelp: "Scan the QR code on the result again or check the link. If it still cannot be verified, do not rely on this copy and contact the agency that issued it.",
  backHome: "Back to the home page",
};
