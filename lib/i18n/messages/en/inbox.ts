// English texts of officer dossier inbox, dossier processing page and workflow actions: the same keys as ../vi/inbox.ts.
import type { inboxVi } from "../vi/inbox";

export const inboxEn: typeof inboxVi = {
  title: "Dossier inbox",
};
