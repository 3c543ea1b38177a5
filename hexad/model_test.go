package hexad_test

import (
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dataresidency/dataresidency/hexad"
)

// scores is the seven scores of a rating in the thesis's order.
type scores = [hexad.NumElements]hexad.Score

const unrated = hexad.Unrated

// Reasons Rate writes when nothing lowers an element, when Jurisdiction
// cannot be rated, when no copy exists and for a single copy.
const (
	reasonNothing    = "no regime that reaches the data lowers it"
	reasonNoTerritor = "no stored copy lies in a known territory"
	reasonNoCopy     = "no stored copy on the rating date"
	reasonOneCopy    = "a single stored copy: no replica or backup (-1)"
)

// regime returns a regime with the four answers in the order Judicial,
// Transparency, Assistance, ContentControl.
func regime(name string, foreign bool, j, tr, a, c hexad.Level, links ...hexad.Link) hexad.Regime {
	return hexad.Regime{
		Name: name, Foreign: foreign,
		Judicial: j, Transparency: tr, Assistance: a, ContentControl: c,
		Links: links,
	}
}

// located is a plaintext link through the data's location.
func located(path string) hexad.Link {
	return hexad.Link{Via: "location", Path: path, Kind: hexad.DataLink, Location: true}
}

// plain is a plaintext link that is not a location.
func plain(via, path string) hexad.Link {
	return hexad.Link{Via: via, Path: path, Kind: hexad.DataLink}
}

// cipher is a link through which the regime reaches only ciphertext.
func cipher(via, path string) hexad.Link {
	return hexad.Link{Via: via, Path: path, Kind: hexad.CiphertextLink}
}

// table15 is the thesis's Table 15 as facts: a Chinese consumer of Azure
// operated by 21Vianet in mainland China. Only the Chinese regime reaches
// the data, as the data's location and through the operator, and the
// operator manages the keys.
func table15() hexad.Facts {
	return hexad.Facts{
		Subject: "azure-china/customer-data", Consumer: "CN", Copies: 2,
		Regimes: []hexad.Regime{
			regime("CN", false, hexad.No, hexad.No, hexad.Yes, hexad.Yes,
				located("store/cn-north"),
				plain("operator", "store/cn-north/operator/21vianet")),
		},
	}
}

// table20 is the thesis's Table 20 as facts: an American consumer of
// Alibaba Cloud in the US. The US regime reaches the data as its location
// and through the US operator; the Chinese regime, foreign to the
// consumer, reaches it through the operator's Chinese parent.
func table20() hexad.Facts {
	return hexad.Facts{
		Subject: "alicloud-us/customer-data", Consumer: "US", Copies: 2,
		Regimes: []hexad.Regime{
			regime("US", false, hexad.Partly, hexad.Partly, hexad.Partly, hexad.No,
				located("store/us-west"),
				plain("operator", "store/us-west/operator/alibaba-us")),
			regime("CN", true, hexad.No, hexad.No, hexad.Yes, hexad.Yes,
				plain("parent", "store/us-west/operator/alibaba-us/parent/alibaba-group")),
		},
	}
}

// requireRows fails the test if a table row lacks a name or a reason.
func requireRows[T any](t *testing.T, rows []T, nameReason func(T) (string, string)) {
	t.Helper()
	for i, row := range rows {
		if name, reason := nameReason(row); name == "" || reason == "" {
			t.Fatalf("row %d (%q) needs both a name and a reason", i, name)
		}
	}
}

func TestRateThesisTables(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		facts        hexad.Facts
		want         scores
	}{{
		name:   "table 15",
		reason: "CN answers no, no, yes, yes: opacity 3 points; content control yes costs integrity 2 and the rest 1",
		facts:  table15(),
		want:   scores{2, 2, 3, 4, 4, 4, 2},
	}, {
		name:   "table 20",
		reason: "foreign CN costs 3+1 through the parent; the data sits under US law, which answers partly x3 (2 points)",
		facts:  table20(),
		want:   scores{1, 1, 3, 3, 4, 4, 3},
	}}
	requireRows(t, tests, func(r struct {
		name, reason string
		facts        hexad.Facts
		want         scores
	}) (string, string) {
		return r.name, r.reason
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := hexad.Rate(tt.facts)
			if diff := cmp.Diff(tt.want, got.Scores()); diff != "" {
				t.Errorf("%s: Rate scores mismatch (-want +got):\n%s\n%s", tt.reason, diff, got)
			}
			if got.Subject != tt.facts.Subject || got.Consumer != tt.facts.Consumer {
				t.Errorf("Rate: subject %q consumer %q, want %q %q", got.Subject, got.Consumer, tt.facts.Subject, tt.facts.Consumer)
			}
			for i, e := range hexad.Elements() {
				if got.Elements[i].Element != e {
					t.Errorf("Rate: Elements[%d].Element = %v, want %v", i, got.Elements[i].Element, e)
				}
			}
			if len(got.Defaults) != 0 {
				t.Errorf("Rate: Defaults = %q, want none (all profiles researched)", got.Defaults)
			}
		})
	}
}

// TestRateTable20Reasons checks the order of reasons where two regimes
// lower the same element: the foreign Chinese regime sets the
// confidentiality score, so its reason comes before the US one.
func TestRateTable20Reasons(t *testing.T) {
	t.Parallel()
	got := hexad.Rate(table20()).Reasons(hexad.Confidentiality)
	want := []string{
		"CN (via parent: store/us-west/operator/alibaba-us/parent/alibaba-group) can compel readable data: " +
			"independent judicial authorisation no, transparency no, compelled assistance yes, foreign to the consumer (-4)",
		"US (via location, operator: store/us-west and 1 more) can compel readable data: " +
			"independent judicial authorisation partly, transparency partly, compelled assistance partly (-2)",
		"2 governments can read the data: each beyond the first costs half a point (+0.5)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Rate(table 20).Reasons(Confidentiality) mismatch (-want +got):\n%s", diff)
	}
}

func TestRateMechanics(t *testing.T) {
	t.Parallel()
	const (
		st  = "store/s1"
		op  = "store/s1/operator/op"
		key = "store/s1/key-holder/kh"
	)
	type row struct {
		name, reason string
		facts        hexad.Facts
		want         scores
	}
	// facts declares engineering with nothing against it, so that the
	// rows see the law alone; the engineering rows set their own.
	facts := func(copies int, rs ...hexad.Regime) hexad.Facts {
		return hexad.Facts{Subject: "s", Consumer: "HOME", Copies: copies, Regimes: rs, Engineering: hexad.Engineering{Declared: true}}
	}
	with := func(f hexad.Facts, change func(*hexad.Facts)) hexad.Facts {
		change(&f)
		return f
	}
	keyLink := func(via, path string) hexad.Link { return hexad.Link{Via: via, Path: path, Kind: hexad.KeyLink} }
	coop := func(g hexad.Regime, with, basis string) hexad.Regime {
		g.Cooperates = append(g.Cooperates, hexad.Cooperation{With: with, Basis: basis})
		return g
	}
	public := func(g hexad.Regime, l hexad.Level) hexad.Regime {
		g.PublicTakedown = l
		return g
	}
	y, p, n, u := hexad.Yes, hexad.Partly, hexad.No, hexad.Unknown
	tests := []row{{
		name:   "ciphertext only, domestic",
		reason: "no readable link: confidentiality, authenticity and utility untouched; possession costs the judicial gap (1); integrity ceil(2/2)=1; availability 1",
		facts:  facts(2, regime("AA", false, n, n, y, y, cipher("operator", op))),
		want:   scores{5, 4, 4, 5, 4, 5, unrated},
	}, {
		name:   "ciphertext only, foreign",
		reason: "foreign adds a point to possession (judicial gap 1 + foreign 1) but not to integrity, which is ceil(content/2)",
		facts:  facts(2, regime("AA", true, n, n, y, y, cipher("operator", op))),
		want:   scores{5, 3, 4, 5, 4, 5, unrated},
	}, {
		name:   "ciphertext only, opacity ignored",
		reason: "a ciphertext-only regime's transparency and assistance gaps do not count: judicial yes leaves possession at 5",
		facts:  facts(2, regime("AA", false, y, n, y, n, cipher("custodian", key))),
		want:   scores{5, 5, 5, 5, 5, 5, unrated},
	}, {
		name:   "ciphertext only, partial answers",
		reason: "judicial partly is half a point, rounded up to 1; content partly is half a point and ceil(1/2)=1 for integrity",
		facts:  facts(2, regime("AA", false, p, n, y, p, cipher("operator", op))),
		want:   scores{5, 4, 4, 5, 4, 5, unrated},
	}, {
		name:   "ciphertext at the location",
		reason: "jurisdiction counts the full opacity even when the regime reaches only ciphertext",
		facts:  facts(2, regime("AA", false, n, n, y, y, hexad.Link{Via: "location", Path: st, Kind: hexad.CiphertextLink, Location: true})),
		want:   scores{5, 4, 4, 5, 4, 5, 2},
	}, {
		name:   "key-only reach lowers nothing",
		reason: "review A1: a regime that reaches only the keys can neither seize nor alter the data, however opaque and foreign",
		facts:  facts(2, regime("AA", true, n, n, y, y, keyLink("key holder", key), keyLink("key location", "store/s1/key-location/AA"))),
		want:   scores{5, 5, 5, 5, 5, 5, unrated},
	}, {
		name:   "split custody without cooperation",
		reason: "CN-like data regime reaches the ciphertext, a foreign regime the keys, no agreement: possession loses the judicial gap, confidentiality nothing",
		facts: facts(2,
			regime("AA", false, n, n, y, y, hexad.Link{Via: "location", Path: st, Kind: hexad.CiphertextLink, Location: true}),
			regime("BB", true, y, y, p, n, keyLink("key holder", key))),
		want: scores{5, 4, 4, 5, 4, 5, 2},
	}, {
		name:   "split custody between cooperating regimes",
		reason: "review A2: with an assistance agreement the pair can read the data: the worse (AA, 6 half points) less one point, 2 points",
		facts: facts(2,
			coop(regime("AA", false, n, n, y, y, hexad.Link{Via: "location", Path: st, Kind: hexad.CiphertextLink, Location: true}), "BB", "AA-BB-MLAT"),
			regime("BB", true, y, y, p, n, keyLink("key holder", key))),
		want: scores{3, 3, 4, 5, 4, 5, 2},
	}, {
		name:   "cooperation named by the key regime",
		reason: "an agreement listed on either side binds both",
		facts: facts(2,
			regime("AA", false, n, n, y, y, hexad.Link{Via: "location", Path: st, Kind: hexad.CiphertextLink, Location: true}),
			coop(regime("BB", true, y, y, p, n, keyLink("key holder", key)), "AA", "AA-BB-MLAT")),
		want: scores{3, 3, 4, 5, 4, 5, 2},
	}, {
		name:   "cooperating key regime without a researched profile",
		reason: "the pair's reach rests on both regimes' answers: unknown ones leave confidentiality and possession unrated",
		facts: facts(2,
			coop(regime("AA", false, n, n, y, y, hexad.Link{Via: "location", Path: st, Kind: hexad.CiphertextLink, Location: true}), "BB", "AA-BB-MLAT"),
			regime("BB", true, u, u, u, u, keyLink("key holder", key))),
		want: scores{unrated, unrated, 4, 5, 4, 5, 2},
	}, {
		name:   "plaintext, partial answers",
		reason: "partly x3 is 3 half points: 2 points; content partly costs integrity 1, the rest ceil(1/2)=1",
		facts:  facts(2, regime("AA", false, p, p, p, p, located(st))),
		want:   scores{3, 3, 4, 4, 4, 4, 3},
	}, {
		name:   "protective domestic regime",
		reason: "a regime that answers yes, yes, no, no and is not foreign lowers nothing",
		facts:  facts(2, regime("AA", false, y, y, n, n, located(st), plain("operator", op))),
		want:   scores{5, 5, 5, 5, 5, 5, 5},
	}, {
		name:   "protective foreign regime",
		reason: "foreign costs one point where the consumer's standing matters, even with no gap",
		facts:  facts(2, regime("AA", true, y, y, n, n, located(st))),
		want:   scores{4, 4, 5, 5, 5, 5, 4},
	}, {
		name:   "recourse is not foreign",
		reason: "a regime the consumer has recourse before (Foreign false, Recourse given) costs no foreign point",
		facts: facts(2, func() hexad.Regime {
			g := regime("AA", false, y, y, n, n, located(st))
			g.Recourse = "AA and HOME are both in the EEA"
			return g
		}()),
		want: scores{5, 5, 5, 5, 5, 5, 5},
	}, {
		name:   "public takedown spares private data",
		reason: "review A6: a power over published content does not touch a private store",
		facts:  facts(2, public(regime("AA", false, y, y, n, n, located(st)), y)),
		want:   scores{5, 5, 5, 5, 5, 5, 5},
	}, {
		name:   "public takedown on public data",
		reason: "the same power over published data costs integrity 2 and availability, authenticity and utility 1",
		facts:  with(facts(2, public(regime("AA", false, y, y, n, n, located(st)), y)), func(f *hexad.Facts) { f.Public = true }),
		want:   scores{5, 5, 3, 4, 4, 4, 5},
	}, {
		name:   "public data, unknown takedown answer",
		reason: "published data needs the takedown answer: without it the content elements are unrated",
		facts:  with(facts(2, regime("AA", false, y, y, n, n, located(st))), func(f *hexad.Facts) { f.Public = true }),
		want:   scores{5, 5, unrated, unrated, unrated, unrated, 5},
	}, {
		name:   "single copy",
		reason: "Copies == 1 costs availability a point and nothing else",
		facts:  facts(1, regime("AA", false, y, y, n, n, located(st))),
		want:   scores{5, 5, 5, 5, 4, 5, 5},
	}, {
		name:   "copies in one place",
		reason: "two copies in one region are one outage from none: a point, as for a single copy",
		facts:  with(facts(2, regime("AA", false, y, y, n, n, located(st))), func(f *hexad.Facts) { f.Places = 1 }),
		want:   scores{5, 5, 5, 5, 4, 5, 5},
	}, {
		name:   "single copy adds to content removal",
		reason: "a regime that can remove content costs one point, a single copy one more; table 15 with one copy gives availability 5-1-1",
		facts:  table15Copies(1),
		want:   scores{2, 2, 3, 4, 3, 4, 2},
	}, {
		name:   "single copy, no regime",
		reason: "the single-copy point does not need a regime",
		facts:  facts(1),
		want:   scores{5, 5, 5, 5, 4, 5, unrated},
	}, {
		name:   "no regime",
		reason: "nothing lowers any element, and with no location Jurisdiction is unrated",
		facts:  facts(3),
		want:   scores{5, 5, 5, 5, 5, 5, unrated},
	}, {
		name:   "no location link",
		reason: "table 15's regime through the operator only: the same scores but Jurisdiction is unrated",
		facts:  facts(2, regime("CN", false, n, n, y, y, plain("operator", op))),
		want:   scores{2, 2, 3, 4, 4, 4, unrated},
	}, {
		name:   "unknown answers",
		reason: "review A10: no researched answer is no rating, not the floor: every element the regime bears on is unrated",
		facts:  facts(2, regime("AA", false, u, u, u, u, located(st))),
		want:   scores{},
	}, {
		name:   "unknown content control, ciphertext",
		reason: "a ciphertext regime needs content control for integrity and availability, and only the judicial answer for possession",
		facts:  facts(2, regime("AA", false, y, y, n, u, cipher("operator", op))),
		want:   scores{5, 5, unrated, 5, unrated, 5, unrated},
	}, {
		name:   "unknown answers of a key-only regime",
		reason: "a regime that reaches only the keys, with no cooperating data regime, bears on nothing: its unknown answers unrate nothing",
		facts:  facts(2, table15().Regimes[0], regime("ZZ", true, u, u, u, u, keyLink("key location", "store/s1/key-location/ZZ"))),
		want:   scores{2, 2, 3, 4, 4, 4, 2},
	}, {
		name:   "regime without links ignored",
		reason: "a regime with no link does not affect the rating, however exposed its profile",
		facts: facts(2, table15().Regimes[0],
			regime("ZZ", true, u, u, u, u)),
		want: scores{2, 2, 3, 4, 4, 4, 2},
	}, {
		name:   "only a regime without links",
		reason: "a regime with no link does not affect the rating and gives no location",
		facts:  facts(2, regime("ZZ", true, u, u, u, u)),
		want:   scores{5, 5, 5, 5, 5, 5, unrated},
	}, {
		name:   "a second reader shows",
		reason: "review A9: one regime's opacity of 2 half points costs 1 point; a second government that reads the data adds half a point: 3 half points, 2 points",
		facts: facts(2,
			regime("AA", false, p, p, n, n, located(st)),
			regime("BB", false, p, p, n, n, plain("operator", op))),
		want: scores{3, 3, 5, 5, 5, 5, 4},
	}, {
		name:   "one reader",
		reason: "the same regime alone: 2 half points, 1 point",
		facts:  facts(2, regime("AA", false, p, p, n, n, located(st), plain("operator", op))),
		want:   scores{4, 4, 5, 5, 5, 5, 4},
	}, {
		name:   "clamp at 1",
		reason: "the most exposed researched regime, foreign, costs 4 points: scores stop at 1, never 0",
		facts:  facts(2, regime("AA", true, n, n, y, y, located(st))),
		want:   scores{1, 1, 3, 3, 4, 4, 1},
	}, {
		name:   "clamp at 1, several regimes",
		reason: "two maximally exposed regimes do not push any score below 1",
		facts: facts(2,
			regime("AA", true, n, n, y, y, located(st)),
			regime("BB", true, n, n, y, y, located("store/s2"))),
		want: scores{1, 1, 3, 3, 4, 4, 1},
	}, {
		name:   "engineering not declared",
		reason: "review A13: with no engineering fact, authenticity, availability and utility stop at 4",
		facts:  with(facts(2, regime("AA", false, y, y, n, n, located(st))), func(f *hexad.Facts) { f.Engineering = hexad.Engineering{} }),
		want:   scores{5, 5, 5, 4, 4, 4, 5},
	}, {
		name:   "operator assurance",
		reason: "every copy's operator declares a standard: no cap",
		facts: with(facts(2, regime("AA", false, y, y, n, n, located(st))), func(f *hexad.Facts) {
			f.Engineering.Assurances = []hexad.Assurance{{Store: "store/s1", Operator: "op", Standards: []string{"ISO/IEC 27001"}}}
		}),
		want: scores{5, 5, 5, 5, 5, 5, 5},
	}, {
		name:   "licensee operation",
		reason: "the thesis's Table 15: a licensee under the licensor's standards, 'maybe not to the extent of ... Microsoft's own network': availability stops at 4",
		facts: with(facts(2, regime("AA", false, y, y, n, n, located(st))), func(f *hexad.Facts) {
			f.Engineering.Assurances = []hexad.Assurance{{Store: "store/s1", Operator: "op", Licensor: "lic", LicensorStandards: []string{"ISO/IEC 27001"}}}
		}),
		want: scores{5, 5, 5, 5, 4, 5, 5},
	}, {
		name:   "a copy with no assurance",
		reason: "engineering declared, but one copy's operator declares nothing: authenticity, availability and utility stop at 4",
		facts: with(facts(2, regime("AA", false, y, y, n, n, located(st))), func(f *hexad.Facts) {
			f.Engineering.Assurances = []hexad.Assurance{{Store: "store/s1", Operator: "op", Standards: []string{"SOC 2"}}, {Store: "store/s2", Operator: "op2"}}
		}),
		want: scores{5, 5, 5, 4, 4, 4, 5},
	}, {
		name:   "every copy behind a filtered border",
		reason: "the consumer reaches both copies only across a filtered border: availability loses a point",
		facts: with(facts(2, regime("AA", false, y, y, n, n, located(st))), func(f *hexad.Facts) {
			f.Engineering.Filtered = []string{"store/s1", "store/s2"}
		}),
		want: scores{5, 5, 5, 5, 4, 5, 5},
	}, {
		name:   "one copy reachable",
		reason: "one copy outside the filter keeps the data available",
		facts: with(facts(2, regime("AA", false, y, y, n, n, located(st))), func(f *hexad.Facts) {
			f.Engineering.Filtered = []string{"store/s1"}
		}),
		want: scores{5, 5, 5, 5, 5, 5, 5},
	}, {
		name:   "no copy",
		reason: "Copies == 0: nothing can be rated",
		facts:  table15Copies(0),
		want:   scores{},
	}, {
		name:   "negative copies",
		reason: "a negative count is treated as no copy",
		facts:  table15Copies(-1),
		want:   scores{},
	}}
	requireRows(t, tests, func(r row) (string, string) { return r.name, r.reason })
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := hexad.Rate(tt.facts)
			if diff := cmp.Diff(tt.want, got.Scores()); diff != "" {
				t.Errorf("%s\nRate scores mismatch (-want +got):\n%s\n%s", tt.reason, diff, got)
			}
		})
	}
}

func table15Copies(n int) hexad.Facts {
	f := table15()
	f.Copies = n
	return f
}

// TestRateNoCopyReasons checks that with no copy every element is unrated
// and says why.
func TestRateNoCopyReasons(t *testing.T) {
	t.Parallel()
	got := hexad.Rate(table15Copies(0))
	for _, er := range got.Elements {
		if diff := cmp.Diff([]string{reasonNoCopy}, er.Reasons); diff != "" {
			t.Errorf("%v: reasons mismatch (-want +got):\n%s", er.Element, diff)
		}
	}
	if e, s := got.Weakest(); e != 0 || s != unrated {
		t.Errorf("Weakest() = %v, %v; want 0, Unrated", e, s)
	}
}

func TestRateDefaults(t *testing.T) {
	t.Parallel()
	def := func(g hexad.Regime) hexad.Regime {
		g.Default = true
		return g
	}
	y, n := hexad.Yes, hexad.No
	type row struct {
		name, reason string
		regimes      []hexad.Regime
		want         []string
	}
	tests := []row{{
		name:    "none",
		reason:  "researched profiles make no rating provisional",
		regimes: table20().Regimes,
	}, {
		name:    "one",
		reason:  "a default profile that reaches the data is listed",
		regimes: []hexad.Regime{def(regime("RU", true, n, n, y, y, plain("operator", "op")))},
		want:    []string{"RU"},
	}, {
		name:   "sorted",
		reason: "defaults are listed by name, whatever the regimes' order",
		regimes: []hexad.Regime{
			def(regime("ZZ", true, n, n, y, y, plain("operator", "op"))),
			regime("US", false, y, y, n, n, located("store")),
			def(regime("AA", true, n, n, y, y, plain("parent", "op/parent"))),
		},
		want: []string{"AA", "ZZ"},
	}, {
		name:   "deduplicated",
		reason: "two default regimes with the same name are listed once",
		regimes: []hexad.Regime{
			def(regime("RU", true, n, n, y, y, plain("operator", "op"))),
			def(regime("RU", true, n, n, y, y, plain("parent", "op/parent"))),
		},
		want: []string{"RU"},
	}, {
		name:    "no links",
		reason:  "a default regime with no link does not feed the rating, so it does not make it provisional",
		regimes: []hexad.Regime{def(regime("RU", true, n, n, y, y))},
	}}
	requireRows(t, tests, func(r row) (string, string) { return r.name, r.reason })
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := hexad.Rate(hexad.Facts{Subject: "s", Copies: 2, Regimes: tt.regimes})
			if diff := cmp.Diff(tt.want, got.Defaults, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\nRate Defaults mismatch (-want +got):\n%s", tt.reason, diff)
			}
			for _, name := range tt.want {
				found := false
				for _, er := range got.Elements {
					for _, why := range er.Reasons {
						if strings.HasPrefix(why, name+" (") && strings.Contains(why, "[no researched profile]") {
							found = true
						}
					}
				}
				if !found {
					t.Errorf("no reason marks %s's profile as a default:\n%s", name, got)
				}
			}
		})
	}
}

// TestRateDoesNotModifyFacts checks Rate's "does not modify f".
func TestRateDoesNotModifyFacts(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1000, 7))
	for range propertyRuns {
		f := randomFacts(r)
		before := cloneFacts(f)
		hexad.Rate(f)
		if diff := cmp.Diff(before, f); diff != "" {
			t.Fatalf("Rate modified its facts (-before +after):\n%s", diff)
		}
	}
}

// Random facts for the property tests.

const propertyRuns = 1000

var (
	regimeNames = []string{"AA", "BB", "CC", "DD", "EE", "FF"}
	vias        = []string{"location", "operator", "parent", "custodian", "key holder", "key location", "admin access"}
)

func randomLink(r *rand.Rand) hexad.Link {
	via := vias[r.IntN(len(vias))]
	l := hexad.Link{
		Via:      via,
		Path:     fmt.Sprintf("store/s%d/%s", r.IntN(3), strings.ReplaceAll(via, " ", "-")),
		Kind:     hexad.LinkKind(1 + r.IntN(3)),
		Location: r.IntN(3) == 0,
	}
	for range r.IntN(3) {
		l.Rules = append(l.Rules, fmt.Sprintf("R-%d", r.IntN(4)))
	}
	return l
}

// researched are the answers of a researched profile.
var researched = []hexad.Level{hexad.Yes, hexad.Partly, hexad.No}

// randomRegime returns a regime with random researched answers, now and
// then a cooperation with another regime name, and zero to three links
// (none a quarter of the time).
func randomRegime(r *rand.Rand, name string) hexad.Regime {
	g := hexad.Regime{
		Name:           name,
		Foreign:        r.IntN(2) == 0,
		Judicial:       researched[r.IntN(len(researched))],
		Transparency:   researched[r.IntN(len(researched))],
		Assistance:     researched[r.IntN(len(researched))],
		ContentControl: researched[r.IntN(len(researched))],
		PublicTakedown: researched[r.IntN(len(researched))],
	}
	if r.IntN(3) == 0 {
		g.Cooperates = []hexad.Cooperation{{With: regimeNames[r.IntN(len(regimeNames))], Basis: "MLAT"}}
	}
	for range r.IntN(4) {
		g.Links = append(g.Links, randomLink(r))
	}
	return g
}

// randomFacts returns facts with zero to four regimes of distinct names
// and researched profiles, zero to four copies in up to as many places,
// public or not, with engineering declared or not.
func randomFacts(r *rand.Rand) hexad.Facts {
	f := hexad.Facts{Subject: "random", Consumer: "HOME", Copies: r.IntN(5), Public: r.IntN(3) == 0}
	if f.Copies > 0 {
		f.Places = r.IntN(f.Copies + 1)
	}
	if r.IntN(2) == 0 {
		f.Engineering.Declared = true
		for i := range max(f.Copies, 0) {
			a := hexad.Assurance{Store: fmt.Sprintf("store/s%d", i), Operator: "op"}
			switch r.IntN(3) {
			case 0:
				a.Standards = []string{"ISO/IEC 27001"}
			case 1:
				a.Licensor, a.LicensorStandards = "lic", []string{"ISO/IEC 27001"}
			}
			f.Engineering.Assurances = append(f.Engineering.Assurances, a)
			if r.IntN(3) == 0 {
				f.Engineering.Filtered = append(f.Engineering.Filtered, a.Store)
			}
		}
	}
	names := slices.Clone(regimeNames)
	r.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
	for _, name := range names[:r.IntN(5)] {
		f.Regimes = append(f.Regimes, randomRegime(r, name))
	}
	return f
}

// cloneFacts is a deep copy, so that a test can change one fact.
func cloneFacts(f hexad.Facts) hexad.Facts {
	g := f
	g.Regimes = nil
	g.Engineering.Assurances = slices.Clone(f.Engineering.Assurances)
	g.Engineering.Filtered = slices.Clone(f.Engineering.Filtered)
	for _, reg := range f.Regimes {
		c := reg
		c.Cooperates = slices.Clone(reg.Cooperates)
		c.Links = nil
		for _, l := range reg.Links {
			l.Rules = slices.Clone(l.Rules)
			c.Links = append(c.Links, l)
		}
		g.Regimes = append(g.Regimes, c)
	}
	return g
}

// raised returns the first element that after rates higher than before,
// or that before rates and after does not. An element before leaves
// unrated may become rated.
func raised(before, after hexad.Rating) (hexad.Element, bool) {
	for _, e := range hexad.Elements() {
		b, a := before.Score(e), after.Score(e)
		if !b.IsValid() {
			continue
		}
		if !a.IsValid() || a > b {
			return e, true
		}
	}
	return 0, false
}

// lowered returns the first element that after rates lower than before;
// it also reports an element whose rated-ness changed.
func lowered(before, after hexad.Rating) (hexad.Element, bool) {
	for _, e := range hexad.Elements() {
		b, a := before.Score(e), after.Score(e)
		if b.IsValid() != a.IsValid() || a < b {
			return e, true
		}
	}
	return 0, false
}

// mutationProperty runs change on propertyRuns random facts and checks
// each result with bad. change returns false when it does not apply to
// the facts; the test fails if it applies to fewer than a third.
func mutationProperty(t *testing.T, seed uint64, change func(*rand.Rand, *hexad.Facts) (string, bool), bad func(before, after hexad.Rating) (hexad.Element, bool)) {
	t.Helper()
	r := rand.New(rand.NewPCG(1000, seed))
	applied := 0
	for i := range propertyRuns {
		f := randomFacts(r)
		g := cloneFacts(f)
		what, ok := change(r, &g)
		if !ok {
			continue
		}
		applied++
		before, after := hexad.Rate(f), hexad.Rate(g)
		if e, ok := bad(before, after); ok {
			t.Fatalf("run %d: %s changed %v from %v to %v\nfacts: %+v\nbefore:\n%s\nafter:\n%s",
				i, what, e, before.Score(e), after.Score(e), f, before, after)
		}
	}
	if applied < propertyRuns/3 {
		t.Fatalf("the change applied to only %d of %d random facts", applied, propertyRuns)
	}
}

// linked returns the indexes of the regimes that have links.
func linked(f *hexad.Facts) []int {
	var is []int
	for i, g := range f.Regimes {
		if len(g.Links) > 0 {
			is = append(is, i)
		}
	}
	return is
}

// P1: adding a regime never raises any element.
func TestRatePropertyAddRegime(t *testing.T) {
	t.Parallel()
	mutationProperty(t, 1, func(r *rand.Rand, f *hexad.Facts) (string, bool) {
		g := randomRegime(r, "ZZ")
		if len(g.Links) == 0 {
			g.Links = []hexad.Link{randomLink(r)}
		}
		f.Regimes = slices.Insert(f.Regimes, r.IntN(len(f.Regimes)+1), g)
		return fmt.Sprintf("adding %+v", g), true
	}, raised)
}

// P2: making a regime foreign never raises any element.
func TestRatePropertyForeign(t *testing.T) {
	t.Parallel()
	mutationProperty(t, 2, func(r *rand.Rand, f *hexad.Facts) (string, bool) {
		var is []int
		for _, i := range linked(f) {
			if !f.Regimes[i].Foreign {
				is = append(is, i)
			}
		}
		if len(is) == 0 {
			return "", false
		}
		g := &f.Regimes[is[r.IntN(len(is))]]
		g.Foreign = true
		return "making " + g.Name + " foreign", true
	}, raised)
}

// P3: turning a link from plaintext to ciphertext never lowers any
// element.
func TestRatePropertyCiphertext(t *testing.T) {
	t.Parallel()
	mutationProperty(t, 3, func(r *rand.Rand, f *hexad.Facts) (string, bool) {
		type at struct{ g, l int }
		var ls []at
		for gi, g := range f.Regimes {
			for li, l := range g.Links {
				if l.Kind == hexad.DataLink {
					ls = append(ls, at{gi, li})
				}
			}
		}
		if len(ls) == 0 {
			return "", false
		}
		x := ls[r.IntN(len(ls))]
		l := &f.Regimes[x.g].Links[x.l]
		l.Kind = hexad.CiphertextLink
		return fmt.Sprintf("making %s's link %s %s ciphertext", f.Regimes[x.g].Name, l.Via, l.Path), true
	}, lowered)
}

// protection ranks researched answers from least to most protective,
// per question: for Judicial and Transparency yes protects, for
// Assistance, ContentControl and PublicTakedown no protects.
func protection(l hexad.Level, safeguard bool) int {
	order := []hexad.Level{hexad.Yes, hexad.Partly, hexad.No}
	if safeguard {
		order = []hexad.Level{hexad.No, hexad.Partly, hexad.Yes}
	}
	return slices.Index(order, l)
}

// P4: changing any answer to a more protective one never lowers any
// element.
func TestRatePropertyMoreProtective(t *testing.T) {
	t.Parallel()
	mutationProperty(t, 4, func(r *rand.Rand, f *hexad.Facts) (string, bool) {
		is := linked(f)
		if len(is) == 0 {
			return "", false
		}
		g := &f.Regimes[is[r.IntN(len(is))]]
		questions := []struct {
			name      string
			answer    *hexad.Level
			safeguard bool
		}{
			{"judicial", &g.Judicial, true},
			{"transparency", &g.Transparency, true},
			{"assistance", &g.Assistance, false},
			{"content control", &g.ContentControl, false},
			{"public takedown", &g.PublicTakedown, false},
		}
		q := questions[r.IntN(len(questions))]
		var better []hexad.Level
		for _, l := range researched {
			if protection(l, q.safeguard) > protection(*q.answer, q.safeguard) {
				better = append(better, l)
			}
		}
		if len(better) == 0 {
			return "", false
		}
		old := *q.answer
		*q.answer = better[r.IntN(len(better))]
		return fmt.Sprintf("changing %s's %s answer from %v to %v", g.Name, q.name, old, *q.answer), true
	}, lowered)
}

// P7 (from the package doc): moving a regime's reach into the consumer's
// own jurisdiction, with a profile that requires judicial authorisation,
// is transparent, and neither compels assistance nor controls content,
// never lowers any element.
func TestRatePropertyProtectiveHome(t *testing.T) {
	t.Parallel()
	mutationProperty(t, 7, func(r *rand.Rand, f *hexad.Facts) (string, bool) {
		is := linked(f)
		if len(is) == 0 {
			return "", false
		}
		g := &f.Regimes[is[r.IntN(len(is))]]
		g.Foreign, g.Judicial, g.Transparency, g.Assistance, g.ContentControl, g.PublicTakedown = false, hexad.Yes, hexad.Yes, hexad.No, hexad.No, hexad.No
		return "making " + g.Name + " a protective home regime", true
	}, lowered)
}

// shuffled returns a copy of f with its regimes, and if links is true
// each regime's links, in a random order.
func shuffled(r *rand.Rand, f hexad.Facts, links bool) hexad.Facts {
	g := cloneFacts(f)
	r.Shuffle(len(g.Regimes), func(i, j int) { g.Regimes[i], g.Regimes[j] = g.Regimes[j], g.Regimes[i] })
	if links {
		for _, reg := range g.Regimes {
			r.Shuffle(len(reg.Links), func(i, j int) { reg.Links[i], reg.Links[j] = reg.Links[j], reg.Links[i] })
		}
	}
	return g
}

// P5: Rate is deterministic: the same facts give equal ratings, and so do
// the same regimes in another order.
func TestRatePropertyDeterministic(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1000, 5))
	for i := range propertyRuns {
		f := randomFacts(r)
		want := hexad.Rate(f)
		if diff := cmp.Diff(want, hexad.Rate(f)); diff != "" {
			t.Fatalf("run %d: Rate gave two ratings for the same facts (-first +second):\n%s\nfacts: %+v", i, diff, f)
		}
		g := shuffled(r, f, false)
		if diff := cmp.Diff(want, hexad.Rate(g)); diff != "" {
			t.Fatalf("run %d: Rate depends on the regimes' order (-given order +shuffled):\n%s\nfacts: %+v\nshuffled: %+v", i, diff, f, g)
		}
	}
}

// P5 for links: reordering a regime's links changes neither the scores
// nor the defaults.
func TestRatePropertyLinkOrderScores(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1000, 55))
	for i := range propertyRuns {
		f := randomFacts(r)
		g := shuffled(r, f, true)
		want, got := hexad.Rate(f), hexad.Rate(g)
		if diff := cmp.Diff(want.Scores(), got.Scores()); diff != "" {
			t.Fatalf("run %d: scores depend on the links' order (-given order +shuffled):\n%s\nfacts: %+v\nshuffled: %+v", i, diff, f, g)
		}
		if diff := cmp.Diff(want.Defaults, got.Defaults); diff != "" {
			t.Fatalf("run %d: defaults depend on the links' order (-given order +shuffled):\n%s", i, diff)
		}
	}
}

// P5 in full: reordering a regime's links leaves the whole rating,
// reasons included, unchanged.
func TestRatePropertyLinkOrderRating(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1000, 56))
	for i := range propertyRuns {
		f := randomFacts(r)
		g := shuffled(r, f, true)
		if diff := cmp.Diff(hexad.Rate(f), hexad.Rate(g)); diff != "" {
			t.Fatalf("run %d: Rate depends on the links' order (-given order +shuffled):\n%s\nfacts: %+v\nshuffled: %+v", i, diff, f, g)
		}
	}
}

// TestRateLinkOrderExample is the smallest input that caught reasons
// depending on link order.
func TestRateLinkOrderExample(t *testing.T) {
	t.Parallel()
	f := table15()
	g := cloneFacts(f)
	slices.Reverse(g.Regimes[0].Links)
	if diff := cmp.Diff(hexad.Rate(f), hexad.Rate(g)); diff != "" {
		t.Errorf("Rate depends on the links' order (-location first +operator first):\n%s", diff)
	}
}

// P6: with a copy and researched answers every score is 1 to 5, except
// that Jurisdiction is unrated exactly when no link is a location; with
// no copy every element is unrated.
func TestRatePropertyScoreRange(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1000, 6))
	for i := range propertyRuns {
		f := randomFacts(r)
		got := hexad.Rate(f)
		located := false
		for _, g := range f.Regimes {
			for _, l := range g.Links {
				located = located || l.Location
			}
		}
		for _, e := range hexad.Elements() {
			s := got.Score(e)
			switch {
			case f.Copies <= 0:
				if s != unrated {
					t.Fatalf("run %d: Copies=%d but %v = %v", i, f.Copies, e, s)
				}
			case e == hexad.Jurisdiction && !located:
				if s != unrated {
					t.Fatalf("run %d: no location link but Jurisdiction = %v\nfacts: %+v", i, s, f)
				}
			case !s.IsValid():
				t.Fatalf("run %d: %v = %d, want 1 to 5\nfacts: %+v\n%s", i, e, s, f, got)
			}
		}
	}
}

var (
	deductionRE = regexp.MustCompile(`\(-(\d+)\)$`)
	capRE       = regexp.MustCompile(`\(at most (\d)\)$`)
	readersRE   = regexp.MustCompile(`^\d+ governments can read the data: .* \(\+[0-9.]+\)$`)
)

// TestRatePropertyReasons checks on random facts that every rated element
// explains itself: its score is 5 less its penalty rounded up, held to 1
// to 5 and to any cap its reasons state; the first deduction is the
// largest; every deduction names a regime that reaches the data, or is
// one of the additive reasons (copies, places, a filtered border, further
// readers); and an element nothing lowers says so.
func TestRatePropertyReasons(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1000, 8))
	for i := range propertyRuns {
		f := randomFacts(r)
		got := hexad.Rate(f)
		var names []string
		for _, g := range f.Regimes {
			if len(g.Links) > 0 {
				names = append(names, g.Name)
			}
		}
		fail := func(e hexad.Element, format string, args ...any) {
			t.Helper()
			t.Fatalf("run %d: %v: %s\nfacts: %+v\n%s", i, e, fmt.Sprintf(format, args...), f, got)
		}
		for _, er := range got.Elements {
			e, s, why := er.Element, er.Score, er.Reasons
			if f.Copies <= 0 {
				if !slices.Equal(why, []string{reasonNoCopy}) {
					fail(e, "reasons %q, want %q", why, reasonNoCopy)
				}
				continue
			}
			if !s.IsValid() {
				if !slices.Equal(why, []string{reasonNoTerritor}) {
					fail(e, "researched facts, but unrated for %q", why)
				}
				continue
			}
			if len(why) == 0 {
				fail(e, "score %v with no reason", s)
			}
			want := hexad.Score(min(5, max(1, 5-int(math.Ceil(er.Penalty)))))
			if m := capRE.FindStringSubmatch(why[len(why)-1]); m != nil {
				c, _ := strconv.Atoi(m[1])
				want = min(want, hexad.Score(c))
				why = why[:len(why)-1]
			}
			if s != want {
				fail(e, "score %v, but the penalty %v and the caps give %v", s, er.Penalty, want)
			}
			if len(why) == 0 || why[0] == reasonNothing {
				if er.Penalty != 0 {
					fail(e, "nothing lowers it, but the penalty is %v", er.Penalty)
				}
				continue
			}
			prev := 99
			for _, w := range why {
				switch {
				case readersRE.MatchString(w):
					continue
				case strings.HasPrefix(w, "a single stored copy"), strings.HasPrefix(w, "every copy is in one region"),
					strings.HasPrefix(w, "the consumer reaches every copy only across a filtered border"):
					if e != hexad.Availability {
						fail(e, "availability's reason %q on another element", w)
					}
					continue
				}
				m := deductionRE.FindStringSubmatch(w)
				if m == nil {
					fail(e, "reason %q does not end with its deduction", w)
				}
				d, _ := strconv.Atoi(m[1])
				if d > prev {
					fail(e, "reason %q deducts more (%d) than the one before (%d)", w, d, prev)
				}
				prev = d
				named := slices.ContainsFunc(names, func(n string) bool {
					return strings.HasPrefix(w, n+" (via ") || strings.HasPrefix(w, "data sits under "+n+" law: ")
				})
				if !named {
					fail(e, "reason %q names no regime that reaches the data", w)
				}
			}
		}
	}
}

// TestRatePropertyKeyOnly: a regime that reaches only the keys never
// lowers integrity or authenticity, whatever its answers (unknown ones
// included) and whoever it cooperates with.
func TestRatePropertyKeyOnly(t *testing.T) {
	t.Parallel()
	levels := []hexad.Level{hexad.Unknown, hexad.Yes, hexad.Partly, hexad.No}
	mutationProperty(t, 9, func(r *rand.Rand, f *hexad.Facts) (string, bool) {
		g := hexad.Regime{Name: "ZZ", Foreign: r.IntN(2) == 0,
			Judicial: levels[r.IntN(4)], Transparency: levels[r.IntN(4)], Assistance: levels[r.IntN(4)],
			ContentControl: levels[r.IntN(4)], PublicTakedown: levels[r.IntN(4)],
			Links: []hexad.Link{{Via: "key location", Path: "store/s0/keys/location/ZZ", Kind: hexad.KeyLink}}}
		for _, other := range f.Regimes {
			if r.IntN(2) == 0 {
				g.Cooperates = append(g.Cooperates, hexad.Cooperation{With: other.Name, Basis: "MLAT"})
			}
		}
		f.Regimes = append(f.Regimes, g)
		return fmt.Sprintf("adding the key-only regime %+v", g), true
	}, func(before, after hexad.Rating) (hexad.Element, bool) {
		for _, e := range []hexad.Element{hexad.Integrity, hexad.Authenticity} {
			if before.Score(e) != after.Score(e) {
				return e, true
			}
		}
		return 0, false
	})
}

// TestRatePropertyUnratedOnlyUnknown: with researched answers an element
// is unrated only for want of a copy, or (jurisdiction) of a copy in a
// known territory; each unknown answer a reading regime gives unrates the
// elements it bears on, and says which question.
func TestRatePropertyUnratedOnlyUnknown(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1000, 10))
	bears := map[string][]hexad.Element{
		"judicial authorisation": {hexad.Confidentiality, hexad.PossessionControl},
		"transparency":           {hexad.Confidentiality, hexad.PossessionControl},
		"compelled assistance":   {hexad.Confidentiality, hexad.PossessionControl},
		"content control":        {hexad.Integrity, hexad.Authenticity, hexad.Availability, hexad.Utility},
	}
	for i := range propertyRuns {
		f := randomFacts(r)
		f.Copies = 1 + r.IntN(3)
		f.Regimes = append(f.Regimes, regime("QQ", r.IntN(2) == 0, hexad.Yes, hexad.Yes, hexad.No, hexad.No, located("store/q")))
		q := slices.Sorted(maps.Keys(bears))[r.IntN(len(bears))]
		g := &f.Regimes[len(f.Regimes)-1]
		switch q {
		case "judicial authorisation":
			g.Judicial = hexad.Unknown
		case "transparency":
			g.Transparency = hexad.Unknown
		case "compelled assistance":
			g.Assistance = hexad.Unknown
		case "content control":
			g.ContentControl = hexad.Unknown
		}
		got := hexad.Rate(f)
		for _, e := range bears[q] {
			er := got.Elements[e-1]
			if er.Score.IsValid() || !slices.ContainsFunc(er.Reasons, func(w string) bool { return strings.Contains(w, "no researched answer on") && strings.Contains(w, q) }) {
				t.Fatalf("run %d: QQ without a %s answer, but %v = %v: %q", i, q, e, er.Score, er.Reasons)
			}
		}
	}
}

// BenchmarkRate measures rating the facts of the thesis's Table 20: two
// regimes, one foreign.
func BenchmarkRate(b *testing.B) {
	f := table20()
	b.ReportAllocs()
	for b.Loop() {
		hexad.Rate(f)
	}
}
