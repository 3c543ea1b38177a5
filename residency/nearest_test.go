package residency_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// TestUnknownRegionMessage pins the text a mistyped region gives: the
// nearest regions of the catalog, as the catalog's Region error named them
// before lookups returned a bool.
func TestUnknownRegionMessage(t *testing.T) {
	t.Parallel()
	top := euPersonal()
	top.Stores[0].Region = "aws:eu-wst-1"
	_, err := residency.Assess(top, day("2020-01-01"))
	want := `stores[0].region: unknown to the catalog: jurisdiction: unknown region "aws:eu-wst-1"; nearest: aws:eu-west-1, aws:eu-west-2, aws:eu-west-3`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error = %v, want it to contain %q", err, want)
	}
	if !errors.Is(err, jurisdiction.ErrUnknownRegion) || !errors.Is(err, residency.ErrUnknown) {
		t.Errorf("error %v matches neither ErrUnknownRegion nor ErrUnknown", err)
	}
}
