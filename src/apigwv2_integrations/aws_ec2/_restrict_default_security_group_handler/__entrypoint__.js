// Custom::VpcRestrictDefaultSG: removes the default rules of a VPC's default security group on
// create and update, puts them back on delete, and answers CloudFormation at the response URL.
'use strict';
const https = require('https');
const {
  EC2Client,
  AuthorizeSecurityGroupEgressCommand,
  AuthorizeSecurityGroupIngressCommand,
  RevokeSecurityGroupEgressCommand,
  RevokeSecurityGroupIngressCommand,
} = require('@aws-sdk/client-ec2');

const ec2 = new EC2Client({});

function ingressFromSelf(groupId, account) {
  return { GroupId: groupId, IpPermissions: [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: groupId, UserId: account }] }] };
}

function egressToAll(groupId) {
  return { GroupId: groupId, IpPermissions: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] };
}

// A rule that is already gone (or already there) is the state we want.
async function tolerant(command) {
  try {
    await ec2.send(command);
  } catch (error) {
    if (error.name !== 'InvalidPermission.NotFound' && error.name !== 'InvalidPermission.Duplicate') {
      throw error;
    }
  }
}

async function restrict(groupId, account) {
  await tolerant(new RevokeSecurityGroupIngressCommand(ingressFromSelf(groupId, account)));
  await tolerant(new RevokeSecurityGroupEgressCommand(egressToAll(groupId)));
}

async function restore(groupId, account) {
  await tolerant(new AuthorizeSecurityGroupIngressCommand(ingressFromSelf(groupId, account)));
  await tolerant(new AuthorizeSecurityGroupEgressCommand(egressToAll(groupId)));
}

function respond(event, status, reason, physicalId) {
  const body = JSON.stringify({
    Status: status,
    Reason: reason,
    PhysicalResourceId: physicalId,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    Data: {},
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
  const { DefaultSecurityGroupId: groupId, Account: account } = event.ResourceProperties;
  const physicalId = event.PhysicalResourceId || groupId;
  try {
    if (event.RequestType === 'Delete') {
      await restore(groupId, account);
    } else {
      const old = event.OldResourceProperties;
      if (event.RequestType === 'Update' && old && old.DefaultSecurityGroupId !== groupId) {
        await restore(old.DefaultSecurityGroupId, old.Account);
      }
      await restrict(groupId, account);
    }
    await respond(event, 'SUCCESS', '', physicalId);
  } catch (error) {
    await respond(event, 'FAILED', String((error && error.message) || error), physicalId);
  }
};
