// Custom::AWSCDKOpenIdConnectProvider: creates, updates and deletes an IAM OpenID Connect provider and
// answers CloudFormation at the response URL. A provider given no thumbprints gets the thumbprint of the
// last certificate of the chain its host presents. The attribute `Thumbprints` is the JSON list in use.
'use strict';
const https = require('https');
const tls = require('tls');
const {
  IAMClient,
  AddClientIDToOpenIDConnectProviderCommand,
  CreateOpenIDConnectProviderCommand,
  DeleteOpenIDConnectProviderCommand,
  RemoveClientIDFromOpenIDConnectProviderCommand,
  UpdateOpenIDConnectProviderThumbprintCommand,
} = require('@aws-sdk/client-iam');

const iam = new IAMClient({});
const CONNECT_TIMEOUT_MS = 10000;

// CloudFormation passes every property value as a string.
function isTrue(value) {
  return value === true || value === 'true';
}

function listOf(value) {
  return Array.isArray(value) ? value : [];
}

function sameList(a, b) {
  return JSON.stringify(listOf(a)) === JSON.stringify(listOf(b));
}

function chainTopThumbprint(url, rejectUnauthorized) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = tls.connect(
      { host: hostname, port: Number(port) || 443, servername: hostname, rejectUnauthorized },
      () => {
        let certificate = socket.getPeerCertificate(true);
        // A self-signed root certificate is its own issuer.
        while (
          certificate.issuerCertificate &&
          certificate.issuerCertificate !== certificate &&
          certificate.issuerCertificate.fingerprint
        ) {
          certificate = certificate.issuerCertificate;
        }
        socket.end();
        if (!certificate.fingerprint) {
          reject(new Error(`${hostname} presented no certificate`));
          return;
        }
        resolve(certificate.fingerprint.replace(/:/g, '').toLowerCase());
      },
    );
    socket.setTimeout(CONNECT_TIMEOUT_MS, () => socket.destroy(new Error(`${hostname} did not answer in time`)));
    socket.on('error', reject);
  });
}

async function thumbprintsOf(props) {
  const given = listOf(props.ThumbprintList);
  if (given.length > 0) {
    return given;
  }
  return [await chainTopThumbprint(props.Url, isTrue(props.RejectUnauthorized))];
}

async function create(props) {
  const thumbprints = await thumbprintsOf(props);
  const { OpenIDConnectProviderArn } = await iam.send(
    new CreateOpenIDConnectProviderCommand({
      Url: props.Url,
      ClientIDList: listOf(props.ClientIDList),
      ThumbprintList: thumbprints,
    }),
  );
  return { physicalId: OpenIDConnectProviderArn, thumbprints };
}

async function update(arn, props, oldProps) {
  // IAM cannot change a provider's URL: a new provider replaces it, and CloudFormation deletes the old one.
  if (props.Url !== oldProps.Url) {
    return create(props);
  }
  const thumbprints = await thumbprintsOf(props);
  if (!sameList(props.ThumbprintList, oldProps.ThumbprintList)) {
    await iam.send(
      new UpdateOpenIDConnectProviderThumbprintCommand({ OpenIDConnectProviderArn: arn, ThumbprintList: thumbprints }),
    );
  }
  const clientIds = listOf(props.ClientIDList);
  const oldClientIds = listOf(oldProps.ClientIDList);
  for (const clientId of clientIds.filter((id) => !oldClientIds.includes(id))) {
    await iam.send(new AddClientIDToOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn, ClientID: clientId }));
  }
  for (const clientId of oldClientIds.filter((id) => !clientIds.includes(id))) {
    await iam.send(
      new RemoveClientIDFromOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn, ClientID: clientId }),
    );
  }
  return { physicalId: arn, thumbprints };
}

async function remove(arn) {
  // A provider whose creation failed has no ARN, and one already gone is what we want.
  if (!arn || !arn.startsWith('arn:')) {
    return;
  }
  try {
    await iam.send(new DeleteOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }));
  } catch (error) {
    if (error.name !== 'NoSuchEntityException' && error.name !== 'NoSuchEntity') {
      throw error;
    }
  }
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
        response.resume();
        response.on('end', resolve);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

exports.handler = async (event) => {
  const props = event.ResourceProperties;
  let physicalId = event.PhysicalResourceId || event.LogicalResourceId;
  try {
    let data = {};
    if (event.RequestType === 'Create' || event.RequestType === 'Update') {
      const result =
        event.RequestType === 'Create'
          ? await create(props)
          : await update(event.PhysicalResourceId, props, event.OldResourceProperties || {});
      physicalId = result.physicalId;
      data = { Thumbprints: JSON.stringify(result.thumbprints) };
    } else if (event.RequestType === 'Delete') {
      await remove(event.PhysicalResourceId);
    }
    await respond(event, 'SUCCESS', 'OK', physicalId, data);
  } catch (error) {
    await respond(event, 'FAILED', String(error && error.message ? error.message : error), physicalId, {});
  }
};
