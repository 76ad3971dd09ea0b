import { FUNCTIONS, QUEUES } from '../../infra/resource-model';
import type { FunctionShape } from './model';

/** What the cost model needs of each deployed function, read from the resource model CDK deploys. */
export function functionShapes(): Record<string, FunctionShape> {
  const consumers = new Set<string>(Object.values(QUEUES).map((q) => q.consumer));
  return Object.fromEntries(
    Object.entries(FUNCTIONS).map(([name, f]): [string, FunctionShape] => [
      name,
      {
        memoryMiB: f.memoryMiB,
        api: f.kind === 'api',
        queueConsumer: consumers.has(name),
        signsWith: f.uses.issuesCredentials ? 'OTHER_ASYMMETRIC' : 'RSA_2048',
      },
    ]),
  );
}
