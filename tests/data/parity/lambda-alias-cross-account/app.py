import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

HOME = cdk.Environment(account="111111111111", region="us-east-1")
PARTNER = cdk.Environment(account="222222222222", region="us-east-1")
REPLICA = cdk.Environment(account="111111111111", region="eu-west-1")


class Pricing(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        quote = lambda_.Function(
            self,
            "Quote",
            function_name=cdk.PhysicalName.GENERATE_IF_NEEDED,
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(event, context):\n    return 42\n"),
        )
        self.live = lambda_.Alias(self, "Live", alias_name="live", version=quote.current_version)
        named = lambda_.Function(
            self,
            "Discount",
            function_name="discount",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(event, context):\n    return 0\n"),
        )
        self.stable = named.add_alias("stable")


class Reader(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, pricing: Pricing, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        caller = iam.Role(
            self,
            "Caller",
            assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
            role_name=cdk.PhysicalName.GENERATE_IF_NEEDED,
        )
        pricing.live.grant_invoke(caller)
        auditor = iam.Role(
            self,
            "Auditor",
            assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
            role_name=cdk.PhysicalName.GENERATE_IF_NEEDED,
        )
        pricing.stable.grant_invoke(auditor)
        cdk.CfnOutput(self, "QuoteArn", value=pricing.live.function_arn)
        cdk.CfnOutput(self, "QuoteName", value=pricing.live.function_name)
        cdk.CfnOutput(self, "DiscountArn", value=pricing.stable.function_arn)


app = cdk.App()
pricing = Pricing(app, "Pricing", env=HOME)
Reader(app, "Partner", pricing=pricing, env=PARTNER)
Reader(app, "Replica", pricing=pricing, env=REPLICA)
Reader(app, "Local", pricing=pricing, env=HOME)
app.synth()
