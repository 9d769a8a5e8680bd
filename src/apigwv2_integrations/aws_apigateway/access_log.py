"""AccessLogFormat and AccessLogField: the line format of API Gateway access logs and the `$context` variables
it is made of (shared by REST and v2 APIs)."""

from __future__ import annotations

from ..core.json_dumps import dumps as json_dumps

_CLF = (
    "$context.identity.sourceIp $context.identity.caller $context.identity.user [$context.requestTime] "
    '"$context.httpMethod $context.resourcePath $context.protocol" $context.status '
    "$context.responseLength $context.requestId"
)


class AccessLogFormat:
    """The format of access log lines: `clf()`, `json_with_standard_fields(...)` or `custom(...)`."""

    def __init__(self, format: str) -> None:  # noqa: A002 - aws_cdk's keyword
        self._format = format

    @staticmethod
    def custom(format: str) -> AccessLogFormat:  # noqa: A002 - aws_cdk's keyword
        """Any format string of `$context` variables."""
        return AccessLogFormat(format)

    @staticmethod
    def clf() -> AccessLogFormat:
        """Common Log Format (the default)."""
        return AccessLogFormat(_CLF)

    @staticmethod
    def json_with_standard_fields(
        *,
        caller: bool,
        http_method: bool,
        ip: bool,
        protocol: bool,
        request_time: bool,
        resource_path: bool,
        response_length: bool,
        status: bool,
        user: bool,
    ) -> AccessLogFormat:
        """A JSON line with the chosen standard fields (the request id is always included)."""
        fields = {"requestId": "$context.requestId"}
        chosen = (
            (ip, "ip", "$context.identity.sourceIp"),
            (user, "user", "$context.identity.user"),
            (caller, "caller", "$context.identity.caller"),
            (request_time, "requestTime", "$context.requestTime"),
            (http_method, "httpMethod", "$context.httpMethod"),
            (resource_path, "resourcePath", "$context.resourcePath"),
            (status, "status", "$context.status"),
            (protocol, "protocol", "$context.protocol"),
            (response_length, "responseLength", "$context.responseLength"),
        )
        fields.update({name: value for wanted, name, value in chosen if wanted})
        return AccessLogFormat(json_dumps(fields, separators=(",", ":")))

    def to_string(self) -> str:
        """The format string."""
        return self._format

    def __str__(self) -> str:
        return self._format

    def __repr__(self) -> str:
        return f"AccessLogFormat.custom({self._format!r})"


class AccessLogField:
    """The `$context` variables an access log format can use, e.g. in `AccessLogFormat.custom(...)`."""

    @staticmethod
    def context_account_id() -> str:
        """The caller's AWS account ID (deprecated in aws_cdk: use `context_caller_account_id` or
        `context_owner_account_id`)."""
        return "$context.identity.accountId"

    @staticmethod
    def context_api_id() -> str:
        """The ID API Gateway gives the API."""
        return "$context.apiId"

    @staticmethod
    def context_authenticate_error() -> str:
        """The error message of an authentication attempt."""
        return "$context.authenticate.error"

    @staticmethod
    def context_authenticate_latency() -> str:
        """The authentication latency in milliseconds."""
        return "$context.authenticate.latency"

    @staticmethod
    def context_authenticate_status() -> str:
        """The status code of an authentication attempt."""
        return "$context.authenticate.status"

    @staticmethod
    def context_authorize_error() -> str:
        """The authorization error message."""
        return "$context.authorize.error"

    @staticmethod
    def context_authorize_latency() -> str:
        """The authorization latency in milliseconds."""
        return "$context.authorize.latency"

    @staticmethod
    def context_authorize_status() -> str:
        """The status code of an authorization attempt."""
        return "$context.authorize.status"

    @staticmethod
    def context_authorizer(property: str) -> str:  # noqa: A002 - aws_cdk's keyword
        """The value of key `property` in the `context` map a Lambda authorizer returned."""
        return f"$context.authorizer.{property}"

    @staticmethod
    def context_authorizer_claims(property: str) -> str:  # noqa: A002 - aws_cdk's keyword
        """Claim `property` of the Amazon Cognito user pool token of an authenticated caller."""
        return f"$context.authorizer.claims.{property}"

    @staticmethod
    def context_authorizer_error() -> str:
        """The error message an authorizer returned."""
        return "$context.authorizer.error"

    @staticmethod
    def context_authorizer_integration_latency() -> str:
        """The latency of the authorizer's integration in milliseconds."""
        return "$context.authorizer.integrationLatency"

    @staticmethod
    def context_authorizer_integration_status() -> str:
        """The status code a Lambda authorizer returned."""
        return "$context.authorizer.integrationStatus"

    @staticmethod
    def context_authorizer_latency() -> str:
        """The authorizer latency in milliseconds."""
        return "$context.authorizer.latency"

    @staticmethod
    def context_authorizer_principal_id() -> str:
        """The principal ID a Lambda authorizer returned for the caller's token."""
        return "$context.authorizer.principalId"

    @staticmethod
    def context_authorizer_request_id() -> str:
        """The request ID of the AWS endpoint that ran the authorizer."""
        return "$context.authorizer.requestId"

    @staticmethod
    def context_authorizer_status() -> str:
        """The status code an authorizer returned."""
        return "$context.authorizer.status"

    @staticmethod
    def context_aws_endpoint_request_id() -> str:
        """The request ID of the AWS endpoint."""
        return "$context.awsEndpointRequestId"

    @staticmethod
    def context_caller_account_id() -> str:
        """The caller's AWS account ID."""
        return "$context.identity.accountId"

    @staticmethod
    def context_connection_id() -> str:
        """The ID of a WebSocket connection, for callbacks to the client."""
        return "$context.connectionId"

    @staticmethod
    def context_custom_domain_base_path_matched() -> str:
        """The API mapping path the request matched."""
        return "$context.customDomain.basePathMatched"

    @staticmethod
    def context_domain_name() -> str:
        """The full domain name the API was called with."""
        return "$context.domainName"

    @staticmethod
    def context_domain_prefix() -> str:
        """The first label of `$context.domainName`, often used to identify the caller."""
        return "$context.domainPrefix"

    @staticmethod
    def context_error_message() -> str:
        """The API Gateway error message."""
        return "$context.error.message"

    @staticmethod
    def context_error_message_string() -> str:
        """The error message in double quotes."""
        return "$context.error.messageString"

    @staticmethod
    def context_error_response_type() -> str:
        """The gateway response type."""
        return "$context.error.responseType"

    @staticmethod
    def context_error_validation_error_string() -> str:
        """The detailed validation error message."""
        return "$context.error.validationErrorString"

    @staticmethod
    def context_event_type() -> str:
        """The WebSocket event type: CONNECT, MESSAGE or DISCONNECT."""
        return "$context.eventType"

    @staticmethod
    def context_extended_request_id() -> str:
        """The extended request ID, for debugging."""
        return "$context.extendedRequestId"

    @staticmethod
    def context_http_method() -> str:
        """The HTTP method."""
        return "$context.httpMethod"

    @staticmethod
    def context_identity_account_id() -> str:
        """The AWS account ID of the request."""
        return "$context.identity.accountId"

    @staticmethod
    def context_identity_api_key() -> str:
        """The API key of a method that requires one."""
        return "$context.identity.apiKey"

    @staticmethod
    def context_identity_api_key_id() -> str:
        """The ID of the API key of a method that requires one."""
        return "$context.identity.apiKeyId"

    @staticmethod
    def context_identity_caller() -> str:
        """The principal ID of the caller."""
        return "$context.identity.caller"

    @staticmethod
    def context_identity_client_cert_issuner_dn() -> str:
        """The issuer's distinguished name of the client's certificate (aws_cdk's spelling)."""
        return "$context.identity.clientCert.issuerDN"

    @staticmethod
    def context_identity_client_cert_pem() -> str:
        """The PEM-encoded certificate the client presented for mutual TLS."""
        return "$context.identity.clientCert.clientCertPem"

    @staticmethod
    def context_identity_client_cert_serial_number() -> str:
        """The serial number of the client's certificate."""
        return "$context.identity.clientCert.serialNumber"

    @staticmethod
    def context_identity_client_cert_subject_dn() -> str:
        """The subject's distinguished name of the client's certificate."""
        return "$context.identity.clientCert.subjectDN"

    @staticmethod
    def context_identity_client_cert_validity_not_after() -> str:
        """The date after which the client's certificate is invalid."""
        return "$context.identity.clientCert.validity.notAfter"

    @staticmethod
    def context_identity_client_cert_validity_not_before() -> str:
        """The date before which the client's certificate is invalid."""
        return "$context.identity.clientCert.validity.notBefore"

    @staticmethod
    def context_identity_cognito_authentication_provider() -> str:
        """The caller's Amazon Cognito authentication provider."""
        return "$context.identity.cognitoAuthenticationProvider"

    @staticmethod
    def context_identity_cognito_authentication_type() -> str:
        """The caller's Amazon Cognito authentication type."""
        return "$context.identity.cognitoAuthenticationType"

    @staticmethod
    def context_identity_cognito_identity_id() -> str:
        """The caller's Amazon Cognito identity ID."""
        return "$context.identity.cognitoIdentityId"

    @staticmethod
    def context_identity_cognito_identity_pool_id() -> str:
        """The caller's Amazon Cognito identity pool ID."""
        return "$context.identity.cognitoIdentityPoolId"

    @staticmethod
    def context_identity_principal_org_id() -> str:
        """The caller's AWS organization ID."""
        return "$context.identity.principalOrgId"

    @staticmethod
    def context_identity_source_ip() -> str:
        """The source IP address of the TCP connection."""
        return "$context.identity.sourceIp"

    @staticmethod
    def context_identity_user() -> str:
        """The principal ID of the user."""
        return "$context.identity.user"

    @staticmethod
    def context_identity_user_agent() -> str:
        """The caller's User-Agent header."""
        return "$context.identity.userAgent"

    @staticmethod
    def context_identity_user_arn() -> str:
        """The ARN of the authenticated user."""
        return "$context.identity.userArn"

    @staticmethod
    def context_integration_error_message() -> str:
        """The integration error message."""
        return "$context.integrationErrorMessage"

    @staticmethod
    def context_integration_latency() -> str:
        """The integration latency in milliseconds."""
        return "$context.integrationLatency"

    @staticmethod
    def context_integration_status() -> str:
        """The status code of the integration (for Lambda proxy, the Lambda service's)."""
        return "$context.integrationStatus"

    @staticmethod
    def context_owner_account_id() -> str:
        """The API owner's AWS account ID."""
        return "$context.accountId"

    @staticmethod
    def context_path() -> str:
        """The request path."""
        return "$context.path"

    @staticmethod
    def context_protocol() -> str:
        """The request protocol, such as HTTP/1.1."""
        return "$context.protocol"

    @staticmethod
    def context_request_id() -> str:
        """The ID API Gateway gives the request."""
        return "$context.requestId"

    @staticmethod
    def context_request_override_header(header_name: str) -> str:
        """The override of request header `header_name`."""
        return f"$context.requestOverride.header.{header_name}"

    @staticmethod
    def context_request_override_path(path_name: str) -> str:
        """The override of request path parameter `path_name`."""
        return f"$context.requestOverride.path.{path_name}"

    @staticmethod
    def context_request_override_querystring(querystring_name: str) -> str:
        """The override of query string parameter `querystring_name`."""
        return f"$context.requestOverride.querystring.{querystring_name}"

    @staticmethod
    def context_request_time() -> str:
        """The request time in CLF format (dd/MMM/yyyy:HH:mm:ss +-hhmm)."""
        return "$context.requestTime"

    @staticmethod
    def context_request_time_epoch() -> str:
        """The request time in epoch milliseconds."""
        return "$context.requestTimeEpoch"

    @staticmethod
    def context_resource_id() -> str:
        """The ID API Gateway gives the resource."""
        return "$context.resourceId"

    @staticmethod
    def context_resource_path() -> str:
        """The path of the resource."""
        return "$context.resourcePath"

    @staticmethod
    def context_response_latency() -> str:
        """The response latency in milliseconds."""
        return "$context.responseLatency"

    @staticmethod
    def context_response_length() -> str:
        """The length of the response payload."""
        return "$context.responseLength"

    @staticmethod
    def context_response_override_header(header_name: str) -> str:
        """The override of response header `header_name`."""
        return f"$context.responseOverride.header.{header_name}"

    @staticmethod
    def context_response_override_status() -> str:
        """The override of the response status code."""
        return "$context.responseOverride.status"

    @staticmethod
    def context_route_key() -> str:
        """The selected route key."""
        return "$context.routeKey"

    @staticmethod
    def context_stage() -> str:
        """The stage of the request, such as `beta` or `prod`."""
        return "$context.stage"

    @staticmethod
    def context_status() -> str:
        """The method response status."""
        return "$context.status"

    @staticmethod
    def context_waf_error() -> str:
        """The AWS WAF error message."""
        return "$context.waf.error"

    @staticmethod
    def context_waf_latency() -> str:
        """The AWS WAF latency in milliseconds."""
        return "$context.waf.latency"

    @staticmethod
    def context_waf_response_code() -> str:
        """The AWS WAF response: WAF_ALLOW or WAF_BLOCK."""
        return "$context.wafResponseCode"

    @staticmethod
    def context_waf_status() -> str:
        """The AWS WAF status code."""
        return "$context.waf.status"

    @staticmethod
    def context_webacl_arn() -> str:
        """The ARN of the web ACL that allowed or blocked the request."""
        return "$context.webaclArn"

    @staticmethod
    def context_xray_trace_id() -> str:
        """The X-Ray trace ID."""
        return "$context.xrayTraceId"
