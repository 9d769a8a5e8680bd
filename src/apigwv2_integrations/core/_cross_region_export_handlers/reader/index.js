// The reader of a stack's cross-region imports: CloudFormation has resolved each SSM parameter already
// (`{{resolve:ssm:...}}`); the reader returns the values as attributes named like the parameters and tags
// each parameter with its stack, so the writer refuses to delete a parameter still read.
'use strict';
const {
  SSMClient,
  AddTagsToResourceCommand,
  RemoveTagsFromResourceCommand,
} = require('@aws-sdk/client-ssm');

// The writer looks for tags with this prefix before it changes or deletes a parameter.
const READER_TAG_PREFIX = 'cdk-cross-region-reader:';

async function tag(ssm, names, key) {
  for (const name of names) {
    await ssm.send(new AddTagsToResourceCommand({
      ResourceType: 'Parameter', ResourceId: name, Tags: [{ Key: key, Value: 'true' }],
    }));
  }
}

async function untag(ssm, names, key) {
  for (const name of names) {
    try {
      await ssm.send(new RemoveTagsFromResourceCommand({
        ResourceType: 'Parameter', ResourceId: name, TagKeys: [key],
      }));
    } catch (error) {
      // A parameter its writer has deleted already has no tag left to remove.
      if (error.name !== 'InvalidResourceId') throw error;
    }
  }
}

exports.handler = async (event) => {
  const props = event.ResourceProperties.ReaderProps;
  const ssm = new SSMClient({ region: props.region });
  const key = READER_TAG_PREFIX + props.prefix;
  const imports = props.imports || {};
  const physicalId = event.PhysicalResourceId || `${event.LogicalResourceId}-${props.prefix}`;
  if (event.RequestType === 'Delete') {
    await untag(ssm, Object.keys(imports), key);
    return { PhysicalResourceId: physicalId };
  }
  await tag(ssm, Object.keys(imports), key);
  if (event.RequestType === 'Update') {
    const previous = (event.OldResourceProperties.ReaderProps || {}).imports || {};
    await untag(ssm, Object.keys(previous).filter((name) => !(name in imports)), key);
  }
  return { PhysicalResourceId: physicalId, Data: imports };
};
