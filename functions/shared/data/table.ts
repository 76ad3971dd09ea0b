import { requireEnv, ENV } from '../env';

/**
 * The single table: every entity shares `pk`/`sk`, and two overloaded sparse indexes serve the listings.
 * Key shapes and the access pattern each serves are listed in docs/data-model.md.
 */
export const KEY = { pk: 'pk', sk: 'sk' } as const;
export const GSI1 = { name: 'gsi1', pk: 'gsi1pk', sk: 'gsi1sk' } as const;
export const GSI2 = { name: 'gsi2', pk: 'gsi2pk', sk: 'gsi2sk' } as const;

export const tableName = (): string => requireEnv(ENV.tableName);

export const isConditionalCheckFailure = (error: unknown): boolean =>
  (error as { name?: string } | undefined)?.name === 'ConditionalCheckFailedException';
