package tfplan

// SetMaxPlanBytes lowers the plan size limit for a test and returns a
// function that restores it.
func SetMaxPlanBytes(n int) (restore func()) {
	old := maxPlanBytes
	maxPlanBytes = n
	return func() { maxPlanBytes = old }
}

var Glob = glob
