package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/synth"
)

// BenchmarkAssessFile runs the command on synthetic topology documents in
// each output format, from reading the file to writing the report. SARIF
// places every result in the document: its cost per store must not grow
// with the size of the document.
func BenchmarkAssessFile(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		var doc bytes.Buffer
		if err := residency.EncodeJSON(&doc, synth.Generate(synth.Config{Stores: n, Seed: 1})); err != nil {
			b.Fatal(err)
		}
		file := filepath.Join(b.TempDir(), "topology.json")
		if err := os.WriteFile(file, doc.Bytes(), 0o644); err != nil {
			b.Fatal(err)
		}
		for _, format := range []string{"text", "json", "sarif"} {
			b.Run(fmt.Sprintf("stores=%d/%s", n, format), func(b *testing.B) {
				b.ReportAllocs()
				var stdout, stderr bytes.Buffer
				for b.Loop() {
					stdout.Reset()
					stderr.Reset()
					if code := run([]string{"assess", "-as-of", "2025-06-01", "-format", format, file}, &stdout, &stderr); code == exitUsage {
						b.Fatalf("exit %d: %s", code, stderr.String())
					}
				}
				if stdout.Len() == 0 || (format != "text" && !json.Valid(stdout.Bytes())) {
					b.Fatalf("the %s output is empty or not JSON (%d bytes): %s", format, stdout.Len(), stderr.String())
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/store")
			})
		}
	}
}
