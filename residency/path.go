package residency

import (
	"fmt"
	"slices"

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

var linkNames = [...]string{
	LinkNone: "", LinkLocation: "location",
	LinkOperator: "operator", LinkOperatorParent: "operator parent",
	LinkCustodian: "custodian", LinkCustodianParent: "custodian parent",
	LinkKeyHolder: "key holder", LinkKeyHolderParent: "key holder parent",
	LinkKeyLocation: "key location",
	LinkAdminAccess: "admin access", LinkAdminAccessParent: "admin access parent",
	LinkAdminLocation: "admin location",
	LinkCollection:    "collection",
}

// IsValid reports whether l is one of the declared links (LinkNone
// included).
func (l Link) IsValid() bool { return l < linkEnd }

// String returns the link's name as reports write it: "location",
// "operator parent", "key holder", "admin location"…; "" for LinkNone.
func (l Link) String() string {
	if !l.IsValid() {
		return fmt.Sprintf("Link(%d)", l)
	}
	return linkNames[l]
}

// MarshalText implements encoding.TextMarshaler.
func (l Link) MarshalText() ([]byte, error) {
	if !l.IsValid() {
		return nil, fmt.Errorf("residency: invalid link %d", l)
	}
	return []byte(linkNames[l]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (l *Link) UnmarshalText(b []byte) error {
	for i := LinkNone; i < linkEnd; i++ {
		if linkNames[i] == string(b) {
			*l = i
			return nil
		}
	}
	return fmt.Errorf("residency: unknown link %q", b)
}

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
// say the same without parsing.
//
// A Path read back from JSON (UnmarshalText) keeps its text and has empty
// fields: the text alone cannot say where IDs that contain "/" end.
type Path struct {
	Dataset string
	Store   string
	Flow    string
	Link    Link
	// Chain is the party reached and its controllers, for party links.
	Chain []string
	// Place is the jurisdiction reached, for LinkKeyLocation and
	// LinkAdminLocation (LinkLocation's place is the store's location).
	Place jurisdiction.Code

	text string // set only by UnmarshalText
}

// String returns the path's text: "dataset/<id>", then "store/<id>", then
// "flow/<id>" for those that are set, then the link's segments:
// "operator/<chain>", "custodian/<chain>", "keys/<chain>",
// "keys/location/<code>", "accessor/<chain>", "location/<code>" or
// "collection", where a chain is its IDs joined by "/parent/".
func (p Path) String() string {
	if p.text != "" {
		return p.text
	}
	return string(p.appendTo(make([]byte, 0, p.textLen())))
}

// textLen returns at least the length of the path's text.
func (p Path) textLen() int {
	if p.text != "" {
		return len(p.text)
	}
	n := len(p.Dataset) + len(p.Store) + len(p.Flow) + len("dataset/store//flow//keys/location//")
	for _, id := range p.Chain {
		n += len(id) + len("/parent/")
	}
	return n
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

// appendTo appends the path's text to b.
func (p Path) appendTo(b []byte) []byte {
	if p.text != "" {
		return append(b, p.text...)
	}
	start := len(b)
	seg := func(name, id string) {
		if len(b) > start {
			b = append(b, '/')
		}
		b = append(b, name...)
		b = append(b, id...)
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
		b = append(b, '/')
		b = append(b, p.Place.String()...)
	case LinkOperator, LinkCustodian, LinkKeyHolder, LinkAdminAccess:
		for i, id := range p.Chain {
			if i == 0 {
				b = append(b, '/')
			} else {
				b = append(b, "/parent/"...)
			}
			b = append(b, id...)
		}
	}
	return b
}

// Party returns the entity the path reaches through a party link (the
// last of Chain), or "" for a place or no link.
func (p Path) Party() string {
	if len(p.Chain) == 0 {
		return ""
	}
	return p.Chain[len(p.Chain)-1]
}

// Equal reports whether p and q are the same path: the same fields, or,
// for a path read back from JSON, the same text.
func (p Path) Equal(q Path) bool {
	if p.text != "" || q.text != "" {
		return p.String() == q.String()
	}
	return p.Dataset == q.Dataset && p.Store == q.Store && p.Flow == q.Flow && p.Link == q.Link && p.Place == q.Place &&
		slices.Equal(p.Chain, q.Chain)
}

// IsZero reports whether p is the zero Path.
func (p Path) IsZero() bool {
	return p.Dataset == "" && p.Store == "" && p.Flow == "" && p.Link == LinkNone && len(p.Chain) == 0 && !p.Place.IsValid() && p.text == ""
}

// MarshalText implements encoding.TextMarshaler: the path's text.
func (p Path) MarshalText() ([]byte, error) {
	return p.appendTo(make([]byte, 0, p.textLen())), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. The Path keeps the
// text as it is; its fields stay empty.
func (p *Path) UnmarshalText(b []byte) error {
	*p = Path{text: string(b)}
	return nil
}
