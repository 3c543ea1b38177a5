package residency

import (
	"fmt"

	"github.com/dataresidency/dataresidency/internal/enumtext"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// A Link is how a finding's path reaches data beyond a store or flow: the
// place a store is in, a party that runs or holds it (and the entities
// controlling that party), where its keys are kept, who administers it
// from where. Exposures and conflicts name their Link; violations and
// obligations carry one in their [Path] where it applies.
//
// The zero Link is none: a path that ends at its dataset, store or flow.
type Link uint8

// The links. Each "parent" link is the same link reaching an entity that
// controls the party rather than the party itself.
const (
	LinkNone Link = iota
	// LinkLocation: the store's location (territorial reach).
	LinkLocation
	// LinkOperator: the store's operator on the as-of date.
	LinkOperator
	LinkOperatorParent
	// LinkCustodian: a custodian of the store's infrastructure.
	LinkCustodian
	LinkCustodianParent
	// LinkKeyHolder: the holder of the store's keys.
	LinkKeyHolder
	LinkKeyHolderParent
	// LinkKeyLocation: where the keys are kept (territorial reach).
	LinkKeyLocation
	// LinkAdminAccess: the entity administering the store remotely.
	LinkAdminAccess
	LinkAdminAccessParent
	// LinkAdminLocation: where remote administration is done from.
	LinkAdminLocation
	// LinkCollection: data collected straight into a store with no flow
	// declared for it (transfer violations only).
	LinkCollection
	linkEnd
)

var linkText = enumtext.Text[Link]{Pkg: "residency", Type: "Link", Noun: "link", Names: []string{
	LinkNone: "", LinkLocation: "location",
	LinkOperator: "operator", LinkOperatorParent: "operator parent",
	LinkCustodian: "custodian", LinkCustodianParent: "custodian parent",
	LinkKeyHolder: "key holder", LinkKeyHolderParent: "key holder parent",
	LinkKeyLocation: "key location",
	LinkAdminAccess: "admin access", LinkAdminAccessParent: "admin access parent",
	LinkAdminLocation: "admin location",
	LinkCollection:    "collection",
}}

// IsValid reports whether l is one of the declared links (LinkNone
// included).
func (l Link) IsValid() bool { return l < linkEnd }

// String returns the link's name as reports write it: "location",
// "operator parent", "key holder", "admin location"…; "" for LinkNone.
func (l Link) String() string { return linkText.Format(l) }

// MarshalText implements encoding.TextMarshaler.
func (l Link) MarshalText() ([]byte, error) { return linkText.Marshal(l) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (l *Link) UnmarshalText(b []byte) error { return linkText.Unmarshal(b, l) }

// IsPlace reports whether l reaches data through a place (the store's
// location, where its keys are kept, where it is administered from)
// rather than through a party.
func (l Link) IsPlace() bool {
	return l == LinkLocation || l == LinkKeyLocation || l == LinkAdminLocation
}

// IsKey reports whether l reaches the keys rather than the data: the key
// holder (or its controllers) or the keys' location.
func (l Link) IsKey() bool {
	return l == LinkKeyHolder || l == LinkKeyHolderParent || l == LinkKeyLocation
}

// IsParent reports whether l reaches an entity controlling the party
// rather than the party itself.
func (l Link) IsParent() bool {
	return l == LinkOperatorParent || l == LinkCustodianParent || l == LinkKeyHolderParent || l == LinkAdminAccessParent
}

// Party returns the link to the party itself for a parent link, and l
// otherwise.
func (l Link) Party() Link {
	if l.IsParent() {
		return l - 1
	}
	return l
}

// parent returns the parent form of a party link.
func (l Link) parent() Link {
	switch l {
	case LinkOperator, LinkCustodian, LinkKeyHolder, LinkAdminAccess:
		return l + 1
	}
	return l
}

// A Path locates a finding in a topology: the dataset, store and flow it
// concerns and, past them, the [Link] through which it reaches a party
// (Chain: the party first, then each entity controlling the one before)
// or a place. Its text (String) is what finding IDs and waivers use, such
// as "dataset/orders/store/bj/operator/op/parent/us-parent"; its fields
// say the same without parsing. In the text, "~" and "/" inside an ID are
// written "~0" and "~1" (as in a JSON pointer), so that every path has one
// text and every text one path ([ParsePath]).
//
// A path ends at its store, flow or dataset when its Link is LinkNone; an
// exposure through a store's location has such a path (its Via says
// LinkLocation).
type Path struct {
	Dataset string
	Store   string
	Flow    string
	// Chain is the party reached and its controllers, for party links.
	Chain []string
	// Place is the jurisdiction reached, for LinkKeyLocation and
	// LinkAdminLocation.
	Place jurisdiction.Code
	Link  Link
}

// String returns the path's text: "dataset/<id>", then "store/<id>", then
// "flow/<id>" for those that are set, then the link's segments:
// "operator/<chain>", "custodian/<chain>", "keys/<chain>",
// "keys/location/<code>", "accessor/<chain>", "location/<code>" or
// "collection", where a chain is its IDs joined by "/parent/".
func (p Path) String() string {
	var b strings.Builder
	b.Grow(p.textLen())
	p.writeTo(&b)
	return b.String()
}

// textLen returns the length of the path's text.
func (p Path) textLen() int {
	idLen := func(id string) int { return len(id) + strings.Count(id, "~") + strings.Count(id, "/") }
	n := 0
	for _, s := range [...]struct{ name, id string }{{"dataset/", p.Dataset}, {"store/", p.Store}, {"flow/", p.Flow}} {
		if s.id != "" {
			n += len(s.name) + idLen(s.id) + 1
		}
	}
	if seg := p.linkSegment(); seg != "" {
		n += len(seg) + 1
	}
	switch p.Link.Party() {
	case LinkKeyLocation, LinkAdminLocation:
		n += 1 + len(p.Place.String())
	case LinkOperator, LinkCustodian, LinkKeyHolder, LinkAdminAccess:
		for i, id := range p.Chain {
			n += idLen(id) + 1
			if i > 0 {
				n += len("parent/")
			}
		}
	}
	return max(n-1, 0)
}

// linkSegment is the segment that introduces the link's party or place.
func (p Path) linkSegment() string {
	switch p.Link.Party() {
	case LinkOperator:
		return "operator"
	case LinkCustodian:
		return "custodian"
	case LinkKeyHolder:
		return "keys"
	case LinkKeyLocation:
		return "keys/location"
	case LinkAdminAccess:
		return "accessor"
	case LinkAdminLocation:
		return "location"
	case LinkCollection:
		return "collection"
	}
	return ""
}

// writeTo writes the path's text to b.
func (p Path) writeTo(b *strings.Builder) {
	first := true
	seg := func(name, id string) {
		if !first {
			b.WriteByte('/')
		}
		first = false
		b.WriteString(name)
		writeID(b, id)
	}
	if p.Dataset != "" {
		seg("dataset/", p.Dataset)
	}
	if p.Store != "" {
		seg("store/", p.Store)
	}
	if p.Flow != "" {
		seg("flow/", p.Flow)
	}
	if s := p.linkSegment(); s != "" {
		seg(s, "")
	}
	switch p.Link.Party() {
	case LinkKeyLocation, LinkAdminLocation:
		b.WriteByte('/')
		b.WriteString(p.Place.String())
	case LinkOperator, LinkCustodian, LinkKeyHolder, LinkAdminAccess:
		for i, id := range p.Chain {
			if i == 0 {
				b.WriteByte('/')
			} else {
				b.WriteString("/parent/")
			}
			writeID(b, id)
		}
	}
}

// writeID writes id with "~" written "~0" and "/" written "~1".
func writeID(b *strings.Builder, id string) {
	if !strings.ContainsAny(id, "~/") {
		b.WriteString(id)
		return
	}
	for i := 0; i < len(id); i++ {
		switch c := id[i]; c {
		case '~':
			b.WriteString("~0")
		case '/':
			b.WriteString("~1")
		default:
			b.WriteByte(c)
		}
	}
}

// ParsePath reads a path's text, as String writes it. A chain of more
// than one entity gives the parent form of its link.
func ParsePath(s string) (Path, error) {
	if s == "" {
		return Path{}, nil
	}
	r := pathReader{text: s, segs: strings.Split(s, "/")}
	var p Path
	for _, f := range [...]struct {
		name string
		to   *string
	}{{"dataset", &p.Dataset}, {"store", &p.Store}, {"flow", &p.Flow}} {
		if r.next(f.name) {
			v, ok := r.id()
			if !ok {
				return r.bad(f.name + " without an ID")
			}
			*f.to = v
		}
	}
	if r.done() {
		return p, nil
	}
	switch {
	case r.next("operator"):
		return r.chain(p, LinkOperator)
	case r.next("custodian"):
		return r.chain(p, LinkCustodian)
	case r.next("accessor"):
		return r.chain(p, LinkAdminAccess)
	case r.next("keys"):
		// "keys/location/<code>" is where the keys are; a holder whose
		// ID is "location" has a path ending there or going on to
		// "parent".
		if r.i+2 == len(r.segs) && r.next("location") {
			return r.place(p, LinkKeyLocation)
		}
		return r.chain(p, LinkKeyHolder)
	case r.next("location"):
		return r.place(p, LinkAdminLocation)
	case r.next("collection"):
		if !r.done() {
			return r.bad("collection must end the path")
		}
		p.Link = LinkCollection
		return p, nil
	}
	return r.bad(fmt.Sprintf("unexpected %q", r.segs[r.i]))
}

// pathReader reads a path's segments in order.
type pathReader struct {
	text string
	segs []string
	i    int
}

func (r *pathReader) done() bool { return r.i == len(r.segs) }

// next consumes the segment name if it comes next.
func (r *pathReader) next(name string) bool {
	if r.i < len(r.segs) && r.segs[r.i] == name {
		r.i++
		return true
	}
	return false
}

// id consumes an escaped ID.
func (r *pathReader) id() (string, bool) {
	if r.done() || r.segs[r.i] == "" {
		return "", false
	}
	t := r.segs[r.i]
	r.i++
	if !strings.Contains(t, "~") {
		return t, true
	}
	var b strings.Builder
	for k := 0; k < len(t); k++ {
		if t[k] != '~' {
			b.WriteByte(t[k])
			continue
		}
		if k+1 == len(t) || (t[k+1] != '0' && t[k+1] != '1') {
			return "", false
		}
		b.WriteByte("~/"[t[k+1]-'0'])
		k++
	}
	return b.String(), true
}

// chain reads the rest as a chain of IDs joined by parent segments.
func (r *pathReader) chain(p Path, link Link) (Path, error) {
	p.Link = link
	for {
		v, ok := r.id()
		if !ok {
			return r.bad("a chain without an ID")
		}
		p.Chain = append(p.Chain, v)
		if r.done() {
			break
		}
		if !r.next("parent") {
			return r.bad(fmt.Sprintf("%q where parent/ was expected", r.segs[r.i]))
		}
	}
	if len(p.Chain) > 1 {
		p.Link = p.Link.parent()
	}
	return p, nil
}

// place reads the rest as the code of a place.
func (r *pathReader) place(p Path, link Link) (Path, error) {
	if r.i+1 != len(r.segs) {
		return r.bad("a place must end the path")
	}
	c, err := jurisdiction.ParseCode(r.segs[r.i])
	if err != nil {
		return r.bad(err.Error())
	}
	p.Link, p.Place = link, c
	return p, nil
}

func (r *pathReader) bad(why string) (Path, error) {
	return Path{}, fmt.Errorf("residency: malformed path %s: %s", quote(r.text), why)
}

// Party returns the entity the path reaches through a party link (the
// last of Chain), or "" for a place or no link.
func (p Path) Party() string {
	if len(p.Chain) == 0 {
		return ""
	}
	return p.Chain[len(p.Chain)-1]
}

// Equal reports whether p and q are the same path.
func (p Path) Equal(q Path) bool {
	return p.Dataset == q.Dataset && p.Store == q.Store && p.Flow == q.Flow && p.Link == q.Link && p.Place == q.Place &&
		slices.Equal(p.Chain, q.Chain)
}

// IsZero reports whether p is the zero Path.
func (p Path) IsZero() bool {
	return p.Dataset == "" && p.Store == "" && p.Flow == "" && p.Link == LinkNone && len(p.Chain) == 0 && !p.Place.IsValid()
}

// MarshalText implements encoding.TextMarshaler: the path's text.
func (p Path) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with [ParsePath].
func (p *Path) UnmarshalText(b []byte) error {
	q, err := ParsePath(string(b))
	if err != nil {
		return err
	}
	*p = q
	return nil
}
