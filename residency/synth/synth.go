// Package synth generates deterministic synthetic topologies for load
// tests and benchmarks: realistic mixes of data classes and origins,
// control chains up to four entities deep, about 1.5 flows per store, a
// few percent of stores in China and Russia, and EU data replicating
// abroad. Use it to measure the library on estates the size of your own.
//
// The same Config gives the same topology with the same Go release: the
// generator uses math/rand/v2's PCG and never iterates over a map.
package synth

import (
	"fmt"
	"math/rand/v2"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// Config sizes a synthetic topology.
type Config struct {
	// Stores is the number of stores; the rest scales with it.
	Stores int
	// Seed selects one of the topologies of that size.
	Seed uint64
}

// weighted is a jurisdiction and its weight in store locations.
type weighted struct {
	code   string
	weight int
}

// locations puts about 3% of stores in China and 2% in Russia, a third in
// the EU and a quarter in the US.
var locations = []weighted{
	{"US", 26}, {"DE", 9}, {"FR", 6}, {"IE", 7}, {"NL", 5}, {"SE", 2}, {"IT", 2}, {"ES", 2}, {"PL", 1},
	{"GB", 6}, {"CH", 2}, {"JP", 5}, {"SG", 4}, {"IN", 4}, {"BR", 3}, {"CA", 3}, {"AU", 3}, {"KR", 2},
	{"CN", 3}, {"HK", 1}, {"RU", 2}, {"VN", 1}, {"SA", 1},
}

var eu = map[string]bool{"DE": true, "FR": true, "IE": true, "NL": true, "SE": true, "IT": true, "ES": true, "PL": true}

// Generate builds a topology of cfg.Stores stores; a size of zero or less
// gives an empty topology.
func Generate(cfg Config) *residency.Topology {
	cfg.Stores = max(cfg.Stores, 0)
	g := &gen{r: rand.New(rand.NewPCG(cfg.Seed, 0x6461746172657369)), n: cfg.Stores}
	for _, w := range locations {
		g.total += w.weight
		g.codes = append(g.codes, jurisdiction.MustParseCode(w.code))
	}
	return g.build()
}

type gen struct {
	r     *rand.Rand
	n     int
	total int
	codes []jurisdiction.Code
	top   residency.Topology
	// byCountry lists, per location index, the entities incorporated
	// there, for choosing local operators.
	byCountry [][]int
}

func (g *gen) place() int {
	x := g.r.IntN(g.total)
	for i, w := range locations {
		if x < w.weight {
			return i
		}
		x -= w.weight
	}
	return 0
}

func (g *gen) build() *residency.Topology {
	g.top.Name = fmt.Sprintf("synthetic-%d", g.n)
	g.byCountry = make([][]int, len(locations))
	g.entities()
	g.storesAndData()
	g.flows()
	return &g.top
}

// entities makes max(12, n/25) entities in chains of up to four: a root,
// a subsidiary, a sub-subsidiary and one more. Subsidiaries are sometimes
// placed abroad, so some chains reach a US or Chinese parent from another
// country.
func (g *gen) entities() {
	count := max(12, g.n/25)
	for i := range count {
		loc := g.place()
		e := residency.Entity{ID: fmt.Sprintf("e%d", i), Jurisdiction: g.codes[loc]}
		if depth := i % 4; depth > 0 && i > 0 {
			parent := i - 1
			e.Owners = []residency.Ownership{{Parent: fmt.Sprintf("e%d", parent), Share: []float64{100, 60, 51, 45, 30}[g.r.IntN(5)]}}
			if g.r.IntN(10) == 0 {
				e.Owners[0].Control = true
			}
		}
		if locations[loc].code == "CN" {
			if g.r.IntN(4) > 0 {
				e.Licences = []string{"CN-VATS-IDC"}
			}
			if g.r.IntN(4) == 0 {
				e.CII = []jurisdiction.Code{g.codes[loc]}
			}
		}
		if locations[loc].code == "US" && g.r.IntN(3) == 0 {
			e.Certifications = []string{"eu-us-dpf"}
		}
		if g.r.IntN(8) == 0 {
			e.Headquarters = g.codes[g.place()]
		}
		g.top.Entities = append(g.top.Entities, e)
		g.byCountry[loc] = append(g.byCountry[loc], i)
	}
}

var classMix = [][]jurisdiction.DataClass{
	{jurisdiction.Personal}, {jurisdiction.Personal}, {jurisdiction.Personal}, {jurisdiction.Personal},
	{jurisdiction.HealthData}, {jurisdiction.FinancialData},
	{jurisdiction.Personal, jurisdiction.ImportantData}, {jurisdiction.ImportantData},
	nil, nil, nil,
}

// storesAndData makes the stores, 60% operated by a local entity, each
// holding one to three datasets. Most datasets are about subjects in the
// store's own country; subject counts are log-uniform from 10 to 10^8.
func (g *gen) storesAndData() {
	for s := range g.n {
		loc := g.place()
		st := residency.Store{ID: fmt.Sprintf("s%d", s), Location: g.codes[loc]}
		op := g.r.IntN(len(g.top.Entities))
		if local := g.byCountry[loc]; len(local) > 0 && g.r.IntN(10) < 6 {
			op = local[g.r.IntN(len(local))]
		}
		st.Operators = []residency.Tenure{{Entity: g.top.Entities[op].ID}}
		if g.r.IntN(20) == 0 {
			st.Keys = []residency.KeyCustody{{Holder: g.top.Entities[g.r.IntN(len(g.top.Entities))].ID, Location: g.codes[g.place()]}}
		}
		for range 1 + g.r.IntN(3) {
			id := fmt.Sprintf("d%d", len(g.top.Datasets))
			origin := g.codes[loc]
			if g.r.IntN(10) < 3 {
				origin = g.codes[g.place()]
			}
			count := int64(10)
			for range g.r.IntN(8) {
				count *= 10
			}
			count += int64(g.r.IntN(int(count)))
			ds := residency.Dataset{ID: id, Classes: classMix[g.r.IntN(len(classMix))],
				Subjects:   []residency.Subjects{{Jurisdiction: origin, Count: count}},
				Controller: g.top.Entities[g.r.IntN(len(g.top.Entities))].ID}
			g.top.Datasets = append(g.top.Datasets, ds)
			st.Datasets = append(st.Datasets, id)
		}
		g.top.Stores = append(g.top.Stores, st)
	}
}

var mechanismMix = [][]string{
	nil, nil, {"eu-scc-2021"}, {"eu-scc-2021"}, {"cn-security-assessment", "cn-separate-consent"},
	{"cn-standard-contract", "cn-separate-consent"}, {"eu-bcr"}, {"eu-derogation-49"},
}

// flows adds about 1.5 replication or backup flows per store, each
// carrying some of its source's datasets to another store (EU stores
// replicate abroad half the time), and admin access to 2% of stores.
func (g *gen) flows() {
	if g.n < 2 {
		return
	}
	nflows := g.n * 3 / 2
	for f := range nflows {
		from := g.r.IntN(g.n)
		to := g.r.IntN(g.n)
		if to == from {
			to = (to + 1) % g.n
		}
		src := &g.top.Stores[from]
		kind := residency.Replication
		if g.r.IntN(3) == 0 {
			kind = residency.BackupFlow
		}
		fl := residency.Flow{ID: fmt.Sprintf("f%d", f), Kind: kind, From: src.ID, To: g.top.Stores[to].ID,
			Mechanisms: mechanismMix[g.r.IntN(len(mechanismMix))]}
		// Carry one of the source's datasets, which the target then holds.
		ds := src.Datasets[g.r.IntN(len(src.Datasets))]
		fl.Datasets = []string{ds}
		dst := &g.top.Stores[to]
		if !contains(dst.Datasets, ds) {
			dst.Datasets = append(dst.Datasets, ds)
		}
		g.top.Flows = append(g.top.Flows, fl)
	}
	for s := 0; s < g.n; s += 50 {
		acc := g.r.IntN(len(g.top.Entities))
		g.top.Flows = append(g.top.Flows, residency.Flow{ID: fmt.Sprintf("a%d", s), Kind: residency.AdminAccess,
			To: g.top.Stores[s].ID, Accessor: g.top.Entities[acc].ID, AccessorLocation: g.top.Entities[acc].Jurisdiction,
			Mechanisms: mechanismMix[g.r.IntN(len(mechanismMix))]})
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
