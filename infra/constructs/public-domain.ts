import { CfnParameter, Fn, type Stack } from 'aws-cdk-lib';
import { ApiMapping, DomainName, type HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';

/**
 * The API's public address, which QR codes and links on signed documents carry for years: a custom domain
 * (e.g. sertifikasi.bkn.go.id) given as stack parameters with its ACM certificate in the stack's region, never
 * the execute-api host, which dies with the API. Point the domain's DNS at the `PublicDomainTarget` output.
 */
export function publicDomain(stack: Stack, api: HttpApi): { baseUrl: string; target: string } {
  const domain = new CfnParameter(stack, 'PublicDomainName', {
    type: 'String',
    description: 'Nama domain publik API, mis. sertifikasi.bkn.go.id (dicetak pada kode QR dokumen)',
    allowedPattern: '^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$',
  });
  const certificateArn = new CfnParameter(stack, 'PublicDomainCertificateArn', {
    type: 'String',
    description: 'ARN sertifikat ACM untuk domain itu, di region stack',
    allowedPattern: '^arn:aws[a-z-]*:acm:[a-z0-9-]+:\\d{12}:certificate/[0-9a-f-]+$',
  });
  const name = new DomainName(stack, 'PublicDomain', {
    domainName: domain.valueAsString,
    certificate: Certificate.fromCertificateArn(
      stack,
      'PublicDomainCertificate',
      certificateArn.valueAsString,
    ),
  });
  new ApiMapping(stack, 'PublicDomainMapping', { api, domainName: name });
  return { baseUrl: Fn.join('', ['https://', domain.valueAsString]), target: name.regionalDomainName };
}
