import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOME_REGION, buildApp, deploymentRegion } from '../../infra/app';
import { STACK_NAME } from '../../infra/resource-model';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CDK = join(ROOT, 'node_modules', '.bin', 'cdk');
/** Every AWS region name (commercial, GovCloud, China, ISO), wherever it is written in a template. */
const REGION_NAME = /\b(?:af|ap|ca|cn|eu|il|me|mx|sa|us)(?:-gov|-iso[a-z]?)?-[a-z]+-\d\b/g;

describe('deploymentRegion: Jakarta unless a region is chosen for this app', () => {
  it.each([
    ['nothing chosen', undefined, {}, HOME_REGION],
    [
      'only the CDK CLI default (CDK_DEFAULT_REGION) is ignored',
      undefined,
      { CDK_DEFAULT_REGION: 'us-east-1' },
      HOME_REGION,
    ],
    ['AWS_DEFAULT_REGION', undefined, { AWS_DEFAULT_REGION: 'ap-southeast-1' }, 'ap-southeast-1'],
    [
      'AWS_REGION before AWS_DEFAULT_REGION',
      undefined,
      { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'ap-southeast-1' },
      'eu-west-1',
    ],
    ['-c region before the environment', 'us-gov-west-1', { AWS_REGION: 'eu-west-1' }, 'us-gov-west-1'],
    ['an empty variable is no choice', undefined, { AWS_REGION: '', AWS_DEFAULT_REGION: '' }, HOME_REGION],
  ] as const)('%s', (_case, context, env, region) => {
    expect(deploymentRegion(context, { ...env })).toBe(region);
  });

  it.each([['jakarta'], ['ap-southeast-3 '], [42]])('refuses %j as a region name', (region) => {
    expect(() => deploymentRegion(region, {})).toThrow(/not an AWS region name/);
  });

  it('an explicit -c region wins over the CLI default: the whole template is in that region', () => {
    const app = new App({ context: { region: 'ap-southeast-1', 'aws:cdk:bundling-stacks': [] } });
    const { stack } = buildApp(app, { CDK_DEFAULT_REGION: 'us-east-1' });
    const template = JSON.stringify(Template.fromStack(stack).toJSON());
    expect(stack.region).toBe('ap-southeast-1');
    expect(new Set(template.match(REGION_NAME))).toEqual(new Set(['ap-southeast-1']));
  });
});

/**
 * `cdk ls` runs the app exactly as `cdk synth` does (cdk.json, CDK_DEFAULT_REGION set by the CLI) and writes the
 * same template, without bundling the functions. The environment is scrubbed: no AWS variables, a HOME without
 * ~/.aws, so the CLI falls back to us-east-1 as it does on an unconfigured machine.
 */
describe('`cdk` on a machine with no region configured', () => {
  let home: string;

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'cdk-region-'));
  });
  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
  });

  async function synthesize() {
    const env = {
      PATH: process.env.PATH,
      HOME: home,
      CDK_DISABLE_CLI_TELEMETRY: 'true',
      AWS_EC2_METADATA_DISABLED: 'true',
      npm_config_update_notifier: 'false',
    };
    const output = join(home, 'cdk.out');
    const { stdout } = await promisify(execFile)(CDK, ['ls', '--long', '--no-notices', '--output', output], {
      cwd: ROOT,
      env,
      maxBuffer: 16 * 2 ** 20,
    });
    const template = await readFile(join(output, `${STACK_NAME}.template.json`), 'utf8');
    const manifest = await readFile(join(output, 'manifest.json'), 'utf8');
    return { stdout, template, manifest };
  }

  it('synthesizes for ap-southeast-3 and names no other region anywhere in the template', async () => {
    const { stdout, template, manifest } = await synthesize();
    expect(stdout).toContain(`region: ${HOME_REGION}`);
    expect(template.match(REGION_NAME)?.length).toBeGreaterThan(0);
    expect(new Set(template.match(REGION_NAME))).toEqual(new Set([HOME_REGION]));
    expect(new Set(manifest.match(REGION_NAME))).toEqual(new Set([HOME_REGION]));
  });
});
