import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_ssm as ssm
from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "SsmParameters")

# Parameters defined here.
plain = ssm.StringParameter(stack, "Plain", string_value="hello")
named = ssm.StringParameter(
    stack,
    "Named",
    string_value="ami-1234567890abcdef0",
    parameter_name="/app/image",
    description="The image of the app",
    allowed_pattern="^ami-[0-9a-f]+$",
    data_type=ssm.ParameterDataType.AWS_EC2_IMAGE,
    tier=ssm.ParameterTier.ADVANCED,
)
simple = ssm.StringParameter(stack, "Simple", string_value="v1", parameter_name="app-simple", simple_name=True)
typed = ssm.StringParameter(
    stack, "Typed", string_value="x", type=ssm.ParameterType.STRING, tier=ssm.ParameterTier.INTELLIGENT_TIERING
)
name_param = cdk.CfnParameter(stack, "ParameterName", default="/app/from-parameter")
tokened = ssm.StringParameter(
    stack, "Tokened", string_value="t", parameter_name=name_param.value_as_string, simple_name=False
)
listed = ssm.StringListParameter(
    stack,
    "Listed",
    string_list_value=["a", "b", "c"],
    parameter_name="/app/list",
    allowed_pattern="^[a-z]$",
    tier=ssm.ParameterTier.STANDARD,
)
listed_generated = ssm.StringListParameter(stack, "ListedGenerated", string_list_value=["x", stack.region])

# Values read at deployment: template parameters and dynamic references.
db_host = ssm.StringParameter.value_for_string_parameter(stack, "/app/db/host")
db_host_again = ssm.StringParameter.value_for_string_parameter(stack, "/app/db/host")
pinned = ssm.StringParameter.value_for_string_parameter(stack, "/app/db/port", 3)
image = ssm.StringParameter.value_for_typed_string_parameter_v2(
    stack, "/app/ami", ssm.ParameterValueType.AWS_EC2_IMAGE_ID
)
legacy_image = ssm.StringParameter.value_for_typed_string_parameter(
    stack, "legacy-ami", ssm.ParameterType.AWS_EC2_IMAGE_ID
)
secret = ssm.StringParameter.value_for_secure_string_parameter(stack, "/app/db/password", 2)
subnets = ssm.StringListParameter.value_for_typed_list_parameter(
    stack, "/app/subnets", ssm.ParameterValueType.AWS_EC2_SUBNET_ID
)
pinned_list = ssm.StringListParameter.value_for_typed_list_parameter(stack, "/app/zones", version=2)

# Imports.
scope = Construct(stack, "Imports")
by_name = ssm.StringParameter.from_string_parameter_name(scope, "ByName", "/shared/endpoint")
by_attributes = ssm.StringParameter.from_string_parameter_attributes(
    scope, "ByAttributes", parameter_name="shared-version", version=4
)
dynamic = ssm.StringParameter.from_string_parameter_attributes(
    scope, "Dynamic", parameter_name="/shared/dynamic", force_dynamic_reference=True
)
vpc_id = ssm.StringParameter.from_string_parameter_attributes(
    scope, "VpcId", parameter_name="/shared/vpc", value_type=ssm.ParameterValueType.AWS_EC2_VPC_ID
)
by_arn = ssm.StringParameter.from_string_parameter_arn(
    scope, "ByArn", "arn:aws:ssm:us-east-1:111111111111:parameter/shared/by-arn"
)
key = kms.Key(stack, "Key")
secure = ssm.StringParameter.from_secure_string_parameter_attributes(
    scope, "Secure", parameter_name="/shared/secure", version=1, encryption_key=key
)
secure_latest = ssm.StringParameter.from_secure_string_parameter_attributes(
    scope, "SecureLatest", parameter_name="shared-secure"
)
list_by_name = ssm.StringListParameter.from_string_list_parameter_name(scope, "ListByName", "/shared/list")
list_attributes = ssm.StringListParameter.from_list_parameter_attributes(
    scope, "ListAttributes", parameter_name="/shared/groups", element_type=ssm.ParameterValueType.AWS_EC2_SECURITYGROUP_ID
)
list_pinned = ssm.StringListParameter.from_list_parameter_attributes(
    scope, "ListPinned", parameter_name="shared-pinned", version=5
)

# A function reading parameters into its environment, granted read (and write on one).
function = lambda_.Function(
    stack,
    "Reader",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    environment={
        "PLAIN_NAME": plain.parameter_name,
        "PLAIN_VALUE": plain.string_value,
        "DB_HOST": db_host,
        "DB_HOST_AGAIN": db_host_again,
        "DB_PORT": pinned,
        "IMAGE": image,
        "LEGACY_IMAGE": legacy_image,
        "ENDPOINT": by_name.string_value,
        "VERSION": by_attributes.string_value,
        "DYNAMIC": dynamic.string_value,
        "VPC": vpc_id.string_value,
        "BY_ARN": by_arn.string_value,
        "SUBNETS": cdk.Fn.join(",", subnets),
        "ZONES": cdk.Fn.join(",", pinned_list),
        "LIST": cdk.Fn.join(",", list_by_name.string_list_value),
        "GROUPS": cdk.Fn.join(",", list_attributes.string_list_value),
        "PINNED": cdk.Fn.join(",", list_pinned.string_list_value),
        "LISTED": cdk.Fn.join(",", listed.string_list_value),
    },
)
for parameter in (plain, named, simple, tokened, listed, by_name, by_arn, secure, list_by_name, list_attributes):
    parameter.grant_read(function)
named.grant_write(function)
secure.grant_write(function)
# Secure strings are read only where CloudFormation resolves them, such as an IAM user's password.
iam.CfnUser(stack, "DbUser", login_profile=iam.CfnUser.LoginProfileProperty(password=secret))
iam.CfnUser(stack, "SecureUser", login_profile=iam.CfnUser.LoginProfileProperty(password=secure.string_value))
iam.CfnUser(
    stack, "LatestUser", login_profile=iam.CfnUser.LoginProfileProperty(password=secure_latest.string_value)
)
role = iam.Role(stack, "Writer", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
typed.grant_write(role)
listed_generated.grant_read(role)
secure_latest.grant_read(role)

# Names, ARNs, types and values in outputs.
for name, parameter in {
    "Plain": plain,
    "Named": named,
    "Simple": simple,
    "Typed": typed,
    "Tokened": tokened,
    "ByName": by_name,
    "ByAttributes": by_attributes,
    "ByArn": by_arn,
    "Secure": secure,
}.items():
    cdk.CfnOutput(stack, f"{name}Name", value=parameter.parameter_name)
    cdk.CfnOutput(stack, f"{name}Arn", value=parameter.parameter_arn)
    cdk.CfnOutput(stack, f"{name}Type", value=parameter.parameter_type)
for name, parameter in {"Listed": listed, "ListedGenerated": listed_generated, "ListAttributes": list_attributes}.items():
    cdk.CfnOutput(stack, f"{name}Name", value=parameter.parameter_name)
    cdk.CfnOutput(stack, f"{name}Arn", value=parameter.parameter_arn)
    cdk.CfnOutput(stack, f"{name}Type", value=parameter.parameter_type)
    cdk.CfnOutput(stack, f"{name}First", value=cdk.Fn.select(0, parameter.string_list_value))
cdk.CfnOutput(stack, "NamedValue", value=named.string_value)
cdk.CfnOutput(stack, "ImageValue", value=image)

app.synth()
