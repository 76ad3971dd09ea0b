import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { fileURLToPath } from 'node:url';
import { STACK_NAME } from './resource-model';
import { SertifikasiStack } from './stack';

/** Jakarta: the data of Indonesian civil servants stays in Indonesia unless another region is chosen. */
export const HOME_REGION = 'ap-southeast-3';

const REGION_FORMAT = /^[a-z]{2}(-[a-z]+)+-\d$/;

/**
 * The region to deploy to: the CDK context `region` (`cdk deploy -c region=…`), else AWS_REGION, else
 * AWS_DEFAULT_REGION, else {@link HOME_REGION}. CDK_DEFAULT_REGION is ignored on purpose: the CDK CLI fills it
 * from those variables, then from the AWS profile's region, the EC2 instance's region and finally us-east-1,
 * so it cannot tell a choice from a fallback. A profile's region is a default for all of someone's AWS work,
 * not a choice for this system, so it does not count either.
 */
export function deploymentRegion(contextRegion: unknown, env: NodeJS.ProcessEnv): string {
  const chosen = [contextRegion, env.AWS_REGION, env.AWS_DEFAULT_REGION].find(
    (value) => value !== undefined && value !== '',
  );
  if (chosen === undefined) return HOME_REGION;
  if (typeof chosen !== 'string' || !REGION_FORMAT.test(chosen)) {
    throw new Error(`Region ${JSON.stringify(chosen)} is not an AWS region name such as ${HOME_REGION}.`);
  }
  return chosen;
}

/** `npx cdk synth` / `cdk deploy`: the stack, checked by cdk-nag's AwsSolutions and Serverless packs. */
export function buildApp(
  app = new App(),
  env: NodeJS.ProcessEnv = process.env,
): { app: App; stack: SertifikasiStack } {
  const stack = new SertifikasiStack(app, STACK_NAME, {
    projectRoot: fileURLToPath(new URL('..', import.meta.url)),
    verificationContact: app.node.tryGetContext('verificationContact') as string | undefined,
    timeStampUrl: app.node.tryGetContext('tsaUrl') as string | undefined,
    loginDomainPrefix: app.node.tryGetContext('loginDomainPrefix') as string | undefined,
    email: {
      sender: app.node.tryGetContext('emailSender') as string | undefined,
      configurationSet: app.node.tryGetContext('emailConfigurationSet') as string | undefined,
    },
    env: {
      account: env.CDK_DEFAULT_ACCOUNT,
      region: deploymentRegion(app.node.tryGetContext('region'), env),
    },
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  Validations.of(app).addPlugins(new ServerlessChecks(app, { verbose: true }));
  return { app, stack };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildApp().app.synth();
