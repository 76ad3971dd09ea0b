import { certificateIdOf } from '../../events/api/certificate-id';
import { ENV, requireEnv } from '../../runtime/env';

/*
 * Where the Open Badges documents live: their public addresses (under the public base URL, so they stay
 * valid when the API moves behind it; the ids are signed into every credential, so the base URL must not
 * change once credentials are issued) and their keys in the documents bucket.
 */

/** The name of the issuer's current key (a new KMS key would be published under a new name beside it). */
export const ISSUER_KEY_NAME = 'ed25519-1';

const base = () => requireEnv(ENV.publicBaseUrl);

export const issuerUrl = () => `${base()}/credentials/issuer`;
export const issuerKeyUrl = (name = ISSUER_KEY_NAME) => `${issuerUrl()}/keys/${name}`;
export const statusListUrl = (listId: number) => `${base()}/credentials/status-lists/${listId}`;
/** The id of a certificate version's credential: the authorised route its holder downloads it from. */
export const credentialUrl = (registrationNumber: string) =>
  `${base()}/certificates/${certificateIdOf(registrationNumber)}/credential`;
export const achievementUrl = (scheme: string, schemeVersion: string) =>
  `${base()}/credentials/achievements/${scheme}/${schemeVersion}`;

/** The media type credentials are stored and served with (VC 2.0 JSON-LD). */
export const CREDENTIAL_MEDIA_TYPE = 'application/vc+ld+json';

export const PUBLIC_KEYS = {
  issuer: 'credentials/public/issuer.json',
  issuerKey: (name: string) => `credentials/public/keys/${name}.json`,
  statusList: (listId: number) => `credentials/public/status-lists/${listId}.json`,
};

export const credentialObjectKey = (programId: string, nip: string, registrationNumber: string) =>
  `credentials/${programId}/${nip}/${certificateIdOf(registrationNumber)}.json`;
