package main

import (
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// versionInfo is what `dataresidency version` reports: the build (module
// version, VCS revision and time, whether the tree was modified, Go) and
// the built-in catalog it assesses with, so that a CI log says which law
// a result rests on.
type versionInfo struct {
	Version   string `json:"version"`
	Revision  string `json:"revision,omitempty"`
	Time      string `json:"time,omitempty"`
	Modified  bool   `json:"modified,omitzero"`
	Go        string `json:"go"`
	Catalog   string `json:"catalog"`
	Rules     int    `json:"rules"`
	Verified  int    `json:"verified_rules"`
	Reviewed  string `json:"catalog_reviewed,omitempty"`
	Platform  string `json:"platform"`
	ModuleSum string `json:"sum,omitempty"`
}

// readBuildInfo is debug.ReadBuildInfo; tests replace it.
var readBuildInfo = debug.ReadBuildInfo

func buildVersion() versionInfo {
	cat := jurisdiction.Default()
	v := versionInfo{Version: "(devel)", Go: runtime.Version(), Catalog: cat.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH}
	var latest jurisdiction.Date
	for r := range cat.Rules() {
		v.Rules++
		if r.Verified {
			v.Verified++
		}
		if r.Reviewed.After(latest) {
			latest = r.Reviewed
		}
	}
	if !latest.IsZero() {
		v.Reviewed = latest.String()
	}
	if bi, ok := readBuildInfo(); ok {
		if bi.Main.Version != "" {
			v.Version = bi.Main.Version
		}
		v.ModuleSum = bi.Main.Sum
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				v.Revision = s.Value
			case "vcs.time":
				v.Time = s.Value
			case "vcs.modified":
				v.Modified = s.Value == "true"
			}
		}
	}
	return v
}

func cmdVersion(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("version", "version [-format text|json]", stderr)
	format := fs.String("format", "text", "output `format`: text or json")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(pos) != 0 {
		return usageError(fs, stderr, "version takes no arguments")
	}
	v := buildVersion()
	switch *format {
	case "json":
		b, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			fmt.Fprintf(stderr, "dataresidency: %v\n", err)
			return exitUsage
		}
		fmt.Fprintf(stdout, "%s\n", b)
	case "text":
		fmt.Fprintf(stdout, "dataresidency %s", v.Version)
		if v.Revision != "" {
			fmt.Fprintf(stdout, " (%s", v.Revision)
			if v.Time != "" {
				fmt.Fprintf(stdout, ", %s", v.Time)
			}
			if v.Modified {
				fmt.Fprint(stdout, ", modified")
			}
			fmt.Fprint(stdout, ")")
		}
		fmt.Fprintf(stdout, " %s %s\ncatalog %s: %d rules, %d verified", v.Go, v.Platform, v.Catalog, v.Rules, v.Verified)
		if v.Reviewed != "" {
			fmt.Fprintf(stdout, ", last reviewed %s", v.Reviewed)
		}
		fmt.Fprintln(stdout)
	default:
		return usageError(fs, stderr, "-format: %q is not text or json", *format)
	}
	return exitOK
}
