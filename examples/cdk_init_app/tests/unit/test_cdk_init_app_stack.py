from cdk_init_app.cdk_init_app_stack import CdkInitAppStack

import apigwv2_integrations as core
import apigwv2_integrations.assertions as assertions


def test_sqs_queue_created():
    app = core.App()
    stack = CdkInitAppStack(app, "cdk-init-app")
    template = assertions.Template.from_stack(stack)

    template.has_resource_properties("AWS::SQS::Queue", {"VisibilityTimeout": 300})


def test_api_routes_created():
    app = core.App()
    stack = CdkInitAppStack(app, "cdk-init-app")
    template = assertions.Template.from_stack(stack)

    template.resource_count_is("AWS::ApiGatewayV2::Route", 3)
