package residency

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dataresidency/dataresidency/hexad"
)

// CompactFormat names the format [Report.WriteJSON] writes, in its
// "format" member.
const CompactFormat = "dataresidency-report-compact/1"

// A JSONMember is a member [Report.WriteJSON] adds to the report's object
// after its own: Value is written as encoding/json marshals it.
type JSONMember struct {
	Name  string
	Value any
}

// WriteJSON writes r to w as one compact JSON object, for estates whose
// full report (json.Marshal of the Report) would repeat the same rule,
// reason and relief texts many thousands of times. Nothing is left out;
// what is shared is stated once and referred to:
//
//   - "rules" maps each rule ID the findings name to the rule's
//     jurisdiction, kind, citation, title and verification;
//   - findings are grouped by what they share: violations by rule (each
//     with its path, store and reason), conflicts by jurisdictions,
//     rules, link and readability (each with its store, party, path and
//     datasets; the relief once per group), exposures by government,
//     link, rules, presumption, readability and severity (their paths),
//     obligations by rule (dataset and stores). A finding's ID is its
//     kind's letter, the rule ID ("V", "O") or the jurisdictions ("C":
//     compelling/blocking, "E": the government), "@" and its path, as in
//     the full report; a waived finding carries its waiver;
//   - each dataset's rating gives the seven scores and penalties, and its
//     reasons as pairs of indexes [regime, text] into the "regimes" and
//     "texts" lists (regime -1: a reason about the data itself), from
//     [DatasetRating.Because]; a rating without Because (made by hand)
//     gives each reason whole as a text;
//   - "stores" lists each store's placement with the datasets it held on
//     the date (the datasets of every exposure of the store, which the
//     exposures therefore do not repeat); "flows" is as in the report.
//
// The topology's rating, the unresearched jurisdictions and the
// undeclared stores are written as in the full report. Members in extra
// follow; a name the report uses itself, or one given twice, is an error
// and nothing is written. The same report gives the same bytes.
func (r *Report) WriteJSON(w io.Writer, extra ...JSONMember) error {
	seen := map[string]bool{}
	for _, m := range extra {
		if slices.Contains(compactMembers, m.Name) || seen[m.Name] {
			return fmt.Errorf("residency: WriteJSON: member %q is the report's own or given twice", m.Name)
		}
		seen[m.Name] = true
	}
	bw := bufio.NewWriterSize(w, 256<<10)
	e := &compactWriter{w: bw, rules: map[string]RuleRef{}}
	e.write(r, extra)
	if e.err == nil {
		e.err = bw.Flush()
	}
	return e.err
}

// compactMembers are the names of the compact report's own members.
var compactMembers = []string{"format", "topology", "as_of", "consumer", "catalog", "parts", "counts", "violations", "conflicts",
	"exposures", "obligations", "rules", "rating", "datasets", "regimes", "texts", "stores", "flows", "unresearched", "undeclared"}

type compactWriter struct {
	w   *bufio.Writer
	b   []byte
	err error
	// rules are the rules the findings name.
	rules map[string]RuleRef
}

// flush writes what is buffered in b once it is large.
func (e *compactWriter) flush(force bool) {
	if e.err != nil {
		e.b = e.b[:0]
		return
	}
	if force || len(e.b) >= 64<<10 {
		_, e.err = e.w.Write(e.b)
		e.b = e.b[:0]
	}
}

func (e *compactWriter) raw(s string) { e.b = append(e.b, s...) }

func (e *compactWriter) str(s string) { e.b = appendJSONString(e.b, s) }

// key writes a member name and its colon, after a comma unless first.
func (e *compactWriter) key(name string, first bool) {
	if !first {
		e.b = append(e.b, ',')
	}
	e.b = appendJSONString(e.b, name)
	e.b = append(e.b, ':')
}

func (e *compactWriter) int(n int) { e.b = strconv.AppendInt(e.b, int64(n), 10) }

func (e *compactWriter) bool(v bool) { e.b = strconv.AppendBool(e.b, v) }

// value writes v as encoding/json marshals it.
func (e *compactWriter) value(v any) {
	data, err := json.Marshal(v)
	if err != nil && e.err == nil {
		e.err = err
	}
	e.b = append(e.b, data...)
}

func (e *compactWriter) strs(ss []string) {
	e.b = append(e.b, '[')
	for i, s := range ss {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		e.str(s)
	}
	e.b = append(e.b, ']')
}

func (e *compactWriter) ruleIDs(rs []RuleRef) {
	e.b = append(e.b, '[')
	for i, ref := range rs {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		e.rules[ref.ID] = ref
		e.str(ref.ID)
	}
	e.b = append(e.b, ']')
}

func (e *compactWriter) waiver(w *Waiver) {
	if w != nil {
		e.key("waiver", false)
		e.value(w)
	}
}

func (e *compactWriter) write(r *Report, extra []JSONMember) {
	e.raw("{")
	e.key("format", true)
	e.str(CompactFormat)
	if r.Topology != "" {
		e.key("topology", false)
		e.str(r.Topology)
	}
	e.key("as_of", false)
	e.str(r.AsOf.String())
	if r.Consumer.IsValid() {
		e.key("consumer", false)
		e.str(r.Consumer.String())
	}
	e.key("catalog", false)
	e.str(r.Catalog)
	e.key("parts", false)
	e.str(r.Parts.String())
	e.key("counts", false)
	e.raw(`{"violations":`)
	e.int(len(r.Violations))
	e.raw(`,"conflicts":`)
	e.int(len(r.Conflicts))
	e.raw(`,"exposures":`)
	e.int(len(r.Exposures))
	e.raw(`,"obligations":`)
	e.int(len(r.Obligations))
	e.raw(`,"datasets":`)
	e.int(len(r.Datasets))
	e.raw(`,"stores":`)
	e.int(len(r.Stores))
	e.raw(`,"flows":`)
	e.int(len(r.Flows))
	e.raw("}")
	e.violations(r.Violations)
	e.conflicts(r.Conflicts)
	storeData := e.exposures(r.Exposures)
	e.obligations(r.Obligations)
	e.flush(false)
	// The rules the findings named, by ID.
	ids := make([]string, 0, len(e.rules))
	for id := range e.rules {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	e.key("rules", false)
	e.raw("{")
	for i, id := range ids {
		ref := e.rules[id]
		e.key(id, i == 0)
		e.raw(`{"jurisdiction":`)
		e.str(ref.Jurisdiction.String())
		e.raw(`,"kind":`)
		e.str(ref.Kind.String())
		e.raw(`,"citation":`)
		e.str(ref.Citation)
		e.raw(`,"title":`)
		e.str(ref.Title)
		e.raw(`,"verified":`)
		e.bool(ref.Verified)
		e.raw("}")
	}
	e.raw("}")
	e.key("rating", false)
	e.value(r.Rating)
	e.ratings(r.Datasets)
	e.stores(r.Stores, storeData)
	e.key("flows", false)
	e.raw("[")
	for i := range r.Flows {
		if i > 0 {
			e.raw(",")
		}
		e.value(&r.Flows[i])
		e.flush(false)
	}
	e.raw("]")
	if len(r.Unresearched) > 0 {
		e.key("unresearched", false)
		e.value(r.Unresearched)
	}
	if len(r.Undeclared) > 0 {
		e.key("undeclared", false)
		e.strs(r.Undeclared)
	}
	for _, m := range extra {
		e.key(m.Name, false)
		e.value(m.Value)
	}
	e.raw("}\n")
	e.flush(true)
}

// groups returns the indexes of n findings grouped by key, groups in the
// order of their first finding.
func groups(n int, key func(i int) string) [][]int {
	var out [][]int
	at := map[string]int{}
	for i := range n {
		k := key(i)
		g, ok := at[k]
		if !ok {
			g = len(out)
			at[k] = g
			out = append(out, nil)
		}
		out[g] = append(out[g], i)
	}
	return out
}

func (e *compactWriter) violations(vs []Violation) {
	e.key("violations", false)
	e.raw("[")
	for gi, g := range groups(len(vs), func(i int) string { return vs[i].Rule.ID }) {
		if gi > 0 {
			e.raw(",")
		}
		v0 := &vs[g[0]]
		e.rules[v0.Rule.ID] = v0.Rule
		e.raw(`{"rule":`)
		e.str(v0.Rule.ID)
		e.raw(`,"severity":`)
		e.str(v0.Severity.String())
		e.raw(`,"count":`)
		e.int(len(g))
		e.raw(`,"findings":[`)
		for k, i := range g {
			v := &vs[i]
			if k > 0 {
				e.raw(",")
			}
			e.raw(`{"path":`)
			e.str(v.Path.String())
			if v.Store != "" {
				e.raw(`,"store":`)
				e.str(v.Store)
			}
			e.raw(`,"reason":`)
			e.str(v.Reason)
			e.waiver(v.Waiver)
			e.raw("}")
			e.flush(false)
		}
		e.raw("]}")
	}
	e.raw("]")
}

// refKey joins the IDs of rs.
func refKey(b *strings.Builder, rs []RuleRef) {
	for _, r := range rs {
		b.WriteString(r.ID)
		b.WriteByte(',')
	}
	b.WriteByte('|')
}

func (e *compactWriter) conflicts(cs []Conflict) {
	e.key("conflicts", false)
	e.raw("[")
	var kb strings.Builder
	for gi, g := range groups(len(cs), func(i int) string {
		c := &cs[i]
		kb.Reset()
		kb.WriteString(c.CompellingJurisdiction.String() + "|" + c.BlockingJurisdiction.String() + "|" + c.Link.String() + "|" + strconv.FormatBool(c.Readable) + "|" + c.Severity.String() + "|")
		refKey(&kb, c.Compelling)
		refKey(&kb, c.Blocking)
		for _, s := range c.Relief {
			kb.WriteString(s)
			kb.WriteByte(0)
		}
		return kb.String()
	}) {
		if gi > 0 {
			e.raw(",")
		}
		c0 := &cs[g[0]]
		e.raw(`{"compelling_jurisdiction":`)
		e.str(c0.CompellingJurisdiction.String())
		e.raw(`,"blocking_jurisdiction":`)
		e.str(c0.BlockingJurisdiction.String())
		e.raw(`,"compelling":`)
		e.ruleIDs(c0.Compelling)
		e.raw(`,"blocking":`)
		e.ruleIDs(c0.Blocking)
		e.raw(`,"link":`)
		e.str(c0.Link.String())
		e.raw(`,"readable":`)
		e.bool(c0.Readable)
		e.raw(`,"severity":`)
		e.str(c0.Severity.String())
		if len(c0.Relief) > 0 {
			e.raw(`,"relief":`)
			e.strs(c0.Relief)
		}
		e.raw(`,"count":`)
		e.int(len(g))
		e.raw(`,"findings":[`)
		for k, i := range g {
			c := &cs[i]
			if k > 0 {
				e.raw(",")
			}
			e.raw(`{"path":`)
			e.str(c.Path.String())
			e.raw(`,"store":`)
			e.str(c.Store)
			if c.Party != "" {
				e.raw(`,"party":`)
				e.str(c.Party)
			}
			e.raw(`,"datasets":`)
			e.strs(c.Datasets)
			e.waiver(c.Waiver)
			e.raw("}")
			e.flush(false)
		}
		e.raw("]}")
	}
	e.raw("]")
}

// exposures writes the exposures grouped, and returns the datasets of
// each store as its exposures give them: the stores list states them.
func (e *compactWriter) exposures(xs []Exposure) map[string][]string {
	storeData := map[string][]string{}
	for i := range xs {
		if _, ok := storeData[xs[i].Store]; !ok {
			storeData[xs[i].Store] = xs[i].Datasets
		}
	}
	e.key("exposures", false)
	e.raw("[")
	var kb strings.Builder
	for gi, g := range groups(len(xs), func(i int) string {
		x := &xs[i]
		kb.Reset()
		kb.WriteString(x.Government.String() + "|" + x.Via.String() + "|" + strconv.FormatBool(x.Presumed) + "|" + strconv.FormatBool(x.Readable) + "|" + x.Severity.String() + "|")
		refKey(&kb, x.Rules)
		return kb.String()
	}) {
		if gi > 0 {
			e.raw(",")
		}
		x0 := &xs[g[0]]
		e.raw(`{"government":`)
		e.str(x0.Government.String())
		e.raw(`,"via":`)
		e.str(x0.Via.String())
		e.raw(`,"rules":`)
		e.ruleIDs(x0.Rules)
		if x0.Presumed {
			e.raw(`,"presumed":true`)
		}
		e.raw(`,"readable":`)
		e.bool(x0.Readable)
		e.raw(`,"severity":`)
		e.str(x0.Severity.String())
		e.raw(`,"count":`)
		e.int(len(g))
		e.raw(`,"paths":[`)
		n := 0
		for _, i := range g {
			x := &xs[i]
			if x.Waiver != nil || !slices.Equal(x.Datasets, storeData[x.Store]) {
				continue
			}
			if n > 0 {
				e.raw(",")
			}
			n++
			e.str(x.Path.String())
			e.flush(false)
		}
		e.raw("]")
		// The exposures that a path alone does not say all of: waived,
		// or of datasets other than the store's.
		n = 0
		for _, i := range g {
			x := &xs[i]
			if x.Waiver == nil && slices.Equal(x.Datasets, storeData[x.Store]) {
				continue
			}
			if n == 0 {
				e.raw(`,"findings":[`)
			} else {
				e.raw(",")
			}
			n++
			e.raw(`{"path":`)
			e.str(x.Path.String())
			e.raw(`,"datasets":`)
			e.strs(x.Datasets)
			e.waiver(x.Waiver)
			e.raw("}")
		}
		if n > 0 {
			e.raw("]")
		}
		e.raw("}")
	}
	e.raw("]")
	return storeData
}

func (e *compactWriter) obligations(os []Obligation) {
	e.key("obligations", false)
	e.raw("[")
	for gi, g := range groups(len(os), func(i int) string { return os[i].Rule.ID }) {
		if gi > 0 {
			e.raw(",")
		}
		o0 := &os[g[0]]
		e.rules[o0.Rule.ID] = o0.Rule
		e.raw(`{"rule":`)
		e.str(o0.Rule.ID)
		e.raw(`,"severity":`)
		e.str(o0.Severity.String())
		e.raw(`,"reason":`)
		e.str(o0.Rule.Citation + " applies to each dataset as held in its stores")
		e.raw(`,"count":`)
		e.int(len(g))
		e.raw(`,"findings":[`)
		for k, i := range g {
			o := &os[i]
			if k > 0 {
				e.raw(",")
			}
			e.raw(`{"dataset":`)
			e.str(o.Dataset)
			e.raw(`,"stores":`)
			e.strs(o.Stores)
			e.waiver(o.Waiver)
			e.raw("}")
			e.flush(false)
		}
		e.raw("]}")
	}
	e.raw("]")
}

// ratings writes the datasets' ratings with their reasons as indexes, then
// the regimes and texts they index.
func (e *compactWriter) ratings(ds []DatasetRating) {
	regimes, texts := map[string]int{}, map[string]int{}
	var regimeList, textList []string
	intern := func(m map[string]int, list *[]string, s string) int {
		i, ok := m[s]
		if !ok {
			i = len(*list)
			m[s] = i
			*list = append(*list, s)
		}
		return i
	}
	// pair writes the k-th reason of an element as [regime, text].
	pair := func(k int, w hexad.Reason) {
		if k > 0 {
			e.raw(",")
		}
		e.raw("[")
		if w.Regime == "" {
			e.raw("-1")
		} else {
			e.int(intern(regimes, &regimeList, w.Regime))
		}
		e.raw(",")
		e.int(intern(texts, &textList, w.Text))
		e.raw("]")
	}
	e.key("datasets", false)
	e.raw("[")
	for di := range ds {
		d := &ds[di]
		if di > 0 {
			e.raw(",")
		}
		e.raw(`{"dataset":`)
		e.str(d.Dataset)
		e.raw(`,"scores":[`)
		for i := range d.Rating.Elements {
			if i > 0 {
				e.raw(",")
			}
			e.int(int(d.Rating.Elements[i].Score))
		}
		e.raw(`],"penalties":[`)
		for i := range d.Rating.Elements {
			if i > 0 {
				e.raw(",")
			}
			e.b = strconv.AppendFloat(e.b, d.Rating.Elements[i].Penalty, 'g', -1, 64)
		}
		e.raw(`],"reasons":[`)
		var unresearched []string
		for i := range d.Rating.Elements {
			el := &d.Rating.Elements[i]
			if el.Unresearched {
				unresearched = append(unresearched, el.Element.String())
			}
			if i > 0 {
				e.raw(",")
			}
			e.raw("[")
			why := d.Because[i]
			if len(el.Reasons) == 0 {
				// Assessed with ReasonsInParts: the parts are all there is.
				for k, w := range why {
					pair(k, w)
				}
				e.raw("]")
				continue
			}
			whole := len(why) != len(el.Reasons)
			for k, s := range el.Reasons {
				if whole || !says(why[k], s) {
					pair(k, hexad.Reason{Text: s})
				} else {
					pair(k, why[k])
				}
			}
			e.raw("]")
		}
		e.raw("]")
		if len(unresearched) > 0 {
			e.raw(`,"unresearched":`)
			e.strs(unresearched)
		}
		if len(d.Rating.Defaults) > 0 {
			e.raw(`,"defaults":`)
			e.strs(d.Rating.Defaults)
		}
		if len(d.Rating.Caveats) > 0 {
			e.raw(`,"caveats":`)
			e.strs(d.Rating.Caveats)
		}
		if d.Rating.Subject != "dataset "+d.Dataset {
			e.raw(`,"subject":`)
			e.str(d.Rating.Subject)
		}
		if d.Rating.Consumer != "" {
			e.raw(`,"consumer":`)
			e.str(d.Rating.Consumer)
		}
		e.raw("}")
		e.flush(false)
	}
	e.raw("]")
	e.key("regimes", false)
	e.strs(regimeList)
	e.flush(false)
	e.key("texts", false)
	e.strs(textList)
	e.flush(false)
}

// says reports whether reason r is the sentence s, without making it.
func says(r hexad.Reason, s string) bool {
	if r.Regime == "" {
		return r.Text == s
	}
	return len(s) == len(r.Regime)+1+len(r.Text) && s[len(r.Regime)] == ' ' &&
		strings.HasPrefix(s, r.Regime) && strings.HasSuffix(s, r.Text)
}

// compactStore is a store's placement with the datasets it held.
type compactStore struct {
	*StoreState
	Datasets []string `json:"datasets,omitempty"`
}

func (e *compactWriter) stores(ss []StoreState, data map[string][]string) {
	e.key("stores", false)
	e.raw("[")
	for i := range ss {
		if i > 0 {
			e.raw(",")
		}
		e.value(compactStore{&ss[i], data[ss[i].ID]})
		e.flush(false)
	}
	e.raw("]")
}

// appendJSONString appends s to b as a JSON string: quotes, backslashes
// and control characters escaped, invalid UTF-8 as U+FFFD, as
// encoding/json writes them (less its HTML escaping).
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
