import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

# The default child of a NestedStack is the AWS::CloudFormation::Stack resource that deploys it; its
# template_url is the token of the nested template's URL (here with the nested template unindented).
app = cdk.App()
stack = cdk.Stack(app, "docex-coreinteg-nested-default-child")
nested = cdk.NestedStack(stack, "NestedSuppressIndentation", suppress_template_indentation=True)
s3.Bucket(nested, "Bucket")
url = nested.node.default_child.template_url
cdk.CfnOutput(stack, "TemplateBucket", value=cdk.Fn.select(3, cdk.Fn.split("/", url)))
cdk.CfnOutput(stack, "TemplateKey", value=cdk.Fn.select(4, cdk.Fn.split("/", url)))
app.synth()
