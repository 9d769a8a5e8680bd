// Custom::S3AutoDeleteObjects: when the resource is deleted (with its bucket), blocks new uploads and
// deletes every object version of the bucket, so that CloudFormation can delete the bucket; then answers
// CloudFormation at the response URL. A bucket that no longer carries the auto-delete tag is left alone.
'use strict';
const https = require('https');
const {
  S3Client,
  DeleteObjectsCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  ListObjectVersionsCommand,
  PutBucketPolicyCommand,
} = require('@aws-sdk/client-s3');

const s3 = new S3Client({});
const AUTO_DELETE_TAG = 'aws-cdk:auto-delete-objects';

async function isTaggedForDeletion(bucket) {
  try {
    const { TagSet = [] } = await s3.send(new GetBucketTaggingCommand({ Bucket: bucket }));
    return TagSet.some((tag) => tag.Key === AUTO_DELETE_TAG && tag.Value === 'true');
  } catch (error) {
    if (error.name === 'NoSuchBucket' || error.name === 'NoSuchTagSet') {
      return false;
    }
    throw error;
  }
}

// Objects written while the bucket is being emptied would make the bucket's deletion fail.
async function denyUploads(bucket) {
  let policy = { Version: '2012-10-17', Statement: [] };
  try {
    const { Policy } = await s3.send(new GetBucketPolicyCommand({ Bucket: bucket }));
    policy = JSON.parse(Policy);
  } catch (error) {
    if (error.name !== 'NoSuchBucketPolicy') {
      throw error;
    }
  }
  policy.Statement.push({
    Principal: '*',
    Effect: 'Deny',
    Action: ['s3:PutObject'],
    Resource: [`arn:${partitionOf(process.env.AWS_REGION)}:s3:::${bucket}/*`],
  });
  await s3.send(new PutBucketPolicyCommand({ Bucket: bucket, Policy: JSON.stringify(policy) }));
}

function partitionOf(region = '') {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

async function emptyBucket(bucket) {
  let keyMarker;
  let versionIdMarker;
  for (;;) {
    const page = await s3.send(
      new ListObjectVersionsCommand({ Bucket: bucket, KeyMarker: keyMarker, VersionIdMarker: versionIdMarker }),
    );
    const objects = [...(page.Versions || []), ...(page.DeleteMarkers || [])].map(({ Key, VersionId }) => ({
      Key,
      VersionId,
    }));
    if (objects.length > 0) {
      await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: objects, Quiet: true } }));
    }
    if (!page.IsTruncated) {
      return;
    }
    keyMarker = page.NextKeyMarker;
    versionIdMarker = page.NextVersionIdMarker;
  }
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
  const bucket = event.ResourceProperties.BucketName;
  const physicalId = event.PhysicalResourceId || bucket;
  try {
    // A bucket replaced by an update is deleted by CloudFormation later, through its own Delete event.
    if (event.RequestType === 'Delete' && (await isTaggedForDeletion(bucket))) {
      await denyUploads(bucket);
      await emptyBucket(bucket);
    }
    await respond(event, 'SUCCESS', 'OK', physicalId);
  } catch (error) {
    await respond(event, 'FAILED', String(error && error.message ? error.message : error), physicalId);
  }
};
