"""Template validation findings of hand-written and escape-hatch CloudFormation: unused mappings and
conditions, removal policies (one without the other, Snapshot where CloudFormation takes none), sensitive
ports open to the internet, hardcoded AMIs and Fn::Sub variables that name nothing (errors acknowledged)."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2, aws_s3 as s3, aws_sns as sns, aws_sqs as sqs
from constructs import Construct


class Bastion(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        env_name = cdk.CfnParameter(self, "EnvName", default="dev", allowed_values=["dev", "prod"])
        cdk.CfnCondition(self, "IsProd", expression=cdk.Fn.condition_equals(env_name.value_as_string, "prod"))
        has_alarms = cdk.CfnCondition(self, "HasAlarms", expression=cdk.Fn.condition_not(cdk.Fn.condition_equals(env_name.value_as_string, "dev")))
        cdk.CfnMapping(self, "Sizes", mapping={"dev": {"instance": "t3.micro"}, "prod": {"instance": "m5.large"}})
        amis = cdk.CfnMapping(self, "Amis", mapping={"us-east-1": {"id": "ami-0123456789abcdef0"}, "eu-west-1": {"id": "ami-0123456789abcdef1"}})
        vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=0, restrict_default_security_group=False,
                      subnet_configuration=[ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC)])
        def group(name, *rules):
            resource = ec2.CfnSecurityGroup(self, name, group_description=name, vpc_id=vpc.vpc_id)
            resource.add_property_override("SecurityGroupIngress", [
                {key: value for key, value in (("IpProtocol", protocol), ("FromPort", low), ("ToPort", high), (cidr_key, cidr)) if value is not None}
                for protocol, low, high, cidr_key, cidr in rules])
            return resource

        ssh = group("Ssh", ("tcp", 22, 22, "CidrIp", "0.0.0.0/0"), ("tcp", 22, 22, "CidrIpv6", "::/0"), ("tcp", 443, 443, "CidrIp", "0.0.0.0/0"))
        group("Db", ("tcp", 5400, 5500, "CidrIp", "0.0.0.0/0"), ("tcp", 3306, 3306, "CidrIp", "10.0.0.0/8"))
        group("OpenAll", ("-1", None, None, "CidrIp", "0.0.0.0/0"))
        ec2.CfnSecurityGroupIngress(self, "RdpFromAnywhere", group_id=ssh.attr_group_id, ip_protocol="tcp", from_port=3389, to_port=3389, cidr_ip="0.0.0.0/0")
        for index, subnet in enumerate(vpc.public_subnets):
            ec2.CfnInstance(self, f"Host{index}", instance_type="t3.micro", subnet_id=subnet.subnet_id,
                            security_group_ids=[ssh.attr_group_id],
                            image_id=amis.find_in_map(cdk.Aws.REGION, "id") if index else "ami-0123456789abcdef2")
        archive = s3.CfnBucket(self, "Archive")
        archive.cfn_options.deletion_policy = cdk.CfnDeletionPolicy.RETAIN
        kept = s3.CfnBucket(self, "Kept")
        kept.cfn_options.deletion_policy = cdk.CfnDeletionPolicy.RETAIN
        kept.cfn_options.update_replace_policy = cdk.CfnDeletionPolicy.RETAIN
        queue = sqs.Queue(self, "Jobs")
        queue.node.default_child.cfn_options.update_replace_policy = cdk.CfnDeletionPolicy.SNAPSHOT
        cdk.Validations.of(queue).acknowledge(cdk.Acknowledgment(id="CloudFormation-Validate::F0018", reason="kept from an older template"))
        topic = sns.CfnTopic(self, "Alerts", display_name=cdk.Fn.sub("${EnvName}-${Team}-alerts"))
        topic.cfn_options.condition = has_alarms
        cdk.Validations.of(topic).acknowledge(cdk.Acknowledgment(id="CloudFormation-Validate::F1018", reason="Team is added by a transform"))
        cdk.CfnOutput(self, "SshGroup", value=ssh.attr_group_id)


app = cdk.App()
Bastion(app, "Bastion")
Bastion(app, "BastionEu", env=cdk.Environment(account="123456789012", region="eu-west-1"))
app.synth()
