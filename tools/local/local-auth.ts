import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  SignJWT,
  errors,
  type JWK,
  type JWTPayload,
} from 'jose';
import type { Role } from '../../domain/access/roles';

/**
 * A stand-in for the Cognito user pool and the API Gateway JWT authorizer: it mints ID tokens with the same
 * claims Cognito puts in them and verifies them the way the authorizer does (signature, issuer, audience,
 * expiry). The signing key is made on first use and kept in .local/ (git-ignored).
 */
export const LOCAL_ISSUER = 'https://cognito-idp.local/sertifikasi-local';
export const LOCAL_AUDIENCE = 'sertifikasi-local-client';
const ALG = 'ES256';

export interface TokenRequest {
  role: Role;
  sub?: string;
  username?: string;
  instansi?: string;
  kanreg?: string;
  nip?: string;
  /** Seconds until expiry; Cognito's default ID token lifetime is one hour. */
  expiresInSeconds?: number;
}

export type VerifyResult =
  | { ok: true; claims: JWTPayload }
  | { ok: false; code: 'AUTH_REQUIRED' | 'AUTH_TOKEN_EXPIRED' | 'AUTH_TOKEN_INVALID'; message: string };

export interface LocalAuthority {
  mint(request: TokenRequest): Promise<string>;
  verify(authorization: string | undefined): Promise<VerifyResult>;
}

async function loadOrCreateKey(keyFile?: string): Promise<JWK> {
  if (keyFile && existsSync(keyFile)) return JSON.parse(readFileSync(keyFile, 'utf8')) as JWK;
  const { privateKey } = await generateKeyPair(ALG, { extractable: true });
  const jwk = await exportJWK(privateKey);
  if (keyFile) {
    mkdirSync(dirname(keyFile), { recursive: true });
    writeFileSync(keyFile, JSON.stringify(jwk), { mode: 0o600 });
  }
  return jwk;
}

/** Tokens whose signature was checked, kept until they expire; cleared whole when this many. */
const VERIFIED_TOKENS = 10_000;

export async function createLocalAuthority(keyFile?: string): Promise<LocalAuthority> {
  const jwk = await loadOrCreateKey(keyFile);
  const privateKey = await importJWK(jwk, ALG);
  const { d: _private, ...publicJwk } = jwk;
  const publicKey = await importJWK(publicJwk, ALG);
  // An ES256 check costs more than the rest of a local request's routing; a client sends the same token with
  // every request until it expires, so its signature is checked once and its expiry every time.
  const verified = new Map<string, JWTPayload>();

  return {
    async mint(request) {
      const sub = request.sub ?? crypto.randomUUID();
      return new SignJWT({
        'cognito:groups': [request.role],
        'cognito:username': request.username ?? `${request.role}-${sub.slice(0, 8)}`,
        token_use: 'id',
        ...(request.instansi ? { 'custom:instansi': request.instansi } : {}),
        ...(request.kanreg ? { 'custom:kanreg': request.kanreg } : {}),
        ...(request.nip ? { 'custom:nip': request.nip } : {}),
      })
        .setProtectedHeader({ alg: ALG })
        .setSubject(sub)
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${request.expiresInSeconds ?? 3600}s`)
        .sign(privateKey);
    },
    async verify(authorization) {
      const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
      if (!token)
        return { ok: false, code: 'AUTH_REQUIRED', message: 'Token otorisasi (Bearer) diperlukan.' };
      const known = verified.get(token);
      if (known && Date.now() / 1000 < known.exp!) return { ok: true, claims: known };
      try {
        const { payload } = await jwtVerify(token, publicKey, {
          issuer: LOCAL_ISSUER,
          audience: LOCAL_AUDIENCE,
          requiredClaims: ['exp'],
        });
        if (verified.size >= VERIFIED_TOKENS) verified.clear();
        verified.set(token, payload);
        return { ok: true, claims: payload };
      } catch (error) {
        if (error instanceof errors.JWTExpired) {
          return {
            ok: false,
            code: 'AUTH_TOKEN_EXPIRED',
            message: 'Token sudah kedaluwarsa. Silakan masuk kembali.',
          };
        }
        return { ok: false, code: 'AUTH_TOKEN_INVALID', message: 'Token tidak sah.' };
      }
    },
  };
}

/** API Gateway HTTP APIs hand claims to Lambda as strings, arrays flattened to "[a b]". Mimic it. */
export function claimsAsApiGatewayPassesThem(claims: JWTPayload): Record<string, string> {
  return Object.fromEntries(
    Object.entries(claims).map(([name, value]) => [
      name,
      Array.isArray(value) ? `[${value.join(' ')}]` : String(value),
    ]),
  );
}
