"""An imported DomainName used as default domain mapping (with a mapping key) of an HttpApi, by a custom stage and by an explicit ApiMapping; a second imported DomainName for a WebSocket stage (API Gateway does not map WebSocket and HTTP APIs to one domain name)."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations

app = cdk.App()
stack = cdk.Stack(app, "domain-imported")

dn = apigwv2.DomainName.from_domain_name_attributes(
    stack,
    "ImportedDomain",
    name="api.example.com",
    regional_domain_name="d-abc123.execute-api.us-east-1.amazonaws.com",
    regional_hosted_zone_id="Z1UJRXOUMOOFQ8",
)

books_api = apigwv2.HttpApi(
    stack,
    "BooksApi",
    default_integration=integrations.HttpUrlIntegration("Books", "https://books.example.com"),
    default_domain_mapping=apigwv2.DomainMappingOptions(domain_name=dn, mapping_key="books"),
)
books_api.add_stage(
    "v2",
    stage_name="v2",
    auto_deploy=True,
    domain_mapping=apigwv2.DomainMappingOptions(domain_name=dn, mapping_key="books-v2"),
)

orders_api = apigwv2.HttpApi(stack, "OrdersApi", create_default_stage=False)
orders_api.add_routes(
    path="/orders/{orderId}",
    methods=[apigwv2.HttpMethod.GET, apigwv2.HttpMethod.PUT],
    integration=integrations.HttpUrlIntegration("Orders", "https://orders.example.com/{orderId}"),
)
orders_stage = apigwv2.HttpStage(stack, "OrdersStage", http_api=orders_api, stage_name="live", auto_deploy=True)
apigwv2.ApiMapping(stack, "OrdersMapping", api=orders_api, domain_name=dn, stage=orders_stage, api_mapping_key="orders")

events_dn = apigwv2.DomainName.from_domain_name_attributes(
    stack,
    "ImportedEventsDomain",
    name="events.example.com",
    regional_domain_name="d-def456.execute-api.us-east-1.amazonaws.com",
    regional_hosted_zone_id="Z1UJRXOUMOOFQ8",
)
ws_api = apigwv2.WebSocketApi(stack, "EventsApi")
apigwv2.WebSocketStage(
    stack,
    "EventsStage",
    web_socket_api=ws_api,
    stage_name="events",
    auto_deploy=True,
    domain_mapping=apigwv2.DomainMappingOptions(domain_name=events_dn, mapping_key="events"),
)

cdk.CfnOutput(stack, "BooksUrl", value=books_api.url)
cdk.CfnOutput(stack, "BooksDomainUrl", value=books_api.default_stage.domain_url)

app.synth()
