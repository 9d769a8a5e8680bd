#!/usr/bin/env python3
"""The app of a project made by `cdk init app --language python`, with aws_cdk's imports changed."""

from cdk_init_app.cdk_init_app_stack import CdkInitAppStack

import apigwv2_integrations as cdk

app = cdk.App()
CdkInitAppStack(app, "CdkInitAppStack")

app.synth()
