"""Numbers in templates as JSON.stringify writes them: whole floats, small and large exponents and fractions, in an indented template, a template with its indentation suppressed and a nested stack's template (whose hash is in its parent's TemplateURL)."""
import aws_cdk as cdk
from constructs import Construct

NUMBERS = {
    "ServiceToken": "arn:aws:lambda:us-east-1:123456789012:function:numbers",
    "Whole": 5.0,
    "Negative": -3.0,
    "Fraction": 2.5,
    "Tenth": 0.1,
    "Small": 0.00001,
    "Smaller": 0.0000015,
    "Tiny": 1e-7,
    "NegativeTiny": -2.5e-8,
    "Large": 1e16,
    "Larger": 1e21,
    "Huge": 1.5e300,
    "List": [1.0, 0.000001, 123456789.125],
}


class Inner(cdk.NestedStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        cdk.CfnResource(self, "Numbers", type="Custom::Numbers", properties=NUMBERS)


app = cdk.App()
indented = cdk.Stack(app, "Indented")
cdk.CfnResource(indented, "Numbers", type="Custom::Numbers", properties=NUMBERS)
compact = cdk.Stack(app, "Compact", suppress_template_indentation=True)
cdk.CfnResource(compact, "Numbers", type="Custom::Numbers", properties=NUMBERS)
parent = cdk.Stack(app, "Parent")
Inner(parent, "Inner")
app.synth()
