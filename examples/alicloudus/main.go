// Command alicloudus prints the assessment of a thesis case study: its
// findings and its hexad rating table. See package cases for the
// topology and its sources.
package main

import "github.com/dataresidency/dataresidency/examples/cases"

func main() { cases.Main(cases.AlibabaUS()) }
