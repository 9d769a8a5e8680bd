// The entry point of a CustomResourceProvider's function: it calls the app's handler (`index.handler`)
// with the CloudFormation event and answers CloudFormation at the event's response URL: SUCCESS with the
// handler's PhysicalResourceId, Data, Reason and NoEcho, or FAILED with the message of what it threw.
'use strict';
const https = require('https');

// The physical id given to a resource whose creation failed: there is nothing to delete, so its Delete
// (sent when CloudFormation rolls back) succeeds without calling the handler.
const CREATE_FAILED_MARKER = 'CustomResourceProvider:CREATE_FAILED';

function send(event, answer) {
  const body = JSON.stringify({
    Status: answer.status,
    Reason: answer.reason,
    PhysicalResourceId: answer.physicalId,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    NoEcho: answer.noEcho === true,
    Data: answer.data,
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

function messageOf(error) {
  return String(error && error.message ? error.message : error);
}

exports.handler = async (event, context) => {
  if (event.RequestType === 'Delete' && event.PhysicalResourceId === CREATE_FAILED_MARKER) {
    await send(event, { status: 'SUCCESS', reason: 'nothing was created', physicalId: CREATE_FAILED_MARKER });
    return;
  }
  const previousId = event.PhysicalResourceId || event.RequestId;
  try {
    const appHandler = require('./index').handler;
    const result = (await appHandler(event, context)) || {};
    const physicalId = result.PhysicalResourceId || previousId;
    if (event.RequestType === 'Delete' && physicalId !== event.PhysicalResourceId) {
      throw new Error(`a Delete may not change the physical resource id (${event.PhysicalResourceId} to ${physicalId})`);
    }
    await send(event, {
      status: 'SUCCESS',
      reason: result.Reason || `see the log stream ${context.logStreamName}`,
      physicalId,
      data: result.Data,
      noEcho: result.NoEcho,
    });
  } catch (error) {
    console.error(error);
    await send(event, {
      status: 'FAILED',
      reason: messageOf(error),
      physicalId: event.RequestType === 'Create' ? CREATE_FAILED_MARKER : previousId,
    });
  }
};
