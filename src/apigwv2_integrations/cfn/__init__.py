"""Generated L1 classes, one package per AWS service (aws_<service>), one module per resource type.

A service package imports a resource's module only when one of its names is first used.
"""
