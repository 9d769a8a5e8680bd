import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "S3AutoDelete")
s3.Bucket(stack, "Temp", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
b2 = s3.Bucket(stack, "Temp2", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True, enforce_ssl=True, bucket_name="temp-two-bucket")
app.synth()
