//go:build race

package residency_test

// raceSlack widens allocation budgets under the race detector, whose
// instrumentation allocates. .ci/run also checks them without it.
const raceSlack = 1.25
