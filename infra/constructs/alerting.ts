import { NestedStack, type Stack } from 'aws-cdk-lib';
import { Alarm, type AlarmProps } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';

/**
 * Alarms go to operators through one encrypted topic; each concern raises its own alarms through here. The
 * alarms (and the operators' dashboard) live in a nested stack of their own: about a hundred of them would
 * otherwise count against the 500 resources CloudFormation allows in the main stack.
 */
export class Alerting {
  readonly topic: Topic;
  /** The nested stack that holds every alarm and the dashboard. */
  readonly monitoring: NestedStack;
  /** Every alarm, in the order raised: the operators' dashboard shows their state in this order. */
  readonly alarms: Alarm[] = [];
  private readonly action: SnsAction;

  constructor(stack: Stack) {
    this.monitoring = new NestedStack(stack, 'Monitoring', {
      description: 'Alarm dan dasbor operasional Sertifikasi Kompetensi Teknis Manajemen ASN',
    });
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
    const created = new Alarm(this.monitoring, id, props);
    created.addAlarmAction(this.action);
    this.alarms.push(created);
    return created;
  }
}
