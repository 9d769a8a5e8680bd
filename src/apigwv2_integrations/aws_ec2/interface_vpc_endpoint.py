"""Interface VPC endpoints: network interfaces in the VPC's subnets that reach an AWS or a custom service."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..cfn.aws_ec2 import CfnVPCEndpoint, VPCEndpointReference
from ..core.construct import Construct
from ..core.context_provider import ContextProvider
from ..core.converters import optional_tuple
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, as_dict, field, lazy_frozen
from ..core.struct_callbacks import call_with_struct
from ..core.tokens.lazy import Lazy
from ..core.tokens.resolvable import IResolveContext
from ..core.tokens.token import Token
from ._vpc_types import IVpc, SubnetSelection, to_subnet_selection
from .connections import Connections, IConnectable
from .peer import Peer
from .port import Port
from .security_group import ISecurityGroup, SecurityGroup
from .vpc_endpoint import (
    DNS_RECORD_IP_TYPE,
    IP_ADDRESS_TYPE,
    IVpcEndpoint,
    VpcEndpoint,
    VpcEndpointDnsRecordIpType,
    VpcEndpointIpAddressType,
)

if TYPE_CHECKING:
    from typing import Any, ClassVar

_DEFAULT_PREFIX = "com.amazonaws"
_DEFAULT_PORT = 443
_ENDPOINT_SERVICE_AZ_PROVIDER = "endpoint-service-availability-zones"
# aws-cdk-lib's stand-in for the looked-up AZs until the CLI has filled the context in.
_DUMMY_AZS = ["dummy1a", "dummy1b", "dummy1c"]

# In these regions, the endpoint services named here start with the region's reversed domain instead of
# `com.amazonaws`, as aws-cdk-lib 2.275.0 names them: region -> (prefix, short names).
_REGIONAL_PREFIXES: dict[str, tuple[str, frozenset[str]]] = {
    "cn-north-1": (
        "cn.com.amazonaws",
        frozenset(
            {
                "application-autoscaling",
                "appmesh-envoy-management",
                "athena",
                "autoscaling",
                "awsconnector",
                "backup",
                "batch",
                "cassandra",
                "cloudcontrolapi",
                "cloudformation",
                "codedeploy-commands-secure",
                "databrew",
                "dms",
                "ebs",
                "ec2",
                "ecr.api",
                "ecr.dkr",
                "eks",
                "elasticache",
                "elasticbeanstalk",
                "elasticfilesystem",
                "elasticfilesystem-fips",
                "emr-containers",
                "execute-api",
                "fsx",
                "imagebuilder",
                "iot.data",
                "iotsitewise.api",
                "iotsitewise.data",
                "kinesis-streams",
                "lambda",
                "license-manager",
                "monitoring",
                "rds",
                "redshift",
                "redshift-data",
                "s3",
                "sagemaker.api",
                "sagemaker.featurestore-runtime",
                "sagemaker.runtime",
                "securityhub",
                "servicecatalog",
                "sms",
                "sqs",
                "states",
                "sts",
                "sync-states",
                "synthetics",
                "transcribe",
                "transcribestreaming",
                "transfer",
                "xray",
            }
        ),
    ),
    "cn-northwest-1": (
        "cn.com.amazonaws",
        frozenset(
            {
                "account",
                "application-autoscaling",
                "appmesh-envoy-management",
                "athena",
                "autoscaling",
                "awsconnector",
                "backup",
                "batch",
                "cassandra",
                "cloudcontrolapi",
                "cloudformation",
                "codedeploy-commands-secure",
                "databrew",
                "dms",
                "ebs",
                "ec2",
                "ecr.api",
                "ecr.dkr",
                "eks",
                "elasticache",
                "elasticbeanstalk",
                "elasticfilesystem",
                "elasticfilesystem-fips",
                "emr-containers",
                "execute-api",
                "fsx",
                "imagebuilder",
                "iot.data",
                "kinesis-streams",
                "lambda",
                "license-manager",
                "monitoring",
                "polly",
                "rds",
                "redshift",
                "redshift-data",
                "s3",
                "sagemaker.api",
                "sagemaker.featurestore-runtime",
                "sagemaker.runtime",
                "securityhub",
                "servicecatalog",
                "sms",
                "sqs",
                "states",
                "sts",
                "sync-states",
                "synthetics",
                "transcribe",
                "transcribestreaming",
                "transfer",
                "workspaces",
                "xray",
            }
        ),
    ),
    "eu-isoe-west-1": ("uk.adc-e.cloud", frozenset({"ebs", "ecr.api", "ecr.dkr", "execute-api"})),
    "eusc-de-east-1": ("eu.amazonaws", frozenset({"ecr.api", "ecr.dkr", "execute-api", "securityhub"})),
    "us-iso-east-1": (
        "gov.ic.c2s",
        frozenset(
            {
                "application-autoscaling",
                "athena",
                "autoscaling",
                "comprehend",
                "ebs",
                "ec2",
                "ecr.api",
                "ecr.dkr",
                "elasticfilesystem",
                "elasticfilesystem-fips",
                "execute-api",
                "sagemaker.api",
                "sagemaker.runtime",
                "sns",
                "sqs",
                "textract",
                "textract-fips",
                "transcribe",
                "workspaces",
            }
        ),
    ),
    "us-iso-west-1": (
        "gov.ic.c2s",
        frozenset(
            {
                "autoscaling",
                "ebs",
                "ec2",
                "ecr.api",
                "ecr.dkr",
                "elasticfilesystem",
                "elasticfilesystem-fips",
                "execute-api",
                "monitoring",
                "sns",
                "sqs",
                "workspaces",
            }
        ),
    ),
    "us-isob-east-1": (
        "gov.sgov.sc2s",
        frozenset(
            {
                "application-autoscaling",
                "autoscaling",
                "ebs",
                "ec2",
                "ecr.api",
                "ecr.dkr",
                "elasticfilesystem",
                "elasticfilesystem-fips",
                "execute-api",
                "sagemaker.api",
                "sagemaker.runtime",
                "sns",
                "sqs",
                "workspaces",
            }
        ),
    ),
    "us-isob-west-1": (
        "gov.sgov.sc2s",
        frozenset({"ecr.api", "ecr.dkr", "elasticfilesystem-fips", "execute-api"}),
    ),
    "us-isof-east-1": ("gov.ic.hci.csp", frozenset({"ebs", "ecr.api", "ecr.dkr", "execute-api"})),
    "us-isof-south-1": ("gov.ic.hci.csp", frozenset({"ebs", "ecr.api", "ecr.dkr", "execute-api"})),
}

# Services whose endpoint names end in `.cn` in the China regions.
_CHINA_SUFFIXED = {"cn-north-1": frozenset({"transcribe"}), "cn-northwest-1": frozenset({"transcribe"})}


class VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint(SimpleEnum):
    """Who gets the endpoint's private DNS names (for services that also have a gateway endpoint, like S3)."""

    ALL_RESOLVERS = "ALL_RESOLVERS"
    """Every resolver in the VPC."""
    ONLY_INBOUND_RESOLVER = "ONLY_INBOUND_RESOLVER"
    """Only the Route 53 inbound resolver endpoint; the VPC's own resolver uses the gateway endpoint."""


_PRIVATE_DNS_ONLY_FOR_INBOUND_RESOLVER = {
    VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint.ALL_RESOLVERS: "AllResolvers",
    VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint.ONLY_INBOUND_RESOLVER: "OnlyInboundResolver",
}


# --- services ------------------------------------------------------------------------------------


@runtime_checkable
class IInterfaceVpcEndpointService(Protocol):
    """A service reachable through an interface endpoint."""

    @property
    def name(self) -> str:
        """The service name (`com.amazonaws.<region>.sqs`, `com.amazonaws.vpce.<region>.vpce-svc-...`)."""
        ...

    @property
    def port(self) -> int:
        """The port the service listens on."""
        ...

    @property
    def private_dns_default(self) -> bool | None:
        """Whether endpoints get private DNS names unless told otherwise. Default: true."""
        ...


class InterfaceVpcEndpointService:
    """A custom endpoint service (a PrivateLink service of another account, or of a marketplace vendor)."""

    def __init__(self, name: str, port: int | None = None) -> None:
        self.name = name
        self.port = _DEFAULT_PORT if port is None else port
        # A custom service's private DNS name must be verified first, so aws-cdk-lib leaves it off.
        self.private_dns_default: bool | None = False

    def __repr__(self) -> str:
        if self.port == _DEFAULT_PORT:
            return f"InterfaceVpcEndpointService({self.name!r})"
        return f"InterfaceVpcEndpointService({self.name!r}, {self.port!r})"


@lazy_frozen(kw_only=True)
class InterfaceVpcEndpointAwsServiceProps(metaclass=LazyAttrsMeta):
    """Options of an InterfaceVpcEndpointAwsService."""

    global_: bool | None = None
    """Whether the service is global: its name has no region. Default: false."""


class InterfaceVpcEndpointAwsService:
    """An AWS service with interface endpoints; its name follows the region of the stack that uses it."""

    ACCESS_ANALYZER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.access-analyzer`."""
    ACCOUNT_MANAGEMENT: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.account`."""
    AIRFLOW_API: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.airflow.api`."""
    AIRFLOW_API_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.airflow.api-fips`."""
    AIRFLOW_ENV: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.airflow.env`."""
    AIRFLOW_ENV_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.airflow.env-fips`."""
    AIRFLOW_OPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.airflow.ops`."""
    APIGATEWAY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.execute-api`."""
    APPCONFIG: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.appconfig`."""
    APPCONFIGDATA: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.appconfigdata`."""
    APPLICATION_AUTOSCALING: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.application-autoscaling`."""
    APPLICATION_DISCOVERY_ARSENAL: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.arsenal-discovery`."""
    APPLICATION_DISCOVERY_SERVICE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.discovery`."""
    APPLICATION_MIGRATION_SERVICE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.mgn`."""
    APPSTREAM_API: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.appstream.api`."""
    APPSTREAM_STREAMING: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.appstream.streaming`."""
    APP_MESH: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.appmesh-envoy-management`."""
    APP_MESH_ENVOY_MANAGEMENT: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.appmesh-envoy-management`."""
    APP_MESH_OPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.appmesh`."""
    APP_RUNNER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.apprunner`."""
    APP_RUNNER_REQUESTS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.apprunner.requests`."""
    APP_SYNC: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.appsync-api`."""
    ATHENA: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.athena`."""
    AUDIT_MANAGER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.auditmanager`."""
    AUTOSCALING: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.autoscaling`."""
    AUTOSCALING_PLANS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.autoscaling-plans`."""
    B2_B_DATA_INTERCHANGE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.b2bi`."""
    BACKUP: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.backup`."""
    BACKUP_GATEWAY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.backup-gateway`."""
    BATCH: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.batch`."""
    BEDROCK: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.bedrock`."""
    BEDROCK_AGENT: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.bedrock-agent`."""
    BEDROCK_AGENTCORE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.bedrock-agentcore`."""
    BEDROCK_AGENTCORE_GATEWAY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.bedrock-agentcore.gateway`."""
    BEDROCK_AGENT_RUNTIME: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.bedrock-agent-runtime`."""
    BEDROCK_DATA_AUTOMATION: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.bedrock-data-automation`."""
    BEDROCK_DATA_AUTOMATION_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.bedrock-data-automation-fips`."""
    BEDROCK_DATA_AUTOMATION_RUNTIME: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.bedrock-data-automation-runtime`."""
    BEDROCK_DATA_AUTOMATION_RUNTIME_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.bedrock-data-automation-runtime-fips`."""
    BEDROCK_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.bedrock-fips`."""
    BEDROCK_RUNTIME: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.bedrock-runtime`."""
    BEDROCK_RUNTIME_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.bedrock-runtime-fips`."""
    BILLING: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.billing`."""
    BILLING_AND_COST_MANAGEMENT_FREETIER: InterfaceVpcEndpointAwsService
    """`aws.api.<region>.freetier`."""
    BILLING_AND_COST_MANAGEMENT_TAX: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.tax`."""
    BILLING_CONDUCTOR: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.billingconductor`."""
    BRAKET: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.braket`."""
    CERTIFICATE_MANAGER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.acm`."""
    CERTIFICATE_MANAGER_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.acm-fips`."""
    CLEAN_ROOMS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.cleanrooms`."""
    CLEAN_ROOMS_ML: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.cleanrooms-ml`."""
    CLOUDFORMATION: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.cloudformation`."""
    CLOUDHSM: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.cloudhsmv2`."""
    CLOUDTRAIL: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.cloudtrail`."""
    CLOUDWATCH: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.monitoring`."""
    CLOUDWATCH_APPLICATION_INSIGHTS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.applicationinsights`."""
    CLOUDWATCH_APPLICATION_SIGNALS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.application-signals`."""
    CLOUDWATCH_EVENTS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.events`."""
    CLOUDWATCH_EVIDENTLY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.evidently`."""
    CLOUDWATCH_EVIDENTLY_DATAPLANE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.evidently-dataplane`."""
    CLOUDWATCH_LOGS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.logs`."""
    CLOUDWATCH_MONITORING: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.monitoring`."""
    CLOUDWATCH_NETWORK_MONITOR: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.networkmonitor`."""
    CLOUDWATCH_RUM: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.rum`."""
    CLOUDWATCH_RUM_DATAPLANE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.rum-dataplane`."""
    CLOUDWATCH_SYNTHETICS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.synthetics`."""
    CLOUDWATCH_SYNTHETICS_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.synthetics-fips`."""
    CLOUD_CONTROL_API: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.cloudcontrolapi`."""
    CLOUD_CONTROL_API_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.cloudcontrolapi-fips`."""
    CLOUD_DIRECTORY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.clouddirectory`."""
    CLOUD_MAP_DATA_SERVICE_DISCOVERY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.data-servicediscovery`."""
    CLOUD_MAP_DATA_SERVICE_DISCOVERY_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.data-servicediscovery-fips`."""
    CLOUD_MAP_SERVICE_DISCOVERY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.servicediscovery`."""
    CLOUD_MAP_SERVICE_DISCOVERY_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.servicediscovery-fips`."""
    CODEARTIFACT_API: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.codeartifact.api`."""
    CODEARTIFACT_REPOSITORIES: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.codeartifact.repositories`."""
    CODEBUILD: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.codebuild`."""
    CODEBUILD_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.codebuild-fips`."""
    CODECATALYST: InterfaceVpcEndpointAwsService
    """`aws.api.global.codecatalyst`."""
    CODECATALYST_GIT: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.codecatalyst.git`."""
    CODECATALYST_PACKAGES: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.codecatalyst.packages`."""
    CODECOMMIT: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.codecommit`."""
    CODECOMMIT_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.codecommit-fips`."""
    CODECOMMIT_GIT: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.git-codecommit`."""
    CODECOMMIT_GIT_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.git-codecommit-fips`."""
    CODEDEPLOY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.codedeploy`."""
    CODEDEPLOY_COMMANDS_SECURE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.codedeploy-commands-secure`."""
    CODEGURU_PROFILER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.codeguru-profiler`."""
    CODEGURU_REVIEWER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.codeguru-reviewer`."""
    CODEPIPELINE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.codepipeline`."""
    CODESTAR_CONNECTIONS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.codestar-connections.api`."""
    CODEWHISPERER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.codewhisperer`."""
    CODE_CONNECTIONS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.codeconnections.api`."""
    COGNITO_IDENTITY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.cognito-identity`."""
    COGNITO_IDENTITY_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.cognito-identity-fips`."""
    COGNITO_IDP: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.cognito-idp`."""
    COGNITO_IDP_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.cognito-idp-fips`."""
    COMPREHEND: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.comprehend`."""
    COMPREHEND_MEDICAL: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.comprehendmedical`."""
    COMPUTE_OPTIMIZER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.compute-optimizer`."""
    CONFIG: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.config`."""
    CONNECT_APP_INTEGRATIONS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.app-integrations`."""
    CONNECT_CASES: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.cases`."""
    CONNECT_CONNECT_CAMPAIGNS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.connect-campaigns`."""
    CONNECT_PROFILE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.profile`."""
    CONNECT_VOICEID: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.voiceid`."""
    CONNECT_WISDOM: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.wisdom`."""
    CONTROL_CATALOG: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.controlcatalog`."""
    COST_EXPLORER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.ce`."""
    COST_OPTIMIZATION_HUB: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.cost-optimization-hub`."""
    DATABASE_MIGRATION_SERVICE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.dms`."""
    DATABASE_MIGRATION_SERVICE_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.dms-fips`."""
    DATASYNC: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.datasync`."""
    DATAZONE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.datazone`."""
    DATA_EXCHANGE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.dataexchange`."""
    DATA_EXPORTS: InterfaceVpcEndpointAwsService
    """`aws.api.<region>.bcm-data-exports`."""
    DEADLINE_CLOUD_MANAGEMENT: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.deadline.management`."""
    DEADLINE_CLOUD_SCHEDULING: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.deadline.scheduling`."""
    DEVOPS_GURU: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.devops-guru`."""
    DIRECTORY_SERVICE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.ds`."""
    DIRECTORY_SERVICE_DATA: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.ds-data`."""
    DSQL_MANAGEMENT: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.dsql`."""
    DYNAMODB: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.dynamodb`."""
    DYNAMODB_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.dynamodb-fips`."""
    DYNAMODB_STREAMS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.dynamodb-streams`."""
    EBS_DIRECT: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.ebs`."""
    EC2: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.ec2`."""
    EC2_MESSAGES: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.ec2messages`."""
    ECR: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.ecr.api`."""
    ECR_DOCKER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.ecr.dkr`."""
    ECR_PUBLIC: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.ecr-public.api`."""
    ECS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.ecs`."""
    ECS_AGENT: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.ecs-agent`."""
    ECS_TELEMETRY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.ecs-telemetry`."""
    EKS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.eks`."""
    EKS_AUTH: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.eks-auth`."""
    EKS_PROXY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.eks-proxy`."""
    ELASTICACHE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.elasticache`."""
    ELASTICACHE_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.elasticache-fips`."""
    ELASTIC_BEANSTALK: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.elasticbeanstalk`."""
    ELASTIC_BEANSTALK_HEALTH: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.elasticbeanstalk-health`."""
    ELASTIC_DISASTER_RECOVERY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.drs`."""
    ELASTIC_FILESYSTEM: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.elasticfilesystem`."""
    ELASTIC_FILESYSTEM_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.elasticfilesystem-fips`."""
    ELASTIC_INFERENCE_RUNTIME: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.elastic-inference.runtime`."""
    ELASTIC_LOAD_BALANCING: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.elasticloadbalancing`."""
    ELEMENTAL_MEDIACONNECT: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.mediaconnect`."""
    EMAIL: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.email`."""
    EMAIL_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.email-fips`."""
    EMAIL_SMTP: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.email-smtp`."""
    EMR: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.elasticmapreduce`."""
    EMR_EKS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.emr-containers`."""
    EMR_SERVERLESS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.emr-serverless`."""
    EMR_SERVERLESS_DASHBOARD: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.emr-serverless.dashboard`."""
    EMR_SERVERLESS_LIVY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.emr-serverless-services.livy`."""
    EMR_WAL: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.emrwal.prod`."""
    END_USER_MESSAGING_SOCIAL: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.social-messaging`."""
    ENTITY_RESOLUTION: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.entityresolution`."""
    EVENTBRIDGE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.events`."""
    EVENTBRIDGE_SCHEMA_REGISTRY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.schemas`."""
    FAULT_INJECTION_SIMULATOR: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.fis`."""
    FINSPACE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.finspace`."""
    FINSPACE_API: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.finspace-api`."""
    FORECAST: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.forecast`."""
    FORECAST_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.forecast-fips`."""
    FORECAST_QUERY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.forecastquery`."""
    FORECAST_QUERY_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.forecastquery-fips`."""
    FRAUD_DETECTOR: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.frauddetector`."""
    FSX: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.fsx`."""
    FSX_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.fsx-fips`."""
    GLUE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.glue`."""
    GLUE_DASHBOARD: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.glue.dashboard`."""
    GLUE_DATABREW: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.databrew`."""
    GRAFANA: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.grafana`."""
    GRAFANA_WORKSPACE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.grafana-workspace`."""
    GROUNDSTATION: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.groundstation`."""
    GUARDDUTY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.guardduty`."""
    GUARDDUTY_DATA: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.guardduty-data`."""
    GUARDDUTY_DATA_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.guardduty-data-fips`."""
    GUARDDUTY_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.guardduty-fips`."""
    HEALTHLAKE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.healthlake`."""
    HEALTH_IMAGING: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.medical-imaging`."""
    HEALTH_IMAGING_DICOM: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.dicom-medical-imaging`."""
    HEALTH_IMAGING_RUNTIME: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.runtime-medical-imaging`."""
    IAM: InterfaceVpcEndpointAwsService
    """`com.amazonaws.iam`."""
    IAM_IDENTITY_CENTER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.identitystore`."""
    IAM_ROLES_ANYWHERE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.rolesanywhere`."""
    IMAGE_BUILDER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.imagebuilder`."""
    INSPECTOR: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.inspector2`."""
    INSPECTOR_SCAN: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.inspector-scan`."""
    INTERNET_MONITOR: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.internetmonitor`."""
    INTERNET_MONITOR_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.internetmonitor-fips`."""
    INVOICING: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.invoicing`."""
    IOT_CORE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.iot.data`."""
    IOT_CORE_CREDENTIALS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.iot.credentials`."""
    IOT_CORE_DEVICE_ADVISOR: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.deviceadvisor.iot`."""
    IOT_CORE_FLEETHUB_API: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.iot.fleethub.api`."""
    IOT_CORE_FOR_LORAWAN: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.iotwireless.api`."""
    IOT_FLEETWISE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.iotfleetwise`."""
    IOT_GREENGRASS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.greengrass`."""
    IOT_LORAWAN_CUPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.lorawan.cups`."""
    IOT_LORAWAN_LNS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.lorawan.lns`."""
    IOT_ROBORUNNER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.iotroborunner`."""
    IOT_SITEWISE_API: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.iotsitewise.api`."""
    IOT_SITEWISE_DATA: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.iotsitewise.data`."""
    IOT_TWINMAKER_API: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.iottwinmaker.api`."""
    IOT_TWINMAKER_DATA: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.iottwinmaker.data`."""
    KAFKA: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.kafka`."""
    KAFKA_CONNECT: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.kafkaconnect`."""
    KAFKA_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.kafka-fips`."""
    KENDRA: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.kendra`."""
    KENDRA_RANKING: InterfaceVpcEndpointAwsService
    """`aws.api.<region>.kendra-ranking`."""
    KEYSPACES: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.cassandra` on port 9142."""
    KEYSPACES_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.cassandra-fips` on port 9142."""
    KINESIS_FIREHOSE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.kinesis-firehose`."""
    KINESIS_STREAMS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.kinesis-streams`."""
    KINESIS_STREAMS_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.kinesis-streams-fips`."""
    KMS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.kms`."""
    KMS_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.kms-fips`."""
    LAKE_FORMATION: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.lakeformation`."""
    LAMBDA_: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.lambda`."""
    LAUNCH_WIZARD: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.launchwizard`."""
    LEX_MODELS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.models-v2-lex`."""
    LEX_RUNTIME: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.runtime-v2-lex`."""
    LICENSE_MANAGER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.license-manager`."""
    LICENSE_MANAGER_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.license-manager-fips`."""
    LICENSE_MANAGER_LINUX_SUBSCRIPTIONS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.license-manager-linux-subscriptions`."""
    LICENSE_MANAGER_LINUX_SUBSCRIPTIONS_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.license-manager-linux-subscriptions-fips`."""
    LICENSE_MANAGER_USER_SUBSCRIPTIONS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.license-manager-user-subscriptions`."""
    LOCATION_SERVICE_GEOFENCING: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.geo.geofencing`."""
    LOCATION_SERVICE_MAPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.geo.maps`."""
    LOCATION_SERVICE_METADATA: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.geo.metadata`."""
    LOCATION_SERVICE_PLACES: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.geo.places`."""
    LOCATION_SERVICE_ROUTE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.geo.routes`."""
    LOCATION_SERVICE_TRACKING: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.geo.tracking`."""
    LOOKOUT_EQUIPMENT: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.lookoutequipment`."""
    LOOKOUT_METRICS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.lookoutmetrics`."""
    LOOKOUT_VISION: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.lookoutvision`."""
    MACIE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.macie2`."""
    MAILMANAGER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.mail-manager`."""
    MAILMANAGER_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.mail-manager-fips`."""
    MAINFRAME_MODERNIZATION: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.m2`."""
    MAINFRAME_MODERNIZATION_APP_TEST: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.apptest`."""
    MANAGED_BLOCKCHAIN_BITCOIN_MAINNET: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.managedblockchain.bitcoin.mainnet`."""
    MANAGED_BLOCKCHAIN_BITCOIN_TESTNET: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.managedblockchain.bitcoin.testnet`."""
    MANAGED_BLOCKCHAIN_QUERY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.managedblockchain-query`."""
    MANAGEMENT_CONSOLE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.console`."""
    MANAGEMENT_CONSOLE_SIGNIN: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.signin`."""
    MEMORY_DB: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.memory-db`."""
    MEMORY_DB_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.memorydb-fips`."""
    MIGRATIONHUB_ORCHESTRATOR: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.migrationhub-orchestrator`."""
    MIGRATIONHUB_REFACTOR_SPACES: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.refactor-spaces`."""
    MIGRATIONHUB_STRATEGY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.migrationhub-strategy`."""
    MQ: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.mq`."""
    NEPTUNE_ANALYTICS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.neptune-graph`."""
    NEPTUNE_ANALYTICS_DATA: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.neptune-graph-data`."""
    NEPTUNE_ANALYTICS_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.neptune-graph-fips`."""
    NETWORK_FIREWALL: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.network-firewall`."""
    NETWORK_FIREWALL_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.network-firewall-fips`."""
    NETWORK_FLOW_MONITOR: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.networkflowmonitor`."""
    NETWORK_FLOW_MONITOR_REPORTS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.networkflowmonitorreports`."""
    NIMBLE_STUDIO: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.nimble`."""
    OBSERVABILITY_ADMIN: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.observabilityadmin`."""
    OMICS_ANALYTICS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.analytics-omics`."""
    OMICS_CONTROL_STORAGE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.control-storage-omics`."""
    OMICS_STORAGE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.storage-omics`."""
    OMICS_TAGS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.tags-omics`."""
    OMICS_WORKFLOWS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.workflows-omics`."""
    ORGANIZATIONS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.organizations`."""
    ORGANIZATIONS_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.organizations-fips`."""
    OUTPOSTS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.outposts`."""
    PANORAMA: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.panorama`."""
    PARALLEL_COMPUTING_SERVICE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.pcs`."""
    PARALLEL_COMPUTING_SERVICE_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.pcs-fips`."""
    PAYMENT_CRYPTOGRAPHY_CONTROLPLANE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.payment-cryptography.controlplane`."""
    PAYMENT_CRYPTOGRAPHY_DATAPLANE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.payment-cryptography.dataplane`."""
    PAYMENT_CRYTOGRAPHY_DATAPLANE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.payment-cryptography.dataplane`."""
    PERSONALIZE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.personalize`."""
    PERSONALIZE_EVENTS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.personalize-events`."""
    PERSONALIZE_RUNTIME: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.personalize-runtime`."""
    PINPOINT: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.pinpoint-sms-voice-v2`."""
    PINPOINT_SMS_VOICE_V2: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.pinpoint-sms-voice-v2`."""
    PINPOINT_V1: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.pinpoint`."""
    PIPES: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.pipes`."""
    PIPES_DATA: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.pipes-data`."""
    PIPES_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.pipes-fips`."""
    POLLY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.polly`."""
    PRICE_LIST: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.pricing.api`."""
    PRICING_CALCULATOR: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.bcm-pricing-calculator`."""
    PRIVATE_5_G: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.private-networks`."""
    PRIVATE_CERTIFICATE_AUTHORITY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.acm-pca`."""
    PRIVATE_CERTIFICATE_AUTHORITY_CONNECTOR_AD: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.pca-connector-ad`."""
    PRIVATE_CERTIFICATE_AUTHORITY_CONNECTOR_SCEP: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.pca-connector-scep`."""
    PRIVATE_CERTIFICATE_AUTHORITY_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.acm-pca-fips`."""
    PROMETHEUS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.aps`."""
    PROMETHEUS_WORKSPACES: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.aps-workspaces`."""
    PROTON: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.proton`."""
    QLDB: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.qldb.session`."""
    QUICKSIGHT_WEBSITE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.quicksight-website`."""
    Q_BUSSINESS: InterfaceVpcEndpointAwsService
    """`aws.api.<region>.qbusiness`."""
    Q_DEVELOPER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.q`."""
    Q_DEVELOPER_CODE_WHISPERER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.codewhisperer`."""
    Q_DEVELOPER_QAPPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.qapps`."""
    Q_USER_SUBSCRIPTIONS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.service.user-subscriptions`."""
    RDS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.rds`."""
    RDS_DATA: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.rds-data`."""
    RDS_PERFORMANCE_INSIGHTS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.pi`."""
    RDS_PERFORMANCE_INSIGHTS_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.pi-fips`."""
    RECYCLE_BIN: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.rbin`."""
    REDSHIFT: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.redshift`."""
    REDSHIFT_DATA: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.redshift-data`."""
    REDSHIFT_DATA_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.redshift-data-fips`."""
    REDSHIFT_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.redshift-fips`."""
    REDSHIFT_SERVERLESS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.redshift-serverless`."""
    REDSHIFT_SERVERLESS_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.redshift-serverless-fips`."""
    REKOGNITION: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.rekognition`."""
    REKOGNITION_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.rekognition-fips`."""
    REKOGNITION_STREAMING: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.streaming-rekognition`."""
    REKOGNITION_STREAMING_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.streaming-rekognition-fips`."""
    REPOST_SPACE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.repostspace`."""
    RESOURCE_ACCESS_MANAGER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.ram`."""
    RESOURCE_GROUPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.resource-groups`."""
    RESOURCE_GROUPS_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.resource-groups-fips`."""
    ROBOMAKER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.robomaker`."""
    S3: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.s3`."""
    S3_MULTI_REGION_ACCESS_POINTS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.s3-global.accesspoint`."""
    S3_OUTPOSTS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.s3-outposts`."""
    S3_TABLES: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.s3tables`."""
    S3_VECTORS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.s3vectors`."""
    SAGEMAKER_API: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.sagemaker.api`."""
    SAGEMAKER_API_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.sagemaker.api-fips`."""
    SAGEMAKER_DATA_SCIENCE_ASSISTANT: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.sagemaker-data-science-assistant`."""
    SAGEMAKER_EXPERIMENTS: InterfaceVpcEndpointAwsService
    """`aws.sagemaker.<region>.experiments`."""
    SAGEMAKER_FEATURESTORE_RUNTIME: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.sagemaker.featurestore-runtime`."""
    SAGEMAKER_GEOSPATIAL: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.sagemaker-geospatial`."""
    SAGEMAKER_METRICS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.sagemaker.metrics`."""
    SAGEMAKER_NOTEBOOK: InterfaceVpcEndpointAwsService
    """`aws.sagemaker.<region>.notebook`."""
    SAGEMAKER_PARTNER_APP: InterfaceVpcEndpointAwsService
    """`aws.sagemaker.<region>.partner-app`."""
    SAGEMAKER_RUNTIME: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.sagemaker.runtime`."""
    SAGEMAKER_RUNTIME_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.sagemaker.runtime-fips`."""
    SAGEMAKER_STUDIO: InterfaceVpcEndpointAwsService
    """`aws.sagemaker.<region>.studio`."""
    SAVINGS_PLANS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.savingsplans`."""
    SECRETS_MANAGER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.secretsmanager`."""
    SECURITYHUB: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.securityhub`."""
    SECURITYLAKE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.securitylake`."""
    SECURITYLAKE_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.securitylake-fips`."""
    SERVERLESS_APPLICATION_REPOSITORY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.serverlessrepo`."""
    SERVER_MIGRATION_SERVICE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.sms`."""
    SERVER_MIGRATION_SERVICE_AWSCONNECTOR: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.awsconnector`."""
    SERVER_MIGRATION_SERVICE_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.sms-fips`."""
    SERVICE_CATALOG: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.servicecatalog`."""
    SERVICE_CATALOG_APPREGISTRY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.servicecatalog-appregistry`."""
    SES: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.email-smtp`."""
    SHIELD: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.shield`."""
    SHIELD_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.shield-fips`."""
    SIMSPACE_WEAVER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.simspaceweaver`."""
    SNOW_DEVICE_MANAGEMENT: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.snow-device-management`."""
    SNS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.sns`."""
    SQS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.sqs`."""
    SQS_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.sqs-fips`."""
    SSM: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.ssm`."""
    SSM_CONTACTS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.ssm-contacts`."""
    SSM_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.ssm-fips`."""
    SSM_INCIDENTS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.ssm-incidents`."""
    SSM_MESSAGES: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.ssmmessages`."""
    SSM_QUICK_SETUP: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.ssm-quicksetup`."""
    STEP_FUNCTIONS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.states`."""
    STEP_FUNCTIONS_SYNC: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.sync-states`."""
    STORAGE_GATEWAY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.storagegateway`."""
    STS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.sts`."""
    STS_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.sts-fips`."""
    SUPPLY_CHAIN: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.scn`."""
    SWF: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.swf`."""
    SWF_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.swf-fips`."""
    TAGGING: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.tagging`."""
    TELCO_NETWORK_BUILDER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.tnb`."""
    TEXTRACT: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.textract`."""
    TEXTRACT_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.textract-fips`."""
    TIMESTREAM_INFLUXDB: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.timestream-influxdb`."""
    TIMESTREAM_INFLUXDB_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.timestream-influxdb-fips`."""
    TRANSCRIBE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.transcribe`."""
    TRANSCRIBE_STREAMING: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.transcribestreaming`."""
    TRANSFER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.transfer`."""
    TRANSFER_SERVER: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.transfer.server`."""
    TRANSLATE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.translate`."""
    TRUSTED_ADVISOR: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.trustedadvisor`."""
    VERIFIED_PERMISSIONS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.verifiedpermissions`."""
    VPC_LATTICE: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.vpc-lattice`."""
    WAFV2: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.wafv2`."""
    WAFV2_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.wafv2-fips`."""
    WELL_ARCHITECTED_TOOL: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.wellarchitected`."""
    WORKMAIL: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.workmail`."""
    WORKSPACES: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.workspaces`."""
    WORKSPACES_THIN_CLIENT: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.thinclient.api`."""
    WORKSPACES_WEB: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.workspaces-web`."""
    WORKSPACES_WEB_FIPS: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.workspaces-web-fips`."""
    XRAY: InterfaceVpcEndpointAwsService
    """`com.amazonaws.<region>.xray`."""

    def __init__(
        self,
        name: str,
        prefix: str | None = None,
        port: int | None = None,
        *,
        global_: bool | None = None,
    ) -> None:
        props = InterfaceVpcEndpointAwsServiceProps(global_=global_)
        self.short_name = name
        self.port = _DEFAULT_PORT if port is None else port
        self.private_dns_default: bool | None = True
        self._prefix = prefix or None
        self._is_global = bool(props.global_)
        self._name: str | None = None

    @property
    def name(self) -> str:
        """The service name, a token that resolves in the region of the stack that uses it."""
        # Made on first use: building tokens for every constant above would slow down the import.
        if self._name is None:
            # Uncached tokens: one service object (a constant) serves stacks in different regions.
            head = self._prefix or Lazy.uncached_string(self._default_prefix)
            suffix = Lazy.uncached_string(self._suffix)
            if self._is_global:
                self._name = f"{head}.{self.short_name}{suffix}"
            else:
                region = Lazy.uncached_string(_region_of_stack)
                self._name = f"{head}.{region}.{self.short_name}{suffix}"
        return self._name

    def _default_prefix(self, context: IResolveContext) -> str:
        region = Stack.of(context.scope).region
        regional = _REGIONAL_PREFIXES.get(region)
        if regional is not None and self.short_name in regional[1]:
            return regional[0]
        return _DEFAULT_PREFIX

    def _suffix(self, context: IResolveContext) -> str:
        region = Stack.of(context.scope).region
        return ".cn" if self.short_name in _CHINA_SUFFIXED.get(region, ()) else ""

    def __repr__(self) -> str:
        arguments = [repr(self.short_name)]
        if self._prefix is not None:
            arguments.append(repr(self._prefix))
        if self.port != _DEFAULT_PORT:
            arguments.append(f"port={self.port!r}")
        if self._is_global:
            arguments.append("global_=True")
        return f"InterfaceVpcEndpointAwsService({', '.join(arguments)})"


def _region_of_stack(context: IResolveContext) -> str:
    return Stack.of(context.scope).region


InterfaceVpcEndpointAwsService.ACCESS_ANALYZER = InterfaceVpcEndpointAwsService("access-analyzer")
InterfaceVpcEndpointAwsService.ACCOUNT_MANAGEMENT = InterfaceVpcEndpointAwsService("account")
InterfaceVpcEndpointAwsService.AIRFLOW_API = InterfaceVpcEndpointAwsService("airflow.api")
InterfaceVpcEndpointAwsService.AIRFLOW_API_FIPS = InterfaceVpcEndpointAwsService("airflow.api-fips")
InterfaceVpcEndpointAwsService.AIRFLOW_ENV = InterfaceVpcEndpointAwsService("airflow.env")
InterfaceVpcEndpointAwsService.AIRFLOW_ENV_FIPS = InterfaceVpcEndpointAwsService("airflow.env-fips")
InterfaceVpcEndpointAwsService.AIRFLOW_OPS = InterfaceVpcEndpointAwsService("airflow.ops")
InterfaceVpcEndpointAwsService.APIGATEWAY = InterfaceVpcEndpointAwsService("execute-api")
InterfaceVpcEndpointAwsService.APPCONFIG = InterfaceVpcEndpointAwsService("appconfig")
InterfaceVpcEndpointAwsService.APPCONFIGDATA = InterfaceVpcEndpointAwsService("appconfigdata")
InterfaceVpcEndpointAwsService.APPLICATION_AUTOSCALING = InterfaceVpcEndpointAwsService(
    "application-autoscaling"
)
InterfaceVpcEndpointAwsService.APPLICATION_DISCOVERY_ARSENAL = InterfaceVpcEndpointAwsService(
    "arsenal-discovery"
)
InterfaceVpcEndpointAwsService.APPLICATION_DISCOVERY_SERVICE = InterfaceVpcEndpointAwsService("discovery")
InterfaceVpcEndpointAwsService.APPLICATION_MIGRATION_SERVICE = InterfaceVpcEndpointAwsService("mgn")
InterfaceVpcEndpointAwsService.APPSTREAM_API = InterfaceVpcEndpointAwsService("appstream.api")
InterfaceVpcEndpointAwsService.APPSTREAM_STREAMING = InterfaceVpcEndpointAwsService("appstream.streaming")
InterfaceVpcEndpointAwsService.APP_MESH = InterfaceVpcEndpointAwsService("appmesh-envoy-management")
InterfaceVpcEndpointAwsService.APP_MESH_ENVOY_MANAGEMENT = InterfaceVpcEndpointAwsService(
    "appmesh-envoy-management"
)
InterfaceVpcEndpointAwsService.APP_MESH_OPS = InterfaceVpcEndpointAwsService("appmesh")
InterfaceVpcEndpointAwsService.APP_RUNNER = InterfaceVpcEndpointAwsService("apprunner")
InterfaceVpcEndpointAwsService.APP_RUNNER_REQUESTS = InterfaceVpcEndpointAwsService("apprunner.requests")
InterfaceVpcEndpointAwsService.APP_SYNC = InterfaceVpcEndpointAwsService("appsync-api")
InterfaceVpcEndpointAwsService.ATHENA = InterfaceVpcEndpointAwsService("athena")
InterfaceVpcEndpointAwsService.AUDIT_MANAGER = InterfaceVpcEndpointAwsService("auditmanager")
InterfaceVpcEndpointAwsService.AUTOSCALING = InterfaceVpcEndpointAwsService("autoscaling")
InterfaceVpcEndpointAwsService.AUTOSCALING_PLANS = InterfaceVpcEndpointAwsService("autoscaling-plans")
InterfaceVpcEndpointAwsService.B2_B_DATA_INTERCHANGE = InterfaceVpcEndpointAwsService("b2bi")
InterfaceVpcEndpointAwsService.BACKUP = InterfaceVpcEndpointAwsService("backup")
InterfaceVpcEndpointAwsService.BACKUP_GATEWAY = InterfaceVpcEndpointAwsService("backup-gateway")
InterfaceVpcEndpointAwsService.BATCH = InterfaceVpcEndpointAwsService("batch")
InterfaceVpcEndpointAwsService.BEDROCK = InterfaceVpcEndpointAwsService("bedrock")
InterfaceVpcEndpointAwsService.BEDROCK_AGENT = InterfaceVpcEndpointAwsService("bedrock-agent")
InterfaceVpcEndpointAwsService.BEDROCK_AGENTCORE = InterfaceVpcEndpointAwsService("bedrock-agentcore")
InterfaceVpcEndpointAwsService.BEDROCK_AGENTCORE_GATEWAY = InterfaceVpcEndpointAwsService(
    "bedrock-agentcore.gateway"
)
InterfaceVpcEndpointAwsService.BEDROCK_AGENT_RUNTIME = InterfaceVpcEndpointAwsService("bedrock-agent-runtime")
InterfaceVpcEndpointAwsService.BEDROCK_DATA_AUTOMATION = InterfaceVpcEndpointAwsService(
    "bedrock-data-automation"
)
InterfaceVpcEndpointAwsService.BEDROCK_DATA_AUTOMATION_FIPS = InterfaceVpcEndpointAwsService(
    "bedrock-data-automation-fips"
)
InterfaceVpcEndpointAwsService.BEDROCK_DATA_AUTOMATION_RUNTIME = InterfaceVpcEndpointAwsService(
    "bedrock-data-automation-runtime"
)
InterfaceVpcEndpointAwsService.BEDROCK_DATA_AUTOMATION_RUNTIME_FIPS = InterfaceVpcEndpointAwsService(
    "bedrock-data-automation-runtime-fips"
)
InterfaceVpcEndpointAwsService.BEDROCK_FIPS = InterfaceVpcEndpointAwsService("bedrock-fips")
InterfaceVpcEndpointAwsService.BEDROCK_RUNTIME = InterfaceVpcEndpointAwsService("bedrock-runtime")
InterfaceVpcEndpointAwsService.BEDROCK_RUNTIME_FIPS = InterfaceVpcEndpointAwsService("bedrock-runtime-fips")
InterfaceVpcEndpointAwsService.BILLING = InterfaceVpcEndpointAwsService("billing")
InterfaceVpcEndpointAwsService.BILLING_AND_COST_MANAGEMENT_FREETIER = InterfaceVpcEndpointAwsService(
    "freetier", "aws.api"
)
InterfaceVpcEndpointAwsService.BILLING_AND_COST_MANAGEMENT_TAX = InterfaceVpcEndpointAwsService("tax")
InterfaceVpcEndpointAwsService.BILLING_CONDUCTOR = InterfaceVpcEndpointAwsService("billingconductor")
InterfaceVpcEndpointAwsService.BRAKET = InterfaceVpcEndpointAwsService("braket")
InterfaceVpcEndpointAwsService.CERTIFICATE_MANAGER = InterfaceVpcEndpointAwsService("acm")
InterfaceVpcEndpointAwsService.CERTIFICATE_MANAGER_FIPS = InterfaceVpcEndpointAwsService("acm-fips")
InterfaceVpcEndpointAwsService.CLEAN_ROOMS = InterfaceVpcEndpointAwsService("cleanrooms")
InterfaceVpcEndpointAwsService.CLEAN_ROOMS_ML = InterfaceVpcEndpointAwsService("cleanrooms-ml")
InterfaceVpcEndpointAwsService.CLOUDFORMATION = InterfaceVpcEndpointAwsService("cloudformation")
InterfaceVpcEndpointAwsService.CLOUDHSM = InterfaceVpcEndpointAwsService("cloudhsmv2")
InterfaceVpcEndpointAwsService.CLOUDTRAIL = InterfaceVpcEndpointAwsService("cloudtrail")
InterfaceVpcEndpointAwsService.CLOUDWATCH = InterfaceVpcEndpointAwsService("monitoring")
InterfaceVpcEndpointAwsService.CLOUDWATCH_APPLICATION_INSIGHTS = InterfaceVpcEndpointAwsService(
    "applicationinsights"
)
InterfaceVpcEndpointAwsService.CLOUDWATCH_APPLICATION_SIGNALS = InterfaceVpcEndpointAwsService(
    "application-signals"
)
InterfaceVpcEndpointAwsService.CLOUDWATCH_EVENTS = InterfaceVpcEndpointAwsService("events")
InterfaceVpcEndpointAwsService.CLOUDWATCH_EVIDENTLY = InterfaceVpcEndpointAwsService("evidently")
InterfaceVpcEndpointAwsService.CLOUDWATCH_EVIDENTLY_DATAPLANE = InterfaceVpcEndpointAwsService(
    "evidently-dataplane"
)
InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS = InterfaceVpcEndpointAwsService("logs")
InterfaceVpcEndpointAwsService.CLOUDWATCH_MONITORING = InterfaceVpcEndpointAwsService("monitoring")
InterfaceVpcEndpointAwsService.CLOUDWATCH_NETWORK_MONITOR = InterfaceVpcEndpointAwsService("networkmonitor")
InterfaceVpcEndpointAwsService.CLOUDWATCH_RUM = InterfaceVpcEndpointAwsService("rum")
InterfaceVpcEndpointAwsService.CLOUDWATCH_RUM_DATAPLANE = InterfaceVpcEndpointAwsService("rum-dataplane")
InterfaceVpcEndpointAwsService.CLOUDWATCH_SYNTHETICS = InterfaceVpcEndpointAwsService("synthetics")
InterfaceVpcEndpointAwsService.CLOUDWATCH_SYNTHETICS_FIPS = InterfaceVpcEndpointAwsService("synthetics-fips")
InterfaceVpcEndpointAwsService.CLOUD_CONTROL_API = InterfaceVpcEndpointAwsService("cloudcontrolapi")
InterfaceVpcEndpointAwsService.CLOUD_CONTROL_API_FIPS = InterfaceVpcEndpointAwsService("cloudcontrolapi-fips")
InterfaceVpcEndpointAwsService.CLOUD_DIRECTORY = InterfaceVpcEndpointAwsService("clouddirectory")
InterfaceVpcEndpointAwsService.CLOUD_MAP_DATA_SERVICE_DISCOVERY = InterfaceVpcEndpointAwsService(
    "data-servicediscovery"
)
InterfaceVpcEndpointAwsService.CLOUD_MAP_DATA_SERVICE_DISCOVERY_FIPS = InterfaceVpcEndpointAwsService(
    "data-servicediscovery-fips"
)
InterfaceVpcEndpointAwsService.CLOUD_MAP_SERVICE_DISCOVERY = InterfaceVpcEndpointAwsService(
    "servicediscovery"
)
InterfaceVpcEndpointAwsService.CLOUD_MAP_SERVICE_DISCOVERY_FIPS = InterfaceVpcEndpointAwsService(
    "servicediscovery-fips"
)
InterfaceVpcEndpointAwsService.CODEARTIFACT_API = InterfaceVpcEndpointAwsService("codeartifact.api")
InterfaceVpcEndpointAwsService.CODEARTIFACT_REPOSITORIES = InterfaceVpcEndpointAwsService(
    "codeartifact.repositories"
)
InterfaceVpcEndpointAwsService.CODEBUILD = InterfaceVpcEndpointAwsService("codebuild")
InterfaceVpcEndpointAwsService.CODEBUILD_FIPS = InterfaceVpcEndpointAwsService("codebuild-fips")
InterfaceVpcEndpointAwsService.CODECATALYST = InterfaceVpcEndpointAwsService(
    "codecatalyst", "aws.api.global", global_=True
)
InterfaceVpcEndpointAwsService.CODECATALYST_GIT = InterfaceVpcEndpointAwsService("codecatalyst.git")
InterfaceVpcEndpointAwsService.CODECATALYST_PACKAGES = InterfaceVpcEndpointAwsService("codecatalyst.packages")
InterfaceVpcEndpointAwsService.CODECOMMIT = InterfaceVpcEndpointAwsService("codecommit")
InterfaceVpcEndpointAwsService.CODECOMMIT_FIPS = InterfaceVpcEndpointAwsService("codecommit-fips")
InterfaceVpcEndpointAwsService.CODECOMMIT_GIT = InterfaceVpcEndpointAwsService("git-codecommit")
InterfaceVpcEndpointAwsService.CODECOMMIT_GIT_FIPS = InterfaceVpcEndpointAwsService("git-codecommit-fips")
InterfaceVpcEndpointAwsService.CODEDEPLOY = InterfaceVpcEndpointAwsService("codedeploy")
InterfaceVpcEndpointAwsService.CODEDEPLOY_COMMANDS_SECURE = InterfaceVpcEndpointAwsService(
    "codedeploy-commands-secure"
)
InterfaceVpcEndpointAwsService.CODEGURU_PROFILER = InterfaceVpcEndpointAwsService("codeguru-profiler")
InterfaceVpcEndpointAwsService.CODEGURU_REVIEWER = InterfaceVpcEndpointAwsService("codeguru-reviewer")
InterfaceVpcEndpointAwsService.CODEPIPELINE = InterfaceVpcEndpointAwsService("codepipeline")
InterfaceVpcEndpointAwsService.CODESTAR_CONNECTIONS = InterfaceVpcEndpointAwsService(
    "codestar-connections.api"
)
InterfaceVpcEndpointAwsService.CODEWHISPERER = InterfaceVpcEndpointAwsService("codewhisperer")
InterfaceVpcEndpointAwsService.CODE_CONNECTIONS = InterfaceVpcEndpointAwsService("codeconnections.api")
InterfaceVpcEndpointAwsService.COGNITO_IDENTITY = InterfaceVpcEndpointAwsService("cognito-identity")
InterfaceVpcEndpointAwsService.COGNITO_IDENTITY_FIPS = InterfaceVpcEndpointAwsService("cognito-identity-fips")
InterfaceVpcEndpointAwsService.COGNITO_IDP = InterfaceVpcEndpointAwsService("cognito-idp")
InterfaceVpcEndpointAwsService.COGNITO_IDP_FIPS = InterfaceVpcEndpointAwsService("cognito-idp-fips")
InterfaceVpcEndpointAwsService.COMPREHEND = InterfaceVpcEndpointAwsService("comprehend")
InterfaceVpcEndpointAwsService.COMPREHEND_MEDICAL = InterfaceVpcEndpointAwsService("comprehendmedical")
InterfaceVpcEndpointAwsService.COMPUTE_OPTIMIZER = InterfaceVpcEndpointAwsService("compute-optimizer")
InterfaceVpcEndpointAwsService.CONFIG = InterfaceVpcEndpointAwsService("config")
InterfaceVpcEndpointAwsService.CONNECT_APP_INTEGRATIONS = InterfaceVpcEndpointAwsService("app-integrations")
InterfaceVpcEndpointAwsService.CONNECT_CASES = InterfaceVpcEndpointAwsService("cases")
InterfaceVpcEndpointAwsService.CONNECT_CONNECT_CAMPAIGNS = InterfaceVpcEndpointAwsService("connect-campaigns")
InterfaceVpcEndpointAwsService.CONNECT_PROFILE = InterfaceVpcEndpointAwsService("profile")
InterfaceVpcEndpointAwsService.CONNECT_VOICEID = InterfaceVpcEndpointAwsService("voiceid")
InterfaceVpcEndpointAwsService.CONNECT_WISDOM = InterfaceVpcEndpointAwsService("wisdom")
InterfaceVpcEndpointAwsService.CONTROL_CATALOG = InterfaceVpcEndpointAwsService("controlcatalog")
InterfaceVpcEndpointAwsService.COST_EXPLORER = InterfaceVpcEndpointAwsService("ce")
InterfaceVpcEndpointAwsService.COST_OPTIMIZATION_HUB = InterfaceVpcEndpointAwsService("cost-optimization-hub")
InterfaceVpcEndpointAwsService.DATABASE_MIGRATION_SERVICE = InterfaceVpcEndpointAwsService("dms")
InterfaceVpcEndpointAwsService.DATABASE_MIGRATION_SERVICE_FIPS = InterfaceVpcEndpointAwsService("dms-fips")
InterfaceVpcEndpointAwsService.DATASYNC = InterfaceVpcEndpointAwsService("datasync")
InterfaceVpcEndpointAwsService.DATAZONE = InterfaceVpcEndpointAwsService("datazone")
InterfaceVpcEndpointAwsService.DATA_EXCHANGE = InterfaceVpcEndpointAwsService("dataexchange")
InterfaceVpcEndpointAwsService.DATA_EXPORTS = InterfaceVpcEndpointAwsService("bcm-data-exports", "aws.api")
InterfaceVpcEndpointAwsService.DEADLINE_CLOUD_MANAGEMENT = InterfaceVpcEndpointAwsService(
    "deadline.management"
)
InterfaceVpcEndpointAwsService.DEADLINE_CLOUD_SCHEDULING = InterfaceVpcEndpointAwsService(
    "deadline.scheduling"
)
InterfaceVpcEndpointAwsService.DEVOPS_GURU = InterfaceVpcEndpointAwsService("devops-guru")
InterfaceVpcEndpointAwsService.DIRECTORY_SERVICE = InterfaceVpcEndpointAwsService("ds")
InterfaceVpcEndpointAwsService.DIRECTORY_SERVICE_DATA = InterfaceVpcEndpointAwsService("ds-data")
InterfaceVpcEndpointAwsService.DSQL_MANAGEMENT = InterfaceVpcEndpointAwsService("dsql")
InterfaceVpcEndpointAwsService.DYNAMODB = InterfaceVpcEndpointAwsService("dynamodb")
InterfaceVpcEndpointAwsService.DYNAMODB_FIPS = InterfaceVpcEndpointAwsService("dynamodb-fips")
InterfaceVpcEndpointAwsService.DYNAMODB_STREAMS = InterfaceVpcEndpointAwsService("dynamodb-streams")
InterfaceVpcEndpointAwsService.EBS_DIRECT = InterfaceVpcEndpointAwsService("ebs")
InterfaceVpcEndpointAwsService.EC2 = InterfaceVpcEndpointAwsService("ec2")
InterfaceVpcEndpointAwsService.EC2_MESSAGES = InterfaceVpcEndpointAwsService("ec2messages")
InterfaceVpcEndpointAwsService.ECR = InterfaceVpcEndpointAwsService("ecr.api")
InterfaceVpcEndpointAwsService.ECR_DOCKER = InterfaceVpcEndpointAwsService("ecr.dkr")
InterfaceVpcEndpointAwsService.ECR_PUBLIC = InterfaceVpcEndpointAwsService("ecr-public.api")
InterfaceVpcEndpointAwsService.ECS = InterfaceVpcEndpointAwsService("ecs")
InterfaceVpcEndpointAwsService.ECS_AGENT = InterfaceVpcEndpointAwsService("ecs-agent")
InterfaceVpcEndpointAwsService.ECS_TELEMETRY = InterfaceVpcEndpointAwsService("ecs-telemetry")
InterfaceVpcEndpointAwsService.EKS = InterfaceVpcEndpointAwsService("eks")
InterfaceVpcEndpointAwsService.EKS_AUTH = InterfaceVpcEndpointAwsService("eks-auth")
InterfaceVpcEndpointAwsService.EKS_PROXY = InterfaceVpcEndpointAwsService("eks-proxy")
InterfaceVpcEndpointAwsService.ELASTICACHE = InterfaceVpcEndpointAwsService("elasticache")
InterfaceVpcEndpointAwsService.ELASTICACHE_FIPS = InterfaceVpcEndpointAwsService("elasticache-fips")
InterfaceVpcEndpointAwsService.ELASTIC_BEANSTALK = InterfaceVpcEndpointAwsService("elasticbeanstalk")
InterfaceVpcEndpointAwsService.ELASTIC_BEANSTALK_HEALTH = InterfaceVpcEndpointAwsService(
    "elasticbeanstalk-health"
)
InterfaceVpcEndpointAwsService.ELASTIC_DISASTER_RECOVERY = InterfaceVpcEndpointAwsService("drs")
InterfaceVpcEndpointAwsService.ELASTIC_FILESYSTEM = InterfaceVpcEndpointAwsService("elasticfilesystem")
InterfaceVpcEndpointAwsService.ELASTIC_FILESYSTEM_FIPS = InterfaceVpcEndpointAwsService(
    "elasticfilesystem-fips"
)
InterfaceVpcEndpointAwsService.ELASTIC_INFERENCE_RUNTIME = InterfaceVpcEndpointAwsService(
    "elastic-inference.runtime"
)
InterfaceVpcEndpointAwsService.ELASTIC_LOAD_BALANCING = InterfaceVpcEndpointAwsService("elasticloadbalancing")
InterfaceVpcEndpointAwsService.ELEMENTAL_MEDIACONNECT = InterfaceVpcEndpointAwsService("mediaconnect")
InterfaceVpcEndpointAwsService.EMAIL = InterfaceVpcEndpointAwsService("email")
InterfaceVpcEndpointAwsService.EMAIL_FIPS = InterfaceVpcEndpointAwsService("email-fips")
InterfaceVpcEndpointAwsService.EMAIL_SMTP = InterfaceVpcEndpointAwsService("email-smtp")
InterfaceVpcEndpointAwsService.EMR = InterfaceVpcEndpointAwsService("elasticmapreduce")
InterfaceVpcEndpointAwsService.EMR_EKS = InterfaceVpcEndpointAwsService("emr-containers")
InterfaceVpcEndpointAwsService.EMR_SERVERLESS = InterfaceVpcEndpointAwsService("emr-serverless")
InterfaceVpcEndpointAwsService.EMR_SERVERLESS_DASHBOARD = InterfaceVpcEndpointAwsService(
    "emr-serverless.dashboard"
)
InterfaceVpcEndpointAwsService.EMR_SERVERLESS_LIVY = InterfaceVpcEndpointAwsService(
    "emr-serverless-services.livy"
)
InterfaceVpcEndpointAwsService.EMR_WAL = InterfaceVpcEndpointAwsService("emrwal.prod")
InterfaceVpcEndpointAwsService.END_USER_MESSAGING_SOCIAL = InterfaceVpcEndpointAwsService("social-messaging")
InterfaceVpcEndpointAwsService.ENTITY_RESOLUTION = InterfaceVpcEndpointAwsService("entityresolution")
InterfaceVpcEndpointAwsService.EVENTBRIDGE = InterfaceVpcEndpointAwsService("events")
InterfaceVpcEndpointAwsService.EVENTBRIDGE_SCHEMA_REGISTRY = InterfaceVpcEndpointAwsService("schemas")
InterfaceVpcEndpointAwsService.FAULT_INJECTION_SIMULATOR = InterfaceVpcEndpointAwsService("fis")
InterfaceVpcEndpointAwsService.FINSPACE = InterfaceVpcEndpointAwsService("finspace")
InterfaceVpcEndpointAwsService.FINSPACE_API = InterfaceVpcEndpointAwsService("finspace-api")
InterfaceVpcEndpointAwsService.FORECAST = InterfaceVpcEndpointAwsService("forecast")
InterfaceVpcEndpointAwsService.FORECAST_FIPS = InterfaceVpcEndpointAwsService("forecast-fips")
InterfaceVpcEndpointAwsService.FORECAST_QUERY = InterfaceVpcEndpointAwsService("forecastquery")
InterfaceVpcEndpointAwsService.FORECAST_QUERY_FIPS = InterfaceVpcEndpointAwsService("forecastquery-fips")
InterfaceVpcEndpointAwsService.FRAUD_DETECTOR = InterfaceVpcEndpointAwsService("frauddetector")
InterfaceVpcEndpointAwsService.FSX = InterfaceVpcEndpointAwsService("fsx")
InterfaceVpcEndpointAwsService.FSX_FIPS = InterfaceVpcEndpointAwsService("fsx-fips")
InterfaceVpcEndpointAwsService.GLUE = InterfaceVpcEndpointAwsService("glue")
InterfaceVpcEndpointAwsService.GLUE_DASHBOARD = InterfaceVpcEndpointAwsService("glue.dashboard")
InterfaceVpcEndpointAwsService.GLUE_DATABREW = InterfaceVpcEndpointAwsService("databrew")
InterfaceVpcEndpointAwsService.GRAFANA = InterfaceVpcEndpointAwsService("grafana")
InterfaceVpcEndpointAwsService.GRAFANA_WORKSPACE = InterfaceVpcEndpointAwsService("grafana-workspace")
InterfaceVpcEndpointAwsService.GROUNDSTATION = InterfaceVpcEndpointAwsService("groundstation")
InterfaceVpcEndpointAwsService.GUARDDUTY = InterfaceVpcEndpointAwsService("guardduty")
InterfaceVpcEndpointAwsService.GUARDDUTY_DATA = InterfaceVpcEndpointAwsService("guardduty-data")
InterfaceVpcEndpointAwsService.GUARDDUTY_DATA_FIPS = InterfaceVpcEndpointAwsService("guardduty-data-fips")
InterfaceVpcEndpointAwsService.GUARDDUTY_FIPS = InterfaceVpcEndpointAwsService("guardduty-fips")
InterfaceVpcEndpointAwsService.HEALTHLAKE = InterfaceVpcEndpointAwsService("healthlake")
InterfaceVpcEndpointAwsService.HEALTH_IMAGING = InterfaceVpcEndpointAwsService("medical-imaging")
InterfaceVpcEndpointAwsService.HEALTH_IMAGING_DICOM = InterfaceVpcEndpointAwsService("dicom-medical-imaging")
InterfaceVpcEndpointAwsService.HEALTH_IMAGING_RUNTIME = InterfaceVpcEndpointAwsService(
    "runtime-medical-imaging"
)
InterfaceVpcEndpointAwsService.IAM = InterfaceVpcEndpointAwsService("iam", global_=True)
InterfaceVpcEndpointAwsService.IAM_IDENTITY_CENTER = InterfaceVpcEndpointAwsService("identitystore")
InterfaceVpcEndpointAwsService.IAM_ROLES_ANYWHERE = InterfaceVpcEndpointAwsService("rolesanywhere")
InterfaceVpcEndpointAwsService.IMAGE_BUILDER = InterfaceVpcEndpointAwsService("imagebuilder")
InterfaceVpcEndpointAwsService.INSPECTOR = InterfaceVpcEndpointAwsService("inspector2")
InterfaceVpcEndpointAwsService.INSPECTOR_SCAN = InterfaceVpcEndpointAwsService("inspector-scan")
InterfaceVpcEndpointAwsService.INTERNET_MONITOR = InterfaceVpcEndpointAwsService("internetmonitor")
InterfaceVpcEndpointAwsService.INTERNET_MONITOR_FIPS = InterfaceVpcEndpointAwsService("internetmonitor-fips")
InterfaceVpcEndpointAwsService.INVOICING = InterfaceVpcEndpointAwsService("invoicing")
InterfaceVpcEndpointAwsService.IOT_CORE = InterfaceVpcEndpointAwsService("iot.data")
InterfaceVpcEndpointAwsService.IOT_CORE_CREDENTIALS = InterfaceVpcEndpointAwsService("iot.credentials")
InterfaceVpcEndpointAwsService.IOT_CORE_DEVICE_ADVISOR = InterfaceVpcEndpointAwsService("deviceadvisor.iot")
InterfaceVpcEndpointAwsService.IOT_CORE_FLEETHUB_API = InterfaceVpcEndpointAwsService("iot.fleethub.api")
InterfaceVpcEndpointAwsService.IOT_CORE_FOR_LORAWAN = InterfaceVpcEndpointAwsService("iotwireless.api")
InterfaceVpcEndpointAwsService.IOT_FLEETWISE = InterfaceVpcEndpointAwsService("iotfleetwise")
InterfaceVpcEndpointAwsService.IOT_GREENGRASS = InterfaceVpcEndpointAwsService("greengrass")
InterfaceVpcEndpointAwsService.IOT_LORAWAN_CUPS = InterfaceVpcEndpointAwsService("lorawan.cups")
InterfaceVpcEndpointAwsService.IOT_LORAWAN_LNS = InterfaceVpcEndpointAwsService("lorawan.lns")
InterfaceVpcEndpointAwsService.IOT_ROBORUNNER = InterfaceVpcEndpointAwsService("iotroborunner")
InterfaceVpcEndpointAwsService.IOT_SITEWISE_API = InterfaceVpcEndpointAwsService("iotsitewise.api")
InterfaceVpcEndpointAwsService.IOT_SITEWISE_DATA = InterfaceVpcEndpointAwsService("iotsitewise.data")
InterfaceVpcEndpointAwsService.IOT_TWINMAKER_API = InterfaceVpcEndpointAwsService("iottwinmaker.api")
InterfaceVpcEndpointAwsService.IOT_TWINMAKER_DATA = InterfaceVpcEndpointAwsService("iottwinmaker.data")
InterfaceVpcEndpointAwsService.KAFKA = InterfaceVpcEndpointAwsService("kafka")
InterfaceVpcEndpointAwsService.KAFKA_CONNECT = InterfaceVpcEndpointAwsService("kafkaconnect")
InterfaceVpcEndpointAwsService.KAFKA_FIPS = InterfaceVpcEndpointAwsService("kafka-fips")
InterfaceVpcEndpointAwsService.KENDRA = InterfaceVpcEndpointAwsService("kendra")
InterfaceVpcEndpointAwsService.KENDRA_RANKING = InterfaceVpcEndpointAwsService("kendra-ranking", "aws.api")
InterfaceVpcEndpointAwsService.KEYSPACES = InterfaceVpcEndpointAwsService("cassandra", None, 9142)
InterfaceVpcEndpointAwsService.KEYSPACES_FIPS = InterfaceVpcEndpointAwsService("cassandra-fips", None, 9142)
InterfaceVpcEndpointAwsService.KINESIS_FIREHOSE = InterfaceVpcEndpointAwsService("kinesis-firehose")
InterfaceVpcEndpointAwsService.KINESIS_STREAMS = InterfaceVpcEndpointAwsService("kinesis-streams")
InterfaceVpcEndpointAwsService.KINESIS_STREAMS_FIPS = InterfaceVpcEndpointAwsService("kinesis-streams-fips")
InterfaceVpcEndpointAwsService.KMS = InterfaceVpcEndpointAwsService("kms")
InterfaceVpcEndpointAwsService.KMS_FIPS = InterfaceVpcEndpointAwsService("kms-fips")
InterfaceVpcEndpointAwsService.LAKE_FORMATION = InterfaceVpcEndpointAwsService("lakeformation")
InterfaceVpcEndpointAwsService.LAMBDA_ = InterfaceVpcEndpointAwsService("lambda")
InterfaceVpcEndpointAwsService.LAUNCH_WIZARD = InterfaceVpcEndpointAwsService("launchwizard")
InterfaceVpcEndpointAwsService.LEX_MODELS = InterfaceVpcEndpointAwsService("models-v2-lex")
InterfaceVpcEndpointAwsService.LEX_RUNTIME = InterfaceVpcEndpointAwsService("runtime-v2-lex")
InterfaceVpcEndpointAwsService.LICENSE_MANAGER = InterfaceVpcEndpointAwsService("license-manager")
InterfaceVpcEndpointAwsService.LICENSE_MANAGER_FIPS = InterfaceVpcEndpointAwsService("license-manager-fips")
InterfaceVpcEndpointAwsService.LICENSE_MANAGER_LINUX_SUBSCRIPTIONS = InterfaceVpcEndpointAwsService(
    "license-manager-linux-subscriptions"
)
InterfaceVpcEndpointAwsService.LICENSE_MANAGER_LINUX_SUBSCRIPTIONS_FIPS = InterfaceVpcEndpointAwsService(
    "license-manager-linux-subscriptions-fips"
)
InterfaceVpcEndpointAwsService.LICENSE_MANAGER_USER_SUBSCRIPTIONS = InterfaceVpcEndpointAwsService(
    "license-manager-user-subscriptions"
)
InterfaceVpcEndpointAwsService.LOCATION_SERVICE_GEOFENCING = InterfaceVpcEndpointAwsService("geo.geofencing")
InterfaceVpcEndpointAwsService.LOCATION_SERVICE_MAPS = InterfaceVpcEndpointAwsService("geo.maps")
InterfaceVpcEndpointAwsService.LOCATION_SERVICE_METADATA = InterfaceVpcEndpointAwsService("geo.metadata")
InterfaceVpcEndpointAwsService.LOCATION_SERVICE_PLACES = InterfaceVpcEndpointAwsService("geo.places")
InterfaceVpcEndpointAwsService.LOCATION_SERVICE_ROUTE = InterfaceVpcEndpointAwsService("geo.routes")
InterfaceVpcEndpointAwsService.LOCATION_SERVICE_TRACKING = InterfaceVpcEndpointAwsService("geo.tracking")
InterfaceVpcEndpointAwsService.LOOKOUT_EQUIPMENT = InterfaceVpcEndpointAwsService("lookoutequipment")
InterfaceVpcEndpointAwsService.LOOKOUT_METRICS = InterfaceVpcEndpointAwsService("lookoutmetrics")
InterfaceVpcEndpointAwsService.LOOKOUT_VISION = InterfaceVpcEndpointAwsService("lookoutvision")
InterfaceVpcEndpointAwsService.MACIE = InterfaceVpcEndpointAwsService("macie2")
InterfaceVpcEndpointAwsService.MAILMANAGER = InterfaceVpcEndpointAwsService("mail-manager")
InterfaceVpcEndpointAwsService.MAILMANAGER_FIPS = InterfaceVpcEndpointAwsService("mail-manager-fips")
InterfaceVpcEndpointAwsService.MAINFRAME_MODERNIZATION = InterfaceVpcEndpointAwsService("m2")
InterfaceVpcEndpointAwsService.MAINFRAME_MODERNIZATION_APP_TEST = InterfaceVpcEndpointAwsService("apptest")
InterfaceVpcEndpointAwsService.MANAGED_BLOCKCHAIN_BITCOIN_MAINNET = InterfaceVpcEndpointAwsService(
    "managedblockchain.bitcoin.mainnet"
)
InterfaceVpcEndpointAwsService.MANAGED_BLOCKCHAIN_BITCOIN_TESTNET = InterfaceVpcEndpointAwsService(
    "managedblockchain.bitcoin.testnet"
)
InterfaceVpcEndpointAwsService.MANAGED_BLOCKCHAIN_QUERY = InterfaceVpcEndpointAwsService(
    "managedblockchain-query"
)
InterfaceVpcEndpointAwsService.MANAGEMENT_CONSOLE = InterfaceVpcEndpointAwsService("console")
InterfaceVpcEndpointAwsService.MANAGEMENT_CONSOLE_SIGNIN = InterfaceVpcEndpointAwsService("signin")
InterfaceVpcEndpointAwsService.MEMORY_DB = InterfaceVpcEndpointAwsService("memory-db")
InterfaceVpcEndpointAwsService.MEMORY_DB_FIPS = InterfaceVpcEndpointAwsService("memorydb-fips")
InterfaceVpcEndpointAwsService.MIGRATIONHUB_ORCHESTRATOR = InterfaceVpcEndpointAwsService(
    "migrationhub-orchestrator"
)
InterfaceVpcEndpointAwsService.MIGRATIONHUB_REFACTOR_SPACES = InterfaceVpcEndpointAwsService(
    "refactor-spaces"
)
InterfaceVpcEndpointAwsService.MIGRATIONHUB_STRATEGY = InterfaceVpcEndpointAwsService("migrationhub-strategy")
InterfaceVpcEndpointAwsService.MQ = InterfaceVpcEndpointAwsService("mq")
InterfaceVpcEndpointAwsService.NEPTUNE_ANALYTICS = InterfaceVpcEndpointAwsService("neptune-graph")
InterfaceVpcEndpointAwsService.NEPTUNE_ANALYTICS_DATA = InterfaceVpcEndpointAwsService("neptune-graph-data")
InterfaceVpcEndpointAwsService.NEPTUNE_ANALYTICS_FIPS = InterfaceVpcEndpointAwsService("neptune-graph-fips")
InterfaceVpcEndpointAwsService.NETWORK_FIREWALL = InterfaceVpcEndpointAwsService("network-firewall")
InterfaceVpcEndpointAwsService.NETWORK_FIREWALL_FIPS = InterfaceVpcEndpointAwsService("network-firewall-fips")
InterfaceVpcEndpointAwsService.NETWORK_FLOW_MONITOR = InterfaceVpcEndpointAwsService("networkflowmonitor")
InterfaceVpcEndpointAwsService.NETWORK_FLOW_MONITOR_REPORTS = InterfaceVpcEndpointAwsService(
    "networkflowmonitorreports"
)
InterfaceVpcEndpointAwsService.NIMBLE_STUDIO = InterfaceVpcEndpointAwsService("nimble")
InterfaceVpcEndpointAwsService.OBSERVABILITY_ADMIN = InterfaceVpcEndpointAwsService("observabilityadmin")
InterfaceVpcEndpointAwsService.OMICS_ANALYTICS = InterfaceVpcEndpointAwsService("analytics-omics")
InterfaceVpcEndpointAwsService.OMICS_CONTROL_STORAGE = InterfaceVpcEndpointAwsService("control-storage-omics")
InterfaceVpcEndpointAwsService.OMICS_STORAGE = InterfaceVpcEndpointAwsService("storage-omics")
InterfaceVpcEndpointAwsService.OMICS_TAGS = InterfaceVpcEndpointAwsService("tags-omics")
InterfaceVpcEndpointAwsService.OMICS_WORKFLOWS = InterfaceVpcEndpointAwsService("workflows-omics")
InterfaceVpcEndpointAwsService.ORGANIZATIONS = InterfaceVpcEndpointAwsService("organizations")
InterfaceVpcEndpointAwsService.ORGANIZATIONS_FIPS = InterfaceVpcEndpointAwsService("organizations-fips")
InterfaceVpcEndpointAwsService.OUTPOSTS = InterfaceVpcEndpointAwsService("outposts")
InterfaceVpcEndpointAwsService.PANORAMA = InterfaceVpcEndpointAwsService("panorama")
InterfaceVpcEndpointAwsService.PARALLEL_COMPUTING_SERVICE = InterfaceVpcEndpointAwsService("pcs")
InterfaceVpcEndpointAwsService.PARALLEL_COMPUTING_SERVICE_FIPS = InterfaceVpcEndpointAwsService("pcs-fips")
InterfaceVpcEndpointAwsService.PAYMENT_CRYPTOGRAPHY_CONTROLPLANE = InterfaceVpcEndpointAwsService(
    "payment-cryptography.controlplane"
)
InterfaceVpcEndpointAwsService.PAYMENT_CRYPTOGRAPHY_DATAPLANE = InterfaceVpcEndpointAwsService(
    "payment-cryptography.dataplane"
)
InterfaceVpcEndpointAwsService.PAYMENT_CRYTOGRAPHY_DATAPLANE = InterfaceVpcEndpointAwsService(
    "payment-cryptography.dataplane"
)
InterfaceVpcEndpointAwsService.PERSONALIZE = InterfaceVpcEndpointAwsService("personalize")
InterfaceVpcEndpointAwsService.PERSONALIZE_EVENTS = InterfaceVpcEndpointAwsService("personalize-events")
InterfaceVpcEndpointAwsService.PERSONALIZE_RUNTIME = InterfaceVpcEndpointAwsService("personalize-runtime")
InterfaceVpcEndpointAwsService.PINPOINT = InterfaceVpcEndpointAwsService("pinpoint-sms-voice-v2")
InterfaceVpcEndpointAwsService.PINPOINT_SMS_VOICE_V2 = InterfaceVpcEndpointAwsService("pinpoint-sms-voice-v2")
InterfaceVpcEndpointAwsService.PINPOINT_V1 = InterfaceVpcEndpointAwsService("pinpoint")
InterfaceVpcEndpointAwsService.PIPES = InterfaceVpcEndpointAwsService("pipes")
InterfaceVpcEndpointAwsService.PIPES_DATA = InterfaceVpcEndpointAwsService("pipes-data")
InterfaceVpcEndpointAwsService.PIPES_FIPS = InterfaceVpcEndpointAwsService("pipes-fips")
InterfaceVpcEndpointAwsService.POLLY = InterfaceVpcEndpointAwsService("polly")
InterfaceVpcEndpointAwsService.PRICE_LIST = InterfaceVpcEndpointAwsService("pricing.api")
InterfaceVpcEndpointAwsService.PRICING_CALCULATOR = InterfaceVpcEndpointAwsService("bcm-pricing-calculator")
InterfaceVpcEndpointAwsService.PRIVATE_5_G = InterfaceVpcEndpointAwsService("private-networks")
InterfaceVpcEndpointAwsService.PRIVATE_CERTIFICATE_AUTHORITY = InterfaceVpcEndpointAwsService("acm-pca")
InterfaceVpcEndpointAwsService.PRIVATE_CERTIFICATE_AUTHORITY_CONNECTOR_AD = InterfaceVpcEndpointAwsService(
    "pca-connector-ad"
)
InterfaceVpcEndpointAwsService.PRIVATE_CERTIFICATE_AUTHORITY_CONNECTOR_SCEP = InterfaceVpcEndpointAwsService(
    "pca-connector-scep"
)
InterfaceVpcEndpointAwsService.PRIVATE_CERTIFICATE_AUTHORITY_FIPS = InterfaceVpcEndpointAwsService(
    "acm-pca-fips"
)
InterfaceVpcEndpointAwsService.PROMETHEUS = InterfaceVpcEndpointAwsService("aps")
InterfaceVpcEndpointAwsService.PROMETHEUS_WORKSPACES = InterfaceVpcEndpointAwsService("aps-workspaces")
InterfaceVpcEndpointAwsService.PROTON = InterfaceVpcEndpointAwsService("proton")
InterfaceVpcEndpointAwsService.QLDB = InterfaceVpcEndpointAwsService("qldb.session")
InterfaceVpcEndpointAwsService.QUICKSIGHT_WEBSITE = InterfaceVpcEndpointAwsService("quicksight-website")
InterfaceVpcEndpointAwsService.Q_BUSSINESS = InterfaceVpcEndpointAwsService("qbusiness", "aws.api")
InterfaceVpcEndpointAwsService.Q_DEVELOPER = InterfaceVpcEndpointAwsService("q")
InterfaceVpcEndpointAwsService.Q_DEVELOPER_CODE_WHISPERER = InterfaceVpcEndpointAwsService("codewhisperer")
InterfaceVpcEndpointAwsService.Q_DEVELOPER_QAPPS = InterfaceVpcEndpointAwsService("qapps")
InterfaceVpcEndpointAwsService.Q_USER_SUBSCRIPTIONS = InterfaceVpcEndpointAwsService(
    "service.user-subscriptions"
)
InterfaceVpcEndpointAwsService.RDS = InterfaceVpcEndpointAwsService("rds")
InterfaceVpcEndpointAwsService.RDS_DATA = InterfaceVpcEndpointAwsService("rds-data")
InterfaceVpcEndpointAwsService.RDS_PERFORMANCE_INSIGHTS = InterfaceVpcEndpointAwsService("pi")
InterfaceVpcEndpointAwsService.RDS_PERFORMANCE_INSIGHTS_FIPS = InterfaceVpcEndpointAwsService("pi-fips")
InterfaceVpcEndpointAwsService.RECYCLE_BIN = InterfaceVpcEndpointAwsService("rbin")
InterfaceVpcEndpointAwsService.REDSHIFT = InterfaceVpcEndpointAwsService("redshift")
InterfaceVpcEndpointAwsService.REDSHIFT_DATA = InterfaceVpcEndpointAwsService("redshift-data")
InterfaceVpcEndpointAwsService.REDSHIFT_DATA_FIPS = InterfaceVpcEndpointAwsService("redshift-data-fips")
InterfaceVpcEndpointAwsService.REDSHIFT_FIPS = InterfaceVpcEndpointAwsService("redshift-fips")
InterfaceVpcEndpointAwsService.REDSHIFT_SERVERLESS = InterfaceVpcEndpointAwsService("redshift-serverless")
InterfaceVpcEndpointAwsService.REDSHIFT_SERVERLESS_FIPS = InterfaceVpcEndpointAwsService(
    "redshift-serverless-fips"
)
InterfaceVpcEndpointAwsService.REKOGNITION = InterfaceVpcEndpointAwsService("rekognition")
InterfaceVpcEndpointAwsService.REKOGNITION_FIPS = InterfaceVpcEndpointAwsService("rekognition-fips")
InterfaceVpcEndpointAwsService.REKOGNITION_STREAMING = InterfaceVpcEndpointAwsService("streaming-rekognition")
InterfaceVpcEndpointAwsService.REKOGNITION_STREAMING_FIPS = InterfaceVpcEndpointAwsService(
    "streaming-rekognition-fips"
)
InterfaceVpcEndpointAwsService.REPOST_SPACE = InterfaceVpcEndpointAwsService("repostspace")
InterfaceVpcEndpointAwsService.RESOURCE_ACCESS_MANAGER = InterfaceVpcEndpointAwsService("ram")
InterfaceVpcEndpointAwsService.RESOURCE_GROUPS = InterfaceVpcEndpointAwsService("resource-groups")
InterfaceVpcEndpointAwsService.RESOURCE_GROUPS_FIPS = InterfaceVpcEndpointAwsService("resource-groups-fips")
InterfaceVpcEndpointAwsService.ROBOMAKER = InterfaceVpcEndpointAwsService("robomaker")
InterfaceVpcEndpointAwsService.S3 = InterfaceVpcEndpointAwsService("s3")
InterfaceVpcEndpointAwsService.S3_MULTI_REGION_ACCESS_POINTS = InterfaceVpcEndpointAwsService(
    "s3-global.accesspoint", global_=True
)
InterfaceVpcEndpointAwsService.S3_OUTPOSTS = InterfaceVpcEndpointAwsService("s3-outposts")
InterfaceVpcEndpointAwsService.S3_TABLES = InterfaceVpcEndpointAwsService("s3tables")
InterfaceVpcEndpointAwsService.S3_VECTORS = InterfaceVpcEndpointAwsService("s3vectors")
InterfaceVpcEndpointAwsService.SAGEMAKER_API = InterfaceVpcEndpointAwsService("sagemaker.api")
InterfaceVpcEndpointAwsService.SAGEMAKER_API_FIPS = InterfaceVpcEndpointAwsService("sagemaker.api-fips")
InterfaceVpcEndpointAwsService.SAGEMAKER_DATA_SCIENCE_ASSISTANT = InterfaceVpcEndpointAwsService(
    "sagemaker-data-science-assistant"
)
InterfaceVpcEndpointAwsService.SAGEMAKER_EXPERIMENTS = InterfaceVpcEndpointAwsService(
    "experiments", "aws.sagemaker"
)
InterfaceVpcEndpointAwsService.SAGEMAKER_FEATURESTORE_RUNTIME = InterfaceVpcEndpointAwsService(
    "sagemaker.featurestore-runtime"
)
InterfaceVpcEndpointAwsService.SAGEMAKER_GEOSPATIAL = InterfaceVpcEndpointAwsService("sagemaker-geospatial")
InterfaceVpcEndpointAwsService.SAGEMAKER_METRICS = InterfaceVpcEndpointAwsService("sagemaker.metrics")
InterfaceVpcEndpointAwsService.SAGEMAKER_NOTEBOOK = InterfaceVpcEndpointAwsService(
    "notebook", "aws.sagemaker"
)
InterfaceVpcEndpointAwsService.SAGEMAKER_PARTNER_APP = InterfaceVpcEndpointAwsService(
    "partner-app", "aws.sagemaker"
)
InterfaceVpcEndpointAwsService.SAGEMAKER_RUNTIME = InterfaceVpcEndpointAwsService("sagemaker.runtime")
InterfaceVpcEndpointAwsService.SAGEMAKER_RUNTIME_FIPS = InterfaceVpcEndpointAwsService(
    "sagemaker.runtime-fips"
)
InterfaceVpcEndpointAwsService.SAGEMAKER_STUDIO = InterfaceVpcEndpointAwsService("studio", "aws.sagemaker")
InterfaceVpcEndpointAwsService.SAVINGS_PLANS = InterfaceVpcEndpointAwsService("savingsplans", global_=True)
InterfaceVpcEndpointAwsService.SECRETS_MANAGER = InterfaceVpcEndpointAwsService("secretsmanager")
InterfaceVpcEndpointAwsService.SECURITYHUB = InterfaceVpcEndpointAwsService("securityhub")
InterfaceVpcEndpointAwsService.SECURITYLAKE = InterfaceVpcEndpointAwsService("securitylake")
InterfaceVpcEndpointAwsService.SECURITYLAKE_FIPS = InterfaceVpcEndpointAwsService("securitylake-fips")
InterfaceVpcEndpointAwsService.SERVERLESS_APPLICATION_REPOSITORY = InterfaceVpcEndpointAwsService(
    "serverlessrepo"
)
InterfaceVpcEndpointAwsService.SERVER_MIGRATION_SERVICE = InterfaceVpcEndpointAwsService("sms")
InterfaceVpcEndpointAwsService.SERVER_MIGRATION_SERVICE_AWSCONNECTOR = InterfaceVpcEndpointAwsService(
    "awsconnector"
)
InterfaceVpcEndpointAwsService.SERVER_MIGRATION_SERVICE_FIPS = InterfaceVpcEndpointAwsService("sms-fips")
InterfaceVpcEndpointAwsService.SERVICE_CATALOG = InterfaceVpcEndpointAwsService("servicecatalog")
InterfaceVpcEndpointAwsService.SERVICE_CATALOG_APPREGISTRY = InterfaceVpcEndpointAwsService(
    "servicecatalog-appregistry"
)
InterfaceVpcEndpointAwsService.SES = InterfaceVpcEndpointAwsService("email-smtp")
InterfaceVpcEndpointAwsService.SHIELD = InterfaceVpcEndpointAwsService("shield")
InterfaceVpcEndpointAwsService.SHIELD_FIPS = InterfaceVpcEndpointAwsService("shield-fips")
InterfaceVpcEndpointAwsService.SIMSPACE_WEAVER = InterfaceVpcEndpointAwsService("simspaceweaver")
InterfaceVpcEndpointAwsService.SNOW_DEVICE_MANAGEMENT = InterfaceVpcEndpointAwsService(
    "snow-device-management"
)
InterfaceVpcEndpointAwsService.SNS = InterfaceVpcEndpointAwsService("sns")
InterfaceVpcEndpointAwsService.SQS = InterfaceVpcEndpointAwsService("sqs")
InterfaceVpcEndpointAwsService.SQS_FIPS = InterfaceVpcEndpointAwsService("sqs-fips")
InterfaceVpcEndpointAwsService.SSM = InterfaceVpcEndpointAwsService("ssm")
InterfaceVpcEndpointAwsService.SSM_CONTACTS = InterfaceVpcEndpointAwsService("ssm-contacts")
InterfaceVpcEndpointAwsService.SSM_FIPS = InterfaceVpcEndpointAwsService("ssm-fips")
InterfaceVpcEndpointAwsService.SSM_INCIDENTS = InterfaceVpcEndpointAwsService("ssm-incidents")
InterfaceVpcEndpointAwsService.SSM_MESSAGES = InterfaceVpcEndpointAwsService("ssmmessages")
InterfaceVpcEndpointAwsService.SSM_QUICK_SETUP = InterfaceVpcEndpointAwsService("ssm-quicksetup")
InterfaceVpcEndpointAwsService.STEP_FUNCTIONS = InterfaceVpcEndpointAwsService("states")
InterfaceVpcEndpointAwsService.STEP_FUNCTIONS_SYNC = InterfaceVpcEndpointAwsService("sync-states")
InterfaceVpcEndpointAwsService.STORAGE_GATEWAY = InterfaceVpcEndpointAwsService("storagegateway")
InterfaceVpcEndpointAwsService.STS = InterfaceVpcEndpointAwsService("sts")
InterfaceVpcEndpointAwsService.STS_FIPS = InterfaceVpcEndpointAwsService("sts-fips")
InterfaceVpcEndpointAwsService.SUPPLY_CHAIN = InterfaceVpcEndpointAwsService("scn")
InterfaceVpcEndpointAwsService.SWF = InterfaceVpcEndpointAwsService("swf")
InterfaceVpcEndpointAwsService.SWF_FIPS = InterfaceVpcEndpointAwsService("swf-fips")
InterfaceVpcEndpointAwsService.TAGGING = InterfaceVpcEndpointAwsService("tagging")
InterfaceVpcEndpointAwsService.TELCO_NETWORK_BUILDER = InterfaceVpcEndpointAwsService("tnb")
InterfaceVpcEndpointAwsService.TEXTRACT = InterfaceVpcEndpointAwsService("textract")
InterfaceVpcEndpointAwsService.TEXTRACT_FIPS = InterfaceVpcEndpointAwsService("textract-fips")
InterfaceVpcEndpointAwsService.TIMESTREAM_INFLUXDB = InterfaceVpcEndpointAwsService("timestream-influxdb")
InterfaceVpcEndpointAwsService.TIMESTREAM_INFLUXDB_FIPS = InterfaceVpcEndpointAwsService(
    "timestream-influxdb-fips"
)
InterfaceVpcEndpointAwsService.TRANSCRIBE = InterfaceVpcEndpointAwsService("transcribe")
InterfaceVpcEndpointAwsService.TRANSCRIBE_STREAMING = InterfaceVpcEndpointAwsService("transcribestreaming")
InterfaceVpcEndpointAwsService.TRANSFER = InterfaceVpcEndpointAwsService("transfer")
InterfaceVpcEndpointAwsService.TRANSFER_SERVER = InterfaceVpcEndpointAwsService("transfer.server")
InterfaceVpcEndpointAwsService.TRANSLATE = InterfaceVpcEndpointAwsService("translate")
InterfaceVpcEndpointAwsService.TRUSTED_ADVISOR = InterfaceVpcEndpointAwsService("trustedadvisor")
InterfaceVpcEndpointAwsService.VERIFIED_PERMISSIONS = InterfaceVpcEndpointAwsService("verifiedpermissions")
InterfaceVpcEndpointAwsService.VPC_LATTICE = InterfaceVpcEndpointAwsService("vpc-lattice")
InterfaceVpcEndpointAwsService.WAFV2 = InterfaceVpcEndpointAwsService("wafv2")
InterfaceVpcEndpointAwsService.WAFV2_FIPS = InterfaceVpcEndpointAwsService("wafv2-fips")
InterfaceVpcEndpointAwsService.WELL_ARCHITECTED_TOOL = InterfaceVpcEndpointAwsService("wellarchitected")
InterfaceVpcEndpointAwsService.WORKMAIL = InterfaceVpcEndpointAwsService("workmail")
InterfaceVpcEndpointAwsService.WORKSPACES = InterfaceVpcEndpointAwsService("workspaces")
InterfaceVpcEndpointAwsService.WORKSPACES_THIN_CLIENT = InterfaceVpcEndpointAwsService("thinclient.api")
InterfaceVpcEndpointAwsService.WORKSPACES_WEB = InterfaceVpcEndpointAwsService("workspaces-web")
InterfaceVpcEndpointAwsService.WORKSPACES_WEB_FIPS = InterfaceVpcEndpointAwsService("workspaces-web-fips")
InterfaceVpcEndpointAwsService.XRAY = InterfaceVpcEndpointAwsService("xray")


# --- endpoints -----------------------------------------------------------------------------------


def _selection_repr(selection: SubnetSelection | None) -> str:
    """The selection as the call that builds it, with only the fields that were set."""
    if selection is None:
        return "None"
    given = ", ".join(f"{name}={value!r}" for name, value in as_dict(selection).items() if value is not None)
    return f"SubnetSelection({given})"


@lazy_frozen(kw_only=True)
class InterfaceVpcEndpointOptions(metaclass=LazyAttrsMeta):
    """Options of an interface endpoint added to a VPC."""

    service: IInterfaceVpcEndpointService
    """The service to reach."""
    dns_record_ip_type: VpcEndpointDnsRecordIpType | None = None
    """Which IP addresses the DNS records hold. Default: as EC2 decides from `ip_address_type`."""
    ip_address_type: VpcEndpointIpAddressType | None = None
    """Which IP addresses the network interfaces get. Default: as EC2 decides from the subnets."""
    lookup_supported_azs: bool | None = None
    """Place the endpoint only in the AZs where the service is offered, looked up in the stack's account
    and region (the stack needs an env). Default: false."""
    open: bool | None = None
    """Allow the whole VPC's IPv4 range to the service port. Default: true."""
    private_dns_enabled: bool | None = None
    """Whether the service's public DNS name resolves to the endpoint in the VPC. Default: the service's
    `private_dns_default` (true for AWS services, false for custom ones)."""
    private_dns_only_for_inbound_resolver_endpoint: (
        VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint | None
    ) = None
    """Who gets the private DNS names. Default: as EC2 decides (all resolvers)."""
    security_groups: Sequence[ISecurityGroup] | None = field(default=None, converter=optional_tuple)
    """The endpoint's security groups. Default: a new security group."""
    service_region: str | None = None
    """The region of the service, for a cross-region endpoint. Default: the endpoint's region."""
    subnets: SubnetSelection | None = field(default=None, converter=to_subnet_selection)
    """Where to place the endpoint, one subnet per AZ. Default: the VPC's private subnets."""


@lazy_frozen(kw_only=True)
class InterfaceVpcEndpointProps(InterfaceVpcEndpointOptions, metaclass=LazyAttrsMeta):
    """Properties of an InterfaceVpcEndpoint."""

    vpc: IVpc
    """The VPC of the endpoint."""


@lazy_frozen(kw_only=True)
class InterfaceVpcEndpointAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing interface endpoint."""

    port: int
    """The port the service listens on."""
    vpc_endpoint_id: str
    """The endpoint's id."""
    security_groups: Sequence[ISecurityGroup] | None = field(default=None, converter=optional_tuple)
    """The endpoint's security groups. Default: none."""


@runtime_checkable
class IInterfaceVpcEndpoint(IVpcEndpoint, IConnectable, Protocol):
    """An interface endpoint, defined here or imported."""


class _ImportedInterfaceVpcEndpoint(Resource):
    def __init__(self, scope: Construct, id: str, attributes: InterfaceVpcEndpointAttributes) -> None:
        super().__init__(scope, id)
        self.vpc_endpoint_id = attributes.vpc_endpoint_id
        self.connections = Connections(
            default_port=Port.tcp(attributes.port), security_groups=attributes.security_groups
        )

    @property
    def vpc_endpoint_ref(self) -> VPCEndpointReference:
        """A reference to the endpoint: its id."""
        return VPCEndpointReference(vpc_endpoint_id=self.vpc_endpoint_id)


class InterfaceVpcEndpoint(VpcEndpoint):
    """An interface endpoint (`AWS::EC2::VPCEndpoint` of type Interface) with its security group."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-ec2.InterfaceVpcEndpoint"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        service: IInterfaceVpcEndpointService,
        dns_record_ip_type: VpcEndpointDnsRecordIpType | None = None,
        ip_address_type: VpcEndpointIpAddressType | None = None,
        lookup_supported_azs: bool | None = None,
        open: bool | None = None,  # noqa: A002
        private_dns_enabled: bool | None = None,
        private_dns_only_for_inbound_resolver_endpoint: VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint
        | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        service_region: str | None = None,
        subnets: SubnetSelection | Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = InterfaceVpcEndpointProps(
            vpc=vpc,
            service=service,
            dns_record_ip_type=dns_record_ip_type,
            ip_address_type=ip_address_type,
            lookup_supported_azs=lookup_supported_azs,
            open=open,
            private_dns_enabled=private_dns_enabled,
            private_dns_only_for_inbound_resolver_endpoint=private_dns_only_for_inbound_resolver_endpoint,
            security_groups=security_groups,
            service_region=service_region,
            subnets=subnets,
        )
        if props.security_groups is not None and not props.security_groups:
            # Differs from aws-cdk-lib, which fails with a JavaScript TypeError on an empty list.
            raise ValidationError(
                self,
                "security_groups=[] is empty; give at least one security group, or leave security_groups "
                "unset to create one",
            )
        groups = list(props.security_groups or [SecurityGroup(self, "SecurityGroup", vpc=props.vpc)])
        self.connections = Connections(default_port=Port.tcp(props.service.port), security_groups=groups)
        if props.open is not False:
            self.connections.allow_default_port_from(Peer.ipv4(props.vpc.vpc_cidr_block))
        subnet_ids = self._endpoint_subnet_ids(props)
        private_dns_enabled = props.private_dns_enabled
        if private_dns_enabled is None:
            service_default = getattr(props.service, "private_dns_default", None)
            private_dns_enabled = True if service_default is None else service_default
        dns_options: CfnVPCEndpoint.DnsOptionsSpecificationProperty | None = None
        inbound_only = props.private_dns_only_for_inbound_resolver_endpoint
        if props.dns_record_ip_type is not None or inbound_only is not None:
            dns_options = CfnVPCEndpoint.DnsOptionsSpecificationProperty(
                dns_record_ip_type=DNS_RECORD_IP_TYPE.get(props.dns_record_ip_type)
                if props.dns_record_ip_type is not None
                else None,
                private_dns_only_for_inbound_resolver_endpoint=_PRIVATE_DNS_ONLY_FOR_INBOUND_RESOLVER[
                    inbound_only
                ]
                if inbound_only is not None
                else None,
            )
        resource = CfnVPCEndpoint(
            self,
            "Resource",
            private_dns_enabled=private_dns_enabled,
            policy_document=self._rendered_policy_document(),
            security_group_ids=[group.security_group_id for group in groups],
            service_name=props.service.name,
            vpc_endpoint_type="Interface",
            subnet_ids=subnet_ids,
            vpc_id=props.vpc.vpc_id,
            ip_address_type=IP_ADDRESS_TYPE[props.ip_address_type]
            if props.ip_address_type is not None
            else None,
            dns_options=dns_options,
            service_region=props.service_region,
        )
        self.vpc_endpoint_id: str = resource.ref
        self.vpc_endpoint_creation_timestamp: str = resource.attr_creation_timestamp
        self.vpc_endpoint_dns_entries: list[str] = resource.attr_dns_entries
        self.vpc_endpoint_network_interface_ids: list[str] = resource.attr_network_interface_ids

    def _endpoint_subnet_ids(self, props: InterfaceVpcEndpointProps) -> list[str]:
        """The subnets for the endpoint: one per AZ, and only the service's AZs when looked up."""
        selection = as_dict(props.subnets) if props.subnets is not None else {}
        selection["one_per_az"] = True
        selected = call_with_struct(props.vpc.select_subnets, SubnetSelection, **selection)
        if not selected.is_pending_lookup and not selected.subnets:
            raise ValidationError(
                self,
                f"subnets={_selection_repr(props.subnets)} selects no subnets of the VPC; "
                "select at least one subnet",
            )
        if not props.lookup_supported_azs:
            return list(selected.subnet_ids)
        zones = self._service_availability_zones(props.service)
        for subnet in selected.subnets:
            if Token.is_unresolved(subnet.availability_zone):
                raise ValidationError(
                    self,
                    f"lookup_supported_azs=True cannot filter subnet {subnet.node.path!r}, whose "
                    "availability zone is a token; give the VPC literal availability zones, or leave "
                    "lookup_supported_azs unset",
                )
        kept = [subnet for subnet in selected.subnets if subnet.availability_zone in zones]
        if not kept:
            subnet_zones = sorted({subnet.availability_zone for subnet in selected.subnets})
            raise ValidationError(
                self,
                f"lookup_supported_azs=True found the service in {zones!r}, but the selected subnets are in "
                f"{subnet_zones!r}; select subnets in one of the service's availability zones",
            )
        return [subnet.subnet_id for subnet in kept]

    def _service_availability_zones(self, service: IInterfaceVpcEndpointService) -> list[str]:
        """The AZs where the service is offered, from context (a dummy value until the CLI looks it up)."""
        stack = self.stack
        if stack.is_environment_agnostic:
            raise ValidationError(
                self,
                "lookup_supported_azs=True needs the stack's account and region; give the Stack an "
                "env=Environment(account=..., region=...), or leave lookup_supported_azs unset",
            )
        service_name = service.name
        if Token.is_unresolved(service_name) and isinstance(service, InterfaceVpcEndpointAwsService):
            service_name = str(stack.resolve(service_name))
        if Token.is_unresolved(service_name):
            raise ValidationError(
                self,
                f"lookup_supported_azs=True cannot look up the service {service!r}, whose name is a token; "
                "give the service a literal name, or leave lookup_supported_azs unset",
            )
        props = {"serviceName": service_name}
        value = ContextProvider.get_value(
            self, provider=_ENDPOINT_SERVICE_AZ_PROVIDER, props=props, dummy_value=list(_DUMMY_AZS)
        ).value
        if not isinstance(value, list) or not all(isinstance(zone, str) for zone in value):
            key = ContextProvider.get_key(self, provider=_ENDPOINT_SERVICE_AZ_PROVIDER, props=props).key
            raise ValidationError(
                self,
                f"context {key!r}={value!r} is not a list of availability zones; fix or clear the context",
            )
        return value

    @staticmethod
    def from_interface_vpc_endpoint_attributes(
        scope: Construct,
        id: str,
        *,
        port: int,
        vpc_endpoint_id: str,
        security_groups: Sequence[ISecurityGroup] | None = None,
    ) -> IInterfaceVpcEndpoint:
        """An existing interface endpoint."""
        attributes = InterfaceVpcEndpointAttributes(
            port=port, vpc_endpoint_id=vpc_endpoint_id, security_groups=security_groups
        )
        return _ImportedInterfaceVpcEndpoint(scope, id, attributes)
