"""Tokens and intrinsics: pseudo parameters in f-strings, Fn.*, Lazy.*, mappings, conditions, parameters and outputs."""
import aws_cdk as cdk
import jsii


@jsii.implements(cdk.IStableStringProducer)
class StringProducer:
    def produce(self):
        return "lazy-string"


@jsii.implements(cdk.IStableNumberProducer)
class NumberProducer:
    def produce(self):
        return 42


@jsii.implements(cdk.IStableListProducer)
class ListProducer:
    def produce(self):
        return ["l1", "l2"]


@jsii.implements(cdk.IStableListProducer)
class EmptyListProducer:
    def produce(self):
        return []


app = cdk.App()
stack = cdk.Stack(app, "core-tokens", description="Token rendering reference stack")

name_param = cdk.CfnParameter(stack, "NameParam", type="String", default="books", description="A name")
size_param = cdk.CfnParameter(stack, "SizeParam", type="Number", default=3, min_value=1, max_value=10)

mapping = cdk.CfnMapping(
    stack,
    "RegionMap",
    mapping={"us-east-1": {"ami": "ami-1"}, "eu-west-1": {"ami": "ami-2"}},
)

is_prod = cdk.CfnCondition(stack, "IsProd", expression=cdk.Fn.condition_equals(name_param.value_as_string, "prod"))

queue = cdk.CfnResource(stack, "Queue", type="AWS::SQS::Queue")

cdk.CfnResource(
    stack,
    "Strings",
    type="AWS::SNS::Topic",
    properties={
        "Region": f"region-{cdk.Aws.REGION}",
        "Account": f"{cdk.Aws.ACCOUNT_ID}",
        "Arn": f"arn:{cdk.Aws.PARTITION}:sqs:{cdk.Aws.REGION}:{cdk.Aws.ACCOUNT_ID}:q",
        "Url": f"https://sqs.{cdk.Aws.REGION}.{cdk.Aws.URL_SUFFIX}/{cdk.Aws.ACCOUNT_ID}/{queue.ref}",
        "StackName": f"{cdk.Aws.STACK_NAME}-suffix",
        "StackId": cdk.Aws.STACK_ID,
        "NotificationArns": cdk.Aws.NOTIFICATION_ARNS,
        "NoValue": cdk.Aws.NO_VALUE,
        "Literal": "plain",
        "Param": f"name-{name_param.value_as_string}",
        "ParamRaw": name_param.value_as_string,
        "NumberParam": size_param.value_as_number,
        "NumberInString": f"n-{cdk.Token.as_string(size_param.value_as_number)}",
        "QueueArn": queue.get_att("Arn").to_string(),
        "QueueArnInString": f"prefix:{queue.get_att('Arn').to_string()}:suffix",
    },
)

cdk.CfnResource(
    stack,
    "Intrinsics",
    type="AWS::SNS::Topic",
    properties={
        "JoinLiteral": cdk.Fn.join("-", ["a", "b", "c"]),
        "JoinTokens": cdk.Fn.join("-", ["a", queue.ref, cdk.Aws.REGION, "b", "c"]),
        "JoinNested": cdk.Fn.join(",", [cdk.Fn.join("-", ["x", cdk.Aws.REGION]), "y"]),
        "Sub": cdk.Fn.sub("arn:${AWS::Partition}:s3:::${Bucket}/*", {"Bucket": queue.ref}),
        "SubPlain": cdk.Fn.sub("${AWS::Region}-x"),
        "SelectLiteral": cdk.Fn.select(1, ["a", "b", "c"]),
        "SelectTokens": cdk.Fn.select(0, cdk.Fn.get_azs()),
        "SplitLiteral": cdk.Fn.split(",", "a,b,c"),
        "SplitToken": cdk.Fn.split(",", queue.ref),
        "SelectSplit": cdk.Fn.select(2, cdk.Fn.split(":", queue.get_att("Arn").to_string())),
        "Azs": cdk.Fn.get_azs(),
        "AzsRegion": cdk.Fn.get_azs("eu-west-1"),
        "Base64": cdk.Fn.base64("hello"),
        "Base64Token": cdk.Fn.base64(queue.ref),
        "Import": cdk.Fn.import_value("SharedValue"),
        "Cidr": cdk.Fn.cidr("10.0.0.0/16", 4, "8"),
        "CidrNoMask": cdk.Fn.cidr("10.0.0.0/16", 2),
        "FindInMap": cdk.Fn.find_in_map("RegionMap", cdk.Aws.REGION, "ami"),
        "MappingFind": mapping.find_in_map(cdk.Aws.REGION, "ami"),
        "MappingFindLiteral": mapping.find_in_map("us-east-1", "ami"),
        "If": cdk.Fn.condition_if(is_prod.logical_id, "big", "small").to_string(),
        "AsNumber": cdk.Token.as_number(queue.ref),
        "FormatArn": stack.format_arn(service="sqs", resource="queue"),
        "FormatArnName": stack.format_arn(
            service="lambda", resource="function", resource_name="fn", arn_format=cdk.ArnFormat.COLON_RESOURCE_NAME
        ),
        "LazyString": cdk.Lazy.string(StringProducer()),
        "LazyNumber": cdk.Lazy.number(NumberProducer()),
        "LazyList": cdk.Lazy.list(ListProducer()),
        "LazyEmptyList": cdk.Lazy.list(EmptyListProducer()),
        "LazyEmptyListOmitted": cdk.Lazy.list(EmptyListProducer(), omit_empty=True),
        "LazyInString": f"x-{cdk.Lazy.string(StringProducer())}-y",
        "Duration": cdk.Duration.minutes(5).to_seconds(),
        "EmptyList": [],
        "EmptyMap": {},
        "NullValue": None,
        "Bools": [True, False],
        "Numbers": [1, 2.5, -3],
    },
)

conditional = cdk.CfnResource(stack, "Conditional", type="AWS::SQS::Queue")
conditional.cfn_options.condition = is_prod

cdk.CfnOutput(
    stack,
    "QueueUrlOut",
    value=queue.ref,
    description="The queue ref",
    export_name="QueueRefExport",
    condition=is_prod,
)
cdk.CfnOutput(stack, "Plain", value="literal")
cdk.CfnOutput(stack, "Joined", value=cdk.Fn.join("", ["a", cdk.Aws.REGION]))

app.synth()
