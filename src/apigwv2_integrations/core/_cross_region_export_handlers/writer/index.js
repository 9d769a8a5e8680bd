// The writer of a stack's cross-region exports: it keeps one SSM parameter per exported value in the
// region of the stacks that read them, and refuses to change or delete a parameter a reader still uses.
'use strict';
const {
  SSMClient,
  DeleteParametersCommand,
  ListTagsForResourceCommand,
  PutParameterCommand,
} = require('@aws-sdk/client-ssm');

// The tag a reader puts on each parameter it reads (the key ends with the reader's stack name).
const READER_TAG_PREFIX = 'cdk-cross-region-reader:';
// DeleteParameters takes at most this many names per call.
const DELETE_BATCH = 10;

async function readersOf(ssm, name) {
  try {
    const { TagList = [] } = await ssm.send(
      new ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: name }),
    );
    return TagList.filter((tag) => tag.Key.startsWith(READER_TAG_PREFIX)).map((tag) =>
      tag.Key.slice(READER_TAG_PREFIX.length),
    );
  } catch (error) {
    if (error.name === 'InvalidResourceId') return [];
    throw error;
  }
}

async function refuseIfRead(ssm, names, what) {
  const inUse = [];
  for (const name of names) {
    const readers = await readersOf(ssm, name);
    if (readers.length > 0) inUse.push(`${name} (read by ${readers.join(', ')})`);
  }
  if (inUse.length > 0) {
    throw new Error(`cannot ${what} exports still read by other stacks: ${inUse.join('; ')}; ` +
      'remove the references from the reading stacks and deploy them first');
  }
}

async function put(ssm, exports, overwrite) {
  for (const [name, value] of Object.entries(exports)) {
    await ssm.send(new PutParameterCommand({ Name: name, Value: value, Type: 'String', Overwrite: overwrite }));
  }
}

async function remove(ssm, names) {
  for (let start = 0; start < names.length; start += DELETE_BATCH) {
    await ssm.send(new DeleteParametersCommand({ Names: names.slice(start, start + DELETE_BATCH) }));
  }
}

exports.handler = async (event) => {
  const props = event.ResourceProperties.WriterProps;
  const ssm = new SSMClient({ region: props.region });
  const exports = props.exports || {};
  const physicalId = event.PhysicalResourceId || `${event.LogicalResourceId}-${props.region}`;
  if (event.RequestType === 'Create') {
    // A parameter that already exists belongs to another stack: creating fails instead of taking it over.
    await put(ssm, exports, false);
  } else if (event.RequestType === 'Update') {
    const previous = (event.OldResourceProperties.WriterProps || {}).exports || {};
    const dropped = Object.keys(previous).filter((name) => !(name in exports));
    const changed = Object.keys(previous).filter((name) => name in exports && previous[name] !== exports[name]);
    await refuseIfRead(ssm, [...dropped, ...changed], 'change or delete');
    await put(ssm, exports, true);
    await remove(ssm, dropped);
  } else {
    const names = Object.keys(exports);
    await refuseIfRead(ssm, names, 'delete');
    await remove(ssm, names);
  }
  return { PhysicalResourceId: physicalId };
};
