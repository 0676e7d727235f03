// The better-auth endpoints Jatta serves over HTTP: what our pages and API clients need to
// make an account, sign in and out, and read their session. The rest of better-auth's API
// (update-user, change-email, change-password, delete-user, …) bypasses our use cases and
// their validation, so it is not served at all; accounts change through Settings.
const PUBLIC: Record<string, readonly string[]> = {
  GET: ['/api/auth/get-session', '/api/auth/ok'],
  POST: ['/api/auth/sign-up/email', '/api/auth/sign-in/email', '/api/auth/sign-out'],
};

export function isPublicAuthEndpoint(method: string, pathname: string): boolean {
  return PUBLIC[method]?.includes(pathname.replace(/\/+$/, '')) ?? false;
}
