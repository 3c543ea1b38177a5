// Package dataresidency is a Go library that tells a cloud architect, in
// code, whose law reaches their data and where those laws collide.
//
// Cloud data sits in one country, is run by a company from another,
// replicates to a third and is read by consumers in a fourth. Each of those
// links pulls in law. China's Cybersecurity Law Art. 37 keeps personal
// information and important data of critical-information-infrastructure
// operators inside China; the US CLOUD Act (18 U.S.C. 2713) lets US
// authorities compel a US-controlled provider to disclose data wherever it
// is stored. A US-controlled operator holding Chinese CII data is caught
// between the two.
//
// The module has three packages:
//
//   - [github.com/dataresidency/dataresidency/jurisdiction]: jurisdictions,
//     blocs and law as cited, dated data; government-access profiles; the
//     built-in catalog.
//   - [github.com/dataresidency/dataresidency/residency]: storage
//     topologies and their assessment into violations, conflicts,
//     exposures and obligations, each traced to rules and a topology path,
//     as of any date.
//   - [github.com/dataresidency/dataresidency/hexad]: seven-element hexad
//     ratings (1 to 5) from a consumer's point of view, and fleet
//     summaries.
//
// Packages depend one way: residency imports jurisdiction and hexad;
// hexad imports neither. The examples directory holds the case studies of
// the MIT thesis on US-China cloud computing the library grew from.
package dataresidency

//go:generate go run ./internal/catalogdoc -o docs/catalog.md -schema docs/topology.schema.json -readme README.md
