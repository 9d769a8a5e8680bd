import os
import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

HERE = os.path.dirname(os.path.abspath(__file__))


class ImageStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        lambda_.Function(self, "FromAsset", runtime=lambda_.Runtime.FROM_IMAGE, handler=lambda_.Handler.FROM_IMAGE,
                         code=lambda_.Code.from_asset_image(os.path.join(HERE, "image"), cmd=["app.handler"],
                                                            build_args={"STAGE": "prod"}),
                         architecture=lambda_.Architecture.ARM_64)


app = cdk.App()
ImageStack(app, "Images", env=cdk.Environment(account="123456789012", region="eu-west-1"))
app.synth()
