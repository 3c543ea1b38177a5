package jurisdiction

import "github.com/dataresidency/dataresidency/internal/enumtext"

// A Role is what an entity does for others that some laws bind by: the
// Stored Communications Act and FISA 702 compel providers of electronic
// communication or remote computing services, CALEA binds carriers, and
// China's value-added telecom licence binds companies that offer data-
// centre or cloud services to others. A rule whose [Scope].Roles lists
// roles binds only entities of those roles.
//
// The zero Role, [UnknownRole], says nothing: a rule scoped by roles
// binds an entity of unknown role, since an assessment that cannot tell
// must not read the law as not applying.
type Role uint8

// The roles.
const (
	// UnknownRole: the topology does not say. Rules scoped by roles bind
	// the entity.
	UnknownRole Role = iota
	// ServiceProvider: offers computing, storage or communication services
	// to others (a cloud provider, a hosting or data-centre company, an
	// e-mail or messaging service): an electronic communication or remote
	// computing service provider (18 U.S.C. 2510(15), 2711(2)).
	ServiceProvider
	// Carrier: a telecommunications carrier, including facilities-based
	// broadband and interconnected VoIP providers (47 U.S.C. 1001(8)). A
	// carrier is also a service provider for rules that bind those.
	Carrier
	// OwnUse: runs systems for itself and its group only, offering no
	// service to others.
	OwnUse
	roleEnd
)

var roleText = enumtext.Text[Role]{Pkg: "jurisdiction", Type: "Role", Noun: "role", Names: []string{
	UnknownRole: "unknown", ServiceProvider: "service-provider", Carrier: "carrier", OwnUse: "own-use",
}}

// IsValid reports whether r is one of the declared roles.
func (r Role) IsValid() bool { return r < roleEnd }

// String returns the role's name, such as "carrier".
func (r Role) String() string { return roleText.Format(r) }

// MarshalText implements encoding.TextMarshaler.
func (r Role) MarshalText() ([]byte, error) { return roleText.Marshal(r) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *Role) UnmarshalText(b []byte) error { return roleText.Unmarshal(b, r) }

// Binds reports whether a rule scoped to roles binds an entity of role
// r: always when roles is empty or r is unknown; a carrier also as a
// service provider.
func (r Role) Binds(roles []Role) bool {
	if len(roles) == 0 || r == UnknownRole {
		return true
	}
	for _, want := range roles {
		if want == r || (want == ServiceProvider && r == Carrier) {
			return true
		}
	}
	return false
}
