"""Statement merging under minimizePolicies: which principals count as equal."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "MinimizePrincipals")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))

# Two ViaServicePrincipal objects around one role: kept apart.
role_key = kms.Key(stack, "RoleKey")
role_key.grant_decrypt(
    kms.ViaServicePrincipal("secretsmanager.us-east-1.amazonaws.com", role.grant_principal)
)
role_key.grant_encrypt(
    kms.ViaServicePrincipal("secretsmanager.us-east-1.amazonaws.com", role.grant_principal)
)

# One ViaServicePrincipal object used twice: merged.
shared = kms.ViaServicePrincipal("sqs.us-east-1.amazonaws.com", role)
shared_key = kms.Key(stack, "SharedKey")
shared_key.grant_decrypt(shared)
shared_key.grant_encrypt(shared)

# Around an ARN principal (same ARN): merged.
arn_key = kms.Key(stack, "ArnKey")
arn_key.grant_decrypt(kms.ViaServicePrincipal("sns.us-east-1.amazonaws.com", iam.ArnPrincipal(role.role_arn)))
arn_key.grant_encrypt(kms.ViaServicePrincipal("sns.us-east-1.amazonaws.com", iam.ArnPrincipal(role.role_arn)))

# Around two account principals of one account: kept apart.
account_key = kms.Key(stack, "AccountKey")
account_key.grant_decrypt(
    kms.ViaServicePrincipal("s3.us-east-1.amazonaws.com", iam.AccountPrincipal("123456789012"))
)
account_key.grant_encrypt(
    kms.ViaServicePrincipal("s3.us-east-1.amazonaws.com", iam.AccountPrincipal("123456789012"))
)

# The role itself, twice: merged. Two PrincipalWithConditions around it: kept apart.
# Two imports of one role ARN: merged.
policy_key = kms.Key(stack, "PolicyKey")
policy_key.add_to_resource_policy(
    iam.PolicyStatement(actions=["kms:Decrypt"], resources=["*"], principals=[role])
)
policy_key.add_to_resource_policy(
    iam.PolicyStatement(actions=["kms:Encrypt"], resources=["*"], principals=[role])
)
condition = {"StringEquals": {"aws:SourceAccount": "123456789012"}}
policy_key.add_to_resource_policy(
    iam.PolicyStatement(
        actions=["kms:Sign"], resources=["*"], principals=[iam.PrincipalWithConditions(role, condition)]
    )
)
policy_key.add_to_resource_policy(
    iam.PolicyStatement(
        actions=["kms:Verify"], resources=["*"], principals=[iam.PrincipalWithConditions(role, condition)]
    )
)
imported_arn = "arn:aws:iam::123456789012:role/imported"
policy_key.add_to_resource_policy(
    iam.PolicyStatement(
        actions=["kms:DescribeKey"],
        resources=["*"],
        principals=[iam.Role.from_role_arn(stack, "ImportedA", imported_arn)],
    )
)
policy_key.add_to_resource_policy(
    iam.PolicyStatement(
        actions=["kms:GetPublicKey"],
        resources=["*"],
        principals=[iam.Role.from_role_arn(stack, "ImportedB", imported_arn)],
    )
)

app.synth()
