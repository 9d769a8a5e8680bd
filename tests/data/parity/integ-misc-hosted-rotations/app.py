"""Secrets rotated by hosted functions and by a function of the app."""

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_secretsmanager as secretsmanager

app = cdk.App()
stack = cdk.Stack(app, "integ-misc-hosted-rotations")

# A generated secret's excluded characters carry over to its hosted rotation.
plain = secretsmanager.Secret(
    stack,
    "ReportsLogin",
    generate_secret_string=secretsmanager.SecretStringGenerator(exclude_characters="&@/:"),
)
plain.add_rotation_schedule(
    "Rotation",
    hosted_rotation=secretsmanager.HostedRotation.mysql_single_user(),
    rotate_immediately_on_update=False,
)

# Multi-user rotations: a master imported by name (its ARN gets the suffix wildcard) and by complete ARN.
admin = secretsmanager.Secret(stack, "AdminLogin")
admin_by_name = secretsmanager.Secret.from_secret_name_v2(stack, "AdminByName", admin.secret_name)
app_login = secretsmanager.Secret(stack, "AppLogin")
app_login.add_rotation_schedule(
    "Rotation",
    hosted_rotation=secretsmanager.HostedRotation.postgre_sql_multi_user(master_secret=admin_by_name),
    automatically_after=cdk.Duration.days(7),
)
admin_by_arn = secretsmanager.Secret.from_secret_complete_arn(
    stack, "AdminByArn", "arn:aws:secretsmanager:eu-west-1:111122223333:secret:ops/admin-a1B2c3"
)
ops_login = secretsmanager.Secret(stack, "OpsLogin")
ops_login.add_rotation_schedule(
    "Rotation",
    hosted_rotation=secretsmanager.HostedRotation.maria_db_multi_user(
        master_secret=admin_by_arn, exclude_characters="\"'"
    ),
)

# A rotation function of the app, for a secret encrypted with a key of the app.
key = kms.Key(stack, "LoginKey", removal_policy=cdk.RemovalPolicy.DESTROY)
keyed = secretsmanager.Secret(stack, "KeyedLogin", encryption_key=key)
keyed.add_rotation_schedule(
    "Rotation",
    rotation_lambda=lambda_.Function(
        stack,
        "Rotator",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return None"),
    ),
    automatically_after=cdk.Duration.hours(6),
)
app.synth()
