package tfplan_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/residency/tfplan"
)

// bucketDoc is a plan of one S3 bucket whose values are values, a JSON
// object's members.
func bucketDoc(values string) string {
	return `{"format_version":"1.2","planned_values":{"root_module":{"resources":[` +
		`{"address":"aws_s3_bucket.b","mode":"managed","type":"aws_s3_bucket","name":"b","provider_name":"registry.terraform.io/hashicorp/aws","values":{` + values + `}}]}}}`
}

// TestReadStrict checks what Read rejects that the decoder would read
// loosely or report obscurely (D17): duplicate keys, invalid UTF-8, a
// byte-order mark, a malformed format_version, nesting past the limit,
// and a '}' or ']' after the plan, which the decoder lets through. Of two
// problems, the first in the document is reported.
func TestReadStrict(t *testing.T) {
	many := func(n int, dupAt int) string {
		var b strings.Builder
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			k := i
			if i == dupAt {
				k = 0
			}
			fmt.Fprintf(&b, `"k%d":%d`, k, i)
		}
		return b.String()
	}
	deep := strings.Repeat("[", 10001) + strings.Repeat("]", 10001)
	tests := []struct {
		name, doc string
		want      []string // in the error; nil: no error
	}{
		{"region twice", bucketDoc(`"bucket":"b","region":"eu-west-1","region":"cn-north-1"`),
			[]string{`key "region" appears twice in the object at /planned_values/root_module/resources/0/values (byte offset `}},
		{"format_version twice", `{"format_version":"1.0","format_version":"1.2","planned_values":{}}`,
			[]string{`key "format_version" appears twice in the object at / (byte offset 24)`}},
		{"the same key escaped", bucketDoc(`"region":"eu-west-1","\u0072egion":"cn-north-1"`),
			[]string{`key "region" appears twice`}},
		{"keys needing pointer escapes", bucketDoc(`"tags":{"a/b~c":"1","a/b~c":"2"}`),
			[]string{`key "a/b~c" appears twice in the object at /planned_values/root_module/resources/0/values/tags (byte offset`}},
		{"in the second element", `{"format_version":"1.2","planned_values":{"root_module":{"resources":[{"address":"x"},{"address":"y","address":"z"}]}}}`,
			[]string{`key "address" appears twice in the object at /planned_values/root_module/resources/1`}},
		{"many keys, the last repeated", bucketDoc(many(100, 99)), []string{`key "k0" appears twice`}},
		{"a key in each of two objects", bucketDoc(`"tags":{"region":"x"},"region":"eu-west-1","replication_configuration":[{"rules":[{"region":1}]},{"region":2}]`), nil},
		{"many distinct keys", bucketDoc(many(1000, -1)), nil},
		{"arrays of scalars and objects", bucketDoc(`"a":[1,"x",true,null,{"region":1},[{"region":2}],-1.5e3],"region":"eu-west-1"`), nil},
		{"invalid UTF-8", bucketDoc("\"region\":\"eu-west-1\",\"bucket\":\"b\xff\""),
			[]string{"the document is not valid UTF-8 (byte offset "}},
		{"byte-order mark", "\ufeff" + bucketDoc(`"region":"eu-west-1"`),
			[]string{"the document starts with a UTF-8 byte-order mark; save it without one"}},
		{"version 1.", `{"format_version":"1.","planned_values":{}}`, []string{`format_version "1." is not a version (MAJOR.MINOR, such as 1.2)`}},
		{"version 1", `{"format_version":"1","planned_values":{}}`, []string{`format_version "1" is not a version`}},
		{"version .1", `{"format_version":".1","planned_values":{}}`, []string{`format_version ".1" is not a version`}},
		{"version 1.2.3", `{"format_version":"1.2.3","planned_values":{}}`, []string{`format_version "1.2.3" is not a version`}},
		{"version 1.x", `{"format_version":"1.x","planned_values":{}}`, []string{`format_version "1.x" is not a version`}},
		{"version with a space", `{"format_version":" 1.2","planned_values":{}}`, []string{`format_version " 1.2" is not a version`}},
		{"version 10.2", `{"format_version":"10.2","planned_values":{}}`, []string{`format_version "10.2" is not supported`}},
		{"version 1.10", `{"format_version":"1.10","planned_values":{}}`, nil},
		{"nested too deep", `{"format_version":"1.2","planned_values":{},"x":` + deep + `}`, []string{"nested deeper than 10000 levels"}},
		{"a syntax error is the decoder's", `{"format_version":"1.2","planned_values":{},}`, []string{"invalid character '}' looking for beginning of object key string"}},
		{"a brace after the plan", `{"format_version":"1.2","planned_values":{}}}`, []string{"1:45: malformed JSON: invalid character '}' after the top-level value"}},
		{"a bracket after the plan", `{"format_version":"1.2","planned_values":{}} ]`, []string{"invalid character ']' after the top-level value"}},
		{"a long key twice", bucketDoc(`"` + strings.Repeat("r", 5000) + `":1,"` + strings.Repeat("r", 5000) + `":2`),
			[]string{`key "` + strings.Repeat("r", 64) + `"… (5000 bytes) appears twice in the object at /planned_values/root_module/resources/0/values (byte offset`}},
		{"the same key escaped, in a large object", bucketDoc(many(40, -1) + `,"\u006b7":1`), []string{`key "k7" appears twice`}},
		{"invalid UTF-8 outside strings", "{\"format_version\":\"1.2\",\xff\"planned_values\":{}}", []string{"the document is not valid UTF-8 (byte offset 24)"}},
		{"invalid UTF-8 before a key twice", bucketDoc("\"bucket\":\"\xc3\",\"region\":\"eu-west-1\",\"region\":\"cn-north-1\""),
			[]string{"the document is not valid UTF-8"}},
		{"a key twice before invalid UTF-8", bucketDoc("\"region\":\"eu-west-1\",\"region\":\"cn-north-1\",\"bucket\":\"\xc3\""),
			[]string{`key "region" appears twice`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := tfplan.Read([]byte(tt.doc))
			if tt.want == nil {
				if res == nil {
					t.Fatalf("rejected: %v", err)
				}
				return
			}
			if res != nil || !errors.Is(err, tfplan.ErrFormat) {
				t.Fatalf("got %v, %v; want ErrFormat", res, err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}

// TestReadStrictOffsets checks the byte offsets the errors give.
func TestReadStrictOffsets(t *testing.T) {
	doc := bucketDoc(`"region":"eu-west-1","region":"cn-north-1"`)
	_, err := tfplan.Read([]byte(doc))
	want := strings.LastIndex(doc, `"region"`)
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("(byte offset %d)", want)) {
		t.Errorf("%v; want the offset %d of the second key", err, want)
	}
	doc = bucketDoc("\"bucket\":\"é\xc3\"")
	_, err = tfplan.Read([]byte(doc))
	want = strings.IndexByte(doc, '\xc3') + 2 // past é, the broken sequence
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("(byte offset %d)", want)) {
		t.Errorf("%v; want the offset %d", err, want)
	}
}

// TestNoAddressMessage checks the message for a resource with no address
// and no type: no double space where the type would be (D17).
func TestNoAddressMessage(t *testing.T) {
	for _, tt := range []struct{ resource, want string }{
		{`{}`, "a resource of no type in the root module has no address"},
		{`{"type":"aws_s3_bucket"}`, "a aws_s3_bucket resource in the root module has no address"},
	} {
		doc := `{"format_version":"1.2","planned_values":{"root_module":{"resources":[` + tt.resource + `]}}}`
		_, err := tfplan.Read([]byte(doc))
		if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "  ") {
			t.Errorf("%s: %v; want %q", tt.resource, err, tt.want)
		}
	}
	doc := `{"format_version":"1.2","planned_values":{"root_module":{"child_modules":[{"address":"module.m","resources":[{}]}]}}}`
	if _, err := tfplan.Read([]byte(doc)); err == nil || !strings.Contains(err.Error(), `a resource of no type in module "module.m" has no address`) {
		t.Errorf("in a module: %v", err)
	}
}
