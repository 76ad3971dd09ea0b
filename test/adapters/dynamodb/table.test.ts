import { describe, expect, it } from 'vitest';
import { withoutKeys } from '../../../adapters/dynamodb/table';

describe('withoutKeys', () => {
  it('drops the table and index keys and the entity tag, keeping every other attribute', () => {
    const item = {
      pk: 'P',
      sk: 'S',
      entity: 'Thing',
      gsi1pk: 'G1',
      gsi1sk: 'g1',
      gsi2pk: 'G2',
      gsi2sk: 'g2',
      name: 'a',
      nested: { pk: 'kept inside' },
    };

    expect(withoutKeys(item)).toStrictEqual({ name: 'a', nested: { pk: 'kept inside' } });
  });

  it('drops the further attributes named by the caller as well', () => {
    expect(withoutKeys({ pk: 'P', sk: 'S', expiresAt: 1, sentAt: 'x' }, ['expiresAt'])).toStrictEqual({
      sentAt: 'x',
    });
  });
});
