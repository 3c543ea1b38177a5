package cases_test

import (
	"os"

	"github.com/dataresidency/dataresidency/examples/cases"
)

// Example_azureChina prints Azure China by 21Vianet: the thesis's Table 15.
func Example_azureChina() {
	if err := cases.Print(os.Stdout, cases.AzureChina()); err != nil {
		panic(err)
	}
	// Output:
	// == Microsoft Azure in China, operated by 21Vianet (thesis Table 15) ==
	//
	// -- Chinese consumer, 2019 (as of 2019-06-01, consumer in CN) --
	// Violations: none
	// Conflicts: none
	// Exposures:
	//   CN via location at store/azure-chinaeast2 [CN-CEL-2014-13 CN-CSL-28 CN-NIL-7 CN-NSL-77] readable
	//   CN via operator at store/azure-chinaeast2/operator/blue-cloud [CN-NIL-7] readable
	//   CN via location at store/azure-chinanorth2 [CN-CEL-2014-13 CN-CSL-28 CN-NIL-7 CN-NSL-77] readable
	//   CN via operator at store/azure-chinanorth2/operator/blue-cloud [CN-NIL-7] readable
	// Rating:
	//   Confidentiality    2
	//   Possession/Control 2
	//   Integrity          3
	//   Authenticity       4
	//   Availability       4
	//   Utility            4
	//   Jurisdiction       2
}

// Example_alibabaUS prints Alibaba Cloud in the US: the thesis's Table 20.
func Example_alibabaUS() {
	if err := cases.Print(os.Stdout, cases.AlibabaUS()); err != nil {
		panic(err)
	}
	// Output:
	// == Alibaba Cloud in the United States (thesis Table 20) ==
	//
	// -- American consumer, 2019 (as of 2019-06-01, consumer in US) --
	// Violations: none
	// Conflicts: none
	// Exposures:
	//   CN via operator parent at store/alicloud-us-east-1/operator/alicloud-us/parent/alibaba-group [CN-NIL-7] readable
	//   US via location at store/alicloud-us-east-1 [US-CALEA US-FISA-702 US-PATRIOT-215 US-SCA-2703 US-SCA-2709] readable
	//   US via operator at store/alicloud-us-east-1/operator/alicloud-us [US-CLOUD-2713] readable
	//   CN via operator parent at store/alicloud-us-west-1/operator/alicloud-us/parent/alibaba-group [CN-NIL-7] readable
	//   US via location at store/alicloud-us-west-1 [US-CALEA US-FISA-702 US-PATRIOT-215 US-SCA-2703 US-SCA-2709] readable
	//   US via operator at store/alicloud-us-west-1/operator/alicloud-us [US-CLOUD-2713] readable
	// Rating:
	//   Confidentiality    1
	//   Possession/Control 1
	//   Integrity          3
	//   Authenticity       3
	//   Availability       4
	//   Utility            4
	//   Jurisdiction       3
}

// Example_aWSBeijing prints AWS Beijing before and after the sale to Sinnet, and after the CLOUD Act;
// the counterfactual, where AWS keeps the servers, conflicts only from the day the CLOUD Act took effect.
func Example_aWSBeijing() {
	if err := cases.Print(os.Stdout, cases.AWSBeijing()); err != nil {
		panic(err)
	}
	// Output:
	// == AWS China (Beijing) and the 2017 sale to Sinnet ==
	//
	// -- Limited preview run by AWS (as of 2016-06-01, consumer in CN) --
	// Violations:
	//   CN-FITE-VATS-CAP (FITE Provisions Art. 6) at store/aws-cn-north-1/custodian/aws
	//   CN-FITE-VATS-CAP (FITE Provisions Art. 6) at store/aws-cn-north-1/operator/aws
	//   CN-TEL-VATS-IDC (Telecom Regulations Art. 8, 9; Catalogue B11 (IDC, incl. IRCS)) at store/aws-cn-north-1/custodian/aws
	//   CN-TEL-VATS-IDC (Telecom Regulations Art. 8, 9; Catalogue B11 (IDC, incl. IRCS)) at store/aws-cn-north-1/operator/aws
	// Conflicts: none
	// Exposures:
	//   CN via location at store/aws-cn-north-1 [CN-CEL-2014-13 CN-NSL-77] readable
	// Rating:
	//   Confidentiality    2
	//   Possession/Control 2
	//   Integrity          3
	//   Authenticity       4
	//   Availability       3
	//   Utility            4
	//   Jurisdiction       2
	//
	// -- Before the sale: Sinnet operates, AWS owns the servers (as of 2017-06-01, consumer in CN) --
	// Violations:
	//   CN-FITE-VATS-CAP (FITE Provisions Art. 6) at store/aws-cn-north-1/custodian/aws
	//   CN-TEL-VATS-IDC (Telecom Regulations Art. 8, 9; Catalogue B11 (IDC, incl. IRCS)) at store/aws-cn-north-1/custodian/aws
	// Conflicts: none
	// Exposures:
	//   CN via location at store/aws-cn-north-1 [CN-CEL-2014-13 CN-CSL-28 CN-NSL-77] readable
	// Obligations:
	//   CN-CSL-21 (CSL Art. 21) for grid-records
	//   CN-CSL-35 (CSL Art. 35) for grid-records
	// Rating:
	//   Confidentiality    2
	//   Possession/Control 2
	//   Integrity          3
	//   Authenticity       4
	//   Availability       3
	//   Utility            4
	//   Jurisdiction       2
	//
	// -- After the sale: Sinnet owns and operates (as of 2017-12-01, consumer in CN) --
	// Violations: none
	// Conflicts: none
	// Exposures:
	//   CN via location at store/aws-cn-north-1 [CN-CEL-2014-13 CN-CSL-28 CN-NIL-7 CN-NSL-77] readable
	//   CN via operator at store/aws-cn-north-1/operator/sinnet [CN-NIL-7] readable
	// Obligations:
	//   CN-CSL-21 (CSL Art. 21) for grid-records
	//   CN-CSL-35 (CSL Art. 35) for grid-records
	// Rating:
	//   Confidentiality    2
	//   Possession/Control 2
	//   Integrity          3
	//   Authenticity       4
	//   Availability       3
	//   Utility            4
	//   Jurisdiction       2
	//
	// -- After the CLOUD Act (as of 2018-06-01, consumer in CN) --
	// Violations: none
	// Conflicts: none
	// Exposures:
	//   CN via location at store/aws-cn-north-1 [CN-CEL-2014-13 CN-CSL-28 CN-NIL-7 CN-NSL-77] readable
	//   CN via operator at store/aws-cn-north-1/operator/sinnet [CN-NIL-7] readable
	// Obligations:
	//   CN-CSL-21 (CSL Art. 21) for grid-records
	//   CN-CSL-35 (CSL Art. 35) for grid-records
	// Rating:
	//   Confidentiality    2
	//   Possession/Control 2
	//   Integrity          3
	//   Authenticity       4
	//   Availability       3
	//   Utility            4
	//   Jurisdiction       2
	//
	// -- Counterfactual: AWS keeps the servers, the day before the CLOUD Act (as of 2018-03-22, consumer in CN) --
	// Violations:
	//   CN-FITE-VATS-CAP (FITE Provisions Art. 6) at store/aws-cn-north-1/custodian/aws
	//   CN-TEL-VATS-IDC (Telecom Regulations Art. 8, 9; Catalogue B11 (IDC, incl. IRCS)) at store/aws-cn-north-1/custodian/aws
	// Conflicts: none
	// Exposures:
	//   CN via location at store/aws-cn-north-1 [CN-CEL-2014-13 CN-CSL-28 CN-NIL-7 CN-NSL-77] readable
	//   CN via operator at store/aws-cn-north-1/operator/sinnet [CN-NIL-7] readable
	// Obligations:
	//   CN-CSL-21 (CSL Art. 21) for grid-records
	//   CN-CSL-35 (CSL Art. 35) for grid-records
	// Rating:
	//   Confidentiality    2
	//   Possession/Control 2
	//   Integrity          3
	//   Authenticity       4
	//   Availability       3
	//   Utility            4
	//   Jurisdiction       2
	//
	// -- Counterfactual: AWS keeps the servers past the CLOUD Act (as of 2018-06-01, consumer in CN) --
	// Violations:
	//   CN-FITE-VATS-CAP (FITE Provisions Art. 6) at store/aws-cn-north-1/custodian/aws
	//   CN-TEL-VATS-IDC (Telecom Regulations Art. 8, 9; Catalogue B11 (IDC, incl. IRCS)) at store/aws-cn-north-1/custodian/aws
	// Conflicts:
	//   US [US-CLOUD-2713] vs CN [CN-CSL-37] at store/aws-cn-north-1/custodian/aws
	// Exposures:
	//   CN via location at store/aws-cn-north-1 [CN-CEL-2014-13 CN-CSL-28 CN-NIL-7 CN-NSL-77] readable
	//   CN via operator at store/aws-cn-north-1/operator/sinnet [CN-NIL-7] readable
	//   US via custodian at store/aws-cn-north-1/custodian/aws [US-CLOUD-2713] readable
	// Obligations:
	//   CN-CSL-21 (CSL Art. 21) for grid-records
	//   CN-CSL-35 (CSL Art. 35) for grid-records
	// Rating:
	//   Confidentiality    1
	//   Possession/Control 1
	//   Integrity          3
	//   Authenticity       4
	//   Availability       3
	//   Utility            4
	//   Jurisdiction       2
}

// Example_iCloudChina prints iCloud China before and after the move to GCBD.
func Example_iCloudChina() {
	if err := cases.Print(os.Stdout, cases.ICloudChina()); err != nil {
		panic(err)
	}
	// Output:
	// == Apple iCloud China and the 2018 move to Guizhou-Cloud Big Data ==
	//
	// -- Before the move: Apple operates, keys in the US (as of 2017-12-01, consumer in CN) --
	// Violations:
	//   CN-FITE-VATS-CAP (FITE Provisions Art. 6) at store/icloud-cn/operator/apple
	//   CN-TEL-VATS-IDC (Telecom Regulations Art. 8, 9; Catalogue B11 (IDC, incl. IRCS)) at store/icloud-cn/operator/apple
	// Conflicts: none
	// Exposures:
	//   CN via location at store/icloud-cn [CN-CEL-2014-13 CN-CSL-28 CN-NIL-7 CN-NSL-77] readable
	//   US via key location at store/icloud-cn/keys/location/US [US-CALEA US-FISA-702 US-PATRIOT-215 US-SCA-2703 US-SCA-2709] ciphertext
	// Rating:
	//   Confidentiality    1
	//   Possession/Control 1
	//   Integrity          3
	//   Authenticity       4
	//   Availability       3
	//   Utility            4
	//   Jurisdiction       2
	//
	// -- After the move: GCBD operates and holds the keys in China (as of 2018-12-01, consumer in CN) --
	// Violations: none
	// Conflicts: none
	// Exposures:
	//   CN via location at store/icloud-cn [CN-CEL-2014-13 CN-CSL-28 CN-NIL-7 CN-NSL-77] readable
	//   CN via custodian at store/icloud-cn/custodian/china-telecom [CN-NIL-7] readable
	//   CN via operator at store/icloud-cn/operator/gcbd [CN-NIL-7] readable
	// Rating:
	//   Confidentiality    2
	//   Possession/Control 2
	//   Integrity          3
	//   Authenticity       4
	//   Availability       3
	//   Utility            4
	//   Jurisdiction       2
}

// Example_dublin prints Microsoft's Dublin mailbox before and after the CLOUD Act.
func Example_dublin() {
	if err := cases.Print(os.Stdout, cases.Dublin()); err != nil {
		panic(err)
	}
	// Output:
	// == Microsoft's Dublin e-mails and the CLOUD Act ==
	//
	// -- After the Second Circuit, before the CLOUD Act (as of 2017-06-01, consumer in IE) --
	// Violations: none
	// Conflicts: none
	// Exposures:
	//   IE via location at store/dublin [presumed] readable
	// Rating:
	//   Confidentiality    3
	//   Possession/Control 3
	//   Integrity          5
	//   Authenticity       4
	//   Availability       4
	//   Utility            4
	//   Jurisdiction       3
	//
	// -- After the CLOUD Act and the GDPR (as of 2019-06-01, consumer in IE) --
	// Violations: none
	// Conflicts:
	//   US [US-CLOUD-2713] vs EU [EU-GDPR-48] at store/dublin/flow/redmond-admin/accessor/microsoft
	//   US [US-CLOUD-2713] vs EU [EU-GDPR-48] at store/dublin/operator/msft-ie/parent/microsoft
	// Exposures:
	//   IE via location at store/dublin [presumed] readable
	//   US via admin access at store/dublin/flow/redmond-admin/accessor/microsoft [US-CLOUD-2713] readable
	//   US via operator parent at store/dublin/operator/msft-ie/parent/microsoft [US-CLOUD-2713] readable
	// Rating:
	//   Confidentiality    2
	//   Possession/Control 2
	//   Integrity          5
	//   Authenticity       4
	//   Availability       4
	//   Utility            4
	//   Jurisdiction       3
}
