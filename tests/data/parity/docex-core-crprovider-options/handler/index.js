exports.handler = async (event) => ({
  Data: { Result: Number(event.ResourceProperties.lhs) + Number(event.ResourceProperties.rhs) },
});
