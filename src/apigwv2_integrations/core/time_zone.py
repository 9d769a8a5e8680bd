"""TimeZone: an IANA time zone, for schedules and other time settings."""

from __future__ import annotations

from .runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import ClassVar

__all__ = ["TimeZone"]


class TimeZone:
    """An IANA time zone (`Europe/London`); the constants are the zones aws-cdk-lib names."""

    def __init__(self, timezone_name: str) -> None:
        self.timezone_name = timezone_name
        """The IANA name of the zone."""

    @staticmethod
    def of(timezone_name: str) -> TimeZone:
        """The zone named `timezone_name`, which is not checked (such as a newer IANA zone)."""
        return TimeZone(timezone_name)

    def __repr__(self) -> str:
        return f"TimeZone.of({self.timezone_name!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TimeZone) and other.timezone_name == self.timezone_name

    def __hash__(self) -> int:
        return hash(self.timezone_name)

    # The zones, set below the class (a class cannot hold instances of itself while it is being made).
    AFRICA_ABIDJAN: ClassVar[TimeZone]
    AFRICA_ALGIERS: ClassVar[TimeZone]
    AFRICA_BISSAU: ClassVar[TimeZone]
    AFRICA_CAIRO: ClassVar[TimeZone]
    AFRICA_CASABLANCA: ClassVar[TimeZone]
    AFRICA_CEUTA: ClassVar[TimeZone]
    AFRICA_EL_AAIUN: ClassVar[TimeZone]
    AFRICA_JOHANNESBURG: ClassVar[TimeZone]
    AFRICA_JUBA: ClassVar[TimeZone]
    AFRICA_KHARTOUM: ClassVar[TimeZone]
    AFRICA_LAGOS: ClassVar[TimeZone]
    AFRICA_MAPUTO: ClassVar[TimeZone]
    AFRICA_MONROVIA: ClassVar[TimeZone]
    AFRICA_NAIROBI: ClassVar[TimeZone]
    AFRICA_NDJAMENA: ClassVar[TimeZone]
    AFRICA_SAO_TOME: ClassVar[TimeZone]
    AFRICA_TRIPOLI: ClassVar[TimeZone]
    AFRICA_TUNIS: ClassVar[TimeZone]
    AFRICA_WINDHOEK: ClassVar[TimeZone]
    AMERICA_ADAK: ClassVar[TimeZone]
    AMERICA_ANCHORAGE: ClassVar[TimeZone]
    AMERICA_ARAGUAINA: ClassVar[TimeZone]
    AMERICA_ARGENTINA_BUENOS_AIRES: ClassVar[TimeZone]
    AMERICA_ARGENTINA_CATAMARCA: ClassVar[TimeZone]
    AMERICA_ARGENTINA_CORDOBA: ClassVar[TimeZone]
    AMERICA_ARGENTINA_JUJUY: ClassVar[TimeZone]
    AMERICA_ARGENTINA_LA_RIOJA: ClassVar[TimeZone]
    AMERICA_ARGENTINA_MENDOZA: ClassVar[TimeZone]
    AMERICA_ARGENTINA_RIO_GALLEGOS: ClassVar[TimeZone]
    AMERICA_ARGENTINA_SALTA: ClassVar[TimeZone]
    AMERICA_ARGENTINA_SAN_JUAN: ClassVar[TimeZone]
    AMERICA_ARGENTINA_SAN_LUIS: ClassVar[TimeZone]
    AMERICA_ARGENTINA_TUCUMAN: ClassVar[TimeZone]
    AMERICA_ARGENTINA_USHUAIA: ClassVar[TimeZone]
    AMERICA_ASUNCION: ClassVar[TimeZone]
    AMERICA_BAHIA: ClassVar[TimeZone]
    AMERICA_BAHIA_BANDERAS: ClassVar[TimeZone]
    AMERICA_BARBADOS: ClassVar[TimeZone]
    AMERICA_BELEM: ClassVar[TimeZone]
    AMERICA_BELIZE: ClassVar[TimeZone]
    AMERICA_BOA_VISTA: ClassVar[TimeZone]
    AMERICA_BOGOTA: ClassVar[TimeZone]
    AMERICA_BOISE: ClassVar[TimeZone]
    AMERICA_CAMBRIDGE_BAY: ClassVar[TimeZone]
    AMERICA_CAMPO_GRANDE: ClassVar[TimeZone]
    AMERICA_CANCUN: ClassVar[TimeZone]
    AMERICA_CARACAS: ClassVar[TimeZone]
    AMERICA_CAYENNE: ClassVar[TimeZone]
    AMERICA_CHICAGO: ClassVar[TimeZone]
    AMERICA_CHIHUAHUA: ClassVar[TimeZone]
    AMERICA_CIUDAD_JUAREZ: ClassVar[TimeZone]
    AMERICA_COSTA_RICA: ClassVar[TimeZone]
    AMERICA_CUIABA: ClassVar[TimeZone]
    AMERICA_DANMARKSHAVN: ClassVar[TimeZone]
    AMERICA_DAWSON: ClassVar[TimeZone]
    AMERICA_DAWSON_CREEK: ClassVar[TimeZone]
    AMERICA_DENVER: ClassVar[TimeZone]
    AMERICA_DETROIT: ClassVar[TimeZone]
    AMERICA_EDMONTON: ClassVar[TimeZone]
    AMERICA_EIRUNEPE: ClassVar[TimeZone]
    AMERICA_EL_SALVADOR: ClassVar[TimeZone]
    AMERICA_FORTALEZA: ClassVar[TimeZone]
    AMERICA_FORT_NELSON: ClassVar[TimeZone]
    AMERICA_GLACE_BAY: ClassVar[TimeZone]
    AMERICA_GOOSE_BAY: ClassVar[TimeZone]
    AMERICA_GRAND_TURK: ClassVar[TimeZone]
    AMERICA_GUATEMALA: ClassVar[TimeZone]
    AMERICA_GUAYAQUIL: ClassVar[TimeZone]
    AMERICA_GUYANA: ClassVar[TimeZone]
    AMERICA_HALIFAX: ClassVar[TimeZone]
    AMERICA_HAVANA: ClassVar[TimeZone]
    AMERICA_HERMOSILLO: ClassVar[TimeZone]
    AMERICA_INDIANA_INDIANAPOLIS: ClassVar[TimeZone]
    AMERICA_INDIANA_KNOX: ClassVar[TimeZone]
    AMERICA_INDIANA_MARENGO: ClassVar[TimeZone]
    AMERICA_INDIANA_PETERSBURG: ClassVar[TimeZone]
    AMERICA_INDIANA_TELL_CITY: ClassVar[TimeZone]
    AMERICA_INDIANA_VEVAY: ClassVar[TimeZone]
    AMERICA_INDIANA_VINCENNES: ClassVar[TimeZone]
    AMERICA_INDIANA_WINAMAC: ClassVar[TimeZone]
    AMERICA_INUVIK: ClassVar[TimeZone]
    AMERICA_IQALUIT: ClassVar[TimeZone]
    AMERICA_JAMAICA: ClassVar[TimeZone]
    AMERICA_JUNEAU: ClassVar[TimeZone]
    AMERICA_KENTUCKY_LOUISVILLE: ClassVar[TimeZone]
    AMERICA_KENTUCKY_MONTICELLO: ClassVar[TimeZone]
    AMERICA_LA_PAZ: ClassVar[TimeZone]
    AMERICA_LIMA: ClassVar[TimeZone]
    AMERICA_LOS_ANGELES: ClassVar[TimeZone]
    AMERICA_MACEIO: ClassVar[TimeZone]
    AMERICA_MANAGUA: ClassVar[TimeZone]
    AMERICA_MANAUS: ClassVar[TimeZone]
    AMERICA_MARTINIQUE: ClassVar[TimeZone]
    AMERICA_MATAMOROS: ClassVar[TimeZone]
    AMERICA_MAZATLAN: ClassVar[TimeZone]
    AMERICA_MENOMINEE: ClassVar[TimeZone]
    AMERICA_MERIDA: ClassVar[TimeZone]
    AMERICA_METLAKATLA: ClassVar[TimeZone]
    AMERICA_MEXICO_CITY: ClassVar[TimeZone]
    AMERICA_MIQUELON: ClassVar[TimeZone]
    AMERICA_MONCTON: ClassVar[TimeZone]
    AMERICA_MONTERREY: ClassVar[TimeZone]
    AMERICA_MONTEVIDEO: ClassVar[TimeZone]
    AMERICA_NEW_YORK: ClassVar[TimeZone]
    AMERICA_NOME: ClassVar[TimeZone]
    AMERICA_NORONHA: ClassVar[TimeZone]
    AMERICA_NORTH_DAKOTA_BEULAH: ClassVar[TimeZone]
    AMERICA_NORTH_DAKOTA_CENTER: ClassVar[TimeZone]
    AMERICA_NORTH_DAKOTA_NEW_SALEM: ClassVar[TimeZone]
    AMERICA_NUUK: ClassVar[TimeZone]
    AMERICA_OJINAGA: ClassVar[TimeZone]
    AMERICA_PANAMA: ClassVar[TimeZone]
    AMERICA_PARAMARIBO: ClassVar[TimeZone]
    AMERICA_PHOENIX: ClassVar[TimeZone]
    AMERICA_PORTO_VELHO: ClassVar[TimeZone]
    AMERICA_PORT_MINUS_AU_MINUS_PRINCE: ClassVar[TimeZone]
    AMERICA_PUERTO_RICO: ClassVar[TimeZone]
    AMERICA_PUNTA_ARENAS: ClassVar[TimeZone]
    AMERICA_RANKIN_INLET: ClassVar[TimeZone]
    AMERICA_RECIFE: ClassVar[TimeZone]
    AMERICA_REGINA: ClassVar[TimeZone]
    AMERICA_RESOLUTE: ClassVar[TimeZone]
    AMERICA_RIO_BRANCO: ClassVar[TimeZone]
    AMERICA_SANTAREM: ClassVar[TimeZone]
    AMERICA_SANTIAGO: ClassVar[TimeZone]
    AMERICA_SANTO_DOMINGO: ClassVar[TimeZone]
    AMERICA_SAO_PAULO: ClassVar[TimeZone]
    AMERICA_SCORESBYSUND: ClassVar[TimeZone]
    AMERICA_SITKA: ClassVar[TimeZone]
    AMERICA_ST_JOHNS: ClassVar[TimeZone]
    AMERICA_SWIFT_CURRENT: ClassVar[TimeZone]
    AMERICA_TEGUCIGALPA: ClassVar[TimeZone]
    AMERICA_THULE: ClassVar[TimeZone]
    AMERICA_TIJUANA: ClassVar[TimeZone]
    AMERICA_TORONTO: ClassVar[TimeZone]
    AMERICA_VANCOUVER: ClassVar[TimeZone]
    AMERICA_WHITEHORSE: ClassVar[TimeZone]
    AMERICA_WINNIPEG: ClassVar[TimeZone]
    AMERICA_YAKUTAT: ClassVar[TimeZone]
    AMERICA_YELLOWKNIFE: ClassVar[TimeZone]
    ANTARCTICA_CASEY: ClassVar[TimeZone]
    ANTARCTICA_DAVIS: ClassVar[TimeZone]
    ANTARCTICA_MACQUARIE: ClassVar[TimeZone]
    ANTARCTICA_MAWSON: ClassVar[TimeZone]
    ANTARCTICA_PALMER: ClassVar[TimeZone]
    ANTARCTICA_ROTHERA: ClassVar[TimeZone]
    ANTARCTICA_TROLL: ClassVar[TimeZone]
    ASIA_ALMATY: ClassVar[TimeZone]
    ASIA_AMMAN: ClassVar[TimeZone]
    ASIA_ANADYR: ClassVar[TimeZone]
    ASIA_AQTAU: ClassVar[TimeZone]
    ASIA_AQTOBE: ClassVar[TimeZone]
    ASIA_ASHGABAT: ClassVar[TimeZone]
    ASIA_ATYRAU: ClassVar[TimeZone]
    ASIA_BAGHDAD: ClassVar[TimeZone]
    ASIA_BAKU: ClassVar[TimeZone]
    ASIA_BANGKOK: ClassVar[TimeZone]
    ASIA_BARNAUL: ClassVar[TimeZone]
    ASIA_BEIRUT: ClassVar[TimeZone]
    ASIA_BISHKEK: ClassVar[TimeZone]
    ASIA_CHITA: ClassVar[TimeZone]
    ASIA_CHOIBALSAN: ClassVar[TimeZone]
    ASIA_COLOMBO: ClassVar[TimeZone]
    ASIA_DAMASCUS: ClassVar[TimeZone]
    ASIA_DHAKA: ClassVar[TimeZone]
    ASIA_DILI: ClassVar[TimeZone]
    ASIA_DUBAI: ClassVar[TimeZone]
    ASIA_DUSHANBE: ClassVar[TimeZone]
    ASIA_FAMAGUSTA: ClassVar[TimeZone]
    ASIA_GAZA: ClassVar[TimeZone]
    ASIA_HEBRON: ClassVar[TimeZone]
    ASIA_HONG_KONG: ClassVar[TimeZone]
    ASIA_HOVD: ClassVar[TimeZone]
    ASIA_HO_CHI_MINH: ClassVar[TimeZone]
    ASIA_IRKUTSK: ClassVar[TimeZone]
    ASIA_JAKARTA: ClassVar[TimeZone]
    ASIA_JAYAPURA: ClassVar[TimeZone]
    ASIA_JERUSALEM: ClassVar[TimeZone]
    ASIA_KABUL: ClassVar[TimeZone]
    ASIA_KAMCHATKA: ClassVar[TimeZone]
    ASIA_KARACHI: ClassVar[TimeZone]
    ASIA_KATHMANDU: ClassVar[TimeZone]
    ASIA_KHANDYGA: ClassVar[TimeZone]
    ASIA_KOLKATA: ClassVar[TimeZone]
    ASIA_KRASNOYARSK: ClassVar[TimeZone]
    ASIA_KUCHING: ClassVar[TimeZone]
    ASIA_MACAU: ClassVar[TimeZone]
    ASIA_MAGADAN: ClassVar[TimeZone]
    ASIA_MAKASSAR: ClassVar[TimeZone]
    ASIA_MANILA: ClassVar[TimeZone]
    ASIA_NICOSIA: ClassVar[TimeZone]
    ASIA_NOVOKUZNETSK: ClassVar[TimeZone]
    ASIA_NOVOSIBIRSK: ClassVar[TimeZone]
    ASIA_OMSK: ClassVar[TimeZone]
    ASIA_ORAL: ClassVar[TimeZone]
    ASIA_PONTIANAK: ClassVar[TimeZone]
    ASIA_PYONGYANG: ClassVar[TimeZone]
    ASIA_QATAR: ClassVar[TimeZone]
    ASIA_QOSTANAY: ClassVar[TimeZone]
    ASIA_QYZYLORDA: ClassVar[TimeZone]
    ASIA_RIYADH: ClassVar[TimeZone]
    ASIA_SAKHALIN: ClassVar[TimeZone]
    ASIA_SAMARKAND: ClassVar[TimeZone]
    ASIA_SEOUL: ClassVar[TimeZone]
    ASIA_SHANGHAI: ClassVar[TimeZone]
    ASIA_SINGAPORE: ClassVar[TimeZone]
    ASIA_SREDNEKOLYMSK: ClassVar[TimeZone]
    ASIA_TAIPEI: ClassVar[TimeZone]
    ASIA_TASHKENT: ClassVar[TimeZone]
    ASIA_TBILISI: ClassVar[TimeZone]
    ASIA_TEHRAN: ClassVar[TimeZone]
    ASIA_THIMPHU: ClassVar[TimeZone]
    ASIA_TOKYO: ClassVar[TimeZone]
    ASIA_TOMSK: ClassVar[TimeZone]
    ASIA_ULAANBAATAR: ClassVar[TimeZone]
    ASIA_URUMQI: ClassVar[TimeZone]
    ASIA_UST_MINUS_NERA: ClassVar[TimeZone]
    ASIA_VLADIVOSTOK: ClassVar[TimeZone]
    ASIA_YAKUTSK: ClassVar[TimeZone]
    ASIA_YANGON: ClassVar[TimeZone]
    ASIA_YEKATERINBURG: ClassVar[TimeZone]
    ASIA_YEREVAN: ClassVar[TimeZone]
    ATLANTIC_AZORES: ClassVar[TimeZone]
    ATLANTIC_BERMUDA: ClassVar[TimeZone]
    ATLANTIC_CANARY: ClassVar[TimeZone]
    ATLANTIC_CAPE_VERDE: ClassVar[TimeZone]
    ATLANTIC_FAROE: ClassVar[TimeZone]
    ATLANTIC_MADEIRA: ClassVar[TimeZone]
    ATLANTIC_SOUTH_GEORGIA: ClassVar[TimeZone]
    ATLANTIC_STANLEY: ClassVar[TimeZone]
    AUSTRALIA_ADELAIDE: ClassVar[TimeZone]
    AUSTRALIA_BRISBANE: ClassVar[TimeZone]
    AUSTRALIA_BROKEN_HILL: ClassVar[TimeZone]
    AUSTRALIA_DARWIN: ClassVar[TimeZone]
    AUSTRALIA_EUCLA: ClassVar[TimeZone]
    AUSTRALIA_HOBART: ClassVar[TimeZone]
    AUSTRALIA_LINDEMAN: ClassVar[TimeZone]
    AUSTRALIA_LORD_HOWE: ClassVar[TimeZone]
    AUSTRALIA_MELBOURNE: ClassVar[TimeZone]
    AUSTRALIA_PERTH: ClassVar[TimeZone]
    AUSTRALIA_SYDNEY: ClassVar[TimeZone]
    CET: ClassVar[TimeZone]
    CST6_CDT: ClassVar[TimeZone]
    EET: ClassVar[TimeZone]
    EST: ClassVar[TimeZone]
    EST5_EDT: ClassVar[TimeZone]
    ETC_GMT: ClassVar[TimeZone]
    ETC_GMT_MINUS_1: ClassVar[TimeZone]
    ETC_GMT_MINUS_10: ClassVar[TimeZone]
    ETC_GMT_MINUS_11: ClassVar[TimeZone]
    ETC_GMT_MINUS_12: ClassVar[TimeZone]
    ETC_GMT_MINUS_13: ClassVar[TimeZone]
    ETC_GMT_MINUS_14: ClassVar[TimeZone]
    ETC_GMT_MINUS_2: ClassVar[TimeZone]
    ETC_GMT_MINUS_3: ClassVar[TimeZone]
    ETC_GMT_MINUS_4: ClassVar[TimeZone]
    ETC_GMT_MINUS_5: ClassVar[TimeZone]
    ETC_GMT_MINUS_6: ClassVar[TimeZone]
    ETC_GMT_MINUS_7: ClassVar[TimeZone]
    ETC_GMT_MINUS_8: ClassVar[TimeZone]
    ETC_GMT_MINUS_9: ClassVar[TimeZone]
    ETC_GMT_PLUS_1: ClassVar[TimeZone]
    ETC_GMT_PLUS_10: ClassVar[TimeZone]
    ETC_GMT_PLUS_11: ClassVar[TimeZone]
    ETC_GMT_PLUS_12: ClassVar[TimeZone]
    ETC_GMT_PLUS_2: ClassVar[TimeZone]
    ETC_GMT_PLUS_3: ClassVar[TimeZone]
    ETC_GMT_PLUS_4: ClassVar[TimeZone]
    ETC_GMT_PLUS_5: ClassVar[TimeZone]
    ETC_GMT_PLUS_6: ClassVar[TimeZone]
    ETC_GMT_PLUS_7: ClassVar[TimeZone]
    ETC_GMT_PLUS_8: ClassVar[TimeZone]
    ETC_GMT_PLUS_9: ClassVar[TimeZone]
    ETC_UTC: ClassVar[TimeZone]
    EUROPE_ANDORRA: ClassVar[TimeZone]
    EUROPE_ASTRAKHAN: ClassVar[TimeZone]
    EUROPE_ATHENS: ClassVar[TimeZone]
    EUROPE_BELGRADE: ClassVar[TimeZone]
    EUROPE_BERLIN: ClassVar[TimeZone]
    EUROPE_BRUSSELS: ClassVar[TimeZone]
    EUROPE_BUCHAREST: ClassVar[TimeZone]
    EUROPE_BUDAPEST: ClassVar[TimeZone]
    EUROPE_CHISINAU: ClassVar[TimeZone]
    EUROPE_DUBLIN: ClassVar[TimeZone]
    EUROPE_GIBRALTAR: ClassVar[TimeZone]
    EUROPE_HELSINKI: ClassVar[TimeZone]
    EUROPE_ISTANBUL: ClassVar[TimeZone]
    EUROPE_KALININGRAD: ClassVar[TimeZone]
    EUROPE_KIROV: ClassVar[TimeZone]
    EUROPE_KYIV: ClassVar[TimeZone]
    EUROPE_LISBON: ClassVar[TimeZone]
    EUROPE_LONDON: ClassVar[TimeZone]
    EUROPE_MADRID: ClassVar[TimeZone]
    EUROPE_MALTA: ClassVar[TimeZone]
    EUROPE_MINSK: ClassVar[TimeZone]
    EUROPE_MOSCOW: ClassVar[TimeZone]
    EUROPE_PARIS: ClassVar[TimeZone]
    EUROPE_PRAGUE: ClassVar[TimeZone]
    EUROPE_RIGA: ClassVar[TimeZone]
    EUROPE_ROME: ClassVar[TimeZone]
    EUROPE_SAMARA: ClassVar[TimeZone]
    EUROPE_SARATOV: ClassVar[TimeZone]
    EUROPE_SIMFEROPOL: ClassVar[TimeZone]
    EUROPE_SOFIA: ClassVar[TimeZone]
    EUROPE_TALLINN: ClassVar[TimeZone]
    EUROPE_TIRANE: ClassVar[TimeZone]
    EUROPE_ULYANOVSK: ClassVar[TimeZone]
    EUROPE_VIENNA: ClassVar[TimeZone]
    EUROPE_VILNIUS: ClassVar[TimeZone]
    EUROPE_VOLGOGRAD: ClassVar[TimeZone]
    EUROPE_WARSAW: ClassVar[TimeZone]
    EUROPE_ZURICH: ClassVar[TimeZone]
    FACTORY: ClassVar[TimeZone]
    HST: ClassVar[TimeZone]
    INDIAN_CHAGOS: ClassVar[TimeZone]
    INDIAN_MALDIVES: ClassVar[TimeZone]
    INDIAN_MAURITIUS: ClassVar[TimeZone]
    MET: ClassVar[TimeZone]
    MST: ClassVar[TimeZone]
    MST7_MDT: ClassVar[TimeZone]
    PACIFIC_APIA: ClassVar[TimeZone]
    PACIFIC_AUCKLAND: ClassVar[TimeZone]
    PACIFIC_BOUGAINVILLE: ClassVar[TimeZone]
    PACIFIC_CHATHAM: ClassVar[TimeZone]
    PACIFIC_EASTER: ClassVar[TimeZone]
    PACIFIC_EFATE: ClassVar[TimeZone]
    PACIFIC_FAKAOFO: ClassVar[TimeZone]
    PACIFIC_FIJI: ClassVar[TimeZone]
    PACIFIC_GALAPAGOS: ClassVar[TimeZone]
    PACIFIC_GAMBIER: ClassVar[TimeZone]
    PACIFIC_GUADALCANAL: ClassVar[TimeZone]
    PACIFIC_GUAM: ClassVar[TimeZone]
    PACIFIC_HONOLULU: ClassVar[TimeZone]
    PACIFIC_KANTON: ClassVar[TimeZone]
    PACIFIC_KIRITIMATI: ClassVar[TimeZone]
    PACIFIC_KOSRAE: ClassVar[TimeZone]
    PACIFIC_KWAJALEIN: ClassVar[TimeZone]
    PACIFIC_MARQUESAS: ClassVar[TimeZone]
    PACIFIC_NAURU: ClassVar[TimeZone]
    PACIFIC_NIUE: ClassVar[TimeZone]
    PACIFIC_NORFOLK: ClassVar[TimeZone]
    PACIFIC_NOUMEA: ClassVar[TimeZone]
    PACIFIC_PAGO_PAGO: ClassVar[TimeZone]
    PACIFIC_PALAU: ClassVar[TimeZone]
    PACIFIC_PITCAIRN: ClassVar[TimeZone]
    PACIFIC_PORT_MORESBY: ClassVar[TimeZone]
    PACIFIC_RAROTONGA: ClassVar[TimeZone]
    PACIFIC_TAHITI: ClassVar[TimeZone]
    PACIFIC_TARAWA: ClassVar[TimeZone]
    PACIFIC_TONGATAPU: ClassVar[TimeZone]
    PST8_PDT: ClassVar[TimeZone]
    WET: ClassVar[TimeZone]


TimeZone.AFRICA_ABIDJAN = TimeZone("Africa/Abidjan")
TimeZone.AFRICA_ALGIERS = TimeZone("Africa/Algiers")
TimeZone.AFRICA_BISSAU = TimeZone("Africa/Bissau")
TimeZone.AFRICA_CAIRO = TimeZone("Africa/Cairo")
TimeZone.AFRICA_CASABLANCA = TimeZone("Africa/Casablanca")
TimeZone.AFRICA_CEUTA = TimeZone("Africa/Ceuta")
TimeZone.AFRICA_EL_AAIUN = TimeZone("Africa/El_Aaiun")
TimeZone.AFRICA_JOHANNESBURG = TimeZone("Africa/Johannesburg")
TimeZone.AFRICA_JUBA = TimeZone("Africa/Juba")
TimeZone.AFRICA_KHARTOUM = TimeZone("Africa/Khartoum")
TimeZone.AFRICA_LAGOS = TimeZone("Africa/Lagos")
TimeZone.AFRICA_MAPUTO = TimeZone("Africa/Maputo")
TimeZone.AFRICA_MONROVIA = TimeZone("Africa/Monrovia")
TimeZone.AFRICA_NAIROBI = TimeZone("Africa/Nairobi")
TimeZone.AFRICA_NDJAMENA = TimeZone("Africa/Ndjamena")
TimeZone.AFRICA_SAO_TOME = TimeZone("Africa/Sao_Tome")
TimeZone.AFRICA_TRIPOLI = TimeZone("Africa/Tripoli")
TimeZone.AFRICA_TUNIS = TimeZone("Africa/Tunis")
TimeZone.AFRICA_WINDHOEK = TimeZone("Africa/Windhoek")
TimeZone.AMERICA_ADAK = TimeZone("America/Adak")
TimeZone.AMERICA_ANCHORAGE = TimeZone("America/Anchorage")
TimeZone.AMERICA_ARAGUAINA = TimeZone("America/Araguaina")
TimeZone.AMERICA_ARGENTINA_BUENOS_AIRES = TimeZone("America/Argentina/Buenos_Aires")
TimeZone.AMERICA_ARGENTINA_CATAMARCA = TimeZone("America/Argentina/Catamarca")
TimeZone.AMERICA_ARGENTINA_CORDOBA = TimeZone("America/Argentina/Cordoba")
TimeZone.AMERICA_ARGENTINA_JUJUY = TimeZone("America/Argentina/Jujuy")
TimeZone.AMERICA_ARGENTINA_LA_RIOJA = TimeZone("America/Argentina/La_Rioja")
TimeZone.AMERICA_ARGENTINA_MENDOZA = TimeZone("America/Argentina/Mendoza")
TimeZone.AMERICA_ARGENTINA_RIO_GALLEGOS = TimeZone("America/Argentina/Rio_Gallegos")
TimeZone.AMERICA_ARGENTINA_SALTA = TimeZone("America/Argentina/Salta")
TimeZone.AMERICA_ARGENTINA_SAN_JUAN = TimeZone("America/Argentina/San_Juan")
TimeZone.AMERICA_ARGENTINA_SAN_LUIS = TimeZone("America/Argentina/San_Luis")
TimeZone.AMERICA_ARGENTINA_TUCUMAN = TimeZone("America/Argentina/Tucuman")
TimeZone.AMERICA_ARGENTINA_USHUAIA = TimeZone("America/Argentina/Ushuaia")
TimeZone.AMERICA_ASUNCION = TimeZone("America/Asuncion")
TimeZone.AMERICA_BAHIA = TimeZone("America/Bahia")
TimeZone.AMERICA_BAHIA_BANDERAS = TimeZone("America/Bahia_Banderas")
TimeZone.AMERICA_BARBADOS = TimeZone("America/Barbados")
TimeZone.AMERICA_BELEM = TimeZone("America/Belem")
TimeZone.AMERICA_BELIZE = TimeZone("America/Belize")
TimeZone.AMERICA_BOA_VISTA = TimeZone("America/Boa_Vista")
TimeZone.AMERICA_BOGOTA = TimeZone("America/Bogota")
TimeZone.AMERICA_BOISE = TimeZone("America/Boise")
TimeZone.AMERICA_CAMBRIDGE_BAY = TimeZone("America/Cambridge_Bay")
TimeZone.AMERICA_CAMPO_GRANDE = TimeZone("America/Campo_Grande")
TimeZone.AMERICA_CANCUN = TimeZone("America/Cancun")
TimeZone.AMERICA_CARACAS = TimeZone("America/Caracas")
TimeZone.AMERICA_CAYENNE = TimeZone("America/Cayenne")
TimeZone.AMERICA_CHICAGO = TimeZone("America/Chicago")
TimeZone.AMERICA_CHIHUAHUA = TimeZone("America/Chihuahua")
TimeZone.AMERICA_CIUDAD_JUAREZ = TimeZone("America/Ciudad_Juarez")
TimeZone.AMERICA_COSTA_RICA = TimeZone("America/Costa_Rica")
TimeZone.AMERICA_CUIABA = TimeZone("America/Cuiaba")
TimeZone.AMERICA_DANMARKSHAVN = TimeZone("America/Danmarkshavn")
TimeZone.AMERICA_DAWSON = TimeZone("America/Dawson")
TimeZone.AMERICA_DAWSON_CREEK = TimeZone("America/Dawson_Creek")
TimeZone.AMERICA_DENVER = TimeZone("America/Denver")
TimeZone.AMERICA_DETROIT = TimeZone("America/Detroit")
TimeZone.AMERICA_EDMONTON = TimeZone("America/Edmonton")
TimeZone.AMERICA_EIRUNEPE = TimeZone("America/Eirunepe")
TimeZone.AMERICA_EL_SALVADOR = TimeZone("America/El_Salvador")
TimeZone.AMERICA_FORTALEZA = TimeZone("America/Fortaleza")
TimeZone.AMERICA_FORT_NELSON = TimeZone("America/Fort_Nelson")
TimeZone.AMERICA_GLACE_BAY = TimeZone("America/Glace_Bay")
TimeZone.AMERICA_GOOSE_BAY = TimeZone("America/Goose_Bay")
TimeZone.AMERICA_GRAND_TURK = TimeZone("America/Grand_Turk")
TimeZone.AMERICA_GUATEMALA = TimeZone("America/Guatemala")
TimeZone.AMERICA_GUAYAQUIL = TimeZone("America/Guayaquil")
TimeZone.AMERICA_GUYANA = TimeZone("America/Guyana")
TimeZone.AMERICA_HALIFAX = TimeZone("America/Halifax")
TimeZone.AMERICA_HAVANA = TimeZone("America/Havana")
TimeZone.AMERICA_HERMOSILLO = TimeZone("America/Hermosillo")
TimeZone.AMERICA_INDIANA_INDIANAPOLIS = TimeZone("America/Indiana/Indianapolis")
TimeZone.AMERICA_INDIANA_KNOX = TimeZone("America/Indiana/Knox")
TimeZone.AMERICA_INDIANA_MARENGO = TimeZone("America/Indiana/Marengo")
TimeZone.AMERICA_INDIANA_PETERSBURG = TimeZone("America/Indiana/Petersburg")
TimeZone.AMERICA_INDIANA_TELL_CITY = TimeZone("America/Indiana/Tell_City")
TimeZone.AMERICA_INDIANA_VEVAY = TimeZone("America/Indiana/Vevay")
TimeZone.AMERICA_INDIANA_VINCENNES = TimeZone("America/Indiana/Vincennes")
TimeZone.AMERICA_INDIANA_WINAMAC = TimeZone("America/Indiana/Winamac")
TimeZone.AMERICA_INUVIK = TimeZone("America/Inuvik")
TimeZone.AMERICA_IQALUIT = TimeZone("America/Iqaluit")
TimeZone.AMERICA_JAMAICA = TimeZone("America/Jamaica")
TimeZone.AMERICA_JUNEAU = TimeZone("America/Juneau")
TimeZone.AMERICA_KENTUCKY_LOUISVILLE = TimeZone("America/Kentucky/Louisville")
TimeZone.AMERICA_KENTUCKY_MONTICELLO = TimeZone("America/Kentucky/Monticello")
TimeZone.AMERICA_LA_PAZ = TimeZone("America/La_Paz")
TimeZone.AMERICA_LIMA = TimeZone("America/Lima")
TimeZone.AMERICA_LOS_ANGELES = TimeZone("America/Los_Angeles")
TimeZone.AMERICA_MACEIO = TimeZone("America/Maceio")
TimeZone.AMERICA_MANAGUA = TimeZone("America/Managua")
TimeZone.AMERICA_MANAUS = TimeZone("America/Manaus")
TimeZone.AMERICA_MARTINIQUE = TimeZone("America/Martinique")
TimeZone.AMERICA_MATAMOROS = TimeZone("America/Matamoros")
TimeZone.AMERICA_MAZATLAN = TimeZone("America/Mazatlan")
TimeZone.AMERICA_MENOMINEE = TimeZone("America/Menominee")
TimeZone.AMERICA_MERIDA = TimeZone("America/Merida")
TimeZone.AMERICA_METLAKATLA = TimeZone("America/Metlakatla")
TimeZone.AMERICA_MEXICO_CITY = TimeZone("America/Mexico_City")
TimeZone.AMERICA_MIQUELON = TimeZone("America/Miquelon")
TimeZone.AMERICA_MONCTON = TimeZone("America/Moncton")
TimeZone.AMERICA_MONTERREY = TimeZone("America/Monterrey")
TimeZone.AMERICA_MONTEVIDEO = TimeZone("America/Montevideo")
TimeZone.AMERICA_NEW_YORK = TimeZone("America/New_York")
TimeZone.AMERICA_NOME = TimeZone("America/Nome")
TimeZone.AMERICA_NORONHA = TimeZone("America/Noronha")
TimeZone.AMERICA_NORTH_DAKOTA_BEULAH = TimeZone("America/North_Dakota/Beulah")
TimeZone.AMERICA_NORTH_DAKOTA_CENTER = TimeZone("America/North_Dakota/Center")
TimeZone.AMERICA_NORTH_DAKOTA_NEW_SALEM = TimeZone("America/North_Dakota/New_Salem")
TimeZone.AMERICA_NUUK = TimeZone("America/Nuuk")
TimeZone.AMERICA_OJINAGA = TimeZone("America/Ojinaga")
TimeZone.AMERICA_PANAMA = TimeZone("America/Panama")
TimeZone.AMERICA_PARAMARIBO = TimeZone("America/Paramaribo")
TimeZone.AMERICA_PHOENIX = TimeZone("America/Phoenix")
TimeZone.AMERICA_PORTO_VELHO = TimeZone("America/Porto_Velho")
TimeZone.AMERICA_PORT_MINUS_AU_MINUS_PRINCE = TimeZone("America/Port-au-Prince")
TimeZone.AMERICA_PUERTO_RICO = TimeZone("America/Puerto_Rico")
TimeZone.AMERICA_PUNTA_ARENAS = TimeZone("America/Punta_Arenas")
TimeZone.AMERICA_RANKIN_INLET = TimeZone("America/Rankin_Inlet")
TimeZone.AMERICA_RECIFE = TimeZone("America/Recife")
TimeZone.AMERICA_REGINA = TimeZone("America/Regina")
TimeZone.AMERICA_RESOLUTE = TimeZone("America/Resolute")
TimeZone.AMERICA_RIO_BRANCO = TimeZone("America/Rio_Branco")
TimeZone.AMERICA_SANTAREM = TimeZone("America/Santarem")
TimeZone.AMERICA_SANTIAGO = TimeZone("America/Santiago")
TimeZone.AMERICA_SANTO_DOMINGO = TimeZone("America/Santo_Domingo")
TimeZone.AMERICA_SAO_PAULO = TimeZone("America/Sao_Paulo")
TimeZone.AMERICA_SCORESBYSUND = TimeZone("America/Scoresbysund")
TimeZone.AMERICA_SITKA = TimeZone("America/Sitka")
TimeZone.AMERICA_ST_JOHNS = TimeZone("America/St_Johns")
TimeZone.AMERICA_SWIFT_CURRENT = TimeZone("America/Swift_Current")
TimeZone.AMERICA_TEGUCIGALPA = TimeZone("America/Tegucigalpa")
TimeZone.AMERICA_THULE = TimeZone("America/Thule")
TimeZone.AMERICA_TIJUANA = TimeZone("America/Tijuana")
TimeZone.AMERICA_TORONTO = TimeZone("America/Toronto")
TimeZone.AMERICA_VANCOUVER = TimeZone("America/Vancouver")
TimeZone.AMERICA_WHITEHORSE = TimeZone("America/Whitehorse")
TimeZone.AMERICA_WINNIPEG = TimeZone("America/Winnipeg")
TimeZone.AMERICA_YAKUTAT = TimeZone("America/Yakutat")
TimeZone.AMERICA_YELLOWKNIFE = TimeZone("America/Yellowknife")
TimeZone.ANTARCTICA_CASEY = TimeZone("Antarctica/Casey")
TimeZone.ANTARCTICA_DAVIS = TimeZone("Antarctica/Davis")
TimeZone.ANTARCTICA_MACQUARIE = TimeZone("Antarctica/Macquarie")
TimeZone.ANTARCTICA_MAWSON = TimeZone("Antarctica/Mawson")
TimeZone.ANTARCTICA_PALMER = TimeZone("Antarctica/Palmer")
TimeZone.ANTARCTICA_ROTHERA = TimeZone("Antarctica/Rothera")
TimeZone.ANTARCTICA_TROLL = TimeZone("Antarctica/Troll")
TimeZone.ASIA_ALMATY = TimeZone("Asia/Almaty")
TimeZone.ASIA_AMMAN = TimeZone("Asia/Amman")
TimeZone.ASIA_ANADYR = TimeZone("Asia/Anadyr")
TimeZone.ASIA_AQTAU = TimeZone("Asia/Aqtau")
TimeZone.ASIA_AQTOBE = TimeZone("Asia/Aqtobe")
TimeZone.ASIA_ASHGABAT = TimeZone("Asia/Ashgabat")
TimeZone.ASIA_ATYRAU = TimeZone("Asia/Atyrau")
TimeZone.ASIA_BAGHDAD = TimeZone("Asia/Baghdad")
TimeZone.ASIA_BAKU = TimeZone("Asia/Baku")
TimeZone.ASIA_BANGKOK = TimeZone("Asia/Bangkok")
TimeZone.ASIA_BARNAUL = TimeZone("Asia/Barnaul")
TimeZone.ASIA_BEIRUT = TimeZone("Asia/Beirut")
TimeZone.ASIA_BISHKEK = TimeZone("Asia/Bishkek")
TimeZone.ASIA_CHITA = TimeZone("Asia/Chita")
TimeZone.ASIA_CHOIBALSAN = TimeZone("Asia/Choibalsan")
TimeZone.ASIA_COLOMBO = TimeZone("Asia/Colombo")
TimeZone.ASIA_DAMASCUS = TimeZone("Asia/Damascus")
TimeZone.ASIA_DHAKA = TimeZone("Asia/Dhaka")
TimeZone.ASIA_DILI = TimeZone("Asia/Dili")
TimeZone.ASIA_DUBAI = TimeZone("Asia/Dubai")
TimeZone.ASIA_DUSHANBE = TimeZone("Asia/Dushanbe")
TimeZone.ASIA_FAMAGUSTA = TimeZone("Asia/Famagusta")
TimeZone.ASIA_GAZA = TimeZone("Asia/Gaza")
TimeZone.ASIA_HEBRON = TimeZone("Asia/Hebron")
TimeZone.ASIA_HONG_KONG = TimeZone("Asia/Hong_Kong")
TimeZone.ASIA_HOVD = TimeZone("Asia/Hovd")
TimeZone.ASIA_HO_CHI_MINH = TimeZone("Asia/Ho_Chi_Minh")
TimeZone.ASIA_IRKUTSK = TimeZone("Asia/Irkutsk")
TimeZone.ASIA_JAKARTA = TimeZone("Asia/Jakarta")
TimeZone.ASIA_JAYAPURA = TimeZone("Asia/Jayapura")
TimeZone.ASIA_JERUSALEM = TimeZone("Asia/Jerusalem")
TimeZone.ASIA_KABUL = TimeZone("Asia/Kabul")
TimeZone.ASIA_KAMCHATKA = TimeZone("Asia/Kamchatka")
TimeZone.ASIA_KARACHI = TimeZone("Asia/Karachi")
TimeZone.ASIA_KATHMANDU = TimeZone("Asia/Kathmandu")
TimeZone.ASIA_KHANDYGA = TimeZone("Asia/Khandyga")
TimeZone.ASIA_KOLKATA = TimeZone("Asia/Kolkata")
TimeZone.ASIA_KRASNOYARSK = TimeZone("Asia/Krasnoyarsk")
TimeZone.ASIA_KUCHING = TimeZone("Asia/Kuching")
TimeZone.ASIA_MACAU = TimeZone("Asia/Macau")
TimeZone.ASIA_MAGADAN = TimeZone("Asia/Magadan")
TimeZone.ASIA_MAKASSAR = TimeZone("Asia/Makassar")
TimeZone.ASIA_MANILA = TimeZone("Asia/Manila")
TimeZone.ASIA_NICOSIA = TimeZone("Asia/Nicosia")
TimeZone.ASIA_NOVOKUZNETSK = TimeZone("Asia/Novokuznetsk")
TimeZone.ASIA_NOVOSIBIRSK = TimeZone("Asia/Novosibirsk")
TimeZone.ASIA_OMSK = TimeZone("Asia/Omsk")
TimeZone.ASIA_ORAL = TimeZone("Asia/Oral")
TimeZone.ASIA_PONTIANAK = TimeZone("Asia/Pontianak")
TimeZone.ASIA_PYONGYANG = TimeZone("Asia/Pyongyang")
TimeZone.ASIA_QATAR = TimeZone("Asia/Qatar")
TimeZone.ASIA_QOSTANAY = TimeZone("Asia/Qostanay")
TimeZone.ASIA_QYZYLORDA = TimeZone("Asia/Qyzylorda")
TimeZone.ASIA_RIYADH = TimeZone("Asia/Riyadh")
TimeZone.ASIA_SAKHALIN = TimeZone("Asia/Sakhalin")
TimeZone.ASIA_SAMARKAND = TimeZone("Asia/Samarkand")
TimeZone.ASIA_SEOUL = TimeZone("Asia/Seoul")
TimeZone.ASIA_SHANGHAI = TimeZone("Asia/Shanghai")
TimeZone.ASIA_SINGAPORE = TimeZone("Asia/Singapore")
TimeZone.ASIA_SREDNEKOLYMSK = TimeZone("Asia/Srednekolymsk")
TimeZone.ASIA_TAIPEI = TimeZone("Asia/Taipei")
TimeZone.ASIA_TASHKENT = TimeZone("Asia/Tashkent")
TimeZone.ASIA_TBILISI = TimeZone("Asia/Tbilisi")
TimeZone.ASIA_TEHRAN = TimeZone("Asia/Tehran")
TimeZone.ASIA_THIMPHU = TimeZone("Asia/Thimphu")
TimeZone.ASIA_TOKYO = TimeZone("Asia/Tokyo")
TimeZone.ASIA_TOMSK = TimeZone("Asia/Tomsk")
TimeZone.ASIA_ULAANBAATAR = TimeZone("Asia/Ulaanbaatar")
TimeZone.ASIA_URUMQI = TimeZone("Asia/Urumqi")
TimeZone.ASIA_UST_MINUS_NERA = TimeZone("Asia/Ust-Nera")
TimeZone.ASIA_VLADIVOSTOK = TimeZone("Asia/Vladivostok")
TimeZone.ASIA_YAKUTSK = TimeZone("Asia/Yakutsk")
TimeZone.ASIA_YANGON = TimeZone("Asia/Yangon")
TimeZone.ASIA_YEKATERINBURG = TimeZone("Asia/Yekaterinburg")
TimeZone.ASIA_YEREVAN = TimeZone("Asia/Yerevan")
TimeZone.ATLANTIC_AZORES = TimeZone("Atlantic/Azores")
TimeZone.ATLANTIC_BERMUDA = TimeZone("Atlantic/Bermuda")
TimeZone.ATLANTIC_CANARY = TimeZone("Atlantic/Canary")
TimeZone.ATLANTIC_CAPE_VERDE = TimeZone("Atlantic/Cape_Verde")
TimeZone.ATLANTIC_FAROE = TimeZone("Atlantic/Faroe")
TimeZone.ATLANTIC_MADEIRA = TimeZone("Atlantic/Madeira")
TimeZone.ATLANTIC_SOUTH_GEORGIA = TimeZone("Atlantic/South_Georgia")
TimeZone.ATLANTIC_STANLEY = TimeZone("Atlantic/Stanley")
TimeZone.AUSTRALIA_ADELAIDE = TimeZone("Australia/Adelaide")
TimeZone.AUSTRALIA_BRISBANE = TimeZone("Australia/Brisbane")
TimeZone.AUSTRALIA_BROKEN_HILL = TimeZone("Australia/Broken_Hill")
TimeZone.AUSTRALIA_DARWIN = TimeZone("Australia/Darwin")
TimeZone.AUSTRALIA_EUCLA = TimeZone("Australia/Eucla")
TimeZone.AUSTRALIA_HOBART = TimeZone("Australia/Hobart")
TimeZone.AUSTRALIA_LINDEMAN = TimeZone("Australia/Lindeman")
TimeZone.AUSTRALIA_LORD_HOWE = TimeZone("Australia/Lord_Howe")
TimeZone.AUSTRALIA_MELBOURNE = TimeZone("Australia/Melbourne")
TimeZone.AUSTRALIA_PERTH = TimeZone("Australia/Perth")
TimeZone.AUSTRALIA_SYDNEY = TimeZone("Australia/Sydney")
TimeZone.CET = TimeZone("CET")
TimeZone.CST6_CDT = TimeZone("CST6CDT")
TimeZone.EET = TimeZone("EET")
TimeZone.EST = TimeZone("EST")
TimeZone.EST5_EDT = TimeZone("EST5EDT")
TimeZone.ETC_GMT = TimeZone("Etc/GMT")
TimeZone.ETC_GMT_MINUS_1 = TimeZone("Etc/GMT-1")
TimeZone.ETC_GMT_MINUS_10 = TimeZone("Etc/GMT-10")
TimeZone.ETC_GMT_MINUS_11 = TimeZone("Etc/GMT-11")
TimeZone.ETC_GMT_MINUS_12 = TimeZone("Etc/GMT-12")
TimeZone.ETC_GMT_MINUS_13 = TimeZone("Etc/GMT-13")
TimeZone.ETC_GMT_MINUS_14 = TimeZone("Etc/GMT-14")
TimeZone.ETC_GMT_MINUS_2 = TimeZone("Etc/GMT-2")
TimeZone.ETC_GMT_MINUS_3 = TimeZone("Etc/GMT-3")
TimeZone.ETC_GMT_MINUS_4 = TimeZone("Etc/GMT-4")
TimeZone.ETC_GMT_MINUS_5 = TimeZone("Etc/GMT-5")
TimeZone.ETC_GMT_MINUS_6 = TimeZone("Etc/GMT-6")
TimeZone.ETC_GMT_MINUS_7 = TimeZone("Etc/GMT-7")
TimeZone.ETC_GMT_MINUS_8 = TimeZone("Etc/GMT-8")
TimeZone.ETC_GMT_MINUS_9 = TimeZone("Etc/GMT-9")
TimeZone.ETC_GMT_PLUS_1 = TimeZone("Etc/GMT+1")
TimeZone.ETC_GMT_PLUS_10 = TimeZone("Etc/GMT+10")
TimeZone.ETC_GMT_PLUS_11 = TimeZone("Etc/GMT+11")
TimeZone.ETC_GMT_PLUS_12 = TimeZone("Etc/GMT+12")
TimeZone.ETC_GMT_PLUS_2 = TimeZone("Etc/GMT+2")
TimeZone.ETC_GMT_PLUS_3 = TimeZone("Etc/GMT+3")
TimeZone.ETC_GMT_PLUS_4 = TimeZone("Etc/GMT+4")
TimeZone.ETC_GMT_PLUS_5 = TimeZone("Etc/GMT+5")
TimeZone.ETC_GMT_PLUS_6 = TimeZone("Etc/GMT+6")
TimeZone.ETC_GMT_PLUS_7 = TimeZone("Etc/GMT+7")
TimeZone.ETC_GMT_PLUS_8 = TimeZone("Etc/GMT+8")
TimeZone.ETC_GMT_PLUS_9 = TimeZone("Etc/GMT+9")
TimeZone.ETC_UTC = TimeZone("Etc/UTC")
TimeZone.EUROPE_ANDORRA = TimeZone("Europe/Andorra")
TimeZone.EUROPE_ASTRAKHAN = TimeZone("Europe/Astrakhan")
TimeZone.EUROPE_ATHENS = TimeZone("Europe/Athens")
TimeZone.EUROPE_BELGRADE = TimeZone("Europe/Belgrade")
TimeZone.EUROPE_BERLIN = TimeZone("Europe/Berlin")
TimeZone.EUROPE_BRUSSELS = TimeZone("Europe/Brussels")
TimeZone.EUROPE_BUCHAREST = TimeZone("Europe/Bucharest")
TimeZone.EUROPE_BUDAPEST = TimeZone("Europe/Budapest")
TimeZone.EUROPE_CHISINAU = TimeZone("Europe/Chisinau")
TimeZone.EUROPE_DUBLIN = TimeZone("Europe/Dublin")
TimeZone.EUROPE_GIBRALTAR = TimeZone("Europe/Gibraltar")
TimeZone.EUROPE_HELSINKI = TimeZone("Europe/Helsinki")
TimeZone.EUROPE_ISTANBUL = TimeZone("Europe/Istanbul")
TimeZone.EUROPE_KALININGRAD = TimeZone("Europe/Kaliningrad")
TimeZone.EUROPE_KIROV = TimeZone("Europe/Kirov")
TimeZone.EUROPE_KYIV = TimeZone("Europe/Kyiv")
TimeZone.EUROPE_LISBON = TimeZone("Europe/Lisbon")
TimeZone.EUROPE_LONDON = TimeZone("Europe/London")
TimeZone.EUROPE_MADRID = TimeZone("Europe/Madrid")
TimeZone.EUROPE_MALTA = TimeZone("Europe/Malta")
TimeZone.EUROPE_MINSK = TimeZone("Europe/Minsk")
TimeZone.EUROPE_MOSCOW = TimeZone("Europe/Moscow")
TimeZone.EUROPE_PARIS = TimeZone("Europe/Paris")
TimeZone.EUROPE_PRAGUE = TimeZone("Europe/Prague")
TimeZone.EUROPE_RIGA = TimeZone("Europe/Riga")
TimeZone.EUROPE_ROME = TimeZone("Europe/Rome")
TimeZone.EUROPE_SAMARA = TimeZone("Europe/Samara")
TimeZone.EUROPE_SARATOV = TimeZone("Europe/Saratov")
TimeZone.EUROPE_SIMFEROPOL = TimeZone("Europe/Simferopol")
TimeZone.EUROPE_SOFIA = TimeZone("Europe/Sofia")
TimeZone.EUROPE_TALLINN = TimeZone("Europe/Tallinn")
TimeZone.EUROPE_TIRANE = TimeZone("Europe/Tirane")
TimeZone.EUROPE_ULYANOVSK = TimeZone("Europe/Ulyanovsk")
TimeZone.EUROPE_VIENNA = TimeZone("Europe/Vienna")
TimeZone.EUROPE_VILNIUS = TimeZone("Europe/Vilnius")
TimeZone.EUROPE_VOLGOGRAD = TimeZone("Europe/Volgograd")
TimeZone.EUROPE_WARSAW = TimeZone("Europe/Warsaw")
TimeZone.EUROPE_ZURICH = TimeZone("Europe/Zurich")
TimeZone.FACTORY = TimeZone("Factory")
TimeZone.HST = TimeZone("HST")
TimeZone.INDIAN_CHAGOS = TimeZone("Indian/Chagos")
TimeZone.INDIAN_MALDIVES = TimeZone("Indian/Maldives")
TimeZone.INDIAN_MAURITIUS = TimeZone("Indian/Mauritius")
TimeZone.MET = TimeZone("MET")
TimeZone.MST = TimeZone("MST")
TimeZone.MST7_MDT = TimeZone("MST7MDT")
TimeZone.PACIFIC_APIA = TimeZone("Pacific/Apia")
TimeZone.PACIFIC_AUCKLAND = TimeZone("Pacific/Auckland")
TimeZone.PACIFIC_BOUGAINVILLE = TimeZone("Pacific/Bougainville")
TimeZone.PACIFIC_CHATHAM = TimeZone("Pacific/Chatham")
TimeZone.PACIFIC_EASTER = TimeZone("Pacific/Easter")
TimeZone.PACIFIC_EFATE = TimeZone("Pacific/Efate")
TimeZone.PACIFIC_FAKAOFO = TimeZone("Pacific/Fakaofo")
TimeZone.PACIFIC_FIJI = TimeZone("Pacific/Fiji")
TimeZone.PACIFIC_GALAPAGOS = TimeZone("Pacific/Galapagos")
TimeZone.PACIFIC_GAMBIER = TimeZone("Pacific/Gambier")
TimeZone.PACIFIC_GUADALCANAL = TimeZone("Pacific/Guadalcanal")
TimeZone.PACIFIC_GUAM = TimeZone("Pacific/Guam")
TimeZone.PACIFIC_HONOLULU = TimeZone("Pacific/Honolulu")
TimeZone.PACIFIC_KANTON = TimeZone("Pacific/Kanton")
TimeZone.PACIFIC_KIRITIMATI = TimeZone("Pacific/Kiritimati")
TimeZone.PACIFIC_KOSRAE = TimeZone("Pacific/Kosrae")
TimeZone.PACIFIC_KWAJALEIN = TimeZone("Pacific/Kwajalein")
TimeZone.PACIFIC_MARQUESAS = TimeZone("Pacific/Marquesas")
TimeZone.PACIFIC_NAURU = TimeZone("Pacific/Nauru")
TimeZone.PACIFIC_NIUE = TimeZone("Pacific/Niue")
TimeZone.PACIFIC_NORFOLK = TimeZone("Pacific/Norfolk")
TimeZone.PACIFIC_NOUMEA = TimeZone("Pacific/Noumea")
TimeZone.PACIFIC_PAGO_PAGO = TimeZone("Pacific/Pago_Pago")
TimeZone.PACIFIC_PALAU = TimeZone("Pacific/Palau")
TimeZone.PACIFIC_PITCAIRN = TimeZone("Pacific/Pitcairn")
TimeZone.PACIFIC_PORT_MORESBY = TimeZone("Pacific/Port_Moresby")
TimeZone.PACIFIC_RAROTONGA = TimeZone("Pacific/Rarotonga")
TimeZone.PACIFIC_TAHITI = TimeZone("Pacific/Tahiti")
TimeZone.PACIFIC_TARAWA = TimeZone("Pacific/Tarawa")
TimeZone.PACIFIC_TONGATAPU = TimeZone("Pacific/Tongatapu")
TimeZone.PST8_PDT = TimeZone("PST8PDT")
TimeZone.WET = TimeZone("WET")
