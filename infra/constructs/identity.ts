import { Duration, RemovalPolicy, type Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { ROLES } from '../../domain/access/roles';
import { pascal } from './construct-id';

/** The custom attributes that scope a user's data: set by BKN only, never by the user (issue 13). */
export const SCOPE_ATTRIBUTES = ['instansi', 'kanreg', 'nip'] as const;

export interface Identity {
  userPool: UserPool;
  /** The API's app client: the audience of the ID tokens the API accepts. */
  client: UserPoolClient;
}

/** The Cognito user pool: its groups are the roles, custom attributes scope instansi and Kanreg data. */
export function identity(stack: Stack): Identity {
  const userPool = new UserPool(stack, 'Users', {
    selfSignUpEnabled: false,
    signInAliases: { username: true, email: true },
    passwordPolicy: {
      minLength: 12,
      requireDigits: true,
      requireLowercase: true,
      requireUppercase: true,
      requireSymbols: true,
    },
    mfa: Mfa.REQUIRED,
    mfaSecondFactor: { otp: true, sms: false },
    accountRecovery: AccountRecovery.EMAIL_ONLY,
    featurePlan: FeaturePlan.PLUS,
    standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
    // instansi and kanreg stay mutable only so that BKN can move an operator (AdminUpdateUserAttributes, with
    // the operator registry's move); no user writes them through the app client (writeAttributes below).
    customAttributes: {
      instansi: new StringAttribute({ minLen: 1, maxLen: 32, mutable: true }),
      kanreg: new StringAttribute({ minLen: 1, maxLen: 32, mutable: true }),
      nip: new StringAttribute({ minLen: 18, maxLen: 18, mutable: false }),
    },
    removalPolicy: RemovalPolicy.RETAIN,
  });
  for (const role of ROLES) {
    new CfnUserPoolGroup(stack, `Group${pascal(role)}`, {
      userPoolId: userPool.userPoolId,
      groupName: role,
    });
  }
  // The scope attributes are read into the ID token but never written by their user: an operator who could
  // set custom:instansi would act for another instansi (the API also checks them against the registry).
  // No OAuth unless the dashboard's Hosted UI is configured (./login.ts grants the implicit flow then): the L2
  // default would allow the code and implicit flows back to https://example.com.
  const client = userPool.addClient('ApiClient', {
    authFlows: { userSrp: true },
    disableOAuth: true,
    readAttributes: new ClientAttributes()
      .withStandardAttributes({
        fullname: true,
        email: true,
        emailVerified: true,
        phoneNumber: true,
        phoneNumberVerified: true,
      })
      .withCustomAttributes(...SCOPE_ATTRIBUTES),
    writeAttributes: new ClientAttributes().withStandardAttributes({
      fullname: true,
      email: true,
      phoneNumber: true,
    }),
    idTokenValidity: Duration.hours(1),
    preventUserExistenceErrors: true,
  });
  return { userPool, client };
}
