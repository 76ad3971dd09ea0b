import { PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { OutboxEvent } from '../../../adapters/dynamodb/outbox-repository';
import type { CertificateHistoryEntry, CompetencyCertificateRecord } from '../../../events/api/certificate';
import type { DynamoMock } from '../helpers/proposals';
import { writesOf, type Write } from '../helpers/writes';

/*
 * What a certificate handler recorded, read from the mocked client without restating its commands (each is
 * proved once beside the repository, test/adapters/dynamodb/certificate-repository.test.ts): the items of each
 * transaction, the items it put, what each change of a certificate recorded and the events it announced.
 */

const transactItems = (ddb: DynamoMock) =>
  ddb.commandCalls(TransactWriteCommand).flatMap((call) => call.args[0].input.TransactItems ?? []);

/** The items each transaction wrote (as `writesOf` names them), one list per transaction, in order. */
export const transactionsOf = (ddb: DynamoMock): Write[][] =>
  ddb.commandCalls(TransactWriteCommand).map((call) => writesOf({ calls: () => [call] }));

/** The items of `entity` put, alone or in a transaction, in order (whether or not DynamoDB accepted them). */
export function itemsPut(ddb: DynamoMock, entity: string): Record<string, unknown>[] {
  const single = ddb.commandCalls(PutCommand).map((call) => call.args[0].input.Item);
  const transacted = transactItems(ddb).map((item) => item.Put?.Item);
  return [...single, ...transacted].filter(
    (item): item is Record<string, unknown> => item?.entity === entity,
  );
}

/** What one change of a certificate recorded on it: the history entry it appended, the document or revocation. */
export interface CertificateChangeWritten {
  pk: string;
  sk: string;
  entry?: CertificateHistoryEntry;
  document?: CompetencyCertificateRecord['document'];
  revocation?: CompetencyCertificateRecord['revocation'];
}

/** Every change of a certificate (competency or training) the transactions recorded, in order. */
export function certificateChanges(ddb: DynamoMock): CertificateChangeWritten[] {
  return transactItems(ddb).flatMap(({ Update }) => {
    const values = Update?.ExpressionAttributeValues ?? {};
    const recorded = {
      ...(values[':entry'] && { entry: (values[':entry'] as CertificateHistoryEntry[])[0] }),
      ...(values[':document'] && { document: values[':document'] }),
      ...(values[':revocation'] && { revocation: values[':revocation'] }),
    };
    if (!Update || Object.keys(recorded).length === 0) return [];
    return [{ pk: String(Update.Key!.pk), sk: String(Update.Key!.sk), ...recorded }];
  });
}

/** The integration events written to the outbox with their changes, in order. */
export const eventsWritten = (ddb: DynamoMock): OutboxEvent[] =>
  itemsPut(ddb, 'OutboxEvent').map(({ detailType, detail, occurredAt }) => ({
    detailType,
    detail,
    occurredAt,
  })) as OutboxEvent[];
