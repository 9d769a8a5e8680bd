import aws_cdk as cdk
from aws_cdk import (
    aws_apigatewayv2 as apigwv2,
    aws_apigatewayv2_authorizers as authorizers,
    aws_apigatewayv2_integrations as integrations,
    aws_ec2 as ec2,
    aws_iam as iam,
    aws_lambda as lambda_,
    aws_servicediscovery as servicediscovery,
)
from constructs import Construct

TRUST = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "apigateway.amazonaws.com"}, "Action": "sts:AssumeRole"}],
}


class InventoryStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=0, restrict_default_security_group=False)
        link = apigwv2.VpcLink(self, "Link", vpc=vpc, subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED))
        namespace = servicediscovery.CfnPrivateDnsNamespace(self, "Namespace", name="inventory.local", vpc=vpc.vpc_id)
        cfn_service = servicediscovery.CfnService(self, "Service", name="stock", namespace_id=namespace.attr_id,
                                                  dns_config=servicediscovery.CfnService.DnsConfigProperty(
                                                      dns_records=[servicediscovery.CfnService.DnsRecordProperty(type="A", ttl=60)]))

        auth_fn = lambda_.Function(self, "AuthFn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                                   code=lambda_.Code.from_inline("def handler(e, c):\n    return {'isAuthorized': True}"))
        invoker = iam.CfnRole(self, "AuthorizerInvoker", assume_role_policy_document=TRUST,
                              policies=[iam.CfnRole.PolicyProperty(policy_name="invoke", policy_document={
                                  "Version": "2012-10-17",
                                  "Statement": [{"Effect": "Allow", "Action": "lambda:InvokeFunction",
                                                 "Resource": auth_fn.function_arn}]})])
        authorizer = authorizers.HttpLambdaAuthorizer("Checker", auth_fn, role=invoker,
                                                      response_types=[authorizers.HttpLambdaResponseType.SIMPLE])
        api = apigwv2.HttpApi(self, "InventoryApi", default_authorizer=authorizer)
        api.add_routes(path="/stock/{item}", methods=[apigwv2.HttpMethod.GET],
                       integration=integrations.HttpServiceDiscoveryIntegration("Stock", cfn_service, vpc_link=link,
                                                                                method=apigwv2.HttpMethod.GET))
        apigwv2.HttpAuthorizer(self, "Raw", http_api=api, type=apigwv2.HttpAuthorizerType.LAMBDA,
                               identity_source=["$request.header.Authorization"],
                               authorizer_uri=f"arn:{self.partition}:apigateway:{self.region}:lambda:path/2015-03-31/functions/{auth_fn.function_arn}/invocations",
                               role=invoker)


app = cdk.App()
InventoryStack(app, "Inventory", env=cdk.Environment(account="123456789012", region="ca-central-1"))
app.synth()
