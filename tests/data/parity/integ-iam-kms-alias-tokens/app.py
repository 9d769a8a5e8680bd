"""KMS aliases whose names hold tokens: a literal start without and with 'alias/', and a token start."""
import aws_cdk as cdk
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "integ-iam-kms-alias-tokens")

stage = cdk.CfnParameter(stack, "Stage", default="dev")
kms.Key(stack, "Orders", alias=f"orders-{stack.account}")
key = kms.Key(stack, "Billing", alias=f"alias/billing-{stage.value_as_string}")
kms.Alias(stack, "StageAlias", alias_name=f"{stage.value_as_string}-billing", target_key=key)
kms.Alias(stack, "RegionAlias", alias_name=f"archive/{stack.region}", target_key=key)

app.synth()
