// Where the test identity provider of the end-to-end run lives and how the portal knows it. Shared
// by playwright.config.ts (the portal's OIDC_* variables), the provider and its global setup.
// It sits on E2E_PORT + 1 so that runs on different E2E_PORTs do not meet.

export type OidcTestConfig = {
  portalUrl: string;
  port: number;
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
};

export function oidcTestConfig(e2ePort = Number(process.env.E2E_PORT ?? 3100)): OidcTestConfig {
  const port = e2ePort + 1;
  const portalUrl = `http://localhost:${e2ePort}`;
  return {
    portalUrl,
    port,
    issuer: `http://localhost:${port}`,
    clientId: "cong-cds-thai-nguyen-e2e",
    // A secret for this local test provider only; it opens nothing else.
    clientSecret: "e2e-chi-dung-cho-kiem-thu-khong-phai-bi-mat-that",
    redirectUri: `${portalUrl}/api/auth/callback/vneid`,
  };
}
