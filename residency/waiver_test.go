package residency_test

import (
	"errors"
	"testing"

	"github.com/dataresidency/dataresidency/residency"
)

func TestWaivers(t *testing.T) {
	t.Parallel()
	top := cnCII()
	top.Stores[0].Operators[0].Entity = "us-parent" // unlicensed, foreign: two violations and a conflict
	const cap = "V:CN-FITE-VATS-CAP@store/bj/operator/us-parent"
	top.Waivers = []residency.Waiver{{Finding: cap, Justification: "divestment under way", Approver: "cfo@example.com",
		Expires: day("2020-01-01")}}

	rep := assess(t, top, "2019-06-01")
	var waived, open int
	for _, v := range rep.Violations {
		if v.Waiver != nil {
			waived++
			if v.ID != cap || v.Waiver.Approver != "cfo@example.com" {
				t.Errorf("waiver attached to %s", v.ID)
			}
		} else {
			open++
		}
	}
	if waived != 1 || open != 1 {
		t.Errorf("want one waived and one open violation, got %d and %d", waived, open)
	}
	if rep.Clean() {
		t.Error("the licence violation and the conflict are not waived")
	}

	// The waiver expires on 2020-01-01: from that day the finding is open.
	for _, v := range assess(t, top, "2020-01-01").Violations {
		if v.Waiver != nil {
			t.Errorf("expired waiver still applies to %s", v.ID)
		}
	}

	// Waive everything and the report is clean, yet every finding is
	// still listed.
	all := assess(t, top, "2019-06-01")
	top.Waivers = nil
	for _, v := range all.Violations {
		top.Waivers = append(top.Waivers, residency.Waiver{Finding: v.ID, Justification: "accepted", Approver: "risk board", Expires: day("2030-01-01")})
	}
	for _, c := range all.Conflicts {
		top.Waivers = append(top.Waivers, residency.Waiver{Finding: c.ID, Justification: "accepted", Approver: "risk board", Expires: day("2030-01-01")})
	}
	rep = assess(t, top, "2019-06-01")
	if !rep.Clean() || len(rep.Violations) != len(all.Violations) || len(rep.Conflicts) != len(all.Conflicts) {
		t.Errorf("fully waived: clean=%v, %d violations, %d conflicts", rep.Clean(), len(rep.Violations), len(rep.Conflicts))
	}
}

func TestWaiverValidation(t *testing.T) {
	t.Parallel()
	top := cnCII()
	top.Waivers = []residency.Waiver{{Finding: "V:x@y"}}
	err := top.Validate()
	if !errors.Is(err, residency.ErrMissing) {
		t.Fatalf("Validate = %v", err)
	}
	want := []string{"waivers[0].approver: missing", "waivers[0].expires: missing", "waivers[0].justification: missing"}
	got := problems(t, err)
	if len(got) != len(want) {
		t.Fatalf("problems = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("problem %d = %q, want %q", i, got[i], want[i])
		}
	}
}
