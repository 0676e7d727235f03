// Refuses what a page on another origin could make a browser send with the learner's
// cookies to the study page's JSON endpoints (POST /api/reviews and /api/reviews/undo): a
// body that is not JSON (a cross-site `text/plain` form needs no preflight) and a request
// whose Origin or Sec-Fetch-Site says it came from elsewhere (security, issue 13 item 6).
// Both front doors use it: the Node endpoint and the Next route handlers.
import 'server-only';
import { errorBody, type Failure } from './json-body';
import { isSameOriginRequest, originHeadersOf } from './request-origin';

/** Null: go ahead. `header` reads one request header from Node's or the Fetch API's headers. */
export function refuseForeignRequest(header: (name: string) => string | null | undefined, appUrl: string | undefined): Failure | null {
  const mediaType = (header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    return { status: 415, body: errorBody('unsupported-media-type', 'Send the request as application/json.') };
  }
  if (!isSameOriginRequest(originHeadersOf(header), appUrl)) {
    return { status: 403, body: errorBody('cross-origin', 'Accepted from this site’s own pages only.') };
  }
  return null;
}
