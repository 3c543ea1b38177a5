package residency

import (
	"fmt"
	"iter"

	"github.com/dataresidency/dataresidency/internal/enumtext"
)

// A Severity says how much a finding matters to a gate. The engine sets
// it, because what is foreign to the consumer depends on the catalog: an
// error is a rule broken or a conflict of laws; a warning is a government
// foreign to the report's consumer able to read the data; a note is
// anything else worth knowing (other exposures, obligations). Waivers do
// not change a finding's severity.
//
// The zero Severity is invalid: the engine sets one on every finding.
type Severity uint8

// The severities, from least to most severe.
const (
	SeverityNote Severity = iota + 1
	SeverityWarning
	SeverityError
	severityEnd
)

var severityText = enumtext.Text[Severity]{Pkg: "residency", Type: "Severity", Noun: "severity",
	Names: []string{SeverityNote: "note", SeverityWarning: "warning", SeverityError: "error"}}

// IsValid reports whether s is a declared severity.
func (s Severity) IsValid() bool { return s >= SeverityNote && s < severityEnd }

// String returns "note", "warning" or "error".
func (s Severity) String() string { return severityText.Format(s) }

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) { return severityText.Marshal(s) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(b []byte) error { return severityText.Unmarshal(b, s) }

// A FindingKind is the kind of a finding.
type FindingKind uint8

// The kinds of finding, in the order a report lists them.
const (
	KindViolation FindingKind = iota + 1
	KindConflict
	KindExposure
	KindObligation
	findingKindEnd
)

var findingKindText = enumtext.Text[FindingKind]{Pkg: "residency", Type: "FindingKind", Noun: "finding kind",
	Names: []string{KindViolation: "violation", KindConflict: "conflict", KindExposure: "exposure", KindObligation: "obligation"}}

// IsValid reports whether k is a declared kind of finding.
func (k FindingKind) IsValid() bool { return k >= KindViolation && k < findingKindEnd }

// String returns "violation", "conflict", "exposure" or "obligation".
func (k FindingKind) String() string { return findingKindText.Format(k) }

// MarshalText implements encoding.TextMarshaler.
func (k FindingKind) MarshalText() ([]byte, error) { return findingKindText.Marshal(k) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *FindingKind) UnmarshalText(b []byte) error { return findingKindText.Unmarshal(b, k) }

// A Finding is one finding of a report: a *[Violation], *[Conflict],
// *[Exposure] or *[Obligation]. Switch on its type for what only one kind
// has; Head gives what every kind has. No other type implements Finding.
type Finding interface {
	// Head returns the finding's ID, kind, severity, path, rules, reason
	// and waiver. Its slices are the finding's own.
	Head() Head
	finding()
}

// Head is what every kind of finding has.
type Head struct {
	ID       string
	Kind     FindingKind
	Severity Severity
	Path     Path
	// Rules are the rules the finding rests on: the rule broken, the
	// compelling then the blocking rules of a conflict, the rules giving
	// an exposure (none when presumed), the obligation's rule.
	Rules  []RuleRef
	Reason string
	Waiver *Waiver
}

// Waived reports whether a waiver in force accepts the finding.
func (h Head) Waived() bool { return h.Waiver != nil }

// Head implements Finding.
func (v *Violation) Head() Head {
	return Head{ID: v.ID, Kind: KindViolation, Severity: v.Severity, Path: v.Path, Rules: []RuleRef{v.Rule}, Reason: v.Reason, Waiver: v.Waiver}
}

// Head implements Finding.
func (c *Conflict) Head() Head {
	rules := make([]RuleRef, 0, len(c.Compelling)+len(c.Blocking))
	rules = append(append(rules, c.Compelling...), c.Blocking...)
	return Head{ID: c.ID, Kind: KindConflict, Severity: c.Severity, Path: c.Path, Rules: rules, Reason: c.Reason, Waiver: c.Waiver}
}

// Head implements Finding. An exposure's reason is its link, party and
// readability in words.
func (x *Exposure) Head() Head {
	return Head{ID: x.ID, Kind: KindExposure, Severity: x.Severity, Path: x.Path, Rules: x.Rules, Reason: x.reason(), Waiver: x.Waiver}
}

// Head implements Finding.
func (o *Obligation) Head() Head {
	return Head{ID: o.ID, Kind: KindObligation, Severity: o.Severity, Path: o.Path, Rules: []RuleRef{o.Rule}, Reason: o.Reason, Waiver: o.Waiver}
}

func (*Violation) finding()  {}
func (*Conflict) finding()   {}
func (*Exposure) finding()   {}
func (*Obligation) finding() {}

// reason says in words how the exposure reaches the data.
func (x *Exposure) reason() string {
	via := x.Via.String()
	if x.Party != "" {
		if x.PartyName != "" {
			via += " " + x.PartyName
		} else {
			via += " " + x.Party
		}
	}
	basis := "presumed territorial jurisdiction"
	if !x.Presumed {
		basis = refList(x.Rules)
	}
	read := "readable"
	if !x.Readable {
		read = "ciphertext only"
	}
	return fmt.Sprintf("%s reaches store %s via %s (%s; %s)", x.Government, x.Store, via, basis, read)
}

// Findings yields every finding of the report in report order:
// violations, conflicts, exposures, then obligations, each kind in its
// documented order. The findings are the report's own: modifying one
// modifies the report.
func (r *Report) Findings() iter.Seq[Finding] {
	return func(yield func(Finding) bool) {
		if r == nil {
			return
		}
		for i := range r.Violations {
			if !yield(&r.Violations[i]) {
				return
			}
		}
		for i := range r.Conflicts {
			if !yield(&r.Conflicts[i]) {
				return
			}
		}
		for i := range r.Exposures {
			if !yield(&r.Exposures[i]) {
				return
			}
		}
		for i := range r.Obligations {
			if !yield(&r.Obligations[i]) {
				return
			}
		}
	}
}

// Finding returns the finding with the given ID, if the report has it.
// Finding IDs are unique within a report.
func (r *Report) Finding(id string) (Finding, bool) {
	for f := range r.Findings() {
		if findingID(f) == id {
			return f, true
		}
	}
	return nil, false
}

// findingID returns f's ID without building its Head.
func findingID(f Finding) string {
	switch f := f.(type) {
	case *Violation:
		return f.ID
	case *Conflict:
		return f.ID
	case *Exposure:
		return f.ID
	case *Obligation:
		return f.ID
	}
	return ""
}
