// Client forms receive the locale and read their texts here: the catalogue has functions
// (numbered labels), which cannot be passed from a server component to a client one.
import { adminPanelCatalogueEn } from "@/lib/i18n/messages/en/adminPanelCatalogue";
import { adminPanelCatalogueVi } from "@/lib/i18n/messages/vi/adminPanelCatalogue";

export type CatalogueTexts = typeof adminPanelCatalogueVi;
export type UiLocale = "vi" | "en";

export const catalogueTexts = (locale: UiLocale): CatalogueTexts => (locale === "en" ? adminPanelCatalogueEn : adminPanelCatalogueVi);
