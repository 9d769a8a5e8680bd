"""AccessLogField: an HTTP stage whose custom access log format (JSON) uses every field, and a WebSocket stage
with a plain-text format of WebSocket fields; metric dimensions of HttpApi, HttpStage, WebSocketApi and
WebSocketStage (defined and imported) without, with an added and with an overriding `dimensions_map`, in
alarms and a dashboard."""
import json

import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_cloudwatch as cw
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "apigwv2-access-log-fields-metrics")


@jsii.implements(apigwv2.IAccessLogSettings)
class LogSettings:
    def __init__(self, destination, log_format=None):
        self._destination = destination
        self._format = log_format

    @property
    def destination(self):
        return self._destination

    @property
    def format(self):
        return self._format


F = apigw.AccessLogField
# Every static method of AccessLogField, in aws_cdk's order of names; those with an argument get one.
fields = {
    "accountId": F.context_account_id(),
    "apiId": F.context_api_id(),
    "authenticateError": F.context_authenticate_error(),
    "authenticateLatency": F.context_authenticate_latency(),
    "authenticateStatus": F.context_authenticate_status(),
    "authorizeError": F.context_authorize_error(),
    "authorizeLatency": F.context_authorize_latency(),
    "authorizeStatus": F.context_authorize_status(),
    "authorizerTenant": F.context_authorizer("tenant"),
    "authorizerClaimsSub": F.context_authorizer_claims("sub"),
    "authorizerError": F.context_authorizer_error(),
    "authorizerIntegrationLatency": F.context_authorizer_integration_latency(),
    "authorizerIntegrationStatus": F.context_authorizer_integration_status(),
    "authorizerLatency": F.context_authorizer_latency(),
    "authorizerPrincipalId": F.context_authorizer_principal_id(),
    "authorizerRequestId": F.context_authorizer_request_id(),
    "authorizerStatus": F.context_authorizer_status(),
    "awsEndpointRequestId": F.context_aws_endpoint_request_id(),
    "callerAccountId": F.context_caller_account_id(),
    "connectionId": F.context_connection_id(),
    "basePathMatched": F.context_custom_domain_base_path_matched(),
    "domainName": F.context_domain_name(),
    "domainPrefix": F.context_domain_prefix(),
    "errorMessage": F.context_error_message(),
    "errorMessageString": F.context_error_message_string(),
    "errorResponseType": F.context_error_response_type(),
    "validationErrorString": F.context_error_validation_error_string(),
    "eventType": F.context_event_type(),
    "extendedRequestId": F.context_extended_request_id(),
    "httpMethod": F.context_http_method(),
    "identityAccountId": F.context_identity_account_id(),
    "apiKey": F.context_identity_api_key(),
    "apiKeyId": F.context_identity_api_key_id(),
    "caller": F.context_identity_caller(),
    "clientCertIssuerDn": F.context_identity_client_cert_issuner_dn(),
    "clientCertPem": F.context_identity_client_cert_pem(),
    "clientCertSerialNumber": F.context_identity_client_cert_serial_number(),
    "clientCertSubjectDn": F.context_identity_client_cert_subject_dn(),
    "clientCertNotAfter": F.context_identity_client_cert_validity_not_after(),
    "clientCertNotBefore": F.context_identity_client_cert_validity_not_before(),
    "cognitoAuthenticationProvider": F.context_identity_cognito_authentication_provider(),
    "cognitoAuthenticationType": F.context_identity_cognito_authentication_type(),
    "cognitoIdentityId": F.context_identity_cognito_identity_id(),
    "cognitoIdentityPoolId": F.context_identity_cognito_identity_pool_id(),
    "principalOrgId": F.context_identity_principal_org_id(),
    "sourceIp": F.context_identity_source_ip(),
    "user": F.context_identity_user(),
    "userAgent": F.context_identity_user_agent(),
    "userArn": F.context_identity_user_arn(),
    "integrationErrorMessage": F.context_integration_error_message(),
    "integrationLatency": F.context_integration_latency(),
    "integrationStatus": F.context_integration_status(),
    "ownerAccountId": F.context_owner_account_id(),
    "path": F.context_path(),
    "protocol": F.context_protocol(),
    "requestId": F.context_request_id(),
    "requestOverrideHeader": F.context_request_override_header("x-tenant"),
    "requestOverridePath": F.context_request_override_path("id"),
    "requestOverrideQuerystring": F.context_request_override_querystring("page"),
    "requestTime": F.context_request_time(),
    "requestTimeEpoch": F.context_request_time_epoch(),
    "resourceId": F.context_resource_id(),
    "resourcePath": F.context_resource_path(),
    "responseLatency": F.context_response_latency(),
    "responseLength": F.context_response_length(),
    "responseOverrideHeader": F.context_response_override_header("x-trace"),
    "responseOverrideStatus": F.context_response_override_status(),
    "routeKey": F.context_route_key(),
    "stage": F.context_stage(),
    "status": F.context_status(),
    "wafError": F.context_waf_error(),
    "wafLatency": F.context_waf_latency(),
    "wafResponseCode": F.context_waf_response_code(),
    "wafStatus": F.context_waf_status(),
    "webaclArn": F.context_webacl_arn(),
    "xrayTraceId": F.context_xray_trace_id(),
}

log_group = logs.LogGroup(stack, "AccessLogs")
http_api = apigwv2.HttpApi(stack, "Http", create_default_stage=False)
http_stage = apigwv2.HttpStage(
    stack,
    "HttpProd",
    http_api=http_api,
    stage_name="prod",
    access_log_settings=LogSettings(
        apigwv2.LogGroupLogDestination(log_group), apigw.AccessLogFormat.custom(json.dumps(fields))
    ),
)
ws_api = apigwv2.WebSocketApi(stack, "Ws")
ws_stage = apigwv2.WebSocketStage(
    stack,
    "WsDev",
    web_socket_api=ws_api,
    stage_name="dev",
    access_log_settings=LogSettings(
        apigwv2.LogGroupLogDestination(log_group),
        apigw.AccessLogFormat.custom(
            f"{F.context_request_id()} {F.context_connection_id()} {F.context_event_type()} "
            f"{F.context_route_key()} {F.context_status()} {F.context_authorizer('tenant')}"
        ),
    ),
)
imported_api = apigwv2.HttpApi.from_http_api_attributes(stack, "ImportedHttp", http_api_id="abc123")
imported_stage = apigwv2.HttpStage.from_http_stage_attributes(
    stack, "ImportedHttpStage", api=imported_api, stage_name="live"
)
imported_ws = apigwv2.WebSocketApi.from_web_socket_api_attributes(stack, "ImportedWs", web_socket_id="ws123")
imported_ws_stage = apigwv2.WebSocketStage.from_web_socket_stage_attributes(
    stack, "ImportedWsStage", api=imported_ws, stage_name="beta"
)

added = {"Route": "GET /items"}
override = {"Stage": "other", "Route": "GET /items", "ApiId": "override"}
metrics = {
    "HttpApiLatency": http_api.metric_latency(),
    "HttpApiCountAdded": http_api.metric_count(dimensions_map=added),
    "HttpApiServerErrorOverride": http_api.metric_server_error(dimensions_map=override),
    "HttpApiCustomStage": http_api.metric("4xx", dimensions_map={"ApiId": http_api.api_id, "Stage": "prod"}),
    "HttpApiDataEmpty": http_api.metric_data_processed(dimensions_map={}),
    "HttpStageClientError": http_stage.metric_client_error(),
    "HttpStageClientErrorAdded": http_stage.metric_client_error(dimensions_map=added),
    "HttpStageIntegrationLatencyOverride": http_stage.metric_integration_latency(dimensions_map=override),
    "HttpStageCustom": http_stage.metric("Count", dimensions_map=added, statistic="Sum"),
    "WsApiCustom": ws_api.metric("ConnectCount", statistic="Sum"),
    "WsApiCustomAdded": ws_api.metric("MessageCount", dimensions_map={"Stage": "dev"}),
    "WsStageCustom": ws_stage.metric("ClientError", dimensions_map=override, statistic="Sum"),
    "ImportedHttpApiCount": imported_api.metric_count(dimensions_map=added),
    "ImportedHttpStageLatency": imported_stage.metric_latency(dimensions_map=override),
    "ImportedWsApi": imported_ws.metric("ExecutionError", dimensions_map=added),
    "ImportedWsStage": imported_ws_stage.metric("IntegrationError", dimensions_map=added),
}
for name, metric in metrics.items():
    cw.Alarm(stack, f"{name}Alarm", metric=metric, threshold=1, evaluation_periods=1)
dashboard = cw.Dashboard(stack, "Dashboard")
dashboard.add_widgets(
    cw.GraphWidget(title="HTTP", left=[metrics[name] for name in metrics if name.startswith("Http")]),
    cw.GraphWidget(title="Other", left=[metrics[name] for name in metrics if not name.startswith("Http")]),
)

app.synth()
