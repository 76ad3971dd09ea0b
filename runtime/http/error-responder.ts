import type middy from '@middy/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { InvalidCursorError } from '../../adapters/dynamodb/pagination';
import { logger } from '../logger';
import { HttpError } from './http-error';

const THROTTLING = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
]);

/**
 * A write that met another one and was refused whole, where no stage answered it with a code of its own: a
 * transaction cancelled by a concurrent one, or a condition that no longer holds. Nothing was written, so the
 * caller can re-read and try again: 409, not a 500 that reads as a fault.
 */
const CONCURRENT_WRITE = new Set([
  // By name: importing the class (adapters/dynamodb/table.ts) would put the DynamoDB client in every bundle.
  'ConcurrentChangeError',
  'TransactionConflictException',
  'ConditionalCheckFailedException',
]);

function asHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof InvalidCursorError) {
    return new HttpError(400, 'INVALID_CURSOR', 'Kursor halaman tidak dikenal.');
  }
  const name = (error as { name?: string } | undefined)?.name ?? '';
  if (CONCURRENT_WRITE.has(name)) {
    return new HttpError(
      409,
      'DATA_CHANGED',
      'Data berubah oleh permintaan lain saat permintaan ini diproses; tidak ada yang dicatat. Muat ulang lalu coba lagi.',
    );
  }
  if (THROTTLING.has(name)) {
    return new HttpError(503, 'SERVICE_BUSY', 'Layanan sedang sibuk. Silakan coba lagi sebentar lagi.');
  }
  return new HttpError(500, 'INTERNAL_ERROR', 'Terjadi kesalahan pada sistem. Silakan coba lagi.');
}

/** Maps any error to the shared `{ code, message, details }` body; internals never reach the caller. */
export function errorResponder(): middy.MiddlewareObj<unknown, APIGatewayProxyStructuredResultV2> {
  return {
    onError: async (request) => {
      const error = asHttpError(request.error);
      if (error.statusCode >= 500) logger.error('request failed', { error: request.error as Error });
      else logger.info('request refused', { code: error.code, statusCode: error.statusCode });
      request.response = {
        statusCode: error.statusCode,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          ...(error.statusCode === 503 ? { 'retry-after': '1' } : {}),
        },
        body: JSON.stringify({
          code: error.code,
          message: error.message,
          ...(error.details === undefined ? {} : { details: error.details }),
        }),
      };
    },
  };
}
