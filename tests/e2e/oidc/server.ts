// A real OpenID Connect provider (the `oidc-provider` package, certified implementation) standing
// in for VNeID in end-to-end tests: discovery, signed ID tokens, the code flow with PKCE, a
// UserInfo endpoint, and login and consent pages a person fills in. Nothing in the protocol is
// skipped; only the people are made up (identities.ts).
import { generateKeyPairSync, randomBytes } from "node:crypto";
import http from "node:http";
import Provider, { type Account, type JWK } from "oidc-provider";
import type { OidcTestConfig } from "./config";
import { IDENTITIES, TEST_PASSWORD, type TestIdentity } from "./identities";

const PEOPLE: TestIdentity[] = Object.values(IDENTITIES);

// What the consent page says each scope shares.
const SCOPE_LABELS: Record<string, string> = {
  profile: "Họ, chữ đệm và tên; ngày sinh; giới tính",
  citizen_identity: "Số định danh cá nhân; ngày sinh; giới tính; nơi cư trú",
  email: "Thư điện tử",
  phone: "Số điện thoại",
};

function signingKey(): JWK {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { ...privateKey.export({ format: "jwk" }), kid: "e2e-rs256", use: "sig", alg: "RS256" };
}

function findAccount(_ctx: unknown, sub: string): Account | undefined {
  const person = PEOPLE.find((p) => p.claims.sub === sub);
  if (!person) return undefined;
  // The provider filters these by the scopes the person consented to.
  return { accountId: sub, claims: () => ({ ...person.claims }) };
}

export function createOidcProvider(config: OidcTestConfig): Provider {
  return new Provider(config.issuer, {
    clients: [
      {
        client_id: config.clientId,
        client_secret: config.clientSecret,
        client_name: "Cổng Chuyển đổi số tỉnh Thái Nguyên",
        redirect_uris: [config.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    // PKCE for every client, confidential ones included, as the portal always sends it.
    pkce: { required: () => true },
    scopes: ["openid", "profile", "citizen_identity", "email", "phone"],
    claims: {
      openid: ["sub"],
      profile: ["name", "birthdate", "gender"],
      citizen_identity: ["national_id", "birthdate", "gender", "address"],
      email: ["email", "email_verified"],
      phone: ["phone_number", "phone_number_verified"],
    },
    findAccount,
    jwks: { keys: [signingKey()] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    features: { devInteractions: { enabled: false } },
    // Short lifetimes, stated so the provider does not warn about its defaults (seconds).
    ttl: { AuthorizationCode: 60, AccessToken: 600, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  });
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

function page(res: http.ServerResponse, title: string, body: string, status = 200) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family:sans-serif;max-width:28rem;margin:2rem auto"><p>VNeID — môi trường thử nghiệm</p><h1>${escapeHtml(title)}</h1>${body}</body></html>`);
}

function loginPage(res: http.ServerResponse, uid: string, error?: string, username = "") {
  page(
    res,
    "Đăng nhập tài khoản định danh điện tử",
    `${error ? `<p role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
  <p><label for="username">Số định danh cá nhân</label><br><input id="username" name="username" autocomplete="username" value="${escapeHtml(username)}" required></p>
  <p><label for="password">Mật khẩu</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
  <p><button type="submit">Đăng nhập</button></p>
</form>
<p><a href="/interaction/${escapeHtml(uid)}/abort">Hủy, quay lại dịch vụ</a></p>`,
    error ? 401 : 200,
  );
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

async function interaction(provider: Provider, req: http.IncomingMessage, res: http.ServerResponse, uid: string, action: string | undefined) {
  const details = await provider.interactionDetails(req, res);
  const { prompt, params } = details;

  if (action === "abort") {
    await provider.interactionFinished(req, res, { error: "access_denied", error_description: "Người dùng đã hủy" }, { mergeWithLastSubmission: false });
    return;
  }

  if (action === "login" && req.method === "POST") {
    const form = await readForm(req);
    const username = form.get("username")?.trim() ?? "";
    const person = PEOPLE.find((p) => p.username === username);
    if (!person || form.get("password") !== TEST_PASSWORD) {
      loginPage(res, uid, "Số định danh cá nhân hoặc mật khẩu không đúng.", username);
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: person.claims.sub } }, { mergeWithLastSubmission: false });
    return;
  }

  if (action === "consent" && req.method === "POST") {
    if (prompt.name !== "consent" || !details.session) throw new Error("consent submitted outside the consent prompt");
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: details.session.accountId, clientId: String(params.client_id) });
    if (!grant) throw new Error("grant not found");
    const missing = prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
    return;
  }

  if (prompt.name === "login") {
    loginPage(res, uid);
    return;
  }
  if (prompt.name === "consent") {
    const client = await provider.Client.find(String(params.client_id));
    const scopes = String(params.scope ?? "").split(" ").filter((s) => SCOPE_LABELS[s]);
    page(
      res,
      "Chia sẻ thông tin định danh",
      `<p>${escapeHtml(client?.clientName ?? String(params.client_id))} đề nghị được nhận các thông tin sau của bạn:</p>
<ul>${scopes.map((s) => `<li>${escapeHtml(SCOPE_LABELS[s])}</li>`).join("")}</ul>
<form method="post" action="/interaction/${escapeHtml(uid)}/consent"><button type="submit">Đồng ý chia sẻ</button></form>
<p><a href="/interaction/${escapeHtml(uid)}/abort">Từ chối</a></p>`,
    );
    return;
  }
  page(res, "Không hỗ trợ", `<p>${escapeHtml(prompt.name)}</p>`, 501);
}

/** Serves the provider on 127.0.0.1 and ::1 (the portal may resolve "localhost" to either). */
export async function startOidcProvider(config: OidcTestConfig): Promise<{ close: () => Promise<void> }> {
  const provider = createOidcProvider(config);
  const protocol = provider.callback();
  const handler: http.RequestListener = (req, res) => {
    const match = /^\/interaction\/([\w-]+)(?:\/(login|consent|abort))?\/?(?:\?.*)?$/.exec(req.url ?? "");
    if (!match) {
      void protocol(req, res);
      return;
    }
    interaction(provider, req, res, match[1], match[2]).catch((error: unknown) => {
      // An expired or replayed interaction: say so, as the real provider would.
      page(res, "Phiên đăng nhập không hợp lệ hoặc đã hết hạn", `<p>${escapeHtml(error instanceof Error ? error.message : String(error))}</p>`, 400);
    });
  };

  const servers: http.Server[] = [];
  for (const host of ["127.0.0.1", "::1"]) {
    const server = http.createServer(handler);
    try {
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(config.port, host, () => resolve());
      });
      servers.push(server);
    } catch (error) {
      // A machine without IPv6 loopback still has IPv4; a busy port is a real problem.
      if (host === "::1" && ["EADDRNOTAVAIL", "EAFNOSUPPORT"].includes((error as NodeJS.ErrnoException).code ?? "")) continue;
      await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
      throw error;
    }
  }
  return {
    close: async () => {
      await Promise.all(servers.map((s) => new Promise((r) => { s.closeAllConnections(); s.close(r); })));
    },
  };
}
