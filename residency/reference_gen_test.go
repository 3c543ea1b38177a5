package residency_test

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// refGenCodes are the places random topologies use: the countries the
// built-in catalog has rules or profiles for, EU and EEA members, special
// regions and havens, and subdivisions: with rules of their own (CA-BC,
// CA-NS), of countries with rules (US-CA, CA-QC), and of a country whose
// territory no compelled-access rule reaches (DE-BY).
var refGenCodes = []string{
	"CN", "CN", "US", "US", "DE", "IE", "FR", "NL", "NO", "GB", "CH", "RU", "IN", "JP", "SG", "AU",
	"CA", "BR", "KR", "VN", "SA", "TR", "ID", "HK", "KY", "NZ",
	"US-CA", "CA-BC", "CA-NS", "CA-QC", "DE-BY",
}

// refGenTags are entity tags that rules and mechanisms of the built-in
// catalog name, and one they do not.
var refGenTags = []string{
	"data-broker", "public-body", "au-my-health-record", "in-payment-system-operator", "ru-telecom-operator",
	"vn-mps-storage-request", "kr-fsc-credit-information", "press", "public-scope-eso", "unrelated",
}

// refGenMechanisms are mechanisms that often decide a finding; the
// generator picks from them half the time, and from the whole catalog
// otherwise.
var refGenMechanisms = []string{
	"eu-scc-2021", "eu-bcr", "eu-derogation-49", "cn-security-assessment", "cn-standard-contract", "cn-separate-consent",
	"cn-2024-necessity-contract", "cn-pi-certification", "us-dsp-security-requirements", "gb-idta", "ru-152-onward-copy",
	"ru-152-2025-onward-transfer", "vn-d13-tia-dossier", "ch-standard-clauses", "kr-pipa-contract", "jp-appi-consent",
	"au-app8-informed-consent", "br-anpd-scc", "tr-kvkk-standard-contract", "in-rbi-cross-border-leg", "id-pdp-56-safeguards",
	"sg-pdpr-2021-comparable-protection", "ca-ns-piidpa-head-allows", "id-gr71-20-3-technology", "sa-appropriate-safeguards",
}

var refGenShares = []float64{100, 100, 75, 60, 51, 50, 49, 30, 25, 20, 19.5, 10, 0}

// refGen builds random valid topologies for one catalog.
type refGen struct {
	r       *rand.Rand
	codes   []jurisdiction.Code
	regions []jurisdiction.Region
	rules   []string
	mechs   []string
	certs   []string // mechanisms that need a certified recipient
	top     *residency.Topology
}

// refGenerate returns a random topology of about size stores that passes
// Validate and whose catalog references (regions, mechanisms, codes) cat
// knows. The same r state gives the same topology.
func refGenerate(r *rand.Rand, cat *jurisdiction.Catalog, size int) *residency.Topology {
	g := &refGen{r: r, regions: slices.Collect(cat.Regions()), top: &residency.Topology{Name: fmt.Sprintf("random-%d", r.Uint32())}}
	for _, c := range refGenCodes {
		g.codes = append(g.codes, jurisdiction.MustParseCode(c))
	}
	for rule := range cat.Rules() {
		g.rules = append(g.rules, rule.ID)
	}
	for m := range cat.Mechanisms() {
		g.mechs = append(g.mechs, m.ID)
		if m.CertifiedRecipient {
			g.certs = append(g.certs, m.ID)
		}
	}
	size = max(size, 1)
	g.entities(2 + size/2 + r.IntN(size+2))
	g.datasets(1 + r.IntN(2*size+1))
	g.stores(size)
	g.flows(r.IntN(2*size + 2))
	g.waivers()
	return g.top
}

func (g *refGen) chance(n int) bool { return g.r.IntN(n) == 0 }

func (g *refGen) code() jurisdiction.Code { return g.codes[g.r.IntN(len(g.codes))] }

func refPick[T any](g *refGen, xs []T) T { return xs[g.r.IntN(len(xs))] }

// date returns a day between 2014 and 2027, when most of the catalog's
// rules change.
func (g *refGen) date() jurisdiction.Date {
	return jurisdiction.MustParseDate("2014-01-01").AddDays(g.r.IntN(14 * 365))
}

// period returns a period that is unbounded half the time.
func (g *refGen) period() jurisdiction.Period {
	var p jurisdiction.Period
	if g.chance(2) {
		return p
	}
	if !g.chance(3) {
		p.From = g.date()
	}
	if !g.chance(3) {
		p.Until = g.date()
		if !p.From.IsZero() && !p.From.Before(p.Until) {
			p.From, p.Until = p.Until, p.From.AddDays(1)
		}
	}
	return p
}

// sequence returns one to three non-overlapping periods in order, the
// first sometimes starting late, the last sometimes ending, and
// sometimes a gap between two.
func (g *refGen) sequence() []jurisdiction.Period {
	n := 1 + g.r.IntN(3)
	var cuts []jurisdiction.Date
	for len(cuts) < n+1 {
		d := g.date()
		if !slices.Contains(cuts, d) {
			cuts = append(cuts, d)
		}
	}
	slices.SortFunc(cuts, jurisdiction.Date.Compare)
	var out []jurisdiction.Period
	for i := range n {
		p := jurisdiction.Period{From: cuts[i], Until: cuts[i+1]}
		if i == 0 && !g.chance(3) {
			p.From = jurisdiction.Date{}
		}
		if i == n-1 && !g.chance(3) {
			p.Until = jurisdiction.Date{}
		}
		if i > 0 && i < n-1 && g.chance(4) {
			continue // a gap: nobody in that role then
		}
		out = append(out, p)
	}
	return out
}

func (g *refGen) entityID() string { return refPick(g, g.top.Entities).ID }

func (g *refGen) mechanisms(most int) []string {
	var out []string
	for range g.r.IntN(most + 1) {
		m := refPick(g, g.mechs)
		if g.chance(2) {
			m = refPick(g, refGenMechanisms)
		}
		if !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	return out
}

// entities makes n entities; an entity is owned only by entities made
// before it (no cycles), then the list is shuffled.
func (g *refGen) entities(n int) {
	for i := range n {
		e := residency.Entity{ID: fmt.Sprintf("e%d", i), Jurisdiction: g.code()}
		if g.chance(4) {
			e.Headquarters = g.code()
		}
		for range g.r.IntN(4) {
			if i == 0 {
				break // owners come first: no cycles
			}
			o := residency.Ownership{Parent: fmt.Sprintf("e%d", g.r.IntN(i)), Share: refPick(g, refGenShares), Control: g.chance(6), Period: g.period()}
			if refShareSumsOK(append(slices.Clone(e.Owners), o)) {
				e.Owners = append(e.Owners, o)
			}
		}
		if g.chance(4) {
			e.CII = append(e.CII, jurisdiction.MustParseCode("CN"))
		}
		if g.chance(8) {
			e.CII = append(e.CII, g.code())
		}
		if g.chance(2) {
			e.Licences = []string{"CN-VATS-IDC"}
		}
		if g.chance(3) {
			e.Certifications = append(e.Certifications, refPick(g, g.certs))
		}
		if g.chance(8) {
			e.Certifications = append(e.Certifications, refPick(g, g.mechs))
		}
		if g.chance(3) {
			e.Tags = append(e.Tags, refPick(g, refGenTags))
		}
		g.top.Entities = append(g.top.Entities, e)
	}
	g.r.Shuffle(len(g.top.Entities), func(i, j int) {
		g.top.Entities[i], g.top.Entities[j] = g.top.Entities[j], g.top.Entities[i]
	})
}

// refShareSumsOK reports whether the holdings sum to at most 100% on
// every day: the sum changes only where a holding starts.
func refShareSumsOK(owners []residency.Ownership) bool {
	probes := []jurisdiction.Date{jurisdiction.MustParseDate("1900-01-01")}
	for _, o := range owners {
		if !o.From.IsZero() {
			probes = append(probes, o.From)
		}
	}
	for _, d := range probes {
		sum := 0.0
		for _, o := range owners {
			if o.Period.Contains(d) {
				sum += o.Share
			}
		}
		if sum > 100 {
			return false
		}
	}
	return true
}

func (g *refGen) datasets(n int) {
	classes := jurisdiction.DataClasses()
	for i := range n {
		ds := residency.Dataset{ID: fmt.Sprintf("d%d", i)}
		for range g.r.IntN(4) {
			if c := refPick(g, classes); !slices.Contains(ds.Classes, c) {
				ds.Classes = append(ds.Classes, c)
			}
		}
		for range g.r.IntN(4) {
			s := residency.Subjects{Jurisdiction: g.code()}
			if !g.chance(6) {
				s.Count = 1
				for range g.r.IntN(9) {
					s.Count *= 10
				}
				s.Count += g.r.Int64N(s.Count)
			}
			for range g.r.IntN(3) {
				s.Counts = append(s.Counts, residency.PeriodCount{Since: g.date(), Count: g.r.Int64N(s.Count + 1)})
			}
			// Each jurisdiction's subjects are counted once.
			if !slices.ContainsFunc(ds.Subjects, func(x residency.Subjects) bool { return x.Jurisdiction == s.Jurisdiction }) {
				ds.Subjects = append(ds.Subjects, s)
			}
		}
		if !g.chance(6) {
			ds.Controller = g.entityID()
		}
		g.top.Datasets = append(g.top.Datasets, ds)
	}
}

// tenures assigns an entity to each period of a sequence.
func (g *refGen) tenures() []residency.Tenure {
	var out []residency.Tenure
	for _, p := range g.sequence() {
		out = append(out, residency.Tenure{Entity: g.entityID(), Period: p})
	}
	return out
}

func (g *refGen) stores(n int) {
	for i := range n {
		s := residency.Store{ID: fmt.Sprintf("s%d", i), Role: residency.Role(g.r.IntN(3))}
		if g.chance(3) {
			region := refPick(g, g.regions)
			s.Region = region.ID()
			if g.chance(2) {
				s.Location = region.Country
			}
			if g.chance(3) {
				s.Operators = g.tenures()
			}
		} else {
			s.Location = g.code()
			s.Operators = g.tenures()
		}
		for range g.r.IntN(3) {
			t := residency.Tenure{Entity: g.entityID(), Period: g.period()}
			if !slices.ContainsFunc(s.Custodians, func(c residency.Tenure) bool { return c.Entity == t.Entity }) {
				s.Custodians = append(s.Custodians, t)
			}
		}
		if g.chance(4) {
			s.Licensor = g.entityID()
		}
		if g.chance(3) {
			for _, p := range g.sequence() {
				k := residency.KeyCustody{Holder: g.entityID(), Location: g.code(), Period: p}
				if len(s.Operators) > 0 && g.chance(3) {
					k.Holder = s.Operators[0].Entity
				}
				if s.Location.IsValid() && g.chance(3) {
					k.Location = s.Location
				}
				s.Keys = append(s.Keys, k)
			}
		}
		if g.chance(4) {
			s.Period = g.period()
		}
		s.Mechanisms = g.mechanisms(2)
		for range g.r.IntN(4) {
			if d := refPick(g, g.top.Datasets).ID; !slices.Contains(s.Datasets, d) {
				s.Datasets = append(s.Datasets, d)
			}
		}
		g.top.Stores = append(g.top.Stores, s)
	}
}

// some returns nil (every dataset) a quarter of the time, else a
// non-empty subset of ids.
func (g *refGen) some(ids []string) []string {
	if len(ids) == 0 || g.chance(4) {
		return nil
	}
	var out []string
	for _, id := range ids {
		if g.chance(2) {
			out = append(out, id)
		}
	}
	if len(out) == 0 {
		out = []string{refPick(g, ids)}
	}
	return out
}

func (g *refGen) flows(n int) {
	kinds := []residency.FlowKind{residency.Replication, residency.Replication, residency.BackupFlow, residency.AdminAccess, residency.Collection}
	for i := range n {
		f := residency.Flow{ID: fmt.Sprintf("f%d", i), Kind: refPick(g, kinds), Mechanisms: g.mechanisms(2)}
		to := g.r.IntN(len(g.top.Stores))
		f.To = g.top.Stores[to].ID
		switch f.Kind {
		case residency.Replication, residency.BackupFlow:
			if len(g.top.Stores) < 2 {
				continue
			}
			from := g.r.IntN(len(g.top.Stores) - 1)
			if from >= to {
				from++
			}
			src, dst := &g.top.Stores[from], &g.top.Stores[to]
			f.From = src.ID
			f.Datasets = g.some(src.Datasets)
			carried := f.Datasets
			if carried == nil {
				carried = src.Datasets
			}
			for _, d := range carried {
				if !slices.Contains(dst.Datasets, d) && !g.chance(4) {
					dst.Datasets = append(dst.Datasets, d)
				}
			}
		case residency.AdminAccess:
			f.Accessor = g.entityID()
			f.AccessorLocation = g.code()
			f.Datasets = g.some(g.top.Stores[to].Datasets)
		case residency.Collection:
			f.Datasets = g.some(g.top.Stores[to].Datasets)
		}
		if g.chance(4) {
			f.Period = g.period()
		}
		g.top.Flows = append(g.top.Flows, f)
	}
}

// waivers names a few plausible finding IDs; the tests also waive the
// findings actually found.
func (g *refGen) waivers() {
	for range g.r.IntN(3) {
		s := refPick(g, g.top.Stores).ID
		var id string
		switch g.r.IntN(4) {
		case 0:
			id = "E:" + g.code().String() + "@store/" + s
		case 1:
			id = "V:" + refPick(g, g.rules) + "@dataset/" + refPick(g, g.top.Datasets).ID
		case 2:
			id = "O:" + refPick(g, g.rules) + "@dataset/" + refPick(g, g.top.Datasets).ID
		default:
			id = "C:US/CN@store/" + s + "/operator/" + g.entityID()
		}
		g.top.Waivers = append(g.top.Waivers, residency.Waiver{Finding: id, Justification: "accepted risk", Approver: "ciso", Expires: g.date()})
	}
}
