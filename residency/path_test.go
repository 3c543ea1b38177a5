package residency_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// TestPathText checks each shape of path against its text, both ways.
func TestPathText(t *testing.T) {
	cn := jurisdiction.MustParseCode("CN")
	tests := []struct {
		path residency.Path
		text string
	}{
		{residency.Path{}, ""},
		{residency.Path{Dataset: "d"}, "dataset/d"},
		{residency.Path{Dataset: "d", Store: "s"}, "dataset/d/store/s"},
		{residency.Path{Dataset: "d", Store: "s", Link: residency.LinkCollection}, "dataset/d/store/s/collection"},
		{residency.Path{Dataset: "d", Flow: "f"}, "dataset/d/flow/f"},
		{residency.Path{Store: "s"}, "store/s"},
		{residency.Path{Store: "s", Link: residency.LinkOperator, Chain: []string{"op"}}, "store/s/operator/op"},
		{residency.Path{Store: "s", Link: residency.LinkOperatorParent, Chain: []string{"op", "p", "q"}}, "store/s/operator/op/parent/p/parent/q"},
		{residency.Path{Store: "s", Link: residency.LinkCustodian, Chain: []string{"c"}}, "store/s/custodian/c"},
		{residency.Path{Store: "s", Link: residency.LinkKeyHolderParent, Chain: []string{"k", "p"}}, "store/s/keys/k/parent/p"},
		{residency.Path{Store: "s", Link: residency.LinkKeyLocation, Place: cn}, "store/s/keys/location/CN"},
		{residency.Path{Store: "s", Flow: "f", Link: residency.LinkAdminAccess, Chain: []string{"a"}}, "store/s/flow/f/accessor/a"},
		{residency.Path{Store: "s", Flow: "f", Link: residency.LinkAdminLocation, Place: cn}, "store/s/flow/f/location/CN"},
		{residency.Path{Dataset: "d", Store: "s", Flow: "f", Link: residency.LinkAdminAccessParent, Chain: []string{"a", "b"}},
			"dataset/d/store/s/flow/f/accessor/a/parent/b"},
		// IDs holding / and ~ are escaped, so paths stay unambiguous.
		{residency.Path{Store: "s/operator/x"}, "store/s~1operator~1x"},
		{residency.Path{Store: "s", Link: residency.LinkOperator, Chain: []string{"x"}}, "store/s/operator/x"},
		{residency.Path{Dataset: "a~b", Store: "t/1"}, "dataset/a~0b/store/t~11"},
		// Keywords as IDs read back by their place in the path.
		{residency.Path{Store: "s", Link: residency.LinkKeyHolder, Chain: []string{"location"}}, "store/s/keys/location"},
		{residency.Path{Store: "s", Link: residency.LinkKeyHolderParent, Chain: []string{"location", "CN"}}, "store/s/keys/location/parent/CN"},
		{residency.Path{Dataset: "store", Store: "parent", Link: residency.LinkOperatorParent, Chain: []string{"parent", "parent"}},
			"dataset/store/store/parent/operator/parent/parent/parent"},
	}
	for _, tt := range tests {
		if got := tt.path.String(); got != tt.text {
			t.Errorf("String(%#v) = %q, want %q", tt.path, got, tt.text)
		}
		back, err := residency.ParsePath(tt.text)
		if err != nil {
			t.Errorf("ParsePath(%q): %v", tt.text, err)
			continue
		}
		if diff := cmp.Diff(tt.path, back); diff != "" {
			t.Errorf("ParsePath(%q) (-want +got):\n%s", tt.text, diff)
		}
		js, err := json.Marshal(tt.path)
		if err != nil {
			t.Fatal(err)
		}
		var decoded residency.Path
		if err := json.Unmarshal(js, &decoded); err != nil || !decoded.Equal(tt.path) {
			t.Errorf("JSON round trip of %q: %s gives %#v, %v", tt.text, js, decoded, err)
		}
	}
}

func TestParsePathErrors(t *testing.T) {
	for _, s := range []string{
		"store", "store/", "dataset//store/s", "store/s/operator", "store/s/operator/a/child/b",
		"store/s/keys/location/XX", "store/s/keys/location/CN/x",
		"store/s/collection/x", "store/s/elsewhere", "store/a~2b", "store/a~", "nothing/at/all",
	} {
		if p, err := residency.ParsePath(s); err == nil {
			t.Errorf("ParsePath(%q) = %#v, want an error", s, p)
		}
	}
}

// FuzzParsePath checks that ParsePath never panics and that a path it
// reads writes a text that reads back to the same path.
func FuzzParsePath(f *testing.F) {
	for _, s := range []string{"dataset/d/store/s/collection", "store/s/operator/op/parent/p", "store/s/keys/location/CN",
		"store/s/flow/f/accessor/a", "store/a~1b/custodian/c~0d", "dataset/d/flow/f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := residency.ParsePath(s)
		if err != nil {
			return
		}
		text := p.String()
		q, err := residency.ParsePath(text)
		if err != nil {
			t.Fatalf("ParsePath(%q) read %#v, whose text %q does not read back: %v", s, p, text, err)
		}
		if !q.Equal(p) || q.String() != text {
			t.Fatalf("ParsePath(%q) = %#v, text %q reads back as %#v", s, p, text, q)
		}
	})
}
