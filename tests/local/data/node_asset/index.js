exports.handler = async (event, context) => ({
  statusCode: 201,
  headers: { "x-runtime": "node" },
  body: JSON.stringify({ path: event.rawPath, table: process.env.TABLE, fn: context.functionName }),
});
