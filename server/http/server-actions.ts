// Server action requests, screened by the front door before Next decodes them. Next answers
// 500 to a cross-origin call, a body over its limit, a body React cannot decode and an action
// called with arguments of the wrong shape (its own code or ours throws). Here such requests
// get 403, 413 (411 without a length), 415 or 400 instead, and only well-formed calls reach
// Next. Free of Next; decision 018 describes the wire format accepted.
//
// What a call looks like (React's encodeReply / progressive-enhancement forms):
// - fetch call (header Next-Action: <id>): a text/plain body that is the JSON array of the
//   arguments, or multipart/form-data whose part "0" is that array and whose parts
//   "_<n>_<name>" are the entries of the FormData argument written "$K<n>";
// - form posted without JavaScript (multipart, no header): "$ACTION_ID_<id>" and the form's
//   fields, or, for a form with state (useActionState), "$ACTION_REF_<p>" with the bound
//   arguments in "$ACTION_<p>:0" ({"id":…,"bound":"$@1"}) and "$ACTION_<p>:1" (a JSON array).
// In arguments, a string that starts with "$" is React's: only "$$…" (an escaped "$"),
// "$undefined", "$K<n>" and, in a form's bound arguments, "$@1" are accepted.
import type { IncomingHttpHeaders } from 'node:http';
import { errorBody, type Failure } from './json-body';
import { isSameOriginRequest, originHeadersOf } from './request-origin';

/** next.config.js `experimental.serverActions.bodySizeLimit` ('9mb'); a test keeps them equal. */
export const ACTION_BODY_LIMIT = 9 * 1024 * 1024;

export type ArgumentKind = 'state' | 'form' | 'string' | 'number' | 'object';

/**
 * The arguments of every server action, by exported name: 'state' is useActionState's
 * previous state, 'form' the submitted FormData. server-actions.test.ts checks this table
 * against the 'use server' files, so a new action cannot be forgotten here.
 */
export const ACTION_ARGUMENTS: Record<string, readonly ArgumentKind[]> = {
  signUpAction: ['state', 'form'],
  signInAction: ['state', 'form'],
  signOutAction: ['form'],
  requestResetAction: ['state', 'form'],
  requestTrustLinkAction: ['state', 'form'],
  resendVerificationAction: ['state', 'form'],
  trustBrowserAction: ['state', 'form'],
  resetPasswordAction: ['state', 'form'],
  joinClassAction: ['state', 'form'],
  saveSettingsAction: ['state', 'form'],
  fitSchedulerAction: ['state', 'form'],
  changePasswordAction: ['state', 'form'],
  endOtherSessionsAction: ['state', 'form'],
  deleteAccountAction: ['state', 'form'],
  saveDeckNewLimitAction: ['state', 'form'],
  createDeckAction: ['state', 'form'],
  updateDeckAction: ['state', 'form'],
  deleteDeckAction: ['form'],
  prefillNoteAction: ['string'],
  saveNoteAction: ['state', 'form'],
  deleteNoteAction: ['form'],
  importCsvAction: ['state', 'form'],
  createDraftAction: ['state', 'form'],
  draftViewAction: ['object'],
  editDraftAction: ['string', 'object'],
  createDeckFromDraftAction: ['string', 'string', 'string', 'string'],
  deleteDraftAction: ['form'],
  createClassAction: ['state', 'form'],
  rotateJoinCodeAction: ['form'],
  removeMemberAction: ['form'],
  assignDeckAction: ['form'],
  unassignDeckAction: ['form'],
  cardAction: ['object', 'form'],
  markKnownAction: ['string', 'string'],
  studyWordAction: ['string', 'string'],
  addToMyWordsAction: ['string', 'number'],
};

export type ActionRequest = { kind: 'fetch'; actionId: string } | { kind: 'form' };

const header = (headers: IncomingHttpHeaders, name: string) => {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
};
const mediaType = (headers: IncomingHttpHeaders) => (header(headers, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * Whether Next would take a request for a server action call: any POST with a Next-Action
 * header or a multipart body (even to a path that does not exist), but Next's own files.
 */
export function actionRequestOf(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): ActionRequest | null {
  if (method !== 'POST' || !url || url.startsWith('/_next/')) return null;
  const actionId = header(headers, 'next-action');
  if (actionId !== undefined) return { kind: 'fetch', actionId };
  return mediaType(headers) === 'multipart/form-data' ? { kind: 'form' } : null;
}

const bad = (message: string): Failure => ({ status: 400, body: errorBody('invalid-action-request', message) });

/** What can be refused from the headers alone. Null: read the body and check it. */
export function refuseActionHeaders(request: ActionRequest, headers: IncomingHttpHeaders, appUrl: string | undefined): Failure | null {
  if (!isSameOriginRequest(originHeadersOf((n) => header(headers, n)), appUrl)) {
    return { status: 403, body: errorBody('cross-origin', 'Forms of this site are accepted from its own pages only.') };
  }
  const type = mediaType(headers);
  if (request.kind === 'fetch' && type !== 'text/plain' && type !== 'multipart/form-data') {
    return { status: 415, body: errorBody('unsupported-media-type', 'A server action takes text/plain or multipart/form-data.') };
  }
  if (request.kind === 'fetch' && !/^[0-9a-f]{2,128}$/i.test(request.actionId)) return bad('Unknown action.');
  const length = header(headers, 'content-length');
  if (length === undefined) return { status: 411, body: errorBody('length-required', 'Send the body with a Content-Length.') };
  if (!/^\d+$/.test(length)) return bad('Invalid Content-Length.');
  if (Number(length) > ACTION_BODY_LIMIT) return { status: 413, body: errorBody('body-too-large', 'The request body is too large.') };
  return null;
}

const MAX_DEPTH = 64;
const MAX_NODES = 200_000;
/**
 * React's own limit on an array and the arrays and strings inside it (its decodeReply counts
 * each array's slots and each string's characters, up to the next object, and throws above
 * this when one of those arrays has two or more items): a call over it is refused here, not
 * answered with React's 500.
 */
const ARRAY_SIZE_LIMIT = 1_000_000;

/** Whether `value` is plain data in React's reply format, with only the references allowed. */
function isPlainReply(value: unknown, allow: { promise: boolean }): boolean {
  let nodes = 0;
  const walk = (v: unknown, depth: number, array: { count: number; fork: boolean } | null): boolean => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return false;
    if (typeof v === 'string') {
      if (array && (array.count += v.length) > ARRAY_SIZE_LIMIT && array.fork) return false;
      if (!v.startsWith('$')) return true;
      return v.startsWith('$$') || v === '$undefined' || /^\$K[0-9a-f]{1,8}$/.test(v) || (allow.promise && v === '$@1');
    }
    if (v === null || typeof v === 'number' || typeof v === 'boolean') return true;
    if (Array.isArray(v)) {
      const root = array ?? { count: 0, fork: false };
      if (v.length > 1) root.fork = true;
      if ((root.count += v.length + 1) > ARRAY_SIZE_LIMIT && root.fork) return false;
      return v.every((x) => walk(x, depth + 1, root));
    }
    if (typeof v === 'object') return Object.values(v as Record<string, unknown>).every((x) => walk(x, depth + 1, null));
    return false;
  };
  return walk(value, 0, null);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const isPlainObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether the arguments (as sent, before decoding) fit the action's parameters. */
export function argumentsFit(args: readonly unknown[], kinds: readonly ArgumentKind[]): boolean {
  if (args.length > kinds.length) return false;
  return kinds.every((kind, i) => {
    const a = args[i];
    switch (kind) {
      case 'state':
        return a === undefined || a === null || a === '$undefined' || isPlainObject(a);
      case 'form':
        return typeof a === 'string' && /^\$K[0-9a-f]{1,8}$/.test(a);
      case 'string':
        return typeof a === 'string' && (!a.startsWith('$') || a.startsWith('$$'));
      case 'number':
        // React sends a finite number as itself (NaN, Infinity and -0 come as '$' strings)
        return typeof a === 'number' && Number.isFinite(a);
      case 'object':
        return isPlainObject(a);
    }
  });
}

async function formDataOf(contentType: string, body: Buffer): Promise<FormData | null> {
  try {
    return await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
  } catch {
    return null;
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Checks a call's body. `nameOf` maps an action id to its exported name (from the build's
 * manifest); an action without an entry in ACTION_ARGUMENTS gets the format checks only.
 * Null: a well-formed call, let Next have it.
 */
export async function refuseActionBody(request: ActionRequest, contentType: string, body: Buffer, nameOf: (id: string) => string | undefined): Promise<Failure | null> {
  const kindsOf = (id: string) => ACTION_ARGUMENTS[nameOf(id) ?? ''];
  if (request.kind === 'fetch' && contentType.split(';')[0]!.trim().toLowerCase() === 'text/plain') {
    let text: string;
    try {
      text = decoder.decode(body);
    } catch {
      return bad('The body is not UTF-8.');
    }
    const root = parseJson(text);
    if (!root.ok || !Array.isArray(root.value) || !isPlainReply(root.value, { promise: false })) return bad('The arguments could not be read.');
    const kinds = kindsOf(request.actionId);
    return kinds && !argumentsFit(root.value, kinds) ? bad('The arguments do not fit this action.') : null;
  }

  const form = await formDataOf(contentType, body);
  if (!form) return bad('The form data could not be read.');
  const keys = [...form.keys()];
  if (request.kind === 'fetch') {
    const rootPart = form.get('0');
    if (typeof rootPart !== 'string' || keys.some((k) => k !== '0' && !/^_[0-9a-f]{1,8}_/.test(k))) return bad('The form data could not be read.');
    const root = parseJson(rootPart);
    if (!root.ok || !Array.isArray(root.value) || !isPlainReply(root.value, { promise: false })) return bad('The arguments could not be read.');
    const kinds = kindsOf(request.actionId);
    return kinds && !argumentsFit(root.value, kinds) ? bad('The arguments do not fit this action.') : null;
  }

  // A form posted without JavaScript.
  const ids = keys.filter((k) => k.startsWith('$ACTION_ID_'));
  const refs = keys.filter((k) => k.startsWith('$ACTION_REF_'));
  if (ids.length + refs.length === 0) return null; // a plain multipart POST to a page: not an action
  if (ids.length + refs.length !== 1) return bad('One action per form.');
  if (ids.length) {
    const kinds = kindsOf(ids[0]!.slice('$ACTION_ID_'.length));
    const known = keys.every((k) => !k.startsWith('$ACTION_') || k === ids[0] || k === '$ACTION_KEY');
    return known && (!kinds || argumentsFit(['$K1'], kinds)) ? null : bad('The arguments do not fit this action.');
  }
  const prefix = `$ACTION_${refs[0]!.slice('$ACTION_REF_'.length)}:`;
  if (!/^\$ACTION_\d{1,4}:$/.test(prefix) || keys.some((k) => k.startsWith('$ACTION_') && k !== refs[0] && k !== '$ACTION_KEY' && k !== `${prefix}0` && k !== `${prefix}1`)) {
    return bad('The form data could not be read.');
  }
  const meta = parseJson(String(form.get(`${prefix}0`) ?? ''));
  const bound = parseJson(String(form.get(`${prefix}1`) ?? ''));
  if (!meta.ok || !isPlainObject(meta.value) || !bound.ok || !Array.isArray(bound.value) || !isPlainReply(bound.value, { promise: false })) return bad('The form data could not be read.');
  const { id, bound: boundRef, ...rest } = meta.value as Record<string, unknown>;
  if (typeof id !== 'string' || boundRef !== '$@1' || Object.keys(rest).length) return bad('The form data could not be read.');
  const kinds = kindsOf(id);
  return kinds && !argumentsFit([...bound.value, '$K1'], kinds) ? bad('The arguments do not fit this action.') : null;
}
