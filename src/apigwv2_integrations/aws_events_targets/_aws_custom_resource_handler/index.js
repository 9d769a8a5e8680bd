// The handler of the custom resources that make one AWS API call per lifecycle event (such as
// Custom::CloudwatchLogResourcePolicy). Each of the properties Create, Update and Delete is a JSON call:
//
//   {"service": "CloudWatchLogs" or "@aws-sdk/client-cloudwatch-logs", "action": "putResourcePolicy",
//    "parameters": {...}, "physicalResourceId": {"id": "..."} or {"responsePath": "a.b"},
//    "ignoreErrorCodesMatching": "regex", "region": "...", "assumedRoleArn": "...",
//    "outputPaths": ["a.b"]}
//
// It uses the AWS SDK v3 of the Lambda runtime; InstallLatestAwsSdk is accepted and not acted on.
'use strict';
const https = require('https');

// Service names of the SDK v2 style whose v3 package name is not their kebab case.
const PACKAGE_OF_V2_NAME = {
  CloudWatchLogs: 'cloudwatch-logs',
  CloudWatch: 'cloudwatch',
  CloudWatchEvents: 'cloudwatch-events',
  DynamoDB: 'dynamodb',
  EventBridge: 'eventbridge',
  IAM: 'iam',
  KMS: 'kms',
  S3: 's3',
  SES: 'ses',
  SNS: 'sns',
  SQS: 'sqs',
  SSM: 'ssm',
  STS: 'sts',
};

function packageName(service) {
  if (service.startsWith('@aws-sdk/client-')) return service;
  if (service.startsWith('client-')) return `@aws-sdk/${service}`;
  const v3 = PACKAGE_OF_V2_NAME[service] || service.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  return `@aws-sdk/client-${v3}`;
}

function clientClass(sdkPackage) {
  const name = Object.keys(sdkPackage).find((key) => key.endsWith('Client') && !key.startsWith('__'));
  if (!name) throw new Error('the SDK package has no client');
  return sdkPackage[name];
}

function commandClass(sdkPackage, action) {
  const base = action.charAt(0).toUpperCase() + action.slice(1).replace(/Command$/, '');
  const command = sdkPackage[`${base}Command`];
  if (!command) throw new Error(`the SDK has no action ${action}`);
  return command;
}

async function credentialsFor(roleArn, requestId) {
  if (!roleArn) return undefined;
  const sts = require('@aws-sdk/client-sts');
  const client = new sts.STSClient({});
  const { Credentials } = await client.send(
    new sts.AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: `${Date.now()}-${requestId}`.slice(0, 64) }),
  );
  return {
    accessKeyId: Credentials.AccessKeyId,
    secretAccessKey: Credentials.SecretAccessKey,
    sessionToken: Credentials.SessionToken,
  };
}

function flatten(value, prefix = '', into = {}) {
  if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, into);
    }
  } else if (prefix) {
    into[prefix] = value instanceof Date || Buffer.isBuffer(value) ? value.toString() : value;
  }
  return into;
}

async function makeCall(call, requestId) {
  const sdkPackage = require(packageName(call.service));
  const Client = clientClass(sdkPackage);
  const Command = commandClass(sdkPackage, call.action);
  const client = new Client({ region: call.region, credentials: await credentialsFor(call.assumedRoleArn, requestId) });
  try {
    return flatten(await client.send(new Command(call.parameters || {})));
  } catch (error) {
    if (call.ignoreErrorCodesMatching && new RegExp(call.ignoreErrorCodesMatching).test(error.name)) {
      return {};
    }
    throw error;
  }
}

function physicalIdOf(call, response, event) {
  const id = call && call.physicalResourceId;
  if (id && id.id) return id.id;
  if (id && id.responsePath) return String(response[id.responsePath]);
  return event.PhysicalResourceId || event.LogicalResourceId;
}

function outputsOf(call, response) {
  const paths = call && (call.outputPaths || (call.outputPath ? [call.outputPath] : undefined));
  if (!paths) return {};
  return Object.fromEntries(
    Object.entries(response).filter(([key]) => paths.some((path) => key === path || key.startsWith(`${path}.`))),
  );
}

function respond(event, status, reason, physicalId, data) {
  const body = JSON.stringify({
    Status: status,
    Reason: reason,
    PhysicalResourceId: physicalId,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    Data: data,
  });
  const target = new URL(event.ResponseURL);
  return new Promise((resolve, reject) => {
    const request = https.request(
      {
        hostname: target.hostname,
        path: target.pathname + target.search,
        method: 'PUT',
        headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        response.resume();
        response.on('end', resolve);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

exports.handler = async function handler(event, context) {
  const properties = event.ResourceProperties || {};
  const text = properties[event.RequestType];
  const call = text ? JSON.parse(text) : undefined;
  let physicalId = event.PhysicalResourceId || event.LogicalResourceId;
  try {
    const response = call ? await makeCall(call, event.RequestId) : {};
    if (event.RequestType !== 'Delete') physicalId = physicalIdOf(call, response, event);
    await respond(event, 'SUCCESS', 'OK', physicalId, outputsOf(call, response));
  } catch (error) {
    console.log(error);
    await respond(event, 'FAILED', `${error.name}: ${error.message} (${context.logStreamName})`, physicalId, {});
  }
};
