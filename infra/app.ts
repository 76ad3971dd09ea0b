import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { fileURLToPath } from 'node:url';
import { STACK_NAME } from './resource-model';
import { SertifikasiStack } from './stack';

/** `npx cdk synth` / `cdk deploy`: the stack, checked by cdk-nag's AwsSolutions and Serverless packs. */
export function buildApp(app = new App()): { app: App; stack: SertifikasiStack } {
  const stack = new SertifikasiStack(app, STACK_NAME, {
    projectRoot: fileURLToPath(new URL('..', import.meta.url)),
    env: {
      account: process.env.CDK_DEFAULT_ACCOUNT,
      region: process.env.CDK_DEFAULT_REGION ?? 'ap-southeast-3',
    },
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  Validations.of(app).addPlugins(new ServerlessChecks(app, { verbose: true }));
  return { app, stack };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildApp().app.synth();
