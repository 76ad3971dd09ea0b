import { describe, expect, it } from 'vitest';
import { DecimalInteger } from '../../events/api/identifiers';

describe('DecimalInteger (path and query integers)', () => {
  const cohortNumber = DecimalInteger(1, 999);

  it.each([
    ['1', 1],
    ['42', 42],
    ['999', 999],
    ['007', 7],
  ])('reads %j as %i', (text, value) => {
    expect(cohortNumber.parse(text)).toBe(value);
  });

  it.each(['0', '1000', '0x10', '1e1', ' 1', '1 ', '1.0', '-1', '+1', '', 'satu'])(
    'refuses %j (outside 1-999 or not written in decimal digits)',
    (text) => {
      expect(cohortNumber.safeParse(text).success).toBe(false);
    },
  );
});
