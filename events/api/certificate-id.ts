/*
 * The certificate id of the API (`CertificateId` in ./certificate.ts) and the registration number it stands for,
 * without the schemas: the worker and the stage's helpers map ids without carrying the certificate contracts.
 */

/** The id of a registration number: its slashes become hyphens (`0042/SKTM-ASN/L3/2027-P1` → `0042-SKTM-ASN-L3-2027-P1`). */
export const certificateIdOf = (registrationNumber: string): string =>
  registrationNumber.replaceAll('/', '-');

/** The registration number an id stands for; an id of another form is returned as it is. */
export function registrationNumberOf(certificateId: string): string {
  const m = /^(\d{4,})-SKTM-ASN-([A-Z0-9]+)-(\d{4})(-P\d+)?$/.exec(certificateId);
  if (!m) return certificateId;
  return `${m[1]}/SKTM-ASN/${m[2]}/${m[3]}${m[4] ?? ''}`;
}
