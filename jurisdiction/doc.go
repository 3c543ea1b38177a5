// Package jurisdiction models jurisdictions and the law that reaches cloud
// data, as data: every [Rule] carries its jurisdiction, its citation (law
// and article), the days it took and lost effect, its scope, its sources
// and whether it was verified against them.
//
// # Codes, dates and blocs
//
// A [Code] is an ISO 3166-1 alpha-2 code ("CN", "US", "HK"), a group
// code ("EU", "EEA") or a subdivision ("CA-BC"); [ParseCode] validates and canonicalises it (UK is
// GB, EL is GR). A [Date] is a calendar day and a [Period] a span of days,
// From inclusive and Until exclusive. A [Bloc] has dated [Membership]:
// the United Kingdom is in the EU until 2020-01-31 and treated as a member
// until 2020-12-31.
//
// Special regions are separate jurisdictions with a Sovereign: Hong Kong
// and Macau belong to China but are outside mainland-China rules, whose
// Territory lists CN alone; a rule that treats them as China (as US 28 CFR
// Part 202 does) says so in its own data.
//
// # Rules and mechanisms
//
// A rule's [Kind] says what it does: [Localization], [TransferRestriction],
// [CompelledAccess] (with a [Reach]: territorial, personal through
// entities and those they control, or through administration from the
// territory), [BlockingStatute], [OwnershipLicensing],
// [ProhibitedCounterparty] and [Obligation]. Its [Scope] names the data
// classes, the tie to the territory ([Basis]), and actor conditions such
// as critical-information-infrastructure designation and subject-count
// thresholds. A [Mechanism] (an adequacy decision, standard contractual
// clauses, a security assessment) names the rules it satisfies and when
// and where it can be relied on.
//
// # Access profiles
//
// An [AccessProfile] answers four questions about a government: is access
// judicially authorised, is it transparent, can providers or citizens be
// compelled to assist intelligence services, can the state alter or remove
// content. Each answer names its basis. Profiles feed the hexad ratings;
// a jurisdiction nobody researched gets [DefaultProfile], every answer
// unknown, and every rating it feeds says so.
//
// # Catalogs
//
// A [Catalog] is a validated, indexed, immutable set of all of the above,
// safe for concurrent use. [Default] returns the built-in catalog;
// [NewCatalog] builds one from [Contents] and reports every problem with
// its path; [Catalog.With] adds or overrides jurisdictions, rules,
// mechanisms and profiles without forking. A catalog's [Catalog.Version]
// (name and content digest) is recorded in every report so that a verdict
// can be reproduced.
//
// Lookups ([Catalog.Rule], [Catalog.Region], [Catalog.Jurisdiction], …)
// return a copy and whether the catalog has the entry; listings
// ([Catalog.Rules], [Catalog.Regions], …) return an iterator over copies
// in a documented order. Every value handed out is the caller's to
// modify.
//
// The built-in catalog encodes facts researched from primary texts and
// secondary sources; each rule's Sources and Notes say which, and Verified
// is false where a date or article could not be confirmed. It is a model
// of the law for engineering decisions, not legal advice.
package jurisdiction
