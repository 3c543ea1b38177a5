package sarif

import (
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// This file gives code scanning what it triages by: one rule ID per kind
// of finding, each rule's default level, tags and security severity,
// help in Markdown that says what would clear a finding, results placed in
// source code relative to the repository, and a way to keep a log within
// upload limits.

const (
	// OmittedID is the notification of results left out by
	// Options.MaxResults.
	OmittedID = "DR-RESULTS-OMITTED"
	// SourceRootID is the URI base ID of results placed in source code
	// (Options.Source): run.originalUriBaseIds gives it as
	// Options.SourceRoot.
	SourceRootID = "SRCROOT"
)

// ConflictRuleID is the SARIF rule ID of the conflicts whose first
// compelling rule is id: "US-CLOUD-2713:conflict". The compelling rule's
// own ID stands for its exposures, so that one rule ID has one level and
// one kind of finding.
func ConflictRuleID(id string) string { return id + ":conflict" }

// syntheticKind is the finding kind of each synthetic rule.
var syntheticKind = map[string]string{PresumedRuleID: "exposure", UnlocatedRuleID: "unlocated"}

// Security severities, as GitHub code scanning reads them ("0.1"-"3.9"
// low, "4.0"-"6.9" medium, "7.0"-"8.9" high, "9.0"-"10.0" critical): a
// conflict leaves no lawful option, a violation breaks a law, an
// unlocated resource was not checked at all, an exposure is a government's
// reach, an obligation a duty to keep.
var securitySeverity = map[string]string{
	"conflict": "9.0", "violation": "8.0", "unlocated": "7.0", "exposure": "5.0", "obligation": "2.0",
}

// defaultLevel is each finding kind's usual level: the level the engine
// gives it, or, for exposures (warning when foreign and readable, note
// otherwise), the higher.
var defaultLevel = map[string]Level{
	"conflict": Error, "violation": Error, "unlocated": Error, "exposure": Warning, "obligation": Note,
}

// triage sets d's default configuration, tags, security severity and
// Markdown help for results of finding kind kind citing catalog rule
// ruleID ("" for a synthetic rule).
func (b *builder) triage(d *descriptor, kind, ruleID string) {
	if kind == "" {
		return
	}
	d.DefaultConfiguration = &configuration{Level: defaultLevel[kind]}
	if d.Properties == nil {
		d.Properties = map[string]any{}
	}
	tags := []string{"data-residency", "security", kind}
	if r, ok := b.cat.Rule(ruleID); ok {
		for _, t := range []string{r.Kind.String(), strings.ToLower(r.Jurisdiction.String())} {
			if !slices.Contains(tags, t) { // the schema wants tags unique
				tags = append(tags, t)
			}
		}
	}
	d.Properties["tags"] = tags
	d.Properties["security-severity"] = securitySeverity[kind]
	d.Properties["problem.severity"] = map[Level]string{Error: "error", Warning: "warning", Note: "recommendation"}[defaultLevel[kind]]
	d.Properties["precision"] = "high"
	if d.Help == nil {
		d.Help = &text{}
	}
	d.Help.Markdown = b.markdownHelp(d, kind, ruleID)
}

// conflictDescriptor describes the results of conflicts whose first
// compelling rule is d's.
func (b *builder) conflictDescriptor(id string, d descriptor) descriptor {
	d.ID = id
	d.Name = "ConflictOfLaws/" + d.Name
	if d.ShortDescription != nil {
		d.ShortDescription = &text{Text: "Conflict of laws: " + d.ShortDescription.Text}
	}
	if d.FullDescription != nil {
		d.FullDescription = &text{Text: "A party this rule can compel to produce data is forbidden by another jurisdiction's rule " +
			"to hand it over. The compelling rule: " + d.FullDescription.Text}
	}
	if d.Properties != nil {
		d.Properties = maps.Clone(d.Properties)
		d.Properties["finding"] = "conflict"
	}
	return d
}

// markdownHelp is the help of d in Markdown: what the rule says, its
// citation and whether it was verified, what would clear a finding of
// kind kind, and the sources as links.
func (b *builder) markdownHelp(d *descriptor, kind, ruleID string) string {
	var s strings.Builder
	r, ok := b.cat.Rule(ruleID)
	if !ok {
		if d.FullDescription != nil {
			s.WriteString(mdEscape(d.FullDescription.Text) + "\n\n")
		}
		s.WriteString("**What would clear it:** " + mdEscape(remedy(kind, jurisdiction.Rule{}, nil)) + "\n")
		return s.String()
	}
	fmt.Fprintf(&s, "**%s** (%s): %s\n\n", mdEscape(r.ID), mdEscape(r.Citation.Full()), mdEscape(strings.TrimSuffix(r.Title, ".")+"."))
	fmt.Fprintf(&s, "%s %s rule of %s, in force from %s", article(r.Kind.String()), r.Kind, r.Jurisdiction, r.Effective)
	if !r.End.IsZero() {
		fmt.Fprintf(&s, " until %s", r.End)
	}
	if r.Verified {
		s.WriteString("; citation and dates verified against the sources.\n\n")
	} else {
		s.WriteString("; **not verified** against the sources (see the notes).\n\n")
	}
	var mechs []jurisdiction.Mechanism
	for m := range b.cat.Mechanisms() {
		if slices.Contains(m.Satisfies, r.ID) && !m.Assessment {
			mechs = append(mechs, m)
		}
	}
	s.WriteString("**What would clear it:** " + mdEscape(remedy(kind, r, mechs)) + "\n")
	if len(mechs) > 0 && (kind == "violation") {
		s.WriteString("\n")
		for _, m := range mechs {
			fmt.Fprintf(&s, "- `%s`: %s (%s)", m.ID, mdEscape(m.Name), mdEscape(m.Citation.String()))
			if !m.End.IsZero() {
				fmt.Fprintf(&s, ", until %s", m.End)
			}
			if len(m.Requires) > 0 {
				fmt.Fprintf(&s, ", with `%s` declared beside it", strings.Join(m.Requires, "`, `"))
			}
			s.WriteString("\n")
		}
	}
	if r.Relief != "" {
		s.WriteString("\n**Relief:** " + mdEscape(r.Relief) + "\n")
	}
	if r.Notes != "" {
		s.WriteString("\n**Notes:** " + mdEscape(r.Notes) + "\n")
	}
	if len(r.Sources) > 0 {
		s.WriteString("\n**Sources**\n\n")
		for _, src := range r.Sources {
			if absoluteURI(src.URL) {
				fmt.Fprintf(&s, "- [%s](%s)\n", mdEscape(src.Title), asciiURI(src.URL))
			} else {
				fmt.Fprintf(&s, "- %s\n", mdEscape(src.Title))
			}
		}
	}
	return s.String()
}

// remedy says what would clear a finding of kind kind under rule r, with
// the mechanisms that satisfy r.
func remedy(kind string, r jurisdiction.Rule, mechs []jurisdiction.Mechanism) string {
	switch kind {
	case "conflict":
		return "take the data out of the compelling government's reach (a store operated, held and keyed by parties it does not " +
			"control, administered from outside its territory), obtain the relief the laws offer, or accept the conflict with a waiver."
	case "exposure":
		return "keep the encryption keys with a party and in a place the government does not reach, move the store or its " +
			"operator out of its reach, or accept the exposure with a waiver."
	case "obligation":
		return "an obligation cannot be seen kept in a topology: keep it, and record how."
	case "unlocated":
		return "make the location explicit where the plan records it, or accept the gap with -allow-unlocated."
	}
	var moves []string
	switch r.Kind {
	case jurisdiction.Localization:
		moves = append(moves, "keep a copy inside the territory, and bring every copy outside through a flow that declares a mechanism below")
	case jurisdiction.TransferRestriction:
		moves = append(moves, "declare a mechanism below on the flow (or, for data collected straight into a store, on the store), or keep the data inside the territory")
	case jurisdiction.OwnershipLicensing:
		if r.Licence != "" {
			moves = append(moves, "have the store operated by a holder of licence "+r.Licence)
		}
		if r.MaxForeignShare > 0 {
			moves = append(moves, fmt.Sprintf("keep the operator's foreign equity at or under %.4g%%", r.MaxForeignShare))
		}
	case jurisdiction.ProhibitedCounterparty:
		moves = append(moves, "remove the covered party (operator, custodian, key holder or administrator) or its access")
		if len(mechs) > 0 {
			moves = append(moves, "or, for a restricted transaction, declare a mechanism below")
		}
	case jurisdiction.BlockingStatute:
		moves = append(moves, "hand data over only through the relief channel")
	}
	if len(moves) == 0 {
		return "see the rule's notes."
	}
	return strings.Join(moves, "; ") + "; or accept the finding with a waiver."
}

// article is "An" before a vowel, "A" otherwise: "An obligation rule".
func article(word string) string {
	if word != "" && strings.ContainsRune("aeiouAEIOU", rune(word[0])) {
		return "An"
	}
	return "A"
}

// mdEscape escapes the characters Markdown would read as markup.
func mdEscape(s string) string {
	var b strings.Builder
	for _, c := range s {
		if strings.ContainsRune("\\`*_[]<>#|", c) {
			b.WriteByte('\\')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// asciiURI percent-encodes the bytes of an absolute URI that a URI may not
// hold as they are (non-ASCII, spaces, controls), turning an IRI into a
// URI that every reader takes.
func asciiURI(s string) string {
	return percentEncode(s, func(c byte) bool { return c > 0x20 && c < 0x7f })
}

// dirURI is the file URI of an absolute directory, ending in "/".
func dirURI(dir string) string {
	p := filepath.ToSlash(dir)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive path: file:///C:/...
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return "file://" + percentEncode(p, pathByte)
}

// document is the artifact location of the assessed document.
func (b *builder) document() artifactLocation {
	if b.opts.DocumentInSourceRoot && b.opts.SourceRoot != "" {
		return artifactLocation{URI: b.uri, URIBaseID: SourceRootID}
	}
	return artifactLocation{URI: b.uri}
}

// source places path in source code through Options.Source.
func (b *builder) source(p residency.Path) (string, int, int) {
	if b.opts.Source == nil {
		return "", 0, 0
	}
	return b.opts.Source(p)
}

// keep applies Options.Kinds, Options.Aggregate and Options.MaxResults
// to the results built, and returns how many MaxResults left out and what
// Aggregate merged.
func (b *builder) keep() (omitted int, merged aggregated) {
	if len(b.opts.Kinds) > 0 {
		out, meta := b.results[:0], b.meta[:0]
		for i, r := range b.results {
			if slices.Contains(b.opts.Kinds, b.meta[i].kind) {
				out, meta = append(out, r), append(meta, b.meta[i])
			}
		}
		b.results, b.meta = out, meta
	}
	if b.opts.Aggregate != NoAggregation {
		merged = b.aggregate()
	}
	if n := b.opts.MaxResults; n > 0 && len(b.results) > n {
		omitted = len(b.results) - n
		b.results = b.results[:n]
	}
	return omitted + b.capped, merged
}
