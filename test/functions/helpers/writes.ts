import { DeleteCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';

/*
 * Which writes a handler made, without restating their commands: the exact command of each access pattern is
 * proved once, beside its repository (test/adapters/dynamodb/). A handler test asserts status, body and this.
 */

/** One item written: how, which item (`pk` and `sk`) and, for a Put, the entity it stores. */
export interface Write {
  op: 'Put' | 'Update' | 'Delete' | 'ConditionCheck';
  pk: string;
  sk: string;
  entity?: string;
}

type Keyed = { Key?: Record<string, unknown>; Item?: Record<string, unknown> };

const written = (op: Write['op'], input: Keyed): Write => {
  const keys = input.Item ?? input.Key ?? {};
  const entity = input.Item?.entity;
  return {
    op,
    pk: String(keys.pk),
    sk: String(keys.sk),
    ...(typeof entity === 'string' && { entity }),
  };
};

/**
 * Every item the mocked client wrote, in the order the writes were sent: single writes, and each item of a
 * transaction (its condition checks too, marked as such), whether or not DynamoDB accepted it.
 */
export function writesOf(ddb: { calls(): { args: readonly unknown[] }[] }): Write[] {
  return ddb.calls().flatMap((call): Write[] => {
    const command = call.args[0];
    if (command instanceof PutCommand) return [written('Put', command.input)];
    if (command instanceof UpdateCommand) return [written('Update', command.input)];
    if (command instanceof DeleteCommand) return [written('Delete', command.input)];
    if (command instanceof TransactWriteCommand) {
      return (command.input.TransactItems ?? []).map((item) =>
        item.Put
          ? written('Put', item.Put)
          : item.Update
            ? written('Update', item.Update)
            : item.Delete
              ? written('Delete', item.Delete)
              : written('ConditionCheck', item.ConditionCheck ?? {}),
      );
    }
    return [];
  });
}
