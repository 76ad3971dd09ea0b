/**
 * Environment variables through which the deployment (CDK stack or local runner) tells a function where its
 * resources are. The resource model in infra/ sets exactly these names, so the two cannot drift.
 */
export const ENV = {
  tableName: 'TABLE_NAME',
  documentsBucket: 'DOCUMENTS_BUCKET',
  uploadsBucket: 'UPLOADS_BUCKET',
  announcementQueueUrl: 'ANNOUNCEMENT_QUEUE_URL',
  placementQueueUrl: 'PLACEMENT_QUEUE_URL',
  invitationQueueUrl: 'INVITATION_QUEUE_URL',
  certificateQueueUrl: 'CERTIFICATE_QUEUE_URL',
  credentialQueueUrl: 'CREDENTIAL_QUEUE_URL',
  notificationQueueUrl: 'NOTIFICATION_QUEUE_URL',
  emailFeedbackQueueUrl: 'EMAIL_FEEDBACK_QUEUE_URL',
  structuralNoticeQueueUrl: 'STRUCTURAL_NOTICE_QUEUE_URL',
  schemeEnrolmentQueueUrl: 'SCHEME_ENROLMENT_QUEUE_URL',
  /** The address notification e-mails are sent from: an identity verified in SES. */
  emailSender: 'EMAIL_SENDER',
  /** The SES configuration set whose event destination reports bounces and complaints. */
  emailConfigurationSet: 'EMAIL_CONFIGURATION_SET',
  eventBusName: 'EVENT_BUS_NAME',
  /** Bucket of the signing officials' certificate chains, `<role>/chain.pem` (configuration BKN installs). */
  signingBucket: 'SIGNING_BUCKET',
  /** KMS key (id, ARN or alias) of each signing official: see SIGNING_ROLES. */
  signingKeyKepalaBkn: 'SIGNING_KEY_KEPALA_BKN',
  signingKeyKepalaPusat: 'SIGNING_KEY_KEPALA_PUSAT',
  signingKeyKepalaUpk: 'SIGNING_KEY_KEPALA_UPK',
  /** RFC 3161 time-stamping authority; where set, signatures are PAdES B-T instead of B-B. */
  timeStampUrl: 'TSA_URL',
  /** KMS key (id, ARN or alias) of the Open Badges issuer: Ed25519, signs the credentials and status lists. */
  credentialKey: 'CREDENTIAL_KEY',
  /** Public base URL of the API: certificates' QR codes point at its verification page. */
  publicBaseUrl: 'PUBLIC_BASE_URL',
  /** Optional: the contact and complaint channel the public verification page shows, as JSON (its default else). */
  verificationContact: 'VERIFICATION_CONTACT',
  serviceName: 'POWERTOOLS_SERVICE_NAME',
  /** Optional: the Cognito Hosted UI's base URL, e.g. https://sertifikasi.auth.ap-southeast-3.amazoncognito.com. */
  loginDomain: 'LOGIN_DOMAIN',
  /** The app client the Hosted UI logs people in to: the audience of the ID tokens the API accepts. */
  loginClientId: 'LOGIN_CLIENT_ID',
  /** Where the meta function reads the OpenAPI document; unset on AWS, where it is the file beside the bundle. */
  openApiDocument: 'OPENAPI_DOCUMENT',
} as const;

export type EnvName = (typeof ENV)[keyof typeof ENV];

/**
 * The officials whose electronic signatures documents carry, each with a key of its own: the Kepala BKN, who
 * sets the competency certificate (Perban BKN 7/2020 Pasal 34 ayat (2)), the head of BKN's unit for ASN
 * training and development (the training unit), who signs the training certificate, invitations and letters, and
 * the head of the unit that assesses civil servants for structural positions, who signs their notices.
 */
export const SIGNING_ROLES = {
  kepalaBkn: { keyVar: ENV.signingKeyKepalaBkn, office: 'Kepala Badan Kepegawaian Negara' },
  kepalaPusat: { keyVar: ENV.signingKeyKepalaPusat, office: 'Kepala Pusat Pengembangan ASN' },
  // The head of the UPK or TPK who notifies a PNS of their structural competency assessment (Perka BKN 11/2008
  // Anak Lampiran (10)-(11)). One key for the letters of every instansi: each letter prints its own official's
  // position and name, the signature is of the certificate installed for this role.
  kepalaUpk: { keyVar: ENV.signingKeyKepalaUpk, office: 'Kepala Unit Penilaian Kompetensi PNS' },
} as const satisfies Record<string, { keyVar: EnvName; office: string }>;

export type SigningRole = keyof typeof SIGNING_ROLES;

/** Read at call time (not module load) so tests and the local runner can set it after import. */
export function requireEnv(name: EnvName): string {
  const value = process.env[name];
  if (!value) throw new Error(`Environment variable ${name} is not set`);
  return value;
}
