"""Who writes Elastic Load Balancing logs to S3: the ELB account of each region that has one.

Regions opened since August 2022 have no such account; their logs come from the log delivery
service principal. These are the accounts AWS documents (and aws_cdk's region facts list).
"""

from __future__ import annotations

ELB_LOG_DELIVERY_SERVICE = "logdelivery.elasticloadbalancing.amazonaws.com"
LOG_DELIVERY_SERVICE = "delivery.logs.amazonaws.com"

ELB_ACCOUNT_BY_REGION = {
    "af-south-1": "098369216593",
    "ap-east-1": "754344448648",
    "ap-northeast-1": "582318560864",
    "ap-northeast-2": "600734575887",
    "ap-northeast-3": "383597477331",
    "ap-south-1": "718504428378",
    "ap-southeast-1": "114774131450",
    "ap-southeast-2": "783225319266",
    "ap-southeast-3": "589379963580",
    "ca-central-1": "985666609251",
    "cn-north-1": "638102146993",
    "cn-northwest-1": "037604701340",
    "eu-central-1": "054676820928",
    "eu-north-1": "897822967062",
    "eu-south-1": "635631232127",
    "eu-west-1": "156460612806",
    "eu-west-2": "652711504416",
    "eu-west-3": "009996457667",
    "me-south-1": "076674570225",
    "sa-east-1": "507241528517",
    "us-east-1": "127311923021",
    "us-east-2": "033677994240",
    "us-gov-east-1": "190560391635",
    "us-gov-west-1": "048591011584",
    "us-iso-east-1": "770363063475",
    "us-iso-west-1": "121062877647",
    "us-isob-east-1": "740734521339",
    "us-isof-east-1": "091100254016",
    "us-isof-south-1": "412137745753",
    "us-west-1": "027434742980",
    "us-west-2": "797873946194",
}
