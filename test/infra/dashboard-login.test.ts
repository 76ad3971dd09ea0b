import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app';
import { ENV } from '../../runtime/env';

/** Bundling is measured by the bundle-size test; here the template is what matters. */
const templateWith = (context: Record<string, string>) =>
  Template.fromStack(buildApp(new App({ context: { 'aws:cdk:bundling-stacks': [], ...context } })).stack);
const withLogin = (template: Template) =>
  Object.keys(
    template.findResources('AWS::Lambda::Function', {
      Properties: {
        Environment: {
          Variables: Match.objectLike({
            [ENV.loginDomain]: Match.anyValue(),
            [ENV.loginClientId]: Match.anyValue(),
          }),
        },
      },
    }),
  );

describe("the programme dashboard's login (-c loginDomainPrefix=…)", () => {
  it('makes the Hosted UI domain, gives the API client the implicit grant back to /dashboard, and tells the dashboard function', () => {
    const template = templateWith({ loginDomainPrefix: 'sertifikasi-bkn' });
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'sertifikasi-bkn' });
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['implicit'],
      AllowedOAuthScopes: ['openid'],
      SupportedIdentityProviders: ['COGNITO'],
      CallbackURLs: [{ 'Fn::Join': ['', ['https://', { Ref: 'PublicDomainName' }, '/dashboard']] }],
    });
    expect(withLogin(template)).toHaveLength(1);
  });

  it('without it: no Hosted UI domain, and the dashboard function is told of none (the page offers a pasted token)', () => {
    const template = templateWith({});
    template.resourceCountIs('AWS::Cognito::UserPoolDomain', 0);
    expect(withLogin(template)).toHaveLength(0);
    // And the API client allows no OAuth flow at all (the L2 default would allow two, back to example.com).
    const [client] = Object.values(template.findResources('AWS::Cognito::UserPoolClient'));
    expect(client?.Properties).toMatchObject({ AllowedOAuthFlowsUserPoolClient: false });
    expect(client?.Properties.AllowedOAuthFlows).toBeUndefined();
    expect(client?.Properties.CallbackURLs).toBeUndefined();
  });
});
