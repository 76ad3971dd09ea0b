import { describe, expect, it } from 'vitest';
import { API_FUNCTIONS } from '../../../events/api/route';
import { ROUTES } from '../../../events/api/routes';
import { FUNCTIONS } from '../../../infra/resource-model';

describe('stage handlers', () => {
  it.each(API_FUNCTIONS.map((name) => [name]))(
    '%s loads, which proves it serves exactly the routes declared for it',
    async (name) => {
      const module = (await import(`../../../${FUNCTIONS[name].entry}`)) as { handler: unknown };
      expect(typeof module.handler).toBe('function');
      expect(ROUTES.some((route) => route.function === name)).toBe(true);
    },
  );
});
