import type { FinalizeHandlerArguments, MiddlewareStack } from '@smithy/types';

/** What the emulators read of a request's credentials: an access key, a region, no signature checked. */
const LOCAL_AUTHORIZATION =
  'AWS4-HMAC-SHA256 Credential=local/20190101/ap-southeast-3/local/aws4_request, SignedHeaders=host, Signature=0';

/**
 * The emulators (DynamoDB Local, fauxqs, the local KMS, SES and event bus) require an Authorization header but
 * never check its signature: locally an SDK client sends a fixed one instead of signing every request with SigV4.
 * Measured on DynamoDB Local's PutItem, signing was a third of the Node CPU of a call (about a tenth of the whole
 * demo's). On AWS the same handlers sign as always: this changes the local stack's transport only. Presigned URLs
 * are signed by the presigner, not by this middleware, and stay signed.
 */
export function withoutSigning<I extends object, O extends object>(client: {
  middlewareStack: MiddlewareStack<I, O>;
}): void {
  client.middlewareStack.remove('httpSigningMiddleware');
  client.middlewareStack.add(
    (next) => async (args: FinalizeHandlerArguments<I>) => {
      const request = args.request as { headers?: Record<string, string> };
      if (request.headers) request.headers.authorization = LOCAL_AUTHORIZATION;
      return next(args);
    },
    { step: 'finalizeRequest', name: 'localAuthorization', override: true },
  );
}
