import { OID, type TimeStamper } from './cms';
import { childrenOf, objectId, octetString, readNode, sequence, smallInteger, tlv } from './der';

/**
 * A trusted time-stamp (RFC 3161) from the time-stamping authority at `url`, over the signature's SHA-256: the
 * token makes the signature PAdES B-T, proving it existed at that time. The TSA's certificate comes with the token.
 */
export function rfc3161TimeStamper(url: string): TimeStamper {
  return async (digest) => {
    // TimeStampReq { version 1, messageImprint { sha256, digest }, certReq TRUE }
    const request = sequence(
      smallInteger(1),
      sequence(sequence(objectId(OID.sha256)), octetString(digest)),
      tlv(0x01, Buffer.from([0xff])),
    );
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query' },
      body: request,
    });
    if (!response.ok) throw new Error(`The time-stamping authority answered ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    // TimeStampResp { status PKIStatusInfo { status INTEGER, ... }, timeStampToken ContentInfo OPTIONAL }
    const [status, token] = childrenOf(readNode(body), body);
    const code = childrenOf(status!, body)[0]!.value.readUIntBE(0, 1);
    // 0 granted, 1 granted with modifications; anything else is a refusal.
    if (code > 1 || !token)
      throw new Error(`The time-stamping authority refused the request (status ${code})`);
    return token.raw;
  };
}
