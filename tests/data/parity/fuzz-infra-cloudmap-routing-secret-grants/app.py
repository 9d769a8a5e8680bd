import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_secretsmanager as sm
from aws_cdk import aws_servicediscovery as sd

app = cdk.App()
stack = cdk.Stack(app, "fuzz-infra-cloudmap-routing-secret-grants")

# The default routing policy: MULTIVALUE for A and SRV records, WEIGHTED for CNAME records and load balancers.
# (A routing_policy given beside them is written here; aws-cdk-lib writes the default, aws/aws-cdk#31719.)
namespace = sd.PublicDnsNamespace(stack, "Namespace", name="example.com")
namespace.create_service("Weighted", dns_record_type=sd.DnsRecordType.A)
namespace.create_service("Srv", dns_record_type=sd.DnsRecordType.SRV)
namespace.create_service("Alias", load_balancer=True, routing_policy=sd.RoutingPolicy.WEIGHTED)
namespace.create_service("Cname", dns_record_type=sd.DnsRecordType.CNAME)

# Read and write grants on one secret name the same resource, so minimized policies merge them.
secret = sm.Secret(stack, "Secret")
role = iam.Role(stack, "Reader", assumed_by=iam.AccountRootPrincipal())
secret.grant_read(role)
secret.grant_write(role)
imported = sm.Secret.from_secret_attributes(
    stack,
    "Imported",
    secret_complete_arn="arn:aws:secretsmanager:us-east-1:123456789012:secret:shared-AbCdEf",
)
imported.grant_read(role)
app.synth()
