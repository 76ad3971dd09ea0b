import { RemovalPolicy, type Stack } from 'aws-cdk-lib';
import { AttributeType, Billing, StreamViewType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { acknowledge } from '../nag';
import { BUCKETS, TABLE, type BucketName } from '../resource-model';
import { pascal } from './construct-id';

export type Buckets = Record<BucketName, Bucket>;

export interface DataStores {
  table: TableV2;
  buckets: Buckets;
}

/** The table (single-table design, docs/data-model.md) and the document buckets, all retained on deletion. */
export function dataStores(stack: Stack): DataStores {
  const table = new TableV2(stack, 'Table', {
    partitionKey: { name: TABLE.partitionKey, type: AttributeType.STRING },
    sortKey: { name: TABLE.sortKey, type: AttributeType.STRING },
    globalSecondaryIndexes: TABLE.indexes.map((index) => ({
      indexName: index.name,
      partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
      sortKey: { name: index.sortKey, type: AttributeType.STRING },
    })),
    billing: Billing.onDemand(),
    encryption: TableEncryptionV2.awsManagedKey(),
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    deletionProtection: true,
    timeToLiveAttribute: TABLE.timeToLiveAttribute,
    dynamoStream: StreamViewType[TABLE.streamView],
    removalPolicy: RemovalPolicy.RETAIN,
  });

  // Documents: private, encrypted, TLS only, access-logged.
  const accessLogs = new Bucket(stack, 'AccessLogs', {
    encryption: BucketEncryption.S3_MANAGED,
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  acknowledge(
    accessLogs,
    'AwsSolutions-S1',
    'This is the access-log bucket itself; logging it into itself would loop.',
  );
  const buckets = {} as Buckets;
  for (const name of Object.keys(BUCKETS) as BucketName[]) {
    buckets[name] = new Bucket(stack, `${pascal(name)}Bucket`, {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: `${name}/`,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
  return { table, buckets };
}
