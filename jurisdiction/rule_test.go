package jurisdiction_test

import (
	"encoding"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// textValue is an enum with a text form.
type textValue interface {
	fmt.Stringer
	encoding.TextMarshaler
}

// checkTextRoundTrip marshals v, unmarshals the text into into, and
// checks the result prints as v.
func checkTextRoundTrip(t *testing.T, v textValue, into encoding.TextUnmarshaler, want string) {
	t.Helper()
	text, err := v.MarshalText()
	if err != nil {
		t.Fatalf("%v.MarshalText() error = %v", v, err)
	}
	if string(text) != want || v.String() != want {
		t.Errorf("%v: text %q, String %q; want %q", v, text, v.String(), want)
	}
	if err := into.UnmarshalText(text); err != nil {
		t.Fatalf("UnmarshalText(%q) error = %v", text, err)
	}
	if got := into.(fmt.Stringer).String(); got != want {
		t.Errorf("UnmarshalText(%q) gave %q", text, got)
	}
}

func TestEnumText(t *testing.T) {
	t.Parallel()
	t.Run("kind", func(t *testing.T) {
		t.Parallel()
		want := []string{"localization", "transfer-restriction", "compelled-access", "blocking-statute",
			"ownership-licensing", "prohibited-counterparty", "obligation"}
		kinds := jurisdiction.Kinds()
		if len(kinds) != len(want) {
			t.Fatalf("Kinds() = %v, want %d kinds", kinds, len(want))
		}
		for i, k := range kinds {
			if !k.IsValid() {
				t.Errorf("%v is not valid", k)
			}
			var back jurisdiction.Kind
			checkTextRoundTrip(t, k, &back, want[i])
		}
		for _, bad := range []jurisdiction.Kind{0, jurisdiction.Kind(len(want) + 1), 255} {
			if bad.IsValid() {
				t.Errorf("Kind(%d) is valid", bad)
			}
			if _, err := bad.MarshalText(); err == nil {
				t.Errorf("Kind(%d).MarshalText() succeeded", bad)
			}
			if s := bad.String(); s != fmt.Sprintf("Kind(%d)", bad) {
				t.Errorf("Kind(%d).String() = %q", uint8(bad), s)
			}
		}
		var k jurisdiction.Kind
		for _, bad := range []string{"", "Localization", "nope"} {
			if err := k.UnmarshalText([]byte(bad)); err == nil {
				t.Errorf("Kind.UnmarshalText(%q) succeeded", bad)
			}
		}
	})
	t.Run("data-class", func(t *testing.T) {
		t.Parallel()
		want := []string{"personal", "sensitive-personal", "important", "core", "government", "communications-content",
			"health", "financial", "biometric", "genomic", "precise-geolocation", "personal-identifiers", "public", "export-controlled"}
		cs := jurisdiction.DataClasses()
		if len(cs) != len(want) {
			t.Fatalf("DataClasses() = %v, want %d classes", cs, len(want))
		}
		for i, c := range cs {
			var back jurisdiction.DataClass
			checkTextRoundTrip(t, c, &back, want[i])
		}
		bad := jurisdiction.DataClass(0)
		if bad.IsValid() || bad.String() != "DataClass(0)" {
			t.Errorf("DataClass(0): valid %t, String %q", bad.IsValid(), bad.String())
		}
		if _, err := bad.MarshalText(); err == nil {
			t.Error("DataClass(0).MarshalText() succeeded")
		}
		var c jurisdiction.DataClass
		if err := c.UnmarshalText([]byte("pii")); err == nil {
			t.Error(`DataClass.UnmarshalText("pii") succeeded`)
		}
	})
	t.Run("basis", func(t *testing.T) {
		t.Parallel()
		for b, want := range map[jurisdiction.Basis]string{
			jurisdiction.StoredIn: "stored-in", jurisdiction.SubjectsIn: "subjects-in", jurisdiction.StoredOrSubjectsIn: "stored-or-subjects-in",
		} {
			var back jurisdiction.Basis
			checkTextRoundTrip(t, b, &back, want)
		}
		bad := jurisdiction.Basis(9)
		if bad.String() != "Basis(9)" {
			t.Errorf("Basis(9).String() = %q", bad.String())
		}
		if _, err := bad.MarshalText(); err == nil {
			t.Error("Basis(9).MarshalText() succeeded")
		}
		if err := bad.UnmarshalText([]byte("abroad")); err == nil {
			t.Error(`Basis.UnmarshalText("abroad") succeeded`)
		}
	})
	t.Run("answer", func(t *testing.T) {
		t.Parallel()
		for a, want := range map[jurisdiction.Answer]string{
			jurisdiction.Unknown: "unknown", jurisdiction.Yes: "yes", jurisdiction.Partly: "partly", jurisdiction.No: "no",
		} {
			var back jurisdiction.Answer
			checkTextRoundTrip(t, a, &back, want)
		}
		bad := jurisdiction.Answer(9)
		if bad.String() != "Answer(9)" {
			t.Errorf("Answer(9).String() = %q", bad.String())
		}
		if _, err := bad.MarshalText(); err == nil {
			t.Error("Answer(9).MarshalText() succeeded")
		}
		if err := bad.UnmarshalText([]byte("maybe")); err == nil {
			t.Error(`Answer.UnmarshalText("maybe") succeeded`)
		}
	})
}

// TestIsValid checks the validity spelling every enum shares, at the
// edges of each.
func TestIsValid(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		valid, bad interface{ IsValid() bool }
		reason     string
	}{
		{"kind", jurisdiction.Obligation, jurisdiction.Kind(0), "the zero Kind is invalid"},
		{"kind-past-end", jurisdiction.Localization, jurisdiction.Obligation + 1, "past the last kind"},
		{"data-class", jurisdiction.ExportControlled, jurisdiction.ExportControlled + 1, "past the last class"},
		{"data-class-zero", jurisdiction.Personal, jurisdiction.DataClass(0), "the zero DataClass is invalid"},
		{"basis", jurisdiction.StoredIn, jurisdiction.ControllerIn + 1, "the zero Basis is StoredIn; past ControllerIn is invalid"},
		{"basis-last", jurisdiction.ControllerIn, jurisdiction.Basis(255), "the last basis is valid"},
		{"counting", jurisdiction.CountHeld, jurisdiction.CountTrailing12Months + 1, "the zero Counting is CountHeld; past the last is invalid"},
		{"counting-last", jurisdiction.CountTrailing12Months, jurisdiction.Counting(255), "the last counting is valid"},
		{"answer", jurisdiction.Unknown, jurisdiction.No + 1, "the zero Answer is Unknown; past No is invalid"},
		{"answer-last", jurisdiction.No, jurisdiction.Answer(255), "No is valid"},
		{"reach", jurisdiction.Reach(0), jurisdiction.AccessReach << 1, "no reach is valid; an undeclared bit is not"},
		{"reach-all", jurisdiction.TerritorialReach | jurisdiction.PersonalReach | jurisdiction.AccessReach,
			jurisdiction.TerritorialReach | jurisdiction.AccessReach<<1, "declared bits combine; one undeclared bit spoils them"},
		{"code", code("CN"), jurisdiction.Code{}, "the zero Code is invalid"},
		{"period", jurisdiction.Period{From: day("2020-01-01"), Until: day("2020-01-02")},
			jurisdiction.Period{From: day("2020-01-02"), Until: day("2020-01-02")}, "a period must end after it starts"},
	}
	for _, tt := range tests {
		if !tt.valid.IsValid() {
			t.Errorf("%s: %v is not valid (%s)", tt.name, tt.valid, tt.reason)
		}
		if tt.bad.IsValid() {
			t.Errorf("%s: %v is valid (%s)", tt.name, tt.bad, tt.reason)
		}
	}
}

// TestDataClassesFitABitmask guards the limit the DataClass doc states:
// the residency engine keeps a dataset's classes as 1<<class in a uint32,
// so a 32nd class would silently stop working.
func TestDataClassesFitABitmask(t *testing.T) {
	t.Parallel()
	cs := jurisdiction.DataClasses()
	if len(cs) >= 32 {
		t.Errorf("%d data classes; residency's uint32 class mask holds 31", len(cs))
	}
	for _, c := range cs {
		if c >= 32 {
			t.Errorf("data class %v is %d; 1<<%d overflows a uint32", c, c, c)
		}
	}
}

// TestEnumTextMessages pins the texts every enum gives an invalid value
// and an unknown name, which the enum-text helper shares.
func TestEnumTextMessages(t *testing.T) {
	t.Parallel()
	var (
		k jurisdiction.Kind
		c jurisdiction.DataClass
		b jurisdiction.Basis
		n jurisdiction.Counting
		a jurisdiction.Answer
	)
	tests := []struct {
		bad                         textValue
		into                        encoding.TextUnmarshaler
		str, marshalErr, unknownErr string
	}{
		{jurisdiction.Kind(9), &k, "Kind(9)", "jurisdiction: invalid kind 9", `jurisdiction: unknown rule kind "nope"`},
		{jurisdiction.DataClass(0), &c, "DataClass(0)", "jurisdiction: invalid data class 0", `jurisdiction: unknown data class "nope"`},
		{jurisdiction.Basis(9), &b, "Basis(9)", "jurisdiction: invalid basis 9", `jurisdiction: unknown basis "nope"`},
		{jurisdiction.Counting(9), &n, "Counting(9)", "jurisdiction: invalid counting 9", `jurisdiction: unknown counting "nope"`},
		{jurisdiction.Answer(9), &a, "Answer(9)", "jurisdiction: invalid answer 9", `jurisdiction: unknown answer "nope"`},
	}
	for _, tt := range tests {
		if got := tt.bad.String(); got != tt.str {
			t.Errorf("String() = %q, want %q", got, tt.str)
		}
		if _, err := tt.bad.MarshalText(); err == nil || err.Error() != tt.marshalErr {
			t.Errorf("%s.MarshalText() error = %v, want %q", tt.str, err, tt.marshalErr)
		}
		before := fmt.Sprint(tt.into)
		if err := tt.into.UnmarshalText([]byte("nope")); err == nil || err.Error() != tt.unknownErr {
			t.Errorf("UnmarshalText(nope) error = %v, want %q", err, tt.unknownErr)
		}
		if after := fmt.Sprint(tt.into); after != before {
			t.Errorf("a failed UnmarshalText changed the value from %s to %s", before, after)
		}
	}
}

func TestReachText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		reach        jurisdiction.Reach
		text         string
	}{
		{name: "none", reason: "no reach is the empty string", reach: 0, text: ""},
		{name: "territorial", reason: "one bit", reach: jurisdiction.TerritorialReach, text: "territorial"},
		{name: "personal", reason: "the CLOUD Act's reach", reach: jurisdiction.PersonalReach, text: "personal"},
		{name: "access", reason: "one bit", reach: jurisdiction.AccessReach, text: "access"},
		{name: "territorial-access", reason: "bits join with + in declaration order (CSL Art. 28)", reach: jurisdiction.TerritorialReach | jurisdiction.AccessReach, text: "territorial+access"},
		{name: "all", reason: "all three (NIL Art. 7)", reach: jurisdiction.TerritorialReach | jurisdiction.PersonalReach | jurisdiction.AccessReach, text: "territorial+personal+access"},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			text, err := tt.reach.MarshalText()
			if err != nil || string(text) != tt.text {
				t.Errorf("MarshalText() = %q, %v; want %q (%s)", text, err, tt.text, tt.reason)
			}
			back := jurisdiction.Reach(0xff)
			if err := back.UnmarshalText(text); err != nil || back != tt.reach {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, back, err, tt.reach)
			}
		})
	}
	for _, bad := range []string{"global", "territorial+", "+access", "territorial,access"} {
		r := jurisdiction.TerritorialReach
		if err := r.UnmarshalText([]byte(bad)); err == nil {
			t.Errorf("Reach.UnmarshalText(%q) succeeded", bad)
		}
		if r != jurisdiction.TerritorialReach {
			t.Errorf("failed Reach.UnmarshalText(%q) changed the receiver to %v", bad, r)
		}
	}
	// Order in the text does not matter.
	var r jurisdiction.Reach
	if err := r.UnmarshalText([]byte("access+territorial")); err != nil || r != jurisdiction.TerritorialReach|jurisdiction.AccessReach {
		t.Errorf(`UnmarshalText("access+territorial") = %v, %v`, r, err)
	}
}

func TestImplies(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason   string
		class, broader jurisdiction.DataClass
		want           bool
	}{
		{name: "self", reason: "every class implies itself", class: jurisdiction.ImportantData, broader: jurisdiction.ImportantData, want: true},
		{name: "health-sensitive", reason: "health data is a special category (GDPR Art. 9; PIPL Art. 28)", class: jurisdiction.HealthData, broader: jurisdiction.SensitivePersonal, want: true},
		{name: "health-personal", reason: "implication is transitive: health -> sensitive -> personal", class: jurisdiction.HealthData, broader: jurisdiction.Personal, want: true},
		{name: "geo-personal", reason: "precise geolocation is sensitive personal information (PIPL Art. 28)", class: jurisdiction.PreciseGeolocation, broader: jurisdiction.Personal, want: true},
		{name: "identifiers-personal", reason: "identifiers linked to a person are personal", class: jurisdiction.PersonalIdentifiers, broader: jurisdiction.Personal, want: true},
		{name: "identifiers-not-sensitive", reason: "identifiers are personal but not sensitive by themselves", class: jurisdiction.PersonalIdentifiers, broader: jurisdiction.SensitivePersonal, want: false},
		{name: "core-important", reason: "core data is a stricter subset of important data (DSL Art. 21)", class: jurisdiction.CoreData, broader: jurisdiction.ImportantData, want: true},
		{name: "important-not-personal", reason: "important data is not personal by itself", class: jurisdiction.ImportantData, broader: jurisdiction.Personal, want: false},
		{name: "not-upwards", reason: "a broader class does not imply a narrower one", class: jurisdiction.Personal, broader: jurisdiction.HealthData, want: false},
		{name: "content-alone", reason: "communications content implies nothing else", class: jurisdiction.CommunicationsContent, broader: jurisdiction.Personal, want: false},
		{name: "invalid", reason: "the zero class implies nothing, not even itself", class: 0, broader: 0, want: false},
		{name: "out-of-range", reason: "an undeclared class implies nothing and does not panic", class: 200, broader: jurisdiction.Personal, want: false},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := jurisdiction.Implies(tt.class, tt.broader); got != tt.want {
				t.Errorf("Implies(%v, %v) = %t, want %t (%s)", tt.class, tt.broader, got, tt.want, tt.reason)
			}
		})
	}
}

func TestScopeCoversClasses(t *testing.T) {
	t.Parallel()
	personal := jurisdiction.Scope{Classes: []jurisdiction.DataClass{jurisdiction.Personal}}
	tests := []struct {
		name, reason string
		scope        jurisdiction.Scope
		classes      []jurisdiction.DataClass
		want         bool
	}{
		{name: "all-data", reason: "a scope without classes covers all data", scope: jurisdiction.Scope{}, classes: []jurisdiction.DataClass{jurisdiction.ImportantData}, want: true},
		{name: "all-data-unclassified", reason: "including data that declares no class", scope: jurisdiction.Scope{}, classes: nil, want: true},
		{name: "implied", reason: "health data is personal data", scope: personal, classes: []jurisdiction.DataClass{jurisdiction.HealthData}, want: true},
		{name: "one-of", reason: "one covered class suffices", scope: personal, classes: []jurisdiction.DataClass{jurisdiction.ImportantData, jurisdiction.Personal}, want: true},
		{name: "other", reason: "important data is not personal", scope: personal, classes: []jurisdiction.DataClass{jurisdiction.ImportantData}, want: false},
		{name: "unclassified", reason: "a classed scope does not cover data that declares no class", scope: personal, classes: nil, want: false},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.scope.CoversClasses(tt.classes); got != tt.want {
				t.Errorf("CoversClasses(%v) = %t, want %t (%s)", tt.classes, got, tt.want, tt.reason)
			}
		})
	}
}

func TestCitationString(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		c            jurisdiction.Citation
		want         string
	}{
		{name: "short", reason: "the abbreviation and article", c: jurisdiction.Citation{Law: "Cybersecurity Law", Short: "CSL", Article: "Art. 37"}, want: "CSL Art. 37"},
		{name: "long", reason: "the full name when there is no abbreviation", c: jurisdiction.Citation{Law: "Test Law", Article: "s. 1"}, want: "Test Law s. 1"},
		{name: "no-article", reason: "the name alone when there is no article", c: jurisdiction.Citation{Law: "Test Law", Short: "TL"}, want: "TL"},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.c.String(); got != tt.want {
				t.Errorf("String() = %q, want %q (%s)", got, tt.want, tt.reason)
			}
		})
	}
}

func TestCitationFull(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		c            jurisdiction.Citation
		want         string
	}{
		{name: "all", reason: "name, abbreviation, article and version",
			c:    jurisdiction.Citation{Law: "Cybersecurity Law", Short: "CSL", Article: "Art. 37", Version: "2016 text"},
			want: "Cybersecurity Law (CSL), Art. 37 [2016 text]"},
		{name: "no-short", reason: "no parentheses without an abbreviation",
			c: jurisdiction.Citation{Law: "18 U.S.C.", Article: "2713"}, want: "18 U.S.C., 2713"},
		{name: "short-is-law", reason: "an abbreviation equal to the name is not repeated",
			c: jurisdiction.Citation{Law: "GDPR", Short: "GDPR", Article: "Art. 48"}, want: "GDPR, Art. 48"},
		{name: "no-article", reason: "no comma without an article",
			c: jurisdiction.Citation{Law: "Test Law", Short: "TL", Version: "v2"}, want: "Test Law (TL) [v2]"},
		{name: "zero", reason: "the zero Citation spells nothing", c: jurisdiction.Citation{}, want: ""},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		if got := tt.c.Full(); got != tt.want {
			t.Errorf("%s: Full() = %q, want %q (%s)", tt.name, got, tt.want, tt.reason)
		}
	}
}

func TestRuleArea(t *testing.T) {
	t.Parallel()
	r := testRule("R")
	if got := r.Area(); len(got) != 1 || got[0] != code("CN") {
		t.Errorf("Area of a rule without territory = %v, want [CN]", got)
	}
	r.Territory = []jurisdiction.Code{code("EEA")}
	got := r.Area()
	if len(got) != 1 || got[0] != code("EEA") {
		t.Errorf("Area = %v, want [EEA]", got)
	}
	got[0] = code("US")
	if r.Territory[0] != code("EEA") {
		t.Error("Area returned the rule's own slice")
	}
}

// TestContentsJSON checks that the built-in contents survive JSON and
// build the same catalog again.
func TestContentsJSON(t *testing.T) {
	t.Parallel()
	def := jurisdiction.Default()
	b, err := json.Marshal(def.Contents())
	if err != nil {
		t.Fatal(err)
	}
	var c jurisdiction.Contents
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(def.Contents(), c); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	cat, err := jurisdiction.NewCatalog(jurisdiction.BuiltinName, c)
	if err != nil {
		t.Fatal(err)
	}
	if cat.Version() != def.Version() {
		t.Errorf("Version after JSON = %q, want %q", cat.Version(), def.Version())
	}
}
