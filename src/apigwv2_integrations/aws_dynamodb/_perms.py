"""The DynamoDB and KMS actions each table grant gives."""

RESOURCE_READ_DATA_ACTIONS = (
    "dynamodb:BatchGetItem",
    "dynamodb:Query",
    "dynamodb:GetItem",
    "dynamodb:Scan",
    "dynamodb:ConditionCheckItem",
)
# Stream reads cannot be granted on a table's resource policy, only on the principal's.
PRINCIPAL_ONLY_READ_DATA_ACTIONS = ("dynamodb:GetRecords", "dynamodb:GetShardIterator")
KEY_READ_ACTIONS = ("kms:Decrypt", "kms:DescribeKey")
WRITE_DATA_ACTIONS = (
    "dynamodb:BatchWriteItem",
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
)
KEY_WRITE_ACTIONS = ("kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*")
READ_STREAM_DATA_ACTIONS = ("dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator")
DESCRIBE_TABLE = "dynamodb:DescribeTable"
