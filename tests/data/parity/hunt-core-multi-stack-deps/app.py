"""Four stacks of one environment with the dependencies teams write: export_string_list_value, a DependencyGroup a parameter depends on, a construct dependency on another stack's queue, add_dependency with a reason, grants on another stack's topic and queues, stack tags, notification ARNs, description and stack_name, tags by priority."""
import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs, aws_sns as sns, aws_iam as iam, aws_ssm as ssm, aws_s3 as s3, aws_ec2 as ec2
from constructs import Construct, DependencyGroup

ENV = cdk.Environment(account="123456789012", region="us-east-1")


class Network(cdk.Stack):
    def __init__(self, scope, id, **kw):
        super().__init__(scope, id, **kw)
        self.vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=0, restrict_default_security_group=False,
                           subnet_configuration=[ec2.SubnetConfiguration(name="app", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=24)])
        self.sg = ec2.SecurityGroup(self, "AppSg", vpc=self.vpc, description="app")
        self.subnet_ids = self.export_string_list_value([s.subnet_id for s in self.vpc.isolated_subnets], name="app-subnets")


class Messaging(cdk.Stack):
    def __init__(self, scope, id, *, network: Network, **kw):
        super().__init__(scope, id, **kw)
        self.topic = sns.Topic(self, "Events", fifo=True, topic_name="events.fifo", content_based_deduplication=True)
        self.queues = []
        group = DependencyGroup()
        for name in ("billing", "shipping", "audit"):
            q = sqs.Queue(self, f"{name.title()}", fifo=True, queue_name=f"{name}.fifo")
            self.queues.append(q)
            group.add(q)
        param = ssm.StringParameter(self, "SgParam", string_value=network.sg.security_group_id, parameter_name="/app/sg")
        param.node.add_dependency(group)
        ssm.StringListParameter(self, "Subnets", string_list_value=network.subnet_ids)


class Api(cdk.Stack):
    def __init__(self, scope, id, *, messaging: Messaging, network: Network, **kw):
        super().__init__(scope, id, **kw)
        role = iam.Role(self, "ApiRole", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))
        messaging.topic.grant_publish(role)
        for q in messaging.queues:
            q.grant_send_messages(role)
        bucket = s3.Bucket(self, "Uploads")
        bucket.node.add_dependency(messaging.queues[0])
        cdk.CfnOutput(self, "SgId", value=network.sg.security_group_id)
        cdk.CfnOutput(self, "VpcCidr", value=network.vpc.vpc_cidr_block)
        cdk.CfnOutput(self, "Azs", value=cdk.Fn.join(",", network.vpc.availability_zones))


class Ops(cdk.Stack):
    def __init__(self, scope, id, **kw):
        super().__init__(scope, id, **kw)
        sns.Topic(self, "Alarms")


app = cdk.App()
net = Network(app, "Net", env=ENV, tags={"layer": "net"})
msg = Messaging(app, "Msg", network=net, env=ENV, tags={"layer": "msg"}, notification_arns=["arn:aws:sns:us-east-1:123456789012:cfn"])
api = Api(app, "Api", messaging=msg, network=net, env=ENV, description="API layer", stack_name="orders-api")
ops = Ops(app, "Ops", env=ENV)
api.add_dependency(ops, "alarms first")
ops.add_dependency(net)
cdk.Tags.of(app).add("app", "orders")
cdk.Tags.of(api).add("layer", "api", priority=300)
app.synth()
