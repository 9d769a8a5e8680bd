"""TreeInspector and IInspectable: attributes a construct reports about itself."""

from __future__ import annotations

from apigwv2_integrations import IInspectable, TreeInspector


class _Reporting:
    def inspect(self, inspector: TreeInspector) -> None:
        inspector.add_attribute("aws:cdk:cloudformation:type", "AWS::SQS::Queue")


def test_inspector_collects_the_reported_attributes() -> None:
    inspector = TreeInspector()
    reporting = _Reporting()
    reporting.inspect(inspector)
    assert inspector.attributes == {"aws:cdk:cloudformation:type": "AWS::SQS::Queue"}
    assert isinstance(reporting, IInspectable)
    assert not isinstance(object(), IInspectable)
