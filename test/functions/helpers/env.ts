/*
 * The environment the deployment gives every function (runtime/env.ts). Imported for its side effect
 * before any handler module, because the Powertools logger reads its level when the module is loaded.
 */
export const TABLE_NAME = 'sertifikasi-test';
export const DOCUMENTS_BUCKET = 'sertifikasi-documents-test';
export const UPLOADS_BUCKET = 'sertifikasi-uploads-test';
export const ANNOUNCEMENT_QUEUE_URL =
  'https://sqs.ap-southeast-3.amazonaws.com/123456789012/announcement-letter';
export const REGION = 'ap-southeast-3';
/** AWS's documented example key pair: only used to sign presigned URLs offline. */
export const ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';

process.env.TABLE_NAME = TABLE_NAME;
process.env.DOCUMENTS_BUCKET = DOCUMENTS_BUCKET;
process.env.UPLOADS_BUCKET = UPLOADS_BUCKET;
process.env.ANNOUNCEMENT_QUEUE_URL = ANNOUNCEMENT_QUEUE_URL;
process.env.PLACEMENT_QUEUE_URL ??= 'https://sqs.ap-southeast-3.amazonaws.com/123456789012/placement';
process.env.INVITATION_QUEUE_URL ??= 'https://sqs.ap-southeast-3.amazonaws.com/123456789012/invitation';
export const NOTIFICATION_QUEUE_URL = 'https://sqs.ap-southeast-3.amazonaws.com/123456789012/notification';
process.env.NOTIFICATION_QUEUE_URL = NOTIFICATION_QUEUE_URL;
export const EMAIL_SENDER = 'no-reply@sertifikasi.bkn.go.id';
export const EMAIL_CONFIGURATION_SET = 'sertifikasi-notifikasi';
process.env.EMAIL_SENDER = EMAIL_SENDER;
process.env.EMAIL_CONFIGURATION_SET = EMAIL_CONFIGURATION_SET;
process.env.AWS_REGION = REGION;
process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
process.env.POWERTOOLS_SERVICE_NAME = 'sertifikasi-test';
process.env.AWS_ACCESS_KEY_ID = ACCESS_KEY_ID;
process.env.AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
// A developer's shell must not point the tests at a local emulator or add a session token to the signature.
delete process.env.AWS_SESSION_TOKEN;
delete process.env.AWS_ENDPOINT_URL_S3;
delete process.env.AWS_ENDPOINT_URL_DYNAMODB;
delete process.env.AWS_ENDPOINT_URL_SQS;
delete process.env.AWS_ENDPOINT_URL_SESV2;
