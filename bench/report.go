package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
)

// printTable writes ms as a Markdown table aligned for a terminal, then a
// note for every skipped cell.
func printTable(w io.Writer, ms []measurement) {
	ref := map[int]time.Duration{}
	for _, m := range ms {
		if m.Engine == reference && m.Skipped == "" {
			ref[m.N] = m.Median
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', 0)
	row := func(cells ...string) { fmt.Fprintf(tw, "| %s\t|\n", strings.Join(cells, "\t| ")) }
	row("N", "engine", "ms/eval (median)", "ns/store", "allocs/eval", "bytes/eval", "findings", "x dataresidency", "build ms", "spread", "samples")
	row("---:", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:")
	var notes []string
	for _, m := range ms {
		if m.Skipped != "" {
			row(fmt.Sprint(m.N), m.Engine, "skipped", "-", "-", "-", "-", "-", "-", "-", "-")
			notes = append(notes, fmt.Sprintf("%s at N=%d: %s", m.Engine, m.N, m.Skipped))
			continue
		}
		ratio := "-"
		if r, ok := ref[m.N]; ok && r > 0 {
			ratio = fmt.Sprintf("%.2f", float64(m.Median)/float64(r))
		}
		row(fmt.Sprint(m.N), m.Engine, millis(m.Median), fmt.Sprintf("%.0f", m.NsPerStore()),
			count(m.Allocs), bytes(m.Bytes), fmt.Sprint(m.Findings), ratio,
			millis(m.Build), fmt.Sprintf("%.0f%%", 100*m.Spread()), fmt.Sprintf("%dx%d", m.Runs, m.Iters))
	}
	tw.Flush()
	for _, n := range notes {
		fmt.Fprintln(w, "- "+n)
	}
}

// printRatios writes one line per size: OPA with parsed input over the
// library, and the library over the loop.
func printRatios(w io.Writer, sizes []int, ms []measurement) {
	get := func(engine string, n int) (time.Duration, bool) {
		for _, m := range ms {
			if m.Engine == engine && m.N == n && m.Skipped == "" {
				return m.Median, true
			}
		}
		return 0, false
	}
	ratio := func(a, b string, n int) string {
		x, okx := get(a, n)
		y, oky := get(b, n)
		if !okx || !oky || y == 0 {
			return "n/a (not measured)"
		}
		return fmt.Sprintf("%.1fx", float64(x)/float64(y))
	}
	for _, n := range sizes {
		fmt.Fprintf(w, "N=%d: OPA (parsed input) / dataresidency = %s; dataresidency / loop = %s\n",
			n, ratio("opa-parsed", reference, n), ratio(reference, "loop", n))
	}
}

// millis formats d in milliseconds with about three significant digits.
func millis(d time.Duration) string {
	ms := float64(d) / float64(time.Millisecond)
	switch {
	case ms >= 100:
		return fmt.Sprintf("%.0f", ms)
	case ms >= 10:
		return fmt.Sprintf("%.1f", ms)
	case ms >= 1:
		return fmt.Sprintf("%.2f", ms)
	default:
		return fmt.Sprintf("%.3f", ms)
	}
}

func count(n uint64) string {
	switch {
	case n >= 10_000_000:
		return fmt.Sprintf("%.0fM", float64(n)/1e6)
	case n >= 1_000_000:
		return fmt.Sprintf("%.1fM", float64(n)/1e6)
	case n >= 10_000:
		return fmt.Sprintf("%.0fk", float64(n)/1e3)
	case n >= 1_000:
		return fmt.Sprintf("%.1fk", float64(n)/1e3)
	}
	return fmt.Sprint(n)
}

func bytes(n uint64) string {
	const (
		kib = 1 << 10
		mib = 1 << 20
		gib = 1 << 30
	)
	switch {
	case n >= gib:
		return fmt.Sprintf("%.2f GiB", float64(n)/gib)
	case n >= 10*mib:
		return fmt.Sprintf("%.0f MiB", float64(n)/mib)
	case n >= mib:
		return fmt.Sprintf("%.1f MiB", float64(n)/mib)
	case n >= kib:
		return fmt.Sprintf("%.0f KiB", float64(n)/kib)
	}
	return fmt.Sprintf("%d B", n)
}
