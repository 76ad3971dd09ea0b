import type { Stack } from 'aws-cdk-lib';
import { Alarm, type AlarmProps } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';

/** Alarms go to operators through one encrypted topic; each concern raises its own alarms through here. */
export class Alerting {
  readonly topic: Topic;
  /** Every alarm, in the order raised: the operators' dashboard shows their state in this order. */
  readonly alarms: Alarm[] = [];
  private readonly action: SnsAction;

  constructor(private readonly stack: Stack) {
    const key = new Key(stack, 'AlarmTopicKey', {
      enableKeyRotation: true,
      description: 'Alarm topic encryption',
    });
    key.grantEncryptDecrypt(new ServicePrincipal('cloudwatch.amazonaws.com'));
    this.topic = new Topic(stack, 'AlarmTopic', {
      displayName: 'Sertifikasi ASN alarms',
      masterKey: key,
      enforceSSL: true,
    });
    this.action = new SnsAction(this.topic);
  }

  alarm(id: string, props: AlarmProps): Alarm {
    const created = new Alarm(this.stack, id, props);
    created.addAlarmAction(this.action);
    this.alarms.push(created);
    return created;
  }
}
