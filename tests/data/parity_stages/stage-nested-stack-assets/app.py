"""Assets of stacks in stages: a nested stack's template (written in the stage's folder, so named as it
is), file and image assets staged in the app's folder (reached with `../` per stage), a file asset a stack
registers itself (named as given), a legacy-synthesized stack, the `aws:asset:*` metadata the cdk CLI
asks for, and cross-stack references at both levels (the app's one warning about their strength goes to
the stage's reader: nested stages are synthesized first, nested stacks or not)."""
import os

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3_assets as s3_assets
from constructs import Construct

HERE = os.path.dirname(os.path.abspath(__file__))


class Workers(cdk.NestedStack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        lambda_.Function(
            self,
            "Fn",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_asset(os.path.join(HERE, "handler")),
        )


class Service(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        Workers(self, "Workers")
        layer = lambda_.LayerVersion(self, "Layer", code=lambda_.Code.from_asset(os.path.join(HERE, "handler")))
        lambda_.DockerImageFunction(
            self,
            "Image",
            code=lambda_.DockerImageCode.from_image_asset(os.path.join(HERE, "image"), build_args={"MODE": "x"}),
        )
        self.fn = lambda_.Function(
            self,
            "WithLayer",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(e, c):\n    return 1"),
            layers=[layer],
        )
        settings = s3_assets.Asset(self, "Settings", path=os.path.join(HERE, "handler", "index.py"))
        cdk.CfnOutput(self, "SettingsPath", value=settings.asset_path)
        own = self.synthesizer.add_file_asset(
            source_hash="0123456789abcdef", file_name="own-file.txt", packaging=cdk.FileAssetPackaging.FILE
        )
        cdk.CfnOutput(self, "OwnKey", value=own.object_key)


class Reader(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, fn: lambda_.IFunction, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        cdk.CfnOutput(self, "FunctionArn", value=fn.function_arn)


class Legacy(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, synthesizer=cdk.LegacyStackSynthesizer(), **kwargs)
        lambda_.Function(
            self,
            "Fn",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_asset(os.path.join(HERE, "handler")),
        )


class Region(cdk.Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        service = Service(self, "Service")
        Reader(self, "Reader", fn=service.fn)
        Legacy(self, "Legacy")
        Cell(self, "Cell")


class Cell(cdk.Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        Service(self, "Service")


app = cdk.App(context={"aws:cdk:enable-asset-metadata": True})
top = Service(app, "Top")
Reader(app, "TopReader", fn=top.fn)
Region(app, "Prod")
app.synth()
