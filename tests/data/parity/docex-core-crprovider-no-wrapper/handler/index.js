// Answers CloudFormation itself: the function's handler is this file's, with no entry point around it.
exports.handler = async (event) => {
  await fetch(event.ResponseURL, {
    method: 'PUT',
    body: JSON.stringify({
      Status: 'SUCCESS',
      PhysicalResourceId: event.PhysicalResourceId || event.RequestId,
      StackId: event.StackId,
      RequestId: event.RequestId,
      LogicalResourceId: event.LogicalResourceId,
    }),
  });
};
