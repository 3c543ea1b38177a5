package residency_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// problems lists "path: sentinel" for each member of a validation error.
func problems(t *testing.T, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	var m interface{ WrappedErrors() []error }
	if !errors.As(err, &m) {
		t.Fatalf("error %v is not an aggregate", err)
	}
	sentinels := []struct {
		err  error
		name string
	}{
		{residency.ErrMissing, "missing"}, {residency.ErrDuplicate, "duplicate"}, {residency.ErrDangling, "dangling"},
		{residency.ErrCycle, "cycle"}, {residency.ErrShare, "share"}, {residency.ErrDate, "date"},
		{residency.ErrInvalid, "invalid"}, {residency.ErrUnknown, "unknown"},
	}
	var out []string
	for _, e := range m.WrappedErrors() {
		var ve *residency.ValidationError
		if !errors.As(e, &ve) {
			t.Fatalf("member %v is not a *ValidationError", e)
		}
		name := "?"
		for _, s := range sentinels {
			if errors.Is(e, s.err) {
				name = s.name
				break
			}
		}
		out = append(out, ve.Path+": "+name)
	}
	return out
}

func TestValidateReportsEverything(t *testing.T) {
	t.Parallel()
	top := &residency.Topology{
		Datasets: []residency.Dataset{
			{ID: "d1", Classes: []jurisdiction.DataClass{99}, Subjects: []residency.Subjects{{Count: -1}}, Controller: "ghost"},
			{ID: "d1"},
			{},
		},
		Entities: []residency.Entity{
			{ID: "a", Jurisdiction: cn, Owners: []residency.Ownership{{Parent: "b", Share: 60}, {Parent: "c", Share: 60}}},
			{ID: "b", Jurisdiction: cn, Owners: []residency.Ownership{{Parent: "a", Share: 10}}},
			{ID: "c", Owners: []residency.Ownership{{Parent: "c", Share: 150}}},
			{ID: "d", Jurisdiction: us, Owners: []residency.Ownership{{Parent: "a", Share: math.NaN(),
				Period: jurisdiction.Period{From: day("2020-01-01"), Until: day("2019-01-01")}}}},
		},
		Stores: []residency.Store{
			{ID: "s1", Location: cn, Datasets: []string{"d1", "nope"}, Role: 7,
				Operators: []residency.Tenure{{Entity: "a"}, {Entity: "b", Period: jurisdiction.Period{From: day("2020-01-01")}}},
				Keys:      []residency.KeyCustody{{Holder: "zz"}}},
			{ID: "s2", Datasets: []string{"d1", "d1"}, Licensor: "nobody",
				Custodians: []residency.Tenure{{Entity: "a"}, {Entity: "a", Period: jurisdiction.Period{From: day("2020-01-01")}}}},
		},
		Flows: []residency.Flow{
			{ID: "f1", Kind: residency.Replication, From: "s1", To: "s1"},
			{ID: "f2", Kind: residency.AdminAccess, From: "s1", To: "s2"},
			{ID: "f3", Kind: residency.BackupFlow, From: "s2", To: "s1", Datasets: []string{"d2"}},
			{ID: "f4", Kind: residency.Replication, From: "s2", To: "s1", Datasets: []string{"d1", "d1"}},
			{ID: "f1", Kind: 0, To: "s9"},
		},
	}
	err := top.Validate()
	want := []string{
		"datasets[0].classes[0]: invalid",
		"datasets[0].controller: dangling",
		"datasets[0].subjects[0].count: invalid",
		"datasets[0].subjects[0].jurisdiction: missing",
		"datasets[1].id: duplicate",
		"datasets[2].id: missing",
		"entities[0].owners: share",
		"entities[0].owners: cycle",
		"entities[2].jurisdiction: missing",
		"entities[2].owners[0].parent: cycle",
		"entities[2].owners[0].share: share",
		"entities[3].owners[0]: date",
		"entities[3].owners[0].share: share",
		"stores[0].datasets[1]: dangling",
		"stores[0].keys[0].holder: dangling",
		"stores[0].keys[0].location: missing",
		"stores[0].operators[1]: date",
		"stores[0].role: invalid",
		"stores[1].custodians[1]: duplicate",
		"stores[1].datasets[1]: duplicate",
		"stores[1].licensor: dangling",
		"stores[1].location: missing",
		"stores[1].operators: missing",
		"flows[0].to: invalid",
		"flows[1].accessor: missing",
		"flows[1].accessor_location: missing",
		"flows[1].from: invalid",
		"flows[2].datasets[0]: dangling",
		"flows[3].datasets[1]: duplicate",
		"flows[4].id: duplicate",
		"flows[4].kind: invalid",
		"flows[4].to: dangling",
	}
	if diff := cmp.Diff(want, problems(t, err)); diff != "" {
		t.Errorf("problems (-want +got):\n%s\n%v", diff, err)
	}
	for _, s := range []error{residency.ErrCycle, residency.ErrShare, residency.ErrDangling, residency.ErrDate, residency.ErrDuplicate} {
		if !errors.Is(err, s) {
			t.Errorf("errors.Is(err, %v) = false", s)
		}
	}
	var ve *residency.ValidationError
	if !errors.As(err, &ve) || ve.Pointer() != "/datasets/0/classes/0" {
		t.Errorf("errors.As gives %v with pointer %q", ve, ve.Pointer())
	}
	if !strings.Contains(err.Error(), "b -> a -> b") && !strings.Contains(err.Error(), "a -> b -> a") {
		t.Errorf("the cycle is not spelled out: %v", err)
	}
}

func TestValidateValid(t *testing.T) {
	t.Parallel()
	for _, top := range []*residency.Topology{cnCII(), euPersonal(), {}} {
		if err := top.Validate(); err != nil {
			t.Errorf("Validate(%s) = %v", top.Name, err)
		}
	}
	var nilTop *residency.Topology
	if err := nilTop.Validate(); !errors.Is(err, residency.ErrMissing) {
		t.Errorf("nil topology: %v", err)
	}
}

func TestValidateShareSumsOverTime(t *testing.T) {
	t.Parallel()
	top := cnCII()
	// 60% until 2020, then 60% to someone else: never more than 100% at once.
	entity(top, "op").Owners = []residency.Ownership{
		{Parent: "us-parent", Share: 60, Period: jurisdiction.Period{Until: day("2020-01-01")}},
		{Parent: "cn-parent", Share: 60, Period: jurisdiction.Period{From: day("2020-01-01")}},
	}
	if err := top.Validate(); err != nil {
		t.Errorf("successive holdings: %v", err)
	}
	entity(top, "op").Owners[1].From = day("2019-06-01")
	if err := top.Validate(); !errors.Is(err, residency.ErrShare) {
		t.Errorf("overlapping holdings summing to 120%%: %v", err)
	}
}

func TestAssessValidatesAgainstCatalog(t *testing.T) {
	t.Parallel()
	top := euPersonal()
	top.Flows = []residency.Flow{{ID: "f", Kind: residency.AdminAccess, To: "dublin", Accessor: "us-op",
		AccessorLocation: jurisdiction.MustParseCode("XYZ"), Mechanisms: []string{"made-up"}}}
	entity(top, "us-op").Certifications = []string{"also-made-up"}
	top.Stores[0].Location = jurisdiction.MustParseCode("EU")
	_, err := residency.Assess(top, day("2020-01-01"))
	want := []string{
		"entities[2].certifications[0]: unknown",
		"stores[0].location: invalid",
		"flows[0].accessor_location: unknown",
		"flows[0].mechanisms[0]: unknown",
	}
	if diff := cmp.Diff(want, problems(t, err)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if !errors.Is(err, jurisdiction.ErrUnknownCode) {
		t.Errorf("an unknown group code should match jurisdiction.ErrUnknownCode: %v", err)
	}
}

func TestAssessNeedsADate(t *testing.T) {
	t.Parallel()
	if _, err := residency.Assess(cnCII(), jurisdiction.Date{}); !errors.Is(err, residency.ErrNoDate) {
		t.Errorf("Assess on the zero date = %v, want ErrNoDate", err)
	}
}

// TestZeroEngine checks that the zero Engine assesses against the
// built-in catalog, as an Engine made with NewEngine(nil) does.
func TestZeroEngine(t *testing.T) {
	t.Parallel()
	d := day("2022-01-01")
	got, err := (&residency.Engine{}).Assess(cnCII(), d)
	if err != nil {
		t.Fatal(err)
	}
	want, err := residency.NewEngine(nil).Assess(cnCII(), d)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("zero Engine (-made +zero):\n%s", diff)
	}
	if (&residency.Engine{}).Catalog() != jurisdiction.Default() {
		t.Error("the zero Engine's catalog is not the built-in one")
	}
}

func TestAssessDoesNotModifyTopology(t *testing.T) {
	t.Parallel()
	top := cnCII()
	addReplica(sg, []string{"cn-security-assessment"})(top)
	before := cnCII()
	addReplica(sg, []string{"cn-security-assessment"})(before)
	assess(t, top, "2024-01-01")
	if diff := cmp.Diff(before, top); diff != "" {
		t.Errorf("Assess modified its input (-before +after):\n%s", diff)
	}
}
