// Custom::AWSCDKCfnJson: parses the JSON text in the `Value` property (which may hold values known
// only at deploy time) and returns it as the `Value` attribute, so it can be used where CloudFormation
// expects an object (for example as map keys).
// Custom::AWSCDKCfnJsonStringify: returns the JSON text of the `Value` property (a list known only at
// deploy time) as the `Value` attribute. Both answer CloudFormation at the response URL.
'use strict';
const https = require('https');

function respond(event, status, reason, physicalId, data) {
  const body = JSON.stringify({
    Status: status,
    Reason: reason,
    PhysicalResourceId: physicalId,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    NoEcho: false,
    Data: data,
  });
  const url = new URL(event.ResponseURL);
  return new Promise((resolve, reject) => {
    const request = https.request(
      {
        hostname: url.hostname,
        path: url.pathname + url.search,
        method: 'PUT',
        headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        response.on('data', () => {});
        response.on('end', resolve);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

exports.handler = async (event, context) => {
  const physicalId = event.PhysicalResourceId || context.logStreamName;
  try {
    if (event.RequestType === 'Delete') {
      await respond(event, 'SUCCESS', 'deleted', physicalId, {});
      return;
    }
    if (event.ResourceType === 'Custom::AWSCDKCfnJson') {
      const value = JSON.parse(event.ResourceProperties.Value);
      await respond(event, 'SUCCESS', 'parsed', physicalId, { Value: value });
      return;
    }
    if (event.ResourceType === 'Custom::AWSCDKCfnJsonStringify') {
      const text = JSON.stringify(event.ResourceProperties.Value);
      await respond(event, 'SUCCESS', 'stringified', physicalId, { Value: text });
      return;
    }
    throw new Error(`unsupported resource type ${event.ResourceType}`);
  } catch (error) {
    await respond(event, 'FAILED', String(error && error.message ? error.message : error), physicalId, {});
  }
};
