package jurisdiction

import (
	"fmt"
	"iter"
	"slices"
)

// A Survey records that a jurisdiction's law was researched for the
// catalog, and which kinds of rule the research looked for and found none
// of. A jurisdiction with neither a rule nor a survey was not researched:
// an assessment that touches it says so rather than reading its silence
// as "no restriction".
type Survey struct {
	Jurisdiction Code `json:"jurisdiction"`
	// Absent lists the kinds of rule looked for and not found, each with
	// the basis of the finding.
	Absent []Absence `json:"absent,omitempty"`
	// Sources are where the research read; Verified whether the absences
	// were confirmed against them (a negative finding is usually not).
	Sources  []Source `json:"sources"`
	Verified bool     `json:"verified"`
	Reviewed Date     `json:"reviewed,omitzero"`
	Notes    string   `json:"notes,omitempty"`
}

// An Absence is a kind of rule a jurisdiction was found not to have.
type Absence struct {
	Kind Kind `json:"kind"`
	// Basis says why: "PDPO s.33 (transfer restriction) was enacted in
	// 1995 but never brought into force".
	Basis string `json:"basis"`
}

func (s Survey) clone() Survey {
	s.Absent = slices.Clone(s.Absent)
	s.Sources = slices.Clone(s.Sources)
	return s
}

// Lacks reports whether the survey found that the jurisdiction has no
// rule of kind k.
func (s Survey) Lacks(k Kind) bool {
	return slices.ContainsFunc(s.Absent, func(a Absence) bool { return a.Kind == k })
}

// addSurveys registers and checks the surveys, one per jurisdiction.
func (cat *Catalog) addSurveys(surveys []Survey, add func(string, error)) {
	cat.surveys = make(map[Code]Survey, len(surveys))
	for i, s := range surveys {
		p := fmt.Sprintf("surveys[%d]", i)
		if !s.Jurisdiction.IsValid() {
			add(p+".jurisdiction", ErrMissing)
			continue
		}
		if !cat.known(s.Jurisdiction) {
			add(p+".jurisdiction", fmt.Errorf("%w: %s", ErrDangling, s.Jurisdiction))
		}
		if _, dup := cat.surveys[s.Jurisdiction]; dup {
			add(p+".jurisdiction", fmt.Errorf("%w: survey of %s", ErrDuplicate, s.Jurisdiction))
		}
		if len(s.Sources) == 0 {
			add(p+".sources", ErrMissing)
		}
		for k, a := range s.Absent {
			if !a.Kind.IsValid() {
				add(fmt.Sprintf("%s.absent[%d].kind", p, k), fmt.Errorf("%w: kind %d", ErrInvalid, a.Kind))
			}
			if a.Basis == "" {
				add(fmt.Sprintf("%s.absent[%d].basis", p, k), ErrMissing)
			}
		}
		cat.surveys[s.Jurisdiction] = s.clone()
	}
}

// Survey returns the survey of jurisdiction c's law, if the catalog has
// one.
func (cat *Catalog) Survey(c Code) (Survey, bool) {
	s, ok := cat.surveys[c]
	return s.clone(), ok
}

// Surveys returns an iterator over the surveys, in order of jurisdiction
// code. Each is a copy the caller may modify.
func (cat *Catalog) Surveys() iter.Seq[Survey] {
	return clones(sortedByCode(cat.surveys), Survey.clone)
}

// Researched reports whether jurisdiction c's law was researched for the
// catalog: it enacts at least one rule, lies in the territory of one, is
// (or was) a member of a bloc that does (the EU's rules for its member
// states), or the catalog has a survey of it. A country's subdivision or
// special region counts as researched only by rules or a survey of its
// own.
func (cat *Catalog) Researched(c Code) bool {
	if _, ok := cat.surveys[c]; ok {
		return true
	}
	return cat.enacts[c]
}
