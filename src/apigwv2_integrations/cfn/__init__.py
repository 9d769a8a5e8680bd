"""Generated L1 classes, one module per AWS service (aws_<service>); import the module you need."""
