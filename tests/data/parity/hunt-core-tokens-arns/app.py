"""Tokens as real apps use them: Lazy producers (string, number, list, any) filled after the constructs that read them, ARN formatting and splitting (tokens and literals), rename_logical_id, Fn intrinsics (len, split, select, base64, sub, to_json_string, import_value) and pseudo parameters, env-agnostic and env-specific."""
try:
    import jsii
except ImportError:
    from aws_cdk import jsii
import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs, aws_sns as sns, aws_iam as iam, aws_s3 as s3, aws_ssm as ssm
from constructs import Construct


@jsii.implements(cdk.IStableStringProducer)
class Registry:
    def __init__(self):
        self.names = []

    def produce(self):
        return ",".join(self.names)


@jsii.implements(cdk.IStableNumberProducer)
class Counter:
    def __init__(self, reg):
        self.reg = reg

    def produce(self):
        return len(self.reg.names)


@jsii.implements(cdk.IStableListProducer)
class Lister:
    def __init__(self, reg):
        self.reg = reg

    def produce(self):
        return list(self.reg.names)


@jsii.implements(cdk.IStableAnyProducer)
class Anything:
    def __init__(self, reg):
        self.reg = reg

    def produce(self):
        return {"n": self.reg.names, "e": []}


class TokensStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        reg = Registry()
        lazy_names = cdk.Lazy.string(reg, display_hint="names")
        count = cdk.Lazy.number(Counter(reg))
        tags = cdk.Lazy.list(Lister(reg), omit_empty=True)
        anything = cdk.Lazy.any(Anything(reg), omit_empty_array=True)
        queues = []
        for i in range(4):
            q = sqs.Queue(self, f"Worker{i}", queue_name=f"{self.stack_name}-worker-{i}")
            reg.names.append(q.queue_name)
            queues.append(q)
        ssm.StringParameter(self, "Names", string_value=lazy_names, parameter_name="/app/names")
        ssm.StringListParameter(self, "NameList", string_list_value=tags, parameter_name="/app/name-list")
        ssm.StringParameter(self, "Json", string_value=cdk.Stack.of(self).to_json_string({"names": reg.names, "count": count, "nested": anything}))
        arn = self.format_arn(service="sqs", resource=queues[0].queue_name, arn_format=cdk.ArnFormat.NO_RESOURCE_NAME)
        arn2 = self.format_arn(service="logs", resource="log-group", resource_name="/aws/lambda/x", arn_format=cdk.ArnFormat.COLON_RESOURCE_NAME)
        arn3 = cdk.Arn.format(cdk.ArnComponents(service="s3", resource="bucket", region="", account=""), self)
        comps = cdk.Arn.split("arn:aws:lambda:us-east-1:123456789012:function:my-fn:live", cdk.ArnFormat.COLON_RESOURCE_NAME)
        tok_comps = self.split_arn(queues[1].queue_arn, cdk.ArnFormat.NO_RESOURCE_NAME)
        topic = sns.Topic(self, "T", display_name=comps.resource_name, topic_name=f"t-{comps.region}")
        cdk.CfnOutput(self, "Arn", value=arn)
        cdk.CfnOutput(self, "Arn2", value=arn2)
        cdk.CfnOutput(self, "Arn3", value=arn3)
        cdk.CfnOutput(self, "QueueRegion", value=tok_comps.region)
        cdk.CfnOutput(self, "QueueRes", value=tok_comps.resource)
        cdk.CfnOutput(self, "Len", value=cdk.Token.as_string(cdk.Fn.len(cdk.Fn.split(",", lazy_names))))
        cdk.CfnOutput(self, "IsTok", value=str(cdk.Token.is_unresolved(lazy_names)))
        cdk.CfnOutput(self, "Json2", value=cdk.Fn.to_json_string({"a": queues[2].queue_arn, "b": [1, 2]}))
        cdk.CfnOutput(self, "Joined", value=cdk.Fn.join(":", [queues[3].queue_url, "x", cdk.Aws.URL_SUFFIX, cdk.Aws.PARTITION, cdk.Aws.STACK_NAME]))
        cdk.CfnOutput(self, "Sub", value=cdk.Fn.sub("${Q}/${AWS::StackId}/${!Literal}", {"Q": queues[0].queue_arn}))
        role = iam.Role(self, "R", assumed_by=iam.ServicePrincipal("sqs.amazonaws.com"))
        role.add_to_policy(iam.PolicyStatement(actions=["sqs:*"], resources=["*"], conditions={"StringEquals": {"aws:ResourceTag/team": queues[0].queue_name}}))
        self.rename_logical_id("TD925BC7E", "RenamedTopic")
        as_list = cdk.Fn.split(",", cdk.Fn.import_value("subnet-list"))
        cdk.CfnOutput(self, "FirstSubnet", value=cdk.Fn.select(0, as_list))
        ref_num = cdk.Token.as_number(cdk.Fn.import_value("port"))
        sqs.Queue(self, "Delay", delivery_delay=cdk.Duration.seconds(ref_num) if False else None, max_message_size_bytes=ref_num)
        cdk.CfnOutput(self, "Enc", value=cdk.Fn.base64(f"{self.region}-{self.account}-{self.stack_name}"))
        cdk.CfnOutput(self, "Azs", value=cdk.Fn.join(",", self.availability_zones))
        cdk.CfnOutput(self, "UrlSuffix", value=self.url_suffix)


app = cdk.App()
TokensStack(app, "Tokens")
TokensStack(app, "TokensEnv", env=cdk.Environment(account="123456789012", region="eu-central-1"))
app.synth()
