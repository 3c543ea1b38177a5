package jurisdiction

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/internal/clip"
)

// A Provider is a cloud provider whose regions the catalog places.
type Provider struct {
	// ID is the prefix of its region IDs: "aws", "azure", "gcp".
	ID   string `json:"id"`
	Name string `json:"name"`
	// Operator is the ID of the legal entity that operates the provider's
	// regions unless a region names another.
	Operator string   `json:"operator"`
	Sources  []Source `json:"sources"`
}

// An Operator is a legal entity that runs cloud regions, or owns one that
// does, recorded so that a topology written in provider terms can follow
// control chains.
type Operator struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Jurisdiction is where it is incorporated; Headquarters its principal
	// place of business when that differs.
	Jurisdiction Code     `json:"jurisdiction"`
	Headquarters Code     `json:"headquarters,omitzero"`
	Licences     []string `json:"licences,omitempty"`
	// Parent is the ID of the operator that owns or controls it, with the
	// share held (percent) or Control for control without a majority.
	Parent   string   `json:"parent,omitempty"`
	Share    float64  `json:"share,omitzero"`
	Control  bool     `json:"control,omitzero"`
	Sources  []Source `json:"sources"`
	Verified bool     `json:"verified"`
	Notes    string   `json:"notes,omitempty"`
}

// A Region is a provider's cloud region, placed in a jurisdiction, with
// its legal operator where that is not the provider's main entity.
type Region struct {
	Provider string `json:"provider"`
	// Code is the provider's own code: "cn-north-1", "chinaeast2".
	Code string `json:"code"`
	Name string `json:"name"`
	City string `json:"city,omitempty"`
	// Country is where the region's data centres are. Hong Kong and Macau
	// regions are in HK and MO, not CN.
	Country Code `json:"country"`
	// Partition names a separate instance of the provider's cloud ("aws-cn",
	// "azure-china", "aws-eusc").
	Partition string `json:"partition,omitempty"`
	// Operator is the ID of the legal operator when it is not the
	// provider's; Licensor is set when the provider licenses the
	// technology to that operator without operating the region.
	Operator string `json:"operator,omitempty"`
	Licensor string `json:"licensor,omitempty"`
	// Opened is when the region opened, as precisely as known;
	// OpenedPrecision says "day", "month" or "year".
	Opened          Date     `json:"opened,omitzero"`
	OpenedPrecision string   `json:"opened_precision,omitempty"`
	Sources         []Source `json:"sources"`
	Verified        bool     `json:"verified"`
	Notes           string   `json:"notes,omitempty"`
}

// ID returns "provider:code", the form topologies use.
func (r Region) ID() string { return r.Provider + ":" + r.Code }

func (r Region) clone() Region {
	r.Sources = slices.Clone(r.Sources)
	return r
}

func (o Operator) clone() Operator {
	o.Licences = slices.Clone(o.Licences)
	o.Sources = slices.Clone(o.Sources)
	return o
}

func (p Provider) clone() Provider {
	p.Sources = slices.Clone(p.Sources)
	return p
}

// ErrUnknownRegion is for callers to wrap when they report a region ID
// that [Catalog.Region] does not have; naming the
// [Catalog.NearestRegions] with it keeps a typo from being a silent pass.
// The package itself returns it from no function.
var ErrUnknownRegion = errors.New("jurisdiction: unknown region")

// Region returns the region with ID "provider:code", matched without
// regard to case, and whether the catalog has it. For an ID it does not
// have, [Catalog.NearestRegions] names the regions the caller may have
// meant.
func (cat *Catalog) Region(id string) (Region, bool) {
	return lookup(cat.regions, strings.ToLower(id), Region.clone)
}

// Regions returns an iterator over every region, in order of ID (compared
// in lower case). Each region is a copy the caller may modify.
func (cat *Catalog) Regions() iter.Seq[Region] { return clones(cat.regions.list, Region.clone) }

// Operator returns the operator with the given ID.
func (cat *Catalog) Operator(id string) (Operator, bool) {
	return lookup(cat.operators, id, Operator.clone)
}

// Operators returns an iterator over every operator, in ID order. Each
// operator is a copy the caller may modify.
func (cat *Catalog) Operators() iter.Seq[Operator] { return clones(cat.operators.list, Operator.clone) }

// Provider returns the provider with the given ID.
func (cat *Catalog) Provider(id string) (Provider, bool) {
	return lookup(cat.providers, id, Provider.clone)
}

// Providers returns an iterator over every provider, in ID order. Each
// provider is a copy the caller may modify.
func (cat *Catalog) Providers() iter.Seq[Provider] { return clones(cat.providers.list, Provider.clone) }

// RegionOperator returns the ID of the operator that runs region r: its
// own Operator, or its provider's.
func (cat *Catalog) RegionOperator(r Region) string {
	if r.Operator != "" {
		return r.Operator
	}
	p, _ := cat.providers.get(r.Provider)
	return p.Operator
}

// UnknownRegion returns the error for a region ID the catalog does not
// have: it wraps [ErrUnknownRegion] and names the three nearest IDs the
// catalog does have ([Catalog.NearestRegions]), so that a typo reads as
// one.
func (cat *Catalog) UnknownRegion(id string) error {
	var near []string
	for _, r := range cat.NearestRegions(id, 3) {
		near = append(near, r.ID())
	}
	if len(near) == 0 {
		near = []string{"(the catalog has no regions)"}
	}
	return fmt.Errorf("%w %s; nearest: %s", ErrUnknownRegion, clip.Quote(id), strings.Join(near, ", "))
}

// NearestRegions returns up to n of the catalog's regions whose IDs are
// closest to id by edit distance, ignoring case, the regions of id's
// provider before any other, in order of distance and then ID. It returns
// nil when n is not positive or the catalog has no regions. Each region is
// a copy the caller may modify.
func (cat *Catalog) NearestRegions(id string, n int) []Region {
	if n <= 0 {
		return nil
	}
	id = strings.ToLower(id)
	prov, _, _ := strings.Cut(id, ":")
	type cand struct {
		id   string
		dist int
	}
	var cs []cand
	for _, r := range cat.regions.list {
		known := regionKey(r)
		d := editDistance(id, known)
		if p, _, _ := strings.Cut(known, ":"); p != prov {
			d += 100
		}
		cs = append(cs, cand{known, d})
	}
	slices.SortFunc(cs, func(a, b cand) int {
		if a.dist != b.dist {
			return a.dist - b.dist
		}
		return strings.Compare(a.id, b.id)
	})
	var out []Region
	for i := 0; i < len(cs) && i < n; i++ {
		r, _ := lookup(cat.regions, cs[i].id, Region.clone)
		out = append(out, r)
	}
	return out
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	if len(a) > 256 {
		a = a[:256] // bounded work for hostile input
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
