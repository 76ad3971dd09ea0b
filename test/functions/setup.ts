import { vi } from 'vitest';

/*
 * Every handler test of the unit project checks each answer it gets against the response the OpenAPI document
 * publishes for its route and status (helpers/published-responses.ts): the shared API handler factory, wherever
 * it is imported from, builds handlers whose answers are checked. The checker is loaded only by tests that load
 * the factory.
 */
vi.mock(import('../../runtime/http/api-handler'), async (importOriginal) => {
  const [actual, { answersChecked }] = await Promise.all([
    importOriginal(),
    import('./helpers/published-responses'),
  ]);
  return { ...actual, apiHandler: answersChecked(actual.apiHandler) };
});
