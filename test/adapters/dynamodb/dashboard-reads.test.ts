import '../../functions/helpers/env';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { participantsOfInstansi } from '../../../adapters/dynamodb/seating-repository';
import { TABLE_NAME } from '../../functions/helpers/env';
import { PROGRAM_ID } from '../../functions/helpers/programs';
import { aSeatedParticipant, participantItem } from '../../functions/invitations/fixtures';

/*
 * The access pattern the programme dashboard adds (docs/data-model.md, "Programme dashboard"): the exact command
 * it sends and what it answers from the stored items.
 */

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const sent = () => ddb.calls().map((call) => (call.args[0] as { input: unknown }).input);

describe('programme dashboard reads', () => {
  it('DB1: the participants of one instansi in a programme, every page, without their storage keys', async () => {
    // Prepare: two pages.
    const seated = aSeatedParticipant();
    const { seat: _seat, ...waiting } = { ...aSeatedParticipant(), nip: '199001012015011001' };
    const next = { pk: 'PARTICIPANT#x', sk: '#PARTICIPANT', gsi2pk: 'p', gsi2sk: seated.nip };
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [participantItem(seated)], LastEvaluatedKey: next })
      .resolvesOnce({ Items: [participantItem(waiting)] });

    // Act
    const participants = await participantsOfInstansi(PROGRAM_ID, '3201');

    // Assess
    const query = {
      TableName: TABLE_NAME,
      IndexName: 'gsi2',
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': 'gsi2pk' },
      ExpressionAttributeValues: { ':pk': `PROGRAM#${PROGRAM_ID}#INSTANSI#3201#PARTICIPANTS` },
    };
    expect(sent()).toStrictEqual([query, { ...query, ExclusiveStartKey: next }]);
    expect(participants).toStrictEqual([seated, waiting]);
  });
});
