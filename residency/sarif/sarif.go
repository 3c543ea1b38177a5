// Package sarif writes a [residency.Report] as a SARIF 2.1.0 log, the
// static-analysis results format that code-scanning services, editors and
// CI systems read.
//
// The mapping:
//
//   - One run, whose tool.driver is named "dataresidency" and lists, as
//     rules, one reportingDescriptor for every catalog rule a finding
//     cites, sorted by ID: its ID, its citation as name, its title as
//     shortDescription, a fullDescription, help citing the law and
//     article with the rule's sources, helpUri from the first source with
//     a URL, and properties kind, jurisdiction, effective, verified and,
//     where set, end, reviewed, territory, with the citation in full.
//   - One result per finding, in the report's order: violations, then
//     conflicts, exposures and obligations. Violations and conflicts have
//     level "error"; an exposure is "warning" when a government foreign to
//     the report's consumer can obtain readable data, "note" otherwise;
//     obligations are "note": the finding's [residency.Severity] (see
//     [LevelOf]). A conflict's ruleId is
//     its first compelling rule; an exposure's its first rule. An exposure
//     whose reach is presumed (the catalog has no compelled-access rule for
//     the place, and every state is presumed able to compel what is on its
//     territory) cites no rule of the catalog: its ruleId is the synthetic
//     rule [PresumedRuleID], whose descriptor explains the presumption.
//   - Every result carries its message, the finding ID as
//     partialFingerprints["dataresidency/v1"] and properties.findingId, the
//     topology path as a logical location and, when a URI is given, the
//     topology document as the artifact location, with a region
//     (startLine, startColumn) when [Options].Locate places the path in
//     it; the remaining facts (rules of both sides of a conflict,
//     datasets, party, readability) are in properties.
//   - A waived finding carries a suppression of kind "external", status
//     "accepted", with the waiver's justification, approver and expiry.
//
// With [Options].Aggregate, findings that share a rule ID, level, waiver
// state and (by dataset) datasets are one result that counts them and lists the first
// locations, with a partial fingerprint of what they share; with
// [Options].Kinds and [Options].MaxResults a log keeps only some kinds or
// a number of results. Each says in the run what it merged or left out.
//
// [WriteWith] adds what the input did not let the assessment check (see
// [Options]): resources whose location could not be determined are
// results of level "error" under the synthetic rule [UnlocatedRuleID], so
// that a partly checked input never looks clean; other messages about the
// run (resources not checked, waivers that no longer apply) are
// invocations[0].toolExecutionNotifications, described in
// tool.driver.notifications. [Write] and WriteWith also give the
// topology's hexad rating as the run's "hexad" property, and each element
// that could not be rated, for every dataset or some, as a notification
// ([UnratedID]) with the reasons: an error when a government's answer was
// not researched (a note when [Options].AcceptUnrated accepts it), a
// warning otherwise.
//
// The output is deterministic: the same report, catalog, URI and options
// give the same bytes.
package sarif

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// SchemaURI is the $schema the log names: the OASIS SARIF 2.1.0 schema.
const SchemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// ToolName is the driver name in every log.
const ToolName = "dataresidency"

// InformationURI is where the driver's documentation is.
const InformationURI = "https://github.com/dataresidency/dataresidency"

// FingerprintKey is the partialFingerprints key that holds a result's
// finding ID, or "unlocated:" and the resource address for an unlocated
// resource.
const FingerprintKey = "dataresidency/v1"

// Synthetic rules: results that no rule of the catalog gives. Their
// descriptors are listed among the rules when a result uses them.
const (
	// PresumedRuleID is the ruleId of an exposure whose reach is presumed
	// from the store's location (residency.Exposure.Presumed).
	PresumedRuleID = "DR-PRESUMED-TERRITORIAL"
	// UnlocatedRuleID is the ruleId of a resource whose location could not
	// be determined (Options.Unlocated).
	UnlocatedRuleID = "DR-TF-UNLOCATED"
)

// Notification IDs this package describes in tool.driver.notifications.
const (
	// UnsupportedID: a resource of a type the reader does not support,
	// not checked.
	UnsupportedID = "DR-TF-UNSUPPORTED"
	// PlanNoteID: a fact of the plan recorded in a simplified form.
	PlanNoteID = "DR-TF-NOTE"
	// WaiverExpiredID: a waiver that had expired on the assessment date.
	WaiverExpiredID = "DR-WAIVER-EXPIRED"
	// WaiverUnmatchedID: a waiver that matches no finding of the report.
	WaiverUnmatchedID = "DR-WAIVER-UNMATCHED"
	// UnratedID: an element of the topology's hexad rating that could not
	// be rated (a government with no researched answer, no stored copy).
	UnratedID = "DR-HEXAD-UNRATED"
	// UnresearchedID: a jurisdiction the topology touches whose law the
	// catalog did not research (residency.Report.Unresearched).
	UnresearchedID = "DR-LAW-UNRESEARCHED"
	// UndeclaredID: a store that holds data on the date but declares none
	// (residency.Report.Undeclared).
	UndeclaredID = "DR-STORE-UNDECLARED"
)

// A Level is the severity of a finding, as SARIF names it.
type Level string

// The levels, from most to least severe.
const (
	Error   Level = "error"
	Warning Level = "warning"
	Note    Level = "note"
	None    Level = "none"
)

// Rank orders levels: Error 3, Warning 2, Note 1, anything else 0.
func (l Level) Rank() int {
	switch l {
	case Error:
		return 3
	case Warning:
		return 2
	case Note:
		return 1
	}
	return 0
}

// ParseLevel parses "error", "warning", "note" or "none".
func ParseLevel(s string) (Level, error) {
	switch l := Level(s); l {
	case Error, Warning, Note, None:
		return l, nil
	}
	return "", fmt.Errorf("sarif: unknown level %q (want error, warning, note or none)", s)
}

// LevelOf returns the SARIF level of a finding's severity: "error",
// "warning" or "note" ("none" for an invalid severity). Waivers do not
// change a finding's level; a waived result carries a suppression.
func LevelOf(s residency.Severity) Level {
	switch s {
	case residency.SeverityError:
		return Error
	case residency.SeverityWarning:
		return Warning
	case residency.SeverityNote:
		return Note
	}
	return None
}

// log is a SARIF log, reduced to the properties this package writes, in
// the order the specification lists them.
type log struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []run  `json:"runs"`
}

type run struct {
	Tool               tool                        `json:"tool"`
	Invocations        []invocation                `json:"invocations,omitempty"`
	OriginalURIBaseIDs map[string]artifactLocation `json:"originalUriBaseIds,omitempty"`
	Results            []result                    `json:"results"`
	ColumnKind         string                      `json:"columnKind,omitempty"`
	Properties         map[string]any              `json:"properties,omitempty"`
}

type invocation struct {
	ExecutionSuccessful        bool           `json:"executionSuccessful"`
	ToolExecutionNotifications []notification `json:"toolExecutionNotifications,omitempty"`
}

type notification struct {
	Locations  []location     `json:"locations,omitempty"`
	Message    text           `json:"message"`
	Level      Level          `json:"level"`
	Descriptor *descriptorRef `json:"descriptor,omitempty"`
	Properties map[string]any `json:"properties,omitempty"`
}

type descriptorRef struct {
	ID    string `json:"id"`
	Index int    `json:"index"`
}

type tool struct {
	Driver driver `json:"driver"`
}

type driver struct {
	Name           string       `json:"name"`
	InformationURI string       `json:"informationUri"`
	Notifications  []descriptor `json:"notifications,omitempty"`
	Rules          []descriptor `json:"rules"`
}

type text struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type descriptor struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name,omitempty"`
	ShortDescription     *text          `json:"shortDescription,omitempty"`
	FullDescription      *text          `json:"fullDescription,omitempty"`
	DefaultConfiguration *configuration `json:"defaultConfiguration,omitempty"`
	HelpURI              string         `json:"helpUri,omitempty"`
	Help                 *text          `json:"help,omitempty"`
	Properties           map[string]any `json:"properties,omitempty"`
}

type configuration struct {
	Level Level `json:"level"`
}

type result struct {
	RuleID              string            `json:"ruleId,omitempty"`
	RuleIndex           *int              `json:"ruleIndex,omitempty"`
	Level               Level             `json:"level"`
	Message             text              `json:"message"`
	Locations           []location        `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	RelatedLocations    []location        `json:"relatedLocations,omitempty"`
	Suppressions        []suppression     `json:"suppressions,omitempty"`
	Properties          map[string]any    `json:"properties"`
}

type location struct {
	ID               int               `json:"id,omitempty"`
	PhysicalLocation *physicalLocation `json:"physicalLocation,omitempty"`
	LogicalLocations []logicalLocation `json:"logicalLocations,omitempty"`
	Message          *text             `json:"message,omitempty"`
}

type physicalLocation struct {
	ArtifactLocation artifactLocation `json:"artifactLocation"`
	Region           *region          `json:"region,omitempty"`
}

type region struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
}

type artifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type logicalLocation struct {
	Name               string `json:"name"`
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

type suppression struct {
	Kind          string         `json:"kind"`
	Status        string         `json:"status"`
	Justification string         `json:"justification,omitempty"`
	Properties    map[string]any `json:"properties,omitempty"`
}

// Write writes rep as a SARIF 2.1.0 log to w. cat supplies the rules'
// metadata (nil means [jurisdiction.Default]); a rule the catalog does not
// have is described from the report's own reference to it. uri names the
// topology document the report assessed, as a URI reference (a relative
// path such as "examples/dublin/topology.json" will do); "" omits physical
// locations. Write is WriteWith with no options.
func Write(w io.Writer, rep *residency.Report, cat *jurisdiction.Catalog, uri string) error {
	return WriteWith(w, rep, cat, uri, Options{})
}

// Options are what [WriteWith] writes beside a report's findings.
type Options struct {
	// Unlocated lists the resources of the input whose location could not
	// be determined, so that they are not in the assessed topology and the
	// input was not fully checked. Each is a result of level "error" under
	// rule [UnlocatedRuleID], after the findings, with partial fingerprint
	// "unlocated:" and its address.
	Unlocated []Resource
	// AcceptUnlocated, when not empty, is the justification with which the
	// caller accepts the unlocated resources: their results then carry a
	// suppression of kind "external", status "accepted".
	AcceptUnlocated string
	// AcceptUnrated, when not empty, is the justification with which the
	// caller accepts hexad elements not rated for want of research: their
	// notifications ([UnratedID]) are then notes rather than errors.
	AcceptUnrated string
	// AcceptUnresearched, when not empty, is the justification with which
	// the caller accepts jurisdictions whose law was not researched: their
	// notifications ([UnresearchedID]) are then notes rather than errors.
	AcceptUnresearched string
	// AcceptUndeclared, when not empty, is the justification with which
	// the caller accepts stores that declare no data: their notifications
	// ([UndeclaredID]) are then notes rather than errors.
	AcceptUndeclared string
	// Notifications are messages about the run rather than findings, such
	// as resources not checked and waivers that no longer apply. They are
	// invocations[0].toolExecutionNotifications, in the order given.
	Notifications []Notification
	// Locate, when not nil and a URI is given, returns the 1-based line and
	// column (in Unicode code points) where the topology element a
	// finding's path names starts in the document, or 0, 0 when it cannot
	// place it. A placed result's physical location carries the region.
	Locate func(p residency.Path) (line, column int)
	// Source, when not nil, places a finding in source code rather than
	// in the assessed document: for a Terraform plan, the .tf file and
	// line of the resource the finding's store comes from. It returns the
	// file as a path relative to SourceRoot, with "/" separators (""
	// when it cannot place the finding, which then falls back to the
	// document), and the 1-based line and column.
	Source func(p residency.Path) (file string, line, column int)
	// SourceRoot is the absolute directory Source's paths are relative
	// to, usually the repository's root: results name it by the base ID
	// SRCROOT (run.originalUriBaseIds), so that code scanning resolves
	// them against the checkout.
	SourceRoot string
	// DocumentInSourceRoot says that the document's URI (WriteWith's uri)
	// is a path relative to SourceRoot: its locations then name the base
	// ID SRCROOT too.
	DocumentInSourceRoot bool
	// Kinds, when not empty, keeps only results of these finding kinds
	// ("violation", "conflict", "exposure", "obligation", "unlocated"):
	// code scanning then sees what gates a build, and the full report
	// stays with the JSON format.
	Kinds []string
	// MaxResults, when positive, caps the number of results, keeping the
	// first in the report's order (violations, then conflicts, exposures
	// and obligations, each most severe first). The run says how many it
	// left out (run.properties.omittedResults, and a warning
	// notification), so that a capped log is never read as complete.
	MaxResults int
	// Aggregate, when not NoAggregation, writes the findings that share a
	// rule ID, a level, a waiver state and, [ByDataset], their datasets as
	// one result (after Kinds, before MaxResults), so that an estate of
	// many stores stays within code scanning's limits: its message counts
	// the findings, datasets and stores and names the first, its locations
	// hold the first finding's (in the order of finding IDs), its
	// relatedLocations the next RelatedLocations, and properties.findings
	// the count. Its partial fingerprint is "aggregate:", the rule ID, "@"
	// and a digest of what the findings share, stable across runs and
	// whatever the findings' order. The run says how many findings it
	// merged (run.properties.aggregated, and a note). A finding that shares
	// with no other stays its own result.
	Aggregate Aggregation
	// RelatedLocations is how many locations after the first an
	// aggregated result lists; 0 means [DefaultRelatedLocations].
	RelatedLocations int
}

// A Resource is a resource of the input, such as a Terraform resource: its
// address, its type and why it is reported.
type Resource struct {
	Address, Type, Reason string
}

// A Notification is a message about the run.
type Notification struct {
	// ID names the kind of notification: its descriptor, listed in
	// tool.driver.notifications, is described for the IDs this package
	// declares ([UnsupportedID], [PlanNoteID], [WaiverExpiredID],
	// [WaiverUnmatchedID]) and by the ID alone otherwise. "" gives no
	// descriptor.
	ID string
	// Level is the notification's level; "" or an unknown level is Note.
	Level   Level
	Message string
	// Resource, when not empty, is the address of the resource the
	// notification is about, written as a logical location.
	Resource string
	// Line and Column, when Line > 0 and a URI is given, place the
	// notification in the document (1-based; Column in Unicode code
	// points, 0 for unknown).
	Line, Column int
	// Properties are written as the notification's property bag.
	Properties map[string]any
}

// WriteWith writes rep as a SARIF 2.1.0 log to w, as [Write] does, with
// what opts adds: unlocated resources as results, notifications and the
// regions of results.
func WriteWith(w io.Writer, rep *residency.Report, cat *jurisdiction.Catalog, uri string, opts Options) error {
	if rep == nil {
		return fmt.Errorf("sarif: nil report")
	}
	if cat == nil {
		cat = jurisdiction.Default()
	}
	b := &builder{cat: cat, rep: rep, uri: uriReference(uri), index: map[string]int{}, opts: opts}
	b.collectRules()
	for f := range rep.Findings() {
		switch f := f.(type) {
		case *residency.Violation:
			b.violation(f)
		case *residency.Conflict:
			b.conflict(f)
		case *residency.Exposure:
			b.exposure(f)
		case *residency.Obligation:
			b.obligation(f)
		}
	}
	for _, r := range opts.Unlocated {
		b.unlocated(r)
	}
	omitted, merged := b.keep()
	if merged.findings > 0 {
		opts.Notifications = append(slices.Clone(opts.Notifications), Notification{ID: AggregatedID, Level: Note,
			Message: fmt.Sprintf("%d findings written as %d results, one per rule, level and waiver state%s (-aggregate %s): each names its first %d locations and counts all; the JSON report lists every finding",
				merged.findings, merged.results, map[Aggregation]string{ByDataset: " and datasets"}[opts.Aggregate], opts.Aggregate, b.related()+1),
			Properties: map[string]any{"findings": merged.findings, "results": merged.results}})
	}
	if omitted > 0 {
		opts.Notifications = append(slices.Clone(opts.Notifications), Notification{ID: OmittedID, Level: Warning,
			Message: fmt.Sprintf("%d results not written: the log keeps the first %d (-max-results); the JSON report has them all", omitted, opts.MaxResults)})
	}
	b.opts.Notifications = slices.Concat(opts.Notifications, undeclaredNotes(rep, opts.AcceptUndeclared),
		unresearchedNotes(rep, opts.AcceptUnresearched), unrated(rep, opts.AcceptUnrated))
	invocations := b.notifications()
	props := map[string]any{"asOf": rep.AsOf.String(), "catalog": rep.Catalog}
	if hx := hexadProperty(rep); hx != nil {
		props["hexad"] = hx
	}
	if rep.Consumer.IsValid() {
		props["consumer"] = rep.Consumer.String()
	}
	if rep.Topology != "" {
		props["topology"] = rep.Topology
	}
	if omitted > 0 {
		props["omittedResults"] = omitted
	}
	if merged.findings > 0 {
		props["aggregated"] = map[string]any{"by": opts.Aggregate.String(), "findings": merged.findings, "results": merged.results}
	}
	if len(opts.Kinds) > 0 {
		props["kinds"] = slices.Clone(opts.Kinds)
	}
	var bases map[string]artifactLocation
	if (b.sourced || opts.DocumentInSourceRoot && b.uri != "") && opts.SourceRoot != "" {
		bases = map[string]artifactLocation{SourceRootID: {URI: dirURI(opts.SourceRoot)}}
	}
	out := log{
		Schema:  SchemaURI,
		Version: "2.1.0",
		Runs: []run{{
			Tool: tool{Driver: driver{Name: ToolName, InformationURI: InformationURI,
				Notifications: b.notes, Rules: b.rules}},
			Invocations:        invocations,
			OriginalURIBaseIDs: bases,
			Results:            b.results,
			ColumnKind:         b.columnKind,
			Properties:         props,
		}},
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("sarif: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

type builder struct {
	cat     *jurisdiction.Catalog
	rep     *residency.Report
	uri     string
	opts    Options
	rules   []descriptor
	index   map[string]int // rule ID to its index in rules
	results []result
	notes   []descriptor // notification descriptors
	// columnKind is set when a region is written.
	columnKind string
	// sourced is set when a result is placed in source code.
	sourced bool
	// meta describes the results, in order: their finding kinds, stores
	// and datasets (see aggregate).
	meta []resultMeta
	// capped counts the results not built because MaxResults was reached
	// (without aggregation, which needs them all).
	capped int
}

// collectRules makes a descriptor for every rule the report cites, sorted
// by ID: each catalog rule under its own ID, described for the kind of
// finding that cites it first, and the rules results of conflicts name
// ([ConflictRuleID]), so that one rule ID stands for one kind of finding.
func (b *builder) collectRules() {
	type entry struct {
		ref  residency.RuleRef
		kind string
	}
	refs := map[string]entry{}
	synthetic := map[string]bool{}
	note := func(id, kind string, r residency.RuleRef) {
		if _, ok := refs[id]; !ok {
			refs[id] = entry{r, kind}
		}
	}
	for f := range b.rep.Findings() {
		kind := ""
		switch f := f.(type) {
		case *residency.Violation:
			kind = "violation"
		case *residency.Obligation:
			kind = "obligation"
		case *residency.Exposure:
			kind = "exposure"
			if f.Presumed {
				synthetic[PresumedRuleID] = true
			}
		case *residency.Conflict:
			kind = "conflict"
			if len(f.Compelling) > 0 {
				note(ConflictRuleID(f.Compelling[0].ID), kind, f.Compelling[0])
			}
		}
		for _, r := range f.Head().Rules {
			note(r.ID, kind, r)
		}
	}
	if len(b.opts.Unlocated) > 0 {
		synthetic[UnlocatedRuleID] = true
	}
	ids := make([]string, 0, len(refs)+len(synthetic))
	for id := range refs {
		ids = append(ids, id)
	}
	for id := range synthetic {
		if _, ok := refs[id]; !ok {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	b.rules = make([]descriptor, 0, len(ids))
	for i, id := range ids {
		b.index[id] = i
		if e, ok := refs[id]; ok {
			d := b.describe(e.ref)
			if e.kind == "conflict" && id != e.ref.ID {
				d = b.conflictDescriptor(id, d)
			}
			b.triage(&d, e.kind, e.ref.ID)
			b.rules = append(b.rules, d)
		} else {
			d := syntheticRule(id)
			b.triage(&d, syntheticKind[id], "")
			b.rules = append(b.rules, d)
		}
	}
}

// syntheticRule describes one of the synthetic rules.
func syntheticRule(id string) descriptor {
	switch id {
	case PresumedRuleID:
		return descriptor{
			ID:               id,
			Name:             "PresumedTerritorialJurisdiction",
			ShortDescription: &text{Text: "Government reach presumed from the store's location"},
			FullDescription: &text{Text: "The catalog has no compelled-access rule of the government that reaches this store, " +
				"so the reach is presumed: every state is presumed able to compel the disclosure of what is stored on its territory. " +
				"The exposure cites no law; its level is that of any exposure (warning when the government is foreign to the consumer " +
				"and can obtain readable data, note otherwise)."},
			Help: &text{Text: id + ": no rule of the catalog gives this reach; it is presumed from the store's location (territorial jurisdiction). " +
				"Research the jurisdiction's compelled-access law and add it to the catalog to replace the presumption with a cited rule, " +
				"keep the keys out of the government's reach, move the store, or accept the exposure with a waiver."},
			HelpURI:    InformationURI,
			Properties: map[string]any{"kind": "presumed-territorial", "synthetic": true},
		}
	case UnlocatedRuleID:
		return descriptor{
			ID:               id,
			Name:             "UnlocatedResource",
			ShortDescription: &text{Text: "Resource whose location could not be determined"},
			FullDescription: &text{Text: "The input holds a resource, replica or replication whose location could not be determined " +
				"(a region known only after apply, taken from the environment or from a reference the plan does not resolve, " +
				"an overridden endpoint, a location the catalog does not know). It is not in the assessed topology: the input was not fully checked."},
			Help: &text{Text: id + ": make the location explicit where the plan records it (a constant region, or a root input variable), " +
				"or accept the gap deliberately (the command line's -allow-unlocated flag). The message gives the reason for each resource."},
			HelpURI:    InformationURI,
			Properties: map[string]any{"kind": "unlocated", "synthetic": true},
		}
	}
	return descriptor{ID: id}
}

// knownNotifications describes the notification IDs this package
// declares: name, short and full description.
var knownNotifications = map[string][3]string{
	UnsupportedID: {"UnsupportedResource", "Resource not checked",
		"The input holds a resource of a type the reader does not support: a storage service it does not model, " +
			"a resource that holds no data, or a data source reading an object outside the plan. Nothing about it was checked."},
	PlanNoteID: {"SimplifiedFact", "Fact recorded in a simplified form",
		"A fact of the plan that the topology holds only in a simplified form, such as a multi-Region key or a global database whose primary the plan does not show."},
	WaiverExpiredID: {"WaiverExpired", "Waiver expired",
		"A waiver of the topology had expired on the assessment date: the finding it accepted, if the report has it, applies again."},
	OmittedID: {"ResultsOmitted", "Results left out",
		"The log was capped (a maximum number of results, to stay within an upload limit): the results it leaves out are in the JSON report. The log is not complete."},
	AggregatedID: {"FindingsAggregated", "Findings merged into one result per rule (and datasets)",
		"The log writes the findings that share a rule, a level, a waiver state and, by dataset, their datasets as one result (-aggregate dataset or rule): its message and properties.findings count them, its locations and relatedLocations name the first; the JSON report lists every finding."},
	UndeclaredID: {"UndeclaredStore", "Store declares no data",
		"A store of the topology holds data on the assessment date but declares no dataset (for a Terraform plan: the resource has no dataresidency_* tags and receives no replication): nothing about the data it holds was checked."},
	UnresearchedID: {"UnresearchedJurisdiction", "Law not researched",
		"The topology touches a jurisdiction (a store's location, keys or administration, an entity's incorporation or control, a dataset's subjects or controller) whose law the catalog has not researched: nothing was checked against it, and the absence of findings there is not an absence of restrictions."},
	UnratedID: {"UnratedElement", "Hexad element not rated",
		"An element of the topology's hexad rating has no score: a government that reaches the data has no researched answer to a question the element rests on on the assessment date, or no copy is stored (in a known territory). The rating does not stand in a floor for what was not researched."},
	WaiverUnmatchedID: {"WaiverUnmatched", "Waiver matches no finding",
		"A waiver of the topology names a finding the report does not have: the finding no longer arises, or its ID is mistyped. The waiver accepts nothing."},
}

// undeclaredNotes returns an error (a note when accepted) for each store
// that holds data but declares none.
func undeclaredNotes(rep *residency.Report, accept string) []Notification {
	var out []Notification
	for _, id := range rep.Undeclared {
		n := Notification{ID: UndeclaredID, Level: Error,
			Message:    fmt.Sprintf("store %s declares no data: nothing about what it holds was checked", id),
			Resource:   residency.Path{Store: id}.String(),
			Properties: map[string]any{"store": id}}
		if accept != "" {
			n.Level = Note
			n.Message += " (" + accept + ")"
		}
		out = append(out, n)
	}
	return out
}

// unresearchedNotes returns an error (a note when accepted) for each
// jurisdiction the topology touches whose law was not researched.
func unresearchedNotes(rep *residency.Report, accept string) []Notification {
	var out []Notification
	for _, u := range rep.Unresearched {
		n := Notification{ID: UnresearchedID, Level: Error,
			Message: fmt.Sprintf("the law of %s was not researched: nothing was checked against it (%d stores, %d datasets touch it)",
				u.Jurisdiction, len(u.Stores), len(u.Datasets)),
			Properties: map[string]any{"jurisdiction": u.Jurisdiction.String(), "stores": u.Stores, "datasets": u.Datasets}}
		if accept != "" {
			n.Level = Note
			n.Message += " (" + accept + ")"
		}
		out = append(out, n)
	}
	return out
}

// rated reports whether the report holds a rating: an element has
// reasons.
func rated(rep *residency.Report) bool {
	return slices.ContainsFunc(rep.Rating.Elements[:], func(e hexad.ElementRating) bool { return len(e.Reasons) > 0 })
}

// unrated returns a notification for each element of the topology's
// rating that has no score, or that some dataset has none on: an error
// when the cause is a missing researched answer (a note if accept says
// the gap was accepted), a warning otherwise (no copy in a known
// territory).
func unrated(rep *residency.Report, accept string) []Notification {
	if !rated(rep) {
		return nil
	}
	var out []Notification
	for _, e := range rep.Rating.Elements {
		if e.Score.IsValid() && !e.Unresearched {
			continue
		}
		n := Notification{ID: UnratedID, Level: Warning,
			Message:    fmt.Sprintf("hexad element %s is not rated: %s", e.Element, strings.Join(e.Reasons, "; ")),
			Properties: map[string]any{"element": e.Element.String(), "unresearched": e.Unresearched}}
		if e.Score.IsValid() {
			n.Message = fmt.Sprintf("hexad element %s scores %s over the datasets rated, but not every dataset is rated: %s",
				e.Element, e.Score, strings.Join(e.Reasons, "; "))
		}
		if e.Unresearched {
			n.Level = Error
			if accept != "" {
				n.Level = Note
				n.Message += " (" + accept + ")"
			}
		}
		out = append(out, n)
	}
	return out
}

// hexadProperty gives the topology's rating as the run's "hexad" property:
// each element's score, or "unrated", and its penalty; nil when the
// report holds no rating.
func hexadProperty(rep *residency.Report) map[string]any {
	if !rated(rep) {
		return nil
	}
	out := map[string]any{}
	for _, e := range rep.Rating.Elements {
		if e.Score.IsValid() {
			out[e.Element.String()] = map[string]any{"score": int(e.Score), "penalty": e.Penalty}
		} else {
			out[e.Element.String()] = map[string]any{"score": "unrated"}
		}
	}
	return out
}

// notifications builds the notification descriptors and the invocation
// that carries the notifications; nil when there are none.
func (b *builder) notifications() []invocation {
	if len(b.opts.Notifications) == 0 {
		return nil
	}
	index := map[string]int{}
	var ns []notification
	for _, n := range b.opts.Notifications {
		out := notification{Message: text{Text: n.Message}, Level: n.Level, Properties: n.Properties}
		if out.Level.Rank() == 0 && out.Level != None {
			out.Level = Note
		}
		if out.Message.Text == "" {
			out.Message.Text = n.ID
		}
		if n.ID != "" {
			i, ok := index[n.ID]
			if !ok {
				i = len(b.notes)
				index[n.ID] = i
				d := descriptor{ID: n.ID}
				if k, ok := knownNotifications[n.ID]; ok {
					d.Name, d.ShortDescription, d.FullDescription = k[0], &text{Text: k[1]}, &text{Text: k[2]}
				}
				b.notes = append(b.notes, d)
			}
			out.Descriptor = &descriptorRef{ID: n.ID, Index: i}
		}
		var loc location
		if b.uri != "" && n.Line > 0 {
			loc.PhysicalLocation = &physicalLocation{ArtifactLocation: b.document(), Region: b.region(n.Line, n.Column)}
		}
		if n.Resource != "" {
			loc.LogicalLocations = []logicalLocation{{Name: lastSegment(n.Resource), FullyQualifiedName: n.Resource, Kind: "resource"}}
		}
		if loc.PhysicalLocation != nil || loc.LogicalLocations != nil {
			out.Locations = []location{loc}
		}
		ns = append(ns, out)
	}
	return []invocation{{ExecutionSuccessful: true, ToolExecutionNotifications: ns}}
}

// region is the region starting at line and column, and records that the
// log has regions; nil for no line.
func (b *builder) region(line, column int) *region {
	if line <= 0 {
		return nil
	}
	b.columnKind = "unicodeCodePoints"
	r := &region{StartLine: line}
	if column > 0 {
		r.StartColumn = column
	}
	return r
}

// describe makes the descriptor of a rule, from the catalog when it has
// the rule and from the report's reference otherwise.
func (b *builder) describe(ref residency.RuleRef) descriptor {
	r, ok := b.cat.Rule(ref.ID)
	if !ok {
		return descriptor{
			ID:               ref.ID,
			Name:             ref.Citation,
			ShortDescription: &text{Text: ref.Title},
			FullDescription:  &text{Text: fmt.Sprintf("%s. %s rule of %s, cited as %s (not in catalog %s).", strings.TrimSuffix(ref.Title, "."), ref.Kind, ref.Jurisdiction, ref.Citation, b.cat.Version())},
			Help:             &text{Text: "Cites " + ref.Citation + "."},
			Properties: map[string]any{
				"kind": ref.Kind.String(), "jurisdiction": ref.Jurisdiction.String(), "verified": ref.Verified,
			},
		}
	}
	d := descriptor{
		ID:               r.ID,
		Name:             r.Citation.String(),
		ShortDescription: &text{Text: r.Title},
		FullDescription:  &text{Text: FullDescription(r)},
		Help:             &text{Text: Help(r)},
		Properties: map[string]any{
			"kind":         r.Kind.String(),
			"jurisdiction": r.Jurisdiction.String(),
			"effective":    r.Effective.String(),
			"verified":     r.Verified,
			"citation":     r.Citation.Full(),
		},
	}
	if !r.End.IsZero() {
		d.Properties["end"] = r.End.String()
	}
	if !r.Reviewed.IsZero() {
		d.Properties["reviewed"] = r.Reviewed.String()
	}
	if len(r.Territory) > 0 {
		t := make([]string, len(r.Territory))
		for i, c := range r.Territory {
			t[i] = c.String()
		}
		d.Properties["territory"] = t
	}
	for _, s := range r.Sources {
		if absoluteURI(s.URL) {
			d.HelpURI = asciiURI(s.URL)
			break
		}
	}
	return d
}

// FullDescription describes rule r in a paragraph: its title, what kind of
// rule it is, whose, since when, and the notes on it.
func FullDescription(r jurisdiction.Rule) string {
	var s strings.Builder
	s.WriteString(strings.TrimSuffix(r.Title, "."))
	fmt.Fprintf(&s, ". %s %s rule of %s (%s), in force from %s", article(r.Kind.String()), r.Kind, r.Jurisdiction, r.Citation.Full(), r.Effective)
	if !r.End.IsZero() {
		fmt.Fprintf(&s, " until %s", r.End)
	}
	s.WriteString(".")
	if r.Relief != "" {
		s.WriteString(" Relief: " + strings.TrimSuffix(r.Relief, ".") + ".")
	}
	if r.Notes != "" {
		s.WriteString(" Notes: " + r.Notes)
	}
	return s.String()
}

// Help is the help text of rule r: the law and article it encodes, whether
// that was verified, and its sources.
func Help(r jurisdiction.Rule) string {
	var s strings.Builder
	fmt.Fprintf(&s, "%s: %s.", r.ID, r.Citation.Full())
	if r.Verified {
		s.WriteString(" Citation and dates verified against the sources")
		if !r.Reviewed.IsZero() {
			s.WriteString(" (reviewed " + r.Reviewed.String() + ")")
		}
		s.WriteString(".")
	} else {
		s.WriteString(" Not verified against the sources; see the notes.")
	}
	if len(r.Sources) > 0 {
		s.WriteString(" Sources:")
		for i, src := range r.Sources {
			if i > 0 {
				s.WriteString(";")
			}
			s.WriteString(" " + src.Title)
			if src.URL != "" {
				s.WriteString(" <" + asciiURI(src.URL) + ">")
			}
		}
		s.WriteString(".")
	}
	return s.String()
}

func (b *builder) add(id string, rule string, level Level, msg string, path residency.Path, w *residency.Waiver, props map[string]any) {
	// What Kinds leaves out, and, without aggregation, what MaxResults
	// cuts (results come in report order, most severe first), is not
	// built: a large estate would hold every result until keep.
	if kind, _ := props["finding"].(string); len(b.opts.Kinds) > 0 && !slices.Contains(b.opts.Kinds, kind) {
		return
	}
	if b.opts.Aggregate == NoAggregation && b.opts.MaxResults > 0 && len(b.results) >= b.opts.MaxResults {
		b.capped++
		return
	}
	r := result{
		RuleID:              rule,
		Level:               level,
		Message:             text{Text: msg},
		PartialFingerprints: map[string]string{FingerprintKey: id},
		Properties:          props,
	}
	if i, ok := b.index[rule]; ok && rule != "" {
		r.RuleIndex = &i
	}
	loc := location{LogicalLocations: []logicalLocation{{
		Name: lastName(path), FullyQualifiedName: path.String(), Kind: "resource",
	}}}
	if file, line, col := b.source(path); file != "" {
		loc.PhysicalLocation = &physicalLocation{ArtifactLocation: artifactLocation{URI: uriReference(file), URIBaseID: SourceRootID},
			Region: b.region(line, col)}
		b.sourced = true
	} else if b.uri != "" {
		loc.PhysicalLocation = &physicalLocation{ArtifactLocation: b.document()}
		if b.opts.Locate != nil {
			loc.PhysicalLocation.Region = b.region(b.opts.Locate(path))
		}
	}
	r.Locations = []location{loc}
	props["findingId"] = id
	b.meta = append(b.meta, metaOf(props))
	if w != nil {
		r.Suppressions = []suppression{{
			Kind: "external", Status: "accepted", Justification: w.Justification,
			Properties: map[string]any{"approver": w.Approver, "expires": w.Expires.String()},
		}}
	}
	b.results = append(b.results, r)
}

func (b *builder) violation(v *residency.Violation) {
	props := map[string]any{"finding": "violation", "rule": v.Rule.ID}
	for k, val := range map[string]string{"dataset": v.Dataset, "store": v.Store, "flow": v.Flow, "entity": v.Entity} {
		if val != "" {
			props[k] = val
		}
	}
	msg := fmt.Sprintf("Violation of %s at %s: %s", v.Rule, v.Path, v.Reason)
	b.add(v.ID, v.Rule.ID, LevelOf(v.Severity), msg, v.Path, v.Waiver, props)
}

func (b *builder) conflict(c *residency.Conflict) {
	props := map[string]any{
		"finding":                "conflict",
		"compellingJurisdiction": c.CompellingJurisdiction.String(),
		"blockingJurisdiction":   c.BlockingJurisdiction.String(),
		"compellingRules":        ruleIDs(c.Compelling),
		"blockingRules":          ruleIDs(c.Blocking),
		"relatedRules":           append(ruleIDs(c.Compelling), ruleIDs(c.Blocking)...),
		"store":                  c.Store,
		"datasets":               nonNil(c.Datasets),
		"link":                   c.Link.String(),
		"readable":               c.Readable,
	}
	if c.Party != "" {
		props["party"] = c.Party
	}
	if len(c.Relief) > 0 {
		props["relief"] = c.Relief
	}
	rule := ""
	if len(c.Compelling) > 0 {
		rule = ConflictRuleID(c.Compelling[0].ID)
	}
	msg := fmt.Sprintf("Conflict of laws at %s: %s [%s] vs %s [%s]: %s", c.Path,
		c.CompellingJurisdiction, refList(c.Compelling), c.BlockingJurisdiction, refList(c.Blocking), c.Reason)
	b.add(c.ID, rule, LevelOf(c.Severity), msg, c.Path, c.Waiver, props)
}

func (b *builder) exposure(x *residency.Exposure) {
	props := map[string]any{
		"finding":    "exposure",
		"government": x.Government.String(),
		"via":        x.Via.String(),
		"store":      x.Store,
		"datasets":   nonNil(x.Datasets),
		"rules":      ruleIDs(x.Rules),
		"readable":   x.Readable,
		"presumed":   x.Presumed,
	}
	if x.Party != "" {
		props["party"] = x.Party
	}
	rule := ""
	switch {
	case x.Presumed:
		rule = PresumedRuleID
	case len(x.Rules) > 0:
		rule = x.Rules[0].ID
	}
	basis := "presumed territorial jurisdiction"
	if !x.Presumed {
		basis = refList(x.Rules)
	}
	read := "readable data"
	if !x.Readable {
		read = "ciphertext only"
	}
	via := x.Via.String()
	if x.Party != "" {
		via += " " + b.rep.EntityName(x.Party)
	}
	msg := fmt.Sprintf("Exposure: %s can reach store %s via %s (%s), obtaining %s.", x.Government, x.Store, via, basis, read)
	b.add(x.ID, rule, LevelOf(x.Severity), msg, x.Path, x.Waiver, props)
}

func (b *builder) obligation(o *residency.Obligation) {
	props := map[string]any{"finding": "obligation", "rule": o.Rule.ID, "dataset": o.Dataset, "stores": nonNil(o.Stores)}
	msg := fmt.Sprintf("Obligation %s applies to dataset %s: %s", o.Rule, o.Dataset, o.Reason)
	b.add(o.ID, o.Rule.ID, LevelOf(o.Severity), msg, o.Path, o.Waiver, props)
}

// unlocated adds the result of a resource whose location could not be
// determined.
func (b *builder) unlocated(res Resource) {
	msg := fmt.Sprintf("Unlocated: %s could not be located, so it was not checked: %s", res.Address, res.Reason)
	if res.Type != "" {
		msg = fmt.Sprintf("Unlocated: %s (%s) could not be located, so it was not checked: %s", res.Address, res.Type, res.Reason)
	}
	r := result{
		RuleID:              UnlocatedRuleID,
		Level:               Error,
		Message:             text{Text: msg},
		PartialFingerprints: map[string]string{FingerprintKey: "unlocated:" + res.Address},
		Properties:          map[string]any{"finding": "unlocated", "address": res.Address, "type": res.Type, "reason": res.Reason},
	}
	if i, ok := b.index[UnlocatedRuleID]; ok {
		r.RuleIndex = &i
	}
	loc := location{LogicalLocations: []logicalLocation{{Name: lastSegment(res.Address), FullyQualifiedName: res.Address, Kind: "resource"}}}
	if file, line, col := b.source(residency.Path{Store: res.Address}); file != "" {
		loc.PhysicalLocation = &physicalLocation{ArtifactLocation: artifactLocation{URI: uriReference(file), URIBaseID: SourceRootID},
			Region: b.region(line, col)}
		b.sourced = true
	} else if b.uri != "" {
		loc.PhysicalLocation = &physicalLocation{ArtifactLocation: b.document()}
	}
	r.Locations = []location{loc}
	if b.opts.AcceptUnlocated != "" {
		r.Suppressions = []suppression{{Kind: "external", Status: "accepted", Justification: b.opts.AcceptUnlocated}}
	}
	b.results = append(b.results, r)
	b.meta = append(b.meta, resultMeta{kind: "unlocated", store: res.Address})
}

func ruleIDs(rs []residency.RuleRef) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.ID
	}
	return out
}

func refList(rs []residency.RuleRef) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = r.String()
	}
	return strings.Join(parts, ", ")
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// lastName names what a finding's path ends at: the last ID of its
// chain, its place, its flow, store or dataset; "collection" for a
// collection.
func lastName(p residency.Path) string {
	switch {
	case len(p.Chain) > 0:
		return p.Chain[len(p.Chain)-1]
	case p.Place.IsValid():
		return p.Place.String()
	case p.Link == residency.LinkCollection:
		return "collection"
	case p.Flow != "":
		return p.Flow
	case p.Store != "":
		return p.Store
	case p.Dataset != "":
		return p.Dataset
	}
	return lastSegment(p.String())
}

func lastSegment(path string) string {
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		return path[i+1:]
	}
	return path
}

// absoluteURI reports whether s looks like an absolute URI with a scheme
// and no characters a URI may not hold.
func absoluteURI(s string) bool {
	scheme, rest, ok := strings.Cut(s, ":")
	if !ok || !isScheme(scheme) || rest == "" {
		return false
	}
	return !strings.ContainsAny(s, " \t\r\n\"<>\\^`{|}")
}

// isScheme reports whether s is a URI scheme: a letter, then letters,
// digits, "+", "-" and ".".
func isScheme(s string) bool {
	if s == "" {
		return false
	}
	for i, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return true
}

// uriReference turns a file path or URI into a URI reference (RFC 3986)
// that names the same file.
//
// A path has its backslashes made slashes, and every byte a URI path may
// not hold percent-encoded: spaces, "#" and "?" (which would start a
// fragment or a query), "%" unless it starts a valid escape, brackets,
// braces, non-ASCII bytes and controls, so that "my file#1?.json"
// becomes "my%20file%231%3F.json". A Windows drive path
// (`C:\plans\plan.json`) becomes a file URI
// ("file:///C:/plans/plan.json"), and a relative path whose first segment
// holds a colon, which would be read as a scheme, is prefixed with "./".
//
// A URI with a scheme of two or more letters ("file:///…", "https://…")
// is kept as it is, "#" and "?" included; only bytes no URI may hold
// (spaces, controls, non-ASCII) are percent-encoded.
func uriReference(s string) string {
	if s == "" {
		return ""
	}
	if scheme, _, ok := strings.Cut(s, ":"); ok && len(scheme) > 1 && isScheme(scheme) {
		return percentEncode(s, func(c byte) bool { return pathByte(c) || strings.IndexByte("?#[]", c) >= 0 })
	}
	s = strings.ReplaceAll(s, "\\", "/")
	prefix := ""
	if len(s) >= 2 && (s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') && s[1] == ':' && (len(s) == 2 || s[2] == '/') {
		prefix, s = "file:///"+s[:2], s[2:]
	}
	out := percentEncode(s, pathByte)
	if first, _, _ := strings.Cut(out, "/"); prefix == "" && strings.Contains(first, ":") {
		prefix = "./"
	}
	return prefix + out
}

// percentEncode percent-encodes the bytes of s that keep does not keep,
// and the "%" that do not start a valid escape.
func percentEncode(s string, keep func(byte) bool) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '%' && keep(c) || c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}

// pathByte reports whether c may stand for itself in a URI's path: an
// unreserved character, a sub-delimiter, ":", "@" or "/".
func pathByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-._~!$&'()*+,;=:@/", c) >= 0
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
