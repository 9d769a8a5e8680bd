"""DNSSEC: enable_dnssec on a public zone with a new KMS key, a named KeySigningKey (INACTIVE) on another zone, and an imported key-signing key."""

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "route53-dnssec")

key = kms.Key(
    stack, "Key", key_spec=kms.KeySpec.ECC_NIST_P256, key_usage=kms.KeyUsage.SIGN_VERIFY
)
zone = route53.PublicHostedZone(stack, "Zone", zone_name="example.com")
ksk = zone.enable_dnssec(kms_key=key)
other = route53.PublicHostedZone(stack, "Other", zone_name="example.org")
named = route53.KeySigningKey(
    stack,
    "Named",
    hosted_zone=other,
    kms_key=key,
    key_signing_key_name="org_ksk",
    status=route53.KeySigningKeyStatus.INACTIVE,
)
imported = route53.KeySigningKey.from_key_signing_key_attributes(
    stack, "Imported", hosted_zone=other, key_signing_key_name="old_ksk"
)

cdk.CfnOutput(stack, "KskName", value=ksk.key_signing_key_name)
cdk.CfnOutput(stack, "KskId", value=ksk.key_signing_key_id)
cdk.CfnOutput(stack, "NamedId", value=named.key_signing_key_id)
cdk.CfnOutput(stack, "ImportedId", value=imported.key_signing_key_id)

app.synth()
