// Command alicloudus prints the assessment of a thesis case study: its
// findings and its hexad rating table. See package cases for the
// topology and its sources.
package main

import (
	"fmt"
	"os"

	"github.com/dataresidency/dataresidency/examples/cases"
)

func main() {
	if err := cases.Print(os.Stdout, cases.AlibabaUS()); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
