import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges one cdk-nag finding on one construct, with the reason written next to it. Findings that carry
 * a detail (IAM5's `Resource::…`) are acknowledged one by one as `Rule[detail]`.
 */
export function acknowledge(construct: IConstruct, id: string, reason: string): void {
  Validations.of(construct).acknowledge({ id, reason });
}
