// English texts of the "vneid" feature: the same keys as ../vi/vneid.ts.
import type { vneidVi } from "../vi/vneid";

export const vneidEn: typeof vneidVi = {
  or: "or",
  button: "Sign in with your national digital identity (VNeID)",
  redirecting: "Redirecting to VNeID…",
  note: "For citizens. Your full name, personal identification number, date of birth, sex and address are taken from your digital identity, so you do not have to enter them again when you apply.",
  errorTitle: "Signing in with VNeID did not succeed",
  errors: {
    bad_national_id:
      "Your digital identity did not provide a valid personal identification number (12 digits), so the portal cannot verify who you are. Please check your details in the VNeID app or sign in with a portal account.",
    incomplete_claims:
      "Your digital identity did not provide enough information (full name, identifier). Please agree to share your information when VNeID asks, then try again.",
    inactive: "Your portal account is locked. Please call the help desk on 0208 3 000 000.",
    not_citizen:
      "This personal identification number belongs to a staff account. Officers, leaders and administrators sign in with their e-mail address or phone number and password.",
    conflict: "Your identity details match another account on the portal. Please call the help desk on 0208 3 000 000 to have it checked.",
    failed: "Signing in through VNeID was not completed (cancelled, or the identity service did not answer). Please try again.",
  },
};
