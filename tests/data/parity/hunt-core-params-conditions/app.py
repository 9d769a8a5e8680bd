"""CloudFormation parameters, conditions (and/or/not/equals), a lazy and an eager CfnMapping, resources and outputs under conditions, Fn intrinsics (cidr, get_azs, select, split, sub, base64, import_value, condition_if), raw overrides and deletion overrides, depends-on, template options and a CfnRule, with and without a custom DefaultStackSynthesizer."""
import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs, aws_sns as sns, aws_ec2 as ec2, aws_iam as iam
from constructs import Construct


class NetworkStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        env_param = cdk.CfnParameter(self, "EnvName", type="String", default="dev",
                                     allowed_values=["dev", "staging", "prod"], description="Environment")
        cidr = cdk.CfnParameter(self, "VpcCidr", type="String", default="10.0.0.0/16",
                                allowed_pattern=r"(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})/(\d{1,2})",
                                constraint_description="must be a CIDR")
        count = cdk.CfnParameter(self, "QueueCount", type="Number", default=2, min_value=1, max_value=5)
        subnets = cdk.CfnParameter(self, "SubnetIds", type="List<AWS::EC2::Subnet::Id>")
        secret = cdk.CfnParameter(self, "ApiKey", type="String", no_echo=True, min_length=8)
        is_prod = cdk.CfnCondition(self, "IsProd", expression=cdk.Fn.condition_equals(env_param.value_as_string, "prod"))
        not_prod = cdk.CfnCondition(self, "NotProd", expression=cdk.Fn.condition_not(is_prod))
        us = cdk.CfnCondition(self, "InUsEast1", expression=cdk.Fn.condition_equals(cdk.Aws.REGION, "us-east-1"))
        both = cdk.CfnCondition(self, "ProdInUs", expression=cdk.Fn.condition_and(is_prod, us))
        either = cdk.CfnCondition(self, "ProdOrUs", expression=cdk.Fn.condition_or(is_prod, us,
                                  cdk.Fn.condition_equals("a", env_param.value_as_string)))
        mapping = cdk.CfnMapping(self, "Sizes", mapping={
            "dev": {"instance": "t3.micro", "retention": "60"},
            "staging": {"instance": "t3.small", "retention": "300"},
            "prod": {"instance": "m5.large", "retention": "1400"},
        })
        region_map = cdk.CfnMapping(self, "RegionMap", mapping={
            "us-east-1": {"ami": "ami-0123456789abcdef0"}, "eu-west-1": {"ami": "ami-0123456789abcdef1"}}, lazy=True)
        vpc = ec2.CfnVPC(self, "Vpc", cidr_block=cidr.value_as_string, enable_dns_hostnames=True)
        for i in range(3):
            sub = ec2.CfnSubnet(self, f"Subnet{i}", vpc_id=vpc.ref,
                                cidr_block=cdk.Fn.select(i, cdk.Fn.cidr(vpc.attr_cidr_block, 6, "8")),
                                availability_zone=cdk.Fn.select(i, cdk.Fn.get_azs()))
            if i == 2:
                sub.cfn_options.condition = is_prod
        q = sqs.CfnQueue(self, "Queue", message_retention_period=cdk.Token.as_number(
            cdk.Fn.find_in_map("Sizes", env_param.value_as_string, "retention")))
        q.cfn_options.condition = not_prod
        inst = ec2.CfnInstance(self, "Box", instance_type=mapping.find_in_map(env_param.value_as_string, "instance"),
                               image_id=region_map.find_in_map(cdk.Aws.REGION, "ami"),
                               subnet_id=cdk.Fn.select(0, subnets.value_as_list),
                               user_data=cdk.Fn.base64(cdk.Fn.sub("#!/bin/bash\necho ${Env} ${AWS::Region} > /tmp/x",
                                                                  {"Env": env_param.value_as_string})))
        inst.cfn_options.condition = both
        topic = sns.CfnTopic(self, "Alerts", topic_name=cdk.Fn.join("-", [env_param.value_as_string, "alerts", cdk.Aws.ACCOUNT_ID]),
                             display_name="alerts")
        topic.cfn_options.condition = either
        topic.add_property_override("Tags", [{"Key": "k", "Value": cdk.Fn.select(1, cdk.Fn.split(",", "a,b,c"))}])
        cdk.CfnOutput(self, "QueueArn", value=q.attr_arn, condition=not_prod)
        cdk.CfnOutput(self, "Count", value=count.value_as_string)
        cdk.CfnOutput(self, "KeyLen", value=cdk.Fn.join("", ["len:", secret.value_as_string]))
        cdk.CfnOutput(self, "AzCount", value=cdk.Fn.select(0, cdk.Fn.get_azs("eu-west-1")))
        cdk.CfnOutput(self, "TopicArn", value=topic.ref, condition=either, export_name="alerts-topic")
        cdk.CfnOutput(self, "Imported", value=cdk.Fn.import_value("shared-vpc-id"))
        cdk.CfnOutput(self, "Split", value=cdk.Fn.join("/", cdk.Fn.split(":", cdk.Fn.import_value("some-list"), 3)))
        role = iam.CfnRole(self, "Role", assume_role_policy_document={
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole",
                           "Condition": {"StringEquals": {"aws:RequestedRegion": cdk.Aws.REGION}}}]})
        role.add_override("Properties.Description", cdk.Fn.condition_if("IsProd", "prod role", "dev role"))
        role.add_deletion_override("Properties.Path")
        role.add_depends_on(vpc)
        role.cfn_options.deletion_policy = cdk.CfnDeletionPolicy.RETAIN
        role.cfn_options.update_replace_policy = cdk.CfnDeletionPolicy.RETAIN
        role.cfn_options.metadata = {"owner": "net-team"}
        self.template_options.description = "Network with parameters"
        self.template_options.metadata = {"cfn-lint": {"config": {"ignore_checks": ["W2001"]}}}
        self.template_options.transforms = ["AWS::Serverless-2016-10-31"]
        cdk.CfnRule(self, "ProdNeedsCidr", rule_condition=cdk.Fn.condition_equals(env_param.value_as_string, "prod"),
                    assertions=[cdk.CfnRuleAssertion(assert_=cdk.Fn.condition_not(cdk.Fn.condition_equals(cidr.value_as_string, "10.0.0.0/16")),
                                                     assert_description="prod needs own cidr")])


app = cdk.App()
NetworkStack(app, "Network")
NetworkStack(app, "NetworkEu", env=cdk.Environment(region="eu-west-1"), stack_name="network-eu",
             synthesizer=cdk.DefaultStackSynthesizer(qualifier="netq1", file_assets_bucket_name="my-assets-${AWS::Region}",
                                                     bucket_prefix="net/", deploy_role_arn="arn:aws:iam::${AWS::AccountId}:role/deploy"))
app.synth()
