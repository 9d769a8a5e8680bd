import aws_cdk as cdk
import aws_cdk.aws_ec2 as ec2
import aws_cdk.aws_ssm as ssm

app = cdk.App()
parent = cdk.Stack(app, "NetworkParent")
inner = cdk.NestedStack(parent, "Inner")
vpc = ec2.CfnVPC(inner, "Vpc", cidr_block="10.0.0.0/16")
ssm.StringParameter(parent, "FirstBlock", string_value=cdk.Fn.select(0, vpc.attr_cidr_block_associations))
reader = cdk.Stack(app, "NetworkReader")
ssm.StringParameter(reader, "SecondBlock", string_value=cdk.Fn.select(1, vpc.attr_cidr_block_associations))
app.synth()
