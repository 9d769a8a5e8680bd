"""Nested L1 property types aws-cdk-lib keeps from the retired resource specification or types as maps: API Gateway v2 parameter constraints and response parameter lists, AppConfig monitors, Cognito role mappings, EC2 NoDevice and launch template accelerators, S3 log key formats and Storage Lens encryption, types no property takes, properties of the retired specification (`CfnBasePathMapping.id`, `CfnStage.access_policy_id`) and the tag manager of `CfnDomainNameV2`. Structs given to properties aws-cdk-lib types as Any, and snake_case dicts inside a map, differ (differences.json)."""

import aws_cdk as cdk
from aws_cdk import (
    aws_apigateway as apigw,
    aws_apigatewayv2 as apigwv2,
    aws_appconfig as appconfig,
    aws_cloudwatch as cloudwatch,
    aws_cognito as cognito,
    aws_ec2 as ec2,
    aws_events as events,
    aws_s3 as s3,
)

app = cdk.App()
stack = cdk.Stack(app, "L1NestedTypes")

api = apigwv2.CfnApi(
    stack, "Api", name="ws", protocol_type="WEBSOCKET", route_selection_expression="$request.body.action"
)
integration = apigwv2.CfnIntegration(
    stack,
    "Integration",
    api_id=api.ref,
    integration_type="HTTP_PROXY",
    integration_method="GET",
    integration_uri="https://example.com",
    response_parameters={
        "200": apigwv2.CfnIntegration.ResponseParameterListProperty(
            response_parameters=[
                apigwv2.CfnIntegration.ResponseParameterProperty(
                    destination="append:header.x-a", source="'a'"
                )
            ]
        ),
        "404": apigwv2.CfnIntegration.ResponseParameterMapProperty(
            response_parameters=[
                apigwv2.CfnIntegration.ResponseParameterProperty(
                    destination="overwrite:statuscode", source="410"
                )
            ]
        ),
    },
)
route = apigwv2.CfnRoute(
    stack,
    "Route",
    api_id=api.ref,
    route_key="sendmessage",
    target=f"integrations/{integration.ref}",
    request_parameters={
        "route.request.querystring.id": apigwv2.CfnRoute.ParameterConstraintsProperty(required=True),
        "route.request.header.x-b": {"Required": False},
    },
)
apigwv2.CfnRouteResponse(
    stack,
    "RouteResponse",
    api_id=api.ref,
    route_id=route.ref,
    route_response_key="$default",
    response_parameters={
        "route.response.header.x-c": apigwv2.CfnRouteResponse.ParameterConstraintsProperty(required=False),
        "route.response.header.x-d": {"required": True},
    },
)

appconfig.CfnEnvironment(
    stack,
    "Environment",
    application_id="app1234",
    name="prod",
    monitors=[
        appconfig.CfnEnvironment.MonitorsProperty(
            alarm_arn="arn:aws:cloudwatch:us-east-1:111111111111:alarm:a",
            alarm_role_arn="arn:aws:iam::111111111111:role/r",
        ),
        appconfig.CfnEnvironment.MonitorsProperty(
            alarm_arn="arn:aws:cloudwatch:us-east-1:111111111111:alarm:b"
        ),
    ],
)

cloudwatch.CfnAnomalyDetector(
    stack,
    "AnomalyDetector",
    metric_name="Errors",
    namespace="AWS/Lambda",
    stat="Sum",
    configuration=cloudwatch.CfnAnomalyDetector.ConfigurationProperty(metric_time_zone="UTC"),
    metric_characteristics=cloudwatch.CfnAnomalyDetector.MetricCharacteristicsProperty(periodic_spikes=True),
)

cognito.CfnIdentityPoolRoleAttachment(
    stack,
    "RoleAttachment",
    identity_pool_id="us-east-1:1234",
    roles={"authenticated": "arn:aws:iam::111111111111:role/auth"},
    role_mappings={
        "userpool": cognito.CfnIdentityPoolRoleAttachment.RoleMappingProperty(
            type="Rules",
            ambiguous_role_resolution="AuthenticatedRole",
            identity_provider="cognito-idp.us-east-1.amazonaws.com/us-east-1_abc:client",
            rules_configuration=cognito.CfnIdentityPoolRoleAttachment.RulesConfigurationTypeProperty(
                rules=[
                    cognito.CfnIdentityPoolRoleAttachment.MappingRuleProperty(
                        claim="custom:group",
                        match_type="Equals",
                        role_arn="arn:aws:iam::111111111111:role/admin",
                        value="admin",
                    )
                ]
            ),
        ),
        "token": {"type": "Token", "ambiguous_role_resolution": "Deny"},
    },
)

ec2.CfnInstance(
    stack,
    "Instance",
    image_id="ami-12345678",
    instance_type="t3.micro",
    block_device_mappings=[
        ec2.CfnInstance.BlockDeviceMappingProperty(
            device_name="/dev/sdb", no_device=ec2.CfnInstance.NoDeviceProperty()
        ),
        ec2.CfnInstance.BlockDeviceMappingProperty(device_name="/dev/sdc", virtual_name="ephemeral0"),
    ],
)

ec2.CfnLaunchTemplate(
    stack,
    "LaunchTemplate",
    launch_template_data=ec2.CfnLaunchTemplate.LaunchTemplateDataProperty(
        instance_type="g4dn.xlarge",
        elastic_gpu_specifications=[ec2.CfnLaunchTemplate.ElasticGpuSpecificationProperty(type="eg1.medium")],
        elastic_inference_accelerators=[
            ec2.CfnLaunchTemplate.LaunchTemplateElasticInferenceAcceleratorProperty(
                count=1, type="eia1.medium"
            )
        ],
    ),
)

events.CfnRule(
    stack,
    "Rule",
    schedule_expression="rate(1 hour)",
    tags=[cdk.CfnTag(key="team", value="a")],
)

s3.CfnBucket(
    stack,
    "Bucket",
    logging_configuration=s3.CfnBucket.LoggingConfigurationProperty(
        destination_bucket_name="logs-bucket",
        log_file_prefix="p/",
        target_object_key_format=s3.CfnBucket.TargetObjectKeyFormatProperty(
            partitioned_prefix=s3.CfnBucket.PartitionedPrefixProperty(partition_date_source="EventTime")
        ),
    ),
)
s3.CfnBucket(
    stack,
    "SimpleBucket",
    logging_configuration=s3.CfnBucket.LoggingConfigurationProperty(
        destination_bucket_name="logs-bucket",
        target_object_key_format=s3.CfnBucket.TargetObjectKeyFormatProperty(simple_prefix={}),
    ),
)

s3.CfnStorageLens(
    stack,
    "StorageLens",
    storage_lens_configuration=s3.CfnStorageLens.StorageLensConfigurationProperty(
        id="lens",
        is_enabled=True,
        account_level=s3.CfnStorageLens.AccountLevelProperty(
            bucket_level=s3.CfnStorageLens.BucketLevelProperty()
        ),
        data_export=s3.CfnStorageLens.DataExportProperty(
            s3_bucket_destination=s3.CfnStorageLens.S3BucketDestinationProperty(
                account_id="111111111111",
                arn="arn:aws:s3:::dest",
                format="CSV",
                output_schema_version="V_1",
                encryption=s3.CfnStorageLens.EncryptionProperty(
                    ssekms=s3.CfnStorageLens.SSEKMSProperty(key_id="arn:aws:kms:us-east-1:111111111111:key/k")
                ),
            )
        ),
    ),
)
s3.CfnStorageLens(
    stack,
    "StorageLensS3",
    storage_lens_configuration=s3.CfnStorageLens.StorageLensConfigurationProperty(
        id="lens2",
        is_enabled=True,
        account_level=s3.CfnStorageLens.AccountLevelProperty(
            bucket_level=s3.CfnStorageLens.BucketLevelProperty()
        ),
        data_export=s3.CfnStorageLens.DataExportProperty(
            s3_bucket_destination=s3.CfnStorageLens.S3BucketDestinationProperty(
                account_id="111111111111",
                arn="arn:aws:s3:::dest",
                format="Parquet",
                output_schema_version="V_1",
                encryption=s3.CfnStorageLens.EncryptionProperty(sses3={}),
            )
        ),
    ),
)

# Properties aws-cdk-lib keeps from the retired specification, and a tag manager of an ITaggableV2 type.
apigw.CfnBasePathMapping(
    stack, "BasePathMapping", domain_name="api.example.com", id="mapping", rest_api_id="abc123"
)
stage = apigwv2.CfnStage(
    stack,
    "Stage",
    api_id=api.ref,
    stage_name="prod",
    access_policy_id="policy",
    default_route_settings=apigwv2.CfnStage.RouteSettingsProperty(
        data_trace_enabled=True, logging_level="INFO"
    ),
)
domain = apigw.CfnDomainNameV2(stack, "DomainV2", domain_name="private.example.com")
domain.cdk_tag_manager.set_tag("team", "a")

# Types aws-cdk-lib keeps although no property takes them.
apigwv2.CfnRoute.ParameterConstraintsProperty(required=True)
cloudwatch.CfnAnomalyDetector.MetricConfigurationProperty(
    metric_time_zone="UTC",
    excluded_time_ranges=[
        cloudwatch.CfnAnomalyDetector.RangeProperty(
            start_time="2024-01-01T00:00:00", end_time="2024-01-02T00:00:00"
        )
    ],
)
events.CfnRule.TagProperty(key="team", value="a")

app.synth()
