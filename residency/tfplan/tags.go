package tfplan

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/dataresidency/dataresidency/internal/clip"
	"github.com/dataresidency/dataresidency/internal/textcheck"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// The tags (AWS, Azure, Alibaba) and labels (Google) the reader takes a
// store's data from. See the package documentation.
const (
	TagDataset  = "dataresidency_dataset"
	TagClasses  = "dataresidency_classes"
	TagSubjects = "dataresidency_subjects"
)

// maxTagLen bounds the tag values parsed.
const maxTagLen = 4096

type tagInfo struct {
	tagged  bool
	dataset string
}

// dsAcc accumulates one dataset from the default and the tags naming it.
type dsAcc struct {
	d    residency.Dataset
	from map[jurisdiction.Code]string // who set each subject count
}

// tagPaths are where a resource's tags and labels are, in the order they
// override one another: resource tags override provider defaults.
var tagPaths = [][]any{{"tags_all"}, {"effective_labels"}, {"terraform_labels"}, {"tags"}, {"labels"}, {"settings", 0, "user_labels"}}

// tagMap returns the tags and labels of in (see allTags) that the reader
// takes data from.
func tagMap(in *instance, keys TagKeys) map[string]string {
	out := allTags(in)
	for k := range out {
		if k != keys.dataset() && k != keys.classes() && k != keys.subjects() {
			delete(out, k)
		}
	}
	return out
}

// tagKeys returns the tag keys the reader takes data from.
func (r *reader) tagKeys() TagKeys {
	if r.s.facts != nil {
		return r.s.facts.Tags
	}
	return TagKeys{}
}

func splitList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == ';' || r == '_' || unicode.IsSpace(r)
	})
}

// tagInfo parses in's dataresidency_* tags once, merging the dataset they
// describe into the reader's datasets.
func (r *reader) tagInfo(in *instance) *tagInfo {
	if ti := r.tags[in]; ti != nil {
		return ti
	}
	ti := &tagInfo{}
	r.tags[in] = ti
	keys := r.tagKeys()
	tags := tagMap(in, keys)
	id, hasID := tags[keys.dataset()]
	classes, hasClasses := tags[keys.classes()]
	subjects, hasSubjects := tags[keys.subjects()]
	if !hasID && !hasClasses && !hasSubjects {
		return ti
	}
	ti.tagged = true
	id = strings.TrimSpace(id)
	if id == "" {
		if hasID {
			r.addErr(in, fmt.Errorf("%w: %s is empty; the dataset is named after the resource", ErrTag, keys.dataset()))
		}
		id = in.addr
	} else if c, bad := textcheck.BadRune(id); bad {
		r.addErr(in, fmt.Errorf("%w: %s %s holds %U; the dataset is named after the resource", ErrTag, keys.dataset(), clip.Quote(id), c))
		id = in.addr
	}
	id = r.fitID(in, id, "dataset")
	ti.dataset = id
	acc := r.dataset(id)
	for _, v := range []*string{&classes, &subjects} {
		if len(*v) > maxTagLen {
			r.addErr(in, fmt.Errorf("%w: a value longer than %d bytes is ignored", ErrTag, maxTagLen))
			*v = ""
		}
	}
	for _, item := range splitList(classes) {
		cs, listed := keys.classValue(item)
		if !listed {
			var c jurisdiction.DataClass
			if err := c.UnmarshalText([]byte(strings.ToLower(item))); err != nil {
				r.addErr(in, fmt.Errorf("%w: %s: %w", ErrTag, keys.classes(), err))
				continue
			}
			cs = []jurisdiction.DataClass{c}
		}
		for _, c := range cs {
			if !slices.Contains(acc.d.Classes, c) {
				acc.d.Classes = append(acc.d.Classes, c)
			}
		}
	}
	seen := map[jurisdiction.Code]bool{}
	for _, item := range splitList(subjects) {
		code, count := item, ""
		if i := strings.IndexAny(item, "=:"); i >= 0 {
			code, count = item[:i], item[i+1:]
		} else if i := strings.LastIndexByte(item, '-'); i >= 0 && allDigits(item[i+1:]) {
			code, count = item[:i], item[i+1:]
		}
		c, err := jurisdiction.ParseCode(code)
		if err != nil {
			r.addErr(in, fmt.Errorf("%w: %s: %w", ErrTag, keys.subjects(), err))
			continue
		}
		if !r.cat.Known(c) {
			r.addErr(in, fmt.Errorf("%w: %s: the catalog has no jurisdiction %s", ErrTag, keys.subjects(), c))
			continue
		}
		var n int64
		if count != "" {
			n, err = strconv.ParseInt(count, 10, 64)
			if err != nil || n < 0 {
				r.addErr(in, fmt.Errorf("%w: %s: count %q for %s is not a whole number of subjects", ErrTag, keys.subjects(), count, c))
				continue
			}
		}
		if seen[c] {
			r.addErr(in, fmt.Errorf("%w: %s: %s is given twice", ErrTag, keys.subjects(), c))
			continue
		}
		seen[c] = true
		r.mergeSubject(in, acc, c, n)
	}
	return ti
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// dataset returns the accumulator for dataset id, starting from the
// default dataset when it has that ID.
func (r *reader) dataset(id string) *dsAcc {
	if r.datasets == nil {
		r.datasets = map[string]*dsAcc{}
	}
	if acc := r.datasets[id]; acc != nil {
		return acc
	}
	acc := &dsAcc{d: residency.Dataset{ID: id}, from: map[jurisdiction.Code]string{}}
	if d := r.s.dataset; d != nil && d.ID == id {
		acc.d = *d
		acc.d.Classes = slices.Clone(d.Classes)
		acc.d.Subjects = slices.Clone(d.Subjects)
		for _, s := range acc.d.Subjects {
			acc.from[s.Jurisdiction] = "the default dataset"
		}
	}
	r.datasets[id] = acc
	return acc
}

func (r *reader) mergeSubject(in *instance, acc *dsAcc, c jurisdiction.Code, n int64) {
	for i := range acc.d.Subjects {
		s := &acc.d.Subjects[i]
		if s.Jurisdiction != c {
			continue
		}
		if s.Count != n && n != 0 && s.Count != 0 {
			r.addErr(in, fmt.Errorf("%w: %s: dataset %q has %d subjects in %s here and %d in %s; %d is kept",
				ErrTag, TagSubjects, acc.d.ID, n, c, s.Count, acc.from[c], max(n, s.Count)))
		}
		if n > s.Count {
			s.Count = n
			acc.from[c] = in.addr
		}
		return
	}
	acc.d.Subjects = append(acc.d.Subjects, residency.Subjects{Jurisdiction: c, Count: n})
	acc.from[c] = in.addr
}

// datasetInfo returns the datasets accumulated, by ID, with classes and
// subjects in a stable order.
func (r *reader) datasetInfo() map[string]residency.Dataset {
	out := map[string]residency.Dataset{}
	for id, acc := range r.datasets {
		d := acc.d
		slices.Sort(d.Classes)
		slices.SortStableFunc(d.Subjects, func(a, b residency.Subjects) int { return a.Jurisdiction.Compare(b.Jurisdiction) })
		out[id] = d
	}
	return out
}

// assignDatasets decides the datasets of every store: its tags' and the
// facts' holdings, or, for a store with neither, its replication sources'
// or else the default. It also returns the mechanisms holdings give
// stores.
func (r *reader) assignDatasets(ps *problems) (map[*store][]string, map[*store][]string) {
	ds := map[*store][]string{}
	tagged := map[*store]bool{}
	incoming := map[*store][]*store{}
	outgoing := map[*store][]*store{}
	byID := make(map[string]*store, len(r.storeList))
	for _, s := range r.storeList {
		byID[s.id] = s
	}
	ids := make([]string, 0, len(r.flows))
	for id := range r.flows {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		f := r.flows[id]
		from, to := byID[f.From], byID[f.To]
		if from != nil && to != nil {
			incoming[to] = append(incoming[to], from)
			outgoing[from] = append(outgoing[from], to)
		}
	}
	def := ""
	if r.s.dataset != nil && r.s.dataset.ID != "" {
		def = r.s.dataset.ID
		r.dataset(def)
	}
	for _, s := range r.storeList {
		if s.from != nil {
			if ti := r.tagInfo(s.from); ti.tagged {
				ds[s], tagged[s] = []string{ti.dataset}, true
				continue
			}
		}
		if len(incoming[s]) == 0 && def != "" {
			ds[s] = []string{def}
		}
	}
	hold, mechs := r.factsHoldings(ps)
	for _, s := range r.storeList {
		ids, ok := hold[s]
		if !ok {
			continue
		}
		var u []string
		if tagged[s] {
			u = slices.Clone(ds[s])
		}
		u = append(u, ids...)
		slices.Sort(u)
		ds[s], tagged[s] = slices.Compact(u), true
	}
	// propagate gives every untagged store that receives replication the
	// datasets of its sources, following flows until nothing changes; sets
	// only grow, so it ends.
	propagate := func() {
		queue := slices.Clone(r.storeList)
		for len(queue) > 0 {
			src := queue[0]
			queue = queue[1:]
			for _, to := range outgoing[src] {
				if tagged[to] {
					continue
				}
				u := append(slices.Clone(ds[to]), ds[src]...)
				slices.Sort(u)
				u = slices.Compact(u)
				if !slices.Equal(u, ds[to]) {
					ds[to] = u
					queue = append(queue, to)
				}
			}
		}
	}
	propagate()
	if def != "" {
		for _, s := range r.storeList {
			if !tagged[s] && len(ds[s]) == 0 {
				ds[s] = []string{def}
			}
		}
		propagate()
	}
	return ds, mechs
}
