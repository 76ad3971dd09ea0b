import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { isRole, type Role } from '../../domain/access/roles';

/** Who is calling, from the claims the API Gateway JWT authorizer (Cognito ID token) passes on. */
export interface Principal {
  sub: string;
  username: string;
  roles: Role[];
  /**
   * Instansi code of an instansi operator or participant (`custom:instansi`); for an operator, the operator
   * registry's once the shared handler checked the claim against it (operator-check.ts).
   */
  instansi?: string;
  /** Regional office code of a Kanreg operator (`custom:kanreg`), likewise the registry's once checked. */
  kanreg?: string;
  /** NIP of a participant (`custom:nip`). */
  nip?: string;
}

type Claims = Record<string, string | number | boolean | string[]>;

/** HTTP APIs flatten array claims to "[a b]"; a raw JWT keeps the array. Accept both. */
function groups(value: Claims[string] | undefined): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  const text = String(value).trim();
  const inner = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return inner.split(/[\s,]+/).filter(Boolean);
}

const optionalClaim = (claims: Claims, name: string): string | undefined => {
  const value = claims[name];
  return value === undefined || value === '' ? undefined : String(value);
};

export function principalFrom(event: APIGatewayProxyEventV2WithJWTAuthorizer): Principal | undefined {
  const claims = event.requestContext.authorizer?.jwt?.claims as Claims | undefined;
  if (!claims || claims.sub === undefined) return undefined;
  return {
    sub: String(claims.sub),
    username: optionalClaim(claims, 'cognito:username') ?? String(claims.sub),
    roles: groups(claims['cognito:groups']).filter(isRole),
    instansi: optionalClaim(claims, 'custom:instansi'),
    kanreg: optionalClaim(claims, 'custom:kanreg'),
    nip: optionalClaim(claims, 'custom:nip'),
  };
}
