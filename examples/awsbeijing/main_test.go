package main

import (
	"testing"

	"github.com/dataresidency/dataresidency/internal/mainrun"
)

// TestMainPrints runs the program and checks that it printed the case and
// its rating table (the cases' Example tests check the text itself).
func TestMainPrints(t *testing.T) {
	mainrun.Check(t, main, "== ", "Rating:", "Confidentiality", "Jurisdiction")
}
