import aws_cdk as cdk
import aws_cdk.aws_ec2 as ec2
import aws_cdk.aws_ssm as ssm

app = cdk.App(context={"@aws-cdk/core:defaultCrossStackReferences": "weak"})
producer = cdk.Stack(app, "SameRegionWeakStringListProducer", env=cdk.Environment(region="eu-central-1"))
vpc = ec2.CfnVPC(producer, "Vpc", cidr_block="10.0.0.0/16")
ec2.CfnVPCCidrBlock(producer, "SecondaryCidr", vpc_id=vpc.ref, cidr_block="10.1.0.0/16")
consumer = cdk.Stack(app, "SameRegionWeakStringListConsumer", env=cdk.Environment(region="eu-central-1"))
ssm.StringParameter(consumer, "ParamFromList", parameter_name="WEAK_STRING_LIST_TEST",
                    string_value=cdk.Fn.select(1, vpc.attr_cidr_block_associations))
consumer.add_dependency(producer)
app.synth()
