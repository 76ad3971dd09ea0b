import type { Stack } from 'aws-cdk-lib';
import type { CfnUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { Identity } from './identity';

/**
 * The Cognito Hosted UI through which BKN's staff open the programme dashboard (`GET /dashboard`), made only
 * when the deployment names a domain prefix (`-c loginDomainPrefix=…`, unique in the region). The API's own app
 * client gets the implicit grant with the dashboard page as its only callback, so the ID token the page receives
 * (in the URL fragment) is one the API's JWT authorizer accepts: same client, same audience.
 */
export function dashboardLogin(
  stack: Stack,
  users: Identity,
  publicBaseUrl: string,
  domainPrefix: string | undefined,
): { domain: string; clientId: string } | undefined {
  if (!domainPrefix) return undefined;
  const domain = users.userPool.addDomain('LoginDomain', { cognitoDomain: { domainPrefix } });
  // The L2 client takes its OAuth settings only when created; identity.ts makes it before the API's address
  // exists, so the callback is set on the template resource here.
  const client = users.client.node.defaultChild as CfnUserPoolClient;
  client.allowedOAuthFlowsUserPoolClient = true;
  client.allowedOAuthFlows = ['implicit'];
  client.allowedOAuthScopes = ['openid'];
  client.supportedIdentityProviders = ['COGNITO'];
  client.callbackUrLs = [`${publicBaseUrl}/dashboard`];
  return { domain: domain.baseUrl(), clientId: users.client.userPoolClientId };
}
