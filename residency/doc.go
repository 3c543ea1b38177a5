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
// [Assess], or [Engine.Assess] for another catalog, takes the facts and
// the rules in force on the as-of date. A store holds data on that date
// when its Period contains it and an operator runs it; a flow runs when
// its Period contains the date and the stores at its ends hold data. A
// flow that names no datasets carries every dataset of the store it reads
// (its source; for collection and admin access, the store it reaches).
// Whatever parts are asked for, the assessment first lists the
// jurisdictions the topology touches whose law the catalog did not
// research (no rule of theirs, none whose territory holds them, no
// [jurisdiction.Survey]): a store located, keyed or administered there,
// an operator, custodian, key holder or accessor incorporated,
// headquartered or controlled there, a dataset's subjects or controller
// there. They are [Report].Unresearched, and each affected dataset's
// rating carries a caveat: nothing was checked against their law, and
// their silence is not "no restriction". Then it applies, in this order:
//
//  1. Exposures. A government reaches a store through its location
//     (territorial rules, or, where no rule of the place's own state
//     reaches it, that state by presumption: a subdivision's country),
//     through its operator, custodians and key holder and every entity
//     controlling them (personal-reach rules, such as 18 U.S.C. 2713;
//     control is a holding over 50% or a holding marked Control, followed
//     up the chain), through where keys are kept (territorial; a link only
//     when the keys are not the operator's or are kept outside the
//     store's location), and through administrative access (the accessor,
//     personally, and its location, by access-reach rules). A rule scoped
//     to roles reaches through a party of those roles only (the operator
//     for the location, the key holder for the keys' location, the
//     accessor for access, the entity itself for personal reach). A technology
//     licensor reaches nothing. Each government has one exposure per link,
//     through the nearest chain: the entity's own jurisdictions
//     (incorporation, then headquarters), then its controllers', the
//     shortest chain first and, among chains of one length, the one
//     through the earlier-listed holdings. Reach is readable if the
//     government reaches the data by a link other than the keys and the
//     keys are operator-managed or within its reach too; otherwise it
//     yields ciphertext.
//  2. Localization: data in scope needs a copy inside the territory, and
//     each copy outside needs an inbound flow carrying it that relies on a
//     mechanism satisfying the rule (or, with none carrying it, one of the
//     store's own mechanisms).
//  3. Transfer restrictions: every flow, and every collection of data
//     into a store (declared, or undeclared: a dataset no inbound flow
//     carries), that takes data in scope out of the territory (or onward
//     between two other countries, for rules tied to data subjects) needs
//     a mechanism in force, covering the destination, with a certified
//     recipient where required, and not a derogation for occasional
//     transfers. A collection starts where the data is, with the
//     subjects (in each of their jurisdictions; at the controller's home
//     when none is declared), and is a transfer under a rule only when the
//     controller is inside the rule's territory: data collected abroad
//     never passed through the controller's country, and a foreign
//     controller collecting from a territory's subjects exports nothing
//     from it (EDPB Guidelines 05/2021, example 1).
//  4. Ownership and licensing: the operator and custodians of a store in
//     the territory must hold the licence and stay under the foreign
//     equity cap, looking through domestic holders (every holding counts,
//     controlling or not). One party breaking a rule both ways is one
//     violation with both reasons.
//  5. Prohibited counterparties (the operator, custodians, key holder and
//     administrators, covered through the largest covered holding; for
//     rules naming foreign persons, as 28 CFR 202 does, a party
//     incorporated inside the territory is not covered itself, and an
//     administrator acting from a listed jurisdiction is), and the
//     obligations that apply.
//  6. Conflicts: a party that one government can compel to produce data
//     another jurisdiction's rule forbids it to hand over is in a
//     conflict, naming both sides' rules, the party and the path, and the
//     relief each law offers. The forbidding rules are blocking statutes,
//     localization and transfer rules marked as barring disclosure
//     abroad (jurisdiction.Rule.BarsDisclosure: a rule that only fixes
//     where the primary copy is kept bars nothing) and prohibited-
//     counterparty rules. For a store inside a forbidding rule's
//     territory, every government outside it that reaches the store other
//     than through its location conflicts with the rule; a blocking
//     statute tied to data subjects or controllers (GDPR Art. 48) follows
//     the party to stores outside its territory, where only governments
//     reaching the data through a party, not a place, conflict with it;
//     a prohibited-counterparty rule conflicts, wherever the data is, with
//     the governments it names that reach the data through a party. A
//     store has one conflict per exposure and forbidding jurisdiction,
//     listing every dataset a forbidding rule protects there and the
//     union of those rules.
//  7. Ratings: each dataset is rated with package hexad from the
//     exposures of the stores holding it (a link per exposure: readable
//     data, ciphertext, or keys; links to keys the dataset's controller
//     holds, through itself or where it is, are left out, as the model
//     does not count a state's power over the consumer itself), the
//     catalog's access profiles as they stood on the date, the
//     assistance agreements in force between the governments, whether
//     the consumer shares a recourse bloc (the EEA) with each, whether the
//     data is public, how many copies there are and in how many regions,
//     and the engineering the topology declares (Entity.Assurances,
//     Store.FilteredFrom). The topology's rating takes each element's
//     lowest score; an element no dataset could rate gives the first
//     dataset's reasons.
//
// Every finding is a [Finding]: it names its rules with citations and the
// [Path] that caused it, has an ID unique in its report, and a [Severity]
// the engine sets. Reports are deterministic: the same topology, date,
// options and catalog give byte-identical JSON. The report also records
// where each store and flow stood ([Report.Stores], [Report.Flows]), so
// that renderers (package diagram) and tests need not work it out again.
//
// # Cost and input limits
//
// An [Engine] and its catalog are immutable once made: share one among
// goroutines. An assessment indexes the topology once (validation, then
// an index of every reference by position, so that no check looks an ID
// up again), memoises reach, equity and coverage per entity (each walked
// without recursion, so a chain of n holdings costs n steps), and touches
// each store, flow and dataset a bounded number of times, so its cost
// grows linearly with the topology; sorting findings is n log n. The
// allocation budget, held by TestAllocationBudget on a synthetic estate
// of 1,000 stores: the checks ([Only] Violations and Conflicts) stay under
// 20 allocations and 3,500 bytes per store, a full assessment under 130
// allocations and 18,000 bytes per store (the ratings carry each
// element's penalty and the facts of key reach, cooperation and
// engineering). The benchmarks and bench/README.md give the measured
// times.
//
// Limits on input: [DecodeJSON] and [ReadJSON] accept one JSON object (not
// null) up to [MaxDocumentBytes], nested at most [MaxDepth] deep, with at
// most [MaxElements] values; any topology, from a document or built in
// code, may list at most [MaxItems] datasets, entities, stores, flows or
// waivers, [MaxListItems] entries in any list of an element (and flows
// into one store), IDs of [MaxIDBytes], texts of [MaxTextBytes] and
// counts up to [MaxSubjects], with no control or bidirectional-override
// characters; validation lists at most [MaxProblems] problems. Exceeding
// a limit is an error wrapping [ErrLimit], found as the document is read:
// a document is decided, accepted or refused, allocating at most about
// ten times its size.
//
// # Limits
//
// The assessment sees what the topology states. It does not know consent,
// contracts' contents, whether a security assessment was actually passed,
// or how a court would weigh comity; it reports which rules apply and how
// they collide, not whether a regulator would act. A place abroad that
// reaches data outside a forbidding rule's territory (a Japanese court
// over a Tokyo copy of EU data) makes no conflict: that is the transfer
// findings' business. Rules scoped to roles (jurisdiction.Role) bind an
// entity whose Role is unknown, so that an assessment that cannot tell a
// provider from a company running its own systems does not read the law
// away.
package residency
