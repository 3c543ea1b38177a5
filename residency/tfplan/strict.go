package tfplan

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/dataresidency/dataresidency/internal/jsondoc"
)

// maxPlanDepth is the deepest nesting of objects and arrays Read accepts:
// encoding/json's own limit.
const maxPlanDepth = 10000

// utf8BOM is the UTF-8 encoding of U+FEFF, the byte-order mark.
var utf8BOM = []byte{0xef, 0xbb, 0xbf}

// checkDocument rejects, with an error wrapping ErrFormat, what the
// decoder would read loosely or with a confusing message: a byte-order
// mark, bytes that are not UTF-8 (the decoder replaces them with U+FFFD),
// an object with a key twice (the decoder keeps the last, so that
// "region":"eu-west-1","region":"cn-north-1" reads as Beijing, where
// another reader may keep the first), and nesting past maxPlanDepth. It
// reads the document once with jsondoc.Check, which stops at the first of
// these problems or at a syntax error. A syntax error is reported with
// syntax set: Read leaves it to the decoder to report, in its words, and
// returns err only should the decoder accept the document (such as a
// stray '}' after the plan object, which Decoder.More lets through).
func checkDocument(plan []byte) (syntax bool, err error) {
	if bytes.HasPrefix(plan, utf8BOM) {
		return false, fmt.Errorf("%w: the document starts with a UTF-8 byte-order mark; save it without one", ErrFormat)
	}
	res := jsondoc.Check(plan, jsondoc.CheckOptions{MaxDepth: maxPlanDepth})
	if res.OK() {
		return false, nil
	}
	p := &res.Problems[0]
	switch p.Kind {
	case jsondoc.Schema: // a key twice
		object, key := jsondoc.SplitPointer(p.Pointer)
		if object == "" {
			object = "/"
		}
		return false, fmt.Errorf("%w: key %s appears twice in the object at %s (byte offset %d); readers disagree on which to take",
			ErrFormat, jsondoc.Quote(key), object, p.Offset)
	case jsondoc.Limit:
		return false, fmt.Errorf("%w: nested deeper than %d levels (byte offset %d)", ErrFormat, maxPlanDepth, p.Offset)
	}
	if r, size := utf8.DecodeRune(plan[p.Offset:]); r == utf8.RuneError && size == 1 {
		// Check reports a sequence that is not UTF-8 at its first byte.
		return false, fmt.Errorf("%w: the document is not valid UTF-8 (byte offset %d)", ErrFormat, p.Offset)
	}
	return true, fmt.Errorf("%w: %w", ErrFormat, p)
}
