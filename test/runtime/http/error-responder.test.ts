import type middy from '@middy/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { decodeCursor, InvalidCursorError } from '../../../adapters/dynamodb/pagination';
import { ConcurrentChangeError } from '../../../adapters/dynamodb/table';
import { errorResponder } from '../../../runtime/http/error-responder';
import { HttpError } from '../../../runtime/http/http-error';
import { lambdaContext } from '../../functions/helpers/context';

/** The response the shared error responder gives a request that failed with `error`. */
async function answerTo(error: unknown) {
  const request = {
    event: {},
    context: lambdaContext(),
    response: undefined,
    error,
    internal: {},
  } as unknown as middy.Request<unknown, APIGatewayProxyStructuredResultV2>;
  await errorResponder().onError!(request);
  return request.response;
}

describe('errorResponder', () => {
  it('answers a cursor the data layer refuses with 400 INVALID_CURSOR, exactly as the HttpError the data layer threw before', async () => {
    // Prepare
    let refusal: unknown;
    try {
      decodeCursor('not-a-cursor', { attribute: 'pk', value: 'INSTANSI' });
    } catch (error) {
      refusal = error;
    }

    // Act
    const answer = await answerTo(refusal);

    // Assess
    expect(refusal).toBeInstanceOf(InvalidCursorError);
    expect(answer).toEqual({
      statusCode: 400,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ code: 'INVALID_CURSOR', message: 'Kursor halaman tidak dikenal.' }),
    });
    expect(answer).toEqual(
      await answerTo(new HttpError(400, 'INVALID_CURSOR', 'Kursor halaman tidak dikenal.')),
    );
  });

  it('answers any other error as a plain 500 without its internals', async () => {
    // Act
    const answer = await answerTo(new Error('invalid page cursor'));

    // Assess
    expect(answer?.statusCode).toBe(500);
    expect(JSON.parse(answer?.body ?? '{}')).toEqual({
      code: 'INTERNAL_ERROR',
      message: 'Terjadi kesalahan pada sistem. Silakan coba lagi.',
    });
  });
});

describe('errorResponder and writes that met another write', () => {
  it.each([
    ['an uncaught ConcurrentChangeError', new ConcurrentChangeError(['ConditionalCheckFailed'])],
    [
      'a TransactionConflictException',
      Object.assign(new Error('conflict'), { name: 'TransactionConflictException' }),
    ],
    [
      'a ConditionalCheckFailedException',
      Object.assign(new Error('The conditional request failed'), { name: 'ConditionalCheckFailedException' }),
    ],
  ])('answers %s with 409 DATA_CHANGED (nothing written, try again), not 500', async (_, error) => {
    const answer = await answerTo(error);

    expect(answer?.statusCode).toBe(409);
    expect(JSON.parse(answer?.body ?? '{}')).toEqual({
      code: 'DATA_CHANGED',
      message:
        'Data berubah oleh permintaan lain saat permintaan ini diproses; tidak ada yang dicatat. Muat ulang lalu coba lagi.',
    });
  });
});
