//go:build !race

package residency_test

const raceSlack = 1.0
