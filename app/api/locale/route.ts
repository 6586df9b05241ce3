// POST /api/locale — switches the interface language (vi / en) and returns to the same page
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n";

export async function POST(request: Request) {
  // A body that is not a form reads as "no language chosen", not as a server error.
  const form = await request.formData().catch(() => null);
  const lang = form?.get("lang") ?? null;
  const url = new URL(request.url);
  // Go back to the page the switch was pressed on, but never to another site.
  // The form needs no script: the Referer of a same-origin POST names the page.
  let target = "/";
  const referer = request.headers.get("referer");
  if (referer && URL.canParse(referer, url.origin)) {
    const from = new URL(referer, url.origin);
    if (from.origin === url.origin) target = `${from.pathname}${from.search}`;
  }
  const response = new Response(null, { status: 303, headers: { Location: new URL(target, url.origin).toString() } });
  if (isLocale(lang)) {
    response.headers.append(
      "Set-Cookie",
      `${LOCALE_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax${url.protocol === "https:" ? "; Secure" : ""}`,
    );
  }
  return response;
}
