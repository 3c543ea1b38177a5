// Package residencytest provides helpers for asserting, in a go test,
// what a [residency.Topology] does under the law: that it breaks no rule
// and puts no party in a conflict ([Clean]), that a dataset stays inside
// the jurisdictions it is allowed in ([StaysWithin]), and that its hexad
// rating meets a floor ([RatingAtLeast]).
//
// It imports github.com/google/go-cmp/cmp, which is meant for tests; import
// residencytest from _test.go files only.
//
// # Example
//
// A test pins the architecture it describes:
//
//	func TestArchitecture(t *testing.T) {
//		top := architecture() // the *residency.Topology under test
//		eu := jurisdiction.MustParseCode("EU")
//		residencytest.Clean(t, top, "2025-01-01")
//		residencytest.StaysWithin(t, top, "customers", []jurisdiction.Code{eu}, "2025-01-01")
//		residencytest.RatingAtLeast(t, top,
//			residencytest.Floor{hexad.Confidentiality: 3, hexad.Jurisdiction: 3},
//			"2025-01-01", residency.Consumer(jurisdiction.MustParseCode("DE")))
//	}
//
// # Assessment
//
// Each helper calls tb.Helper, then assesses the topology on asOf, a date
// written "YYYY-MM-DD", with opts ([residency.Consumer], [residency.Only]),
// against the built-in catalog; [Using] gives the same helpers for an
// engine of another catalog. The helpers do not modify the topology, read
// no clock and may be called from parallel tests.
//
// # Failures
//
// An assertion that does not hold is reported with tb.Errorf, and the test
// goes on. Input that cannot be assessed stops the test with tb.Fatalf: a
// malformed or empty date, a topology [residency.Engine.Assess] rejects
// (every problem is listed, each with its path), or arguments that assert
// nothing (an unknown dataset, no allowed jurisdiction, an invalid floor).
// If tb.Fatalf returns, as a fake testing.TB's may, the helper returns
// without asserting anything (Clean returns nil).
//
// Messages explain each failure: the finding's ID, its rule with the law's
// citation, the topology path and the reason, and, where a set is compared
// with what was wanted, a diff of the two from [cmp.Diff]. The wording is
// for people and may change; it is not a contract.
package residencytest
