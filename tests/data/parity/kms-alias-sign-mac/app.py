import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_kms as kms
from constructs import Construct


class KeyStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        signing = kms.Key(self, "Signing", key_spec=kms.KeySpec.ECC_NIST_P256, key_usage=kms.KeyUsage.SIGN_VERIFY)
        mac = kms.Key(self, "Mac", key_spec=kms.KeySpec.HMAC_256, key_usage=kms.KeyUsage.GENERATE_VERIFY_MAC)
        signer = iam.Role(self, "Signer", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        alias = signing.add_alias("alias/token-signing")
        alias.grant_sign(signer)
        alias.grant_verify(iam.AccountRootPrincipal())
        mac_alias = kms.Alias(self, "MacAlias", alias_name="alias/webhook-mac", target_key=mac)
        mac_alias.grant_generate_mac(signer)
        mac_alias.grant_verify_mac(signer)
        by_name = kms.Alias.from_alias_name(self, "Shared", "alias/shared-signing")
        by_name.grant_sign_verify(signer)
        attrs = kms.Alias.from_alias_attributes(self, "Attrs", alias_name="alias/other", alias_target_key=signing)
        attrs.grant_sign_verify(signer)


app = cdk.App()
KeyStack(app, "Keys", env=cdk.Environment(account="123456789012", region="eu-west-1"))
app.synth()
