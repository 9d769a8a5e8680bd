"""DataProtectionPolicy: the sensitive data a log group audits and masks, and the identifiers that find it."""

from __future__ import annotations

from collections.abc import Sequence

from ..core.construct import Construct
from ..core.converters import to_tuple
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any, ClassVar

    from ..interfaces.aws_logs import ILogGroupRef
    from ..interfaces.aws_s3 import IBucketRef


class DataIdentifier:
    """A managed data identifier: a kind of sensitive data CloudWatch Logs recognizes (`EmailAddress`)."""

    ADDRESS: ClassVar[DataIdentifier]
    AWSSECRETKEY: ClassVar[DataIdentifier]
    BANKACCOUNTNUMBER_DE: ClassVar[DataIdentifier]
    BANKACCOUNTNUMBER_ES: ClassVar[DataIdentifier]
    BANKACCOUNTNUMBER_FR: ClassVar[DataIdentifier]
    BANKACCOUNTNUMBER_GB: ClassVar[DataIdentifier]
    BANKACCOUNTNUMBER_IT: ClassVar[DataIdentifier]
    BANKACCOUNTNUMBER_US: ClassVar[DataIdentifier]
    CEPCODE_BR: ClassVar[DataIdentifier]
    CNPJ_BR: ClassVar[DataIdentifier]
    CPFCODE_BR: ClassVar[DataIdentifier]
    CREDITCARDEXPIRATION: ClassVar[DataIdentifier]
    CREDITCARDNUMBER: ClassVar[DataIdentifier]
    CREDITCARDSECURITYCODE: ClassVar[DataIdentifier]
    DRIVERSLICENSE_AT: ClassVar[DataIdentifier]
    DRIVERSLICENSE_AU: ClassVar[DataIdentifier]
    DRIVERSLICENSE_BE: ClassVar[DataIdentifier]
    DRIVERSLICENSE_BG: ClassVar[DataIdentifier]
    DRIVERSLICENSE_CA: ClassVar[DataIdentifier]
    DRIVERSLICENSE_CY: ClassVar[DataIdentifier]
    DRIVERSLICENSE_CZ: ClassVar[DataIdentifier]
    DRIVERSLICENSE_DE: ClassVar[DataIdentifier]
    DRIVERSLICENSE_DK: ClassVar[DataIdentifier]
    DRIVERSLICENSE_EE: ClassVar[DataIdentifier]
    DRIVERSLICENSE_ES: ClassVar[DataIdentifier]
    DRIVERSLICENSE_FI: ClassVar[DataIdentifier]
    DRIVERSLICENSE_FR: ClassVar[DataIdentifier]
    DRIVERSLICENSE_GB: ClassVar[DataIdentifier]
    DRIVERSLICENSE_GR: ClassVar[DataIdentifier]
    DRIVERSLICENSE_HR: ClassVar[DataIdentifier]
    DRIVERSLICENSE_HU: ClassVar[DataIdentifier]
    DRIVERSLICENSE_IE: ClassVar[DataIdentifier]
    DRIVERSLICENSE_IT: ClassVar[DataIdentifier]
    DRIVERSLICENSE_LT: ClassVar[DataIdentifier]
    DRIVERSLICENSE_LU: ClassVar[DataIdentifier]
    DRIVERSLICENSE_LV: ClassVar[DataIdentifier]
    DRIVERSLICENSE_MT: ClassVar[DataIdentifier]
    DRIVERSLICENSE_NL: ClassVar[DataIdentifier]
    DRIVERSLICENSE_PL: ClassVar[DataIdentifier]
    DRIVERSLICENSE_PT: ClassVar[DataIdentifier]
    DRIVERSLICENSE_RO: ClassVar[DataIdentifier]
    DRIVERSLICENSE_SE: ClassVar[DataIdentifier]
    DRIVERSLICENSE_SI: ClassVar[DataIdentifier]
    DRIVERSLICENSE_SK: ClassVar[DataIdentifier]
    DRIVERSLICENSE_US: ClassVar[DataIdentifier]
    DRUGENFORCEMENTAGENCYNUMBER_US: ClassVar[DataIdentifier]
    ELECTORALROLLNUMBER_GB: ClassVar[DataIdentifier]
    EMAILADDRESS: ClassVar[DataIdentifier]
    HEALTHCAREPROCEDURECODE_US: ClassVar[DataIdentifier]
    HEALTHINSURANCECARDNUMBER_EU: ClassVar[DataIdentifier]
    HEALTHINSURANCECLAIMNUMBER_US: ClassVar[DataIdentifier]
    HEALTHINSURANCENUMBER_FR: ClassVar[DataIdentifier]
    INDIVIDUALTAXIDENTIFICATIONNUMBER_US: ClassVar[DataIdentifier]
    INSEECODE_FR: ClassVar[DataIdentifier]
    IPADDRESS: ClassVar[DataIdentifier]
    LATLONG: ClassVar[DataIdentifier]
    MEDICAREBENEFICIARYNUMBER_US: ClassVar[DataIdentifier]
    NAME: ClassVar[DataIdentifier]
    NATIONALDRUGCODE_US: ClassVar[DataIdentifier]
    NATIONALIDENTIFICATIONNUMBER_DE: ClassVar[DataIdentifier]
    NATIONALIDENTIFICATIONNUMBER_ES: ClassVar[DataIdentifier]
    NATIONALIDENTIFICATIONNUMBER_IT: ClassVar[DataIdentifier]
    NATIONALINSURANCENUMBER_GB: ClassVar[DataIdentifier]
    NATIONALPROVIDERID_US: ClassVar[DataIdentifier]
    NHSNUMBER_GB: ClassVar[DataIdentifier]
    NIENUMBER_ES: ClassVar[DataIdentifier]
    NIFNUMBER_ES: ClassVar[DataIdentifier]
    OPENSSHPRIVATEKEY: ClassVar[DataIdentifier]
    PASSPORTNUMBER_CA: ClassVar[DataIdentifier]
    PASSPORTNUMBER_DE: ClassVar[DataIdentifier]
    PASSPORTNUMBER_ES: ClassVar[DataIdentifier]
    PASSPORTNUMBER_FR: ClassVar[DataIdentifier]
    PASSPORTNUMBER_GB: ClassVar[DataIdentifier]
    PASSPORTNUMBER_IT: ClassVar[DataIdentifier]
    PASSPORTNUMBER_US: ClassVar[DataIdentifier]
    PERMANENTRESIDENCENUMBER_CA: ClassVar[DataIdentifier]
    PERSONALHEALTHNUMBER_CA: ClassVar[DataIdentifier]
    PGPPRIVATEKEY: ClassVar[DataIdentifier]
    PHONENUMBER_BR: ClassVar[DataIdentifier]
    PHONENUMBER_DE: ClassVar[DataIdentifier]
    PHONENUMBER_ES: ClassVar[DataIdentifier]
    PHONENUMBER_FR: ClassVar[DataIdentifier]
    PHONENUMBER_GB: ClassVar[DataIdentifier]
    PHONENUMBER_IT: ClassVar[DataIdentifier]
    PHONENUMBER_US: ClassVar[DataIdentifier]
    PKCSPRIVATEKEY: ClassVar[DataIdentifier]
    POSTALCODE_CA: ClassVar[DataIdentifier]
    PUTTYPRIVATEKEY: ClassVar[DataIdentifier]
    RGNUMBER_BR: ClassVar[DataIdentifier]
    SOCIALINSURANCENUMBER_CA: ClassVar[DataIdentifier]
    SSN_ES: ClassVar[DataIdentifier]
    SSN_US: ClassVar[DataIdentifier]
    TAXID_DE: ClassVar[DataIdentifier]
    TAXID_ES: ClassVar[DataIdentifier]
    TAXID_FR: ClassVar[DataIdentifier]
    TAXID_GB: ClassVar[DataIdentifier]
    VEHICLEIDENTIFICATIONNUMBER: ClassVar[DataIdentifier]
    ZIPCODE_US: ClassVar[DataIdentifier]

    def __init__(self, name: str) -> None:
        self.name = name
        """The identifier's name, such as `EmailAddress` or `DriversLicense-US`."""

    def to_string(self) -> str:
        """The identifier's name."""
        return self.name

    def __str__(self) -> str:
        return self.to_string()

    def __repr__(self) -> str:
        constant = _CONSTANT_NAMES.get(self.name)
        return f"DataIdentifier.{constant}" if constant else f"DataIdentifier({self.name!r})"


class CustomDataIdentifier(DataIdentifier):
    """Sensitive data found by a regular expression of your own."""

    def __init__(self, name: str, regex: str) -> None:
        super().__init__(name)
        self.regex = regex
        """The regular expression that matches the data."""

    def to_string(self) -> str:
        """The identifier as `name: regex`."""
        return f"{self.name}: {self.regex}"

    def __repr__(self) -> str:
        return f"CustomDataIdentifier({self.name!r}, {self.regex!r})"


DataIdentifier.ADDRESS = DataIdentifier("Address")
DataIdentifier.AWSSECRETKEY = DataIdentifier("AwsSecretKey")
DataIdentifier.BANKACCOUNTNUMBER_DE = DataIdentifier("BankAccountNumber-DE")
DataIdentifier.BANKACCOUNTNUMBER_ES = DataIdentifier("BankAccountNumber-ES")
DataIdentifier.BANKACCOUNTNUMBER_FR = DataIdentifier("BankAccountNumber-FR")
DataIdentifier.BANKACCOUNTNUMBER_GB = DataIdentifier("BankAccountNumber-GB")
DataIdentifier.BANKACCOUNTNUMBER_IT = DataIdentifier("BankAccountNumber-IT")
DataIdentifier.BANKACCOUNTNUMBER_US = DataIdentifier("BankAccountNumber-US")
DataIdentifier.CEPCODE_BR = DataIdentifier("CepCode-BR")
DataIdentifier.CNPJ_BR = DataIdentifier("Cnpj-BR")
DataIdentifier.CPFCODE_BR = DataIdentifier("CpfCode-BR")
DataIdentifier.CREDITCARDEXPIRATION = DataIdentifier("CreditCardExpiration")
DataIdentifier.CREDITCARDNUMBER = DataIdentifier("CreditCardNumber")
DataIdentifier.CREDITCARDSECURITYCODE = DataIdentifier("CreditCardSecurityCode")
DataIdentifier.DRIVERSLICENSE_AT = DataIdentifier("DriversLicense-AT")
DataIdentifier.DRIVERSLICENSE_AU = DataIdentifier("DriversLicense-AU")
DataIdentifier.DRIVERSLICENSE_BE = DataIdentifier("DriversLicense-BE")
DataIdentifier.DRIVERSLICENSE_BG = DataIdentifier("DriversLicense-BG")
DataIdentifier.DRIVERSLICENSE_CA = DataIdentifier("DriversLicense-CA")
DataIdentifier.DRIVERSLICENSE_CY = DataIdentifier("DriversLicense-CY")
DataIdentifier.DRIVERSLICENSE_CZ = DataIdentifier("DriversLicense-CZ")
DataIdentifier.DRIVERSLICENSE_DE = DataIdentifier("DriversLicense-DE")
DataIdentifier.DRIVERSLICENSE_DK = DataIdentifier("DriversLicense-DK")
DataIdentifier.DRIVERSLICENSE_EE = DataIdentifier("DriversLicense-EE")
DataIdentifier.DRIVERSLICENSE_ES = DataIdentifier("DriversLicense-ES")
DataIdentifier.DRIVERSLICENSE_FI = DataIdentifier("DriversLicense-FI")
DataIdentifier.DRIVERSLICENSE_FR = DataIdentifier("DriversLicense-FR")
DataIdentifier.DRIVERSLICENSE_GB = DataIdentifier("DriversLicense-GB")
DataIdentifier.DRIVERSLICENSE_GR = DataIdentifier("DriversLicense-GR")
DataIdentifier.DRIVERSLICENSE_HR = DataIdentifier("DriversLicense-HR")
DataIdentifier.DRIVERSLICENSE_HU = DataIdentifier("DriversLicense-HU")
DataIdentifier.DRIVERSLICENSE_IE = DataIdentifier("DriversLicense-IE")
DataIdentifier.DRIVERSLICENSE_IT = DataIdentifier("DriversLicense-IT")
DataIdentifier.DRIVERSLICENSE_LT = DataIdentifier("DriversLicense-LT")
DataIdentifier.DRIVERSLICENSE_LU = DataIdentifier("DriversLicense-LU")
DataIdentifier.DRIVERSLICENSE_LV = DataIdentifier("DriversLicense-LV")
DataIdentifier.DRIVERSLICENSE_MT = DataIdentifier("DriversLicense-MT")
DataIdentifier.DRIVERSLICENSE_NL = DataIdentifier("DriversLicense-NL")
DataIdentifier.DRIVERSLICENSE_PL = DataIdentifier("DriversLicense-PL")
DataIdentifier.DRIVERSLICENSE_PT = DataIdentifier("DriversLicense-PT")
DataIdentifier.DRIVERSLICENSE_RO = DataIdentifier("DriversLicense-RO")
DataIdentifier.DRIVERSLICENSE_SE = DataIdentifier("DriversLicense-SE")
DataIdentifier.DRIVERSLICENSE_SI = DataIdentifier("DriversLicense-SI")
DataIdentifier.DRIVERSLICENSE_SK = DataIdentifier("DriversLicense-SK")
DataIdentifier.DRIVERSLICENSE_US = DataIdentifier("DriversLicense-US")
DataIdentifier.DRUGENFORCEMENTAGENCYNUMBER_US = DataIdentifier("DrugEnforcementAgencyNumber-US")
DataIdentifier.ELECTORALROLLNUMBER_GB = DataIdentifier("ElectoralRollNumber-GB")
DataIdentifier.EMAILADDRESS = DataIdentifier("EmailAddress")
DataIdentifier.HEALTHCAREPROCEDURECODE_US = DataIdentifier("HealthcareProcedureCode-US")
DataIdentifier.HEALTHINSURANCECARDNUMBER_EU = DataIdentifier("HealthInsuranceCardNumber-EU")
DataIdentifier.HEALTHINSURANCECLAIMNUMBER_US = DataIdentifier("HealthInsuranceClaimNumber-US")
DataIdentifier.HEALTHINSURANCENUMBER_FR = DataIdentifier("HealthInsuranceNumber-FR")
DataIdentifier.INDIVIDUALTAXIDENTIFICATIONNUMBER_US = DataIdentifier("IndividualTaxIdentificationNumber-US")
DataIdentifier.INSEECODE_FR = DataIdentifier("InseeCode-FR")
DataIdentifier.IPADDRESS = DataIdentifier("IpAddress")
DataIdentifier.LATLONG = DataIdentifier("LatLong")
DataIdentifier.MEDICAREBENEFICIARYNUMBER_US = DataIdentifier("MedicareBeneficiaryNumber-US")
DataIdentifier.NAME = DataIdentifier("Name")
DataIdentifier.NATIONALDRUGCODE_US = DataIdentifier("NationalDrugCode-US")
DataIdentifier.NATIONALIDENTIFICATIONNUMBER_DE = DataIdentifier("NationalIdentificationNumber-DE")
DataIdentifier.NATIONALIDENTIFICATIONNUMBER_ES = DataIdentifier("NationalIdentificationNumber-ES")
DataIdentifier.NATIONALIDENTIFICATIONNUMBER_IT = DataIdentifier("NationalIdentificationNumber-IT")
DataIdentifier.NATIONALINSURANCENUMBER_GB = DataIdentifier("NationalInsuranceNumber-GB")
DataIdentifier.NATIONALPROVIDERID_US = DataIdentifier("NationalProviderId-US")
DataIdentifier.NHSNUMBER_GB = DataIdentifier("NhsNumber-GB")
DataIdentifier.NIENUMBER_ES = DataIdentifier("NieNumber-ES")
DataIdentifier.NIFNUMBER_ES = DataIdentifier("NifNumber-ES")
DataIdentifier.OPENSSHPRIVATEKEY = DataIdentifier("OpenSshPrivateKey")
DataIdentifier.PASSPORTNUMBER_CA = DataIdentifier("PassportNumber-CA")
DataIdentifier.PASSPORTNUMBER_DE = DataIdentifier("PassportNumber-DE")
DataIdentifier.PASSPORTNUMBER_ES = DataIdentifier("PassportNumber-ES")
DataIdentifier.PASSPORTNUMBER_FR = DataIdentifier("PassportNumber-FR")
DataIdentifier.PASSPORTNUMBER_GB = DataIdentifier("PassportNumber-GB")
DataIdentifier.PASSPORTNUMBER_IT = DataIdentifier("PassportNumber-IT")
DataIdentifier.PASSPORTNUMBER_US = DataIdentifier("PassportNumber-US")
DataIdentifier.PERMANENTRESIDENCENUMBER_CA = DataIdentifier("PermanentResidenceNumber-CA")
DataIdentifier.PERSONALHEALTHNUMBER_CA = DataIdentifier("PersonalHealthNumber-CA")
DataIdentifier.PGPPRIVATEKEY = DataIdentifier("PgpPrivateKey")
DataIdentifier.PHONENUMBER_BR = DataIdentifier("PhoneNumber-BR")
DataIdentifier.PHONENUMBER_DE = DataIdentifier("PhoneNumber-DE")
DataIdentifier.PHONENUMBER_ES = DataIdentifier("PhoneNumber-ES")
DataIdentifier.PHONENUMBER_FR = DataIdentifier("PhoneNumber-FR")
DataIdentifier.PHONENUMBER_GB = DataIdentifier("PhoneNumber-GB")
DataIdentifier.PHONENUMBER_IT = DataIdentifier("PhoneNumber-IT")
DataIdentifier.PHONENUMBER_US = DataIdentifier("PhoneNumber-US")
DataIdentifier.PKCSPRIVATEKEY = DataIdentifier("PkcsPrivateKey")
DataIdentifier.POSTALCODE_CA = DataIdentifier("PostalCode-CA")
DataIdentifier.PUTTYPRIVATEKEY = DataIdentifier("PuttyPrivateKey")
DataIdentifier.RGNUMBER_BR = DataIdentifier("RgNumber-BR")
DataIdentifier.SOCIALINSURANCENUMBER_CA = DataIdentifier("SocialInsuranceNumber-CA")
DataIdentifier.SSN_ES = DataIdentifier("Ssn-ES")
DataIdentifier.SSN_US = DataIdentifier("Ssn-US")
DataIdentifier.TAXID_DE = DataIdentifier("TaxId-DE")
DataIdentifier.TAXID_ES = DataIdentifier("TaxId-ES")
DataIdentifier.TAXID_FR = DataIdentifier("TaxId-FR")
DataIdentifier.TAXID_GB = DataIdentifier("TaxId-GB")
DataIdentifier.VEHICLEIDENTIFICATIONNUMBER = DataIdentifier("VehicleIdentificationNumber")
DataIdentifier.ZIPCODE_US = DataIdentifier("ZipCode-US")

_CONSTANT_NAMES = {
    value.name: name for name, value in vars(DataIdentifier).items() if isinstance(value, DataIdentifier)
}


@lazy_frozen(kw_only=True)
class DataProtectionPolicyProps(metaclass=LazyAttrsMeta):
    """Properties of a DataProtectionPolicy."""

    identifiers: tuple[DataIdentifier, ...] = field(converter=to_tuple)
    """The data to audit and mask: managed `DataIdentifier`s and `CustomDataIdentifier`s."""
    delivery_stream_name_audit_destination: str | None = None
    """The Firehose delivery stream that receives audit findings. Default: none."""
    description: str | None = None
    """The policy's description. Default: 'cdk generated data protection policy'."""
    log_group_audit_destination: ILogGroupRef | None = None
    """The log group that receives audit findings. Default: none."""
    name: str | None = None
    """The policy's name. Default: 'data-protection-policy-cdk'."""
    s3_bucket_audit_destination: IBucketRef | None = None
    """The S3 bucket that receives audit findings. Default: none."""


class DataProtectionPolicy:
    """A data protection policy for a log group: audits the identified data and masks it in log events."""

    def __init__(
        self,
        *,
        identifiers: Sequence[DataIdentifier],
        delivery_stream_name_audit_destination: str | None = None,
        description: str | None = None,
        log_group_audit_destination: ILogGroupRef | None = None,
        name: str | None = None,
        s3_bucket_audit_destination: IBucketRef | None = None,
    ) -> None:
        self._props = DataProtectionPolicyProps(
            identifiers=identifiers,
            delivery_stream_name_audit_destination=delivery_stream_name_audit_destination,
            description=description,
            log_group_audit_destination=log_group_audit_destination,
            name=name,
            s3_bucket_audit_destination=s3_bucket_audit_destination,
        )
        if not self._props.identifiers:
            raise ValidationError(
                None,
                "identifiers=[] is empty; give at least one DataIdentifier, e.g. DataIdentifier.EMAILADDRESS",
            )

    def __repr__(self) -> str:
        props = self._props
        keywords = [f"identifiers={list(props.identifiers)!r}"]
        for keyword in ("delivery_stream_name_audit_destination", "description", "name"):
            value = getattr(props, keyword)
            if value is not None:
                keywords.append(f"{keyword}={value!r}")
        return f"DataProtectionPolicy({', '.join(keywords)})"


def render_data_protection_policy(policy: DataProtectionPolicy, scope: Construct) -> dict[str, Any]:
    """The policy as the `DataProtectionPolicy` document of the log group `scope`."""
    props = policy._props
    partition = Stack.of(scope).partition
    # Managed identifiers are named by ARN, custom ones by name; both statements list the same identifiers.
    identifier_arns = [
        identifier.name
        if isinstance(identifier, CustomDataIdentifier)
        else f"arn:{partition}:dataprotection::aws:data-identifier/{identifier.name}"
        for identifier in props.identifiers
    ]
    findings_destination: dict[str, Any] = {}
    if props.log_group_audit_destination is not None:
        log_group_name = props.log_group_audit_destination.log_group_ref.log_group_name
        findings_destination["CloudWatchLogs"] = {"LogGroup": log_group_name}
    if props.s3_bucket_audit_destination is not None:
        findings_destination["S3"] = {"Bucket": props.s3_bucket_audit_destination.bucket_ref.bucket_name}
    if props.delivery_stream_name_audit_destination is not None:
        findings_destination["Firehose"] = {"DeliveryStream": props.delivery_stream_name_audit_destination}
    # The names, description, statement ids and version are the ones aws-cdk-lib writes.
    return {
        "Name": props.name if props.name is not None else "data-protection-policy-cdk",
        "Description": props.description
        if props.description is not None
        else "cdk generated data protection policy",
        "Version": "2021-06-01",
        "Statement": [
            {
                "Sid": "audit-statement-cdk",
                "DataIdentifier": identifier_arns,
                "Operation": {"Audit": {"FindingsDestination": findings_destination}},
            },
            {
                "Sid": "redact-statement-cdk",
                "DataIdentifier": list(identifier_arns),
                "Operation": {"Deidentify": {"MaskConfig": {}}},
            },
        ],
        "Configuration": {
            "CustomDataIdentifier": [
                {"Name": identifier.name, "Regex": identifier.regex}
                for identifier in props.identifiers
                if isinstance(identifier, CustomDataIdentifier)
            ]
        },
    }
