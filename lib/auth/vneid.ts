// Sign-in with the national digital identity (VNeID-style) through OpenID Connect: next-auth's
// OAuth provider in OIDC mode (discovery, authorization code flow, PKCE + state + nonce, ID token
// verified against the provider's keys). Registered only when issuer, client id and secret are
// all configured; otherwise the sign-in page does not offer it.
import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { z } from "zod";
import { env } from "@/lib/env";
import { VNEID_SCOPES } from "@/lib/domain/identity";
import { VNEID_PROVIDER_ID } from "@/lib/domain/identity-signin";

export type VneidConfig = { issuer: string; clientId: string; clientSecret: string };

export function vneidConfig(): VneidConfig | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = env;
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer: issuer.replace(/\/+$/, ""), clientId, clientSecret };
}

export function isVneidEnabled(): boolean {
  return vneidConfig() !== null;
}

const ZIdTokenPayload = z.looseObject({ sub: z.string().min(1) });

/**
 * The payload of an ID token openid-client has already verified (signature, iss, aud, exp,
 * nonce) before the userinfo step runs; next-auth types the token set as plain parameters, so
 * the payload is read here rather than through TokenSet#claims().
 */
function idTokenPayload(idToken: string | undefined): Record<string, unknown> & { sub: string } {
  const payload: unknown = idToken ? JSON.parse(Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString("utf8")) : null;
  const parsed = ZIdTokenPayload.safeParse(payload);
  if (!parsed.success) throw new Error("VNeID: the ID token has no subject");
  return parsed.data;
}

export function vneidProvider(config: VneidConfig): OAuthConfig<Record<string, unknown>> {
  return {
    id: VNEID_PROVIDER_ID,
    name: "VNeID",
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    issuer: config.issuer,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: VNEID_SCOPES } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    userinfo: {
      // Identity providers differ in where they put the citizen's claims (a conformant one keeps
      // them out of the ID token in the code flow): read both, the UserInfo answer winning, and
      // insist both speak of the same subject (OIDC Core §5.3.2).
      async request({ tokens, client }) {
        const fromIdToken = idTokenPayload(tokens.id_token);
        if (!client.issuer.metadata.userinfo_endpoint || !tokens.access_token) return fromIdToken;
        const fromUserinfo = await client.userinfo(tokens.access_token);
        if (fromUserinfo.sub !== fromIdToken.sub) throw new Error("VNeID: UserInfo subject differs from the ID token's");
        return { ...fromIdToken, ...fromUserinfo, sub: fromIdToken.sub };
      },
    },
    // A placeholder: the signIn callback checks the claims and finds or creates the portal
    // account, and the jwt callback replaces this with that account. Nothing here is trusted.
    profile(claims) {
      return { id: String(claims.sub), name: typeof claims.name === "string" ? claims.name : "", email: null, role: "CITIZEN", agencyId: null };
    },
  };
}
