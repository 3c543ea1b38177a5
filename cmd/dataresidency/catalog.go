package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

func cmdRegions(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("regions", "regions [-provider P] [-country CC] [-format text|json]", stderr)
	provider := fs.String("provider", "", "list only the regions of provider `P` (aws, azure, gcp, alicloud, …)")
	country := fs.String("country", "", "list only the regions in country `CC`")
	format := fs.String("format", "text", "output `format`: text or json")
	out := fs.String("o", "", "write the output to `FILE` (default: standard output)")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(pos) != 0 {
		return usageError(fs, stderr, "unexpected arguments %q", pos)
	}
	if *format != "text" && *format != "json" {
		return usageError(fs, stderr, "-format: %q is not one of text, json", *format)
	}
	cat := jurisdiction.Default()
	if *provider != "" {
		if _, ok := cat.Provider(strings.ToLower(*provider)); !ok {
			var ids []string
			for p := range cat.Providers() {
				ids = append(ids, p.ID)
			}
			return usageError(fs, stderr, "-provider: unknown provider %q; the catalog has %s", *provider, strings.Join(ids, ", "))
		}
	}
	var cc jurisdiction.Code
	if *country != "" {
		c, err := jurisdiction.ParseCode(*country)
		if err != nil {
			return usageError(fs, stderr, "-country: %v", err)
		}
		cc = c
	}
	var regions []jurisdiction.Region
	for r := range cat.Regions() {
		if *provider != "" && !strings.EqualFold(r.Provider, *provider) {
			continue
		}
		if cc.IsValid() && r.Country != cc {
			continue
		}
		regions = append(regions, r)
	}
	if *format == "json" {
		if regions == nil {
			regions = []jurisdiction.Region{}
		}
		b, err := json.MarshalIndent(regions, "", "  ")
		if err != nil {
			fmt.Fprintf(stderr, "dataresidency: %v\n", err)
			return exitUsage
		}
		return emitTo(*out, stdout, stderr, append(b, '\n'))
	}
	var t text
	if len(regions) == 0 {
		fmt.Fprintln(stderr, "dataresidency regions: no region matches")
		return exitOK
	}
	tw := tabwriter.NewWriter(&t, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "REGION\tCOUNTRY\tCITY\tNAME\tOPERATOR\tPARTITION\tOPENED\tVERIFIED")
	for _, r := range regions {
		opened := r.Opened.String()
		switch r.OpenedPrecision {
		case "year":
			opened = fmt.Sprint(r.Opened.Year())
		case "month":
			opened = fmt.Sprintf("%04d-%02d", r.Opened.Year(), int(r.Opened.Month()))
		}
		op := cat.RegionOperator(r)
		if r.Licensor != "" {
			op += " (licensed by " + r.Licensor + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.ID(), r.Country, dash(r.City), r.Name, dash(op), dash(r.Partition), dash(opened), yesNo(r.Verified))
	}
	tw.Flush()
	return emitTo(*out, stdout, stderr, t.Bytes())
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func cmdRules(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("rules", "rules [-jurisdiction CC] [-kind K] [-as-of YYYY-MM-DD] [-format text|json]", stderr)
	jur := fs.String("jurisdiction", "", "list only the rules enacted by jurisdiction `CC` (a country, or a bloc such as EU)")
	kindFlag := fs.String("kind", "", "list only the rules of `kind`: "+kindNames())
	asOf := fs.String("as-of", "", "list only the rules in force on `YYYY-MM-DD` (default: every rule)")
	format := fs.String("format", "text", "output `format`: text or json")
	out := fs.String("o", "", "write the output to `FILE` (default: standard output)")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(pos) != 0 {
		return usageError(fs, stderr, "unexpected arguments %q", pos)
	}
	if *format != "text" && *format != "json" {
		return usageError(fs, stderr, "-format: %q is not one of text, json", *format)
	}
	var code jurisdiction.Code
	if *jur != "" {
		c, err := jurisdiction.ParseCode(*jur)
		if err != nil {
			return usageError(fs, stderr, "-jurisdiction: %v", err)
		}
		code = c
	}
	var kind jurisdiction.Kind
	if *kindFlag != "" {
		if err := kind.UnmarshalText([]byte(strings.ToLower(*kindFlag))); err != nil {
			return usageError(fs, stderr, "-kind: %q is not one of %s", *kindFlag, kindNames())
		}
	}
	var date jurisdiction.Date
	if *asOf != "" {
		d, err := jurisdiction.ParseDate(*asOf)
		if err != nil {
			return usageError(fs, stderr, "-as-of: %v", err)
		}
		date = d
	}
	cat := jurisdiction.Default()
	rules := []jurisdiction.Rule{}
	for r := range cat.Rules() {
		if code.IsValid() && r.Jurisdiction != code {
			continue
		}
		if kind.IsValid() && r.Kind != kind {
			continue
		}
		if !date.IsZero() && !r.InForce(date) {
			continue
		}
		rules = append(rules, r)
	}
	if *format == "json" {
		b, err := json.MarshalIndent(rules, "", "  ")
		if err != nil {
			fmt.Fprintf(stderr, "dataresidency: %v\n", err)
			return exitUsage
		}
		return emitTo(*out, stdout, stderr, append(b, '\n'))
	}
	if len(rules) == 0 {
		fmt.Fprintln(stderr, "dataresidency rules: no rule matches")
		return exitOK
	}
	var t text
	tw := tabwriter.NewWriter(&t, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tJURISDICTION\tKIND\tCITATION\tIN FORCE\tVERIFIED\tTITLE")
	for _, r := range rules {
		period := r.Effective.String() + ".."
		if !r.End.IsZero() {
			period += r.End.String()
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.ID, r.Jurisdiction, r.Kind, r.Citation, period, yesNo(r.Verified), r.Title)
	}
	tw.Flush()
	return emitTo(*out, stdout, stderr, t.Bytes())
}

func kindNames() string {
	var names []string
	for _, k := range jurisdiction.Kinds() {
		names = append(names, k.String())
	}
	return strings.Join(names, ", ")
}
