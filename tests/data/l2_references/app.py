"""The `*_ref` identifiers of L2 constructs, defined and imported, resolved in a stack."""

import json
import sys

import aws_cdk as cdk
from aws_cdk import (
    aws_certificatemanager as acm,
    aws_cloudwatch as cloudwatch,
    aws_cognito as cognito,
    aws_dynamodb as dynamodb,
    aws_ec2 as ec2,
    aws_elasticloadbalancingv2 as elbv2,
    aws_events as events,
    aws_iam as iam,
    aws_kms as kms,
    aws_lambda as lambda_,
    aws_logs as logs,
    aws_route53 as route53,
    aws_s3 as s3,
    aws_servicediscovery as servicediscovery,
    aws_sqs as sqs,
    aws_stepfunctions as sfn,
)

ACCOUNT = "123456789012"
ERROR = "<error>"


def fields(stack, reference_of, *names):
    try:
        reference = reference_of()
    except Exception:
        return ERROR
    values = {}
    for name in names:
        try:
            values[name] = stack.resolve(getattr(reference, name))
        except Exception:
            values[name] = ERROR
    return values


def certificatemanager(stack):
    zone = route53.HostedZone(stack, "Zone", zone_name="example.com")
    cert = acm.Certificate(stack, "Cert", domain_name="api.example.com", validation=acm.CertificateValidation.from_dns(zone))
    imported = acm.Certificate.from_certificate_arn(
        stack, "ImportedCert", f"arn:aws:acm:us-east-1:{ACCOUNT}:certificate/abc"
    )
    return {
        "defined": fields(stack, lambda: cert.certificate_ref, "certificate_arn"),
        "imported": fields(stack, lambda: imported.certificate_ref, "certificate_arn"),
    }


def cloudwatch_(stack):
    metric = cloudwatch.Metric(namespace="NS", metric_name="M")
    alarm = cloudwatch.Alarm(stack, "Alarm", metric=metric, threshold=1, evaluation_periods=1)
    imported = cloudwatch.Alarm.from_alarm_arn(stack, "ImportedAlarm", f"arn:aws:cloudwatch:us-east-1:{ACCOUNT}:alarm:Other")
    return {
        "defined": fields(stack, lambda: alarm.alarm_ref, "alarm_arn", "alarm_name"),
        "imported": fields(stack, lambda: imported.alarm_ref, "alarm_arn", "alarm_name"),
    }


def cognito_(stack):
    pool = cognito.UserPool(stack, "Pool")
    client = pool.add_client("Client")
    domain = pool.add_domain("Domain", cognito_domain=cognito.CognitoDomainOptions(domain_prefix="books"))
    group = cognito.UserPoolGroup(stack, "Group", user_pool=pool)
    server = pool.add_resource_server("Server", identifier="books")
    idp = cognito.UserPoolIdentityProviderAmazon(stack, "Amazon", user_pool=pool, client_id="id", client_secret="secret")
    imported_pool = cognito.UserPool.from_user_pool_id(stack, "ImportedPool", "us-east-1_abc")
    imported_arn_pool = cognito.UserPool.from_user_pool_arn(
        stack, "ImportedArnPool", f"arn:aws:cognito-idp:us-east-1:{ACCOUNT}:userpool/us-east-1_xyz"
    )
    imported_client = cognito.UserPoolClient.from_user_pool_client_id(stack, "ImportedClient", "client1")
    imported_domain = cognito.UserPoolDomain.from_domain_name(stack, "ImportedDomain", "books-domain")
    imported_group = cognito.UserPoolGroup.from_group_name(stack, "ImportedGroup", "admins")
    imported_server = cognito.UserPoolResourceServer.from_user_pool_resource_server_id(stack, "ImportedServer", "srv")
    imported_idp = cognito.UserPoolIdentityProvider.from_provider_name(stack, "ImportedIdp", "Facebook")
    return {
        "user_pool": fields(stack, lambda: pool.user_pool_ref, "user_pool_arn", "user_pool_id"),
        "imported_user_pool": fields(stack, lambda: imported_pool.user_pool_ref, "user_pool_arn", "user_pool_id"),
        "imported_arn_user_pool": fields(
            stack, lambda: imported_arn_pool.user_pool_ref, "user_pool_arn", "user_pool_id"
        ),
        "client": fields(stack, lambda: client.user_pool_client_ref, "client_id", "user_pool_id"),
        "imported_client": fields(stack, lambda: imported_client.user_pool_client_ref, "client_id", "user_pool_id"),
        "domain": fields(stack, lambda: domain.user_pool_domain_ref, "domain", "user_pool_id"),
        "imported_domain": fields(stack, lambda: imported_domain.user_pool_domain_ref, "domain", "user_pool_id"),
        "group": fields(stack, lambda: group.user_pool_group_ref, "group_name", "user_pool_id"),
        "imported_group": fields(stack, lambda: imported_group.user_pool_group_ref, "group_name", "user_pool_id"),
        "resource_server": fields(
            stack, lambda: server.user_pool_resource_server_ref, "identifier", "user_pool_id"
        ),
        "imported_resource_server": fields(
            stack, lambda: imported_server.user_pool_resource_server_ref, "identifier", "user_pool_id"
        ),
        "identity_provider": fields(
            stack, lambda: idp.user_pool_identity_provider_ref, "provider_name", "user_pool_id"
        ),
        "imported_identity_provider": fields(
            stack, lambda: imported_idp.user_pool_identity_provider_ref, "provider_name", "user_pool_id"
        ),
    }


def dynamodb_(stack):
    table = dynamodb.Table(
        stack, "Table", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING)
    )
    table_v2 = dynamodb.TableV2(
        stack, "TableV2", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING)
    )
    imported = dynamodb.Table.from_table_name(stack, "ImportedTable", "books")
    imported_v2 = dynamodb.TableV2.from_table_arn(
        stack, "ImportedTableV2", f"arn:aws:dynamodb:us-east-1:{ACCOUNT}:table/authors"
    )
    return {
        "defined": fields(stack, lambda: table.table_ref, "table_arn", "table_name"),
        "defined_v2": fields(stack, lambda: table_v2.table_ref, "table_arn", "table_name"),
        "imported": fields(stack, lambda: imported.table_ref, "table_arn", "table_name"),
        "imported_v2": fields(stack, lambda: imported_v2.table_ref, "table_arn", "table_name"),
    }


def ec2_(stack):
    vpc = ec2.Vpc(stack, "Vpc", max_azs=1, nat_gateways=0)
    imported_vpc = ec2.Vpc.from_vpc_attributes(
        stack,
        "ImportedVpc",
        vpc_id="vpc-1234",
        availability_zones=["us-east-1a"],
        public_subnet_ids=["subnet-pub"],
        private_subnet_ids=["subnet-priv"],
    )
    group = ec2.SecurityGroup(stack, "Group", vpc=vpc)
    imported_group = ec2.SecurityGroup.from_security_group_id(stack, "ImportedGroup", "sg-1234")
    endpoint = vpc.add_gateway_endpoint("S3", service=ec2.GatewayVpcEndpointAwsService.S3)
    imported_endpoint = ec2.GatewayVpcEndpoint.from_gateway_vpc_endpoint_id(stack, "ImportedEndpoint", "vpce-1234")
    imported_subnet = ec2.Subnet.from_subnet_id(stack, "ImportedSubnet", "subnet-5678")
    return {
        "vpc": fields(stack, lambda: vpc.vpc_ref, "vpc_id"),
        "imported_vpc": fields(stack, lambda: imported_vpc.vpc_ref, "vpc_id"),
        "public_subnet": fields(stack, lambda: vpc.public_subnets[0].subnet_ref, "subnet_id"),
        "imported_public_subnet": fields(stack, lambda: imported_vpc.public_subnets[0].subnet_ref, "subnet_id"),
        "imported_private_subnet": fields(stack, lambda: imported_vpc.private_subnets[0].subnet_ref, "subnet_id"),
        "imported_subnet": fields(stack, lambda: imported_subnet.subnet_ref, "subnet_id"),
        "security_group": fields(stack, lambda: group.security_group_ref, "security_group_id"),
        "imported_security_group": fields(stack, lambda: imported_group.security_group_ref, "security_group_id"),
        "gateway_endpoint": fields(stack, lambda: endpoint.vpc_endpoint_ref, "vpc_endpoint_id"),
        "imported_gateway_endpoint": fields(stack, lambda: imported_endpoint.vpc_endpoint_ref, "vpc_endpoint_id"),
    }


def elasticloadbalancingv2(stack):
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
    alb = elbv2.ApplicationLoadBalancer(stack, "Alb", vpc=vpc)
    listener = alb.add_listener("Listener", port=80)
    target_group = listener.add_targets("Targets", port=80)
    nlb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc)
    nlb_listener = nlb.add_listener("Listener", port=80)
    nlb_group = nlb_listener.add_targets("Targets", port=80)
    imported_alb = elbv2.ApplicationLoadBalancer.from_application_load_balancer_attributes(
        stack,
        "ImportedAlb",
        load_balancer_arn=f"arn:aws:elasticloadbalancing:us-east-1:{ACCOUNT}:loadbalancer/app/a/1",
        security_group_id="sg-1234",
    )
    imported_listener = elbv2.ApplicationListener.from_application_listener_attributes(
        stack,
        "ImportedListener",
        listener_arn=f"arn:aws:elasticloadbalancing:us-east-1:{ACCOUNT}:listener/app/a/1/2",
        security_group=ec2.SecurityGroup.from_security_group_id(stack, "ListenerGroup", "sg-5678"),
    )
    imported_nlb = elbv2.NetworkLoadBalancer.from_network_load_balancer_attributes(
        stack,
        "ImportedNlb",
        load_balancer_arn=f"arn:aws:elasticloadbalancing:us-east-1:{ACCOUNT}:loadbalancer/net/n/1",
    )
    imported_nlb_listener = elbv2.NetworkListener.from_network_listener_arn(
        stack, "ImportedNlbListener", f"arn:aws:elasticloadbalancing:us-east-1:{ACCOUNT}:listener/net/n/1/2"
    )
    imported_group = elbv2.ApplicationTargetGroup.from_target_group_attributes(
        stack,
        "ImportedGroup",
        target_group_arn=f"arn:aws:elasticloadbalancing:us-east-1:{ACCOUNT}:targetgroup/t/1",
    )
    imported_nlb_group = elbv2.NetworkTargetGroup.from_target_group_attributes(
        stack,
        "ImportedNlbGroup",
        target_group_arn=f"arn:aws:elasticloadbalancing:us-east-1:{ACCOUNT}:targetgroup/n/1",
    )
    return {
        "alb": fields(stack, lambda: alb.load_balancer_ref, "load_balancer_arn"),
        "imported_alb": fields(stack, lambda: imported_alb.load_balancer_ref, "load_balancer_arn"),
        "nlb": fields(stack, lambda: nlb.load_balancer_ref, "load_balancer_arn"),
        "imported_nlb": fields(stack, lambda: imported_nlb.load_balancer_ref, "load_balancer_arn"),
        "alb_listener": fields(stack, lambda: listener.listener_ref, "listener_arn"),
        "imported_alb_listener": fields(stack, lambda: imported_listener.listener_ref, "listener_arn"),
        "nlb_listener": fields(stack, lambda: nlb_listener.listener_ref, "listener_arn"),
        "imported_nlb_listener": fields(stack, lambda: imported_nlb_listener.listener_ref, "listener_arn"),
        "alb_target_group": fields(stack, lambda: target_group.target_group_ref, "target_group_arn"),
        "imported_alb_target_group": fields(stack, lambda: imported_group.target_group_ref, "target_group_arn"),
        "nlb_target_group": fields(stack, lambda: nlb_group.target_group_ref, "target_group_arn"),
        "imported_nlb_target_group": fields(stack, lambda: imported_nlb_group.target_group_ref, "target_group_arn"),
    }


def events_(stack):
    rule = events.Rule(stack, "Rule", schedule=events.Schedule.rate(cdk.Duration.minutes(5)))
    imported = events.Rule.from_event_rule_arn(stack, "ImportedRule", f"arn:aws:events:us-east-1:{ACCOUNT}:rule/other")
    return {
        "defined": fields(stack, lambda: rule.rule_ref, "rule_arn"),
        "imported": fields(stack, lambda: imported.rule_ref, "rule_arn"),
    }


def iam_(stack):
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    imported_role = iam.Role.from_role_arn(stack, "ImportedRole", f"arn:aws:iam::{ACCOUNT}:role/path/other")
    imported_role_name = iam.Role.from_role_name(stack, "ImportedRoleName", "named")
    user = iam.User(stack, "User")
    imported_user = iam.User.from_user_name(stack, "ImportedUser", "bob")
    group = iam.Group(stack, "Group")
    imported_group = iam.Group.from_group_arn(stack, "ImportedGroup", f"arn:aws:iam::{ACCOUNT}:group/devs")
    policy = iam.Policy(
        stack, "Policy", statements=[iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"])], roles=[role]
    )
    imported_policy = iam.Policy.from_policy_name(stack, "ImportedPolicy", "other-policy")
    managed = iam.ManagedPolicy(
        stack, "Managed", statements=[iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"])]
    )
    imported_managed = iam.ManagedPolicy.from_managed_policy_name(stack, "ImportedManaged", "other-managed")
    aws_managed = iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess")
    return {
        "role": fields(stack, lambda: role.role_ref, "role_arn", "role_name"),
        "imported_role": fields(stack, lambda: imported_role.role_ref, "role_arn", "role_name"),
        "imported_role_name": fields(stack, lambda: imported_role_name.role_ref, "role_arn", "role_name"),
        "user": fields(stack, lambda: user.user_ref, "user_arn", "user_name"),
        "imported_user": fields(stack, lambda: imported_user.user_ref, "user_arn", "user_name"),
        "group": fields(stack, lambda: group.group_ref, "group_arn", "group_name"),
        "imported_group": fields(stack, lambda: imported_group.group_ref, "group_arn", "group_name"),
        "policy": fields(stack, lambda: policy.policy_ref, "policy_id"),
        "imported_policy": fields(stack, lambda: imported_policy.policy_ref, "policy_id"),
        "managed_policy": fields(stack, lambda: managed.managed_policy_ref, "policy_arn"),
        "imported_managed_policy": fields(stack, lambda: imported_managed.managed_policy_ref, "policy_arn"),
        "aws_managed_policy": fields(stack, lambda: aws_managed.managed_policy_ref, "policy_arn"),
    }


def kms_(stack):
    key = kms.Key(stack, "Key")
    alias = key.add_alias("alias/books")
    imported_key = kms.Key.from_key_arn(stack, "ImportedKey", f"arn:aws:kms:us-east-1:{ACCOUNT}:key/abcd")
    imported_alias = kms.Alias.from_alias_name(stack, "ImportedAlias", "alias/other")
    return {
        "key": fields(stack, lambda: key.key_ref, "key_arn", "key_id"),
        "imported_key": fields(stack, lambda: imported_key.key_ref, "key_arn", "key_id"),
        "alias": fields(stack, lambda: alias.alias_ref, "alias_name"),
        "alias_key": fields(stack, lambda: alias.key_ref, "key_arn", "key_id"),
        "imported_alias": fields(stack, lambda: imported_alias.alias_ref, "alias_name"),
        "imported_alias_key": fields(stack, lambda: imported_alias.key_ref, "key_arn", "key_id"),
    }


def lambda__(stack):
    function = lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context): pass"),
    )
    imported = lambda_.Function.from_function_arn(
        stack, "ImportedFn", f"arn:aws:lambda:us-east-1:{ACCOUNT}:function:other"
    )
    version = function.current_version
    imported_version = lambda_.Version.from_version_arn(
        stack, "ImportedVersion", f"arn:aws:lambda:us-east-1:{ACCOUNT}:function:other:3"
    )
    alias = lambda_.Alias(stack, "Alias", alias_name="live", version=version)
    imported_alias = lambda_.Alias.from_alias_attributes(stack, "ImportedAlias", alias_name="prod", alias_version=imported_version)
    url = function.add_function_url()
    layer = lambda_.LayerVersion.from_layer_version_arn(
        stack, "ImportedLayer", f"arn:aws:lambda:us-east-1:{ACCOUNT}:layer:shared:1"
    )
    return {
        "function": fields(stack, lambda: function.function_ref, "function_arn", "function_name"),
        "imported_function": fields(stack, lambda: imported.function_ref, "function_arn", "function_name"),
        "version": fields(stack, lambda: version.version_ref, "function_arn"),
        "version_function": fields(stack, lambda: version.function_ref, "function_arn", "function_name"),
        "imported_version": fields(stack, lambda: imported_version.version_ref, "function_arn"),
        "imported_version_function": fields(
            stack, lambda: imported_version.function_ref, "function_arn", "function_name"
        ),
        "alias": fields(stack, lambda: alias.alias_ref, "alias_arn"),
        "alias_function": fields(stack, lambda: alias.function_ref, "function_arn", "function_name"),
        "imported_alias": fields(stack, lambda: imported_alias.alias_ref, "alias_arn"),
        "imported_alias_function": fields(
            stack, lambda: imported_alias.function_ref, "function_arn", "function_name"
        ),
        "url": fields(stack, lambda: url.url_ref, "function_arn"),
        "imported_layer": fields(stack, lambda: layer.layer_version_ref, "layer_version_arn"),
    }


def logs_(stack):
    group = logs.LogGroup(stack, "Group")
    stream = logs.LogStream(stack, "Stream", log_group=group)
    imported_stream = logs.LogStream.from_log_stream_name(stack, "ImportedStream", "other-stream")
    imported_group = logs.LogGroup.from_log_group_name(stack, "ImportedGroup", "other-group")
    return {
        "stream": fields(stack, lambda: stream.log_stream_ref, "log_group_name", "log_stream_name"),
        "imported_stream": fields(stack, lambda: imported_stream.log_stream_ref, "log_group_name", "log_stream_name"),
        "imported_group": fields(stack, lambda: imported_group.log_group_ref, "log_group_arn", "log_group_name"),
    }


def route53_(stack):
    zone = route53.PublicHostedZone(stack, "Zone", zone_name="example.com")
    private_zone = route53.PrivateHostedZone(
        stack, "PrivateZone", zone_name="internal.example.com", vpc=ec2.Vpc(stack, "Vpc", max_azs=1, nat_gateways=0)
    )
    imported_zone = route53.HostedZone.from_hosted_zone_attributes(
        stack, "ImportedZone", hosted_zone_id="Z1234", zone_name="other.com"
    )
    imported_zone_id = route53.HostedZone.from_hosted_zone_id(stack, "ImportedZoneId", "Z5678")
    imported_public = route53.PublicHostedZone.from_public_hosted_zone_id(stack, "ImportedPublic", "Z9999")
    imported_public_attributes = route53.PublicHostedZone.from_public_hosted_zone_attributes(
        stack, "ImportedPublicAttributes", hosted_zone_id="Z7777", zone_name="public.com"
    )
    imported_private_attributes = route53.PrivateHostedZone.from_private_hosted_zone_attributes(
        stack, "ImportedPrivateAttributes", hosted_zone_id="Z8888", zone_name="private.com"
    )
    record = route53.ARecord(
        stack, "Record", zone=zone, record_name="www", target=route53.RecordTarget.from_ip_addresses("1.2.3.4")
    )
    cname = route53.CnameRecord(stack, "Cname", zone=zone, record_name="alias", domain_name="example.org")
    txt = route53.TxtRecord(stack, "Txt", zone=zone, values=["hello"])
    check = route53.HealthCheck(stack, "Check", type=route53.HealthCheckType.HTTP, fqdn="example.com")
    imported_check = route53.HealthCheck.from_health_check_id(stack, "ImportedCheck", "hc-1234")
    key = kms.Key(stack, "SigningKey", key_spec=kms.KeySpec.ECC_NIST_P256, key_usage=kms.KeyUsage.SIGN_VERIFY)
    signing = route53.KeySigningKey(stack, "Ksk", hosted_zone=zone, kms_key=key)
    imported_signing = route53.KeySigningKey.from_key_signing_key_attributes(
        stack, "ImportedKsk", hosted_zone=imported_zone, key_signing_key_name="ksk1"
    )
    return {
        "zone": fields(stack, lambda: zone.hosted_zone_ref, "hosted_zone_id"),
        "private_zone": fields(stack, lambda: private_zone.hosted_zone_ref, "hosted_zone_id"),
        "imported_zone": fields(stack, lambda: imported_zone.hosted_zone_ref, "hosted_zone_id"),
        "imported_zone_id": fields(stack, lambda: imported_zone_id.hosted_zone_ref, "hosted_zone_id"),
        "imported_public_zone": fields(stack, lambda: imported_public.hosted_zone_ref, "hosted_zone_id"),
        "imported_public_zone_attributes": fields(
            stack, lambda: imported_public_attributes.hosted_zone_ref, "hosted_zone_id"
        ),
        "imported_private_zone_attributes": fields(
            stack, lambda: imported_private_attributes.hosted_zone_ref, "hosted_zone_id"
        ),
        "a_record": fields(stack, lambda: record.record_set_ref, "record_set_name", "type"),
        "cname_record": fields(stack, lambda: cname.record_set_ref, "record_set_name", "type"),
        "txt_record": fields(stack, lambda: txt.record_set_ref, "record_set_name", "type"),
        "health_check": fields(stack, lambda: check.health_check_ref, "health_check_id"),
        "imported_health_check": fields(stack, lambda: imported_check.health_check_ref, "health_check_id"),
        "key_signing_key": fields(stack, lambda: signing.key_signing_key_ref, "hosted_zone_id", "key_signing_key_name"),
        "imported_key_signing_key": fields(
            stack, lambda: imported_signing.key_signing_key_ref, "hosted_zone_id", "key_signing_key_name"
        ),
    }


def s3_(stack):
    bucket = s3.Bucket(stack, "Bucket")
    imported = s3.Bucket.from_bucket_name(stack, "ImportedBucket", "other-bucket")
    imported_arn = s3.Bucket.from_bucket_arn(stack, "ImportedArnBucket", "arn:aws:s3:::arn-bucket")
    return {
        "defined": fields(stack, lambda: bucket.bucket_ref, "bucket_arn", "bucket_name"),
        "imported": fields(stack, lambda: imported.bucket_ref, "bucket_arn", "bucket_name"),
        "imported_arn": fields(stack, lambda: imported_arn.bucket_ref, "bucket_arn", "bucket_name"),
    }


def servicediscovery_(stack):
    http_ns = servicediscovery.HttpNamespace(stack, "Http", name="http.local")
    vpc = ec2.Vpc(stack, "Vpc", max_azs=1, nat_gateways=0)
    private_ns = servicediscovery.PrivateDnsNamespace(stack, "Private", name="private.local", vpc=vpc)
    public_ns = servicediscovery.PublicDnsNamespace(stack, "Public", name="public.example.com")
    service = private_ns.create_service("Service")
    attrs = dict(namespace_name="n.local", namespace_id="ns-1234", namespace_arn=f"arn:aws:servicediscovery:us-east-1:{ACCOUNT}:namespace/ns-1234")
    imported_http = servicediscovery.HttpNamespace.from_http_namespace_attributes(stack, "ImportedHttp", **attrs)
    imported_private = servicediscovery.PrivateDnsNamespace.from_private_dns_namespace_attributes(
        stack, "ImportedPrivate", **attrs
    )
    imported_public = servicediscovery.PublicDnsNamespace.from_public_dns_namespace_attributes(
        stack, "ImportedPublic", **attrs
    )
    imported_service = servicediscovery.Service.from_service_attributes(
        stack,
        "ImportedService",
        namespace=imported_private,
        service_name="svc",
        service_id="srv-1234",
        service_arn=f"arn:aws:servicediscovery:us-east-1:{ACCOUNT}:service/srv-1234",
        dns_record_type=servicediscovery.DnsRecordType.A,
        routing_policy=servicediscovery.RoutingPolicy.MULTIVALUE,
    )
    return {
        "http_namespace": fields(stack, lambda: http_ns.http_namespace_ref, "http_namespace_arn", "http_namespace_id"),
        "imported_http_namespace": fields(
            stack, lambda: imported_http.http_namespace_ref, "http_namespace_arn", "http_namespace_id"
        ),
        "private_dns_namespace": fields(
            stack, lambda: private_ns.private_dns_namespace_ref, "private_dns_namespace_arn", "private_dns_namespace_id"
        ),
        "imported_private_dns_namespace": fields(
            stack,
            lambda: imported_private.private_dns_namespace_ref,
            "private_dns_namespace_arn",
            "private_dns_namespace_id",
        ),
        "public_dns_namespace": fields(
            stack, lambda: public_ns.public_dns_namespace_ref, "public_dns_namespace_arn", "public_dns_namespace_id"
        ),
        "imported_public_dns_namespace": fields(
            stack,
            lambda: imported_public.public_dns_namespace_ref,
            "public_dns_namespace_arn",
            "public_dns_namespace_id",
        ),
        "service": fields(stack, lambda: service.service_ref, "service_arn", "service_id"),
        "imported_service": fields(stack, lambda: imported_service.service_ref, "service_arn", "service_id"),
    }


def sqs_(stack):
    queue = sqs.Queue(stack, "Queue")
    imported = sqs.Queue.from_queue_arn(stack, "ImportedQueue", f"arn:aws:sqs:us-east-1:{ACCOUNT}:other")
    return {
        "defined": fields(stack, lambda: queue.queue_ref, "queue_arn", "queue_url"),
        "imported": fields(stack, lambda: imported.queue_ref, "queue_arn", "queue_url"),
    }


def stepfunctions_(stack):
    activity = sfn.Activity(stack, "Activity")
    imported_activity = sfn.Activity.from_activity_name(stack, "ImportedActivity", "other")
    machine = sfn.StateMachine(stack, "Machine", definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "Pass")))
    imported_machine = sfn.StateMachine.from_state_machine_name(stack, "ImportedMachine", "other-machine")
    return {
        "activity": fields(stack, lambda: activity.activity_ref, "activity_arn"),
        "imported_activity": fields(stack, lambda: imported_activity.activity_ref, "activity_arn"),
        "state_machine": fields(stack, lambda: machine.state_machine_ref, "state_machine_arn"),
        "imported_state_machine": fields(stack, lambda: imported_machine.state_machine_ref, "state_machine_arn"),
    }


SERVICES = {
    "aws_certificatemanager": certificatemanager,
    "aws_cloudwatch": cloudwatch_,
    "aws_cognito": cognito_,
    "aws_dynamodb": dynamodb_,
    "aws_ec2": ec2_,
    "aws_elasticloadbalancingv2": elasticloadbalancingv2,
    "aws_events": events_,
    "aws_iam": iam_,
    "aws_kms": kms_,
    "aws_lambda": lambda__,
    "aws_logs": logs_,
    "aws_route53": route53_,
    "aws_s3": s3_,
    "aws_servicediscovery": servicediscovery_,
    "aws_sqs": sqs_,
    "aws_stepfunctions": stepfunctions_,
}


def references_of(service):
    """The resolved `*_ref` fields of `service`'s cases, each built in a fresh stack."""
    return SERVICES[service](cdk.Stack(cdk.App(), "Refs"))


if __name__ == "__main__":
    json.dump({service: references_of(service) for service in SERVICES}, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
