"""HTTP API backed by a table, granted through a custom IGrantable wrapper and a custom IPrincipal."""
import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from constructs import Construct


@jsii.implements(iam.IGrantable)
class FunctionGroup:
    """Grants made to the group go to the role its functions share."""

    def __init__(self, role: iam.IRole) -> None:
        self._role = role

    @property
    def grant_principal(self) -> iam.IPrincipal:
        return self._role


@jsii.implements(iam.IPrincipal)
class AuditedPrincipal:
    """A principal that forwards to a role and records what it was granted."""

    def __init__(self, role: iam.Role) -> None:
        self.role = role
        self.granted: list[str] = []

    @property
    def grant_principal(self) -> iam.IPrincipal:
        return self

    @property
    def assume_role_action(self) -> str:
        return self.role.assume_role_action

    @property
    def policy_fragment(self) -> iam.PrincipalPolicyFragment:
        return self.role.policy_fragment

    @property
    def principal_account(self):
        return self.role.principal_account

    def add_to_principal_policy(self, statement: iam.PolicyStatement) -> iam.AddToPrincipalPolicyResult:
        self.granted.extend(statement.actions)
        return self.role.add_to_principal_policy(statement)

    def add_to_policy(self, statement: iam.PolicyStatement) -> bool:
        return self.add_to_principal_policy(statement).statement_added


class TableApiStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        table = dynamodb.Table(
            self,
            "Items",
            partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
            billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
        )
        shared_role = iam.Role(
            self,
            "SharedRole",
            assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
            managed_policies=[
                iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole")
            ],
        )
        group = FunctionGroup(shared_role)
        readers = [
            lambda_.Function(
                self,
                name,
                runtime=lambda_.Runtime.PYTHON_3_12,
                handler="index.handler",
                code=lambda_.Code.from_inline("def handler(e, c):\n    return {'statusCode': 200}"),
                role=shared_role,
                environment={"TABLE_NAME": table.table_name},
            )
            for name in ("List", "Get")
        ]
        table.grant_read_data(group)
        audit_role = iam.Role(self, "AuditRole", assumed_by=iam.AccountRootPrincipal())
        audited = AuditedPrincipal(audit_role)
        table.grant_write_data(audited)
        iam.Grant.add_to_principal(grantee=audited, actions=["dynamodb:DescribeTable"], resource_arns=[table.table_arn])
        api = apigwv2.HttpApi(self, "Api")
        api.add_routes(path="/items", methods=[apigwv2.HttpMethod.GET], integration=integrations.HttpLambdaIntegration("ListInt", readers[0]))
        api.add_routes(path="/items/{id}", methods=[apigwv2.HttpMethod.GET], integration=integrations.HttpLambdaIntegration("GetInt", readers[1]))
        api.grant_invoke(audited) if hasattr(api, "grant_invoke") else None
        cdk.CfnOutput(self, "Granted", value=",".join(sorted(audited.granted)))


app = cdk.App()
TableApiStack(app, "GrantableWrapper")
app.synth()
