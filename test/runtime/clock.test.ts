import '../functions/helpers/env';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { now, SYSTEM_CLOCK, useClock } from '../../runtime/clock';
import { handler } from '../../functions/programs/index';
import { apiEvent, bodyOf } from '../functions/helpers/api-event';
import { lambdaContext } from '../functions/helpers/context';

const ddb = mockClient(DynamoDBDocumentClient);
const IN_2019 = new Date('2019-04-05T01:00:00.000Z');

describe('the one clock (runtime/clock.ts)', () => {
  beforeEach(() => {
    ddb.reset();
    ddb.on(PutCommand).resolves({});
  });
  afterEach(() => useClock(undefined));

  it('is the system clock unless one is installed', () => {
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1_000);
    expect(Math.abs(SYSTEM_CLOCK.now().getTime() - Date.now())).toBeLessThan(1_000);
  });

  it('an API operation decides on the installed clock: a 2019 window is still ahead on 5 April 2019', async () => {
    // Prepare
    useClock({ now: () => IN_2019 });
    const body = {
      name: 'Pelatihan dan Sertifikasi Manajemen ASN 2019',
      year: 2019,
      schemes: ['PENGAWAS'],
      quotaPerInstansi: { PENGAWAS: 1 },
      proposalWindow: { opensAt: '2019-04-05T09:00:00+07:00', closesAt: '2019-04-15T23:59:59+07:00' },
    };

    // Act
    const created = await handler(apiEvent('POST /programs', { body }), lambdaContext('programs'));
    useClock(undefined);
    const refused = await handler(apiEvent('POST /programs', { body }), lambdaContext('programs'));

    // Assess
    expect(created.statusCode).toBe(201);
    expect(bodyOf(created).createdAt).toBe(IN_2019.toISOString());
    expect(refused.statusCode).toBe(422);
    expect(bodyOf(refused).code).toBe('PROGRAM-WINDOW-PASSED');
  });
});
