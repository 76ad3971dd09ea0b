import type { Context } from 'aws-lambda';
import { routeKey } from '../../events/api/route';
import { verificationRoutes } from '../../events/api/routes/verification';
import type { CertificateVerification, RevocationList } from '../../events/api/verification';
import type { ApiEvent, ApiResult } from '../../runtime/http/types';
import { contact } from '../../events/config/verification-contact';
import { preferredMedia } from './negotiation';
import { certificatePage, PAGE_HEADERS, problemPage, revocationsPage, searchPage } from './page';

/*
 * A person's browser always gets a page from the public verification, whatever the answer (a certificate, not
 * registered, a malformed number, busy, failed), and a program asking for JSON always gets the published JSON
 * contract. The operations answer the contract; this turns an answer into its page when the request wants one.
 */

type Handler = (event: ApiEvent, context: Context) => Promise<ApiResult>;

const { verificationSearchPage, verificationPage, verifyCertificate, listRevocations } = verificationRoutes;
const SEARCH = routeKey(verificationSearchPage);
const REVOCATIONS = routeKey(listRevocations);
/** The addresses people open (the QR code's, the search form's): pages unless JSON is asked for. */
const PAGES = new Set([SEARCH, routeKey(verificationPage)]);
/** The addresses that answer either way; the PDF check is the page script's, JSON only. */
const NEGOTIATED = new Set([...PAGES, routeKey(verifyCertificate), REVOCATIONS]);
const VARY = { vary: 'accept' };

/** A page when the request prefers HTML to JSON; when it states neither, a page on the addresses people open. */
export function wantsPage(event: ApiEvent): boolean {
  const preferred = preferredMedia(event.headers?.accept);
  return preferred ? preferred === 'text/html' : PAGES.has(event.routeKey);
}

function parsed(body: string | undefined): unknown {
  try {
    return JSON.parse(body ?? '');
  } catch {
    return undefined;
  }
}

/** What went wrong in words: the rule's own messages where the answer lists them (a malformed number). */
function messageOf(error: unknown): string {
  const { message, details } = (error ?? {}) as { message?: unknown; details?: unknown };
  const listed = Array.isArray(details)
    ? details.flatMap((d: { message?: unknown }) => (typeof d?.message === 'string' ? [d.message] : []))
    : [];
  if (listed.length) return listed.join(' ');
  return typeof message === 'string' ? message : '';
}

/** The link to the revocation list's next page, keeping the page size asked for. */
function nextPage(event: ApiEvent, list: RevocationList): string | undefined {
  if (!list.nextCursor) return undefined;
  const query = new URLSearchParams({ cursor: list.nextCursor });
  const limit = event.queryStringParameters?.limit;
  if (limit) query.set('limit', limit);
  return `/revocations?${query}`;
}

function asPage(event: ApiEvent, answer: ApiResult): ApiResult {
  const status = answer.statusCode ?? 200;
  const body = parsed(answer.body);
  const shown = contact();
  const html =
    status !== 200
      ? problemPage(
          {
            status,
            message: messageOf(body),
            number: event.pathParameters?.nomor ?? event.queryStringParameters?.nomor,
            reference: answer.headers?.['x-correlation-id']?.toString(),
          },
          shown,
        )
      : event.routeKey === REVOCATIONS
        ? revocationsPage(body as RevocationList, nextPage(event, body as RevocationList), shown)
        : certificatePage(body as CertificateVerification, shown);
  return { statusCode: status, headers: { ...answer.headers, ...PAGE_HEADERS, ...VARY }, body: html };
}

/** The stage's handler, with pages for browsers on the addresses that serve both. */
export function withPages(handler: Handler): Handler {
  return async (event, context) => {
    if (!NEGOTIATED.has(event.routeKey)) return handler(event, context);
    const page = wantsPage(event);
    // The search form before any number is typed: a page only, with nothing to look up.
    if (page && event.routeKey === SEARCH && event.queryStringParameters?.nomor === undefined) {
      return { statusCode: 200, headers: { ...PAGE_HEADERS, ...VARY }, body: searchPage(contact()) };
    }
    const answer = await handler(event, context);
    if (page) return asPage(event, answer);
    return { ...answer, headers: { ...answer.headers, ...VARY } };
  };
}
