package cases_test

import (
	"testing"

	"github.com/dataresidency/dataresidency/examples/cases"
	"github.com/dataresidency/dataresidency/residency"
)

// TestThesisTables checks that the modelled topologies reproduce the
// thesis's two rating tables (Table 15, lines ~1940-2000 of the thesis;
// Table 20, lines ~2860-2920).
func TestThesisTables(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		c            cases.Case
		want         string
	}{
		{"table 15", "Chinese consumer of Azure operated by 21Vianet in China", cases.AzureChina(), "2 2 3 4 4 4 2"},
		{"table 20", "American consumer of Alibaba Cloud in the US", cases.AlibabaUS(), "1 1 3 3 4 4 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			run := tt.c.Runs[0]
			rep, err := residency.Assess(tt.c.Topology, run.AsOf, residency.Consumer(run.Consumer))
			if err != nil {
				t.Fatal(err)
			}
			if got := cases.Scores(rep.Rating); got != tt.want {
				t.Errorf("%s: scores %s, want %s\n%s", tt.reason, got, tt.want, rep.Rating)
			}
		})
	}
}

// TestCasesAreValid makes sure every case and run assesses.
func TestCasesAreValid(t *testing.T) {
	t.Parallel()
	for _, c := range cases.All() {
		if err := c.Topology.Validate(); err != nil {
			t.Errorf("%s: %v", c.Name, err)
		}
		for _, r := range c.Runs {
			top := c.Topology
			if r.Topology != nil {
				top = r.Topology
			}
			if _, err := residency.Assess(top, r.AsOf, residency.Consumer(r.Consumer)); err != nil {
				t.Errorf("%s / %s: %v", c.Name, r.Title, err)
			}
		}
	}
}
