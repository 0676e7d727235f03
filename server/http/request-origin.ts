// Whether a browser sent a request from one of this site's own pages. Browsers mark every
// request with Sec-Fetch-Site (recent ones) and every cross-origin POST with Origin; a
// request with neither did not come from a page at all (curl, a test, a script), which a
// forged cross-site submission cannot be. Free of Next: the review endpoint before Next and
// the front door's checks of server actions share it.

export interface RequestOriginHeaders {
  origin?: string | null;
  secFetchSite?: string | null;
  /** The Host header; behind a trusted proxy, the host it forwarded. */
  host?: string | null;
}

export function isSameOriginRequest(headers: RequestOriginHeaders, appUrl?: string): boolean {
  if (headers.secFetchSite) return headers.secFetchSite === 'same-origin';
  if (!headers.origin) return true;
  let origin: URL;
  try {
    origin = new URL(headers.origin);
  } catch {
    return false; // "null" (sandboxed frames, some redirects) and anything unparsable
  }
  if (appUrl) return origin.origin === new URL(appUrl).origin;
  return !!headers.host && origin.host === headers.host.toLowerCase();
}

/** The fields above from Node's or the Fetch API's headers. */
export function originHeadersOf(get: (name: string) => string | null | undefined): RequestOriginHeaders {
  return {
    origin: get('origin'),
    secFetchSite: get('sec-fetch-site'),
    host: get('x-forwarded-host') ?? get('host'),
  };
}
