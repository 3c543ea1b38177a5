// Package residency assesses a cloud storage topology against the law in a
// jurisdiction catalog: which rules it breaks, which parties it puts
// between two laws they cannot both obey, which governments can reach
// which data and how, and how the data rates on the seven-element hexad
// from a consumer's point of view.
//
// # Topologies
//
// A [Topology] lists datasets (their data classes, where their subjects
// are and how many), legal entities (where they are incorporated and
// headquartered, who owns or controls them, their CII designations,
// licences and certifications), stores (location, dated operators, the
// technology licensor, custodians of the infrastructure, dated key
// custody) and flows (replication, backup, remote administrative access,
// collection, each with the transfer mechanisms it relies on). Dated facts
// let one topology describe a history; [Topology.Validate] reports every
// structural problem at once, each with its path.
//
// # Assessment
//
// [Assess], or [Engine.Assess] for repeated use, takes the facts and the
// rules in force on the as-of date. It applies, in this order:
//
//  1. Exposures. A government reaches a store through its location
//     (territorial rules, or presumed territorial jurisdiction where the
//     catalog has no rule), through its operator, custodians and key
//     holder and every entity controlling them (personal-reach rules,
//     such as 18 U.S.C. 2713; control is a holding over 50% or a holding
//     marked Control, followed up the chain), through where keys are kept
//     (territorial), and through administrative access (the accessor,
//     personally, and its location, by access-reach rules). A technology
//     licensor reaches nothing. Reach is readable if the keys are
//     operator-managed or the government reaches the key holder or the
//     key location; otherwise it yields ciphertext.
//  2. Localization: data in scope needs a copy inside the territory, and
//     each copy outside needs an inbound flow relying on a mechanism that
//     satisfies the rule.
//  3. Transfer restrictions: every flow, and every undeclared collection
//     of data into a store by its controller, that takes data in scope out
//     of the territory (or onward between two outside countries, for
//     rules tied to data subjects) needs a mechanism in force, covering
//     the destination, with a certified recipient where required, and not
//     a derogation for occasional transfers when the flow is standing.
//  4. Ownership and licensing: the operator and custodians of a store in
//     the territory must hold the licence and stay under the foreign
//     equity cap, looking through domestic holders.
//  5. Prohibited counterparties, and the obligations that apply.
//  6. Conflicts: for every store inside the territory of a blocking or
//     localization rule that covers its data, every other government that
//     reaches it other than through its location is a conflict, naming
//     both sides' rules, the party and the path, and the relief each law
//     offers.
//  7. Ratings: each dataset is rated with package hexad from the
//     exposures of the stores holding it and the catalog's access
//     profiles; the topology's rating takes each element's lowest score.
//
// Every finding names its rules with citations and the topology path that
// caused it. Reports are deterministic: the same topology, options and
// catalog give byte-identical JSON.
//
// # Performance and input limits
//
// An [Engine] and its catalog are immutable once made: share one among
// goroutines. An assessment indexes the topology once (validation resolves
// every reference to a position, so no check looks an ID up again),
// memoises control chains, reach and subject volumes per entity, and
// touches each store, flow and dataset a bounded number of times, so its
// cost grows linearly with the topology; only the sorting of findings is
// n log n. Exposure lists are computed only for the stores that need
// them, unless [Exposures] are asked for.
//
// The allocation budget, held by a test on a synthetic estate of 1,000
// stores (package synth): the checks ([Only] Violations and Conflicts)
// stay under 20 allocations and 3,500 bytes per store, a full assessment
// under 130 allocations and 15,000 bytes per store. Most of a full
// assessment's memory is the text of its hexad ratings, a few kilobytes
// per dataset: for estates of millions of stores, ask for the parts you
// need. Measured on a 2-core VM (go test ./residency -run '^$' -bench
// 'Assess$|AssessChecks' -benchtime 1x -args -large), the checks on the
// whole built-in catalog took about 7 µs per store at 10,000 stores, 10 at
// 100,000 and 23 at 1,000,000: 3.3 times the per-store time at 10,000,
// because at that size every index outgrows the caches and each lookup
// waits on memory. At 1,000,000 stores the peak heap was 2.3 GiB, 0.9 GiB
// of it the topology itself, so the assessment's own peak was 1.4 GiB;
// it allocated 1.9 KB and 11 objects per store. A full assessment took
// about 44 µs per store at 10,000 stores and 51 at 100,000 (peak heap
// 0.9 GiB at 100,000). [DecodeJSON] read synthetic documents at about
// 19 MB/s, 50 µs per store (BenchmarkDecodeJSON). bench/README.md
// compares the checks with Open Policy Agent and a hand-written loop.
//
// Limits on input: [DecodeJSON] and [ReadJSON] accept documents up to
// [MaxDocumentBytes], nested at most [MaxDepth] deep, with at most
// [MaxElements] values; any topology may list at most [MaxItems]
// datasets, entities, stores, flows or waivers; validation reports at
// most [MaxProblems] problems. Exceeding one is an error wrapping
// [ErrLimit], returned before the input can exhaust memory.
//
// # Limits
//
// The assessment sees what the topology states. It does not know consent,
// contracts' contents, whether a security assessment was actually passed,
// or how a court would weigh comity; it reports which rules apply and how
// they collide, not whether a regulator would act. Conflicts are
// reported for stores inside the blocking territory, the shape of the
// CLOUD Act against China's and the EU's rules; data already abroad is a
// matter for the transfer and localization findings instead.
package residency
