"""CloudFront policies made in the stack: cache policies (default and given TTLs, generated names from long
ids and the region), origin request policies with every behavior kind, response headers policies with CORS,
security, custom and removed headers and server timing, and distributions that use them."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cf, aws_cloudfront_origins as origins
app = cdk.App()
st = cdk.Stack(app, "CpStack")
o = origins.HttpOrigin("example.com")
p0 = cf.CachePolicy(st, "Bare")
p1 = cf.CachePolicy(st, "Full", cache_policy_name="api-short", comment="short",
    default_ttl=cdk.Duration.seconds(10), min_ttl=cdk.Duration.seconds(0), max_ttl=cdk.Duration.minutes(5),
    header_behavior=cf.CacheHeaderBehavior.allow_list("Authorization", "X-Api-Key"),
    query_string_behavior=cf.CacheQueryStringBehavior.all(),
    cookie_behavior=cf.CacheCookieBehavior.deny_list("a", "b"),
    enable_accept_encoding_gzip=True, enable_accept_encoding_brotli=True)
p2 = cf.CachePolicy(st, "Q", query_string_behavior=cf.CacheQueryStringBehavior.allow_list("page"), cookie_behavior=cf.CacheCookieBehavior.all(),
    header_behavior=cf.CacheHeaderBehavior.none(), min_ttl=cdk.Duration.minutes(2))
p3 = cf.CachePolicy(st, "Q2", query_string_behavior=cf.CacheQueryStringBehavior.deny_list("x"), cookie_behavior=cf.CacheCookieBehavior.allow_list("s"),
    default_ttl=cdk.Duration.days(2), max_ttl=cdk.Duration.days(1))
p4 = cf.CachePolicy(st, "Q3", query_string_behavior=cf.CacheQueryStringBehavior.none(), max_ttl=cdk.Duration.seconds(30))
d = cf.Distribution(st, "D", default_behavior=cf.BehaviorOptions(origin=o, cache_policy=p1),
    additional_behaviors={f"/p{i}/*": cf.BehaviorOptions(origin=o, cache_policy=p) for i, p in enumerate([p0, p2, p3, p4])})
cdk.CfnOutput(st, "Id", value=p1.cache_policy_id)
imp = cf.CachePolicy.from_cache_policy_id(st, "Imp", "abc")
st2 = cdk.Stack(app, "Other-Stack", stack_name="other-stack", env=cdk.Environment(region="eu-west-1", account="111111111111"))
cf.CachePolicy(st2, "Bare")
cf.CachePolicy(st2, "X"*200)

st3 = cdk.Stack(app, "OrpStack")
p0 = cf.OriginRequestPolicy(st3, "Bare")
p1 = cf.OriginRequestPolicy(st3, "Full", origin_request_policy_name="orp-full", comment="full",
    header_behavior=cf.OriginRequestHeaderBehavior.all("CloudFront-Viewer-Country", "CloudFront-Is-Mobile-Viewer"),
    query_string_behavior=cf.OriginRequestQueryStringBehavior.all(),
    cookie_behavior=cf.OriginRequestCookieBehavior.all())
p2 = cf.OriginRequestPolicy(st3, "Lists", header_behavior=cf.OriginRequestHeaderBehavior.allow_list("X-Request-Id"),
    query_string_behavior=cf.OriginRequestQueryStringBehavior.allow_list("page", "size"),
    cookie_behavior=cf.OriginRequestCookieBehavior.allow_list("session"))
p3 = cf.OriginRequestPolicy(st3, "Deny", header_behavior=cf.OriginRequestHeaderBehavior.deny_list("X-Secret"),
    query_string_behavior=cf.OriginRequestQueryStringBehavior.deny_list("debug"),
    cookie_behavior=cf.OriginRequestCookieBehavior.deny_list("tracking"))
p4 = cf.OriginRequestPolicy(st3, "AllNoExtra", header_behavior=cf.OriginRequestHeaderBehavior.all())
d = cf.Distribution(st3, "OrpDist", default_behavior=cf.BehaviorOptions(origin=o, origin_request_policy=p1),
    additional_behaviors={f"/p{i}/*": cf.BehaviorOptions(origin=o, origin_request_policy=p) for i, p in enumerate([p0, p2, p3, p4])})

cdk.CfnOutput(st3, "OrpId", value=p1.origin_request_policy_id)
st4 = cdk.Stack(app, "RhpStack")
p0 = cf.ResponseHeadersPolicy(st4, "Bare")
p1 = cf.ResponseHeadersPolicy(st4, "Full", response_headers_policy_name="full-headers", comment="all of it",
    cors_behavior=cf.ResponseHeadersCorsBehavior(access_control_allow_credentials=True, access_control_allow_headers=["X-A", "X-B"],
        access_control_allow_methods=["GET", "POST"], access_control_allow_origins=["https://a.example.com"],
        access_control_expose_headers=["X-Total"], access_control_max_age=cdk.Duration.seconds(600), origin_override=True),
    custom_headers_behavior=cf.ResponseCustomHeadersBehavior(custom_headers=[
        cf.ResponseCustomHeader(header="X-Served-By", value="cdn", override=False),
        cf.ResponseCustomHeader(header="X-Env", value="prod", override=True)]),
    security_headers_behavior=cf.ResponseSecurityHeadersBehavior(
        content_security_policy=cf.ResponseHeadersContentSecurityPolicy(content_security_policy="default-src 'self'", override=True),
        content_type_options=cf.ResponseHeadersContentTypeOptions(override=True),
        frame_options=cf.ResponseHeadersFrameOptions(frame_option=cf.HeadersFrameOption.SAMEORIGIN, override=True),
        referrer_policy=cf.ResponseHeadersReferrerPolicy(referrer_policy=cf.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override=False),
        strict_transport_security=cf.ResponseHeadersStrictTransportSecurity(access_control_max_age=cdk.Duration.days(730), include_subdomains=True, preload=True, override=True),
        xss_protection=cf.ResponseHeadersXSSProtection(protection=True, mode_block=True, override=True)),
    remove_headers=["Server", "X-Powered-By"], server_timing_sampling_rate=12.5)
p2 = cf.ResponseHeadersPolicy(st4, "Partial",
    cors_behavior=cf.ResponseHeadersCorsBehavior(access_control_allow_credentials=False, access_control_allow_headers=["*"],
        access_control_allow_methods=["ALL"], access_control_allow_origins=["*"], origin_override=False),
    security_headers_behavior=cf.ResponseSecurityHeadersBehavior(
        strict_transport_security=cf.ResponseHeadersStrictTransportSecurity(access_control_max_age=cdk.Duration.seconds(63072000), override=True),
        xss_protection=cf.ResponseHeadersXSSProtection(protection=True, report_uri="https://r.example.com", override=False)))
p3 = cf.ResponseHeadersPolicy(st4, "TimingOnly", server_timing_sampling_rate=0)
p4 = cf.ResponseHeadersPolicy(st4, "RemoveOnly", remove_headers=["X-Powered-By"])
d = cf.Distribution(st4, "RhpDist", default_behavior=cf.BehaviorOptions(origin=o, response_headers_policy=p1),
    additional_behaviors={f"/p{i}/*": cf.BehaviorOptions(origin=o, response_headers_policy=p) for i, p in enumerate([p0, p2, p3, p4, cf.ResponseHeadersPolicy.CORS_ALLOW_ALL_ORIGINS])})

cdk.CfnOutput(st4, "RhpId", value=p1.response_headers_policy_id)
app.synth()
